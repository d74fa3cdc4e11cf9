//! `StanceFilter`, the stance choices of a view with their live counts.

use redlines_core::Stance;
use yew::prelude::*;

use super::Link;
use crate::state::ViewState;
use crate::use_ctx;

#[derive(Properties, PartialEq)]
pub struct StanceFilterProps {
    /// How many statements each stance would give, in `Stance::ALL` order.
    pub counts: [usize; 6],
}

/// Stance choices for the current view, each with its live count; choosing
/// the current stance again clears it.
#[function_component(StanceFilter)]
pub fn stance_filter(props: &StanceFilterProps) -> Html {
    let ctx = use_ctx();
    let view = &*ctx.view;
    let total: usize = props.counts.iter().sum();
    html! {
        <div class="stance-filter" role="group" aria-label="Filter by stance">
            <Link
                to={ViewState { stance: None, ..view.clone() }}
                class="filter-chip"
                current={view.stance.is_none().then_some(AttrValue::from("true"))}
            >
                { "All" }<span class="count">{ total }</span>
            </Link>
            { for Stance::ALL.into_iter().enumerate().filter(|(slot, stance)| props.counts[*slot] > 0 || view.stance == Some(*stance)).map(|(slot, stance)| {
                let selected = view.stance == Some(stance);
                let to = ViewState { stance: if selected { None } else { Some(stance) }, ..view.clone() };
                html! {
                    <Link {to} class={classes!("filter-chip", format!("stance-chip-{}", stance.as_str()))} current={selected.then_some(AttrValue::from("true"))}>
                        { stance.as_str() }<span class="count">{ props.counts[slot] }</span>
                    </Link>
                }
            }) }
        </div>
    }
}
