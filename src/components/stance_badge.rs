//! `stance_badge_html`, a stance as a coloured word.

use redlines_core::Stance;
use yew::prelude::*;

/// A stance as a coloured word; the word carries the meaning, the colour
/// helps. A function rather than a component (see the notes in `components`).
pub fn stance_badge_html(stance: Stance) -> Html {
    let name = stance.as_str();
    html! { <span class={classes!("badge", format!("stance-{name}"))}>{ name }</span> }
}
