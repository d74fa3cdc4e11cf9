//! `ThemeChips`, a statement's themes as links to the theme view.

use yew::prelude::*;

use super::nav_anchor;
use crate::state::ViewState;
use crate::use_shared;

#[derive(Properties, PartialEq)]
pub struct ThemeChipsProps {
    pub themes: Vec<u8>,
}

/// A statement's themes as links to the theme view.
#[function_component(ThemeChips)]
pub fn theme_chips(props: &ThemeChipsProps) -> Html {
    theme_chips_html(use_shared().index(), &props.themes)
}

/// The chips' elements, without a component (see the notes in `components`).
pub(super) fn theme_chips_html(index: &redlines_core::Index, themes: &[u8]) -> Html {
    html! {
        <ul class="chips" aria-label="Themes">
            { for themes.iter().filter_map(|&theme| index.themes.get(theme as usize)).map(|theme| html! {
                <li>{ nav_anchor(&ViewState::theme(&theme.id), "chip", None, html! { theme.label.clone() }) }</li>
            }) }
        </ul>
    }
}
