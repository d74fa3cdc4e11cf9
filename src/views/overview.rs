//! The overview: the actor × theme matrix, then the articles, actors and
//! themes with their statement counts.

use redlines_core::Filter;
use yew::prelude::*;

use super::lists::{ActorList, ArticleList, ThemeList};
use super::{PageHeading, Same};
use crate::components::{
    plural, ActorLink, Link, MinControl, StanceBar, StanceFilter, StanceLegend,
};
use crate::state::ViewState;
use crate::use_ctx;

#[function_component(Overview)]
pub fn overview() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let speaking = ctx
        .data
        .counts
        .by_actor
        .iter()
        .filter(|&&count| count > 0)
        .count();
    let themes = ctx
        .data
        .counts
        .by_theme
        .iter()
        .filter(|&&count| count > 0)
        .count();
    html! {
        <div class="overview">
            <section class="intro">
                <PageHeading>{ "Who stands where" }</PageHeading>
                <p class="lede">
                    { format!(
                        "{} by {} on {} themes, from {}. Every position comes with the sentence it is taken from.",
                        plural(index.statements.len(), "statement", "statements"),
                        plural(speaking, "actor", "actors"),
                        themes,
                        plural(index.articles.len(), "article", "articles"),
                    ) }
                </p>
            </section>
            <section class="panel" aria-labelledby="matrix-title">
                <h2 id="matrix-title">{ "Positions by actor and theme" }</h2>
                <Matrix />
            </section>
            <section class="panel" aria-labelledby="articles-title">
                <h2 id="articles-title">{ "Articles" }</h2>
                <ArticleList />
            </section>
            <div class="two-columns">
                <section class="panel" aria-labelledby="actors-title">
                    <h2 id="actors-title">{ "Actors" }</h2>
                    <ActorList />
                </section>
                <section class="panel" aria-labelledby="themes-title">
                    <h2 id="themes-title">{ "Themes" }</h2>
                    <ThemeList />
                </section>
            </div>
        </div>
    }
}

/// The actor × theme table: counts and stance mix per cell, each cell a
/// link to the actor's statements on the theme.
#[function_component(Matrix)]
pub fn matrix() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    // The matrix and the stance counts depend only on the data, the stance
    // and the minimum: any other render reuses them.
    let derived = use_memo(
        (Same(ctx.data.clone()), view.stance, view.min_statements()),
        |(data, stance, min)| {
            let index = &data.0.index;
            let filter = Filter {
                stance: *stance,
                ..Filter::default()
            };
            let stance_counts = index
                .facet_counts(&(0..index.statements.len()).collect::<Vec<_>>(), &filter)
                .stance;
            (index.matrix(&filter, *min), stance_counts)
        },
    );
    let (matrix, stance_counts) = (&derived.0, derived.1);
    let show_all = ViewState {
        min: Some(1),
        ..view.clone()
    };
    html! {
        <div class="matrix-block">
            <div class="controls">
                <MinControl id="matrix-min" />
                <StanceFilter counts={stance_counts} />
            </div>
            if matrix.hidden_actors > 0 {
                <p class="note">
                    { format!("{} with fewer statements not shown. ", plural(matrix.hidden_actors, "actor", "actors")) }
                    <Link to={show_all}>{ "Show all actors" }</Link>
                </p>
            }
            if matrix.actors.is_empty() {
                <p class="note">{ "No actor has that many statements." }</p>
            } else {
                <div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
                    <table class="matrix">
                        <caption id="matrix-caption">{ "Statements per actor and theme" }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="corner">{ "Actor" }</th>
                                { for matrix.themes.iter().zip(&matrix.theme_totals).map(|(&theme, total)| html! {
                                    <th scope="col" key={theme}>
                                        <Link to={ViewState::theme(&index.themes[theme].id)}>{ index.themes[theme].label.clone() }</Link>
                                        <span class="col-total">{ total }</span>
                                    </th>
                                }) }
                                <th scope="col">{ "All" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for matrix.actors.iter().enumerate().map(|(row, &actor)| html! {
                                <tr key={actor}>
                                    <th scope="row"><ActorLink {actor} /></th>
                                    { for matrix.themes.iter().enumerate().map(|(column, &theme)| {
                                        let cell = &matrix.cells[row][column];
                                        let count = cell.statements.len();
                                        if count == 0 {
                                            return html! { <td class="cell-empty"><span class="sr-only">{ "none" }</span></td> };
                                        }
                                        let to = ViewState {
                                            theme: Some(index.themes[theme].id.clone()),
                                            stance: view.stance,
                                            ..ViewState::actor(&index.actors[actor].slug)
                                        };
                                        let label = format!(
                                            "{} on {}: {}",
                                            index.actors[actor].name,
                                            index.themes[theme].label,
                                            cell.mix.describe()
                                        );
                                        html! {
                                            <td>
                                                <Link {to} class="cell-link" label={AttrValue::from(label)}>
                                                    <span class="cell-count">{ count }</span>
                                                    <StanceBar mix={cell.mix} />
                                                </Link>
                                            </td>
                                        }
                                    }) }
                                    <td class="row-total">{ matrix.actor_totals[row] }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <p class="table-note">
                { "A statement can carry up to three themes. Each number links to the statements; the bar shows their stances:" }
            </p>
            <StanceLegend />
        </div>
    }
}
