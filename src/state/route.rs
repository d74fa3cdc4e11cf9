//! The route: the views, their URL parameters as `ViewState`, and reading
//! and writing them as the query string, percent-encoded with the
//! `percent-encoding` crate (already in the tree through gloo-history).

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use redlines_core::{Filter, Index, QuoteKind, Stance};

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

/// The bytes a query value keeps as they are: the unreserved characters of
/// RFC 3986. Everything else is escaped, spaces as "%20" (not "+"), so a
/// link's `href` is the same string natively, in the prerendered markup,
/// and in the browser.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a query name or value.
pub fn encode(value: &str) -> String {
    utf8_percent_encode(value, UNRESERVED).to_string()
}

/// Decodes percent escapes and "+" as a space, as forms send them; invalid
/// escapes and invalid UTF-8 are kept or replaced rather than failing.
pub fn decode(value: &str) -> String {
    percent_decode_str(&value.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    use crate::state::{Action, AppState, HistoryMode};
    use yew::Reducible;

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
        assert_eq!(decode("%2B+%41"), "+ A");
        assert_eq!(encode("a b+c/é~"), "a%20b%2Bc%2F%C3%A9~");
        assert_eq!(ViewState::default().to_query(), "?view=overview");
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
