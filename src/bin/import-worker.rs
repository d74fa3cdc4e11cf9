//! The import worker: a second wasm binary that runs in a Web Worker, so
//! reading files and rebuilding the index never blocks the page.
//!
//! It speaks the typed messages of `red_lines::library::messages`: the page
//! sends [`ToWorker::Job`] with a [`JobRequest`] (the user's articles, the
//! uploaded files' names and bytes, pasted texts). The worker answers
//! [`FromWorker::Ready`] once it listens, [`FromWorker::Progress`] while it
//! works, and [`FromWorker::Done`] with a [`JobReply`] and the index bytes,
//! or [`FromWorker::Failed`]. Its wasm is only fetched when the page first
//! needs it.
//!
//! When the build chunked the index (a large corpus), the worker is the one
//! that fetches the chunk files: before it says it is ready it fetches each
//! chunk, checks it against the manifest (size, checksum, integrity of every
//! span) and posts [`FromWorker::Chunk`] with the file's bytes, so the page
//! shows progress and never decodes one monolithic blob. A chunk that cannot
//! be fetched or checked ends the loading with [`FromWorker::Failed`] naming
//! it.

use red_lines::library::messages::{self, FromWorker, ToWorker};
use red_lines::library::{index_job, JobReply, JobRequest};
use redlines_core::{Bundle, Chunk, ChunkManifest, Index};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts one message, encoded once; its buffer is handed over, not copied.
fn post(message: &FromWorker) {
    let bytes = js_sys::Uint8Array::from(messages::encode(message).as_slice());
    let _ = scope().post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

/// Runs one job and posts its outcome.
fn handle(seeds: &Index, data: JsValue) {
    let request: JobRequest = match data
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| "it is not a message".to_string())
        .and_then(|bytes| messages::decode::<ToWorker>(&bytes.to_vec()))
    {
        Ok(ToWorker::Job(request)) => request,
        Err(_) => {
            post(&FromWorker::Failed(
                "The import worker got a request it cannot read.".into(),
            ));
            return;
        }
    };
    let registry = match red_lines::registry() {
        Ok(registry) => registry,
        Err(error) => {
            post(&FromWorker::Failed(format!(
                "The bundled registries cannot be read: {error}"
            )));
            return;
        }
    };
    let (reply, index): (JobReply, Option<Index>) =
        index_job(seeds, &registry, request, &mut |text| {
            post(&FromWorker::Progress(text))
        });
    post(&FromWorker::Done {
        reply,
        index: index.map(|index| index.to_bytes()).unwrap_or_default(),
    });
}

fn main() {
    // A panic ends the worker (release builds abort), so say why first; the
    // page shows the message and keeps what it had.
    std::panic::set_hook(Box::new(|info| {
        post(&FromWorker::Failed(format!(
            "The import worker failed: {info}"
        )));
    }));
    match Bundle::from_bytes(red_lines::INDEX_BYTES) {
        Ok(Bundle::Whole(index)) => listen(index),
        Ok(Bundle::Chunked(manifest)) => wasm_bindgen_futures::spawn_local(async move {
            match load_chunks(&manifest).await {
                Ok(index) => listen(index),
                Err(text) => post(&FromWorker::Failed(text)),
            }
        }),
        Err(error) => post(&FromWorker::Failed(format!(
            "The bundled index cannot be read: {error}"
        ))),
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
    post(&FromWorker::Ready);
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
        let chunk = manifest.check(number, &bytes).map_err(|error| {
            format!(
                "Part {} of {of} of the index is unusable: {error}.",
                number + 1
            )
        })?;
        chunks.push(chunk);
        post(&FromWorker::Chunk {
            number: number as u32,
            of: of as u32,
            bytes,
        });
    }
    Index::from_chunks(manifest, chunks)
        .map_err(|error| format!("The index is incomplete: {error}."))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
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
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
