//! The navigation reducer: `AppState`, the `Action`s that change the view,
//! and what each change does with the browser history.

use std::rc::Rc;

use yew::Reducible;

use super::ViewState;

/// What the reducer does with the browser history after a change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryMode {
    /// Nothing: the first render, or back/forward already moved the URL.
    #[default]
    Keep,
    /// A new history entry, so back returns to the previous view.
    Push,
    /// The current entry changes, as while typing a search.
    Replace,
}

/// Changes to the view state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Go to another view or filter: a new history entry.
    Navigate(ViewState),
    /// Change the state in place, without a history entry.
    Replace(ViewState),
    /// Back or forward: the URL already shows this state.
    Restore(ViewState),
    /// The same view with its names made canonical ([`ViewState::canonical`]):
    /// the URL is rewritten in place and the page number kept.
    Canonical(ViewState),
}

/// The reducer's state: the view and how the last change meets the history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub view: Rc<ViewState>,
    pub history: HistoryMode,
    /// Counts arrivals (navigation and back/forward, not in-place changes),
    /// so the reader knows when to scroll to the marked sentence.
    pub arrivals: u32,
}

impl AppState {
    pub fn new(view: ViewState) -> AppState {
        AppState {
            view: Rc::new(view),
            history: HistoryMode::Keep,
            arrivals: 1,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let same_list = matches!(action, Action::Canonical(_));
        let (view, history) = match action {
            Action::Navigate(view) => (view, HistoryMode::Push),
            Action::Replace(view) | Action::Canonical(view) => (view, HistoryMode::Replace),
            Action::Restore(view) => (view, HistoryMode::Keep),
        };
        if *self.view == view {
            return self;
        }
        // A page number belongs to one list: a new filter, query or view
        // makes a new list, which starts at its first page. Back and forward
        // keep the page the URL names.
        let mut view = view;
        let other_list = ViewState {
            page: None,
            ..view.clone()
        } != ViewState {
            page: None,
            ..(*self.view).clone()
        };
        if history != HistoryMode::Keep && !same_list && other_list && view.page == self.view.page {
            view.page = None;
        }
        let arrivals = match history {
            HistoryMode::Replace => self.arrivals,
            _ => self.arrivals.wrapping_add(1),
        };
        Rc::new(AppState {
            view: Rc::new(view),
            history,
            arrivals,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use redlines_core::Stance;

    #[test]
    fn the_page_is_in_the_url_and_a_new_list_starts_at_one() {
        let search = ViewState::search("nato").at_page(3);
        assert_eq!(search.to_query(), "?view=search&q=nato&page=3");
        assert_eq!(ViewState::from_query("?view=search&q=nato&page=3"), search);
        assert_eq!(ViewState::from_query("?view=search&page=1").page, None);
        assert_eq!(ViewState::from_query("?view=search&page=x").page, None);
        assert_eq!(search.at_page(1).page, None);
        assert!(search.is_other_page(&search.at_page(2)));

        let start = Rc::new(AppState::new(search.clone()));
        let next = start.clone().reduce(Action::Navigate(search.at_page(4)));
        assert_eq!(next.view.page, Some(4));
        let filtered = next.clone().reduce(Action::Navigate(ViewState {
            stance: Some(Stance::Reject),
            ..search.at_page(4)
        }));
        assert_eq!(filtered.view.page, None);
        let typed = next.clone().reduce(Action::Replace(ViewState {
            q: "nato guarantees".into(),
            ..search.at_page(4)
        }));
        assert_eq!(typed.view.page, None);
        let back = filtered.reduce(Action::Restore(search.clone()));
        assert_eq!(back.view.page, Some(3));
    }

    #[test]
    fn navigation_pushes_typing_replaces_and_no_change_is_kept() {
        let start = Rc::new(AppState::new(ViewState::default()));
        let next = start
            .clone()
            .reduce(Action::Navigate(ViewState::actor("x")));
        assert_eq!(next.history, HistoryMode::Push);
        assert_eq!(next.arrivals, 2);
        let typed = next
            .clone()
            .reduce(Action::Replace(ViewState::search("nat")));
        assert_eq!(typed.history, HistoryMode::Replace);
        assert_eq!(typed.arrivals, 2);
        let same = typed
            .clone()
            .reduce(Action::Navigate(ViewState::search("nat")));
        assert!(Rc::ptr_eq(&same, &typed));
        let back = typed.reduce(Action::Restore(ViewState::default()));
        assert_eq!(back.history, HistoryMode::Keep);
    }
}
