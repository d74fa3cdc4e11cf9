//! Exports: one flat [`ExportRecord`] per statement, built once, and every
//! format written from those records: the JSON lines of `redlines export
//! --jsonl` (also the form of the labelled sets `redlines eval` reads), and
//! the CSV, JSON and Markdown files the explorer downloads. Because each
//! format only writes out records, the three downloads always carry the same
//! statements with the same values.

use serde::{Deserialize, Serialize};

use crate::index::Index;

/// One statement with everything an export shows, flattened to text.
/// Fields are serialized in this order; the optional ones as `null`, so that
/// every JSON record has the same keys, as every CSV row has the same columns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    /// The article's file name.
    pub article: String,
    /// The article's title, outlet and ISO date; labelled sets leave them out.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// The exact evidence text.
    pub sentence: String,
    /// Byte offsets of the evidence in the article file.
    pub start: u32,
    pub end: u32,
    /// The canonical display name.
    pub actor: String,
    pub actor_kind: String,
    #[serde(default)]
    pub actor_role: Option<String>,
    #[serde(default)]
    pub actor_affiliation: Option<String>,
    /// Theme ids, best first.
    pub themes: Vec<String>,
    /// The same themes' labels, for the Markdown export, which is read by
    /// people; the JSON and CSV forms name themes by id only.
    #[serde(skip)]
    pub theme_labels: Vec<String>,
    pub stance: String,
    /// direct, reported or attributed.
    pub quote: String,
    #[serde(default)]
    pub cue: String,
    #[serde(default)]
    pub confidence: f32,
    /// The attribution rule that fired (see `Rule` in the index format).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

impl Index {
    /// The record of statement `number`, the one source of every export.
    pub fn export_record(&self, number: usize) -> ExportRecord {
        let statement = &self.statements[number];
        let actor = self.actor(statement);
        let article = self.article_of(statement);
        let themes = statement
            .themes
            .iter()
            .map(|&theme| &self.themes[theme as usize]);
        ExportRecord {
            article: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            date: article.date.clone(),
            sentence: self.sentence(statement).to_string(),
            start: statement.span.start,
            end: statement.span.end,
            actor: actor.name.clone(),
            actor_kind: actor.kind.as_str().to_string(),
            actor_role: actor.role.clone(),
            actor_affiliation: actor.affiliation.clone(),
            themes: themes.clone().map(|theme| theme.id.clone()).collect(),
            theme_labels: themes.map(|theme| theme.label.clone()).collect(),
            stance: statement.stance.as_str().to_string(),
            quote: statement.quote.as_str().to_string(),
            cue: statement.cue.clone(),
            confidence: statement.confidence,
            rule: statement.rule.as_str().to_string(),
        }
    }

    /// The records of every statement, in index order.
    pub fn export_records(&self) -> Vec<ExportRecord> {
        (0..self.statements.len())
            .map(|number| self.export_record(number))
            .collect()
    }

    /// The statements as CSV (RFC 4180), one row each, with a header row.
    pub fn export_csv(&self, statements: &[usize]) -> String {
        to_csv(&self.records_of(statements))
    }

    /// The statements as a JSON array of records, one per line.
    pub fn export_json(&self, statements: &[usize]) -> String {
        to_json(&self.records_of(statements))
    }

    /// The statements as Markdown: one quotation per statement, grouped by
    /// actor (the actor with most statements first), with stance, themes
    /// and source.
    pub fn export_markdown(&self, statements: &[usize]) -> String {
        let groups: Vec<Vec<ExportRecord>> = self
            .group_by_actor(statements)
            .into_iter()
            .map(|(_, members)| self.records_of(&members))
            .collect();
        to_markdown(&groups)
    }

    fn records_of(&self, statements: &[usize]) -> Vec<ExportRecord> {
        statements
            .iter()
            .map(|&number| self.export_record(number))
            .collect()
    }
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 14] = [
    "article",
    "title",
    "outlet",
    "date",
    "actor",
    "actor_kind",
    "stance",
    "quote",
    "themes",
    "sentence",
    "start",
    "end",
    "cue",
    "confidence",
];

/// Records as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a
/// comma, a quotation mark or a line break, quotation marks doubled), with
/// a header row. Themes are joined with `;`; the confidence has two
/// decimals.
pub fn to_csv(records: &[ExportRecord]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for record in records {
        let fields = [
            record.article.as_str(),
            &record.title,
            record.outlet.as_deref().unwrap_or_default(),
            record.date.as_deref().unwrap_or_default(),
            &record.actor,
            &record.actor_kind,
            &record.stance,
            &record.quote,
            &record.themes.join(";"),
            &record.sentence,
            &record.start.to_string(),
            &record.end.to_string(),
            &record.cue,
            &decimal(record.confidence),
        ];
        let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Records as a JSON array, one record to a line so that a download reads
/// well in a text editor and diffs line by line.
pub fn to_json(records: &[ExportRecord]) -> String {
    if records.is_empty() {
        return "[]\n".to_string();
    }
    let mut out = String::from("[");
    for (position, record) in records.iter().enumerate() {
        out.push_str(if position == 0 { "\n  " } else { ",\n  " });
        out.push_str(&record_json(record));
    }
    out.push_str("\n]\n");
    out
}

/// Records as JSON lines, one object per line: `redlines export --jsonl`.
pub fn to_jsonl(records: &[ExportRecord]) -> String {
    let mut out = String::new();
    for record in records {
        out.push_str(&record_json(record));
        out.push('\n');
    }
    out
}

fn record_json(record: &ExportRecord) -> String {
    serde_json::to_string(record).expect("a record of strings and numbers always serializes")
}

/// Groups of records, each group one actor's, as Markdown: a heading per
/// actor, then each statement quoted with its stance, quote type, theme
/// labels, article title and date. Corpus text is escaped, so nothing in a
/// sentence or title turns into markup.
pub fn to_markdown(groups: &[Vec<ExportRecord>]) -> String {
    let mut out = String::from("# Red Lines: statements\n");
    for group in groups {
        let Some(first) = group.first() else {
            continue;
        };
        out.push_str(&format!("\n## {}\n", markdown_text(&first.actor)));
        for record in group {
            out.push_str(&format!(
                "\n> {}\n\n**{}** ({} quote) · {} · *{}*",
                markdown_text(&record.sentence),
                record.stance,
                record.quote,
                markdown_text(&record.theme_labels.join(", ")),
                markdown_text(&record.title),
            ));
            if let Some(date) = &record.date {
                out.push_str(&format!(", {}", markdown_text(date)));
            }
            out.push('\n');
        }
    }
    out
}

/// A confidence between 0 and 1 with two decimals ("0.85"), by integer
/// arithmetic, as the app shows it.
fn decimal(confidence: f32) -> String {
    let hundredths = crate::query::percent(confidence);
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Corpus text in Markdown, with every character that could start inline
/// markup escaped, line breaks folded (so a sentence stays one quoted line),
/// and a leading list or heading-underline marker escaped, since the text
/// opens a line of the export.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let marker = if out.starts_with(['-', '+', '=']) {
        Some(0)
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        Some(digits)
    } else {
        None
    };
    if let Some(at) = marker {
        out.insert(at, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(decimal(0.05), "0.05");
        assert_eq!(decimal(1.0), "1.00");
    }

    #[test]
    fn markdown_text_cannot_become_markup() {
        assert_eq!(markdown_text("a*b_c"), "a\\*b\\_c");
        assert_eq!(
            markdown_text("[x](y) <b> & ~z~"),
            "\\[x\\](y) \\<b\\> \\& \\~z\\~"
        );
        assert_eq!(markdown_text("- not a list"), "\\- not a list");
        assert_eq!(markdown_text("1. not a list"), "1\\. not a list");
        assert_eq!(markdown_text("1984 was a year."), "1984 was a year.");
        assert_eq!(markdown_text("one\ntwo"), "one two");
    }

    #[test]
    fn labelled_sets_without_article_details_still_read() {
        let line = r#"{"article": "a.txt", "sentence": "S.", "start": 0, "end": 2, "actor": "NATO", "actor_kind": "organization", "themes": [], "stance": "reject", "quote": "direct"}"#;
        let record: ExportRecord = serde_json::from_str(line).unwrap();
        assert_eq!(record.title, "");
        assert_eq!(record.rule, "");
        assert!(!to_jsonl(&[record]).contains("\"rule\""));
    }
}
