//! The page's handle on the user's collection: the work behind the Import
//! view and the Correct control. Each change runs in this order: index in
//! the worker (when articles change), save to IndexedDB, and only then show
//! the new index, so a failed save leaves the page and the saved collection
//! as they were. The rules themselves live in `library.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use redlines_core::corrections::Correction;
use redlines_core::Index;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::library::{Collection, JobRequest, Pasted, Upload};
use crate::state::{LibraryAction, LibraryState, Notice};
use crate::worker_client::{self, WorkerEvent};
use crate::{browser, idb};

/// The index without user corrections (bundled, or rebuilt with the user's
/// articles), numbered so the app knows when it changed.
#[derive(Clone)]
pub struct Base {
    pub generation: u32,
    pub index: Rc<Index>,
}

/// What components use: the library state and the operations on it.
#[derive(Clone)]
pub struct LibraryCtx {
    pub state: Rc<LibraryState>,
    pub ops: Rc<Ops>,
}

impl PartialEq for LibraryCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

#[hook]
pub fn use_library() -> Option<LibraryCtx> {
    use_context::<LibraryCtx>()
}

pub struct Ops {
    dispatch: Callback<LibraryAction>,
    set_base: Callback<Rc<Index>>,
    /// The saved collection, read by work that finishes later.
    saved: Rc<RefCell<Collection>>,
    /// The article ids of the bundled corpus, which imports may not reuse.
    seed_names: Vec<String>,
}

impl Ops {
    pub fn new(
        dispatch: Callback<LibraryAction>,
        set_base: Callback<Rc<Index>>,
        bundled: &Index,
    ) -> Ops {
        Ops {
            dispatch,
            set_base,
            saved: Rc::new(RefCell::new(Collection::default())),
            seed_names: bundled
                .articles
                .iter()
                .map(|article| article.id.clone())
                .collect(),
        }
    }

    fn handle(&self) -> Ops {
        Ops {
            dispatch: self.dispatch.clone(),
            set_base: self.set_base.clone(),
            saved: self.saved.clone(),
            seed_names: self.seed_names.clone(),
        }
    }

    fn finish(&self, collection: Option<Collection>, notices: Vec<Notice>) {
        let collection = collection.map(|collection| {
            *self.saved.borrow_mut() = collection.clone();
            Rc::new(collection)
        });
        self.dispatch.emit(LibraryAction::Finished {
            collection,
            notices,
        });
    }

    /// On start: reads the saved collection and, when it holds articles,
    /// rebuilds the index with them (only then is the worker loaded).
    pub fn load(&self) {
        let ops = self.handle();
        spawn_local(async move {
            let stored = match idb::load().await {
                Ok(stored) => stored,
                Err(reason) => {
                    ops.finish(
                        None,
                        vec![Notice::error(format!(
                            "Your saved articles could not be read: {reason}."
                        ))],
                    );
                    return;
                }
            };
            let Some(json) = stored else {
                ops.finish(None, Vec::new());
                return;
            };
            let collection = match Collection::from_json("The saved collection", &json) {
                Ok(collection) => collection,
                Err(message) => {
                    ops.finish(None, vec![Notice::error(message)]);
                    return;
                }
            };
            if collection.articles.is_empty() {
                ops.finish(Some(collection), Vec::new());
                return;
            }
            ops.dispatch
                .emit(LibraryAction::Busy("Loading your articles".into()));
            let request = JobRequest {
                articles: collection.articles.clone(),
                ..JobRequest::default()
            };
            ops.index(collection, request, Vec::new(), false);
        });
    }

    /// Indexes `next` (with `request`'s new files) in the worker, saves it
    /// when `save` is set, then shows it.
    fn index(&self, next: Collection, request: JobRequest, notices: Vec<Notice>, save: bool) {
        let ops = self.handle();
        let earlier = RefCell::new(notices);
        worker_client::run(request, move |event| match event {
            WorkerEvent::Progress(text) => ops.dispatch.emit(LibraryAction::Busy(text)),
            WorkerEvent::Failed(text) => {
                let mut notices = earlier.take();
                notices.push(Notice::error(text));
                ops.finish(None, notices);
            }
            WorkerEvent::Done(reply, bytes) => {
                let mut notices = earlier.take();
                notices.extend(reply.errors.iter().cloned().map(Notice::error));
                if let Some(failure) = reply.failure {
                    notices.push(Notice::error(failure));
                    ops.finish(None, notices);
                    return;
                }
                let index = match Index::from_bytes(&bytes) {
                    Ok(index) => index,
                    Err(error) => {
                        notices.push(Notice::error(format!(
                            "The new index could not be read ({error}); nothing was changed."
                        )));
                        ops.finish(None, notices);
                        return;
                    }
                };
                for name in &reply.added {
                    notices.push(Notice::info(format!("Added {name}.")));
                }
                notices.extend(reply.notes.iter().cloned().map(Notice::info));
                let collection = Collection {
                    articles: reply.articles,
                    corrections: next.corrections.clone(),
                };
                let ops = ops.handle();
                spawn_local(async move {
                    if save {
                        ops.dispatch.emit(LibraryAction::Busy("Saving".into()));
                        if let Err(reason) = idb::save(&collection.to_json()).await {
                            notices.retain(|notice| notice.error);
                            notices.push(Notice::error(format!(
                                "{} could not be saved: {reason}. Your saved collection is unchanged.",
                                describe(&reply.added)
                            )));
                            ops.finish(None, notices);
                            return;
                        }
                    }
                    ops.set_base.emit(Rc::new(index));
                    ops.finish(Some(collection), notices);
                });
            }
        });
    }

    /// Imports picked or dropped files and pasted texts.
    pub fn import(&self, files: Vec<web_sys::File>, pasted: Vec<Pasted>) {
        if files.is_empty() && pasted.is_empty() {
            return;
        }
        let ops = self.handle();
        self.dispatch
            .emit(LibraryAction::Busy("Reading files".into()));
        spawn_local(async move {
            let mut request = JobRequest {
                articles: ops.saved.borrow().articles.clone(),
                uploads: Vec::new(),
                pasted,
            };
            let mut notices = Vec::new();
            for file in files {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => request.uploads.push(Upload {
                        name: file.name(),
                        bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                    }),
                    Err(_) => notices.push(Notice::error(format!(
                        "{} could not be read: the browser refused to open it.",
                        file.name()
                    ))),
                }
            }
            let next = ops.saved.borrow().clone();
            ops.index(next, request, notices, true);
        });
    }

    /// Removes one of the user's articles and its corrections.
    pub fn remove(&self, name: &str) {
        let mut next = self.saved.borrow().clone();
        next.remove(name);
        self.dispatch
            .emit(LibraryAction::Busy(format!("Removing {name}")));
        let request = JobRequest {
            articles: next.articles.clone(),
            ..JobRequest::default()
        };
        self.index(
            next,
            request,
            vec![Notice::info(format!("Removed {name}."))],
            true,
        );
    }

    /// Merges an exported collection file into the saved one.
    pub fn import_collection(&self, file: web_sys::File) {
        let ops = self.handle();
        self.dispatch
            .emit(LibraryAction::Busy(format!("Reading {}", file.name())));
        spawn_local(async move {
            let name = file.name();
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            let Some(text) = text else {
                ops.finish(
                    None,
                    vec![Notice::error(format!(
                        "{name} could not be read: the browser refused to open it."
                    ))],
                );
                return;
            };
            let other = match Collection::from_json(&name, &text) {
                Ok(other) => other,
                Err(message) => {
                    ops.finish(None, vec![Notice::error(message)]);
                    return;
                }
            };
            let mut next = ops.saved.borrow().clone();
            let notices = next
                .merge(other, &ops.seed_names)
                .into_iter()
                .map(Notice::error)
                .chain([Notice::info(format!("Read the collection {name}."))])
                .collect();
            let request = JobRequest {
                articles: next.articles.clone(),
                ..JobRequest::default()
            };
            ops.index(next, request, notices, true);
        });
    }

    /// Saves a change to the corrections (no re-indexing: the app applies
    /// corrections to the index it has).
    fn save_corrections(&self, next: Collection, done: Notice) {
        let ops = self.handle();
        self.dispatch.emit(LibraryAction::Busy("Saving".into()));
        spawn_local(async move {
            match idb::save(&next.to_json()).await {
                Ok(()) => ops.finish(Some(next), vec![done]),
                Err(reason) => ops.finish(
                    None,
                    vec![Notice::error(format!(
                        "The correction could not be saved: {reason}. Your saved collection is unchanged."
                    ))],
                ),
            }
        });
    }

    pub fn correct(&self, correction: Correction) {
        let mut next = self.saved.borrow().clone();
        next.correct(correction);
        self.save_corrections(next, Notice::info("Correction saved."));
    }

    pub fn undo(&self, shown: &redlines_core::corrections::StatementKey) {
        let mut next = self.saved.borrow().clone();
        next.undo(shown);
        self.save_corrections(next, Notice::info("Correction undone."));
    }

    pub fn export_collection(&self) {
        let json = self.saved.borrow().to_json();
        browser::download("red-lines-collection.json", "application/json", &json);
    }

    pub fn export_corrections(&self) {
        let json = self.saved.borrow().corrections_json();
        browser::download("corrections.json", "application/json", &json);
    }
}

/// "a.txt", "a.txt and b.txt", "3 articles", for messages.
fn describe(names: &[String]) -> String {
    match names {
        [] => "The change".to_string(),
        [one] => one.clone(),
        [one, two] => format!("{one} and {two}"),
        more => format!("{} articles", more.len()),
    }
}

/// The files of a file input or a drop, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|position| list.get(position))
        .collect()
}

/// The files of an `<input type=file>` change event; the input is cleared so
/// picking the same file again fires again.
pub fn files_of_input(event: &Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}
