//! Builds the position index from the corpus folder (`seeds/`, or the folder
//! named by `REDLINES_CORPUS`) with the core pipeline and writes it, in the
//! core's binary format, to `OUT_DIR/index.bin` for the app to embed. The
//! integrity check runs here too, so a bad offset fails the build.

fn main() {
    println!("cargo:rerun-if-env-changed=REDLINES_CORPUS");
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
    std::fs::write(out.join("index.bin"), index.to_bytes()).expect("OUT_DIR is writable");
    // The import worker rebuilds the index in the browser over the same
    // corpus plus the user's articles, so it needs the same registries.
    for registry in ["actors.toml", "themes.toml"] {
        if let Err(error) = std::fs::copy(corpus.join(registry), out.join(registry)) {
            eprintln!("error: cannot copy {registry}: {error}");
            std::process::exit(1);
        }
    }
}
