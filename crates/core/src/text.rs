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
