//! `theme_chips_html`, a statement's themes as links to the theme view.

use yew::prelude::*;

use super::nav_anchor;
use crate::state::ViewState;

/// A statement's themes as links to the theme view. A function rather than
/// a component (see the notes in `components`).
pub fn theme_chips_html(index: &redlines_core::Index, themes: &[u8]) -> Html {
    html! {
        <ul class="chips" aria-label="Themes">
            { for themes.iter().filter_map(|&theme| index.themes.get(theme as usize)).map(|theme| html! {
                <li>{ nav_anchor(&ViewState::theme(&theme.id), "chip", None, html! { theme.label.clone() }) }</li>
            }) }
        </ul>
    }
}
