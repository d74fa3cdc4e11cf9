//! Sentence splitting that keeps byte offsets into the original text.
//!
//! A boundary is a full stop, question mark, exclamation mark or ellipsis,
//! with any closing quotes and brackets after it, followed by white space
//! (non-breaking spaces count) and the start of a new sentence. Abbreviations
//! ("U.S.", "Mr.", "e.g.") and initials ("J. Smith") are not boundaries.
//! Quotations are split like running text, because every sentence of a
//! multi-sentence quotation is a statement of its own.

use crate::index::Span;

/// Words that end in a full stop without ending a sentence. Compared in lower
/// case, without the final stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "sen", "rep", "gov",
    "pres", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf", "no", "nos", "vol", "pp", "approx",
    "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "u.s.s.r", "a.m", "p.m", "fig", "ed",
    "eds", "art",
];

/// Abbreviations that stay inside a sentence even before a capital letter,
/// because a name or title always follows them.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "sen", "rep", "gov",
    "pres", "st",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Splits `text[span]` into sentences, returned as trimmed absolute spans.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let base = span.start as usize;
    let slice = &text[span.range()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (_, c) = chars[i];
        let is_terminator = matches!(c, '.' | '?' | '!' | '…');
        if !is_terminator {
            i += 1;
            continue;
        }
        // Take the whole run of terminators ("?!", "...") and closers.
        let mut end = i + 1;
        while end < chars.len() && matches!(chars[end].1, '.' | '?' | '!' | '…') {
            end += 1;
        }
        while end < chars.len() && is_closing(chars[end].1) {
            end += 1;
        }
        // A boundary needs white space after it, then a sentence start.
        let mut next = end;
        while next < chars.len() && is_space(chars[next].1) {
            next += 1;
        }
        if next == end || next >= chars.len() {
            i = end.max(i + 1);
            continue;
        }
        let mut first = next;
        while first < chars.len() && (is_opening(chars[first].1) || chars[first].1 == '…') {
            first += 1;
        }
        let starts_sentence = first < chars.len() && {
            let f = chars[first].1;
            f.is_uppercase() || f.is_ascii_digit() || first > next
        };
        let boundary = starts_sentence
            && !(c == '.' && end == i + 1 && is_abbreviation(slice, &chars, i, chars[first].1));
        // An ellipsis followed by a lower-case word continues the sentence, and
        // one standing alone between spaces only breaks before a capital.
        if boundary {
            let stop = if end < chars.len() {
                chars[end].0
            } else {
                slice.len()
            };
            push_trimmed(&mut sentences, slice, base, start, stop);
            start = chars[next].0;
        }
        i = end.max(i + 1);
    }
    push_trimmed(&mut sentences, slice, base, start, slice.len());
    sentences
}

/// Whether the full stop at `chars[at]` ends an abbreviation or an initial.
fn is_abbreviation(slice: &str, chars: &[(usize, char)], at: usize, next_char: char) -> bool {
    // The word before the stop, including inner stops ("U.S").
    let mut begin = at;
    while begin > 0 {
        let c = chars[begin - 1].1;
        if c.is_alphanumeric() || c == '.' {
            begin -= 1;
        } else {
            break;
        }
    }
    let word = &slice[chars[begin].0..chars[at].0];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // A single capital letter is an initial ("J. Smith"), unless it is the
    // pronoun "I" ending a sentence.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) && word != "I" {
        return true;
    }
    if TITLE_ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "U.S. President" continues; "the U.S. The next…" is ambiguous, and
        // the country name is far more often followed by a title or noun.
        return !next_char.is_uppercase()
            || lower.contains('.') && next_starts_title(slice, chars, at);
    }
    // Dotted initialisms ("N.A.T.O") are abbreviations too.
    lower.contains('.') && lower.len() <= 8
}

/// After "U.S." a capitalised word that usually continues a noun phrase.
fn next_starts_title(slice: &str, chars: &[(usize, char)], at: usize) -> bool {
    let rest = &slice[chars[at].0 + 1..];
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        word.as_str(),
        "President"
            | "Secretary"
            | "Ambassador"
            | "Senate"
            | "Congress"
            | "Department"
            | "State"
            | "Army"
            | "Navy"
            | "Air"
            | "Embassy"
            | "Defense"
            | "Treasury"
            | "Government"
            | "Administration"
            | "Vice"
            | "Deputy"
            | "Undersecretary"
            | "Assistant"
            | "Special"
            | "Envoy"
            | "Officials"
            | "Forces"
            | "Military"
            | "Permanent"
    )
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
