//! `StanceLegend`, the colour key for stances under the matrix and the network.

use redlines_core::Stance;
use yew::prelude::*;

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
