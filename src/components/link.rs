//! `Link`, the in-app link that keeps the view in the URL, and `nav_anchor`,
//! its listener-free form for links drawn by the hundred.

use yew::prelude::*;

use crate::state::{Action, ViewState};
use crate::use_shared;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: ViewState,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
    /// An accessible name, when the visible content is not enough.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Marks the link as the current page (navigation) or choice (facets).
    #[prop_or_default]
    pub current: Option<AttrValue>,
    /// The link's relation, such as "next" for a list's next page.
    #[prop_or_default]
    pub rel: Option<AttrValue>,
}

/// A real link with a relative "?view=..." href, so it can be opened in a
/// new tab or copied; a plain click navigates inside the app instead.
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let ctx = use_shared();
    let onclick = {
        let to = props.to.clone();
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            // Modified clicks keep their browser meaning (new tab, window).
            if event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            event.prevent_default();
            dispatch.emit(Action::Navigate(to.clone()));
        })
    };
    html! {
        <a
            href={props.to.to_query()}
            class={props.class.clone()}
            aria-label={props.label.clone()}
            title={props.title.clone()}
            aria-current={props.current.clone()}
            rel={props.rel.clone()}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}

/// An in-app link as a plain anchor, with no component and no listener of
/// its own: the explorer's `<main>` follows it (`browser::take_nav_click`).
/// Statement cards are drawn by the hundred, and a `Link` component for each
/// of their four to six links made a facet change cost a frame several times
/// over. Outside `<main>`, use [`Link`].
pub fn nav_anchor(
    to: &ViewState,
    class: &'static str,
    title: Option<&'static str>,
    children: Html,
) -> Html {
    html! {
        <a href={to.to_query()} {class} {title} data-nav="">{ children }</a>
    }
}
