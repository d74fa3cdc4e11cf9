//! The article reader: the body with every evidence sentence highlighted in
//! its actor's colour. Selecting a highlight shows who says what there;
//! arriving from a statement's link scrolls to its sentence and marks it.

use redlines_core::{BlockKind, QuoteKind};
use yew::prelude::*;

use super::lists::ArticleList;
use super::{PageHeading, Same};
use crate::browser;
use crate::components::{
    plural, stance_badge_html, theme_chips_html, ActorLink, CiteButton, Empty, Link,
};
use crate::state::{Action, ViewState};
use crate::use_ctx;

/// The element id of the highlight for the sentence starting at `start`.
fn sentence_id(start: u32) -> String {
    format!("sentence-{start}")
}

fn block_id(start: u32) -> String {
    format!("block-{start}")
}

#[function_component(ArticlePage)]
pub fn article_page() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let Some(id) = view.article.clone() else {
        return html! {
            <div class="index-page">
                <PageHeading>{ "Articles" }</PageHeading>
                <p class="lede">{ "Read each article with every position highlighted in its speaker’s colour." }</p>
                <ArticleList level={2} />
            </div>
        };
    };
    match index.find_article(&id) {
        Some(article) => html! { <Reader {article} /> },
        None => html! {
            <div class="index-page">
                <PageHeading>{ "Article not found" }</PageHeading>
                <Empty message={format!("There is no article “{id}”. Choose one below.")} />
                <ArticleList level={2} />
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ReaderProps {
    article: usize,
}

#[function_component(Reader)]
fn reader(props: &ReaderProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let article = &index.articles[props.article];
    // The article's statements, voices and highlighted segments depend only
    // on the data and the article: selecting a sentence reuses them.
    let derived = use_memo((Same(ctx.data.clone()), props.article), |(data, number)| {
        let index = &data.0.index;
        let statements = index.statements_in_article(*number);
        let voices = index.group_by_actor(&statements);
        let segments: Vec<_> = index.articles[*number]
            .blocks
            .iter()
            .map(|block| index.block_segments(*number, block.span))
            .collect();
        (statements, voices, segments)
    });
    let (statements, voices, segments) = (&derived.0, &derived.1, &derived.2);
    let selected = view
        .s
        .map(|offset| index.statements_at(props.article, offset))
        .unwrap_or_default();
    let selected_start = selected
        .first()
        .map(|&statement| index.statements[statement].span.start);
    // An offset outside every evidence sentence marks its block instead.
    let target_block = match (view.s, selected_start) {
        (Some(offset), None) => article
            .blocks
            .iter()
            .find(|block| {
                block.span.start <= offset && offset < block.span.end.max(block.span.start + 1)
            })
            .map(|block| block.span.start),
        _ => None,
    };

    // On arrival (not when a highlight is clicked in place), bring the
    // marked sentence into view.
    {
        let target = selected_start
            .map(sentence_id)
            .or(target_block.map(block_id));
        use_effect_with(ctx.arrivals, move |_| {
            if let Some(target) = target {
                browser::reveal(&target);
            }
        });
    }

    let select = {
        let ctx = ctx.clone();
        let view = view.clone();
        Callback::from(move |start: Option<u32>| {
            ctx.dispatch.emit(Action::Replace(ViewState {
                s: start,
                ..view.clone()
            }));
        })
    };
    let meta: Vec<String> = [
        article.outlet.clone(),
        article.author.clone(),
        article.date.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();

    html! {
        <div class={classes!("reader", (!selected.is_empty()).then_some("has-selection"))}>
            <article class="reader-text" aria-labelledby="main-heading">
                <header class="reader-header">
                    if !meta.is_empty() {
                        <p class="kicker">{ meta.join(" · ") }</p>
                    }
                    if article.user_added {
                        <p><span class="badge badge-yours">{ "Your article" }</span></p>
                    }
                    <PageHeading>{ article.title.clone() }</PageHeading>
                    <p class="reader-intro">
                        { format!("{} highlighted. Select a highlighted sentence to see who says what.", plural(statements.len(), "statement", "statements")) }
                    </p>
                    if !voices.is_empty() {
                        <ul class="legend" aria-label="Who speaks in this article">
                            { for voices.iter().map(|(actor, of_actor)| html! {
                                <li key={*actor}><ActorLink actor={*actor} count={of_actor.len()} /></li>
                            }) }
                        </ul>
                    }
                </header>
                <div class="reader-body">
                    { for article.blocks.iter().zip(segments).map(|(block, segments)| {
                        let content = html! {
                            { for segments.iter().map(|segment| {
                                let text = article.slice(segment.span).to_string();
                                let Some(&first) = segment.statements.first() else {
                                    return html! { { text } };
                                };
                                let names: Vec<String> = segment
                                    .statements
                                    .iter()
                                    .map(|&statement| {
                                        let s = &index.statements[statement];
                                        format!("{}, {}", index.actor(s).name, s.stance.as_str())
                                    })
                                    .collect();
                                let is_selected = selected_start == Some(segment.span.start);
                                let start = segment.span.start;
                                let onclick = {
                                    let select = select.clone();
                                    Callback::from(move |_: MouseEvent| select.emit(if is_selected { None } else { Some(start) }))
                                };
                                let onkeydown = {
                                    let select = select.clone();
                                    Callback::from(move |event: KeyboardEvent| {
                                        if event.key() == "Enter" || event.key() == " " {
                                            event.prevent_default();
                                            select.emit(if is_selected { None } else { Some(start) });
                                        }
                                    })
                                };
                                html! {
                                    <>
                                    <mark
                                        id={sentence_id(start)}
                                        class={classes!(
                                            "hl",
                                            ctx.data.colour(index.statements[first].actor as usize),
                                            (segment.statements.len() > 1).then_some("hl-multi"),
                                            is_selected.then_some("is-selected"),
                                        )}
                                        tabindex="0"
                                        role="button"
                                        aria-pressed={if is_selected { "true" } else { "false" }}
                                        title={names.join("; ")}
                                        aria-describedby={format!("{}-who", sentence_id(start))}
                                        {onclick}
                                        {onkeydown}
                                    >
                                        { text }
                                    </mark>
                                    // A hidden description names the speakers for screen
                                    // readers without adding words to the article's text.
                                    <span id={format!("{}-who", sentence_id(start))} hidden=true>
                                        { format!("Statement by {}", names.join("; ")) }
                                    </span>
                                    </>
                                }
                            }) }
                        };
                        let start = block.span.start;
                        let class = classes!((target_block == Some(start)).then_some("is-target"));
                        match block.kind {
                            BlockKind::Heading => html! { <h2 key={start} id={block_id(start)} {class}>{ content }</h2> },
                            BlockKind::Paragraph => html! { <p key={start} id={block_id(start)} {class}>{ content }</p> },
                        }
                    }) }
                </div>
            </article>
            <aside class="reader-side" aria-label="Selected statement" aria-live="polite">
                if selected.is_empty() {
                    <p class="hint">{ "Select a highlighted sentence to see its speaker, stance and themes." }</p>
                } else {
                    <div class="selection">
                        <div class="selection-head">
                            <h2>{ if selected.len() == 1 { "Statement" } else { "Statements" } }</h2>
                            <button type="button" class="small-button" onclick={select.reform(|_: MouseEvent| None)}>
                                { "Close" }
                            </button>
                        </div>
                        { for selected.iter().map(|&statement| {
                            let s = &index.statements[statement];
                            let quote = match s.quote {
                                QuoteKind::Direct => "Direct quote",
                                QuoteKind::Reported => "Reported speech",
                                QuoteKind::Attributed => "Attributed position",
                            };
                            html! {
                                <div class="selected-statement" key={statement}>
                                    <p class="selected-actor"><ActorLink actor={s.actor as usize} /></p>
                                    <p>{ stance_badge_html(s.stance) }{ " " }<span class="quote-kind">{ quote }</span></p>
                                    { theme_chips_html(index, &s.themes) }
                                    <dl class="facts small">
                                        <div><dt>{ "Cue" }</dt><dd>{ s.cue.clone() }</dd></div>
                                        <div><dt>{ "Confidence" }</dt><dd>{ format!("{} %", redlines_core::query::percent(s.confidence)) }</dd></div>
                                    </dl>
                                    <p class="card-actions">
                                        <Link to={ViewState::actor(&index.actor(s).slug)}>{ format!("All by {}", index.actor(s).name) }</Link>
                                        <CiteButton {statement} />
                                    </p>
                                </div>
                            }
                        }) }
                    </div>
                }
            </aside>
        </div>
    }
}
