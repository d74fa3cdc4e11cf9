//! Article parsing: the title, outlet, author and date where the text states
//! them, and the body as blocks, with page furniture left out.
//!
//! Nothing is copied or normalised: blocks are byte spans into the original
//! file text, which the article keeps verbatim.

use serde::{Deserialize, Serialize};

use crate::dates::StatedDate;
use crate::index::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// A section heading: a short line without closing punctuation.
    Heading,
    /// Running text, the only kind statements come from.
    Paragraph,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file name, which is the article's id.
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// An ISO date (yyyy-mm-dd) where the text states one.
    pub date: Option<String>,
    /// The original file text, verbatim; every span points into it.
    pub text: String,
    pub title_span: Span,
    /// The body without page furniture, in reading order.
    pub blocks: Vec<Block>,
    /// True for articles a user added, false for the bundled corpus.
    pub user_added: bool,
    /// The dates the body states, found once here so that the timeline
    /// reads them instead of searching the text on every view.
    pub dates: Vec<StatedDate>,
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|block| block.kind == BlockKind::Paragraph)
    }
}

/// The page-furniture markers, bundled as data.
const FURNITURE_TOML: &str = include_str!("../data/furniture.toml");

#[derive(serde::Deserialize)]
struct Furniture {
    /// Lines that end the article: everything from the first of them on is
    /// the site's furniture (comment boxes, share buttons, footers).
    end_markers: Vec<String>,
    /// Lines dropped wherever they stand: credits and captions.
    credit_markers: Vec<String>,
    /// Lines dropped wherever they stand: links to other pages.
    link_markers: Vec<String>,
    /// Phrases that, after a name in a short line, credit the reporters.
    reporter_credits: Vec<String>,
}

/// Whether a line that opens with an end marker's words (`marker_len`
/// bytes of it) goes on as a sentence of the article: a lower-case word
/// follows the marker, and the line is long and ends as a sentence ends.
/// "Comments (12)" and "All rights reserved. Republication …" do not.
fn goes_on_as_a_sentence(line: &str, marker_len: usize) -> bool {
    let rest = line.get(marker_len..).unwrap_or("");
    let next_is_lower = rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    next_is_lower
        && line.split_whitespace().count() > 5
        && line
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with(['.', '!', '?'])
}

fn furniture() -> &'static Furniture {
    static FURNITURE: std::sync::OnceLock<Furniture> = std::sync::OnceLock::new();
    FURNITURE.get_or_init(|| toml::from_str(FURNITURE_TOML).expect("data/furniture.toml is valid"))
}

/// Parses one article file. The id is its file name.
pub fn parse_article(id: &str, text: &str) -> Article {
    let lines = lines_with_spans(text);
    let mut title: Option<Span> = None;
    let mut outlet = None;
    let mut author = None;
    let mut date = None;
    let mut blocks = Vec::new();
    let mut seen_body = false;

    for (index, &span) in lines.iter().enumerate() {
        let line = text[span.range()].trim();
        if line.is_empty() {
            continue;
        }
        let lower = line.to_lowercase();
        if let Some(marker) = furniture()
            .end_markers
            .iter()
            .find(|marker| lower.starts_with(marker.as_str()))
        {
            if !goes_on_as_a_sentence(line, marker.len()) {
                break;
            }
        }
        if furniture()
            .link_markers
            .iter()
            .any(|marker| lower.starts_with(marker.as_str()))
        {
            continue;
        }
        if let Some(source) = lower.strip_prefix("according to ") {
            // A bare "According to example.com" line names the source outlet.
            if !source.contains(' ') && source.contains('.') && !line.ends_with(',') {
                outlet = outlet.or_else(|| Some(line["According to ".len()..].trim().to_string()));
                continue;
            }
        }
        let span = trim_span(text, span);
        if title.is_none() {
            title = Some(span);
            continue;
        }
        // A byline is short and carries no sentence: "By making demands,
        // Russia …" is a paragraph, not an outlet.
        let byline = line
            .strip_prefix("Written by ")
            .or_else(|| line.strip_prefix("By "));
        if let Some(name) = byline.filter(|name| {
            !seen_body
                && name.split_whitespace().count() <= 6
                && !name.contains([',', '.', ';', ':'])
        }) {
            outlet = outlet.or_else(|| Some(name.trim().to_string()));
            continue;
        }
        if let Some(iso) = parse_date(line) {
            date = date.or(Some(iso));
            continue;
        }
        if is_furniture_line(line, &lower) {
            continue;
        }
        if !seen_body && author.is_none() && looks_like_person_name(line) {
            author = Some(line.to_string());
            continue;
        }
        if is_caption(
            line,
            &lower,
            lines.get(index + 1).map(|next| text[next.range()].trim()),
        ) {
            continue;
        }
        let kind = if is_heading(line) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        if kind == BlockKind::Paragraph {
            seen_body = true;
        }
        blocks.push(Block { kind, span });
    }

    let title_span = title.unwrap_or(Span::new(0, 0));
    let mut article = Article {
        id: id.to_string(),
        title: text[title_span.range()].to_string(),
        outlet,
        author,
        date,
        text: text.to_string(),
        title_span,
        blocks,
        user_added: false,
        dates: Vec::new(),
    };
    article.dates = crate::dates::stated_dates(&article);
    article
}

fn lines_with_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (position, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            spans.push(Span::new(start, position));
            start = position + 1;
        }
    }
    if start < text.len() {
        spans.push(Span::new(start, text.len()));
    }
    spans
}

fn trim_span(text: &str, span: Span) -> Span {
    let slice = &text[span.range()];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    Span::new(span.start as usize + leading, span.end as usize - trailing)
}

fn is_furniture_line(line: &str, lower: &str) -> bool {
    if credits_reporters(line, lower) {
        return true;
    }
    if furniture()
        .credit_markers
        .iter()
        .any(|marker| lower.starts_with(marker))
    {
        return true;
    }
    // A line of digits alone is a view counter or a page number; a line of
    // upper-case codes and a clock time is a wire service slug.
    if line.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_code = |word: &&str| {
        word.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == ':')
    };
    // A speaker's tag on its own line ("PRIME MINISTER TAMM:") is capitals
    // and a colon too, but has no clock time in it.
    let clock_time = |word: &&str| word.contains(':') && word.chars().any(|c| c.is_ascii_digit());
    if words.len() <= 4
        && words.iter().all(is_code)
        && words
            .iter()
            .any(|word| clock_time(word) || word.contains('_'))
    {
        return true;
    }
    words.len() == 1 && line.chars().count() <= 2
}

/// A line that credits the reporters: a name, then "reported from" or
/// "contributed to this report", in a line too short to report anything
/// else.
fn credits_reporters(line: &str, lower: &str) -> bool {
    if line.split_whitespace().count() > 16 {
        return false;
    }
    furniture().reporter_credits.iter().any(|credit| {
        lower.find(credit.as_str()).is_some_and(|at| {
            line.get(..at)
                .and_then(|before| before.split_whitespace().last())
                .is_some_and(|name| name.starts_with(char::is_uppercase))
        })
    })
}

/// A photo caption: a line with a credit ("Photo: Getty"), or a line in
/// another script's language directly before its English caption.
/// `lower` is `line` in lower case, which the caller has already made.
fn is_caption(line: &str, lower: &str, next: Option<&str>) -> bool {
    if furniture()
        .credit_markers
        .iter()
        .any(|marker| holds_credit(line, lower, marker))
        && line.len() < 200
    {
        return true;
    }
    let non_ascii_letters = line
        .chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii())
        .count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count().max(1);
    let foreign = non_ascii_letters * 10 > letters;
    foreign
        && next.is_some_and(|next| {
            furniture()
                .credit_markers
                .iter()
                .any(|marker| next.to_lowercase().contains(marker))
        })
}

/// Whether `line` holds the credit `marker`. A marker ending in a slash
/// credits a photographer by name ("REUTERS/Jane Roe"): after it, an
/// agency ("(Reuters/AFP)") or a pollster ("a Reuters/Ipsos poll") is a
/// dateline's or a report's words, not a credit.
fn holds_credit(line: &str, lower: &str, marker: &str) -> bool {
    if !marker.ends_with('/') {
        return lower.contains(marker);
    }
    // A name in mixed case follows the slash, and the line ends there or
    // another name word follows: "REUTERS/Stringer", "REUTERS/Jane Roe".
    let is_name =
        |word: &str| word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase);
    lower.match_indices(marker).any(|(at, _)| {
        let Some(rest) = line.get(at + marker.len()..) else {
            return false;
        };
        let mut words = rest.split_whitespace();
        words.next().is_some_and(is_name) && words.next().is_none_or(is_name)
    })
}

fn is_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    // A stage direction or an aside in brackets may close a sentence: "…
    // huh? (Laughter.)" is a line of speech, not a heading.
    let last = line.trim_end_matches([')', ']']);
    // A quotation closing a sentence ends it whatever its marks ("… this
    // budget.’"), where a headline's scare quote ("Minister ‘will not
    // back down’") has no full stop inside it.
    let inside_quotes = last.trim_end_matches(['’', '\'', '»', '›']);
    let ends_sentence = last.ends_with(['.', '!', ',', ';', ':', '”', '"', '…'])
        || inside_quotes.len() < last.len() && inside_quotes.ends_with(['.', '!', '?', '…']);
    // A heading is one phrase: a line holding a full stop and a new
    // sentence after it ("X says it is ready. Are you?") is a paragraph.
    let two_sentences = line.match_indices(['.', '!', '?']).any(|(at, stop)| {
        line[at + stop.len()..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    words <= 12 && !ends_sentence && !two_sentences && line.len() < 100
}

/// Two or three capitalised words and nothing else, as a byline under the title.
fn looks_like_person_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|word| {
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || c == '-' || c == '.')
        })
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that is only a date: "15.12.2021", "2021-12-15", "15 December 2021",
/// "December 15, 2021".
pub fn parse_date(line: &str) -> Option<String> {
    let line = line.trim();
    let numbers: Vec<&str> = line.split(['.', '-', '/']).collect();
    if numbers.len() == 3
        && numbers
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
    {
        let values: Vec<u32> = numbers
            .iter()
            .map(|part| part.parse().unwrap_or(0))
            .collect();
        let (year, month, day) = if numbers[0].len() == 4 {
            (values[0], values[1], values[2])
        } else {
            (values[2], values[1], values[0])
        };
        return valid_date(year, month, day);
    }
    let parts = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty());
    // Every paragraph is asked whether it is a date line: count its words
    // before lower-casing any of them.
    if parts.clone().count() != 3 {
        return None;
    }
    let words: Vec<String> = parts.map(str::to_lowercase).collect();
    let month_of = |word: &str| {
        MONTHS
            .iter()
            .position(|month| *month == word)
            .map(|index| index as u32 + 1)
    };
    let number = |word: &str| word.parse::<u32>().ok();
    match (number(&words[0]), month_of(&words[1]), number(&words[2])) {
        (Some(day), Some(month), Some(year)) => valid_date(year, month, day),
        _ => match (month_of(&words[0]), number(&words[1]), number(&words[2])) {
            (Some(month), Some(day), Some(year)) => valid_date(year, month, day),
            _ => None,
        },
    }
}

fn valid_date(year: u32, month: u32, day: u32) -> Option<String> {
    ((1900..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each block the parser kept, in order.
    fn block_texts(article: &Article) -> Vec<&str> {
        article
            .blocks
            .iter()
            .map(|block| article.slice(block.span))
            .collect()
    }

    const SAMPLE: &str = "A Title About Talks\n\nWritten by The Daily Example\n\nJane Doe\n\n\
        01.02.2023\n\nFirst paragraph. It has two sentences.\n\nA Section\n\n\
        Photo: Someone/Agency\n\nSecond paragraph here.\n\nShare this article\n\nLeave a Reply\n";

    #[test]
    fn reads_metadata_and_drops_furniture() {
        let article = parse_article("x.txt", SAMPLE);
        assert_eq!(article.title, "A Title About Talks");
        assert_eq!(article.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(article.author.as_deref(), Some("Jane Doe"));
        assert_eq!(article.date.as_deref(), Some("2023-02-01"));
        let texts = block_texts(&article);
        assert_eq!(
            texts,
            [
                "First paragraph. It has two sentences.",
                "A Section",
                "Second paragraph here."
            ]
        );
        assert_eq!(article.blocks[1].kind, BlockKind::Heading);
    }

    #[test]
    fn a_link_line_is_dropped_and_the_article_goes_on() {
        let text = "Levy Row\n\nThe levy passed.\n\nRead more: Why the levy matters\n\n\
            Comments by the mayor drew anger in the chamber on Monday.\n\nThe vote was close.\n\n\
            Comments (3)\n\nGreat article!\n";
        let article = parse_article("x.txt", text);
        let texts = block_texts(&article);
        assert_eq!(
            texts,
            [
                "The levy passed.",
                "Comments by the mayor drew anger in the chamber on Monday.",
                "The vote was close."
            ]
        );
    }

    #[test]
    fn a_credit_to_the_reporters_is_dropped() {
        let text = "Levy Row\n\nCases were reported from three provinces.\n\n\
            Okoro reported from Lagos, and Jane Roe from Accra.\n\nJohn Doe contributed to this report.\n";
        let article = parse_article("x.txt", text);
        let texts = block_texts(&article);
        assert_eq!(texts, ["Cases were reported from three provinces."]);
    }

    #[test]
    fn a_short_turn_ending_in_a_stage_direction_is_no_heading() {
        let text =
            "Remarks on the Talks\n\nTHE CHAIR:  Ready, everyone?  (Laughter.)\n\nWe start now.\n";
        let article = parse_article("x.txt", text);
        let kinds: Vec<BlockKind> = article.blocks.iter().map(|block| block.kind).collect();
        assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Paragraph]);
    }

    #[test]
    fn a_short_paragraph_closing_a_single_quotation_is_no_heading_but_a_scare_quote_is() {
        let text = "Levy Row\n\nMayor ‘will not back down’\n\nShe said: ‘We will not pay.’\n\nHe said: 'No.'\n";
        let article = parse_article("x.txt", text);
        let kinds: Vec<BlockKind> = article.blocks.iter().map(|block| block.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let article = parse_article("x.txt", SAMPLE);
        for block in &article.blocks {
            assert_eq!(&SAMPLE[block.span.range()], article.slice(block.span));
        }
        assert_eq!(&SAMPLE[article.title_span.range()], "A Title About Talks");
    }

    #[test]
    fn a_paragraph_opening_with_by_is_not_a_byline() {
        let text = "Title\n\nFirst paragraph here.\n\nBy making demands, the minister won time.\n";
        let article = parse_article("z.txt", text);
        assert_eq!(article.outlet, None);
        assert_eq!(article.blocks.len(), 2);
    }

    #[test]
    fn parses_dates_in_several_forms() {
        assert_eq!(parse_date("15.12.2021").as_deref(), Some("2021-12-15"));
        assert_eq!(parse_date("2021-12-15").as_deref(), Some("2021-12-15"));
        assert_eq!(
            parse_date("15 December 2021").as_deref(),
            Some("2021-12-15")
        );
        assert_eq!(
            parse_date("December 15, 2021").as_deref(),
            Some("2021-12-15")
        );
        assert_eq!(parse_date("Talks resumed"), None);
        assert_eq!(parse_date("32.13.2021"), None);
    }

    #[test]
    fn drops_wire_slugs_counters_and_captions() {
        let text =
            "Title\n\nAB CDE_FGH 08:05\n\n214\n\nDelegates arrive at the venue. Photo: Agence\n\
            The delegates in the hall. Image: Agence\n\nBody text that matters.\n";
        let article = parse_article("y.txt", text);
        let texts = block_texts(&article);
        assert_eq!(texts, ["Body text that matters."]);
    }

    #[test]
    fn a_short_line_of_two_sentences_ending_in_a_question_is_no_heading() {
        let text = "Title\n\nWhat comes next?\n\nChile says it is ready. Are you?\n";
        let article = parse_article("q.txt", text);
        let kinds: Vec<BlockKind> = article.blocks.iter().map(|block| block.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph]);
    }

    #[test]
    fn a_speakers_tag_in_capitals_on_its_own_line_is_kept() {
        let text = "Title\n\nPRIME MINISTER BERG:\nWe will sign.\n\nTAMM:\nSo will we.\n";
        let article = parse_article("z.txt", text);
        let texts = block_texts(&article);
        assert_eq!(
            texts,
            [
                "PRIME MINISTER BERG:",
                "We will sign.",
                "TAMM:",
                "So will we."
            ]
        );
    }
}
