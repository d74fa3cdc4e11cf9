//! The lists of articles, actors and themes, shared by the overview and the
//! index pages of the article, actor and theme views.

use redlines_core::query::{sort_by_rank, StanceMix};
use redlines_core::{ActorKind, Filter};
use yew::prelude::*;

use super::Same;
use crate::components::{plural, ActorLink, Link, Pager, StanceBar};
use crate::state::{Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    /// The heading level of each item's title (2 or 3).
    #[prop_or(3)]
    pub level: u8,
}

fn heading_tag(level: u8) -> String {
    format!("h{}", level.clamp(2, 6))
}

/// The articles with outlet, date, statement count and main voices.
#[function_component(ArticleList)]
pub fn article_list(props: &ListProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    // A large corpus lists its articles a page at a time, like every long list.
    let page = Page::of(index.articles.len(), ctx.view.page_number(), PAGE_SIZE);
    // Each article's statements and voices depend only on the data: a page
    // turn or the overview's stance filter reuses them.
    let by_article = use_memo(Same(ctx.data.clone()), |data| {
        let index = &data.0.index;
        index
            .statements_by_article()
            .into_iter()
            .map(|statements| {
                let voices = index.group_by_actor(&statements);
                (statements.len(), voices)
            })
            .collect::<Vec<_>>()
    });
    html! {
        <>
        <ol class="article-list" start={(page.start + 1).to_string()}>
            { for index.articles.iter().enumerate().skip(page.start).take(page.end - page.start).map(|(number, article)| {
                let (statements, voices) = &by_article[number];
                let meta: Vec<String> = [article.outlet.clone(), article.author.clone(), article.date.clone()]
                    .into_iter()
                    .flatten()
                    .collect();
                html! {
                    <li class="article-card" key={article.id.clone()}>
                        <@{heading_tag(props.level)} class="article-title">
                            <Link to={ViewState::article(&article.id, None)}>{ article.title.clone() }</Link>
                            if article.user_added {
                                <span class="badge badge-yours">{ "Your article" }</span>
                            }
                        </@>
                        if !meta.is_empty() {
                            <p class="meta">{ meta.join(" · ") }</p>
                        }
                        <p class="article-stats">
                            <span class="count-label">{ plural(*statements, "statement", "statements") }</span>
                            if !voices.is_empty() {
                                <span class="voices">
                                    { "Most quoted: " }
                                    { for voices.iter().take(3).enumerate().map(|(position, (actor, _))| html! {
                                        <>
                                            if position > 0 { { ", " } }
                                            { index.actors[*actor].name.clone() }
                                        </>
                                    }) }
                                </span>
                            }
                        </p>
                    </li>
                }
            }) }
        </ol>
        <Pager {page} what="articles" />
        </>
    }
}

/// The actors with statements: people and bodies apart, or, with the
/// `group` toggle, people under the institution they speak for.
#[function_component(ActorList)]
pub fn actor_list(props: &ListProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let view = (*ctx.view).clone();
    let counts = &ctx.data.counts.by_actor;
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
    // Each actor's stance mix, the groups and the ranking depend only on the
    // data: a render for the group toggle or another view state reuses them.
    let derived = use_memo(Same(ctx.data.clone()), |data| {
        let index = &data.0.index;
        let mixes: Vec<StanceMix> = (0..index.actors.len())
            .map(|actor| {
                StanceMix::of(
                    index,
                    &index.filter(&Filter {
                        actor: Some(actor),
                        ..Filter::default()
                    }),
                )
            })
            .collect();
        (mixes, index.actor_groups(), index.actors_by_count())
    });
    let (mixes, groups, ranked) = (&derived.0, &derived.1, &derived.2);
    let mix = |actor: usize| mixes[actor];
    let item = |actor: usize| {
        html! {
            <li key={actor}>
                <ActorLink {actor} count={counts[actor]} />
                <StanceBar mix={mix(actor)} />
            </li>
        }
    };
    let body = if view.group {
        html! {
            <ul class="actor-groups">
                { for groups.iter().map(|group| html! {
                    <li key={group.head} class="actor-group">
                        <div class="actor-group-head">
                            <ActorLink actor={group.head} count={counts[group.head]} />
                            if !group.members.is_empty() {
                                <span class="group-total">{ format!("{} with those who speak for it", group.total) }</span>
                            }
                            if counts[group.head] > 0 {
                                <StanceBar mix={mix(group.head)} />
                            }
                        </div>
                        if !group.members.is_empty() {
                            <ul class="actor-members" aria-label={format!("Speaking for {}", index.actors[group.head].name)}>
                                { for group.members.iter().map(|&member| item(member)) }
                            </ul>
                        }
                    </li>
                }) }
            </ul>
        }
    } else {
        let people: Vec<usize> = ranked
            .iter()
            .filter(|(actor, _)| index.actors[*actor].kind == ActorKind::Person)
            .map(|(actor, _)| *actor)
            .collect();
        let bodies: Vec<usize> = ranked
            .iter()
            .filter(|(actor, _)| index.actors[*actor].kind != ActorKind::Person)
            .map(|(actor, _)| *actor)
            .collect();
        html! {
            <div class="actor-columns">
                <div>
                    <@{heading_tag(props.level)} class="list-title">{ "People" }</@>
                    <ul class="actor-list">{ for people.into_iter().map(item) }</ul>
                </div>
                <div>
                    <@{heading_tag(props.level)} class="list-title">{ "States and organisations" }</@>
                    <ul class="actor-list">{ for bodies.into_iter().map(item) }</ul>
                </div>
            </div>
        }
    };
    html! {
        <div class="actors-block">
            <button
                type="button"
                class="toggle"
                aria-pressed={if view.group { "true" } else { "false" }}
                onclick={toggle}
            >
                { "Group people under the institution they speak for" }
            </button>
            { body }
        </div>
    }
}

/// The themes with their scope, statement count and stance mix.
#[function_component(ThemeList)]
pub fn theme_list(props: &ListProps) -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    let counts = &ctx.data.counts.by_theme;
    // The ranking and each theme's stance mix depend only on the data.
    let themes = use_memo(Same(ctx.data.clone()), |data| {
        let index = &data.0.index;
        let counts = &data.0.counts.by_theme;
        let mut themes: Vec<usize> = (0..index.themes.len()).collect();
        sort_by_rank(&mut themes, |&theme| {
            [-(counts[theme] as i64), theme as i64, 0]
        });
        themes
            .into_iter()
            .map(|theme| {
                let statements = index.filter(&Filter {
                    theme: Some(theme),
                    ..Filter::default()
                });
                (
                    theme,
                    (!statements.is_empty()).then(|| StanceMix::of(index, &statements)),
                )
            })
            .collect::<Vec<_>>()
    });
    html! {
        <ul class="theme-list">
            { for themes.iter().map(|&(theme, mix)| {
                let item = &index.themes[theme];
                html! {
                    <li key={item.id.clone()} class={classes!((counts[theme] == 0).then_some("is-empty"))}>
                        <@{heading_tag(props.level)} class="theme-name">
                            <Link to={ViewState::theme(&item.id)}>{ item.label.clone() }</Link>
                            <span class="count">{ counts[theme] }</span>
                        </@>
                        <p class="scope">{ item.scope.clone() }</p>
                        if let Some(mix) = mix {
                            <StanceBar {mix} />
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
