//! The theme view: who says what on one theme, grouped by actor, and where
//! actors clash. Without a theme in the URL it lists all themes.

use redlines_core::query::StanceMix;
use redlines_core::Filter;
use yew::prelude::*;

use super::lists::ThemeList;
use super::{busy, PageHeading, Same};
use crate::components::{
    plural, stance_badge_html, ActorLink, Empty, ExportButtons, Link, Pager, StanceBar,
    StanceFilter, StanceSummary, StatementList,
};
use crate::hooks::use_drawn_rows;
use crate::state::{Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

/// How many clashing pairs show before "Show more".
const CLASHES_SHOWN: usize = 8;

#[function_component(ThemePage)]
pub fn theme_page() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let Some(id) = view.theme.clone() else {
        return html! {
            <div class="index-page">
                <PageHeading>{ "Themes" }</PageHeading>
                <p class="lede">{ "The questions the articles argue about, with how many positions each draws." }</p>
                <ThemeList level={2} />
            </div>
        };
    };
    let Some(theme) = index.find_theme(&id) else {
        return html! {
            <div class="index-page">
                <PageHeading>{ "Theme not found" }</PageHeading>
                <Empty message={format!("There is no theme “{id}”. Choose one below.")} />
                <ThemeList level={2} />
            </div>
        };
    };
    let item = &index.themes[theme];
    // What the view lists depends only on the data, the theme and the
    // stance: a page turn or any other render reuses it.
    let derived = use_memo(
        (Same(ctx.data.clone()), theme, view.stance),
        |(data, theme, stance)| ThemeStatements::new(&data.0.index, *theme, *stance),
    );
    let ThemeStatements {
        all,
        shown,
        stance_counts,
        speakers,
        clashes,
        whole,
    } = &*derived;
    let (stance_counts, speakers) = (*stance_counts, *speakers);
    let clear = ViewState {
        stance: None,
        ..view.clone()
    };
    // A busy theme's list is paged across its actor groups.
    let page = Page::of(shown.len(), view.page_number(), PAGE_SIZE);
    // The page's cards are drawn over a few frames (see `use_drawn_rows`).
    let drawn = use_drawn_rows(shown[page.start..page.end].to_vec());
    let groups = drawn.of_groups(&page.of_groups(whole));
    // A group cut by a page break still shows its whole count and mix.
    let whole_group = |actor: usize| {
        whole
            .iter()
            .find(|(key, _)| *key == actor)
            .map(|(_, statements)| statements.clone())
            .unwrap_or_default()
    };
    let clash_item = |clash: &redlines_core::query::Clash| {
        let a = &index.statements[clash.statement_a];
        let b = &index.statements[clash.statement_b];
        let compare = ViewState::compare(
            Some(&index.actors[clash.actor_a].slug),
            Some(&index.actors[clash.actor_b].slug),
        );
        html! {
            <li key={format!("{}-{}", clash.actor_a, clash.actor_b)}>
                <span class="side"><ActorLink actor={clash.actor_a} /> { stance_badge_html(a.stance) }</span>
                <span class="versus">{ "against" }</span>
                <span class="side"><ActorLink actor={clash.actor_b} /> { stance_badge_html(b.stance) }</span>
                <Link to={compare} class="compare-link">{ "Compare" }</Link>
            </li>
        }
    };
    html! {
        <div class="theme-page">
            <section class="card theme-card">
                <PageHeading kicker={AttrValue::from("Theme")}>{ item.label.clone() }</PageHeading>
                <p class="lede">{ item.scope.clone() }</p>
                <p>{ format!("{} by {}.", plural(all.len(), "statement", "statements"), plural(speakers, "actor", "actors")) }</p>
                <StanceSummary mix={StanceMix::of(index, all)} />
            </section>
            if !clashes.is_empty() {
                <section class="panel clashes" aria-labelledby="clashes-title">
                    <h2 id="clashes-title">{ "Where they clash" }</h2>
                    <p class="note">{ "Pairs of actors on different sides where one rejects what the other demands, proposes or supports, most clashing statements first." }</p>
                    <ul class="clash-list">
                        { for clashes.iter().take(CLASHES_SHOWN).map(clash_item) }
                    </ul>
                    if clashes.len() > CLASHES_SHOWN {
                        <details class="more">
                            <summary>{ format!("Show {} more pairs", clashes.len() - CLASHES_SHOWN) }</summary>
                            <ul class="clash-list">
                                { for clashes.iter().skip(CLASHES_SHOWN).map(clash_item) }
                            </ul>
                        </details>
                    }
                </section>
            }
            <div class="controls">
                <StanceFilter counts={stance_counts} />
            </div>
            <section aria-labelledby="who-title" aria-busy={busy(&drawn)}>
                <div class="section-head">
                    <h2 id="who-title">{ "Who says what" }</h2>
                    <ExportButtons statements={shown.clone()} name={AttrValue::from(item.id.clone())} />
                </div>
                if page.is_paged() {
                    <p class="result-count">{ page.describe() }</p>
                }
                if shown.is_empty() {
                    <Empty message="No statements on this theme take that stance." clear={Some(clear)} />
                }
                { for groups.into_iter().map(|(actor, statements)| { let group = whole_group(actor); html! {
                    <section class="actor-section" key={actor}>
                        <h3 class="group-title">
                            <ActorLink {actor} />
                            <span class="count">{ plural(group.len(), "statement", "statements") }</span>
                            <StanceBar mix={StanceMix::of(index, &group)} />
                        </h3>
                        <StatementList {statements} show_actor={false} />
                    </section>
                } }) }
                <Pager {page} what="statements" />
            </section>
        </div>
    }
}

/// What the theme view derives from the index, memoised.
struct ThemeStatements {
    /// Every statement on the theme.
    all: Vec<usize>,
    /// Those with the chosen stance.
    shown: Vec<usize>,
    stance_counts: [usize; 6],
    /// How many actors speak on the theme.
    speakers: usize,
    clashes: Vec<redlines_core::query::Clash>,
    /// `shown` grouped by actor.
    whole: Vec<(usize, Vec<usize>)>,
}

impl ThemeStatements {
    fn new(
        index: &redlines_core::Index,
        theme: usize,
        stance: Option<redlines_core::Stance>,
    ) -> Self {
        let all = index.filter(&Filter {
            theme: Some(theme),
            ..Filter::default()
        });
        let filter = Filter {
            theme: Some(theme),
            stance,
            ..Filter::default()
        };
        let shown = index.filter(&filter);
        let stance_counts = index.facet_counts(&all, &filter).stance;
        let speakers = index.group_by_actor(&all).len();
        let whole = index.group_by_actor(&shown);
        ThemeStatements {
            clashes: index.clashes_on_theme(theme),
            all,
            shown,
            stance_counts,
            speakers,
            whole,
        }
    }
}
