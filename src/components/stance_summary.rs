//! `StanceSummary`, the stance mix as a bar with its counts written out.

use yew::prelude::*;

use super::stance_bar::{StanceBarProps, BAR_PARTS};

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
