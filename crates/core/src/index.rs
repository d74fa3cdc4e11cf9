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
    /// The attribution rule that found the statement, so that a wrong one
    /// can be traced to its rule.
    pub rule: Rule,
}

/// The attribution rules, by name. Stored as one byte per statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    /// A quotation whose speaker is named after it: `“…,” X said`, `said X`.
    QuoteTail,
    /// A quotation whose speaker is named before it: `X said: “…”`.
    QuoteHead,
    /// `X …: “…”`, a colon introducing the speaker's words.
    QuoteColon,
    /// A quotation that goes on in the words of the one before it, in the
    /// same paragraph or the next (a paragraph opening with a quotation mark).
    QuoteContinued,
    /// A transcript's speaker tag (`MR. DOE:`) and the turn it opens.
    TranscriptTurn,
    /// Reported speech: the actor is the subject of a verb of saying.
    ReportedSpeech,
    /// An attributed stance: the actor is the subject of a verb of wanting,
    /// offering or refusing.
    AttributedStance,
    /// `According to X, …`.
    AccordingTo,
    /// The content of a document an actor put forward.
    DocumentContent,
    /// `… is unacceptable for X`.
    UnacceptableFor,
    /// `There is talk in X`: a voice in a place or body.
    VoicesIn,
    /// `X’s demand for …`: a possessive with a noun of position.
    PossessivePosition,
    /// A user's correction.
    Correction,
    /// `X and I agreed …`: the one the speaker names beside "I" shares the
    /// position. Last, so that the stored byte of every other rule keeps
    /// its value.
    JointFirstPerson,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::QuoteTail => "quote-speaker-after",
            Rule::QuoteHead => "quote-speaker-before",
            Rule::QuoteColon => "quote-colon",
            Rule::QuoteContinued => "quote-continued",
            Rule::TranscriptTurn => "transcript-turn",
            Rule::ReportedSpeech => "reported-speech",
            Rule::AttributedStance => "attributed-stance",
            Rule::AccordingTo => "according-to",
            Rule::DocumentContent => "document-content",
            Rule::UnacceptableFor => "unacceptable-for",
            Rule::VoicesIn => "voices-in",
            Rule::PossessivePosition => "possessive-position",
            Rule::Correction => "correction",
            Rule::JointFirstPerson => "joint-first-person",
        }
    }
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
/// with a clear message rather than misread. Version 3 added the dates each
/// article states (`Article::dates`).
pub const FORMAT_VERSION: u16 = 3;

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

    /// The actor a URL or a person names: its slug, or failing that its
    /// name or one of its aliases as typed ("Jens Stoltenberg", "putin",
    /// "the-kremlin"), or a surname only one actor has. URLs are shared and
    /// typed by hand, so a near miss should still find the actor.
    pub fn find_actor(&self, wanted: &str) -> Option<usize> {
        if let Some(found) = self.actor_by_slug(wanted) {
            return Some(found);
        }
        let wanted = crate::corpus::slugify(wanted);
        if wanted.is_empty() {
            return None;
        }
        if let Some(found) = self.actor_by_slug(&wanted) {
            return Some(found);
        }
        let by_alias = self.actors.iter().position(|actor| {
            actor
                .aliases
                .iter()
                .any(|alias| crate::corpus::slugify(alias) == wanted)
        });
        if by_alias.is_some() {
            return by_alias;
        }
        let mut by_surname = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, actor)| actor.slug.rsplit('-').next() == Some(wanted.as_str()));
        match (by_surname.next(), by_surname.next()) {
            (Some((found, _)), None) => Some(found),
            _ => None,
        }
    }

    /// The theme a URL names: its id, or its id or label as typed.
    pub fn find_theme(&self, wanted: &str) -> Option<usize> {
        if let Some(found) = self.theme_by_id(wanted) {
            return Some(found);
        }
        let wanted = crate::corpus::slugify(wanted);
        self.themes
            .iter()
            .position(|theme| theme.id == wanted || crate::corpus::slugify(&theme.label) == wanted)
    }

    /// The article a URL names: its id (the file name), or the file name
    /// without its extension.
    pub fn find_article(&self, wanted: &str) -> Option<usize> {
        self.article_by_id(wanted).or_else(|| {
            self.articles.iter().position(|article| {
                article
                    .id
                    .rsplit_once('.')
                    .is_some_and(|(stem, _)| stem == wanted)
            })
        })
    }

    /// Checks that every stored offset points into its article at character
    /// boundaries, that every statement's evidence is a whole, non-empty
    /// sentence inside the article body, and that references are in range.
    pub fn verify(&self) -> Result<(), IndexError> {
        verify_parts(
            &self.articles,
            0,
            self.actors.len(),
            self.themes.len(),
            &self.statements,
        )
    }
}

/// The integrity check of [`Index::verify`] over a run of articles that
/// starts at article number `first_article`, and the statements about them
/// (whose `article` numbers count from the start of the whole index), so a
/// chunk is checked the same way as the whole.
fn verify_parts(
    articles: &[Article],
    first_article: usize,
    actors: usize,
    themes: usize,
    statements: &[Statement],
) -> Result<(), IndexError> {
    let fail = |message: String| Err(IndexError::Integrity(message));
    for article in articles {
        for block in &article.blocks {
            if !span_is_valid(&article.text, block.span) {
                return fail(format!(
                    "article {}: block {:?} is outside the text",
                    article.id, block.span
                ));
            }
        }
        // The timeline highlights a date inside its sentence and links the
        // sentence to statements, so both must be real spans of the body.
        for stated in &article.dates {
            if !span_is_valid(&article.text, stated.span)
                || !stated.sentence.contains(stated.span)
                || !article
                    .blocks
                    .iter()
                    .any(|block| block.span.contains(stated.sentence))
            {
                return fail(format!(
                    "article {}: the date at bytes {}..{} is not inside a sentence of the body",
                    article.id, stated.span.start, stated.span.end
                ));
            }
        }
    }
    for (number, statement) in statements.iter().enumerate() {
        let Some(article) = (statement.article as usize)
            .checked_sub(first_article)
            .and_then(|local| articles.get(local))
        else {
            return fail(format!(
                "statement {number}: article {} does not exist",
                statement.article
            ));
        };
        if statement.actor as usize >= actors {
            return fail(format!(
                "statement {number}: actor {} does not exist",
                statement.actor
            ));
        }
        // A statement about none of the corpus's themes has none: a guessed
        // theme would mislead a reader who filters by theme.
        if statement.themes.len() > 3 {
            return fail(format!(
                "statement {number}: it has {} themes, more than 3",
                statement.themes.len()
            ));
        }
        if statement
            .themes
            .iter()
            .any(|&theme| theme as usize >= themes)
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

fn span_is_valid(text: &str, span: Span) -> bool {
    span.start <= span.end
        && (span.end as usize) <= text.len()
        && text.is_char_boundary(span.start as usize)
        && text.is_char_boundary(span.end as usize)
}

// ---------------------------------------------------------------------------
// The chunked form, for corpora too big to embed in the app.
//
// A large index is shipped as a small manifest (the registries and a list of
// chunk files, embedded in the app) and chunk files of about a megabyte, each
// a run of consecutive articles with their statements. The browser fetches
// and checks them in a Web Worker while the page shows progress, and they are
// put back together into the same `Index` as the whole form, so every query
// works on either. Each form opens with its own tag, so a reader always knows
// what it was handed and refuses an old layout with a clear message.

/// The tag that opens a [`ChunkManifest`] (`Index` opens with
/// [`FORMAT_VERSION`]); bumped with the layout.
pub const MANIFEST_VERSION: u16 = 0x4d01;
/// The tag that opens a [`Chunk`]; bumped with the layout (0x4302 added the
/// dates each article states).
pub const CHUNK_VERSION: u16 = 0x4302;
/// The chunk size the build aims at, in bytes of the encoded chunk.
pub const DEFAULT_CHUNK_BYTES: usize = 1 << 20;

/// What the app embeds when the index is chunked: everything but the
/// articles and statements, and the list of chunk files that hold those.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChunkManifest {
    pub actors: Vec<Actor>,
    pub themes: Vec<Theme>,
    pub chunks: Vec<ChunkEntry>,
}

/// One chunk file as the manifest knows it, so that a fetched file can be
/// checked before it is used and progress can be told in articles and bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChunkEntry {
    /// The file name, unique to its content (it carries the checksum), so
    /// caches never serve an old chunk for a new one.
    pub file: String,
    pub bytes: u32,
    /// FNV-1a (64-bit) of the file.
    pub checksum: u64,
    /// The number of its first article in the whole index.
    pub first_article: u32,
    pub articles: u32,
    pub statements: u32,
}

/// A run of consecutive articles and the statements about them. Statement
/// article numbers count from the start of the whole index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    pub first_article: u32,
    pub articles: Vec<Article>,
    pub statements: Vec<Statement>,
}

/// What a build embeds: the whole index, or the manifest of a chunked one.
#[derive(Clone, Debug, PartialEq)]
pub enum Bundle {
    Whole(Index),
    Chunked(ChunkManifest),
}

impl Bundle {
    /// Reads either form, telling them apart by their opening tag.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, IndexError> {
        match bytes {
            [low, high, ..] if u16::from_le_bytes([*low, *high]) == MANIFEST_VERSION => {
                ChunkManifest::from_bytes(bytes).map(Bundle::Chunked)
            }
            _ => Index::from_bytes(bytes).map(Bundle::Whole),
        }
    }
}

fn encode<T: Serialize>(tag: u16, value: &T) -> Vec<u8> {
    let mut bytes = tag.to_le_bytes().to_vec();
    bytes.extend(postcard::to_allocvec(value).expect("index data is plain and always serializes"));
    bytes
}

fn decode<'a, T: Deserialize<'a>>(tag: u16, what: &str, bytes: &'a [u8]) -> Result<T, IndexError> {
    match bytes {
        [low, high, body @ ..] if u16::from_le_bytes([*low, *high]) == tag => {
            postcard::from_bytes(body)
                .map_err(|error| IndexError::Decode(format!("{what}: {error}")))
        }
        [low, high, ..] => Err(IndexError::Decode(format!(
            "{what}: it opens with tag {:#06x}, this build reads {tag:#06x}",
            u16::from_le_bytes([*low, *high])
        ))),
        _ => Err(IndexError::Decode(format!(
            "{what}: it is shorter than its header"
        ))),
    }
}

/// FNV-1a, 64-bit: enough to tell a damaged or stale chunk from the one the
/// manifest names, with no dependency.
pub fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl ChunkManifest {
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(MANIFEST_VERSION, self)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ChunkManifest, IndexError> {
        decode(MANIFEST_VERSION, "the index manifest", bytes)
    }

    pub fn articles(&self) -> usize {
        self.chunks
            .iter()
            .map(|chunk| chunk.articles as usize)
            .sum()
    }

    pub fn statements(&self) -> usize {
        self.chunks
            .iter()
            .map(|chunk| chunk.statements as usize)
            .sum()
    }

    pub fn bytes(&self) -> usize {
        self.chunks.iter().map(|chunk| chunk.bytes as usize).sum()
    }

    /// Checks a fetched chunk file against entry `number` of the manifest
    /// (size, checksum, the articles it should hold) and runs the integrity
    /// check on it, so nothing damaged or stale ever reaches the views.
    pub fn check(&self, number: usize, bytes: &[u8]) -> Result<Chunk, IndexError> {
        let Some(entry) = self.chunks.get(number) else {
            return Err(IndexError::Integrity(format!(
                "there is no chunk {} (the manifest lists {})",
                number + 1,
                self.chunks.len()
            )));
        };
        let name = &entry.file;
        if bytes.len() != entry.bytes as usize || checksum(bytes) != entry.checksum {
            return Err(IndexError::Integrity(format!(
                "{name} is not the file this build made ({} bytes, expected {}; damaged, or left from another build)",
                bytes.len(),
                entry.bytes
            )));
        }
        let chunk = Chunk::from_bytes(bytes)?;
        if chunk.first_article != entry.first_article
            || chunk.articles.len() != entry.articles as usize
            || chunk.statements.len() != entry.statements as usize
        {
            return Err(IndexError::Integrity(format!(
                "{name} does not hold the articles the manifest lists"
            )));
        }
        verify_parts(
            &chunk.articles,
            chunk.first_article as usize,
            self.actors.len(),
            self.themes.len(),
            &chunk.statements,
        )
        .map_err(|error| IndexError::Integrity(format!("{name}: {error}")))?;
        Ok(chunk)
    }
}

impl Chunk {
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(CHUNK_VERSION, self)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Chunk, IndexError> {
        decode(CHUNK_VERSION, "an index chunk", bytes)
    }
}

impl Index {
    /// Splits the index into a manifest and chunk files of about
    /// `target_bytes` each (a single article larger than that gets a chunk of
    /// its own). Returns the manifest and each chunk's file bytes, in the
    /// manifest's order. Statements keep their order within each article;
    /// [`Index::from_chunks`] gives back an equal index when they are in
    /// article order, as the pipeline writes them.
    pub fn into_chunks(&self, target_bytes: usize) -> (ChunkManifest, Vec<Vec<u8>>) {
        let mut by_article: Vec<Vec<&Statement>> = vec![Vec::new(); self.articles.len()];
        for statement in &self.statements {
            if let Some(list) = by_article.get_mut(statement.article as usize) {
                list.push(statement);
            }
        }
        let mut manifest = ChunkManifest {
            actors: self.actors.clone(),
            themes: self.themes.clone(),
            chunks: Vec::new(),
        };
        let mut files = Vec::new();
        let mut first = 0;
        while first < self.articles.len() {
            // Grow the run by whole articles, by an estimate of their encoded
            // size (text and block offsets, statements with their cue words).
            let mut end = first;
            let mut estimate = 0;
            while end < self.articles.len() && (end == first || estimate < target_bytes) {
                let article = &self.articles[end];
                estimate += article.text.len() + 8 * article.blocks.len() + 64;
                estimate += by_article[end]
                    .iter()
                    .map(|statement| 24 + statement.cue.len())
                    .sum::<usize>();
                end += 1;
            }
            let chunk = Chunk {
                first_article: first as u32,
                articles: self.articles[first..end].to_vec(),
                statements: by_article[first..end]
                    .iter()
                    .flatten()
                    .map(|statement| (*statement).clone())
                    .collect(),
            };
            let bytes = chunk.to_bytes();
            let sum = checksum(&bytes);
            manifest.chunks.push(ChunkEntry {
                file: format!("part-{:04}-{sum:016x}.bin", files.len() + 1),
                bytes: bytes.len() as u32,
                checksum: sum,
                first_article: first as u32,
                articles: chunk.articles.len() as u32,
                statements: chunk.statements.len() as u32,
            });
            files.push(bytes);
            first = end;
        }
        (manifest, files)
    }

    /// Puts checked chunks (from [`ChunkManifest::check`]) back together,
    /// in the manifest's order.
    pub fn from_chunks(manifest: &ChunkManifest, chunks: Vec<Chunk>) -> Result<Index, IndexError> {
        if chunks.len() != manifest.chunks.len() {
            return Err(IndexError::Integrity(format!(
                "{} of {} index chunks arrived",
                chunks.len(),
                manifest.chunks.len()
            )));
        }
        let mut index = Index {
            articles: Vec::with_capacity(manifest.articles()),
            actors: manifest.actors.clone(),
            themes: manifest.themes.clone(),
            statements: Vec::with_capacity(manifest.statements()),
        };
        for chunk in chunks {
            if chunk.first_article as usize != index.articles.len() {
                return Err(IndexError::Integrity(format!(
                    "an index chunk starts at article {}, expected {}",
                    chunk.first_article,
                    index.articles.len()
                )));
            }
            index.articles.extend(chunk.articles);
            index.statements.extend(chunk.statements);
        }
        Ok(index)
    }
}
