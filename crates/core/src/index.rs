//! The index format: the one definition shared by the build step, the command
//! line tool and the browser.

use serde::{Deserialize, Serialize};

use crate::article::Article;

/// A byte range into an article's original file text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    Organization,
    State,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::State => "state",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "person" => Some(ActorKind::Person),
            "organization" => Some(ActorKind::Organization),
            "state" => Some(ActorKind::State),
            _ => None,
        }
    }
}

/// What a statement does, from the annotation guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stance {
    Demand,
    Propose,
    Reject,
    Support,
    Warn,
    Assess,
}

impl Stance {
    pub const ALL: [Stance; 6] = [
        Stance::Demand,
        Stance::Propose,
        Stance::Reject,
        Stance::Support,
        Stance::Warn,
        Stance::Assess,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Demand => "demand",
            Stance::Propose => "propose",
            Stance::Reject => "reject",
            Stance::Support => "support",
            Stance::Warn => "warn",
            Stance::Assess => "assess",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Stance::ALL
            .into_iter()
            .find(|stance| stance.as_str() == text)
    }

    /// Whether two stances on the same theme stand against each other, as a
    /// demand or proposal met by a rejection, or support met by a rejection.
    pub fn clashes_with(self, other: Stance) -> bool {
        use Stance::*;
        matches!(
            (self, other),
            (Demand | Propose | Support, Reject) | (Reject, Demand | Propose | Support)
        )
    }
}

/// How the text gives the position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum QuoteKind {
    /// The actor's own words in quotation marks.
    Direct,
    /// A speech or thought verb with a paraphrase.
    Reported,
    /// A stance ascribed to the actor without a speech verb.
    Attributed,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 3] = [
        QuoteKind::Direct,
        QuoteKind::Reported,
        QuoteKind::Attributed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
            QuoteKind::Attributed => "attributed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        QuoteKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// The URL slug: the canonical name in lower case with hyphens.
    pub slug: String,
    /// The canonical display name.
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub aliases: Vec<String>,
    /// The actor this one speaks for (Putin → Russia), as an index into
    /// [`Index::actors`], used to group people under their institution.
    pub speaks_for: Option<u16>,
    /// False for actors the pipeline found in the text but the registry lacks.
    pub registered: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub label: String,
    pub scope: String,
}

/// One sentence in which one named actor holds a position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Index into [`Index::articles`].
    pub article: u16,
    /// The evidence sentence in the article's original text.
    pub span: Span,
    /// Index into [`Index::actors`].
    pub actor: u16,
    /// Indices into [`Index::themes`], best first, one to three of them.
    pub themes: Vec<u8>,
    pub stance: Stance,
    pub quote: QuoteKind,
    pub cue: String,
    /// Between 0 and 1; how sure the rule that fired is.
    pub confidence: f32,
}

/// The whole explorer's data: articles with their original text, the actors
/// and themes, and every statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
    pub themes: Vec<Theme>,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IndexError {
    Decode(String),
    Integrity(String),
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::Decode(message) => write!(f, "the index cannot be read: {message}"),
            IndexError::Integrity(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for IndexError {}

/// Bumped whenever the layout of [`Index`] changes, so an old blob is refused
/// with a clear message rather than misread.
pub const FORMAT_VERSION: u16 = 1;

impl Index {
    /// The compact binary form embedded in the app: a version tag, then postcard.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = FORMAT_VERSION.to_le_bytes().to_vec();
        bytes.extend(
            postcard::to_allocvec(self).expect("the index is plain data and always serializes"),
        );
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Index, IndexError> {
        let (version, body) = match bytes {
            [low, high, body @ ..] => (u16::from_le_bytes([*low, *high]), body),
            _ => return Err(IndexError::Decode("it is shorter than its header".into())),
        };
        if version != FORMAT_VERSION {
            return Err(IndexError::Decode(format!(
                "format version {version}, this build reads version {FORMAT_VERSION}"
            )));
        }
        postcard::from_bytes(body).map_err(|error| IndexError::Decode(error.to_string()))
    }

    /// The evidence text of a statement, sliced from its article's original text.
    pub fn sentence(&self, statement: &Statement) -> &str {
        &self.articles[statement.article as usize].text[statement.span.range()]
    }

    pub fn actor(&self, statement: &Statement) -> &Actor {
        &self.actors[statement.actor as usize]
    }

    pub fn article_of(&self, statement: &Statement) -> &Article {
        &self.articles[statement.article as usize]
    }

    pub fn actor_by_slug(&self, slug: &str) -> Option<usize> {
        self.actors.iter().position(|actor| actor.slug == slug)
    }

    pub fn theme_by_id(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|theme| theme.id == id)
    }

    pub fn article_by_id(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|article| article.id == id)
    }

    /// Checks that every stored offset points into its article at character
    /// boundaries, that every statement's evidence is a whole, non-empty
    /// sentence inside the article body, and that references are in range.
    pub fn verify(&self) -> Result<(), IndexError> {
        let fail = |message: String| Err(IndexError::Integrity(message));
        for article in &self.articles {
            for block in &article.blocks {
                if !span_is_valid(&article.text, block.span) {
                    return fail(format!(
                        "article {}: block {:?} is outside the text",
                        article.id, block.span
                    ));
                }
            }
        }
        for (number, statement) in self.statements.iter().enumerate() {
            let Some(article) = self.articles.get(statement.article as usize) else {
                return fail(format!(
                    "statement {number}: article {} does not exist",
                    statement.article
                ));
            };
            if statement.actor as usize >= self.actors.len() {
                return fail(format!(
                    "statement {number}: actor {} does not exist",
                    statement.actor
                ));
            }
            if statement.themes.is_empty() || statement.themes.len() > 3 {
                return fail(format!(
                    "statement {number}: it has {} themes, not 1 to 3",
                    statement.themes.len()
                ));
            }
            if statement
                .themes
                .iter()
                .any(|&theme| theme as usize >= self.themes.len())
            {
                return fail(format!("statement {number}: a theme does not exist"));
            }
            if !span_is_valid(&article.text, statement.span) || statement.span.is_empty() {
                return fail(format!(
                    "statement {number} in {}: bytes {}..{} are not a valid span of the file",
                    article.id, statement.span.start, statement.span.end
                ));
            }
            let sentence = &article.text[statement.span.range()];
            if sentence.trim() != sentence {
                return fail(format!(
                    "statement {number} in {}: evidence has surrounding spaces",
                    article.id
                ));
            }
            if !article
                .blocks
                .iter()
                .any(|block| block.span.contains(statement.span))
            {
                return fail(format!(
                    "statement {number} in {}: bytes {}..{} are not inside the article body",
                    article.id, statement.span.start, statement.span.end
                ));
            }
        }
        Ok(())
    }
}

fn span_is_valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && (span.end as usize) <= text.len()
        && text.is_char_boundary(span.start as usize)
        && text.is_char_boundary(span.end as usize)
}
