//! The pipeline never panics, whatever the text: a deterministic stream of
//! awkward fragments (curly and straight quotes, dashes, ellipses, non-breaking
//! spaces, multi-byte letters, stray punctuation) is fed through it, and
//! every index it builds must pass the integrity check.

use redlines_core::registry::Registry;
use redlines_core::{build_index, SourceFile};

const FRAGMENTS: &[&str] = &[
    "Moscow",
    " said",
    " “",
    "”",
    "\"",
    " — ",
    "…",
    ". ",
    "? ",
    "! ",
    "U.S.",
    " Mr.",
    " he",
    " It",
    " they",
    ", ",
    "\u{a0}",
    "ü",
    "Ж",
    "漢",
    "’s",
    " according to",
    " Putin",
    " the alliance",
    " is demanding",
    " warned",
    "\n\n",
    "\n",
    "(",
    ")",
    ";",
    ":",
    " J.",
    " NATO",
    " and",
    " In",
    " if",
    " could",
    "*",
    "—",
    "“We",
    " will not",
];

const ACTORS: &str =
    "[[actor]]\nname = \"Vladimir Putin\"\nkind = \"person\"\naliases = [\"Putin\"]\n\n\
    [[actor]]\nname = \"Russia\"\nkind = \"state\"\naliases = [\"Moscow\"]\n\n\
    [[actor]]\nname = \"NATO\"\nkind = \"organization\"\naliases = [\"the alliance\"]\n";
const THEMES: &str = "[[theme]]\nid = \"t\"\nlabel = \"T\"\nscope = \"s\"\nrules = { \"nato\" = 2.0, \"demand*\" = 1.0 }\n";

#[test]
fn awkward_text_never_panics_and_always_verifies() {
    let registry = Registry::parse("actors.toml", ACTORS, "themes.toml", THEMES).unwrap();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..300 {
        let length = 1 + (next() % 120) as usize;
        let text: String = (0..length)
            .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        let files = [SourceFile {
            name: format!("{round}.txt"),
            text,
        }];
        let index = build_index(&registry, &files);
        if let Err(error) = index.verify() {
            panic!("round {round}: {error}\n{:?}", files[0].text);
        }
    }
}

#[test]
fn empty_and_whitespace_articles_give_no_statements() {
    let registry = Registry::parse("actors.toml", ACTORS, "themes.toml", THEMES).unwrap();
    for text in ["", "\n\n\n", "   ", "Title only"] {
        let index = build_index(
            &registry,
            &[SourceFile {
                name: "x.txt".into(),
                text: text.into(),
            }],
        );
        index.verify().unwrap();
        assert!(index.statements.is_empty(), "{text:?}");
    }
}
