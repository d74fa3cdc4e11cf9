//! `StatementCard`, one statement with its evidence sentence, themes and source.

use redlines_core::corrections::StatementKey;
use redlines_core::Span;
use yew::prelude::*;

use super::actor_link::actor_link_html;
use super::marked_text::marked_text_html;
use super::nav_anchor;
use super::stance_badge::stance_badge_html;
use super::theme_chips::theme_chips_html;
use super::{CiteButton, CorrectControl};
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
