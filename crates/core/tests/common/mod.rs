//! Helpers shared by the integration tests that need a corpus bigger than
//! the fixtures: the synthetic one, over the seed registries.

use std::path::Path;

use redlines_core::synth::synthesize;
use redlines_core::{build_index, Index, Registry, SourceFile};

/// The index of `articles` synthetic articles made with `seed`.
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
