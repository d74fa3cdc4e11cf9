//! Hooks that tie view state to the browser: the URL (history and
//! back/forward), the colour scheme, and the frames over which a page of
//! statement cards is drawn.

use yew::prelude::*;

use crate::browser;
use crate::state::{Action, AppState, DrawnRows, HistoryMode, View, ViewState};

/// The id of every page's main heading, which receives focus after navigation
/// so screen reader and keyboard users start at the new content.
pub const MAIN_HEADING: &str = "main-heading";

/// The view state, read from the URL on load and written back to it on every
/// change: navigation pushes a history entry, in-place changes (typing a
/// search) replace it, and back/forward restore the state from the URL.
#[hook]
pub fn use_url_state() -> UseReducerHandle<AppState> {
    // Read while rendering, so natively (the build's prerender) this is the
    // empty query of a first visit to `/`: `browser` has no window there.
    let state = use_reducer(|| AppState::new(ViewState::from_query(&browser::query())));

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = browser::WindowListener::new("popstate", move || {
                dispatcher.dispatch(Action::Restore(ViewState::from_query(&browser::query())));
            });
            move || drop(listener)
        });
    }

    let previous = use_mut_ref(|| (*state.view).clone());
    use_effect_with(
        (state.view.clone(), state.history, state.arrivals),
        move |(view, history, _)| {
            let in_url = ViewState::from_query(&browser::query());
            // Compare parsed states, not strings, so an equivalent URL
            // (other parameter order, unknown parameters) is left alone.
            if in_url != **view {
                match history {
                    HistoryMode::Push => browser::push(&view.to_query()),
                    HistoryMode::Replace => browser::replace(&view.to_query()),
                    HistoryMode::Keep => {}
                }
            }
            let other_page = previous.borrow().is_other_page(view);
            // The reader moves to its marked sentence itself.
            let reader_target = view.view == View::Article && view.s.is_some();
            if other_page && *history != HistoryMode::Replace && !reader_target {
                browser::arrive_at(MAIN_HEADING);
            }
            *previous.borrow_mut() = (**view).clone();
        },
    );
    state
}

/// How many of a page's `rows` (statement numbers, in order) to draw now.
///
/// A new list is drawn in steps (`DrawnRows`): the first screenful in the
/// render that answers the click or the key, with every card of the list
/// that is on the page already, then, right after each frame is painted,
/// the next batch, until the page is whole. The view shows only the rows
/// drawn and re-renders for each step; its cards are keyed, so each step
/// only adds cards, and a card that stays in the list is never taken off.
/// The same list given again (any other render of the view) keeps what is
/// drawn. Before
/// printing, everything is drawn at once; natively (the prerender) too,
/// since there are no later frames there.
#[hook]
pub fn use_drawn_rows(rows: Vec<usize>) -> DrawnRows {
    struct Drawing {
        rows: Vec<usize>,
        drawn: DrawnRows,
        /// Counts new lists, so a step scheduled for an older one is void.
        list: u64,
    }
    let drawing = use_mut_ref(|| Drawing {
        rows: Vec::new(),
        drawn: DrawnRows::all(0),
        list: 0,
    });
    let redraw = use_force_update();
    // A new list starts in this very render, not in an effect after it: an
    // effect would draw the whole list once, then cut it, which is the cost
    // this hook exists to avoid.
    let (drawn, list) = {
        let mut drawing = drawing.borrow_mut();
        if drawing.rows != rows {
            drawing.drawn = if browser::draws_frames() {
                DrawnRows::start(&rows, &drawing.drawn.select(&drawing.rows))
            } else {
                DrawnRows::all(rows.len())
            };
            drawing.rows = rows;
            drawing.list += 1;
        }
        (drawing.drawn.clone(), drawing.list)
    };
    {
        let drawing = drawing.clone();
        let redraw = redraw.clone();
        use_effect_with((list, drawn.clone()), move |(list, drawn)| {
            let list = *list;
            let step = (!drawn.is_whole()).then(|| {
                browser::after_paint(move || {
                    let mut current = drawing.borrow_mut();
                    if current.list == list {
                        current.drawn = current.drawn.clone().next();
                        drop(current);
                        redraw.force_update();
                    }
                })
            });
            // A newer list or an unmounted view drops the step unrun.
            move || drop(step)
        });
    }
    use_effect_with((), move |_| {
        let listener = browser::WindowListener::new("beforeprint", move || {
            let mut current = drawing.borrow_mut();
            if !current.drawn.is_whole() {
                current.drawn = DrawnRows::all(current.drawn.total);
                drop(current);
                redraw.force_update();
            }
        });
        move || drop(listener)
    });
    drawn
}

/// A ref for a `<select>` whose shown choice follows `value` even when the
/// URL changes it (back and forward): Yew only sets the options' `selected`
/// attributes, which a select the user has touched may ignore.
#[hook]
pub fn use_select_value(value: String) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(value, move |value| {
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != *value {
                    select.set_value(value);
                }
            }
        });
    }
    node
}

const SCHEME_KEY: &str = "red-lines-color-scheme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    fn parse(text: &str) -> Option<Scheme> {
        match text {
            "light" => Some(Scheme::Light),
            "dark" => Some(Scheme::Dark),
            _ => None,
        }
    }
}

/// The colour scheme in effect and a callback that switches it. Without a
/// choice the system setting applies (the CSS follows prefers-color-scheme);
/// a choice is remembered in localStorage and set as `data-theme` on `<html>`.
#[hook]
pub fn use_color_scheme() -> (Scheme, Callback<()>) {
    // Read while rendering: natively (the build's prerender) there is no
    // storage or media query, so the prerender shows the light scheme's
    // button; a page that hydrates it then gets the reader's own (Yew's
    // hydration rewrites text and attributes, and the markup is the same).
    let chosen = use_state(|| {
        browser::stored(SCHEME_KEY)
            .as_deref()
            .and_then(Scheme::parse)
    });
    use_effect_with(*chosen, |chosen| {
        browser::set_root_attribute("data-theme", chosen.map(Scheme::as_str));
    });
    let effective = chosen.unwrap_or(if browser::prefers_dark() {
        Scheme::Dark
    } else {
        Scheme::Light
    });
    let toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let next = match effective {
                Scheme::Light => Scheme::Dark,
                Scheme::Dark => Scheme::Light,
            };
            browser::store(SCHEME_KEY, Some(next.as_str()));
            chosen.set(Some(next));
        })
    };
    (effective, toggle)
}
