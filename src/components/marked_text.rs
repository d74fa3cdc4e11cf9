//! `marked_text_html`, a stretch of an article's text with search matches marked.

use redlines_core::search::split_highlights;
use redlines_core::Span;
use yew::prelude::*;

/// A stretch of an article's text with search matches in `<mark>`, all as
/// text nodes. A function rather than a component (see the notes in
/// `components`).
pub fn marked_text_html(
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
