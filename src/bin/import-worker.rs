//! The import worker: a second wasm binary that runs in a Web Worker, so
//! reading files and rebuilding the index never blocks the page.
//!
//! The page (`src/worker_client.rs`) sends `{request, files}`: a
//! [`JobRequest`] as JSON and the uploaded files' bytes in the same order.
//! The worker answers `{kind: "ready"}` once it listens, `{kind: "progress",
//! text}` while it works, and `{kind: "done", reply, index}` with a
//! [`JobReply`] as JSON and the index bytes, or `{kind: "failed", text}`.
//! Its wasm is only fetched when the page first needs it.

use red_lines::library::{index_job, JobReply, JobRequest, Upload};
use redlines_core::Index;
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
    let seeds = match Index::from_bytes(red_lines::INDEX_BYTES) {
        Ok(index) => index,
        Err(error) => {
            post(&message(
                "failed",
                &[(
                    "text",
                    format!("The bundled index cannot be read: {error}").into(),
                )],
            ));
            return;
        }
    };
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            handle(&seeds, event.data())
        });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    onmessage.forget();
    post(&message("ready", &[]));
}
