//! Sentence splitting that keeps byte offsets into the original text.
//!
//! A boundary is a full stop, question mark, exclamation mark or ellipsis,
//! with any closing quotes and brackets after it, followed by white space
//! (non-breaking spaces count) and the start of a new sentence. Abbreviations
//! ("U.S.", "Mr.", "e.g.") and initials ("J. Smith") are not boundaries.
//! Quotations are split like running text, because every sentence of a
//! multi-sentence quotation is a statement of its own.

use crate::index::Span;
use crate::text::WordSet;

/// The words whose full stop does not end a sentence, bundled as data.
const SENTENCES_TOML: &str = include_str!("../data/sentences.toml");

#[derive(serde::Deserialize)]
struct Abbreviations {
    abbreviations: WordSet<String>,
    title_abbreviations: WordSet<String>,
    continuing_words: WordSet<String>,
    verbs_after_quotation: WordSet<String>,
}

fn abbreviations() -> &'static Abbreviations {
    static ABBREVIATIONS: std::sync::OnceLock<Abbreviations> = std::sync::OnceLock::new();
    ABBREVIATIONS
        .get_or_init(|| toml::from_str(SENTENCES_TOML).expect("data/sentences.toml is valid"))
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// The character at byte `at` of `slice`, if any.
fn char_at(slice: &str, at: usize) -> Option<char> {
    slice[at..].chars().next()
}

/// Moves `at` past the characters of `slice` that `keep` accepts.
fn skip_while(slice: &str, mut at: usize, keep: impl Fn(char) -> bool) -> usize {
    while let Some(c) = char_at(slice, at).filter(|&c| keep(c)) {
        at += c.len_utf8();
    }
    at
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// The byte offset of the first terminator at or after `from`. Most of a
/// text is not near one, so this looks at bytes, not characters: the ASCII
/// stops, and the lead byte of an ellipsis (U+2026, E2 80 A6), are never
/// inside another character's encoding.
fn next_terminator(slice: &str, from: usize) -> Option<usize> {
    let bytes = slice.as_bytes();
    let mut at = from;
    while let Some(offset) = bytes[at..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'?' | b'!' | 0xE2))
    {
        at += offset;
        if bytes[at] != 0xE2 || bytes[at..].starts_with("…".as_bytes()) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Splits `text[span]` into sentences, returned as trimmed absolute spans.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let base = span.start as usize;
    let slice = &text[span.range()];
    let mut sentences = Vec::new();
    let mut start = 0usize;
    let mut from = 0usize;
    while let Some(i) = next_terminator(slice, from) {
        let c = char_at(slice, i).unwrap_or('.');
        let after_stop = i + c.len_utf8();
        // Take the whole run of terminators ("?!", "...") and closers.
        let end = skip_while(slice, after_stop, is_terminator);
        let end = skip_while(slice, end, is_closing);
        // A boundary needs white space after it, then a sentence start.
        let next = skip_while(slice, end, is_space);
        if next == end || next >= slice.len() {
            from = end;
            continue;
        }
        let first = skip_while(slice, next, |c| is_opening(c) || c == '…');
        let first_char = char_at(slice, first);
        let starts_sentence =
            first_char.is_some_and(|f| f.is_uppercase() || f.is_ascii_digit() || first > next);
        let boundary = starts_sentence
            && !(c == '.'
                && end == after_stop
                && is_abbreviation(slice, i, first_char.unwrap_or(' ')))
            && !(c != '.' && end > after_stop && speaker_follows(&slice[next..]));
        // An ellipsis followed by a lower-case word continues the sentence, and
        // one standing alone between spaces only breaks before a capital.
        if boundary {
            push_trimmed(&mut sentences, slice, base, start, end);
            start = next;
        }
        from = end;
    }
    push_trimmed(&mut sentences, slice, base, start, slice.len());
    sentences
}

/// Whether a name and a verb of saying open `rest`, the text after a
/// quotation that ends in a question or exclamation mark: in "“Stop the
/// trawlers!” Ole Berg said." the name and verb finish the quotation's
/// sentence. Up to four capitalised words (a title and a name) may come
/// before the verb.
fn speaker_follows(rest: &str) -> bool {
    let verbs = &abbreviations().verbs_after_quotation;
    for (count, word) in rest.split_whitespace().take(5).enumerate() {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        return count > 0 && verbs.contains(bare);
    }
    false
}

/// Whether the full stop at byte `at` ends an abbreviation or an initial.
fn is_abbreviation(slice: &str, at: usize, next_char: char) -> bool {
    // The word before the stop, including inner stops ("U.S").
    let begin = slice[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(at, |(position, _)| position);
    let word = &slice[begin..at];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // A single capital letter is an initial ("J. Smith"), unless it is the
    // pronoun "I" ending a sentence.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) && word != "I" {
        return true;
    }
    let known = abbreviations();
    if known.title_abbreviations.contains(lower.as_str()) {
        return true;
    }
    if known.abbreviations.contains(lower.as_str()) {
        // "U.S. President" continues; "the U.S. The next…" is ambiguous, and
        // the country name is far more often followed by a title or noun.
        return !next_char.is_uppercase() || lower.contains('.') && next_starts_title(slice, at);
    }
    // Dotted initialisms ("N.A.T.O") are abbreviations too.
    lower.contains('.') && lower.len() <= 8
}

/// After "U.S." a capitalised word that usually continues a noun phrase.
fn next_starts_title(slice: &str, at: usize) -> bool {
    let rest = &slice[at + 1..];
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    abbreviations().continuing_words.contains(&word)
}

fn push_trimmed(sentences: &mut Vec<Span>, slice: &str, base: usize, start: usize, stop: usize) {
    let piece = &slice[start..stop];
    let leading = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if trimmed.chars().any(char::is_alphanumeric) {
        let begin = base + start + leading;
        sentences.push(Span::new(begin, begin + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|span| &text[span.range()])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three? Four"),
            ["One here.", "Two there!", "Three?", "Four"]
        );
    }

    #[test]
    fn a_country_abbreviation_before_an_institution_continues_the_sentence() {
        assert_eq!(
            split("Charges were dropped, but the U.S. Justice Department appealed. Talks moved to the U.N. Security Council."),
            ["Charges were dropped, but the U.S. Justice Department appealed.", "Talks moved to the U.N. Security Council."]
        );
        assert_eq!(
            split(
                "The firm told the U.S. Securities and Exchange Commission it had erred. It paid."
            ),
            [
                "The firm told the U.S. Securities and Exchange Commission it had erred.",
                "It paid."
            ]
        );
        assert_eq!(
            split("The envoy flew back to the U.S. Talks resume in May."),
            ["The envoy flew back to the U.S.", "Talks resume in May."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(
            split("U.S. President Jane Roe met Mr. Smith and J. K. Doe in the U.S. on Monday. Then they left."),
            ["U.S. President Jane Roe met Mr. Smith and J. K. Doe in the U.S. on Monday.", "Then they left."]
        );
        assert_eq!(
            split("He cited e.g. the treaty. It failed."),
            ["He cited e.g. the treaty.", "It failed."]
        );
    }

    #[test]
    fn splits_inside_quotations_and_keeps_closing_quotes() {
        assert_eq!(
            split("“We are ready. We will wait,” the minister said. Talks follow."),
            [
                "“We are ready.",
                "We will wait,” the minister said.",
                "Talks follow."
            ]
        );
        assert_eq!(
            split("She said: “It is over.” Then silence."),
            ["She said: “It is over.”", "Then silence."]
        );
    }

    #[test]
    fn a_name_and_verb_after_an_exclaimed_or_asked_quotation_finish_its_sentence() {
        assert_eq!(
            split("“Keep the trawlers out!” Fisheries Minister Ole Berg wrote. Talks follow."),
            [
                "“Keep the trawlers out!” Fisheries Minister Ole Berg wrote.",
                "Talks follow."
            ]
        );
        assert_eq!(
            split("“Who pays for the nets?” The crews waited."),
            ["“Who pays for the nets?”", "The crews waited."]
        );
    }

    #[test]
    fn handles_ellipses_dashes_and_non_breaking_spaces() {
        assert_eq!(
            split("We know … this fails. Next\u{a0}one."),
            ["We know … this fails.", "Next\u{a0}one."]
        );
        assert_eq!(
            split("It ended … Another began."),
            ["It ended …", "Another began."]
        );
        assert_eq!(
            split("A dash — then more. Done.\u{a0}New start."),
            ["A dash — then more.", "Done.", "New start."]
        );
    }

    #[test]
    fn offsets_are_absolute_and_verbatim() {
        let text = "Heading\nFirst one. Second “quoted.” Third.";
        let span = Span::new(8, text.len());
        let pieces = split_sentences(text, span);
        let texts: Vec<&str> = pieces.iter().map(|span| &text[span.range()]).collect();
        assert_eq!(texts, ["First one.", "Second “quoted.”", "Third."]);
    }
}
