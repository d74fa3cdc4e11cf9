//! The build's prerender of the first screen (`cargo run --features ssr --bin
//! prerender`, which `scripts/postbuild.mjs` runs natively after trunk has
//! built the wasm): Yew's server-side rendering of [`red_lines::App`] as a
//! first visit to `/` sees it, the overview with its actor × theme matrix
//! and the article list, printed to stdout as the app's root element.
//!
//! The postbuild hook puts it into index.html in place of the empty
//! `<div id="app">`, so the positions are on the page before the wasm
//! arrives, and without JavaScript at all. The markup carries the build's
//! [`red_lines::PRERENDER_ID`] and Yew's hydration markers, so that the app
//! can take it over (`red_lines::start`). Yew escapes every text and
//! attribute value: corpus text stays text.

use std::process::ExitCode;

fn main() -> ExitCode {
    // A chunked index shows its loader first, and an index that cannot be
    // decoded its error: neither is worth prerendering.
    match red_lines::decode_embedded() {
        Ok(red_lines::Start::Whole(_)) => {}
        #[allow(unreachable_patterns)]
        Ok(_) => {
            eprintln!("prerender: this build's index is chunked; nothing to prerender");
            return ExitCode::from(2);
        }
        Err(error) => {
            eprintln!("prerender: the embedded index cannot be read: {error}");
            return ExitCode::FAILURE;
        }
    }
    let markup = futures::executor::block_on(
        yew::ServerRenderer::<red_lines::App>::new()
            .hydratable(true)
            .render(),
    );
    // Only constant markup and the hex id are written around Yew's output.
    print!(
        "<div id=\"{}\" data-prerender=\"{}\">{markup}</div>",
        red_lines::APP_ROOT_ID,
        red_lines::PRERENDER_ID
    );
    ExitCode::SUCCESS
}
