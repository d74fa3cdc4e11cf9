//! `Empty`, the message a view shows when it has nothing to list.

use yew::prelude::*;

use super::Link;
use crate::state::ViewState;

#[derive(Properties, PartialEq)]
pub struct EmptyProps {
    pub message: AttrValue,
    /// Where "Clear filters" goes, if filters caused the emptiness.
    #[prop_or_default]
    pub clear: Option<ViewState>,
}

#[function_component(Empty)]
pub fn empty(props: &EmptyProps) -> Html {
    html! {
        <div class="empty" role="status">
            <p>{ props.message.clone() }</p>
            if let Some(clear) = &props.clear {
                <Link to={clear.clone()} class="button">{ "Clear filters" }</Link>
            }
        </div>
    }
}
