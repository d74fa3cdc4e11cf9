//! `Header`, the site header with the colour scheme switch and the navigation.

use yew::prelude::*;

use super::Link;
use crate::hooks::{use_color_scheme, Scheme};
use crate::state::{View, ViewState};
use crate::use_ctx;

/// The site header: name, tagline, colour scheme switch and navigation.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    let (scheme, toggle) = use_color_scheme();
    let dark = scheme == Scheme::Dark;
    let current = ctx.view.view;
    let nav = View::ALL;
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
