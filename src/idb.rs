//! The user's collection in IndexedDB: one record holding the whole
//! collection as JSON, so a save either replaces it entirely or, if the
//! browser refuses (storage full), leaves the previous one untouched.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const DATABASE: &str = "red-lines";
const STORE: &str = "library";
const KEY: &str = "collection";

/// A readable reason from what IndexedDB rejected with.
fn reason(error: JsValue) -> String {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) if exception.name() == "QuotaExceededError" => {
            "the browser's storage for this site is full (QuotaExceededError)".to_string()
        }
        Ok(exception) => format!("{}: {}", exception.name(), exception.message()),
        Err(other) => other
            .as_string()
            .unwrap_or_else(|| "the browser's storage is not available".to_string()),
    }
}

/// A promise that settles with a request's result or error.
fn settled(request: &web_sys::IdbRequest) -> js_sys::Promise {
    let request = request.clone();
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_success = {
            let request = request.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let _ = resolve.call1(
                    &JsValue::NULL,
                    &request.result().unwrap_or(JsValue::UNDEFINED),
                );
            })
        };
        let on_error = {
            let request = request.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let error = request
                    .error()
                    .ok()
                    .flatten()
                    .map(JsValue::from)
                    .unwrap_or(JsValue::NULL);
                let _ = reject.call1(&JsValue::NULL, &error);
            })
        };
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    })
}

async fn open() -> Result<web_sys::IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or_else(|| "this browser offers no IndexedDB here (private mode?)".to_string())?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(reason)?;
    let upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new({
        let request = request.clone();
        move |_| {
            if let Ok(result) = request.result() {
                let database: web_sys::IdbDatabase = result.unchecked_into();
                if !database.object_store_names().contains(STORE) {
                    let _ = database.create_object_store(STORE);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = JsFuture::from(settled(&request)).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    Ok(result.map_err(reason)?.unchecked_into())
}

/// The stored collection's JSON, if one was saved.
pub async fn load() -> Result<Option<String>, String> {
    let database = open().await?;
    let transaction = database.transaction_with_str(STORE).map_err(reason)?;
    let store = transaction.object_store(STORE).map_err(reason)?;
    let request = store.get(&KEY.into()).map_err(reason)?;
    let value = JsFuture::from(settled(&request)).await.map_err(reason)?;
    database.close();
    Ok(value.as_string())
}

/// Replaces the stored collection. Resolves once the transaction has
/// committed, so an error here means the old record is still in place.
pub async fn save(json: &str) -> Result<(), String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, web_sys::IdbTransactionMode::Readwrite)
        .map_err(reason)?;
    let store = transaction.object_store(STORE).map_err(reason)?;
    store
        .put_with_key(&JsValue::from_str(json), &KEY.into())
        .map_err(reason)?;
    let committed = js_sys::Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = {
            let transaction = transaction.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let error = transaction
                    .error()
                    .map(JsValue::from)
                    .unwrap_or(JsValue::NULL);
                let _ = reject.call1(&JsValue::NULL, &error);
            })
        };
        transaction.set_oncomplete(Some(done.unchecked_ref()));
        transaction.set_onabort(Some(failed.unchecked_ref()));
    });
    let outcome = JsFuture::from(committed).await.map(|_| ()).map_err(reason);
    database.close();
    outcome
}
