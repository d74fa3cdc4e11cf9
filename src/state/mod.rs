//! View state: plain data that round-trips through the URL query string, the
//! actions that change it, and the reducers.
//!
//! Every piece of view state lives in the query string, so a link, a reload
//! or the back button always shows the same view. Nothing here touches the
//! browser; `hooks.rs` connects the reducer to the history API.
//!
//! `route` holds the views and their parameters and reads and writes the
//! query string; `page` cuts long lists into pages, and `drawn` says how
//! much of a page is drawn yet (a page of cards is drawn over a few frames);
//! `app`, `library` and `chunks` are the reducers of navigation, the user's
//! collection and the loading of a chunked index. Everything is re-exported
//! here.

mod app;
mod chunks;
mod drawn;
mod library;
mod page;
mod route;

pub use app::{Action, AppState, HistoryMode};
pub use chunks::{ChunkLoad, LoadAction};
pub use drawn::DrawnRows;
pub use library::{LibraryAction, LibraryState, Notice};
pub use page::{Page, PAGE_SIZE};
pub use route::{decode, encode, Facet, View, ViewState, DEFAULT_MIN_STATEMENTS};
