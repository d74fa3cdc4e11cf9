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

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::MAIN_HEADING;
use crate::state::DrawnRows;
use crate::Data;

/// The data a view's memo was derived from, compared by identity: the data
/// is replaced as a whole (after an import or a correction), never changed
/// in place. Holding the `Rc` keeps the old data alive while a memo refers
/// to it, so a new one can never reuse its address and pass for it.
#[derive(Clone)]
pub struct Same(pub Rc<Data>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

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

/// `aria-busy` for the section that holds a page of cards while later frames
/// are still adding to it, so that a screen reader waits for the whole list
/// (and the end-to-end tests can wait for it too); absent once it is whole.
pub fn busy(drawn: &DrawnRows) -> Option<AttrValue> {
    (!drawn.is_whole()).then_some(AttrValue::Static("true"))
}
