//! The import worker: a second wasm binary that runs in a Web Worker, so
//! reading files and rebuilding the index never blocks the page.
//!
//! The page (`src/worker_client.rs`) sends `{request, files}`: a
//! [`JobRequest`] as JSON and the uploaded files' bytes in the same order.
//! The worker answers `{kind: "ready"}` once it listens, `{kind: "progress",
//! text}` while it works, and `{kind: "done", reply, index}` with a
//! [`JobReply`] as JSON and the index bytes, or `{kind: "failed", text}`.
//! Its wasm is only fetched when the page first needs it.
//!
//! When the build chunked the index (a large corpus), the worker is the one
//! that fetches the chunk files: before it says "ready" it fetches each
//! chunk, checks it against the manifest (size, checksum, integrity of every
//! span) and posts `{kind: "chunk", number, of, bytes}` with the file's
//! bytes handed over, so the page shows progress and never decodes one
//! monolithic blob. A chunk that cannot be fetched or checked ends the
//! loading with `{kind: "failed", text}` naming it.

use red_lines::library::{index_job, JobReply, JobRequest, Upload};
use redlines_core::{Bundle, Chunk, ChunkManifest, Index};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"kind".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(value: &JsValue) {
    let _ = scope().post_message(value);
}

fn field(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Runs one job and posts its outcome.
fn handle(seeds: &Index, data: JsValue) {
    let request: JobRequest = match field(&data, "request")
        .as_string()
        .map(|text| serde_json::from_str(&text))
    {
        Some(Ok(request)) => request,
        _ => {
            post(&message(
                "failed",
                &[(
                    "text",
                    "The import worker got a request it cannot read.".into(),
                )],
            ));
            return;
        }
    };
    let files = js_sys::Array::from(&field(&data, "files"));
    let uploads: Vec<Upload> = request
        .uploads
        .iter()
        .enumerate()
        .map(|(position, name)| Upload {
            name: name.clone(),
            bytes: files
                .get(position as u32)
                .dyn_into::<js_sys::Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .unwrap_or_default(),
        })
        .collect();
    let registry = match red_lines::registry() {
        Ok(registry) => registry,
        Err(error) => {
            post(&message(
                "failed",
                &[(
                    "text",
                    format!("The bundled registries cannot be read: {error}").into(),
                )],
            ));
            return;
        }
    };
    let (reply, index): (JobReply, Option<Index>) =
        index_job(seeds, &registry, request, uploads, &mut |text| {
            post(&message("progress", &[("text", text.into())]))
        });
    let bytes = index.map(|index| index.to_bytes()).unwrap_or_default();
    let reply = serde_json::to_string(&reply).unwrap_or_default();
    let bytes = js_sys::Uint8Array::from(bytes.as_slice());
    let done = message(
        "done",
        &[("reply", reply.into()), ("index", bytes.clone().into())],
    );
    // The index buffer is handed over, not copied.
    let _ = scope().post_message_with_transfer(&done, &js_sys::Array::of1(&bytes.buffer()));
}

fn main() {
    // A panic ends the worker (release builds abort), so say why first; the
    // page shows the message and keeps what it had.
    std::panic::set_hook(Box::new(|info| {
        post(&message(
            "failed",
            &[("text", format!("The import worker failed: {info}").into())],
        ));
    }));
    match Bundle::from_bytes(red_lines::INDEX_BYTES) {
        Ok(Bundle::Whole(index)) => listen(index),
        Ok(Bundle::Chunked(manifest)) => wasm_bindgen_futures::spawn_local(async move {
            match load_chunks(&manifest).await {
                Ok(index) => listen(index),
                Err(text) => post(&message("failed", &[("text", text.into())])),
            }
        }),
        Err(error) => post(&message(
            "failed",
            &[(
                "text",
                format!("The bundled index cannot be read: {error}").into(),
            )],
        )),
    }
}

/// Answers import jobs over `seeds` from now on, and says so.
fn listen(seeds: Index) {
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            handle(&seeds, event.data())
        });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    onmessage.forget();
    post(&message("ready", &[]));
}

/// Fetches, checks and posts every chunk in order, and returns the whole
/// index for later import jobs; the error is a sentence for the page.
async fn load_chunks(manifest: &ChunkManifest) -> Result<Index, String> {
    let of = manifest.chunks.len();
    let mut chunks: Vec<Chunk> = Vec::with_capacity(of);
    for (number, entry) in manifest.chunks.iter().enumerate() {
        // Relative to the worker's own script, which sits beside index.html,
        // so a build hosted under any sub-path finds its chunks.
        let url = format!("index/{}", entry.file);
        let bytes = fetch_bytes(&url).await.map_err(|reason| {
            format!(
                "Part {} of {of} of the index ({url}) could not be loaded: {reason}.",
                number + 1
            )
        })?;
        let chunk = manifest.check(number, &bytes.to_vec()).map_err(|error| {
            format!(
                "Part {} of {of} of the index is unusable: {error}.",
                number + 1
            )
        })?;
        chunks.push(chunk);
        let done = message(
            "chunk",
            &[
                ("number", (number as u32).into()),
                ("of", (of as u32).into()),
                ("bytes", bytes.clone().into()),
            ],
        );
        let _ = scope().post_message_with_transfer(&done, &js_sys::Array::of1(&bytes.buffer()));
    }
    Index::from_chunks(manifest, chunks)
        .map_err(|error| format!("The index is incomplete: {error}."))
}

async fn fetch_bytes(url: &str) -> Result<js_sys::Uint8Array, String> {
    use wasm_bindgen_futures::JsFuture;
    let describe = |error: JsValue| {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_else(|| format!("{error:?}"))
    };
    let response: web_sys::Response = JsFuture::from(scope().fetch_with_str(url))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(js_sys::Uint8Array::new(&buffer))
}
