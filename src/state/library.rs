//! The library reducer: the user's collection as the page shows it, the work
//! under way and the notices of the last piece of work.

use std::rc::Rc;

use yew::Reducible;

/// A message for the user about their collection: an error names the file
/// and the reason, and is announced as an alert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

impl Notice {
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            error: true,
            text: text.into(),
        }
    }

    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            error: false,
            text: text.into(),
        }
    }
}

/// The user's collection as the page shows it: what is saved, whether work
/// is under way, and the messages of the last piece of work.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryState {
    pub collection: Rc<crate::library::Collection>,
    /// What the page is doing now (reading, indexing, saving), if anything.
    pub busy: Option<String>,
    pub notices: Vec<Notice>,
}

/// Changes to the library state.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// Work started or moved on; earlier messages are cleared at the start.
    Busy(String),
    /// Work ended: the collection now saved, if it changed, and messages.
    Finished {
        collection: Option<Rc<crate::library::Collection>>,
        notices: Vec<Notice>,
    },
}

impl Default for LibraryState {
    /// The page starts busy: the saved collection is read first, and
    /// nothing can be imported until it has been.
    fn default() -> Self {
        LibraryState {
            collection: Rc::default(),
            busy: Some("Loading your saved articles".to_string()),
            notices: Vec::new(),
        }
    }
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Busy(text) => {
                if next.busy.is_none() {
                    next.notices.clear();
                }
                next.busy = Some(text);
            }
            LibraryAction::Finished {
                collection,
                notices,
            } => {
                next.busy = None;
                next.notices = notices;
                if let Some(collection) = collection {
                    next.collection = collection;
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::View;

    #[test]
    fn library_work_clears_old_messages_and_a_failure_keeps_the_collection() {
        use crate::library::{Collection, UserArticle};
        let saved = Rc::new(Collection {
            articles: vec![UserArticle {
                name: "a.txt".into(),
                text: "A.".into(),
                note: None,
            }],
            corrections: Vec::new(),
        });
        let state = Rc::new(LibraryState::default()).reduce(LibraryAction::Finished {
            collection: Some(saved.clone()),
            notices: vec![Notice::info("Added a.txt.")],
        });
        assert_eq!(state.busy, None);
        let busy = state.reduce(LibraryAction::Busy("Reading 1 of 1".into()));
        assert!(busy.notices.is_empty());
        let busy = busy.reduce(LibraryAction::Busy("Indexing 6 articles".into()));
        assert_eq!(busy.busy.as_deref(), Some("Indexing 6 articles"));
        let failed = busy.reduce(LibraryAction::Finished {
            collection: None,
            notices: vec![Notice::error("b.png is not text.")],
        });
        assert_eq!(failed.busy, None);
        assert_eq!(failed.collection, saved);
        assert_eq!(failed.notices, vec![Notice::error("b.png is not text.")]);
        assert_eq!(View::parse("import"), Some(View::Import));
    }
}
