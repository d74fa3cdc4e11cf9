//! `ActorLink`, an actor's name in its colour, linking to the actor view.

use yew::prelude::*;

use super::nav_anchor;
use crate::state::ViewState;
use crate::use_shared;

#[derive(Properties, PartialEq)]
pub struct ActorLinkProps {
    pub actor: usize,
    #[prop_or_default]
    pub count: Option<usize>,
}

/// An actor's name in its colour, linking to the actor view.
#[function_component(ActorLink)]
pub fn actor_link(props: &ActorLinkProps) -> Html {
    actor_link_html(&use_shared(), props.actor, props.count)
}

/// The link's elements, without a component (see the notes in `components`).
pub(super) fn actor_link_html(ctx: &crate::Shared, actor: usize, count: Option<usize>) -> Html {
    let Some(named) = ctx.index().actors.get(actor) else {
        return Html::default();
    };
    nav_anchor(
        &ViewState::actor(&named.slug),
        "actor-link",
        None,
        html! {
            <>
                <span class={classes!("dot", ctx.data.colour(actor))} aria-hidden="true"></span>
                { named.name.clone() }
                if let Some(count) = count {
                    <span class="count">{ count }</span>
                }
            </>
        },
    )
}
