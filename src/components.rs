//! Small components shared by the views: links that keep state in the URL,
//! badges, the statement card, facets and list helpers.
//!
//! Corpus text is always rendered as text nodes; highlights are separate
//! `<mark>` elements around byte ranges of the original text.

use redlines_core::query::StanceMix;
use redlines_core::search::split_highlights;
use redlines_core::{Span, Stance};
use yew::prelude::*;

use crate::browser;
use crate::collection::use_library;
use crate::hooks::{use_color_scheme, Scheme};
use crate::library::{make_correction, Judgement};
use crate::state::{Action, Page, View, ViewState};
use crate::{use_ctx, use_shared};
use redlines_core::corrections::StatementKey;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: ViewState,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
    /// An accessible name, when the visible content is not enough.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Marks the link as the current page (navigation) or choice (facets).
    #[prop_or_default]
    pub current: Option<AttrValue>,
    /// The link's relation, such as "next" for a list's next page.
    #[prop_or_default]
    pub rel: Option<AttrValue>,
}

/// A real link with a relative "?view=..." href, so it can be opened in a
/// new tab or copied; a plain click navigates inside the app instead.
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let ctx = use_shared();
    let onclick = {
        let to = props.to.clone();
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            // Modified clicks keep their browser meaning (new tab, window).
            if event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            event.prevent_default();
            dispatch.emit(Action::Navigate(to.clone()));
        })
    };
    html! {
        <a
            href={props.to.to_query()}
            class={props.class.clone()}
            aria-label={props.label.clone()}
            title={props.title.clone()}
            aria-current={props.current.clone()}
            rel={props.rel.clone()}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}

/// The site header: name, tagline, colour scheme switch and navigation.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    let (scheme, toggle) = use_color_scheme();
    let dark = scheme == Scheme::Dark;
    let current = ctx.view.view;
    let nav = [
        View::Overview,
        View::Actor,
        View::Theme,
        View::Compare,
        View::Article,
        View::Search,
        View::Timeline,
        View::Network,
        View::Import,
    ];
    html! {
        <header class="site-header">
            <div class="header-bar">
                <Link to={ViewState::of(View::Overview)} class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{ "Red Lines" }</span>
                </Link>
                <p class="tagline">{ "Who holds which position on which theme, with the sentence as evidence." }</p>
                <button
                    type="button"
                    class="scheme-toggle"
                    aria-pressed={if dark { "true" } else { "false" }}
                    onclick={toggle.reform(|_: MouseEvent| ())}
                >
                    <span class="scheme-icon" aria-hidden="true">{ if dark { "☾" } else { "☀" } }</span>
                    { "Dark mode" }
                </button>
            </div>
            <nav class="main-nav" aria-label="Views">
                <ul>
                    { for nav.into_iter().map(|view| html! {
                        <li key={view.as_str()}>
                            <Link
                                to={ViewState::of(view)}
                                current={(view == current).then_some(AttrValue::from("page"))}
                            >
                                { view.label() }
                            </Link>
                        </li>
                    }) }
                </ul>
            </nav>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct StanceBadgeProps {
    pub stance: Stance,
}

/// A stance as a coloured word; the word carries the meaning, the colour helps.
#[function_component(StanceBadge)]
pub fn stance_badge(props: &StanceBadgeProps) -> Html {
    stance_badge_html(props.stance)
}

// The statement card draws its badge, actor link, themes and text with the
// plain functions below rather than as child components: a facet toggle
// creates a hundred cards at once, and each component costs far more to
// create than the elements it draws.

fn stance_badge_html(stance: Stance) -> Html {
    let name = stance.as_str();
    html! { <span class={classes!("badge", format!("stance-{name}"))}>{ name }</span> }
}

#[derive(Properties, PartialEq)]
pub struct StanceBarProps {
    pub mix: StanceMix,
}

/// How many widths a stance bar's segments come in: each segment gets a
/// `share-N` class, because the Content-Security-Policy forbids inline styles.
const BAR_PARTS: usize = 20;

/// The stance mix as a small stacked bar, with the counts as its text
/// alternative.
#[function_component(StanceBar)]
pub fn stance_bar(props: &StanceBarProps) -> Html {
    let description = props.mix.describe();
    html! {
        <span class="stance-bar" role="img" aria-label={description.clone()} title={description}>
            { for props.mix.shares(BAR_PARTS).into_iter().map(|(stance, share)| html! {
                <span class={classes!("stance-segment", format!("stance-bg-{}", stance.as_str()), format!("share-{share}"))}></span>
            }) }
        </span>
    }
}

/// The stance mix as a bar with its counts written out, for cards.
#[function_component(StanceSummary)]
pub fn stance_summary(props: &StanceBarProps) -> Html {
    html! {
        <div class="stance-summary">
            <span class="stance-bar large" aria-hidden="true">
                { for props.mix.shares(BAR_PARTS).into_iter().map(|(stance, share)| html! {
                    <span class={classes!("stance-segment", format!("stance-bg-{}", stance.as_str()), format!("share-{share}"))}></span>
                }) }
            </span>
            <ul class="stance-counts">
                { for props.mix.present().into_iter().map(|(stance, count)| html! {
                    <li>
                        <span class={classes!("swatch", format!("stance-bg-{}", stance.as_str()))} aria-hidden="true"></span>
                        { format!("{count} {}", stance.as_str()) }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// The colour key for stances, shown under the matrix and the network.
#[function_component(StanceLegend)]
pub fn stance_legend() -> Html {
    html! {
        <ul class="stance-legend" aria-label="Stance colours">
            { for Stance::ALL.into_iter().map(|stance| html! {
                <li>
                    <span class={classes!("swatch", format!("stance-bg-{}", stance.as_str()))} aria-hidden="true"></span>
                    { stance.as_str() }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActorLinkProps {
    pub actor: usize,
    #[prop_or_default]
    pub count: Option<usize>,
}

/// An actor's name in its colour, linking to the actor view.
#[function_component(ActorLink)]
pub fn actor_link(props: &ActorLinkProps) -> Html {
    actor_link_html(&use_shared(), props.actor, props.count)
}

fn actor_link_html(ctx: &crate::Shared, actor: usize, count: Option<usize>) -> Html {
    let Some(named) = ctx.index().actors.get(actor) else {
        return Html::default();
    };
    nav_anchor(
        &ViewState::actor(&named.slug),
        "actor-link",
        None,
        html! {
            <>
                <span class={classes!("dot", ctx.data.colour(actor))} aria-hidden="true"></span>
                { named.name.clone() }
                if let Some(count) = count {
                    <span class="count">{ count }</span>
                }
            </>
        },
    )
}

/// An in-app link as a plain anchor, with no component and no listener of
/// its own: the explorer's `<main>` follows it (`browser::take_nav_click`).
/// Statement cards are drawn by the hundred, and a `Link` component for each
/// of their four to six links made a facet change cost a frame several times
/// over. Outside `<main>`, use [`Link`].
pub fn nav_anchor(
    to: &ViewState,
    class: &'static str,
    title: Option<&'static str>,
    children: Html,
) -> Html {
    html! {
        <a href={to.to_query()} {class} {title} data-nav="">{ children }</a>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemeChipsProps {
    pub themes: Vec<u8>,
}

/// A statement's themes as links to the theme view.
#[function_component(ThemeChips)]
pub fn theme_chips(props: &ThemeChipsProps) -> Html {
    theme_chips_html(use_shared().index(), &props.themes)
}

fn theme_chips_html(index: &redlines_core::Index, themes: &[u8]) -> Html {
    html! {
        <ul class="chips" aria-label="Themes">
            { for themes.iter().filter_map(|&theme| index.themes.get(theme as usize)).map(|theme| html! {
                <li>{ nav_anchor(&ViewState::theme(&theme.id), "chip", None, html! { theme.label.clone() }) }</li>
            }) }
        </ul>
    }
}

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

fn marked_text_html(
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

#[derive(Properties, PartialEq)]
pub struct StatementCardProps {
    pub statement: usize,
    #[prop_or(true)]
    pub show_actor: bool,
    /// Search matches inside the sentence.
    #[prop_or_default]
    pub highlights: Vec<Span>,
    /// A note shown on the card, such as "clash" in the compare view.
    #[prop_or_default]
    pub flag: Option<AttrValue>,
}

/// One statement: stance, actor, the evidence sentence, themes and source,
/// with a link that opens the reader at the sentence.
#[function_component(StatementCard)]
pub fn statement_card(props: &StatementCardProps) -> Html {
    let ctx = use_shared();
    let library = use_library();
    let index = ctx.index();
    let Some(statement) = index.statements.get(props.statement) else {
        return Html::default();
    };
    let article = index.article_of(statement);
    let in_context = ViewState::article(&article.id, Some(statement.span.start));
    let corrected = library.is_some_and(|library| {
        library
            .state
            .collection
            .correction_at(&StatementKey {
                article: article.id.clone(),
                start: statement.span.start,
                end: statement.span.end,
                actor: index.actors[statement.actor as usize].name.clone(),
            })
            .is_some()
    });
    let quote = match statement.quote {
        redlines_core::QuoteKind::Direct => "direct quote",
        redlines_core::QuoteKind::Reported => "reported",
        redlines_core::QuoteKind::Attributed => "attributed",
    };
    html! {
        <article class={classes!("statement", ctx.data.colour(statement.actor as usize), props.flag.as_ref().map(|_| "flagged"))}>
            <div class="statement-head">
                { stance_badge_html(statement.stance) }
                if props.show_actor {
                    { actor_link_html(&ctx, statement.actor as usize, None) }
                }
                <span class="quote-kind">{ quote }</span>
                if corrected {
                    <span class="badge badge-corrected">{ "corrected" }</span>
                }
                if let Some(flag) = &props.flag {
                    <span class={classes!("flag", if flag.starts_with("clash") { "flag-clash" } else { "flag-agree" })}>{ flag.clone() }</span>
                }
            </div>
            <blockquote class="evidence">
                <p>
                    { marked_text_html(index, statement.article as usize, statement.span, &props.highlights) }
                </p>
            </blockquote>
            <div class="statement-meta">
                { theme_chips_html(index, &statement.themes) }
                <span class="source">
                    { "In " }
                    { nav_anchor(&in_context, "source-link", Some("Open the article at this sentence"), html! { article.title.clone() }) }
                    if article.user_added {
                        { " " }<span class="badge badge-yours">{ "Your article" }</span>
                    }
                    if let Some(date) = &article.date {
                        <span class="date">{ format!(", {date}") }</span>
                    }
                </span>
                <span class="actions">
                    { nav_anchor(&in_context, "context-link", None, html! { "Read in context" }) }
                    <CiteButton statement={props.statement} />
                </span>
            </div>
            <CorrectControl statement={props.statement} />
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatementListProps {
    pub statements: Vec<usize>,
    #[prop_or(true)]
    pub show_actor: bool,
    /// Search matches per statement, in the same order, or empty.
    #[prop_or_default]
    pub highlights: Vec<Vec<Span>>,
    /// Statements to flag, with the flag's text.
    #[prop_or_default]
    pub flags: Vec<(usize, AttrValue)>,
}

#[function_component(StatementList)]
pub fn statement_list(props: &StatementListProps) -> Html {
    html! {
        <ul class="statement-list">
            { for props.statements.iter().enumerate().map(|(position, &statement)| {
                let flag = props.flags.iter().find(|(flagged, _)| *flagged == statement).map(|(_, text)| text.clone());
                html! {
                    <li key={statement}>
                        <StatementCard
                            {statement}
                            show_actor={props.show_actor}
                            highlights={props.highlights.get(position).cloned().unwrap_or_default()}
                            {flag}
                        />
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct CiteButtonProps {
    pub statement: usize,
}

/// Copies a citation of the statement, with a link to it in the reader.
#[function_component(CiteButton)]
pub fn cite_button(props: &CiteButtonProps) -> Html {
    let ctx = use_shared();
    let status = use_state(|| None::<bool>);
    let onclick = {
        let ctx = ctx.clone();
        let status = status.clone();
        let statement = props.statement;
        Callback::from(move |_: MouseEvent| {
            let index = ctx.index();
            let Some(s) = index.statements.get(statement) else {
                return;
            };
            let link = ViewState::article(&index.article_of(s).id, Some(s.span.start)).to_query();
            let text = format!(
                "{}\n{}{}",
                index.citation(statement),
                browser::base_url(),
                link
            );
            let status = status.clone();
            browser::copy(&text, move |copied| status.set(Some(copied)));
        })
    };
    let message = match *status {
        Some(true) => "Citation copied",
        Some(false) => "Copying was not allowed",
        None => "",
    };
    html! {
        <>
            <button type="button" class="link-button" {onclick}>{ "Cite" }</button>
            <span class="status" role="status">{ message }</span>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StanceFilterProps {
    /// How many statements each stance would give, in `Stance::ALL` order.
    pub counts: [usize; 6],
}

/// Stance choices for the current view, each with its live count; choosing
/// the current stance again clears it.
#[function_component(StanceFilter)]
pub fn stance_filter(props: &StanceFilterProps) -> Html {
    let ctx = use_ctx();
    let view = &*ctx.view;
    let total: usize = props.counts.iter().sum();
    html! {
        <div class="stance-filter" role="group" aria-label="Filter by stance">
            <Link
                to={ViewState { stance: None, ..view.clone() }}
                class="filter-chip"
                current={view.stance.is_none().then_some(AttrValue::from("true"))}
            >
                { "All" }<span class="count">{ total }</span>
            </Link>
            { for Stance::ALL.into_iter().enumerate().filter(|(slot, stance)| props.counts[*slot] > 0 || view.stance == Some(*stance)).map(|(slot, stance)| {
                let selected = view.stance == Some(stance);
                let to = ViewState { stance: if selected { None } else { Some(stance) }, ..view.clone() };
                html! {
                    <Link {to} class={classes!("filter-chip", format!("stance-chip-{}", stance.as_str()))} current={selected.then_some(AttrValue::from("true"))}>
                        { stance.as_str() }<span class="count">{ props.counts[slot] }</span>
                    </Link>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmptyProps {
    pub message: AttrValue,
    /// Where "Clear filters" goes, if filters caused the emptiness.
    #[prop_or_default]
    pub clear: Option<ViewState>,
}

#[function_component(Empty)]
pub fn empty(props: &EmptyProps) -> Html {
    html! {
        <div class="empty" role="status">
            <p>{ props.message.clone() }</p>
            if let Some(clear) = &props.clear {
                <Link to={clear.clone()} class="button">{ "Clear filters" }</Link>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub statements: Vec<usize>,
    /// The file name without extension.
    pub name: AttrValue,
}

/// Downloads the listed statements as CSV, JSON or Markdown.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let ctx = use_ctx();
    let button = |label: &'static str, extension: &'static str, mime: &'static str| {
        let ctx = ctx.clone();
        let statements = props.statements.clone();
        let filename = format!("{}.{extension}", props.name);
        let onclick = Callback::from(move |_: MouseEvent| {
            let index = ctx.index();
            let content = match extension {
                "csv" => index.export_csv(&statements),
                "json" => index.export_json(&statements),
                _ => index.export_markdown(&statements),
            };
            browser::download(&filename, mime, &content);
        });
        html! { <button type="button" class="small-button" {onclick}>{ label }</button> }
    };
    if props.statements.is_empty() {
        return Html::default();
    }
    html! {
        <div class="export" role="group" aria-label="Download these statements">
            <span class="export-label">{ "Download" }</span>
            { button("CSV", "csv", "text/csv;charset=utf-8") }
            { button("JSON", "json", "application/json") }
            { button("Markdown", "md", "text/markdown;charset=utf-8") }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MinControlProps {
    /// The id of the select, unique on the page.
    pub id: AttrValue,
}

/// How many statements an actor needs to be shown (matrix and network).
#[function_component(MinControl)]
pub fn min_control(props: &MinControlProps) -> Html {
    let ctx = use_ctx();
    let view = (*ctx.view).clone();
    let current = view.min_statements();
    let select = crate::hooks::use_select_value(current.to_string());
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let min = select.value().parse().ok();
            ctx.navigate(ViewState {
                min,
                ..view.clone()
            });
        })
    };
    html! {
        <label class="inline-control" for={props.id.clone()}>
            { "Show actors with at least " }
            <select ref={select} id={props.id.clone()} {onchange}>
                { for [1usize, 2, 3, 5, 10].into_iter().map(|value| html! {
                    <option value={value.to_string()} selected={value == current}>{ value }</option>
                }) }
            </select>
            { if current == 1 { " statement" } else { " statements" } }
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: Page,
    /// What the list holds, for the navigation's name ("statements").
    pub what: AttrValue,
}

/// "Showing 1–200 of 412" with links to the previous and next pages, which
/// keep the page number in the URL. Nothing when the list fits on one page.
#[function_component(Pager)]
pub fn pager(props: &PagerProps) -> Html {
    let ctx = use_ctx();
    let page = props.page;
    if !page.is_paged() {
        return Html::default();
    }
    let link = |number: Option<usize>, label: &'static str, rel: &'static str| match number {
        Some(number) => html! {
            <Link to={ctx.view.at_page(number)} class="button pager-link" rel={AttrValue::from(rel)}>{ label }</Link>
        },
        // A disabled link is no link: the place is kept so the other
        // button does not jump, but it is neither focusable nor announced.
        None => {
            html! { <span class="button pager-link is-disabled" aria-hidden="true">{ label }</span> }
        }
    };
    html! {
        <nav class="pager" aria-label={format!("Pages of {}", props.what)}>
            { link(page.previous(), "Previous", "prev") }
            <span class="pager-status">
                { page.describe() }
                <span class="pager-pages">{ format!(" · page {} of {}", page.number, page.pages) }</span>
            </span>
            { link(page.next(), "Next", "next") }
        </nav>
    }
}

/// "105,648": a count with thousands separators, for large corpora.
pub fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "1 statement", "3 statements".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

/// How one form control changes the chosen judgement.
type JudgementUpdate = Box<dyn Fn(&mut Judgement, &Event)>;

#[derive(Properties, PartialEq)]
pub struct CorrectProps {
    pub statement: usize,
}

/// What the index says of a statement, as the correction form shows it.
fn judgement_of(index: &redlines_core::Index, statement: usize) -> Option<Judgement> {
    let statement = index.statements.get(statement)?;
    Some(Judgement {
        actor: index.actor(statement).name.clone(),
        themes: statement
            .themes
            .iter()
            .filter_map(|&theme| index.themes.get(theme as usize))
            .map(|theme| theme.id.clone())
            .collect(),
        stance: statement.stance.as_str().to_string(),
    })
}

/// "Correct" on a statement: a small form to change its actor, themes or
/// stance, or to mark it as not a position; "Undo correction" once corrected.
#[function_component(CorrectControl)]
pub fn correct_control(props: &CorrectProps) -> Html {
    let ctx = use_shared();
    let library = use_library();
    let open = use_state(|| false);
    let chosen = use_state(|| None::<Judgement>);
    let not_position = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let index = ctx.index();
    let (Some(library), Some(statement)) = (library, index.statements.get(props.statement)) else {
        return Html::default();
    };
    let article = index.article_of(statement).id.clone();
    let (start, end) = (statement.span.start, statement.span.end);
    let key = StatementKey {
        article: article.clone(),
        start,
        end,
        actor: index.actors[statement.actor as usize].name.clone(),
    };
    let earlier = library.state.collection.correction_at(&key).cloned();
    let busy = library.state.busy.is_some();
    let toggle = {
        let (open, chosen, not_position, problem) = (
            open.clone(),
            chosen.clone(),
            not_position.clone(),
            problem.clone(),
        );
        let (ctx, number) = (ctx.clone(), props.statement);
        Callback::from(move |_: MouseEvent| {
            chosen.set(judgement_of(ctx.index(), number));
            not_position.set(false);
            problem.set(None);
            open.set(!*open);
        })
    };
    let undo = {
        let ops = library.ops.clone();
        let key = key.clone();
        Callback::from(move |_: MouseEvent| ops.undo(&key))
    };
    // The form and what it needs are built only while it is open: cards are
    // drawn by the hundred, and almost all of them stay closed.
    let form = if let (true, Some(current), Some(shown)) = (
        *open,
        (*chosen).clone(),
        judgement_of(index, props.statement),
    ) {
        let id = format!("correct-{}-{start}", crate::state::encode(&article));
        let set = |update: JudgementUpdate| {
            let chosen = chosen.clone();
            let current = current.clone();
            Callback::from(move |event: Event| {
                let mut next = current.clone();
                update(&mut next, &event);
                chosen.set(Some(next));
            })
        };
        let on_actor = set(Box::new(|next, event| {
            next.actor = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
        }));
        let on_stance = set(Box::new(|next, event| {
            next.stance = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
        }));
        let on_not_position = {
            let not_position = not_position.clone();
            Callback::from(move |event: Event| {
                not_position.set(
                    event
                        .target_unchecked_into::<web_sys::HtmlInputElement>()
                        .checked(),
                );
            })
        };
        let save = {
            let ops = library.ops.clone();
            let (open, problem, not_position) =
                (open.clone(), problem.clone(), not_position.clone());
            let (article, original, earlier, shown, current) = (
                article.clone(),
                earlier
                    .as_ref()
                    .map(|earlier| earlier.actor.clone())
                    .unwrap_or(shown.actor.clone()),
                earlier.clone(),
                shown.clone(),
                current.clone(),
            );
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                match make_correction(
                    (&article, start, end),
                    &original,
                    earlier.as_ref(),
                    &shown,
                    &current,
                    *not_position,
                ) {
                    Ok(correction) => {
                        ops.correct(correction);
                        open.set(false);
                    }
                    Err(message) => problem.set(Some(message)),
                }
            })
        };
        let mut actors: Vec<&str> = index
            .actors
            .iter()
            .map(|actor| actor.name.as_str())
            .collect();
        actors.sort_unstable();
        html! {
            <form class="correct-form" onsubmit={save} aria-label="Correct this statement">
                <label for={format!("{id}-actor")}>{ "Actor" }</label>
                <select id={format!("{id}-actor")} onchange={on_actor} disabled={*not_position}>
                    { for actors.into_iter().map(|name| html! {
                        <option value={name.to_string()} selected={name == current.actor}>{ name }</option>
                    }) }
                </select>
                <fieldset disabled={*not_position}>
                    <legend>{ "Themes (one to three)" }</legend>
                    { for index.themes.iter().map(|theme| {
                        let theme_id = theme.id.clone();
                        let on_theme = set(Box::new(move |next, event| {
                            let checked = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            next.themes.retain(|id| *id != theme_id);
                            if checked {
                                next.themes.push(theme_id.clone());
                            }
                        }));
                        html! {
                            <label class="inline-control">
                                <input type="checkbox" checked={current.themes.contains(&theme.id)} onchange={on_theme} />
                                { theme.label.clone() }
                            </label>
                        }
                    }) }
                </fieldset>
                <label for={format!("{id}-stance")}>{ "Stance" }</label>
                <select id={format!("{id}-stance")} onchange={on_stance} disabled={*not_position}>
                    { for redlines_core::Stance::ALL.into_iter().map(|stance| html! {
                        <option value={stance.as_str()} selected={stance.as_str() == current.stance}>{ stance.as_str() }</option>
                    }) }
                </select>
                <label class="inline-control">
                    <input type="checkbox" checked={*not_position} onchange={on_not_position} />
                    { "Not a position" }
                </label>
                if let Some(message) = &*problem {
                    <p class="notice notice-error" role="alert">{ message.clone() }</p>
                }
                <span>
                    <button type="submit" class="small-button" disabled={busy}>{ "Save correction" }</button>
                </span>
            </form>
        }
    } else {
        Html::default()
    };
    html! {
        <div class="correct">
            <button type="button" class="link-button" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                { if *open { "Cancel correction" } else { "Correct" } }
            </button>
            if earlier.is_some() {
                { " " }
                <button type="button" class="link-button" disabled={busy} onclick={undo}>{ "Undo correction" }</button>
            }
            { form }
        </div>
    }
}
