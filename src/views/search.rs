//! The search view: full-text search over statements and articles, with
//! facets (actor, theme, stance, article, quote type) that show live counts
//! and combine. With an empty query it browses all statements.

use redlines_core::query::{sort_by_rank, FacetCounts};
use std::rc::Rc;

use redlines_core::search::{ArticleHit, Results};
use redlines_core::{QuoteKind, Stance};
use yew::prelude::*;

use super::{busy, PageHeading};
use crate::browser;
use crate::components::{
    self, marked_text_html, plural, Empty, ExportButtons, Link, Pager, StatementList,
};
use crate::hooks::use_drawn_rows;
use crate::state::{Action, Facet, Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

#[function_component(Search)]
pub fn search() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let searcher = ctx.data.searcher();
    let query = searcher.parse(&view.q);
    let filter = view.filter(index);
    // The search and the facet counts are the costly part of a render, and
    // they depend only on the index, the query and the filter: a page turn,
    // the facets' disclosure or the colour scheme reuses them.
    let results = {
        let data = ctx.data.clone();
        use_memo(
            (
                Rc::as_ptr(&ctx.data) as usize,
                view.q.clone(),
                filter.clone(),
            ),
            move |(_, q, filter)| {
                let searcher = data.searcher();
                searcher.results(&data.index, &searcher.parse(q), filter)
            },
        )
    };
    let Results {
        scope_len,
        counts,
        statements,
        highlights,
        passages,
    } = &*results;
    let (counts, statements, highlights, passages) =
        (counts.clone(), statements.clone(), highlights, passages);

    let oninput = {
        let ctx = ctx.clone();
        let view = view.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            // Typing changes the URL in place; a history entry per key
            // would make the back button useless.
            ctx.dispatch.emit(Action::Replace(ViewState {
                q: input.value(),
                ..view.clone()
            }));
        })
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    let cleared = view.without_facets();
    let wide = use_state(|| browser::matches_media("(min-width: 56rem)"));
    let active = active_filters(&ctx, &view);
    // Long lists are paged; the export still takes every match.
    let page = Page::of(statements.len(), view.page_number(), PAGE_SIZE);
    // The page's cards are drawn over a few frames, the first screenful with
    // the answer to the click or the key (see `use_drawn_rows`).
    let drawn = use_drawn_rows(statements[page.start..page.end].to_vec());
    let page_statements = drawn.select(&statements[page.start..page.end]);
    let page_highlights = drawn.select(&highlights[page.start..page.end]);
    let mut summary = match (query.is_empty(), statements.len()) {
        (true, count) => format!(
            "{} in article order",
            plural(count, "statement", "statements")
        ),
        (false, count) => format!(
            "{} matching, best first",
            plural(count, "statement", "statements")
        ),
    };
    if page.is_paged() {
        summary = format!("{summary}; {}", page.describe().to_lowercase());
    }

    let more_passages = use_state(|| false);
    let on_more_passages = {
        let more_passages = more_passages.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            more_passages.set(details.open());
        })
    };
    let passage = |hit: &ArticleHit| {
        let article = &index.articles[hit.article];
        html! {
            <li key={hit.article} class="passage-hit">
                <h3>
                    <Link to={ViewState::article(&article.id, None)}>
                        { marked_text_html(index, hit.article, article.title_span, &hit.title_highlights) }
                    </Link>
                </h3>
                <p class="meta">{ plural(hit.occurrences, "match", "matches") }{ " in the text" }</p>
                <ul class="kwic">
                    { for hit.snippets.iter().map(|snippet| {
                        let at = snippet.highlights.first().map(|span| span.start);
                        html! {
                            <li key={snippet.span.start}>
                                <Link to={ViewState::article(&article.id, at)} class="kwic-line">
                                    if snippet.cut_start { { "… " } }
                                    { marked_text_html(index, hit.article, snippet.span, &snippet.highlights) }
                                    if snippet.cut_end { { " …" } }
                                </Link>
                            </li>
                        }
                    }) }
                </ul>
            </li>
        }
    };

    html! {
        <div class="search-page">
            <PageHeading>{ "Search" }</PageHeading>
            <form class="search-form" role="search" {onsubmit}>
                <label for="search-input">{ "Search statements and articles" }</label>
                <input
                    id="search-input"
                    type="search"
                    value={view.q.clone()}
                    placeholder="e.g. guarantees, “open door”, Ryabkov"
                    autocomplete="off"
                    spellcheck="false"
                    {oninput}
                />
                <p class="hint">{ "Any word matches, also in other forms (“guarantee” finds “guarantees”); put phrases in quotes. Results matching more words come first." }</p>
            </form>
            <div class="search-layout">
                <details class="facets" open={*wide}>
                    <summary>
                        { "Filters" }
                        if !active.is_empty() {
                            <span class="count">{ active.len() }</span>
                        }
                    </summary>
                    <Facets counts={counts} />
                </details>
                <div class="results">
                    if !active.is_empty() {
                        <div class="active-filters" role="group" aria-label="Active filters">
                            { for active.into_iter().map(|(label, without)| html! {
                                <Link to={without} class="active-filter" label={AttrValue::from(format!("Remove filter {label}"))}>
                                    { label }<span class="remove" aria-hidden="true">{ "✕" }</span>
                                </Link>
                            }) }
                            <Link to={cleared.clone()} class="clear-all">{ "Clear all filters" }</Link>
                        </div>
                    }
                    <section aria-labelledby="statement-results" aria-busy={busy(&drawn)}>
                        <div class="section-head">
                            <h2 id="statement-results">{ "Statements" }</h2>
                            <ExportButtons statements={statements.clone()} name="red-lines-statements" />
                        </div>
                        <p class="result-count" role="status">{ summary }</p>
                        if statements.is_empty() {
                            if view.has_facets() && *scope_len > 0 {
                                <Empty message="No statements match all these filters." clear={Some(cleared.clone())} />
                            } else if query.is_empty() {
                                <Empty message="There are no statements." />
                            } else {
                                <Empty message={format!("No statement contains “{}”.", view.q.trim())} />
                            }
                        } else {
                            <StatementList statements={page_statements} highlights={page_highlights} />
                            <Pager {page} what="statements" />
                        }
                    </section>
                    if !query.is_empty() {
                        <section class="passages" aria-labelledby="passage-results">
                            <h2 id="passage-results">{ "Passages in articles" }</h2>
                            if passages.is_empty() {
                                <p class="note">{ "No article text matches." }</p>
                            }
                            <ul class="passage-list">{ for passages.iter().take(PASSAGE_LIMIT).map(&passage) }</ul>
                            // The rest in a native disclosure, drawn only while it is open:
                            // in a large corpus a common word is in thousands of articles,
                            // and drawing them all on every keystroke took most of its time.
                            if passages.len() > PASSAGE_LIMIT {
                                <details class="more" open={*more_passages} ontoggle={on_more_passages}>
                                    <summary>{ format!("Show all {} articles", components::thousands(passages.len())) }</summary>
                                    if *more_passages {
                                        <ul class="passage-list">{ for passages.iter().skip(PASSAGE_LIMIT).map(&passage) }</ul>
                                    }
                                </details>
                            }
                        </section>
                    }
                </div>
            </div>
        </div>
    }
}

/// The facets that are set, each with the state that removes it.
fn active_filters(ctx: &crate::Ctx, view: &ViewState) -> Vec<(String, ViewState)> {
    let index = ctx.index();
    let filter = view.filter(index);
    let mut active = Vec::new();
    if let Some(actor) = filter.actor {
        active.push((
            format!("Actor: {}", index.actors[actor].name),
            ViewState {
                actor: None,
                ..view.clone()
            },
        ));
    }
    if let Some(theme) = filter.theme {
        active.push((
            format!("Theme: {}", index.themes[theme].label),
            ViewState {
                theme: None,
                ..view.clone()
            },
        ));
    }
    if let Some(stance) = filter.stance {
        active.push((
            format!("Stance: {}", stance.as_str()),
            ViewState {
                stance: None,
                ..view.clone()
            },
        ));
    }
    if let Some(article) = filter.article {
        active.push((
            format!("Article: {}", index.articles[article].title),
            ViewState {
                article: None,
                ..view.clone()
            },
        ));
    }
    if let Some(quote) = filter.quote {
        active.push((
            format!("Quote: {}", quote.as_str()),
            ViewState {
                quote: None,
                ..view.clone()
            },
        ));
    }
    active
}

#[derive(Properties, PartialEq)]
struct FacetsProps {
    counts: FacetCounts,
}

/// One option of a facet. Where it leads is worked out only for the options
/// drawn: a corpus of thousands of articles has thousands of article options.
#[derive(PartialEq)]
struct Choice {
    /// The value's index (actor, theme, …), for sorting.
    order: usize,
    key: String,
    label: String,
    count: usize,
    selected: bool,
}

#[function_component(Facets)]
fn facets(props: &FacetsProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = &*ctx.view;
    let counts = &props.counts;

    let mut actors: Vec<Choice> = index
        .actors
        .iter()
        .enumerate()
        .map(|(number, actor)| Choice {
            order: number,
            key: actor.slug.clone(),
            label: actor.name.clone(),
            count: counts.actor[number],
            selected: view.actor.as_deref() == Some(actor.slug.as_str()),
        })
        .collect();
    let names = index.actor_name_ranks();
    sort_by_rank(&mut actors, |choice| {
        [-(choice.count as i64), names[choice.order], 0]
    });
    let mut themes: Vec<Choice> = index
        .themes
        .iter()
        .enumerate()
        .map(|(number, theme)| Choice {
            order: number,
            key: theme.id.clone(),
            label: theme.label.clone(),
            count: counts.theme[number],
            selected: view.theme.as_deref() == Some(theme.id.as_str()),
        })
        .collect();
    sort_by_rank(&mut themes, |choice| {
        [-(choice.count as i64), choice.order as i64, 0]
    });
    let stances: Vec<Choice> = Stance::ALL
        .into_iter()
        .map(|stance| Choice {
            order: 0,
            key: stance.as_str().to_string(),
            label: stance.as_str().to_string(),
            count: counts.stance(stance),
            selected: view.stance == Some(stance),
        })
        .collect();
    let articles: Vec<Choice> = index
        .articles
        .iter()
        .enumerate()
        .map(|(number, article)| Choice {
            order: number,
            key: article.id.clone(),
            label: article.title.clone(),
            count: counts.article[number],
            selected: view.article.as_deref() == Some(article.id.as_str()),
        })
        .collect();
    let quotes: Vec<Choice> = QuoteKind::ALL
        .into_iter()
        .map(|quote| Choice {
            order: 0,
            key: quote.as_str().to_string(),
            label: quote.as_str().to_string(),
            count: counts.quote(quote),
            selected: view.quote == Some(quote),
        })
        .collect();

    let view = ctx.view.clone();
    html! {
        <div class="facet-groups">
            <FacetGroup title="Stance" facet={Facet::Stance} choices={stances} view={view.clone()} />
            <FacetGroup title="Actor" facet={Facet::Actor} choices={actors} view={view.clone()} />
            <FacetGroup title="Theme" facet={Facet::Theme} choices={themes} view={view.clone()} />
            <FacetGroup title="Article" facet={Facet::Article} choices={articles} view={view.clone()} />
            <FacetGroup title="Quote type" facet={Facet::Quote} choices={quotes} {view} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FacetGroupProps {
    title: AttrValue,
    facet: Facet,
    choices: Vec<Choice>,
    /// The view the options' links start from.
    view: Rc<ViewState>,
}

/// How many articles the passages show before "Show all".
const PASSAGE_LIMIT: usize = 20;

/// How many options a facet shows before "Show all".
const FACET_LIMIT: usize = 8;

/// One facet's options. Every facet change draws every group again (each
/// option's link carries the whole view), so an option is a plain anchor
/// that `<main>` follows (`components::nav_anchor`), not a `Link`
/// component with a listener of its own; and the group takes the view as a
/// property rather than from the context, so the frames that draw the rest
/// of a page of cards pass it by.
#[function_component(FacetGroup)]
fn facet_group(props: &FacetGroupProps) -> Html {
    // The options past the first few are drawn only while "Show all" is
    // open, so a closed facet of thousands of articles costs nothing.
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    // Options without statements are hidden unless selected, so every
    // visible choice leads somewhere.
    let visible: Vec<&Choice> = props
        .choices
        .iter()
        .filter(|choice| choice.count > 0 || choice.selected)
        .collect();
    let stance = props.facet == Facet::Stance;
    let option = |choice: &&Choice| {
        html! {
            <li key={choice.key.clone()}>
                <a
                    href={props.view.toggled(props.facet, &choice.key).to_query()}
                    class={classes!("facet-option", stance.then(|| format!("stance-chip-{}", choice.key)))}
                    aria-current={choice.selected.then_some("true")}
                    data-nav=""
                >
                    <span class="facet-label">{ choice.label.clone() }</span>
                    <span class="count">{ choice.count }</span>
                </a>
            </li>
        }
    };
    let id = format!("facet-{}", props.title.to_lowercase().replace(' ', "-"));
    html! {
        <section class="facet" aria-labelledby={id.clone()}>
            // An h2, like "Statements": the facets come first on the page,
            // so a lower level would skip one after the h1.
            <h2 class="facet-title" {id}>{ props.title.clone() }</h2>
            if visible.is_empty() {
                <p class="note">{ "None in these results." }</p>
            }
            <ul>{ for visible.iter().take(FACET_LIMIT).map(option) }</ul>
            // The rest in a native disclosure: opening it is not view state
            // worth a URL, and it needs no component state either.
            if visible.len() > FACET_LIMIT {
                <details class="more" open={*open} {ontoggle}>
                    <summary>{ format!("Show all {}", visible.len()) }</summary>
                    if *open {
                        <ul>{ for visible.iter().skip(FACET_LIMIT).map(option) }</ul>
                    }
                </details>
            }
        </section>
    }
}
