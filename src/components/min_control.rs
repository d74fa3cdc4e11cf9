//! `MinControl`, the least number of statements an actor needs to be shown.

use yew::prelude::*;

use crate::state::ViewState;
use crate::use_ctx;

#[derive(Properties, PartialEq)]
pub struct MinControlProps {
    /// The id of the select, unique on the page.
    pub id: AttrValue,
}

/// How many statements an actor needs to be shown (matrix and network).
#[function_component(MinControl)]
pub fn min_control(props: &MinControlProps) -> Html {
    let ctx = use_ctx();
    let view = (*ctx.view).clone();
    let current = view.min_statements();
    let select = crate::hooks::use_select_value(current.to_string());
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let min = select.value().parse().ok();
            ctx.navigate(ViewState {
                min,
                ..view.clone()
            });
        })
    };
    html! {
        <label class="inline-control" for={props.id.clone()}>
            { "Show actors with at least " }
            <select ref={select} id={props.id.clone()} {onchange}>
                { for [1usize, 2, 3, 5, 10].into_iter().map(|value| html! {
                    <option value={value.to_string()} selected={value == current}>{ value }</option>
                }) }
            </select>
            { if current == 1 { " statement" } else { " statements" } }
        </label>
    }
}
