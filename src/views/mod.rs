//! One module per view; each reads the index and the view state from the
//! context and asks the core for what to show.

pub mod actor;
pub mod article;
pub mod compare;
pub mod import;
pub mod lists;
pub mod network;
pub mod overview;
pub mod search;
pub mod theme;
pub mod timeline;

use yew::prelude::*;

use crate::hooks::MAIN_HEADING;

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub kicker: Option<AttrValue>,
}

/// A page's `<h1>`, which takes focus after navigation.
#[function_component(PageHeading)]
pub fn page_heading(props: &PageHeadingProps) -> Html {
    html! {
        <>
            if let Some(kicker) = &props.kicker {
                <p class="kicker">{ kicker.clone() }</p>
            }
            <h1 id={MAIN_HEADING} tabindex="-1">{ props.children.clone() }</h1>
        </>
    }
}
