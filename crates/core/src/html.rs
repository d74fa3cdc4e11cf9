//! HTML to article text, with a real HTML tokenizer (`html5gum`, pure Rust
//! and dependency free) rather than regular expressions, so that comments,
//! `<script>` bodies, attributes and character references are read the way a
//! browser reads them.
//!
//! Nothing is executed and nothing of the markup survives: attributes (event
//! handlers, `javascript:` URLs, image sources) are never read, the content of
//! `script`, `style`, `template`, `noscript` and similar elements is dropped,
//! and what remains is plain text that the app shows as text, never as HTML.
//!
//! The output follows the layout of the corpus files that
//! [`crate::article::parse_article`] reads: the title on the first line, then
//! one block per line (headings, paragraphs, list items, table cells), blocks
//! separated by a blank line.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose whole content is dropped: code, styling, embedded objects
/// and page controls that carry no article prose.
const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object", "svg", "math", "canvas",
    "select", "textarea", "button", "nav", "noembed", "noframes",
];

/// Elements that end the current block: everything rendered as a block by a
/// browser's default style sheet, plus `br`, which starts a new line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Void elements never have content or an end tag, so they never open a
/// dropped region even when written without the self-closing slash.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// One block of the reduced document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HtmlBlock {
    /// 1 to 6 for `h1`..`h6`, 0 for everything else.
    pub heading: u8,
    pub text: String,
}

/// An HTML document reduced to its title and its text blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlDocument {
    /// The text of the `<title>` element, whitespace collapsed.
    pub title: Option<String>,
    pub blocks: Vec<HtmlBlock>,
}

impl HtmlDocument {
    /// The article title: the first `h1` where there is one (a page's
    /// `<title>` often carries the site name too), else the `<title>`.
    pub fn best_title(&self) -> Option<String> {
        self.blocks
            .iter()
            .find(|block| block.heading == 1)
            .map(|block| block.text.clone())
            .or_else(|| self.title.clone())
    }

    /// The article text, with `title` (when given) on the first line and the
    /// block that repeats it left out.
    pub fn to_text(&self, title: Option<&str>) -> String {
        let mut out = String::new();
        let mut skipped_title = false;
        if let Some(title) = title {
            out.push_str(title);
        }
        for block in &self.blocks {
            let repeats_title = title.is_some_and(|title| block.text.eq_ignore_ascii_case(title));
            if repeats_title && !skipped_title {
                skipped_title = true;
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&block.text);
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// Reduces an HTML document to article text: the title (the first `h1`, else
/// `<title>`) on the first line, then headings, paragraphs and other blocks
/// each on their own line, separated by blank lines. Character references are
/// decoded; scripts, styles, templates and `<head>` furniture are dropped.
pub fn html_to_text(html: &str) -> String {
    let document = parse_html(html);
    let title = document.best_title();
    document.to_text(title.as_deref())
}

/// Tokenizes `html` and collects its title and text blocks.
pub fn parse_html(html: &str) -> HtmlDocument {
    let mut emitter = DefaultEmitter::default();
    // The tokenizer alone cannot know that `<script>` or `<style>` switch to a
    // raw text state (the tree builder decides that in a browser), so let it
    // switch by tag name; otherwise markup inside a script would be read as tags.
    emitter.naively_switch_states(true);
    let tokenizer = Tokenizer::new_with_emitter(html, emitter);

    let mut document = HtmlDocument::default();
    let mut builder = BlockBuilder::default();
    // The open elements whose content is dropped, innermost last.
    let mut dropped: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title = String::new();
    let mut pre_depth = 0usize;
    let mut heading = 0u8;

    for token in tokenizer.flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if !dropped.is_empty() {
                    // Count nested elements of a dropped kind so that the
                    // matching end tag, not the first one, closes the region.
                    if DROPPED.contains(&name.as_str()) && !tag.self_closing {
                        dropped.push(name);
                    }
                    continue;
                }
                if DROPPED.contains(&name.as_str()) {
                    if !tag.self_closing && !VOID.contains(&name.as_str()) {
                        builder.finish(&mut document, heading);
                        dropped.push(name);
                    }
                    continue;
                }
                if name == "title" {
                    in_title = true;
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    builder.finish(&mut document, heading);
                    if let Some(level) = heading_level(&name) {
                        heading = level;
                    }
                    if name == "pre" && !tag.self_closing {
                        pre_depth += 1;
                    }
                } else if name == "img" || name == "input" {
                    // An image or a form field in running text stands apart
                    // from the words around it.
                    builder.space();
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if !dropped.is_empty() {
                    if let Some(position) = dropped.iter().rposition(|open| *open == name) {
                        dropped.truncate(position);
                    }
                    continue;
                }
                if name == "title" {
                    in_title = false;
                    let text = collapse_whitespace(&title);
                    if document.title.is_none() && !text.is_empty() {
                        document.title = Some(text);
                    }
                    title.clear();
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    builder.finish(&mut document, heading);
                    if heading_level(&name).is_some() {
                        heading = 0;
                    }
                    if name == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                }
            }
            Token::String(text) => {
                if !dropped.is_empty() {
                    continue;
                }
                let text = String::from_utf8_lossy(&text);
                if in_title {
                    title.push_str(&text);
                } else if pre_depth > 0 {
                    // Preformatted text keeps its lines: each becomes a block.
                    let mut lines = text.split('\n');
                    if let Some(first) = lines.next() {
                        builder.push(first);
                    }
                    for line in lines {
                        builder.finish(&mut document, heading);
                        builder.push(line);
                    }
                } else {
                    builder.push(&text);
                }
            }
            // Comments, doctypes and parse errors carry no article text; the
            // tokenizer has already recovered from the errors.
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    if in_title && document.title.is_none() {
        let text = collapse_whitespace(&title);
        if !text.is_empty() {
            document.title = Some(text);
        }
    }
    builder.finish(&mut document, heading);
    document
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// The text of the block being read, whitespace collapsed as a browser
/// renders it.
#[derive(Default)]
struct BlockBuilder {
    text: String,
    pending_space: bool,
}

impl BlockBuilder {
    fn push(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
            } else if c.is_control() || c == '\u{feff}' {
                // Control characters and stray byte-order marks have no
                // place in article text and would confuse offsets downstream.
                continue;
            } else {
                if self.pending_space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.pending_space = false;
                self.text.push(c);
            }
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn finish(&mut self, document: &mut HtmlDocument, heading: u8) {
        if !self.text.is_empty() {
            document.blocks.push(HtmlBlock {
                heading,
                text: std::mem::take(&mut self.text),
            });
        }
        self.pending_space = false;
    }
}

/// Whitespace runs to one space, trimmed, control characters dropped.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut builder = BlockBuilder::default();
    builder.push(text);
    builder.text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{parse_article, BlockKind};

    #[test]
    fn headings_and_paragraphs_become_blocks() {
        let html = "<!doctype html><html><head><title>Talks | The Daily</title>\
            <meta charset=utf-8></head><body><h1>Talks resume in Geneva</h1>\
            <p>The minister said the talks\n   would resume.</p><h2>Next steps</h2>\
            <ul><li>First point.</li><li>Second point.</li></ul></body></html>";
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Talks resume in Geneva\n\nThe minister said the talks would resume.\n\n\
             Next steps\n\nFirst point.\n\nSecond point.\n"
        );
        let article = parse_article("talks.html", &text);
        assert_eq!(article.title, "Talks resume in Geneva");
        let kinds: Vec<BlockKind> = article.blocks.iter().map(|block| block.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn the_title_element_is_the_title_without_an_h1() {
        let html = "<title>A Page Title</title><p>Only a paragraph here.</p>";
        assert_eq!(
            html_to_text(html),
            "A Page Title\n\nOnly a paragraph here.\n"
        );
    }

    #[test]
    fn scripts_styles_and_handlers_survive_only_as_inert_text() {
        let html = r#"<html><head><style>p { color: red }</style>
            <script>alert("head script")</script></head><body>
            <h1>Safe Title</h1>
            <p>Before <img src=x onerror="alert('img')"> after.</p>
            <script type="text/javascript">document.write("<p>injected</p>")</script>
            <p>Read <a href="javascript:alert('link')">the statement</a> now.</p>
            <template><p>template text</p></template>
            <noscript><p>noscript text</p></noscript>
            <p>Shown as text: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>
            <svg><script>alert('svg')</script><text>svg text</text></svg>
            <p>Last paragraph.</p></body></html>"#;
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Safe Title\n\nBefore after.\n\nRead the statement now.\n\n\
             Shown as text: <script>alert(1)</script> & more.\n\nLast paragraph.\n"
        );
        for absent in [
            "head script",
            "color",
            "injected",
            "onerror",
            "javascript:",
            "template text",
            "noscript text",
            "svg",
        ] {
            assert!(!text.contains(absent), "{absent:?} leaked into {text:?}");
        }
    }

    #[test]
    fn entities_comments_and_broken_markup_are_handled() {
        let html = "<p>Caf&eacute; &#8220;talks&#8221; &mdash; &nbsp;done<!-- a comment -->.\
            <p>Unclosed <b>bold <i>and italic</p><div>Last</div></p>";
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Café “talks” — done.\n\nUnclosed bold and italic\n\nLast\n"
        );
    }

    #[test]
    fn control_characters_are_dropped_and_a_closed_script_stays_closed() {
        // Found by the html_to_text fuzz target: control bytes inside a word
        // vanish, joining its halves, and nothing of the script before it
        // reaches the text.
        let input = b"ZZZSCRIP\x0f\0\0\0\0\0\0\0TBODYMARKERbZZZZZZZ\xe9d0<ZZZZZZZ";
        let html = String::from_utf8_lossy(input);
        assert_eq!(html_to_text(&html), "ZZZSCRIPTBODYMARKERbZZZZZZZ\u{fffd}d0\n");
        let wrapped = format!("<p>a</p><script>var x = 'hidden';</script>{html}");
        assert_eq!(
            html_to_text(&wrapped),
            "a\n\nZZZSCRIPTBODYMARKERbZZZZZZZ\u{fffd}d0\n"
        );
    }

    #[test]
    fn preformatted_lines_stay_lines() {
        let text = html_to_text("<h1>T</h1><pre>line one\nline two</pre>");
        assert_eq!(text, "T\n\nline one\n\nline two\n");
    }

    #[test]
    fn an_unclosed_script_drops_the_rest_and_an_empty_page_is_empty() {
        assert_eq!(html_to_text("<p>Kept.</p><script>var x = '<p>'"), "Kept.\n");
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("<script>only()</script><style></style>"), "");
    }
}
