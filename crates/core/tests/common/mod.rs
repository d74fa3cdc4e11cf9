//! Helpers shared by the integration tests: the registries of the
//! hand-written fixture corpus, and a corpus bigger than the fixtures (the
//! synthetic one, over the seed registries).

use std::path::Path;

use redlines_core::synth::synthesize;
use redlines_core::{build_index, Index, Registry, SourceFile};

/// The index of `articles` synthetic articles made with `seed`.
#[allow(dead_code)]
pub fn synthetic_index(articles: usize, seed: u64) -> Index {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let read = |name: &str| std::fs::read_to_string(seeds.join(name)).unwrap();
    let registry = Registry::parse(
        "actors.toml",
        &read("actors.toml"),
        "themes.toml",
        &read("themes.toml"),
    )
    .unwrap();
    let files: Vec<SourceFile> = synthesize(&registry, articles, seed)
        .into_iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    build_index(&registry, &files)
}

/// The registries of the hand-written fixture corpus (tests/fixtures/corpus).
#[allow(dead_code)]
pub fn fixture_registry() -> Registry {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    Registry::parse(
        "actors.toml",
        &read("actors.toml"),
        "themes.toml",
        &read("themes.toml"),
    )
    .unwrap()
}
