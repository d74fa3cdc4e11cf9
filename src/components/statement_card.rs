//! `StatementCard`, one statement with its evidence sentence, themes and source.

use redlines_core::corrections::StatementKey;
use redlines_core::Span;
use yew::prelude::*;

use super::cite_button::cite_html;
use super::marked_text::marked_text_html;
use super::nav_anchor;
use super::stance_badge::stance_badge_html;
use super::theme_chips::theme_chips_html;
use super::CorrectForm;
use crate::collection::use_library;
use crate::state::ViewState;
use crate::use_shared;

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
///
/// A facet change creates a hundred cards at once, so a card is one
/// component with as few elements as what it shows needs: the actor's dot is
/// drawn by the stylesheet, the date is text of the source line, and "Cite"
/// and "Correct" are the card's own buttons rather than components of their
/// own. The correction form is a component mounted only while it is open.
#[function_component(StatementCard)]
pub fn statement_card(props: &StatementCardProps) -> Html {
    let ctx = use_shared();
    let library = use_library();
    let cited = use_state(|| None::<bool>);
    let correcting = use_state(|| false);
    let index = ctx.index();
    let Some(statement) = index.statements.get(props.statement) else {
        return Html::default();
    };
    let article = index.article_of(statement);
    let in_context = ViewState::article(&article.id, Some(statement.span.start));
    let key = || StatementKey {
        article: article.id.clone(),
        start: statement.span.start,
        end: statement.span.end,
        actor: index.actors[statement.actor as usize].name.clone(),
    };
    let corrected = library
        .as_ref()
        .is_some_and(|library| library.state.collection.correction_at(&key()).is_some());
    let quote = match statement.quote {
        redlines_core::QuoteKind::Direct => "direct quote",
        redlines_core::QuoteKind::Reported => "reported",
        redlines_core::QuoteKind::Attributed => "attributed",
    };
    let correct = library.map(|library| {
        let toggle = {
            let correcting = correcting.clone();
            Callback::from(move |_: MouseEvent| correcting.set(!*correcting))
        };
        let close = {
            let correcting = correcting.clone();
            Callback::from(move |()| correcting.set(false))
        };
        let busy = library.state.busy.is_some();
        let undo = {
            let ops = library.ops.clone();
            let key = key();
            Callback::from(move |_: MouseEvent| ops.undo(&key))
        };
        // No wrapper of their own: the button after the card's last block
        // sits on a line of its own all the same, and a card is drawn by the
        // hundred, so an element less in each counts.
        html! {
            <>
                <button type="button" class="link-button" aria-expanded={if *correcting { "true" } else { "false" }} onclick={toggle}>
                    { if *correcting { "Cancel correction" } else { "Correct" } }
                </button>
                if corrected {
                    { " " }
                    <button type="button" class="link-button" disabled={busy} onclick={undo}>{ "Undo correction" }</button>
                }
                if *correcting {
                    <CorrectForm statement={props.statement} {close} />
                }
            </>
        }
    });
    let source = match &article.date {
        Some(date) => format!(", {date}"),
        None => String::new(),
    };
    html! {
        <article class={classes!("statement", ctx.data.colour(statement.actor as usize), props.flag.as_ref().map(|_| "flagged"))}>
            <div class="statement-head">
                { stance_badge_html(statement.stance) }
                if props.show_actor {
                    { nav_anchor(&ViewState::actor(&index.actors[statement.actor as usize].slug), "actor-link with-dot", None, html! { index.actors[statement.actor as usize].name.clone() }) }
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
                { marked_text_html(index, statement.article as usize, statement.span, &props.highlights) }
            </blockquote>
            <div class="statement-meta">
                { theme_chips_html(index, &statement.themes) }
                <span class="source">
                    { "In " }
                    { nav_anchor(&in_context, "source-link", Some("Open the article at this sentence"), html! { article.title.clone() }) }
                    if article.user_added {
                        { " " }<span class="badge badge-yours">{ "Your article" }</span>
                    }
                    { source }
                </span>
                { nav_anchor(&in_context, "context-link", None, html! { "Read in context" }) }
                { cite_html(&ctx, props.statement, &cited) }
            </div>
            { correct.unwrap_or_default() }
        </article>
    }
}
