//! Quotations in every convention English news uses: curly double quotes,
//! straight double quotes, low-high double quotes, guillemets, and single
//! quotation marks (curly or straight), told apart from apostrophes.
//!
//! The main decision is that quotation marks are read on the original text,
//! never on a normalised copy: every span is a byte range of the article file,
//! as the index requires. A double quotation that is still open at the end of
//! its paragraph is marked `runs_on`: by the news convention the next
//! paragraph, opening with a quotation mark, continues the same speaker.

use crate::index::Span;

/// One quotation: from its opening mark to its closing mark, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub span: Span,
    /// The quotation is still open where its paragraph ends.
    pub runs_on: bool,
}

/// Whether `c` opens or closes a double quotation in some convention.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟')
}

/// Whether `c` can be a quotation mark of any kind, single or double.
pub fn is_quote_mark(c: char) -> bool {
    is_double_quote(c) || matches!(c, '\'' | '‘' | '’' | '‹' | '›')
}

/// Whether a piece of text holds a double quotation's opening and closing.
pub fn holds_quotation(text: &str) -> bool {
    text.chars().filter(|&c| is_double_quote(c)).count() >= 2
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// The quotations of one paragraph, in text order. Single quotations nested
/// inside a double one are part of it, and so are double ones nested inside
/// a single one, as British news nests them ("‘He told me “no deal”,’ she
/// said"); a single quotation left open is an apostrophe after all and is
/// dropped.
pub fn quotations(text: &str, paragraph: Span) -> Vec<Quotation> {
    let base = paragraph.start as usize;
    let body = &text[paragraph.range()];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut found = Vec::new();
    let mut double: Option<(usize, char)> = None;
    let mut single = SingleMarks::default();
    for (index, &(offset, c)) in chars.iter().enumerate() {
        let position = base + offset;
        let end = position + c.len_utf8();
        if let Some((start, opener)) = double {
            let closes = match (opener, c) {
                ('«', '»') | ('“', '”') | ('„', '“') | ('„', '”') => true,
                // A straight mark closes a straight or curly opening alike, as
                // mixed marks are common in pasted text.
                (_, '"') => true,
                ('"', '”') => true,
                _ => false,
            };
            if closes {
                found.push(Quotation {
                    span: Span::new(start, end),
                    runs_on: false,
                });
                double = None;
                single = SingleMarks::default();
            }
            continue;
        }
        if matches!(c, '“' | '„' | '«' | '"') {
            double = Some((position, c));
            single = SingleMarks::default();
            continue;
        }
        if let Some(quotation) = single.step(text, &chars, index, base) {
            found.push(quotation);
        }
    }
    if let Some((start, _)) = double {
        found.push(Quotation {
            span: Span::new(start, paragraph.end as usize),
            runs_on: true,
        });
    }
    // A single quotation, read on its own marks, that holds a double one
    // whole is the outer quotation: the double one is nested in it.
    let mut outer = SingleMarks::default();
    let singles: Vec<Quotation> = (0..chars.len())
        .filter_map(|index| outer.step(text, &chars, index, base))
        .collect();
    for single in singles {
        let inside = |quotation: &Quotation| {
            single.span.start < quotation.span.start && quotation.span.end < single.span.end
        };
        let holds_double = found.iter().any(|quotation| {
            inside(quotation) && text[quotation.span.range()].starts_with(is_double_quote)
        });
        let crossed = found.iter().any(|quotation| {
            !inside(quotation)
                && quotation.span.start < single.span.end
                && single.span.start < quotation.span.end
        });
        if holds_double && !crossed {
            found.retain(|quotation| !inside(quotation));
            let at = found
                .iter()
                .position(|quotation| quotation.span.start > single.span.start)
                .unwrap_or(found.len());
            found.insert(at, single);
        }
    }
    found
}

/// The state of a scan for quotations in single marks: where the one open
/// now started.
#[derive(Default)]
struct SingleMarks {
    open: Option<usize>,
}

impl SingleMarks {
    /// Reads the character at `index` of a paragraph's `chars` (offsets from
    /// `base`), and returns the quotation it closes, if any.
    fn step(
        &mut self,
        text: &str,
        chars: &[(usize, char)],
        index: usize,
        base: usize,
    ) -> Option<Quotation> {
        let (offset, c) = chars[index];
        let before = index.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(index + 1).map(|&(_, c)| c);
        let position = base + offset;
        let end = position + c.len_utf8();
        match c {
            // ‘ opens when it starts a word; ' opens after a space or an
            // opening bracket and before a letter ("'We will …").
            '‘' | '\'' | '‹'
                if self.open.is_none()
                    && !is_word_char(before)
                    && after.is_some_and(|a| a.is_alphanumeric() || a == '…') =>
            {
                self.open = Some(position);
                None
            }
            // ’ and ' close after a word or punctuation when the next character
            // is not a letter: "don’t" and "Iran's" are apostrophes.
            '’' | '\'' | '›'
                if self.open.is_some()
                    && before.is_some_and(|b| !b.is_whitespace())
                    && !is_word_char(after) =>
            {
                let start = self.open.take().unwrap_or(position);
                // "the leaders' summit": a plural possessive right after a
                // word is taken as a closing mark only when the quotation
                // holds more than that one word.
                let inner = &text[start..position];
                (inner.split_whitespace().count() >= 2).then_some(Quotation {
                    span: Span::new(start, end),
                    runs_on: false,
                })
            }
            _ => None,
        }
    }
}

/// Whether a paragraph opens with a quotation mark (after white space): by
/// the news convention such a paragraph continues a quotation left open.
pub fn opens_with_quotation(text: &str, paragraph: Span) -> bool {
    text[paragraph.range()]
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«' | '‘' | '\''))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let found: Vec<&str> = quotations(text, Span::new(0, text.len()))
            .into_iter()
            .map(|q| &text[q.span.range()])
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn every_convention() {
        check("He said “no deal” twice.", &["“no deal”"]);
        check("He said \"no deal\" twice.", &["\"no deal\""]);
        check("Er sagte „kein Abkommen“ dort.", &["„kein Abkommen“"]);
        check("Il a dit «pas d'accord» hier.", &["«pas d'accord»"]);
        check(
            "She said 'we will not sign it' today.",
            &["'we will not sign it'"],
        );
        check(
            "She said ‘we will not sign it’ today.",
            &["‘we will not sign it’"],
        );
    }

    #[test]
    fn apostrophes_are_not_quotations() {
        check("Iran's envoy didn't come to the leaders' summit.", &[]);
        check("The ’90s were calm, the minister’s aide said.", &[]);
        check("Sales rose in the '90s and fell later.", &[]);
    }

    #[test]
    fn single_quotes_inside_double_ones_belong_to_them() {
        check(
            "\"They call it 'a reset', we do not,\" she said.",
            &["\"They call it 'a reset', we do not,\""],
        );
    }

    #[test]
    fn double_quotes_inside_single_ones_belong_to_them() {
        check(
            "'He told me \"no deal\",' she said.",
            &["'He told me \"no deal\",'"],
        );
        check(
            "‘They said “wait”,’ he added, and ‘we did’.",
            &["‘They said “wait”,’", "‘we did’"],
        );
        // An apostrophe that opens nothing leaves the double quotation be.
        check("In the '90s she said \"no deal\" twice.", &["\"no deal\""]);
    }

    #[test]
    fn an_open_quotation_runs_on_to_the_next_paragraph() {
        let text = "“We will stay at the table. We have time.";
        let found = quotations(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 1);
        assert!(found[0].runs_on);
        assert!(opens_with_quotation("  “And more.”", Span::new(0, 14)));
    }
}
