//! Red Lines, the browser app: thin Yew function components over `redlines-core`.
//!
//! The index is built from `seeds/` at compile time by `build.rs` and embedded in
//! the wasm binary in the core's binary format, so nothing is fetched at run time.

use yew::prelude::*;

/// The index bytes produced by `build.rs` with `redlines_core::Index::to_bytes`.
pub static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

#[function_component(App)]
pub fn app() -> Html {
    html! { <main><h1>{ "Red Lines" }</h1></main> }
}

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
