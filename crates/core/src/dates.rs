//! The dates an article states in its body ("10 December 2021", "December
//! 10", "January 2022", "2008"), found once when the article is parsed and
//! stored with it in the index, so the timeline only reads them.

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::index::Span;

/// A date as precisely as a text states it; a missing month or day sorts
/// before the months and days of the same year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl TextDate {
    /// "2021", "December 2021" or "10 December 2021".
    pub fn label(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                format!("{day} {} {}", MONTH_NAMES[month as usize - 1], self.year)
            }
            (Some(month), None) => format!("{} {}", MONTH_NAMES[month as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// One number that orders dates as `Ord` does: year, then month (none
    /// first), then day (none first).
    pub fn sort_key(&self) -> i64 {
        let month = self.month.map_or(0, |month| month as i64 + 1);
        let day = self.day.map_or(0, |day| day as i64 + 1);
        (self.year as i64 * 100 + month) * 100 + day
    }

    /// An article's ISO date ("2021-12-15").
    pub fn parse_iso(iso: &str) -> Option<TextDate> {
        let mut parts = iso.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next().and_then(|part| part.parse().ok());
        let day = parts.next().and_then(|part| part.parse().ok());
        Some(TextDate { year, month, day })
    }
}

/// One date stated in an article's body, as the index stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedDate {
    pub date: TextDate,
    /// False when the year was taken from the article's own date.
    pub year_stated: bool,
    /// The words that state the date.
    pub span: Span,
    /// The sentence they stand in, which is also the evidence span of any
    /// statement made in it.
    pub sentence: Span,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Every date stated in the article's paragraphs, sentence by sentence in
/// reading order, each date once per sentence. This is the one place dates
/// are read from text: [`crate::article::parse_article`] calls it, so the
/// index built at compile time and the one the browser builds on import
/// carry the same dates.
pub fn stated_dates(article: &Article) -> Vec<StatedDate> {
    let published_year = article
        .date
        .as_deref()
        .and_then(TextDate::parse_iso)
        .map(|date| date.year);
    let mut found = Vec::new();
    for block in article.paragraphs() {
        for sentence in crate::sentence::split_sentences(&article.text, block.span) {
            let first = found.len();
            for (date, year_stated, span) in dates_in(&article.text, sentence, published_year) {
                // A sentence that names a date twice is one mention of it.
                if found[first..]
                    .iter()
                    .any(|seen: &StatedDate| seen.date == date)
                {
                    continue;
                }
                found.push(StatedDate {
                    date,
                    year_stated,
                    span,
                    sentence,
                });
            }
        }
    }
    found
}

fn month_number(word: &str) -> Option<u8> {
    MONTH_NAMES
        .iter()
        .position(|month| *month == word)
        .map(|position| position as u8 + 1)
}

fn day_number(word: &str) -> Option<u8> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    let day: u8 = digits.parse().ok().filter(|_| digits.len() <= 2)?;
    (1..=31).contains(&day).then_some(day)
}

fn year_number(word: &str) -> Option<u16> {
    let year: u16 = word.parse().ok().filter(|_| word.len() == 4)?;
    (1900..=2100).contains(&year).then_some(year)
}

/// The dates in one sentence: "10 December 2021", "December 10", "December
/// 2021", "2008". Month names must be capitalised, so "may" the verb is not a
/// date; a day and month without a year take `default_year` (or are skipped).
fn dates_in(text: &str, sentence: Span, default_year: Option<u16>) -> Vec<(TextDate, bool, Span)> {
    let words = crate::text::words(text, sentence);
    let word = |i: usize| words.get(i).map(|span: &Span| &text[span.range()]);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let current = word(i).unwrap_or("");
        // A date starts with a number or a capitalised month name; most
        // words are neither, and need no closer look.
        if !current.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            i += 1;
            continue;
        }
        let (next, after) = (word(i + 1), word(i + 2));
        let mut consumed = 1;
        let mut date = None;
        // A day and a month in either order, then the year if the third
        // word is one, else the default year (the date was not stated whole).
        let day_and_month = |day: u8, month: u8| match after.and_then(year_number) {
            Some(year) => (Some((year, Some(month), Some(day), true)), 3),
            None => (
                default_year.map(|year| (year, Some(month), Some(day), false)),
                2,
            ),
        };
        if let (Some(day), Some(month)) = (day_number(current), next.and_then(month_number)) {
            // "10 December 2021" or "10 December".
            (date, consumed) = day_and_month(day, month);
        } else if let Some(month) = month_number(current) {
            if let Some(day) = next.and_then(day_number) {
                // "December 10, 2021" or "December 10".
                (date, consumed) = day_and_month(day, month);
            } else if let Some(year) = next.and_then(year_number) {
                date = Some((year, Some(month), None, true));
                consumed = 2;
            }
        } else if let Some(year) = year_number(current) {
            date = Some((year, None, None, true));
        }
        if let Some((year, month, day, stated)) = date {
            let span = Span {
                start: words[i].start,
                end: words[i + consumed - 1].end,
            };
            found.push((TextDate { year, month, day }, stated, span));
        }
        i += consumed;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(String, bool, String)> {
        let article = crate::article::parse_article(
            "a.txt",
            &format!("A Title\n\n15 December 2021\n\n{text}\n"),
        );
        article
            .dates
            .iter()
            .map(|stated| {
                (
                    stated.date.label(),
                    stated.year_stated,
                    article.text[stated.span.range()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_each_written_form_once_per_sentence() {
        assert_eq!(
            labels("On 10 December the talks began. They end on January 2022, said Jane Doe. In 2008 and in 2008 again, nothing."),
            [
                ("10 December 2021".to_string(), false, "10 December".to_string()),
                ("January 2022".to_string(), true, "January 2022".to_string()),
                ("2008".to_string(), true, "2008".to_string()),
            ]
        );
        assert_eq!(
            labels("He said on December 7th, 2021, that it may be so."),
            [(
                "7 December 2021".to_string(),
                true,
                "December 7th, 2021".to_string()
            )]
        );
    }

    #[test]
    fn a_day_without_a_year_in_an_undated_article_is_skipped() {
        let article =
            crate::article::parse_article("a.txt", "A Title\n\nOn 10 December the talks began.\n");
        assert!(article.dates.is_empty());
    }

    #[test]
    fn orders_dates_by_precision_within_a_year() {
        let date = |year, month, day| TextDate { year, month, day };
        assert!(date(2021, None, None).sort_key() < date(2021, Some(1), None).sort_key());
        assert!(date(2021, Some(1), None).sort_key() < date(2021, Some(1), Some(1)).sort_key());
        assert!(date(2021, Some(12), Some(31)).sort_key() < date(2022, None, None).sort_key());
        assert_eq!(
            TextDate::parse_iso("2021-12"),
            Some(date(2021, Some(12), None))
        );
    }
}
