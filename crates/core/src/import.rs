//! Importing a user's file or pasted text as an article: checks the bytes
//! (size, binary formats, encodings), then reduces HTML and Markdown to the
//! plain layout that [`crate::article::parse_article`] reads: the title on the
//! first line, then one block per line with blank lines between blocks.
//!
//! Every refusal is an [`ImportError`] whose message names the file and the
//! reason in one sentence, so the browser and the command line can show it
//! as it is.
//!
//! Markdown decisions: `#` and underlined headings become heading lines,
//! emphasis and inline-code markers are removed, links keep their text,
//! images, footnote markers, link definitions and HTML comments are dropped,
//! and fenced code blocks are dropped whole, because code is not prose and its
//! lines would otherwise be read as sentences. Lines of one paragraph are
//! joined, since the article parser reads each line as a block.

use crate::html::parse_html;

/// The largest file accepted, in bytes (20 MiB).
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// A file reduced to plain article text, ready for
/// [`crate::corpus::build_index`] as a [`crate::corpus::SourceFile`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedText {
    /// The article id: the file name as given; the caller makes it safe and
    /// unique within its collection.
    pub name: String,
    pub text: String,
    /// Something the user should know about how the file was read, such as
    /// "decoded as Windows-1252".
    pub note: Option<String>,
}

/// Why a file cannot be imported. Each variant carries the file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No bytes at all, or only whitespace.
    Empty { file: String, whitespace: bool },
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge { file: String, bytes: usize },
    /// A known binary format, or bytes with NUL in them; `kind` reads as a
    /// noun phrase: "an image (PNG)".
    Binary { file: String, kind: String },
    /// Neither UTF-8, UTF-16 with a byte-order mark, nor text in Windows-1252.
    NotText { file: String, reason: String },
    /// An extension that is none of the supported ones.
    Unsupported { file: String, extension: String },
    /// Markup with no readable text in it once reduced.
    NoText { file: String },
}

impl ImportError {
    /// The name of the file the error is about.
    pub fn file(&self) -> &str {
        match self {
            ImportError::Empty { file, .. }
            | ImportError::TooLarge { file, .. }
            | ImportError::Binary { file, .. }
            | ImportError::NotText { file, .. }
            | ImportError::Unsupported { file, .. }
            | ImportError::NoText { file } => file,
        }
    }
}

const SUPPORTED: &str = "import .txt, .md or .html files";

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty {
                file,
                whitespace: false,
            } => write!(f, "{file} is empty: there is no text to import."),
            ImportError::Empty {
                file,
                whitespace: true,
            } => write!(
                f,
                "{file} contains only whitespace: there is no text to import."
            ),
            ImportError::TooLarge { file, bytes } => write!(
                f,
                "{file} is {}, over the {} import limit: split it into smaller files.",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            ImportError::Binary { file, kind } => {
                write!(f, "{file} is {kind}, not an article: {SUPPORTED}.")
            }
            ImportError::NotText { file, reason } => {
                write!(f, "{file} is not readable text: {reason}.")
            }
            ImportError::Unsupported { file, extension } => write!(
                f,
                "{file} is a .{extension} file, which Red Lines cannot read: {SUPPORTED}."
            ),
            ImportError::NoText { file } => {
                write!(f, "{file} has no readable text once its markup is removed.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
}

/// Imports one file: checks its size and kind, decodes it, and reduces it to
/// article text by its extension (`.txt`, `.md`/`.markdown`,
/// `.html`/`.htm`/`.xhtml`), or by its content when it has no extension or
/// a `.txt` file is really an HTML page.
pub fn import_file(file_name: &str, bytes: &[u8]) -> Result<ImportedText, ImportError> {
    let file = file_name.to_string();
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            file,
            bytes: bytes.len(),
        });
    }
    if bytes.is_empty() {
        return Err(ImportError::Empty {
            file,
            whitespace: false,
        });
    }
    let extension = extension(file_name);
    if let Some(kind) = binary_kind(bytes, extension.as_deref()) {
        return Err(ImportError::Binary { file, kind });
    }
    let declared = match extension.as_deref() {
        Some("txt" | "text") => Some(Format::Text),
        Some("md" | "markdown" | "mdown" | "mkd") => Some(Format::Markdown),
        Some("html" | "htm" | "xhtml") => Some(Format::Html),
        None => None,
        Some(other) => {
            return Err(ImportError::Unsupported {
                file,
                extension: other.to_string(),
            })
        }
    };
    let (decoded, note) = decode(&file, bytes)?;
    let text = normalize_text(&decoded);
    if text.trim().is_empty() {
        return Err(ImportError::Empty {
            file,
            whitespace: true,
        });
    }
    let format = match declared {
        Some(Format::Markdown) => Format::Markdown,
        Some(Format::Html) => Format::Html,
        // A page saved with a .txt name, or a file without an extension,
        // is read as what it is.
        Some(Format::Text) | None if looks_like_html(&text) => Format::Html,
        _ => Format::Text,
    };
    let text = match format {
        Format::Text => text,
        Format::Markdown => markdown_to_text(&text, &title_from_name(file_name)),
        Format::Html => {
            let document = parse_html(&text);
            if document.blocks.is_empty() {
                return Err(ImportError::NoText { file });
            }
            let title = document
                .best_title()
                .unwrap_or_else(|| title_from_name(file_name));
            document.to_text(Some(&title))
        }
    };
    if text.trim().is_empty() {
        return Err(ImportError::NoText { file });
    }
    Ok(ImportedText {
        name: file,
        text,
        note,
    })
}

/// Imports pasted text. The title becomes the first line, which is where
/// the article parser looks for it; without a title the first line of the
/// text is the title.
pub fn import_pasted(title: &str, text: &str) -> Result<ImportedText, ImportError> {
    let title = collapse_line(title);
    let name = if title.is_empty() {
        "Pasted text".to_string()
    } else {
        title.clone()
    };
    if text.len() + title.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            file: name,
            bytes: text.len() + title.len(),
        });
    }
    let body = normalize_text(text);
    if body.trim().is_empty() {
        return Err(ImportError::Empty {
            file: name,
            whitespace: !text.is_empty(),
        });
    }
    let body = body.trim_matches('\n');
    let text = if title.is_empty() {
        format!("{body}\n")
    } else {
        format!("{title}\n\n{body}\n")
    };
    Ok(ImportedText {
        name,
        text,
        note: None,
    })
}

/// The lower-case extension of a file name, if it has one.
fn extension(file_name: &str) -> Option<String> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let (stem, extension) = base.rsplit_once('.')?;
    (!stem.is_empty() && !extension.is_empty()).then(|| extension.to_ascii_lowercase())
}

/// A readable title from a file name: "talks_in-geneva.md" → "talks in geneva".
fn title_from_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    };
    let title = collapse_line(&stem.replace(['_', '-'], " "));
    if title.is_empty() {
        "Untitled".to_string()
    } else {
        title
    }
}

/// One line of text: whitespace runs, line breaks included, to one space.
fn collapse_line(text: &str) -> String {
    crate::html::collapse_whitespace(text)
}

/// Binary formats known by a fixed opening (their magic number), with the
/// words that name them in a refusal.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"II*\0", "an image (TIFF)"),
    (b"MM\0*", "an image (TIFF)"),
    (b"\0\0\x01\0", "an icon (ICO)"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "a rich-text document (RTF)"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Microsoft Office document (DOC, XLS or PPT)",
    ),
    (b"\x1f\x8b", "a compressed file (gzip)"),
    (b"\xfd7zXZ\0", "a compressed file (xz)"),
    (b"\x28\xb5\x2f\xfd", "a compressed file (zstd)"),
    (b"7z\xbc\xaf\x27\x1c", "an archive (7z)"),
    (b"Rar!\x1a\x07", "an archive (RAR)"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\0asm", "a WebAssembly module"),
    (b"SQLite format 3\0", "a database (SQLite)"),
    (b"OggS", "an audio or video file (Ogg)"),
    (b"fLaC", "an audio file (FLAC)"),
    (b"\xff\xfb", "an audio file (MP3)"),
    (b"\x1a\x45\xdf\xa3", "a video file (Matroska or WebM)"),
    (b"wOFF", "a web font (WOFF)"),
    (b"wOF2", "a web font (WOFF)"),
];

/// Formats that a fixed opening alone does not tell: containers named by a
/// subtype further in (RIFF, ISO media), ZIP-based documents named by their
/// extension, and openings that need one more byte checked to be sure.
fn container_kind(bytes: &[u8], extension: Option<&str>) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let at = |range: std::ops::Range<usize>| bytes.get(range);
    if starts(b"RIFF") {
        return match at(8..12) {
            Some(b"WEBP") => Some("an image (WebP)"),
            Some(b"WAVE") => Some("an audio file (WAV)"),
            _ => None,
        };
    }
    if at(4..8) == Some(b"ftyp") {
        return match at(8..12) {
            Some(b"avif" | b"avis") => Some("an image (AVIF)"),
            Some(b"heic" | b"heix" | b"mif1") => Some("an image (HEIC)"),
            Some(_) => Some("a video or audio file (MP4)"),
            None => None,
        };
    }
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        return Some(match extension {
            Some("docx") => "a Word document (DOCX)",
            Some("xlsx") => "an Excel workbook (XLSX)",
            Some("pptx") => "a PowerPoint presentation (PPTX)",
            Some("odt") => "an OpenDocument text (ODT)",
            Some("epub") => "an e-book (EPUB)",
            _ => "a ZIP archive",
        });
    }
    if starts(b"BZh") && bytes.get(3).is_some_and(u8::is_ascii_digit) {
        return Some("a compressed file (bzip2)");
    }
    if starts(b"MZ") && bytes.contains(&0) {
        return Some("a program (Windows executable)");
    }
    if starts(b"ID3")
        && bytes
            .get(3)
            .is_some_and(|version| (2..=4).contains(version))
    {
        return Some("an audio file (MP3)");
    }
    None
}

/// Names a binary format by its magic number, or by NUL bytes in the first
/// few kilobytes. UTF-16 text has NUL bytes too, so a UTF-16 byte-order mark
/// exempts a file from the NUL check.
fn binary_kind(bytes: &[u8], extension: Option<&str>) -> Option<String> {
    let known = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
        .or_else(|| container_kind(bytes, extension));
    if let Some(kind) = known {
        return Some(kind.to_string());
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return None;
    }
    bytes
        .iter()
        .take(8192)
        .any(|&byte| byte == 0)
        .then(|| "binary data (it contains NUL bytes)".to_string())
}

/// Decodes the bytes: UTF-8 (with or without a byte-order mark), UTF-16 with
/// a byte-order mark, else Windows-1252 when that reads as text.
fn decode(file: &str, bytes: &[u8]) -> Result<(String, Option<String>), ImportError> {
    let not_text = |reason: String| ImportError::NotText {
        file: file.to_string(),
        reason,
    };
    let (text, note) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        match std::str::from_utf8(rest) {
            Ok(text) => (text.to_string(), None),
            Err(error) => {
                return Err(not_text(format!(
                    "it starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte {}",
                    error.valid_up_to() + 3
                )))
            }
        }
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        (decode_utf16(file, rest, u16::from_le_bytes)?, None)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        (decode_utf16(file, rest, u16::from_be_bytes)?, None)
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_string(), None)
    } else {
        let text: String = bytes.iter().map(|&byte| windows_1252(byte)).collect();
        (
            text,
            Some("decoded as Windows-1252 (Latin-1): the file is not valid UTF-8".to_string()),
        )
    };
    // Text has few control characters; binary data read as text has many.
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    let chars = text.chars().count().max(1);
    if controls * 100 > chars {
        let encoding = if note.is_some() {
            "it is not UTF-8, and read as Windows-1252 it"
        } else {
            "it"
        };
        return Err(not_text(format!(
            "{encoding} has {controls} control characters in {chars}, so it is binary data"
        )));
    }
    Ok((text, note))
}

fn decode_utf16(file: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ImportError::NotText {
            file: file.to_string(),
            reason: "it starts with a UTF-16 byte-order mark but has an odd number of bytes"
                .to_string(),
        });
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    String::from_utf16(&units).map_err(|_| ImportError::NotText {
        file: file.to_string(),
        reason: "it starts with a UTF-16 byte-order mark but has an unpaired surrogate".to_string(),
    })
}

/// Windows-1252, which agrees with Latin-1 except in 0x80..=0x9F, where it
/// has punctuation and letters instead of control codes; its five undefined
/// bytes map to the C1 controls as browsers do.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Unix line ends, no byte-order mark, no NUL or other control characters
/// but tabs and line breaks.
fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{c}' => out.push('\n'),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An HTML page rather than text that mentions a tag: a doctype or an
/// `<html>`, `<head>` or `<body>` tag at the start.
fn looks_like_html(text: &str) -> bool {
    let start: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body", "<?xml"]
        .iter()
        .any(|prefix| start.starts_with(prefix))
        && text.to_ascii_lowercase().contains("</")
}

/// Reduces Markdown to article text (see the module comment for what is kept).
/// `fallback_title` is the first line when the document does not open with a
/// heading or give a `title:` in its front matter.
pub fn markdown_to_text(markdown: &str, fallback_title: &str) -> String {
    let mut lines = markdown.lines().peekable();
    let mut front_title = None;
    // YAML front matter, as static site generators write it.
    if lines.peek().is_some_and(|line| line.trim_end() == "---") {
        let rest: Vec<&str> = markdown.lines().skip(1).collect();
        if let Some(end) = rest
            .iter()
            .position(|line| matches!(line.trim_end(), "---" | "..."))
        {
            for line in &rest[..end] {
                if let Some(value) = line.strip_prefix("title:") {
                    let value = value.trim().trim_matches(['"', '\'']).trim();
                    if !value.is_empty() {
                        front_title = Some(value.to_string());
                    }
                }
            }
            for _ in 0..end + 2 {
                lines.next();
            }
        }
    }

    let mut blocks: Vec<(bool, String)> = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut in_comment = false;
    let flush = |paragraph: &mut Vec<String>, blocks: &mut Vec<(bool, String)>| {
        if !paragraph.is_empty() {
            let text = strip_inline(&paragraph.join(" "));
            let text = collapse_line(&text);
            if !text.is_empty() {
                blocks.push((false, text));
            }
            paragraph.clear();
        }
    };

    for raw in lines {
        let trimmed = raw.trim();
        if let Some((fence_char, fence_len)) = fence {
            let run = trimmed.chars().take_while(|&c| c == fence_char).count();
            if run >= fence_len && trimmed[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if in_comment {
            if trimmed.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if trimmed.starts_with("<!--") {
            flush(&mut paragraph, &mut blocks);
            in_comment = !trimmed.contains("-->");
            continue;
        }
        // Block quotes are read as their content.
        let mut line = trimmed;
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
            continue;
        }
        if let Some(fence_char) = ['`', '~'].into_iter().find(|&c| line.starts_with(c)) {
            let run = line.chars().take_while(|&c| c == fence_char).count();
            if run >= 3 {
                flush(&mut paragraph, &mut blocks);
                fence = Some((fence_char, run));
                continue;
            }
        }
        if let Some(heading) = atx_heading(line) {
            flush(&mut paragraph, &mut blocks);
            let text = collapse_line(&strip_inline(heading));
            if !text.is_empty() {
                blocks.push((true, text));
            }
            continue;
        }
        let rule_chars: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let is_rule = |c: char| rule_chars.len() >= 3 && rule_chars.chars().all(|x| x == c);
        if !paragraph.is_empty() && (is_rule('=') || (is_rule('-') && !line.contains(' '))) {
            // A setext underline makes the paragraph above a heading.
            let text = collapse_line(&strip_inline(&paragraph.join(" ")));
            paragraph.clear();
            if !text.is_empty() {
                blocks.push((true, text));
            }
            continue;
        }
        if is_rule('-') || is_rule('*') || is_rule('_') {
            flush(&mut paragraph, &mut blocks);
            continue;
        }
        if is_link_definition(line) {
            flush(&mut paragraph, &mut blocks);
            continue;
        }
        if line.starts_with('|') {
            flush(&mut paragraph, &mut blocks);
            let cells: Vec<&str> = line
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .collect();
            let separator = cells
                .iter()
                .all(|cell| cell.chars().all(|c| matches!(c, '-' | ':' | ' ')));
            if !separator {
                let text = collapse_line(&strip_inline(&cells.join("; ")));
                if !text.is_empty() {
                    blocks.push((false, text));
                }
            }
            continue;
        }
        if let Some(item) = list_item(line) {
            flush(&mut paragraph, &mut blocks);
            paragraph.push(item.to_string());
            continue;
        }
        paragraph.push(line.to_string());
    }
    flush(&mut paragraph, &mut blocks);

    if blocks.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let opens_with_heading = blocks.first().is_some_and(|(heading, _)| *heading);
    match front_title {
        Some(title) => {
            out.push_str(&title);
            if blocks.first().is_some_and(|(_, text)| *text == title) {
                blocks.remove(0);
            }
        }
        None if !opens_with_heading => out.push_str(fallback_title),
        None => {}
    }
    for (_, text) in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&text);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The text of an ATX heading line ("## Title ##"), if the line is one.
fn atx_heading(line: &str) -> Option<&str> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    let without_closing = rest.trim_end_matches('#');
    if without_closing.is_empty() || without_closing.ends_with([' ', '\t']) {
        Some(without_closing.trim())
    } else {
        Some(rest)
    }
}

/// The content of a list item line ("- text", "* text", "1. text").
fn list_item(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            let rest = rest.trim_start();
            // A task-list box is not text.
            let rest = ["[ ] ", "[x] ", "[X] "]
                .iter()
                .find_map(|box_| rest.strip_prefix(box_))
                .unwrap_or(rest);
            return Some(rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// "[label]: destination", a reference link definition.
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|end| end > 1 && !line[end + 2..].trim().is_empty())
}

/// Removes inline Markdown: emphasis and strike-through markers, code
/// backticks, images, footnote references, and link syntax (keeping the text).
fn strip_inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let run = count_run(&chars, i, '`');
                match find_run(&chars, i + run, '`', run) {
                    Some(end) => {
                        let code: String = chars[i + run..end].iter().collect();
                        out.push_str(code.trim());
                        i = end + run;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link_at(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link_at(&chars, i) {
                Some((label, end)) => {
                    let label: String = label.iter().collect();
                    if !label.starts_with('^') {
                        out.push_str(&strip_inline(&label));
                    }
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '<' => {
                // An autolink shows its address.
                let close = chars[i..].iter().position(|&x| x == '>').map(|p| p + i);
                let inner: Option<String> = close.map(|end| chars[i + 1..end].iter().collect());
                match inner {
                    Some(inner)
                        if !inner.contains(' ')
                            && (inner.starts_with("http://")
                                || inner.starts_with("https://")
                                || inner.starts_with("mailto:")) =>
                    {
                        out.push_str(inner.trim_start_matches("mailto:"));
                        i = close.unwrap_or(i) + 1;
                    }
                    _ => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '*' | '_' | '~' => {
                let run = count_run(&chars, i, c);
                let before = i.checked_sub(1).map(|p| chars[p]);
                let after = chars.get(i + run).copied();
                let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                // A marker touches text on at least one side; "2 * 3" and a
                // lone "~5 km" are text, and so is an underscore inside a word.
                let flanking = !(space(before) && space(after));
                let marker = match c {
                    '~' => run == 2 && flanking,
                    '_' => flanking && !(word(before) && word(after)),
                    _ => run <= 3 && flanking,
                };
                if !marker {
                    out.extend(&chars[i..i + run]);
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn count_run(chars: &[char], start: usize, c: char) -> usize {
    chars[start..].iter().take_while(|&&x| x == c).count()
}

/// The start of the next run of exactly `len` copies of `c` from `start`.
fn find_run(chars: &[char], start: usize, c: char, len: usize) -> Option<usize> {
    let mut i = start;
    while i < chars.len() {
        if chars[i] == c {
            let run = count_run(chars, i, c);
            if run == len {
                return Some(i);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

/// A link or image at `open` (a '['): "[label](url)", "[label][ref]", or a
/// footnote reference (a caret then a label). Returns the label and the index just past the link.
fn link_at(chars: &[char], open: usize) -> Option<(&[char], usize)> {
    let mut depth = 0usize;
    let mut close = None;
    for (offset, &c) in chars[open..].iter().enumerate() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + offset);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let label = &chars[open + 1..close];
    match chars.get(close + 1) {
        Some('(') => {
            let mut depth = 0usize;
            for (offset, &c) in chars[close + 1..].iter().enumerate() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((label, close + 1 + offset + 1));
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        Some('[') => {
            let end = chars[close + 1..].iter().position(|&c| c == ']')?;
            Some((label, close + 1 + end + 1))
        }
        _ if label.first() == Some(&'^') => Some((label, close + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{parse_article, BlockKind};

    fn imported(name: &str, bytes: &[u8]) -> ImportedText {
        import_file(name, bytes).unwrap_or_else(|error| panic!("{name}: {error}"))
    }

    fn error(name: &str, bytes: &[u8]) -> String {
        import_file(name, bytes)
            .expect_err("the import should fail")
            .to_string()
    }

    #[test]
    fn plain_text_keeps_its_layout_and_parses_like_a_seed() {
        let text = "Talks in Geneva\r\n\r\nThe minister said the talks would resume.\r\n";
        let result = imported("talks.txt", text.as_bytes());
        assert_eq!(
            result.text,
            "Talks in Geneva\n\nThe minister said the talks would resume.\n"
        );
        assert_eq!(result.name, "talks.txt");
        assert_eq!(result.note, None);
        let article = parse_article(&result.name, &result.text);
        assert_eq!(article.title, "Talks in Geneva");
        assert_eq!(article.paragraphs().count(), 1);
    }

    #[test]
    fn utf8_with_a_byte_order_mark() {
        let result = imported("bom.txt", b"\xef\xbb\xbfCaf\xc3\xa9 Title\n\nBody.\n");
        assert_eq!(result.text, "Café Title\n\nBody.\n");
        assert_eq!(result.note, None);
    }

    #[test]
    fn utf16_with_a_byte_order_mark_both_ways() {
        let source = "Título\n\nA sentence – with a dash.\n";
        let mut little = vec![0xff, 0xfe];
        let mut big = vec![0xfe, 0xff];
        for unit in source.encode_utf16() {
            little.extend(unit.to_le_bytes());
            big.extend(unit.to_be_bytes());
        }
        assert_eq!(imported("le.txt", &little).text, source);
        assert_eq!(imported("be.txt", &big).text, source);
        assert!(error("odd.txt", &little[..little.len() - 1]).contains("odd number of bytes"));
    }

    #[test]
    fn windows_1252_is_decoded_and_noted() {
        // "Café “talks” – 5 €" in Windows-1252.
        let bytes = b"Caf\xe9 \x93talks\x94 \x96 5 \x80\n\nThe minister\x92s words.\n";
        let result = imported("legacy.txt", bytes);
        assert_eq!(result.text, "Café “talks” – 5 €\n\nThe minister’s words.\n");
        assert!(result.note.as_deref().unwrap().contains("Windows-1252"));
    }

    #[test]
    fn bytes_that_are_no_text_in_any_encoding_are_refused() {
        let bytes: Vec<u8> = (0..400u32).map(|i| (i * 37 % 251 + 1) as u8).collect();
        let message = error("noise.txt", &bytes);
        assert!(
            message.starts_with("noise.txt is not readable text:"),
            "{message}"
        );
        assert!(message.contains("control characters"), "{message}");
    }

    #[test]
    fn binary_formats_are_named() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(
            error("photo.png", png),
            "photo.png is an image (PNG), not an article: import .txt, .md or .html files."
        );
        // The content decides, not the name.
        assert!(error("photo.txt", png).contains("an image (PNG)"));
        assert!(error("scan.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF").contains("an image (JPEG)"));
        assert!(error("anim.gif", b"GIF89a\x01\0\x01\0").contains("an image (GIF)"));
        assert!(error("paper.pdf", b"%PDF-1.7\n%\xe2\xe3").contains("a PDF document"));
        assert!(error("letter.docx", b"PK\x03\x04\x14\0\x06\0").contains("a Word document"));
        assert!(error("bundle.zip", b"PK\x03\x04\x14\0").contains("a ZIP archive"));
        assert!(error("data.txt", b"Title\n\nText\0with a NUL.").contains("NUL bytes"));
        assert!(error("song.mp3", b"ID3\x04\0\0\0\0\0\x10").contains("an audio file (MP3)"));
        // Text that merely opens with the letters of a magic number is text.
        assert_eq!(
            imported("tags.txt", b"ID3 Tags Explained\n\nBody.\n").text,
            "ID3 Tags Explained\n\nBody.\n"
        );
    }

    #[test]
    fn empty_whitespace_and_oversized_files_are_refused() {
        assert_eq!(
            error("empty.txt", b""),
            "empty.txt is empty: there is no text to import."
        );
        assert_eq!(
            error("blank.md", b" \n\t\r\n  "),
            "blank.md contains only whitespace: there is no text to import."
        );
        let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            error("big.txt", &big),
            "big.txt is 20.0 MB, over the 20 MB import limit: split it into smaller files."
        );
        let bigger = vec![b'a'; 25 * 1024 * 1024 + 300 * 1024];
        assert!(error("bigger.txt", &bigger).contains("is 25.3 MB"));
    }

    #[test]
    fn unsupported_extensions_are_refused_and_no_extension_is_sniffed() {
        assert_eq!(
            error("notes.csv", b"a,b\n1,2\n"),
            "notes.csv is a .csv file, which Red Lines cannot read: import .txt, .md or .html files."
        );
        assert_eq!(
            imported("README", b"Title\n\nBody.\n").text,
            "Title\n\nBody.\n"
        );
        let page = imported(
            "saved",
            b"<!DOCTYPE html><title>Saved Page</title><p>Body.</p>",
        );
        assert_eq!(page.text, "Saved Page\n\nBody.\n");
    }

    #[test]
    fn html_files_are_reduced_and_pages_saved_as_txt_too() {
        let html = "<html><head><title>Site | Headline</title><script>steal()</script></head>\
            <body><h1>Headline</h1><p>The minister &amp; the envoy met.</p>\
            <p onclick=\"steal()\">Second <a href=\"javascript:steal()\">link text</a>.</p></body></html>";
        for name in ["page.html", "page.HTM", "page.txt"] {
            let result = imported(name, html.as_bytes());
            assert_eq!(
                result.text, "Headline\n\nThe minister & the envoy met.\n\nSecond link text.\n",
                "{name}"
            );
        }
        let article = parse_article("page.html", &imported("page.html", html.as_bytes()).text);
        assert_eq!(article.title, "Headline");
        assert_eq!(article.paragraphs().count(), 2);
    }

    #[test]
    fn html_without_a_title_takes_the_file_name_and_empty_markup_is_refused() {
        let result = imported("geneva_talks.html", b"<p>Only a paragraph.</p>");
        assert_eq!(result.text, "geneva talks\n\nOnly a paragraph.\n");
        assert_eq!(
            error(
                "scripts.html",
                b"<script>alert(1)</script><style>p{}</style>"
            ),
            "scripts.html has no readable text once its markup is removed."
        );
    }

    #[test]
    fn html_in_windows_1252_is_decoded_before_parsing() {
        let result = imported("old.htm", b"<h1>Caf\xe9</h1><p>Na\xefve \x93quote\x94.</p>");
        assert_eq!(result.text, "Café\n\nNaïve “quote”.\n");
        assert!(result.note.is_some());
    }

    const MARKDOWN: &str = "---\nlayout: post\n---\n\
        # Talks in *Geneva*\n\n\
        The **minister** said the talks\nwould resume, per [the agency](https://example.com \"t\").\n\n\
        ![A photo](photo.jpg)\n\n\
        ## Next `steps`\n\n\
        - First _point_, with snake_case kept.\n\
        - Second point: 2 * 3 is six.\n\n\
        > A quoted\n> paragraph.[^1]\n\n\
        ```rust\nfn main() { println!(\"code\"); }\n```\n\n\
        Setext Heading\n--------------\n\n\
        ***\n\n\
        [the agency]: https://example.com\n\
        <!-- a comment -->\n\
        Last ~~struck~~ words.\n";

    #[test]
    fn markdown_markup_is_removed_and_paragraphs_are_joined() {
        let result = imported("talks.md", MARKDOWN.as_bytes());
        assert_eq!(
            result.text,
            "Talks in Geneva\n\n\
             The minister said the talks would resume, per the agency.\n\n\
             Next steps\n\n\
             First point, with snake_case kept.\n\n\
             Second point: 2 * 3 is six.\n\n\
             A quoted paragraph.\n\n\
             Setext Heading\n\n\
             Last struck words.\n"
        );
        let article = parse_article(&result.name, &result.text);
        assert_eq!(article.title, "Talks in Geneva");
        assert_eq!(article.blocks[1].kind, BlockKind::Heading);
        assert!(!result.text.contains("code"));
    }

    #[test]
    fn markdown_titles_come_from_front_matter_or_the_file_name() {
        let with_front = imported(
            "x.md",
            b"---\ntitle: \"Front Title\"\n---\nBody text here.\n",
        );
        assert_eq!(with_front.text, "Front Title\n\nBody text here.\n");
        let without = imported("red-lines_notes.md", b"Body text here.\n");
        assert_eq!(without.text, "red lines notes\n\nBody text here.\n");
        assert_eq!(
            error("code.md", b"```\nonly code\n```\n"),
            "code.md has no readable text once its markup is removed."
        );
    }

    #[test]
    fn pasted_text_gets_its_title_as_the_first_line() {
        let result = import_pasted("  My\nTitle ", "First paragraph.\r\n\r\nSecond.").unwrap();
        assert_eq!(result.name, "My Title");
        assert_eq!(result.text, "My Title\n\nFirst paragraph.\n\nSecond.\n");
        let article = parse_article(&result.name, &result.text);
        assert_eq!(article.title, "My Title");
        assert_eq!(article.paragraphs().count(), 2);
        assert_eq!(
            import_pasted("Title", " \n ").unwrap_err().to_string(),
            "Title contains only whitespace: there is no text to import."
        );
        assert_eq!(
            import_pasted("", "").unwrap_err().to_string(),
            "Pasted text is empty: there is no text to import."
        );
        let untitled = import_pasted("", "Own Title\n\nBody.").unwrap();
        assert_eq!(untitled.text, "Own Title\n\nBody.\n");
    }

    #[test]
    fn errors_name_their_file() {
        let error = import_file("dir/photo.png", b"\x89PNG\r\n\x1a\n").unwrap_err();
        assert_eq!(error.file(), "dir/photo.png");
        let boxed: Box<dyn std::error::Error> = Box::new(error);
        assert!(boxed.to_string().starts_with("dir/photo.png is an image"));
    }
}
