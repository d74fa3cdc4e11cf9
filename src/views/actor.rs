//! The actor view: a card about the actor, then their positions grouped by
//! theme. Without an actor in the URL it lists all actors.

use redlines_core::query::StanceMix;
use redlines_core::{ActorKind, Filter};
use yew::prelude::*;

use super::lists::ActorList;
use super::{busy, PageHeading, Same};
use crate::components::{
    plural, Empty, ExportButtons, Link, Pager, StanceFilter, StanceSummary, StatementList,
};
use crate::hooks::use_drawn_rows;
use crate::state::{Page, View, ViewState, PAGE_SIZE};
use crate::use_ctx;

#[function_component(ActorPage)]
pub fn actor_page() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let Some(slug) = view.actor.clone() else {
        return html! {
            <div class="index-page">
                <PageHeading>{ "Actors" }</PageHeading>
                <p class="lede">{ "Everyone the articles quote or report on, with how many positions each holds." }</p>
                <ActorList level={2} />
            </div>
        };
    };
    let Some(actor) = index.find_actor(&slug) else {
        return html! {
            <div class="index-page">
                <PageHeading>{ "Actor not found" }</PageHeading>
                <Empty message={format!("No actor “{slug}” appears in these articles. Choose one below.")} />
                <ActorList level={2} />
            </div>
        };
    };
    let person = &index.actors[actor];
    let spokespeople: Vec<usize> = index
        .spokespeople(actor)
        .into_iter()
        .filter(|&member| ctx.data.counts.by_actor[member] > 0)
        .collect();
    let include = view.group && !spokespeople.is_empty();
    let filter = view.filter(index);
    // What the view lists depends only on the data, the actor, the grouping
    // and the filter: a page turn or any other render reuses it.
    let derived = use_memo(
        (Same(ctx.data.clone()), actor, include, filter.clone()),
        |(data, actor, include, filter)| {
            ActorStatements::new(&data.0.index, *actor, *include, filter)
        },
    );
    let ActorStatements {
        all,
        shown,
        stance_counts,
        groups,
    } = &*derived;
    let stance_counts = *stance_counts;
    let own = ctx.data.counts.by_actor[actor];
    let kind = match person.kind {
        ActorKind::Person => "Person",
        ActorKind::Organization => "Organisation",
        ActorKind::State => "State",
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
    // A big actor's list is paged across its theme groups.
    let page = Page::of(shown.len(), view.page_number(), PAGE_SIZE);
    // A group cut by a page break still shows its whole count.
    let group_size = |theme: usize| {
        groups
            .iter()
            .find(|(key, _)| *key == theme)
            .map_or(0, |(_, statements)| statements.len())
    };
    // The page's cards are drawn over a few frames (see `use_drawn_rows`).
    let drawn = use_drawn_rows(shown[page.start..page.end].to_vec());
    let groups = drawn.of_groups(&page.of_groups(groups));
    let theme_filter = filter.theme.map(|theme| index.themes[theme].label.clone());
    let clear = ViewState {
        stance: None,
        theme: None,
        ..view.clone()
    };
    html! {
        <div class="actor-page">
            <section class={classes!("card", "actor-card", ctx.data.colour(actor))} aria-labelledby="main-heading">
                <PageHeading kicker={AttrValue::from(kind)}>{ person.name.clone() }</PageHeading>
                <dl class="facts">
                    if let Some(role) = &person.role {
                        <div><dt>{ "Role" }</dt><dd>{ role.clone() }</dd></div>
                    }
                    if let Some(affiliation) = &person.affiliation {
                        <div>
                            <dt>{ "Affiliation" }</dt>
                            <dd>
                                if let Some(body) = person.speaks_for.map(usize::from).filter(|&body| ctx.data.counts.by_actor[body] > 0 || !index.spokespeople(body).is_empty()) {
                                    <Link to={ViewState::actor(&index.actors[body].slug)}>{ affiliation.clone() }</Link>
                                } else {
                                    { affiliation.clone() }
                                }
                            </dd>
                        </div>
                    }
                    if !person.aliases.is_empty() {
                        <div><dt>{ "Also called" }</dt><dd>{ person.aliases.join(", ") }</dd></div>
                    }
                    <div>
                        <dt>{ "Statements" }</dt>
                        <dd>
                            { own }
                            if include {
                                { format!(" (and {} by those who speak for it)", all.len() - own) }
                            }
                        </dd>
                    </div>
                </dl>
                <StanceSummary mix={StanceMix::of(index, all)} />
                <p class="card-actions">
                    <Link to={ViewState::compare(Some(&person.slug), None)}>{ "Compare with another actor" }</Link>
                    <Link to={ViewState { actor: Some(person.slug.clone()), ..ViewState::of(View::Search) }}>{ "Search these statements" }</Link>
                </p>
            </section>
            if !spokespeople.is_empty() {
                <div class="group-toggle">
                    <button type="button" class="toggle" aria-pressed={if include { "true" } else { "false" }} onclick={toggle}>
                        { format!("Include those who speak for {}", person.name) }
                    </button>
                    <span class="hint">
                        { spokespeople.iter().map(|&member| index.actors[member].name.clone()).collect::<Vec<_>>().join(", ") }
                    </span>
                </div>
            }
            <div class="controls">
                <StanceFilter counts={stance_counts} />
                if let Some(label) = theme_filter {
                    <Link to={ViewState { theme: None, ..view.clone() }} class="active-filter" label={AttrValue::from(format!("Remove theme filter {label}"))}>
                        { format!("Theme: {label}") }<span class="remove" aria-hidden="true">{ "✕" }</span>
                    </Link>
                }
            </div>
            <section aria-labelledby="positions-title" aria-busy={busy(&drawn)}>
                <div class="section-head">
                    <h2 id="positions-title">{ "Positions by theme" }</h2>
                    <ExportButtons statements={shown.clone()} name={AttrValue::from(person.slug.clone())} />
                </div>
                if page.is_paged() {
                    <p class="result-count">{ page.describe() }</p>
                }
                if shown.is_empty() {
                    <Empty message="No statements match these filters." clear={Some(clear)} />
                } else {
                    { for groups.into_iter().map(|(theme, statements)| html! {
                        <section class="theme-group" key={theme}>
                            <h3 class="group-title">
                                <Link to={ViewState::theme(&index.themes[theme].id)}>{ index.themes[theme].label.clone() }</Link>
                                <span class="count">{ plural(group_size(theme), "statement", "statements") }</span>
                            </h3>
                            <StatementList {statements} show_actor={include} />
                        </section>
                    }) }
                    <Pager {page} what="statements" />
                }
            </section>
        </div>
    }
}

/// What the actor view derives from the index, memoised.
struct ActorStatements {
    /// Every statement of the actor (and of those who speak for it, when
    /// grouped), whatever the filter.
    all: Vec<usize>,
    /// Those the filter keeps.
    shown: Vec<usize>,
    stance_counts: [usize; 6],
    /// `shown` grouped by theme.
    groups: Vec<(usize, Vec<usize>)>,
}

impl ActorStatements {
    fn new(index: &redlines_core::Index, actor: usize, include: bool, filter: &Filter) -> Self {
        let all = index.statements_of(actor, include, &Filter::default());
        let shown = index.statements_of(actor, include, filter);
        let stance_counts = index
            .facet_counts(
                &all,
                &Filter {
                    actor: None,
                    ..filter.clone()
                },
            )
            .stance;
        // With a theme chosen every statement shown carries it, so they form
        // one group under it rather than under their first themes.
        let groups = match filter.theme {
            Some(theme) => vec![(theme, shown.clone())],
            None => index.group_by_primary_theme(&shown),
        };
        ActorStatements {
            all,
            shown,
            stance_counts,
            groups,
        }
    }
}
