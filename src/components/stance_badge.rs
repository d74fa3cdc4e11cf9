//! `StanceBadge`, a stance as a coloured word.

use redlines_core::Stance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StanceBadgeProps {
    pub stance: Stance,
}

/// A stance as a coloured word; the word carries the meaning, the colour helps.
#[function_component(StanceBadge)]
pub fn stance_badge(props: &StanceBadgeProps) -> Html {
    stance_badge_html(props.stance)
}

/// The badge's elements, without a component (see the notes in `components`).
pub(super) fn stance_badge_html(stance: Stance) -> Html {
    let name = stance.as_str();
    html! { <span class={classes!("badge", format!("stance-{name}"))}>{ name }</span> }
}
