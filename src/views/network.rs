//! The network: actors on the left, themes on the right, a line wherever an
//! actor speaks on a theme, as wide as the number of statements and coloured
//! by the most frequent stance. The same data follows as a table.

use redlines_core::{Filter, Stance};
use yew::prelude::*;

use super::PageHeading;
use crate::components::{ActorLink, Link, MinControl, Pager, StanceBar, StanceLegend};
use crate::state::{Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

// Coordinates are whole numbers: formatting floats would add kilobytes of
// float-printing code to the wasm for no visible gain.
const WIDTH: usize = 960;
const ROW: usize = 34;
const TOP: usize = 24;
const ACTOR_X: usize = 250;
const THEME_X: usize = 700;

/// A line's width for a number of statements: visible at one, capped so a
/// large count does not swallow its neighbours.
fn stroke_width(count: usize) -> usize {
    (1 + count).min(12)
}

#[function_component(Network)]
pub fn network() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let matrix = index.matrix(&Filter::default(), view.min_statements());
    let rows = matrix.actors.len().max(matrix.themes.len()).max(1);
    let height = TOP * 2 + ROW * (rows - 1);
    // Centre the shorter column against the longer one.
    let offset = |count: usize| TOP + ROW * (rows - count.max(1)) / 2;
    let actor_y = |row: usize| offset(matrix.actors.len()) + ROW * row;
    let theme_y = |column: usize| offset(matrix.themes.len()) + ROW * column;
    let mut edges = Vec::new();
    for (row, &actor) in matrix.actors.iter().enumerate() {
        for (column, &theme) in matrix.themes.iter().enumerate() {
            let cell = &matrix.cells[row][column];
            if !cell.statements.is_empty() {
                edges.push((row, actor, column, theme, cell));
            }
        }
    }
    // The graph draws every link; its table, a row per link, is paged.
    let page = Page::of(edges.len(), view.page_number(), PAGE_SIZE);
    let stance_class = |stance: Option<Stance>| {
        format!("stance-stroke-{}", stance.map_or("assess", Stance::as_str))
    };
    html! {
        <div class="network-page">
            <PageHeading>{ "Network" }</PageHeading>
            <p class="lede">
                { "Actors on the left, themes on the right. A line joins an actor to each theme they speak on: the wider, the more statements; its colour is their most frequent stance." }
            </p>
            <div class="controls">
                <MinControl id="network-min" />
            </div>
            if matrix.actors.is_empty() {
                <p class="note">{ "No actor has that many statements." }</p>
            } else {
                <figure class="network-figure">
                    <div class="svg-scroll">
                        <svg
                            class="network"
                            viewBox={format!("0 0 {WIDTH} {height}")}
                            // A group, not an image: its nodes are links,
                            // and an image's content is not reachable.
                            role="group"
                            aria-labelledby="network-title"
                            aria-describedby="network-desc"
                        >
                            <title id="network-title">{ "Actors and the themes they speak on" }</title>
                            <desc id="network-desc">{ "The table below lists the same links with their counts and stances." }</desc>
                            <g class="edges">
                                { for edges.iter().map(|&(row, actor, column, theme, cell)| {
                                    let (y1, y2) = (actor_y(row), theme_y(column));
                                    let middle = (ACTOR_X + THEME_X) / 2;
                                    html! {
                                        <path
                                            key={format!("{actor}-{theme}")}
                                            class={classes!("edge", stance_class(cell.mix.dominant()))}
                                            d={format!("M {ACTOR_X} {y1} C {middle} {y1}, {middle} {y2}, {THEME_X} {y2}")}
                                            stroke-width={stroke_width(cell.statements.len()).to_string()}
                                        >
                                            <title>{ format!("{} on {}: {}", index.actors[actor].name, index.themes[theme].label, cell.mix.describe()) }</title>
                                        </path>
                                    }
                                }) }
                            </g>
                            <g class="nodes">
                                { for matrix.actors.iter().enumerate().map(|(row, &actor)| {
                                    let y = actor_y(row);
                                    html! {
                                        <Link key={actor} to={ViewState::actor(&index.actors[actor].slug)} class="node">
                                            <circle cx={ACTOR_X.to_string()} cy={y.to_string()} r="6" class={classes!("node-dot", ctx.data.colour(actor))} />
                                            <text x={(ACTOR_X - 12).to_string()} y={y.to_string()} text-anchor="end" dominant-baseline="middle">
                                                { format!("{} ({})", index.actors[actor].name, matrix.actor_totals[row]) }
                                            </text>
                                        </Link>
                                    }
                                }) }
                                { for matrix.themes.iter().enumerate().map(|(column, &theme)| {
                                    let y = theme_y(column);
                                    html! {
                                        <Link key={format!("theme-{theme}")} to={ViewState::theme(&index.themes[theme].id)} class="node">
                                            <rect x={(THEME_X - 6).to_string()} y={(y - 6).to_string()} width="12" height="12" rx="2" class="theme-dot" />
                                            <text x={(THEME_X + 12).to_string()} y={y.to_string()} dominant-baseline="middle">
                                                { format!("{} ({})", index.themes[theme].label, matrix.theme_totals[column]) }
                                            </text>
                                        </Link>
                                    }
                                }) }
                            </g>
                        </svg>
                    </div>
                    <figcaption><StanceLegend /></figcaption>
                </figure>
                <div class="table-scroll" role="region" aria-labelledby="network-table-caption" tabindex="0">
                    <table class="data-table">
                        <caption id="network-table-caption">{ "Every actor–theme link of the network" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Actor" }</th>
                                <th scope="col">{ "Theme" }</th>
                                <th scope="col" class="numeric">{ "Statements" }</th>
                                <th scope="col">{ "Stances" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for edges[page.start..page.end].iter().map(|&(_, actor, _, theme, cell)| {
                                let to = ViewState {
                                    theme: Some(index.themes[theme].id.clone()),
                                    ..ViewState::actor(&index.actors[actor].slug)
                                };
                                html! {
                                    <tr key={format!("{actor}-{theme}")}>
                                        <th scope="row"><ActorLink {actor} /></th>
                                        <td><Link to={ViewState::theme(&index.themes[theme].id)}>{ index.themes[theme].label.clone() }</Link></td>
                                        <td class="numeric"><Link {to}>{ cell.statements.len() }</Link></td>
                                        <td class="stance-cell">
                                            <StanceBar mix={cell.mix} />
                                            <span class="stance-text">
                                                { cell.mix.present().into_iter().map(|(stance, count)| format!("{count} {}", stance.as_str())).collect::<Vec<_>>().join(", ") }
                                            </span>
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <Pager {page} what="links" />
            }
        </div>
    }
}
