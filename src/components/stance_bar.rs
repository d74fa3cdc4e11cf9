//! `StanceBar`, an actor's or theme's stance mix as a small stacked bar.

use redlines_core::query::StanceMix;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StanceBarProps {
    pub mix: StanceMix,
}

/// How many widths a stance bar's segments come in: each segment gets a
/// `share-N` class, because the Content-Security-Policy forbids inline styles.
pub(super) const BAR_PARTS: usize = 20;

/// The stance mix as a small stacked bar, with the counts as its text
/// alternative.
#[function_component(StanceBar)]
pub fn stance_bar(props: &StanceBarProps) -> Html {
    let description = props.mix.describe();
    html! {
        <span class="stance-bar" role="img" aria-label={description.clone()} title={description}>
            { for props.mix.shares(BAR_PARTS).into_iter().map(|(stance, share)| html! {
                <span class={classes!("stance-segment", format!("stance-bg-{}", stance.as_str()), format!("share-{share}"))}></span>
            }) }
        </span>
    }
}
