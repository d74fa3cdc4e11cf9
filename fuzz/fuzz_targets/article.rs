//! The article pipeline on arbitrary bytes (read as lossy UTF-8): parsing,
//! sentence splitting and a whole index build with the bundled registries.
//! Besides not panicking, every span must stay inside the text on character
//! boundaries and the index must pass its own integrity check.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use redlines_core::{build_index, parse_article, split_sentences, Registry, SourceFile};

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        Registry::parse(
            "actors.toml",
            include_str!("../../seeds/actors.toml"),
            "themes.toml",
            include_str!("../../seeds/themes.toml"),
        )
        .expect("the bundled registries parse")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let article = parse_article("fuzz.txt", &text);
    assert!(text.get(article.title_span.range()).is_some());
    for block in &article.blocks {
        assert!(text.get(block.span.range()).is_some());
        for sentence in split_sentences(&text, block.span) {
            assert!(sentence.start >= block.span.start && sentence.end <= block.span.end);
            assert!(text.get(sentence.range()).is_some());
        }
    }
    let files = [SourceFile {
        name: "fuzz.txt".to_string(),
        text,
    }];
    let index = build_index(registry(), &files);
    if let Err(error) = index.verify() {
        panic!("the index fails its integrity check: {error}");
    }
});
