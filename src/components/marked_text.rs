//! `MarkedText`, a stretch of an article's text with search matches marked.

use redlines_core::search::split_highlights;
use redlines_core::Span;
use yew::prelude::*;

use crate::use_shared;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub article: usize,
    pub span: Span,
    #[prop_or_default]
    pub highlights: Vec<Span>,
}

/// A stretch of an article's text with search matches in `<mark>`, all as
/// text nodes.
#[function_component(MarkedText)]
pub fn marked_text(props: &MarkedTextProps) -> Html {
    marked_text_html(
        use_shared().index(),
        props.article,
        props.span,
        &props.highlights,
    )
}

/// The text's nodes, without a component (see the notes in `components`).
pub(super) fn marked_text_html(
    index: &redlines_core::Index,
    article: usize,
    span: Span,
    highlights: &[Span],
) -> Html {
    let Some(article) = index.articles.get(article) else {
        return Html::default();
    };
    let text = |span: Span| article.text.get(span.range()).unwrap_or("").to_string();
    html! {
        { for split_highlights(span, highlights).into_iter().map(|(span, hit)| {
            if hit {
                html! { <mark class="hit">{ text(span) }</mark> }
            } else {
                html! { { text(span) } }
            }
        }) }
    }
}
