//! The few browser calls the app makes, each tolerant of a missing window or
//! a refused permission: a failure here must never break the page, so every
//! function quietly does nothing when the browser says no.
//!
//! Natively (the build's prerender, `src/bin/prerender.rs`) there is no
//! window at all: [`window`] is `None` there, so the calls that components
//! make while rendering (the query string, the remembered colour scheme,
//! media queries) give the defaults of a first visit to `/` instead of
//! calling into a browser that is not there, which would panic.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The browser window; always `None` when not built for the browser.
#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// No window natively: web-sys's functions panic off the wasm target, and the
/// prerender renders the components natively (see the module comment).
#[cfg(not(target_arch = "wasm32"))]
fn window() -> Option<web_sys::Window> {
    None
}

/// The current query string, with its "?" (or empty).
pub fn query() -> String {
    window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The current address, for citations that link back to the view.
pub fn href() -> String {
    window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// Adds a history entry for `query` (a relative "?view=..." URL).
pub fn push(query: &str) {
    if let Some(history) = window().and_then(|window| window.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(query));
    }
}

/// Replaces the current history entry's URL with `query`.
pub fn replace(query: &str) {
    if let Some(history) = window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(query));
    }
}

/// A listener for `event` on the window (`popstate`, `beforeprint`),
/// removed again when dropped.
pub struct WindowListener {
    event: &'static str,
    closure: Closure<dyn FnMut(JsValue)>,
}

impl WindowListener {
    pub fn new(event: &'static str, mut on_event: impl FnMut() + 'static) -> WindowListener {
        let closure = Closure::<dyn FnMut(JsValue)>::new(move |_| on_event());
        if let Some(window) = window() {
            let _ =
                window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
        WindowListener { event, closure }
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = window() {
            let _ = window.remove_event_listener_with_callback(
                self.event,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Whether there is a browser to draw in later frames; natively (the
/// prerender) there is not, so what is drawn must be drawn at once.
pub fn draws_frames() -> bool {
    window().is_some()
}

/// A callback waiting for the next frame to be painted, which is dropped
/// unrun if this handle is dropped first.
pub struct AfterPaint {
    cancelled: Rc<Cell<bool>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.cancelled.set(true);
    }
}

/// Runs `callback` in a task of its own right after the next frame is
/// painted: `requestAnimationFrame` runs just before the frame is drawn, and
/// a zero timeout set from it runs as the next task once the frame is done.
/// Work done there leaves the frame being drawn alone, unlike work done in
/// the animation frame itself. Natively nothing is run.
pub fn after_paint(callback: impl FnOnce() + 'static) -> AfterPaint {
    // One body for every caller: the closures handed to the browser are
    // generic glue, and a copy of it per caller costs the first load.
    after_paint_boxed(Box::new(callback))
}

fn after_paint_boxed(callback: Box<dyn FnOnce()>) -> AfterPaint {
    let cancelled = Rc::new(Cell::new(false));
    if let Some(window) = window() {
        let flag = cancelled.clone();
        let frame = Closure::once_into_js(move || {
            if flag.get() {
                return;
            }
            let task = Closure::once_into_js(move || {
                if !flag.get() {
                    callback();
                }
            });
            if let Some(window) = self::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
            }
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
    AfterPaint { cancelled }
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn store(key: &str, value: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// Whether the system asks for a dark colour scheme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|window| {
            window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
        })
        .is_some_and(|list| list.matches())
}

/// Sets or removes an attribute of the root `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// The element with `id`, if the document has one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Scrolls the element with `id` to the middle of the screen and focuses it.
pub fn reveal(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls to the top and focuses the element with `id` (a page heading).
pub fn arrive_at(id: &str) {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Copies text to the clipboard and reports whether that worked.
pub fn copy(text: &str, on_done: impl Fn(bool) + 'static) {
    let Some(window) = window() else {
        on_done(false);
        return;
    };
    let on_done = std::rc::Rc::new(on_done);
    let on_failure = on_done.clone();
    let promise = window.navigator().clipboard().write_text(text);
    let resolved = Closure::<dyn FnMut(JsValue)>::new(move |_| on_done(true));
    let rejected = Closure::<dyn FnMut(JsValue)>::new(move |_| on_failure(false));
    let _ = promise.then(&resolved).catch(&rejected);
    // The promise owns the callbacks from here on; they are tiny and a copy
    // is a rare, user-started event.
    resolved.forget();
    rejected.forget();
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    let Some(document) = window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    // Revoke the object URL after the download has started, not before.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
}

/// The page's address without query or fragment, to which a "?view=..."
/// link is appended for an absolute permalink.
pub fn base_url() -> String {
    let href = href();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_string()
}

/// Whether a media query matches now (for choices made once, at render).
pub fn matches_media(query: &str) -> bool {
    window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Puts an error box on the page after a panic, built from text nodes only.
/// The page cannot go on (release builds abort), but the user learns why and
/// that their saved articles are safe.
pub fn show_fatal_error(detail: &str) {
    let Some(document) = window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(container) = document.create_element("div") else {
        return;
    };
    container.set_class_name("fatal-error");
    let _ = container.set_attribute("role", "alert");
    let lines = [
        "Red Lines hit an internal error and stopped.",
        "Your saved articles and corrections are not affected. Reload the page to go on.",
        detail,
    ];
    for line in lines {
        if let Ok(paragraph) = document.create_element("p") {
            paragraph.set_text_content(Some(line));
            let _ = container.append_child(&paragraph);
        }
    }
    let _ = body.prepend_with_node_1(&container);
}

/// For a plain click on an in-app link drawn without a `Link` component
/// (`<a data-nav href="?view=…">`, see `components::nav_anchor`): stops the
/// browser's own navigation and returns the link's query string. Modified
/// clicks (new tab, new window) and other clicks return `None`.
pub fn take_nav_click(event: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    if event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[data-nav]").ok()??;
    let href = anchor.get_attribute("href")?;
    event.prevent_default();
    Some(href)
}
