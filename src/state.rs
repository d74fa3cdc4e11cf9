//! View state: plain data that round-trips through the URL query string, the
//! actions that change it, and the reducer.
//!
//! Every piece of view state lives in the query string, so a link, a reload
//! or the back button always shows the same view. Nothing here touches the
//! browser; `hooks.rs` connects the reducer to the history API.

use std::rc::Rc;

use redlines_core::{Filter, Index, QuoteKind, Stance};
use yew::Reducible;

/// The facets a list of statements can be narrowed by, each a URL parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Actor,
    Theme,
    Stance,
    Article,
    Quote,
}

/// The views of the explorer, named as in the `view` URL parameter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Actor,
    Theme,
    Compare,
    Article,
    Search,
    Timeline,
    Network,
    Import,
}

impl View {
    pub const ALL: [View; 9] = [
        View::Overview,
        View::Actor,
        View::Theme,
        View::Compare,
        View::Article,
        View::Search,
        View::Timeline,
        View::Network,
        View::Import,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Actor => "actor",
            View::Theme => "theme",
            View::Compare => "compare",
            View::Article => "article",
            View::Search => "search",
            View::Timeline => "timeline",
            View::Network => "network",
            View::Import => "import",
        }
    }

    pub fn parse(text: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.as_str() == text)
    }

    /// The name in the navigation bar.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Actor => "Actors",
            View::Theme => "Themes",
            View::Compare => "Compare",
            View::Article => "Articles",
            View::Search => "Search",
            View::Timeline => "Timeline",
            View::Network => "Network",
            View::Import => "Import",
        }
    }
}

/// How many statements an actor needs to get a row in the matrix and the
/// network unless the URL says otherwise.
pub const DEFAULT_MIN_STATEMENTS: u32 = 2;

/// Everything a view shows, as read from and written to the query string.
/// Unknown slugs stay as they are, so the view can say what was not found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// An actor slug: the actor of the actor view, or a facet.
    pub actor: Option<String>,
    /// A theme id: the theme of the theme view, or a facet.
    pub theme: Option<String>,
    /// The two actors of the compare view.
    pub a: Option<String>,
    pub b: Option<String>,
    /// An article id: the article of the reader, or a facet.
    pub article: Option<String>,
    pub stance: Option<Stance>,
    pub quote: Option<QuoteKind>,
    /// The search text.
    pub q: String,
    /// A byte offset in the article: the reader marks the sentence there.
    pub s: Option<u32>,
    /// The fewest statements an actor needs to be shown in the matrix.
    pub min: Option<u32>,
    /// Whether people are grouped under the institution they speak for.
    pub group: bool,
    /// The page of a long list, counted from 1; `None` is the first page.
    pub page: Option<u32>,
}

impl ViewState {
    pub fn of(view: View) -> ViewState {
        ViewState {
            view,
            ..ViewState::default()
        }
    }

    pub fn actor(slug: &str) -> ViewState {
        ViewState {
            actor: Some(slug.to_string()),
            ..ViewState::of(View::Actor)
        }
    }

    pub fn theme(id: &str) -> ViewState {
        ViewState {
            theme: Some(id.to_string()),
            ..ViewState::of(View::Theme)
        }
    }

    /// The reader at an article, marking the sentence at `offset` if given.
    pub fn article(id: &str, offset: Option<u32>) -> ViewState {
        ViewState {
            article: Some(id.to_string()),
            s: offset,
            ..ViewState::of(View::Article)
        }
    }

    pub fn compare(a: Option<&str>, b: Option<&str>) -> ViewState {
        ViewState {
            a: a.map(str::to_string),
            b: b.map(str::to_string),
            ..ViewState::of(View::Compare)
        }
    }

    /// The search view for a query, without facets.
    pub fn search(query: &str) -> ViewState {
        ViewState {
            q: query.to_string(),
            ..ViewState::of(View::Search)
        }
    }

    pub fn min_statements(&self) -> usize {
        self.min.unwrap_or(DEFAULT_MIN_STATEMENTS) as usize
    }

    /// Reads a query string ("?view=actor&actor=x", with or without the "?").
    /// Unknown parameters and unreadable values are ignored.
    pub fn from_query(query: &str) -> ViewState {
        let mut state = ViewState::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let text = || Some(value.clone()).filter(|value| !value.is_empty());
            match decode(name).as_str() {
                "view" => state.view = View::parse(&value).unwrap_or_default(),
                "actor" => state.actor = text(),
                "theme" => state.theme = text(),
                "a" => state.a = text(),
                "b" => state.b = text(),
                "article" => state.article = text(),
                "stance" => state.stance = Stance::parse(&value),
                "quote" => state.quote = QuoteKind::parse(&value),
                "q" => state.q = value,
                "s" => state.s = value.parse().ok(),
                "min" => state.min = value.parse().ok(),
                "group" => state.group = value == "1",
                "page" => state.page = value.parse().ok().filter(|&page| page > 1),
                _ => {}
            }
        }
        state
    }

    /// The query string for this state, starting with "?view=", so it can be
    /// used as a relative link under any path.
    pub fn to_query(&self) -> String {
        let mut out = format!("?view={}", self.view.as_str());
        let mut add = |name: &str, value: &str| {
            out.push('&');
            out.push_str(name);
            out.push('=');
            out.push_str(&encode(value));
        };
        let optional = [
            ("actor", &self.actor),
            ("theme", &self.theme),
            ("a", &self.a),
            ("b", &self.b),
            ("article", &self.article),
        ];
        for (name, value) in optional {
            if let Some(value) = value {
                add(name, value);
            }
        }
        if let Some(stance) = self.stance {
            add("stance", stance.as_str());
        }
        if let Some(quote) = self.quote {
            add("quote", quote.as_str());
        }
        if !self.q.is_empty() {
            add("q", &self.q);
        }
        if let Some(s) = self.s {
            add("s", &s.to_string());
        }
        if let Some(min) = self.min {
            add("min", &min.to_string());
        }
        if self.group {
            add("group", "1");
        }
        if let Some(page) = self.page.filter(|&page| page > 1) {
            add("page", &page.to_string());
        }
        out
    }

    /// This state with every actor, theme and article named by its canonical
    /// slug or id, where the URL named it another way the index still finds
    /// ("?actor=putin" becomes "?actor=vladimir-putin"). Names the index does
    /// not know stay as they are, so their views can say so.
    pub fn canonical(&self, index: &Index) -> ViewState {
        let actor = |wanted: &Option<String>| {
            wanted.as_ref().map(|slug| {
                index
                    .find_actor(slug)
                    .map_or_else(|| slug.clone(), |i| index.actors[i].slug.clone())
            })
        };
        ViewState {
            actor: actor(&self.actor),
            a: actor(&self.a),
            b: actor(&self.b),
            theme: self.theme.as_ref().map(|id| {
                index
                    .find_theme(id)
                    .map_or_else(|| id.clone(), |i| index.themes[i].id.clone())
            }),
            article: self.article.as_ref().map(|id| {
                index
                    .find_article(id)
                    .map_or_else(|| id.clone(), |i| index.articles[i].id.clone())
            }),
            ..self.clone()
        }
    }

    /// The statement filter of the facets in this state; slugs the index
    /// does not know leave their facet open.
    pub fn filter(&self, index: &Index) -> Filter {
        Filter {
            actor: self
                .actor
                .as_deref()
                .and_then(|slug| index.find_actor(slug)),
            theme: self.theme.as_deref().and_then(|id| index.find_theme(id)),
            stance: self.stance,
            article: self
                .article
                .as_deref()
                .and_then(|id| index.find_article(id)),
            quote: self.quote,
        }
    }

    /// Whether any statement facet is set.
    pub fn has_facets(&self) -> bool {
        self.actor.is_some()
            || self.theme.is_some()
            || self.stance.is_some()
            || self.article.is_some()
            || self.quote.is_some()
    }

    /// The same view without any facet (the search text stays).
    pub fn without_facets(&self) -> ViewState {
        ViewState {
            actor: None,
            theme: None,
            stance: None,
            article: None,
            quote: None,
            ..self.clone()
        }
    }

    /// Whether two states show a different page (not just other filters),
    /// which is when focus moves to the new page's heading. Another page of
    /// a long list counts too: "Next" at the bottom of a list should land
    /// at the top of the next page, not at the bottom of it.
    pub fn is_other_page(&self, other: &ViewState) -> bool {
        let page = |state: &ViewState| match state.view {
            View::Actor => (state.view, state.actor.clone(), None),
            View::Theme => (state.view, state.theme.clone(), None),
            View::Article => (state.view, state.article.clone(), None),
            View::Compare => (state.view, state.a.clone(), state.b.clone()),
            view => (view, None, None),
        };
        page(self) != page(other) || self.page_number() != other.page_number()
    }

    /// The page of a long list asked for, counted from 1.
    pub fn page_number(&self) -> usize {
        self.page.map_or(1, |page| page.max(1) as usize)
    }

    /// The same view with `value` of `facet` chosen, or let go if it was the
    /// chosen one (a value that does not parse lets the facet go).
    pub fn toggled(&self, facet: Facet, value: &str) -> ViewState {
        fn flip<T: PartialEq>(current: &Option<T>, value: Option<T>) -> Option<T> {
            if current == &value {
                None
            } else {
                value
            }
        }
        let mut next = self.clone();
        match facet {
            Facet::Actor => next.actor = flip(&self.actor, Some(value.to_string())),
            Facet::Theme => next.theme = flip(&self.theme, Some(value.to_string())),
            Facet::Article => next.article = flip(&self.article, Some(value.to_string())),
            Facet::Stance => next.stance = flip(&self.stance, Stance::parse(value)),
            Facet::Quote => next.quote = flip(&self.quote, QuoteKind::parse(value)),
        }
        next
    }

    /// The same state at another page of its list.
    pub fn at_page(&self, number: usize) -> ViewState {
        ViewState {
            page: u32::try_from(number).ok().filter(|&page| page > 1),
            ..self.clone()
        }
    }
}

/// How many rows a long list shows at once: enough to scroll through, few
/// enough that a page renders and updates without a noticeable pause.
pub const PAGE_SIZE: usize = 200;

/// One page of a list of `total` rows: rows `start..end`, page `number` of
/// `pages` (both counted from 1). An empty list has one, empty, page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub number: usize,
    pub pages: usize,
    pub start: usize,
    pub end: usize,
    pub total: usize,
}

impl Page {
    /// The page `requested` (from 1) of `total` rows, `size` to a page; a
    /// number past the end gives the last page, so a stale link still shows
    /// rows.
    pub fn of(total: usize, requested: usize, size: usize) -> Page {
        let size = size.max(1);
        let pages = total.div_ceil(size).max(1);
        let number = requested.clamp(1, pages);
        let start = (number - 1) * size;
        Page {
            number,
            pages,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// Whether the list needs more than one page.
    pub fn is_paged(&self) -> bool {
        self.pages > 1
    }

    pub fn previous(&self) -> Option<usize> {
        (self.number > 1).then(|| self.number - 1)
    }

    pub fn next(&self) -> Option<usize> {
        (self.number < self.pages).then(|| self.number + 1)
    }

    /// "Showing 201–400 of 412".
    pub fn describe(&self) -> String {
        if self.total == 0 {
            return "Showing 0 of 0".to_string();
        }
        format!(
            "Showing {}\u{2013}{} of {}",
            self.start + 1,
            self.end,
            self.total
        )
    }

    /// This page's rows of a list cut into groups (statements under themes
    /// or actors), keeping each group's key over its rows on the page and
    /// leaving out groups with none. Rows are counted across the groups in
    /// order, so the pages of the groups are the pages of the whole list.
    pub fn of_groups<K: Clone>(&self, groups: &[(K, Vec<usize>)]) -> Vec<(K, Vec<usize>)> {
        let mut out = Vec::new();
        let mut first = 0;
        for (key, rows) in groups {
            let last = first + rows.len();
            let from = self.start.max(first);
            let to = self.end.min(last);
            if from < to {
                out.push((key.clone(), rows[from - first..to - first].to_vec()));
            }
            first = last;
        }
        out
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes percent escapes and "+" as a space, as forms send them; invalid
/// escapes and invalid UTF-8 are kept or replaced rather than failing.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

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

/// How far the chunks of a chunked index have come (see `ChunkLoader`).
#[derive(Clone, Debug, PartialEq)]
pub enum ChunkLoad {
    Loading {
        chunks: usize,
        bytes: usize,
        statements: usize,
    },
    Done(Rc<redlines_core::Index>),
    Failed(String),
}

impl Default for ChunkLoad {
    fn default() -> Self {
        ChunkLoad::Loading {
            chunks: 0,
            bytes: 0,
            statements: 0,
        }
    }
}

/// What the chunk loader learns from the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadAction {
    /// One more chunk arrived, of `bytes` bytes holding `statements`.
    Arrived {
        bytes: usize,
        statements: usize,
    },
    Done(Rc<redlines_core::Index>),
    Failed(String),
}

impl Reducible for ChunkLoad {
    type Action = LoadAction;

    fn reduce(self: Rc<Self>, action: LoadAction) -> Rc<Self> {
        match (&*self, action) {
            // The first failure is the one worth telling; later news changes nothing.
            (ChunkLoad::Failed(_) | ChunkLoad::Done(_), _) => self,
            (
                ChunkLoad::Loading {
                    chunks,
                    bytes,
                    statements,
                },
                LoadAction::Arrived {
                    bytes: more_bytes,
                    statements: more_statements,
                },
            ) => Rc::new(ChunkLoad::Loading {
                chunks: chunks + 1,
                bytes: bytes + more_bytes,
                statements: statements + more_statements,
            }),
            (ChunkLoad::Loading { .. }, LoadAction::Done(index)) => Rc::new(ChunkLoad::Done(index)),
            (ChunkLoad::Loading { .. }, LoadAction::Failed(reason)) => {
                Rc::new(ChunkLoad::Failed(reason))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_loading_counts_arrivals_and_keeps_the_first_failure() {
        let load = Rc::new(ChunkLoad::default());
        let load = load.reduce(LoadAction::Arrived {
            bytes: 1000,
            statements: 12,
        });
        let load = load.reduce(LoadAction::Arrived {
            bytes: 500,
            statements: 3,
        });
        assert_eq!(
            *load,
            ChunkLoad::Loading {
                chunks: 2,
                bytes: 1500,
                statements: 15
            }
        );
        let failed = load.reduce(LoadAction::Failed("part 3 is damaged".into()));
        let still = failed.clone().reduce(LoadAction::Failed("later".into()));
        assert_eq!(*still, ChunkLoad::Failed("part 3 is damaged".into()));
    }

    #[test]
    fn a_facet_value_toggles_on_and_off() {
        let view = ViewState::of(View::Search);
        let on = view.toggled(Facet::Actor, "jens-stoltenberg");
        assert_eq!(on.actor.as_deref(), Some("jens-stoltenberg"));
        assert_eq!(on.toggled(Facet::Actor, "jens-stoltenberg"), view);
        let other = on.toggled(Facet::Actor, "nato");
        assert_eq!(other.actor.as_deref(), Some("nato"));
        let stance = view.toggled(Facet::Stance, "reject");
        assert_eq!(stance.stance, Some(Stance::Reject));
        assert_eq!(stance.toggled(Facet::Stance, "reject").stance, None);
        assert_eq!(
            view.toggled(Facet::Quote, "direct").quote,
            Some(QuoteKind::Direct)
        );
        assert_eq!(
            view.toggled(Facet::Article, "a.txt").article.as_deref(),
            Some("a.txt")
        );
        assert_eq!(
            view.toggled(Facet::Theme, "china").theme.as_deref(),
            Some("china")
        );
    }

    #[test]
    fn thousands_are_separated() {
        use crate::components::thousands;
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(105_648), "105,648");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn pages_cover_the_list_once_and_clamp() {
        let first = Page::of(412, 1, 200);
        assert_eq!((first.start, first.end, first.pages), (0, 200, 3));
        assert_eq!(first.describe(), "Showing 1\u{2013}200 of 412");
        assert_eq!((first.previous(), first.next()), (None, Some(2)));
        let last = Page::of(412, 3, 200);
        assert_eq!((last.start, last.end), (400, 412));
        assert_eq!((last.previous(), last.next()), (Some(2), None));
        assert_eq!(Page::of(412, 99, 200), last);
        assert_eq!(Page::of(412, 0, 200), first);
        let exact = Page::of(400, 2, 200);
        assert_eq!((exact.start, exact.end, exact.pages), (200, 400, 2));
        let short = Page::of(150, 1, 200);
        assert!(!short.is_paged());
        assert_eq!((short.start, short.end), (0, 150));
        let empty = Page::of(0, 5, 200);
        assert_eq!(
            (empty.number, empty.pages, empty.start, empty.end),
            (1, 1, 0, 0)
        );
        assert_eq!(empty.describe(), "Showing 0 of 0");
    }

    #[test]
    fn a_page_of_groups_keeps_their_keys() {
        let groups = vec![
            ("a", vec![1, 2, 3]),
            ("b", vec![4, 5]),
            ("c", vec![6, 7, 8, 9]),
        ];
        let page = |number| Page::of(9, number, 4).of_groups(&groups);
        assert_eq!(page(1), vec![("a", vec![1, 2, 3]), ("b", vec![4])]);
        assert_eq!(page(2), vec![("b", vec![5]), ("c", vec![6, 7, 8])]);
        assert_eq!(page(3), vec![("c", vec![9])]);
    }

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
    fn names_in_the_url_become_canonical_slugs_and_ids() {
        let index = Index::from_bytes(crate::INDEX_BYTES).unwrap();
        let typed = ViewState::from_query(
            "?view=compare&a=putin&b=Jens%20Stoltenberg&theme=NATO%20enlargement&article=000_488cd592eccbcacb",
        );
        let canonical = typed.canonical(&index);
        assert_eq!(canonical.a.as_deref(), Some("vladimir-putin"));
        assert_eq!(canonical.b.as_deref(), Some("jens-stoltenberg"));
        assert_eq!(canonical.theme.as_deref(), Some("nato-enlargement"));
        assert_eq!(
            canonical.article.as_deref(),
            Some("000_488cd592eccbcacb.txt")
        );
        assert_eq!(canonical.view, View::Compare);
        // Canonical names stay; unknown ones are kept for the view to report.
        assert_eq!(canonical.canonical(&index), canonical);
        let unknown = ViewState::from_query("?view=actor&actor=nobody-at-all");
        assert_eq!(unknown.canonical(&index), unknown);
        // Making the names canonical rewrites the URL in place and keeps the page.
        let paged = ViewState::from_query("?view=actor&actor=putin&page=2");
        let start = Rc::new(AppState::new(paged.clone()));
        let next = start.reduce(Action::Canonical(paged.canonical(&index)));
        assert_eq!(next.history, HistoryMode::Replace);
        assert_eq!(next.view.page, Some(2));
        assert_eq!(next.view.actor.as_deref(), Some("vladimir-putin"));
    }

    #[test]
    fn round_trips_every_parameter() {
        let state = ViewState {
            view: View::Search,
            actor: Some("jens-stoltenberg".into()),
            theme: Some("nato-enlargement".into()),
            a: Some("vladimir-putin".into()),
            b: Some("joe-biden".into()),
            article: Some("000_488cd592eccbcacb.txt".into()),
            stance: Some(Stance::Reject),
            quote: Some(QuoteKind::Direct),
            q: "open door & “red lines”".into(),
            s: Some(342),
            min: Some(3),
            group: true,
            page: Some(2),
        };
        let query = state.to_query();
        assert!(query.starts_with("?view=search&actor=jens-stoltenberg&theme=nato-enlargement"));
        assert!(query.contains("&q=open%20door%20%26%20%E2%80%9Cred%20lines%E2%80%9D"));
        assert_eq!(ViewState::from_query(&query), state);
    }

    #[test]
    fn reads_the_documented_example_and_ignores_junk() {
        let state =
            ViewState::from_query("?view=actor&actor=jens-stoltenberg&junk=1&stance=nonsense&s=x");
        assert_eq!(state, ViewState::actor("jens-stoltenberg"));
        assert_eq!(ViewState::from_query(""), ViewState::default());
        assert_eq!(ViewState::from_query("view=nowhere").view, View::Overview);
        assert_eq!(ViewState::from_query("?q=a+b%2").q, "a b%2");
        assert_eq!(decode("%E2%80%9C%zz"), "“%zz");
        assert_eq!(ViewState::default().to_query(), "?view=overview");
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

    #[test]
    fn knows_pages_from_filters() {
        let actor = ViewState::actor("x");
        let filtered = ViewState {
            stance: Some(Stance::Demand),
            ..actor.clone()
        };
        assert!(!actor.is_other_page(&filtered));
        assert!(actor.is_other_page(&ViewState::actor("y")));
        assert!(ViewState {
            theme: Some("t".into()),
            ..actor.clone()
        }
        .has_facets());
        assert!(!filtered.without_facets().has_facets());
    }
}
