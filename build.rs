//! Builds the position index from the corpus folder (`seeds/`, or the folder
//! named by `REDLINES_CORPUS`) with the core pipeline and writes it, in the
//! core's binary format, to `OUT_DIR/index.bin` for the app to embed. The
//! integrity check runs here too, so a bad offset fails the build.
//!
//! With `REDLINES_CHUNKS_OUT` set to a folder, the index is chunked instead
//! (for large corpora): the app embeds only the manifest, and the chunk files
//! (about `REDLINES_CHUNK_BYTES` each, one megabyte by default) go to that
//! folder with `chunks.txt` listing them, for the trunk post-build hook
//! (`scripts/postbuild.mjs`) to copy into the build's `index/` folder.

fn main() {
    println!("cargo:rerun-if-env-changed=REDLINES_CORPUS");
    println!("cargo:rerun-if-env-changed=REDLINES_CHUNKS_OUT");
    println!("cargo:rerun-if-env-changed=REDLINES_CHUNK_BYTES");
    let corpus = std::env::var("REDLINES_CORPUS").unwrap_or_else(|_| "seeds".to_string());
    println!("cargo:rerun-if-changed={corpus}");
    let corpus = std::path::Path::new(&corpus);
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let index = match redlines_core::build_index_from_dir(corpus) {
        Ok(index) => index,
        Err(error) => {
            eprintln!(
                "error: cannot build the index from {}: {error}",
                corpus.display()
            );
            std::process::exit(1);
        }
    };
    if let Err(error) = index.verify() {
        eprintln!("error: index integrity check failed: {error}");
        std::process::exit(1);
    }
    // `chunked_index` tells the app which form it embeds, so a build links
    // the code for that form only.
    println!("cargo::rustc-check-cfg=cfg(chunked_index)");
    let embedded = match std::env::var_os("REDLINES_CHUNKS_OUT") {
        Some(folder) => {
            println!("cargo::rustc-cfg=chunked_index");
            write_chunks(&index, std::path::Path::new(&folder))
        }
        None => index.to_bytes(),
    };
    // The prerender's id (see `PRERENDER_ID` in src/lib.rs): the same bytes
    // give the same id in the native prerender and in the wasm.
    std::fs::write(out.join("prerender-id.txt"), fnv1a_hex(&embedded))
        .expect("OUT_DIR is writable");
    std::fs::write(out.join("index.bin"), embedded).expect("OUT_DIR is writable");
    // The import worker rebuilds the index in the browser over the same
    // corpus plus the user's articles, so it needs the same registries.
    for registry in ["actors.toml", "themes.toml"] {
        if let Err(error) = std::fs::copy(corpus.join(registry), out.join(registry)) {
            eprintln!("error: cannot copy {registry}: {error}");
            std::process::exit(1);
        }
    }
}

/// Writes the chunk files and `chunks.txt` into `folder` (replacing the chunk
/// files of an earlier build there) and returns the manifest's bytes.
fn write_chunks(index: &redlines_core::Index, folder: &std::path::Path) -> Vec<u8> {
    let target = match std::env::var("REDLINES_CHUNK_BYTES") {
        Ok(text) => text.parse().unwrap_or_else(|_| {
            eprintln!("error: REDLINES_CHUNK_BYTES is not a number of bytes: {text}");
            std::process::exit(1);
        }),
        Err(_) => redlines_core::index::DEFAULT_CHUNK_BYTES,
    };
    let fail = |error: std::io::Error| -> ! {
        eprintln!(
            "error: cannot write index chunks to {}: {error}",
            folder.display()
        );
        std::process::exit(1);
    };
    std::fs::create_dir_all(folder).unwrap_or_else(|error| fail(error));
    for entry in std::fs::read_dir(folder).unwrap_or_else(|error| fail(error)) {
        let path = entry.unwrap_or_else(|error| fail(error)).path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if name.starts_with("part-") && name.ends_with(".bin") {
            std::fs::remove_file(&path).unwrap_or_else(|error| fail(error));
        }
    }
    let (manifest, files) = index.into_chunks(target);
    let mut list = String::new();
    for (entry, bytes) in manifest.chunks.iter().zip(&files) {
        std::fs::write(folder.join(&entry.file), bytes).unwrap_or_else(|error| fail(error));
        list.push_str(&entry.file);
        list.push('\n');
    }
    std::fs::write(folder.join("chunks.txt"), list).unwrap_or_else(|error| fail(error));
    manifest.to_bytes()
}

/// A 64-bit FNV-1a hash of `bytes` in hex: an id, not a checksum anyone relies on
/// for integrity.
fn fnv1a_hex(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
