//! `StatementList`, statement cards in a list, with highlights and flags.

use redlines_core::Span;
use yew::prelude::*;

use super::StatementCard;

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
