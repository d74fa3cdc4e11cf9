//! The page's side of the import worker (`src/bin/import-worker.rs`): starts
//! it on first use (so its wasm is not part of the first load), queues the
//! request until the worker says it is ready, and hands its answers back.
//! One job runs at a time; the page disables importing while one runs.
//!
//! In a build with a chunked index the same worker loads the chunks first
//! ([`load_chunks`]): it reports each checked chunk, then says it is ready,
//! and from then on it serves imports over the whole index.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::library::{JobReply, JobRequest};

/// The worker's loader, written by trunk next to index.html (the name of a
/// worker is not content-hashed, so the page can name it here).
const WORKER_URL: &str = "./import-worker_loader.js";

/// What the worker reports about a job.
pub enum WorkerEvent {
    Progress(String),
    Done(JobReply, Vec<u8>),
    Failed(String),
}

type Listener = Rc<dyn Fn(WorkerEvent)>;

/// What the worker reports while it loads a chunked index.
pub enum LoadEvent {
    /// Chunk `number` (from 0) of `of` arrived and passed its checks; its
    /// file's bytes, for the page to decode.
    Chunk {
        number: usize,
        of: usize,
        bytes: Vec<u8>,
    },
    /// Every chunk arrived; the worker now takes import jobs.
    Loaded,
    Failed(String),
}

type Loader = Rc<dyn Fn(LoadEvent)>;

struct Client {
    worker: web_sys::Worker,
    ready: bool,
    pending: Option<JsValue>,
    listener: Option<Listener>,
    loader: Option<Loader>,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

fn field(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Tells the current job's listener, outside the borrow of the client.
fn notify(event: WorkerEvent, finished: bool) {
    let listener = CLIENT.with(|client| {
        let mut client = client.borrow_mut();
        let client = client.as_mut()?;
        if finished {
            client.listener.take()
        } else {
            client.listener.clone()
        }
    });
    if let Some(listener) = listener {
        listener(event);
    }
}

/// The chunk loader's listener, taken when `finished`.
fn loader(finished: bool) -> Option<Loader> {
    CLIENT.with(|client| {
        let mut client = client.borrow_mut();
        let client = client.as_mut()?;
        if finished {
            client.loader.take()
        } else {
            client.loader.clone()
        }
    })
}

fn on_message(data: JsValue) {
    match field(&data, "kind").as_string().as_deref() {
        Some("chunk") => {
            if let Some(loader) = loader(false) {
                let count = |name| field(&data, name).as_f64().unwrap_or(0.0) as usize;
                let bytes = field(&data, "bytes")
                    .dyn_into::<js_sys::Uint8Array>()
                    .map(|bytes| bytes.to_vec())
                    .unwrap_or_default();
                loader(LoadEvent::Chunk {
                    number: count("number"),
                    of: count("of"),
                    bytes,
                });
            }
        }
        Some("ready") => {
            if let Some(loader) = loader(true) {
                loader(LoadEvent::Loaded);
            }
            let pending = CLIENT.with(|client| {
                let mut client = client.borrow_mut();
                let client = client.as_mut()?;
                client.ready = true;
                client
                    .pending
                    .take()
                    .map(|message| (client.worker.clone(), message))
            });
            if let Some((worker, message)) = pending {
                if let Err(error) = worker.post_message(&message) {
                    fail(format!("{error:?}"));
                }
            }
        }
        Some("progress") => notify(
            WorkerEvent::Progress(field(&data, "text").as_string().unwrap_or_default()),
            false,
        ),
        Some("done") => {
            let reply = field(&data, "reply")
                .as_string()
                .and_then(|text| serde_json::from_str::<JobReply>(&text).ok());
            let bytes = field(&data, "index")
                .dyn_into::<js_sys::Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .unwrap_or_default();
            match reply {
                Some(reply) => notify(WorkerEvent::Done(reply, bytes), true),
                None => fail("its answer could not be read".to_string()),
            }
        }
        Some("failed") => {
            let text = field(&data, "text").as_string().unwrap_or_default();
            match loader(true) {
                Some(loader) => loader(LoadEvent::Failed(text)),
                None => notify(WorkerEvent::Failed(text), true),
            }
            stop();
        }
        _ => {}
    }
}

/// Ends the worker, so the next job starts a fresh one.
fn stop() {
    if let Some(client) = CLIENT.with(|client| client.borrow_mut().take()) {
        client.worker.terminate();
        // The closures must outlive this call, which runs inside one of them.
        std::mem::forget(client);
    }
}

fn fail(reason: String) {
    if let Some(loader) = loader(true) {
        loader(LoadEvent::Failed(format!(
            "The worker that loads the index stopped: {reason}."
        )));
        stop();
        return;
    }
    notify(
        WorkerEvent::Failed(format!(
            "The indexing worker stopped: {reason}. Nothing was changed."
        )),
        true,
    );
    stop();
}

fn start() -> Result<(), String> {
    let worker = web_sys::Worker::new(WORKER_URL).map_err(|error| format!("{error:?}"))?;
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            on_message(event.data())
        });
    let onerror = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(|event: web_sys::ErrorEvent| {
        let message = event.message();
        fail(if message.is_empty() {
            "it could not be loaded (are you offline on a first visit?)".to_string()
        } else {
            message
        })
    });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    CLIENT.with(|client| {
        *client.borrow_mut() = Some(Client {
            worker,
            ready: false,
            pending: None,
            listener: None,
            loader: None,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    });
    Ok(())
}

/// Whether the worker has been started in this page.
pub fn started() -> bool {
    CLIENT.with(|client| client.borrow().is_some())
}

/// Sends a job: the request and the uploads' bytes in its order.
pub fn run(
    request: &JobRequest,
    files: Vec<js_sys::Uint8Array>,
    listener: impl Fn(WorkerEvent) + 'static,
) {
    if !started() {
        if let Err(error) = start() {
            listener(WorkerEvent::Failed(format!(
                "The indexing worker could not start ({error}). Nothing was changed."
            )));
            return;
        }
    }
    let array = js_sys::Array::new();
    for file in &files {
        array.push(file);
    }
    let message = js_sys::Object::new();
    let json = serde_json::to_string(request).unwrap_or_default();
    let _ = js_sys::Reflect::set(&message, &"request".into(), &json.into());
    let _ = js_sys::Reflect::set(&message, &"files".into(), &array);
    let message: JsValue = message.into();
    let send_now = CLIENT.with(|client| {
        let mut client = client.borrow_mut();
        let client = client.as_mut()?;
        client.listener = Some(Rc::new(listener));
        if client.ready {
            Some(client.worker.clone())
        } else {
            client.pending = Some(message.clone());
            None
        }
    });
    if let Some(worker) = send_now {
        if let Err(error) = worker.post_message(&message) {
            fail(format!("{error:?}"));
        }
    }
}

/// Starts the worker of a build with a chunked index, which fetches and
/// checks the chunks and reports each to `listener` (see [`LoadEvent`]).
pub fn load_chunks(listener: impl Fn(LoadEvent) + 'static) {
    if let Err(error) = start() {
        listener(LoadEvent::Failed(format!(
            "The worker that loads the index could not start ({error})."
        )));
        return;
    }
    CLIENT.with(|client| {
        if let Some(client) = client.borrow_mut().as_mut() {
            client.loader = Some(Rc::new(listener));
        }
    });
}
