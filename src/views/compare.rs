//! The compare view: two actors side by side, theme by theme, with clashes
//! and agreements marked.

use yew::prelude::*;

use super::{busy, PageHeading, Same};
use crate::components::{plural, Empty, Link, Pager, StatementList};
use crate::hooks::use_drawn_rows;
use crate::state::{Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

#[function_component(Compare)]
pub fn compare() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let a = view.a.as_deref().and_then(|slug| index.find_actor(slug));
    let b = view.b.as_deref().and_then(|slug| index.find_actor(slug));
    let choices = index.actors_by_count();

    let slug = |actor: Option<usize>| {
        actor.map_or(String::new(), |actor| index.actors[actor].slug.clone())
    };
    let ref_a = crate::hooks::use_select_value(slug(a));
    let ref_b = crate::hooks::use_select_value(slug(b));
    let select = |id: &'static str, label: &'static str, current: Option<usize>, is_a: bool| {
        let node = if is_a { ref_a.clone() } else { ref_b.clone() };
        let ctx = ctx.clone();
        let view = view.clone();
        let onchange = Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let value = Some(select.value()).filter(|value| !value.is_empty());
            let next = if is_a {
                ViewState {
                    a: value,
                    ..view.clone()
                }
            } else {
                ViewState {
                    b: value,
                    ..view.clone()
                }
            };
            ctx.navigate(next);
        });
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select ref={node} {id} {onchange}>
                    <option value="" selected={current.is_none()}>{ "Choose an actor…" }</option>
                    { for choices.iter().map(|&(actor, count)| html! {
                        <option value={index.actors[actor].slug.clone()} selected={current == Some(actor)}>
                            { format!("{} ({count})", index.actors[actor].name) }
                        </option>
                    }) }
                </select>
            </div>
        }
    };
    let swap = {
        let ctx = ctx.clone();
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.navigate(ViewState {
                a: view.b.clone(),
                b: view.a.clone(),
                ..view.clone()
            })
        })
    };
    let toggle = {
        let ctx = ctx.clone();
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.navigate(ViewState {
                group: !view.group,
                ..view.clone()
            })
        })
    };

    let body = match (a, b) {
        (Some(a), Some(b)) if a != b => html! { <Comparison {a} {b} include={view.group} /> },
        (Some(_), Some(_)) => html! { <Empty message="Choose two different actors." /> },
        _ => html! { <Suggestions /> },
    };
    html! {
        <div class="compare-page">
            <PageHeading>{ "Compare two actors" }</PageHeading>
            <p class="lede">{ "Theme by theme: where two actors clash (one rejects what the other demands, proposes or supports) and where they agree (both take the same stance)." }</p>
            <div class="compare-controls">
                { select("compare-a", "First actor", a, true) }
                <button type="button" class="small-button swap" onclick={swap} aria-label="Swap the two actors">{ "⇄ Swap" }</button>
                { select("compare-b", "Second actor", b, false) }
                <button type="button" class="toggle" aria-pressed={if view.group { "true" } else { "false" }} onclick={toggle}>
                    { "Include those who speak for them" }
                </button>
            </div>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ComparisonProps {
    a: usize,
    b: usize,
    include: bool,
}

#[function_component(Comparison)]
fn comparison(props: &ComparisonProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    // The comparison depends only on the data, the two actors and the
    // grouping: any other render reuses it.
    let rows = use_memo(
        (Same(ctx.data.clone()), props.a, props.b, props.include),
        |(data, a, b, include)| data.0.index.compare(*a, *b, *include),
    );
    // Long comparisons are paged like the other lists of statements, each
    // theme's first actor's statements before the second's, and a page's
    // cards are drawn over a few frames (see `use_drawn_rows`). A column is
    // keyed by a number, twice its row and one more for the second actor,
    // so that the paging code is the same the actor and theme views use.
    let columns: Vec<(usize, Vec<usize>)> = rows
        .iter()
        .enumerate()
        .flat_map(|(at, row)| [(2 * at, row.a.clone()), (2 * at + 1, row.b.clone())])
        .collect();
    let total = columns.iter().map(|(_, statements)| statements.len()).sum();
    let page = Page::of(total, ctx.view.page_number(), PAGE_SIZE);
    let on_page = page.of_groups(&columns);
    let drawn = use_drawn_rows(on_page.iter().flat_map(|(_, rows)| rows.clone()).collect());
    let shown = drawn.of_groups(&on_page);
    let name_a = index.actors[props.a].name.clone();
    let name_b = index.actors[props.b].name.clone();
    let shared = rows
        .iter()
        .filter(|row| !row.a.is_empty() && !row.b.is_empty())
        .count();
    let clashing = rows.iter().filter(|row| !row.clashes.is_empty()).count();
    let agreeing = rows.iter().filter(|row| !row.agreements.is_empty()).count();
    if rows.is_empty() {
        return html! { <Empty message="Neither actor has statements." /> };
    }
    html! {
        // A section, as in the other views, so that what waits for a page
        // of cards to be whole (tests, screenshots) finds its aria-busy.
        <section class="comparison" aria-busy={busy(&drawn)}>
            <p class="summary" role="status">
                { format!(
                    "{} both speak on: {} with a clash, {} with agreement.",
                    plural(shared, "theme", "themes"),
                    clashing,
                    agreeing
                ) }
            </p>
            if page.is_paged() {
                <p class="result-count">{ page.describe() }</p>
            }
            <div class="compare-header" aria-hidden="true">
                <span class={classes!("compare-name", ctx.data.colour(props.a))}>{ name_a.clone() }</span>
                <span class={classes!("compare-name", ctx.data.colour(props.b))}>{ name_b.clone() }</span>
            </div>
            { for rows.iter().enumerate().filter(|(at, _)| shown.iter().any(|(column, _)| column / 2 == *at)).map(|(at, row)| {
                let theme = &index.themes[row.theme];
                let mut flags: Vec<(usize, AttrValue)> = Vec::new();
                for &(x, y) in &row.clashes {
                    flags.push((x, AttrValue::from("clash")));
                    flags.push((y, AttrValue::from("clash")));
                }
                for &(x, y) in &row.agreements {
                    if !flags.iter().any(|(flagged, _)| *flagged == x) {
                        flags.push((x, AttrValue::from("same stance")));
                    }
                    if !flags.iter().any(|(flagged, _)| *flagged == y) {
                        flags.push((y, AttrValue::from("same stance")));
                    }
                }
                let column = |name: &str, side: bool, all: &[usize]| {
                    let find = |groups: &[(usize, Vec<usize>)]| {
                        groups
                            .iter()
                            .find(|(column, _)| *column == 2 * at + usize::from(side))
                            .map(|(_, rows)| rows.clone())
                    };
                    html! {
                        <div class="compare-column">
                            <h3 class="column-title">{ name.to_string() }</h3>
                            if all.is_empty() {
                                <p class="silent">{ "No statement on this theme." }</p>
                            } else if let Some(statements) = find(&shown) {
                                <StatementList {statements} show_actor={props.include} flags={flags.clone()} />
                            } else if find(&on_page).is_none() {
                                // A theme cut by a page break: the first
                                // actor's part is before it, the second's after.
                                <p class="silent">{ if side { "On the next page." } else { "On the previous page." } }</p>
                            }
                        </div>
                    }
                };
                html! {
                    <section
                        class={classes!("compare-row", (!row.clashes.is_empty()).then_some("has-clash"), (!row.agreements.is_empty()).then_some("has-agreement"))}
                        key={row.theme}
                    >
                        <h2 class="compare-theme">
                            <Link to={ViewState::theme(&theme.id)}>{ theme.label.clone() }</Link>
                            if !row.clashes.is_empty() {
                                <span class="verdict clash">{ plural(row.clashes.len(), "clashing pair", "clashing pairs") }</span>
                            }
                            if !row.agreements.is_empty() {
                                <span class="verdict agree">{ plural(row.agreements.len(), "pair in agreement", "pairs in agreement") }</span>
                            }
                        </h2>
                        <div class="compare-columns">
                            { column(&name_a, false, &row.a) }
                            { column(&name_b, true, &row.b) }
                        </div>
                    </section>
                }
            }) }
            <Pager {page} what="statements" />
        </section>
    }
}

/// Pairs of actors who clash somewhere, as starting points.
#[function_component(Suggestions)]
fn suggestions() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let pairs = index.clash_pairs();
    html! {
        <section class="panel suggestions" aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">{ "Actors who clash" }</h2>
            if pairs.is_empty() {
                <p>{ "No two actors clash in these articles. Choose any two above." }</p>
            } else {
                <ul class="pair-list">
                    { for pairs.iter().take(8).map(|pair| {
                        let (a, b) = (&index.actors[pair.a], &index.actors[pair.b]);
                        let themes: Vec<String> = pair.themes.iter().map(|&theme| index.themes[theme].label.clone()).collect();
                        html! {
                            <li key={format!("{}-{}", pair.a, pair.b)}>
                                <Link to={ViewState::compare(Some(&a.slug), Some(&b.slug))}>
                                    { format!("{} and {}", a.name, b.name) }
                                </Link>
                                <span class="hint">{ format!(" on {}", themes.join(", ")) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
