//! Small text helpers shared by the pipeline: word tokens with their byte
//! offsets, and English stemming.

use unicode_segmentation::UnicodeSegmentation;

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
