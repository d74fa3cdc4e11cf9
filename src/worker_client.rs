//! The page's side of the import worker (`src/bin/import-worker.rs`): starts
//! it on first use (so its wasm is not part of the first load), queues the
//! request until the worker says it is ready, and hands its answers back.
//! One job runs at a time; the page disables importing while one runs. The
//! messages both ways are the typed ones of [`crate::library::messages`].
//!
//! In a build with a chunked index the same worker loads the chunks first
//! ([`load_chunks`]): it reports each checked chunk, then says it is ready,
//! and from then on it serves imports over the whole index.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::library::messages::{self, FromWorker, ToWorker};
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
    /// The encoded job waiting for the worker to be ready.
    pending: Option<js_sys::Uint8Array>,
    listener: Option<Listener>,
    loader: Option<Loader>,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
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

/// Reads one message from the worker, decoded once, and acts on it.
fn on_message(data: JsValue) {
    let message = match data
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| "it is not a message".to_string())
        .and_then(|bytes| messages::decode::<FromWorker>(&bytes.to_vec()))
    {
        Ok(message) => message,
        Err(reason) => {
            fail(format!("its answer could not be read ({reason})"));
            return;
        }
    };
    match message {
        FromWorker::Chunk { number, of, bytes } => {
            if let Some(loader) = loader(false) {
                loader(LoadEvent::Chunk {
                    number: number as usize,
                    of: of as usize,
                    bytes,
                });
            }
        }
        FromWorker::Ready => {
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
                send(&worker, &message);
            }
        }
        FromWorker::Progress(text) => notify(WorkerEvent::Progress(text), false),
        FromWorker::Done { reply, index } => notify(WorkerEvent::Done(reply, index), true),
        FromWorker::Failed(text) => {
            match loader(true) {
                Some(loader) => loader(LoadEvent::Failed(text)),
                None => notify(WorkerEvent::Failed(text), true),
            }
            stop();
        }
    }
}

/// Posts an encoded message to the worker, handing its buffer over.
fn send(worker: &web_sys::Worker, message: &js_sys::Uint8Array) {
    if let Err(error) =
        worker.post_message_with_transfer(message, &js_sys::Array::of1(&message.buffer()))
    {
        fail(format!("{error:?}"));
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

/// Sends a job (the request carries the uploads' bytes).
pub fn run(request: JobRequest, listener: impl Fn(WorkerEvent) + 'static) {
    if !started() {
        if let Err(error) = start() {
            listener(WorkerEvent::Failed(format!(
                "The indexing worker could not start ({error}). Nothing was changed."
            )));
            return;
        }
    }
    let message = js_sys::Uint8Array::from(messages::encode(&ToWorker::Job(request)).as_slice());
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
        send(&worker, &message);
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
