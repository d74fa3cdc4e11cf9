//! Small text helpers shared by the pipeline, search and the dates an
//! article states: word tokens with their byte offsets, and English stemming.

use unicode_segmentation::UnicodeSegmentation;

use crate::index::Span;

/// A word of a text with its byte range in that text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The words of `text` (Unicode word boundaries), keeping offsets.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    text.unicode_word_indices()
        .map(|(start, word)| Token {
            text: word,
            start,
            end: start + word.len(),
        })
        .collect()
}

/// Wraps the Snowball English stemmer, which is not `Sync`-friendly to keep
/// around globally, so callers make one per pass.
pub struct Stemmer(rust_stemmers::Stemmer);

impl Default for Stemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl Stemmer {
    pub fn new() -> Self {
        Stemmer(rust_stemmers::Stemmer::create(
            rust_stemmers::Algorithm::English,
        ))
    }

    /// The stem of a lower-case word; curly apostrophes are treated as plain.
    pub fn stem(&self, word: &str) -> String {
        let word = word.replace('’', "'");
        let word = word.strip_suffix("'s").unwrap_or(&word);
        self.0.stem(word).into_owned()
    }
}

/// The words of `text[span]` as absolute byte spans: runs of letters and
/// digits, with apostrophes kept inside a word ("Russia’s", "don't").
/// Hyphens, dashes and all other punctuation separate words.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let base = span.start as usize;
    let slice = &text[span.range()];
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(at);
        } else if let Some(first) = start.take() {
            found.push(Span::new(base + first, base + at));
        }
    }
    if let Some(first) = start {
        found.push(Span::new(base + first, base + slice.len()));
    }
    found
}

/// A hash map keyed by short words, spans or characters, with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildWordHasher>;

/// A hash set of short words, with [`WordHasher`].
pub type WordSet<K> = std::collections::HashSet<K, BuildWordHasher>;

/// Builds [`WordHasher`]s.
pub type BuildWordHasher = std::hash::BuildHasherDefault<WordHasher>;

/// The Firefox and rustc hash (multiply and rotate, eight bytes at a time)
/// for the pipeline's lookup tables. The standard SipHash guards against
/// keys chosen to collide, which matters for a server and not for tables of
/// words looked up once or more per word of text, where it was a tenth of
/// the whole build's time. Nothing the pipeline outputs depends on the
/// order of a table, which the standard hasher already made random.
#[derive(Clone, Copy, Default)]
pub struct WordHasher {
    hash: u64,
}

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last) ^ (rest.len() as u64) << 56);
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(value.into());
    }

    fn write_u32(&mut self, value: u32) {
        self.add(value.into());
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}
