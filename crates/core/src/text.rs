//! Small text helpers shared by the pipeline, search and the dates an
//! article states: word tokens with their byte offsets, and English stemming.

use unicode_segmentation::UnicodeSegmentation;

use crate::index::Span;

/// The word without its possessive ending, written with either apostrophe
/// ("Iran's", "Iran’s" → "Iran"); `None` when it has none. Text is matched
/// as written, so every stage that reads an owner reads both forms here.
pub fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether a word ends in a possessive, with either apostrophe.
pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).is_some()
}

/// The text in lower case, the same as `str::to_lowercase`. The standard
/// one looks every character after the first non-ASCII one up in Unicode's
/// tables; news text is ASCII but for its quotation marks and dashes, so
/// ASCII characters are lowered here directly, and the rest by the
/// standard rules. A capital sigma, whose lower case depends on the letters
/// around it, leaves the whole text to the standard function.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut lowered = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            lowered.push(c.to_ascii_lowercase());
        } else {
            lowered.extend(c.to_lowercase());
        }
    }
    lowered
}

/// The British spelling of a phrase of lower-case words written with
/// "-ize" ("recognize" gives "recognise", "criticiz*" gives "criticis*"),
/// or `None` when no word of it has one. The word lists are written once,
/// in one spelling; news is written in both. A stem of four letters or
/// more keeps "size", "seize" and "prize" as they are.
pub fn british_spelling(phrase: &str) -> Option<String> {
    const ENDINGS: [&str; 9] = ["", "e", "ed", "es", "ing", "ation", "ations", "er", "ers"];
    let mut changed = false;
    let words: Vec<String> = phrase
        .split(' ')
        .map(|word| {
            let bare = word.trim_end_matches('*');
            match bare.rfind("iz") {
                Some(at) if at >= 4 && ENDINGS.contains(&&bare[at + 2..]) => {
                    changed = true;
                    format!("{}is{}", &word[..at], &word[at + 2..])
                }
                _ => word.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// A word of a text with its byte range in that text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The words of `text` (Unicode word boundaries), keeping offsets.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    if let Some(found) = simple_tokens(text) {
        return found;
    }
    text.unicode_word_indices()
        .map(|(start, word)| Token {
            text: word,
            start,
            end: start + word.len(),
        })
        .collect()
}

/// The word-break classes (Unicode Standard Annex 29) of the characters
/// [`simple_tokens`] reads.
#[derive(Clone, Copy, PartialEq)]
enum WordClass {
    Letter,
    Digit,
    /// "_", which joins letters and digits on either side.
    Underscore,
    /// ":", which joins two letters.
    MidLetter,
    /// "," and ";", which join two digits.
    MidNum,
    /// ".", "'", "‘" and "’", which join two letters or two digits.
    MidNumLet,
    /// Everything else here breaks words on both sides.
    Other,
}

impl WordClass {
    /// The class of a character, or `None` for one outside the few this
    /// fast path knows.
    fn of(c: char) -> Option<WordClass> {
        Some(match c {
            'a'..='z' | 'A'..='Z' => WordClass::Letter,
            '0'..='9' => WordClass::Digit,
            '_' => WordClass::Underscore,
            ':' => WordClass::MidLetter,
            ',' | ';' => WordClass::MidNum,
            '.' | '\'' | '‘' | '’' => WordClass::MidNumLet,
            '\0'..='\u{7f}' | '“' | '”' | '—' | '–' | '…' | '\u{a0}' => WordClass::Other,
            _ => return None,
        })
    }

    fn in_word(self) -> bool {
        matches!(
            self,
            WordClass::Letter | WordClass::Digit | WordClass::Underscore
        )
    }
}

/// The words of a text written in ASCII and the usual typographic quotes,
/// dashes and spaces, exactly as Unicode word boundaries give them, in a
/// fraction of the time; `None` when another character occurs (a letter
/// with an accent, say), which the general segmentation handles.
///
/// For these characters the boundary rules reduce to: letters, digits and
/// underscores join each other; a ":", ".", or apostrophe between two
/// letters joins them, as a ",", ";", "." or apostrophe between two digits
/// does; a word without a letter or digit (a lone "_") is not a word.
fn simple_tokens(text: &str) -> Option<Vec<Token<'_>>> {
    // Byte by byte, decoding only the few characters outside ASCII.
    let bytes = text.as_bytes();
    let mut classes = Vec::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        let (class, width) = if bytes[at].is_ascii() {
            (WordClass::of(char::from(bytes[at]))?, 1)
        } else {
            let c = text[at..].chars().next()?;
            (WordClass::of(c)?, c.len_utf8())
        };
        classes.push((at, class));
        at += width;
    }
    let offset = |index: usize| classes.get(index).map_or(text.len(), |&(at, _)| at);
    let mut found = Vec::new();
    let mut index = 0;
    while index < classes.len() {
        if !classes[index].1.in_word() {
            index += 1;
            continue;
        }
        let first = index;
        let mut alphanumeric = false;
        while index < classes.len() {
            let here = classes[index].1;
            if here.in_word() {
                alphanumeric |= here != WordClass::Underscore;
                index += 1;
                continue;
            }
            let before = classes[index - 1].1;
            let after = classes.get(index + 1).map(|&(_, class)| class);
            let letters = before == WordClass::Letter
                && after == Some(WordClass::Letter)
                && matches!(here, WordClass::MidLetter | WordClass::MidNumLet);
            let digits = before == WordClass::Digit
                && after == Some(WordClass::Digit)
                && matches!(here, WordClass::MidNum | WordClass::MidNumLet);
            if letters || digits {
                index += 2;
                continue;
            }
            break;
        }
        if alphanumeric {
            let (start, end) = (offset(first), offset(index));
            found.push(Token {
                text: &text[start..end],
                start,
                end,
            });
        }
    }
    Some(found)
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

/// A hash map keyed by short words, spans or characters, hashed with
/// rustc's own hash (`rustc-hash`): multiply and rotate, eight bytes at a
/// time. The standard SipHash guards against keys chosen to collide, which
/// matters for a server and not for tables of words looked up once or more
/// per word of text, where it was a tenth of the whole build's time.
/// Nothing the pipeline outputs depends on the order of a table, which the
/// standard hasher already made random.
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildWordHasher>;

/// A hash set of short words, hashed as [`WordMap`] is.
pub type WordSet<K> = std::collections::HashSet<K, BuildWordHasher>;

/// Builds the hashers of [`WordMap`] and [`WordSet`].
pub type BuildWordHasher = rustc_hash::FxBuildHasher;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_of_ize_words() {
        assert_eq!(british_spelling("recognize").as_deref(), Some("recognise"));
        assert_eq!(
            british_spelling("will not recognize").as_deref(),
            Some("will not recognise")
        );
        assert_eq!(british_spelling("criticiz*").as_deref(), Some("criticis*"));
        assert_eq!(
            british_spelling("organization").as_deref(),
            Some("organisation")
        );
        assert_eq!(british_spelling("seize"), None);
        assert_eq!(british_spelling("citizen"), None);
        assert_eq!(british_spelling("warned"), None);
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for text in [
            "Plain ASCII, With Capitals.",
            "“Quoted” — Dashed İstanbul ÆØÅ Straße",
            "ΟΔΟΣ ΣΟΦΟΣ: a sigma at the end of a word",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    /// The fast path gives exactly the words of the general segmentation, on
    /// every string of the characters it reads (a deterministic sample).
    #[test]
    fn simple_tokens_agree_with_unicode_segmentation() {
        let alphabet: Vec<char> = (0u8..=0x7f)
            .map(char::from)
            .chain(['‘', '’', '“', '”', '—', '–', '…', '\u{a0}'])
            .collect();
        // Letters, digits and joiners are drawn more often, so that long words
        // and joins occur.
        let common: Vec<char> = "aZ9_:.,;'’ ".chars().collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..20_000 {
            let length = next(16);
            let text: String = (0..length)
                .map(|_| {
                    if next(2) == 0 {
                        common[next(common.len())]
                    } else {
                        alphabet[next(alphabet.len())]
                    }
                })
                .collect();
            let expected: Vec<Token> = text
                .unicode_word_indices()
                .map(|(start, word)| Token {
                    text: word,
                    start,
                    end: start + word.len(),
                })
                .collect();
            assert_eq!(simple_tokens(&text), Some(expected), "in {text:?}");
        }
        assert_eq!(simple_tokens("café"), None);
    }
}
