//! `CiteButton`, which copies a statement's citation with a link to it.

use yew::prelude::*;

use crate::browser;
use crate::state::ViewState;
use crate::use_shared;

#[derive(Properties, PartialEq)]
pub struct CiteButtonProps {
    pub statement: usize,
}

/// Copies a citation of the statement, with a link to it in the reader.
#[function_component(CiteButton)]
pub fn cite_button(props: &CiteButtonProps) -> Html {
    let ctx = use_shared();
    let status = use_state(|| None::<bool>);
    cite_html(&ctx, props.statement, &status)
}

/// The button and its status line, without a component: statement cards
/// draw them with a state of their own (see the notes in `components`).
pub(super) fn cite_html(
    ctx: &crate::Shared,
    statement: usize,
    status: &UseStateHandle<Option<bool>>,
) -> Html {
    let onclick = {
        let ctx = ctx.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let index = ctx.index();
            let Some(s) = index.statements.get(statement) else {
                return;
            };
            let link = ViewState::article(&index.article_of(s).id, Some(s.span.start)).to_query();
            let text = format!(
                "{}\n{}{}",
                index.citation(statement),
                browser::base_url(),
                link
            );
            let status = status.clone();
            browser::copy(&text, move |copied| status.set(Some(copied)));
        })
    };
    let message = match **status {
        Some(true) => "Citation copied",
        Some(false) => "Copying was not allowed",
        None => "",
    };
    html! {
        <>
            <button type="button" class="link-button" {onclick}>{ "Cite" }</button>
            <span class="status" role="status">{ message }</span>
        </>
    }
}
