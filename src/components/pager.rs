//! `Pager`, the previous and next page links of a long list.

use yew::prelude::*;

use super::Link;
use crate::state::Page;
use crate::use_ctx;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: Page,
    /// What the list holds, for the navigation's name ("statements").
    pub what: AttrValue,
}

/// "Showing 1–200 of 412" with links to the previous and next pages, which
/// keep the page number in the URL. Nothing when the list fits on one page.
#[function_component(Pager)]
pub fn pager(props: &PagerProps) -> Html {
    let ctx = use_ctx();
    let page = props.page;
    if !page.is_paged() {
        return Html::default();
    }
    let link = |number: Option<usize>, label: &'static str, rel: &'static str| match number {
        Some(number) => html! {
            <Link to={ctx.view.at_page(number)} class="button pager-link" rel={AttrValue::from(rel)}>{ label }</Link>
        },
        // A disabled link is no link: the place is kept so the other
        // button does not jump, but it is neither focusable nor announced.
        None => {
            html! { <span class="button pager-link is-disabled" aria-hidden="true">{ label }</span> }
        }
    };
    html! {
        <nav class="pager" aria-label={format!("Pages of {}", props.what)}>
            { link(page.previous(), "Previous", "prev") }
            <span class="pager-status">
                { page.describe() }
                <span class="pager-pages">{ format!(" · page {} of {}", page.number, page.pages) }</span>
            </span>
            { link(page.next(), "Next", "next") }
        </nav>
    }
}
