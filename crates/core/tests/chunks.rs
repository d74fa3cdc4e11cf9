//! The chunked form of the index: a synthetic corpus split into chunk files
//! comes back as the same index, and a chunk that is damaged, stale, out of
//! place or missing is refused with a message that names it.

mod common;

use redlines_core::index::checksum;
use redlines_core::{Bundle, ChunkManifest, Index, IndexError};

fn synthetic_index(articles: usize) -> Index {
    common::synthetic_index(articles, 11)
}

/// Checks every chunk file against the manifest, as the browser's worker does.
fn check_all(manifest: &ChunkManifest, files: &[Vec<u8>]) -> Result<Index, IndexError> {
    let chunks = files
        .iter()
        .enumerate()
        .map(|(number, bytes)| manifest.check(number, bytes))
        .collect::<Result<Vec<_>, _>>()?;
    Index::from_chunks(manifest, chunks)
}

#[test]
fn chunks_put_back_together_give_the_same_index() {
    let index = synthetic_index(60);
    assert!(index.statements.len() > 500, "{}", index.statements.len());
    let (manifest, files) = index.into_chunks(16 * 1024);
    assert!(files.len() >= 4, "only {} chunks", files.len());
    assert_eq!(manifest.articles(), index.articles.len());
    assert_eq!(manifest.statements(), index.statements.len());
    assert_eq!(manifest.bytes(), files.iter().map(Vec::len).sum::<usize>());
    // Each chunk stays near the target: only one article may overshoot it.
    for (entry, bytes) in manifest.chunks.iter().zip(&files) {
        assert!(entry.file.starts_with("part-"), "{}", entry.file);
        assert!(entry.file.contains(&format!("{:016x}", checksum(bytes))));
        assert!(
            bytes.len() < 3 * 16 * 1024,
            "{} is {} bytes",
            entry.file,
            bytes.len()
        );
    }
    let rebuilt = check_all(&manifest, &files).unwrap();
    assert_eq!(rebuilt, index);
    rebuilt.verify().unwrap();
}

#[test]
fn the_bundle_tells_a_manifest_from_a_whole_index() {
    let index = synthetic_index(8);
    let (manifest, _) = index.into_chunks(4 * 1024);
    match Bundle::from_bytes(&manifest.to_bytes()).unwrap() {
        Bundle::Chunked(read) => assert_eq!(read, manifest),
        Bundle::Whole(_) => panic!("a manifest was read as a whole index"),
    }
    match Bundle::from_bytes(&index.to_bytes()).unwrap() {
        Bundle::Whole(read) => assert_eq!(read, index),
        Bundle::Chunked(_) => panic!("a whole index was read as a manifest"),
    }
}

#[test]
fn a_damaged_chunk_is_refused_by_name() {
    let index = synthetic_index(20);
    let (manifest, mut files) = index.into_chunks(8 * 1024);
    let middle = files[1].len() / 2;
    files[1][middle] ^= 0x20;
    let error = manifest.check(1, &files[1]).unwrap_err().to_string();
    assert!(error.contains(&manifest.chunks[1].file), "{error}");
    assert!(error.contains("not the file this build made"), "{error}");
}

#[test]
fn a_chunk_from_another_build_or_place_is_refused() {
    let index = synthetic_index(20);
    let (manifest, files) = index.into_chunks(8 * 1024);
    // The second file handed in as the first: its size or checksum differs.
    let error = manifest.check(0, &files[1]).unwrap_err().to_string();
    assert!(error.contains(&manifest.chunks[0].file), "{error}");
    // A manifest whose entry was rewritten to match the wrong file still
    // finds that the file holds other articles.
    let mut forged = manifest.clone();
    forged.chunks[0].bytes = files[1].len() as u32;
    forged.chunks[0].checksum = checksum(&files[1]);
    let error = forged.check(0, &files[1]).unwrap_err().to_string();
    assert!(error.contains("does not hold the articles"), "{error}");
}

#[test]
fn a_chunk_with_a_bad_span_fails_the_integrity_check() {
    let index = synthetic_index(10);
    let (mut manifest, _) = index.into_chunks(usize::MAX);
    assert_eq!(manifest.chunks.len(), 1);
    let mut chunk = redlines_core::Chunk {
        first_article: 0,
        articles: index.articles.clone(),
        statements: index.statements.clone(),
    };
    let text_len = chunk.articles[0].text.len() as u32;
    chunk.statements[0].span.end = text_len + 10;
    let bytes = chunk.to_bytes();
    manifest.chunks[0].bytes = bytes.len() as u32;
    manifest.chunks[0].checksum = checksum(&bytes);
    let error = manifest.check(0, &bytes).unwrap_err();
    assert!(matches!(error, IndexError::Integrity(_)), "{error}");
    assert!(error.to_string().contains("not a valid span"), "{error}");
}

#[test]
fn missing_chunks_and_wrong_tags_are_refused() {
    let index = synthetic_index(20);
    let (manifest, files) = index.into_chunks(8 * 1024);
    let first = manifest.check(0, &files[0]).unwrap();
    let error = Index::from_chunks(&manifest, vec![first])
        .unwrap_err()
        .to_string();
    assert!(
        error.contains(&format!("1 of {} index chunks arrived", files.len())),
        "{error}"
    );
    let error = ChunkManifest::from_bytes(&index.to_bytes())
        .unwrap_err()
        .to_string();
    assert!(error.contains("the index manifest"), "{error}");
    assert!(ChunkManifest::from_bytes(&[1]).is_err());
}
