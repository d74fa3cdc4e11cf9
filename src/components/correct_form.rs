//! `CorrectForm`, the form that corrects a statement's actor, themes or stance.

use redlines_core::corrections::StatementKey;
use yew::prelude::*;

use crate::collection::use_library;
use crate::library::{make_correction, Judgement};
use crate::use_shared;

/// How one form control changes the chosen judgement.
type JudgementUpdate = Box<dyn Fn(&mut Judgement, &Event)>;

#[derive(Properties, PartialEq)]
pub struct CorrectProps {
    pub statement: usize,
    /// Called when the correction is saved, to close the form.
    pub close: Callback<()>,
}

/// What the index says of a statement, as the correction form shows it.
fn judgement_of(index: &redlines_core::Index, statement: usize) -> Option<Judgement> {
    let statement = index.statements.get(statement)?;
    Some(Judgement {
        actor: index.actor(statement).name.clone(),
        themes: statement
            .themes
            .iter()
            .filter_map(|&theme| index.themes.get(theme as usize))
            .map(|theme| theme.id.clone())
            .collect(),
        stance: statement.stance.as_str().to_string(),
    })
}

/// The form behind a statement card's "Correct": change the statement's
/// actor, themes or stance, or mark it as not a position. The card mounts it
/// only while it is open, so it starts from what the index says each time.
#[function_component(CorrectForm)]
pub fn correct_form(props: &CorrectProps) -> Html {
    let ctx = use_shared();
    let library = use_library();
    let index = ctx.index();
    let chosen = use_state(|| judgement_of(index, props.statement));
    let not_position = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let (Some(library), Some(statement), Some(current), Some(shown)) = (
        library,
        index.statements.get(props.statement),
        (*chosen).clone(),
        judgement_of(index, props.statement),
    ) else {
        return Html::default();
    };
    let article = index.article_of(statement).id.clone();
    let (start, end) = (statement.span.start, statement.span.end);
    let key = StatementKey {
        article: article.clone(),
        start,
        end,
        actor: index.actors[statement.actor as usize].name.clone(),
    };
    let earlier = library.state.collection.correction_at(&key).cloned();
    let busy = library.state.busy.is_some();
    let id = format!("correct-{}-{start}", crate::state::encode(&article));
    let set = |update: JudgementUpdate| {
        let chosen = chosen.clone();
        let current = current.clone();
        Callback::from(move |event: Event| {
            let mut next = current.clone();
            update(&mut next, &event);
            chosen.set(Some(next));
        })
    };
    let on_actor = set(Box::new(|next, event| {
        next.actor = event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
    }));
    let on_stance = set(Box::new(|next, event| {
        next.stance = event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
    }));
    let on_not_position = {
        let not_position = not_position.clone();
        Callback::from(move |event: Event| {
            not_position.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
        })
    };
    let save = {
        let ops = library.ops.clone();
        let close = props.close.clone();
        let (problem, not_position) = (problem.clone(), not_position.clone());
        let (article, original, earlier, shown, current) = (
            article.clone(),
            earlier
                .as_ref()
                .map(|earlier| earlier.actor.clone())
                .unwrap_or(shown.actor.clone()),
            earlier.clone(),
            shown.clone(),
            current.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match make_correction(
                (&article, start, end),
                &original,
                earlier.as_ref(),
                &shown,
                &current,
                *not_position,
            ) {
                Ok(correction) => {
                    ops.correct(correction);
                    close.emit(());
                }
                Err(message) => problem.set(Some(message)),
            }
        })
    };
    let mut actors: Vec<&str> = index
        .actors
        .iter()
        .map(|actor| actor.name.as_str())
        .collect();
    actors.sort_unstable();
    html! {
        <form class="correct-form" onsubmit={save} aria-label="Correct this statement">
            <label for={format!("{id}-actor")}>{ "Actor" }</label>
            <select id={format!("{id}-actor")} onchange={on_actor} disabled={*not_position}>
                { for actors.into_iter().map(|name| html! {
                    <option value={name.to_string()} selected={name == current.actor}>{ name }</option>
                }) }
            </select>
            <fieldset disabled={*not_position}>
                <legend>{ "Themes (one to three)" }</legend>
                { for index.themes.iter().map(|theme| {
                    let theme_id = theme.id.clone();
                    let on_theme = set(Box::new(move |next, event| {
                        let checked = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        next.themes.retain(|id| *id != theme_id);
                        if checked {
                            next.themes.push(theme_id.clone());
                        }
                    }));
                    html! {
                        <label class="inline-control">
                            <input type="checkbox" checked={current.themes.contains(&theme.id)} onchange={on_theme} />
                            { theme.label.clone() }
                        </label>
                    }
                }) }
            </fieldset>
            <label for={format!("{id}-stance")}>{ "Stance" }</label>
            <select id={format!("{id}-stance")} onchange={on_stance} disabled={*not_position}>
                { for redlines_core::Stance::ALL.into_iter().map(|stance| html! {
                    <option value={stance.as_str()} selected={stance.as_str() == current.stance}>{ stance.as_str() }</option>
                }) }
            </select>
            <label class="inline-control">
                <input type="checkbox" checked={*not_position} onchange={on_not_position} />
                { "Not a position" }
            </label>
            if let Some(message) = &*problem {
                <p class="notice notice-error" role="alert">{ message.clone() }</p>
            }
            <span>
                <button type="submit" class="small-button" disabled={busy}>{ "Save correction" }</button>
            </span>
        </form>
    }
}
