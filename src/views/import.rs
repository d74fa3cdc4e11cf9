//! The Import view: add articles by file picker, drag and drop or pasting;
//! see, remove and export the user's articles; list and export corrections.
//! The work itself is in `collection.rs` (and the rules in `library.rs`).

use yew::prelude::*;

use super::PageHeading;
use crate::collection::{files_of, files_of_input, use_library};
use crate::components::{plural, Link};
use crate::library::Pasted;
use crate::state::ViewState;
use crate::use_ctx;

/// The file types the picker offers; the import step also judges content.
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

#[function_component(ImportPage)]
pub fn import_page() -> Html {
    let ctx = use_ctx();
    let Some(library) = use_library() else {
        return html! { <PageHeading>{ "Import" }</PageHeading> };
    };
    let title = use_node_ref();
    let text = use_node_ref();
    let dragging = use_state(|| false);
    let busy = library.state.busy.is_some();
    let collection = library.state.collection.clone();
    let index = ctx.index();

    let on_pick = {
        let ops = library.ops.clone();
        Callback::from(move |event: Event| ops.import(files_of_input(&event), Vec::new()))
    };
    let on_drop = {
        let ops = library.ops.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if !busy {
                ops.import(
                    files_of(event.data_transfer().and_then(|data| data.files())),
                    Vec::new(),
                );
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the dropped file instead.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste = {
        let ops = library.ops.clone();
        let title = title.clone();
        let text = text.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(title), Some(text)) = (
                title.cast::<web_sys::HtmlInputElement>(),
                text.cast::<web_sys::HtmlTextAreaElement>(),
            ) else {
                return;
            };
            ops.import(
                Vec::new(),
                vec![Pasted {
                    title: title.value(),
                    text: text.value(),
                }],
            );
            title.set_value("");
            text.set_value("");
        })
    };
    let on_collection = {
        let ops = library.ops.clone();
        Callback::from(move |event: Event| {
            if let Some(file) = files_of_input(&event).into_iter().next() {
                ops.import_collection(file);
            }
        })
    };
    let export_collection = {
        let ops = library.ops.clone();
        Callback::from(move |_: MouseEvent| ops.export_collection())
    };
    let export_corrections = {
        let ops = library.ops.clone();
        Callback::from(move |_: MouseEvent| ops.export_corrections())
    };

    html! {
        <div class="import-page">
            <PageHeading>{ "Import articles" }</PageHeading>
            <p class="lede">
                { "Add your own articles (.txt, .md or .html). They are indexed in your browser, kept in this browser's storage, and join every view marked as yours. Nothing is uploaded anywhere." }
            </p>

            <div class="import-status" role="status" aria-live="polite">
                if let Some(step) = &library.state.busy {
                    <p class="progress-line">
                        <progress class="import-progress" aria-label="Import in progress"></progress>
                        { format!("{step}…") }
                    </p>
                }
                <ul class="notices">
                    { for library.state.notices.iter().filter(|notice| !notice.error).map(|notice| html! {
                        <li class="notice">{ notice.text.clone() }</li>
                    }) }
                </ul>
            </div>
            <div class="import-errors" role="alert">
                <ul class="notices">
                    { for library.state.notices.iter().filter(|notice| notice.error).map(|notice| html! {
                        <li class="notice notice-error">{ notice.text.clone() }</li>
                    }) }
                </ul>
            </div>

            <section class="import-section" aria-labelledby="import-files">
                <h2 id="import-files">{ "Add files" }</h2>
                <div
                    class={classes!("drop-zone", dragging.then_some("is-dragging"))}
                    ondragover={on_drag_over}
                    ondragleave={on_drag_leave}
                    ondrop={on_drop}
                >
                    <p>{ "Drop .txt, .md or .html files here, or" }</p>
                    <label class="button file-button">
                        { "Choose files" }
                        <input type="file" id="import-file-input" class="visually-hidden" multiple=true accept={ACCEPT} disabled={busy} onchange={on_pick} />
                    </label>
                    <p class="hint">{ "Up to 20 MB per file." }</p>
                </div>
            </section>

            <section class="import-section" aria-labelledby="import-paste">
                <h2 id="import-paste">{ "Paste text" }</h2>
                <form class="paste-form" onsubmit={on_paste}>
                    <label for="paste-title">{ "Title" }</label>
                    <input id="paste-title" ref={title} type="text" required=true maxlength="300" />
                    <label for="paste-text">{ "Text" }</label>
                    <textarea id="paste-text" ref={text} rows="8" required=true />
                    <button type="submit" class="button" disabled={busy}>{ "Add pasted text" }</button>
                </form>
            </section>

            <section class="import-section" aria-labelledby="your-articles">
                <h2 id="your-articles">{ "Your articles" }</h2>
                if collection.articles.is_empty() {
                    <p class="empty-line">{ "You have not added any articles yet." }</p>
                } else {
                    <ul class="your-articles">
                        { for collection.articles.iter().map(|article| {
                            let found = index.article_by_id(&article.name);
                            let statements = found.map(|number| index.statements_in_article(number).len()).unwrap_or(0);
                            let title = found.map(|number| index.articles[number].title.clone()).unwrap_or_else(|| article.name.clone());
                            let remove = {
                                let ops = library.ops.clone();
                                let name = article.name.clone();
                                Callback::from(move |_: MouseEvent| ops.remove(&name))
                            };
                            html! {
                                <li key={article.name.clone()} class="your-article">
                                    <span class="badge badge-yours">{ "yours" }</span>
                                    <Link to={ViewState::article(&article.name, None)}>{ title }</Link>
                                    <span class="meta"><span class="article-name">{ article.name.clone() }</span>{ format!(" · {}", plural(statements, "statement", "statements")) }</span>
                                    if let Some(note) = &article.note {
                                        <span class="meta">{ note.clone() }</span>
                                    }
                                    <button type="button" class="small-button" disabled={busy} onclick={remove}
                                        aria-label={format!("Remove {}", article.name)}>{ "Remove" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <div class="collection-actions">
                    <button type="button" class="small-button" onclick={export_collection}>{ "Export collection" }</button>
                    <label class="small-button file-button">
                        { "Import a collection file" }
                        <input type="file" id="collection-file-input" class="visually-hidden" accept=".json,application/json" disabled={busy} onchange={on_collection} />
                    </label>
                </div>
            </section>

            <section class="import-section" aria-labelledby="your-corrections">
                <h2 id="your-corrections">{ "Your corrections" }</h2>
                if collection.corrections.is_empty() {
                    <p class="empty-line">{ "No corrections yet. Use “Correct” on any statement." }</p>
                } else {
                    <ul class="your-corrections">
                        { for collection.corrections.iter().map(|correction| {
                            let undo = {
                                let ops = library.ops.clone();
                                let key = correction.shown_key();
                                Callback::from(move |_: MouseEvent| ops.undo(&key))
                            };
                            let change = describe_correction(correction);
                            html! {
                                <li key={format!("{}:{}", correction.article, correction.start)}>
                                    <Link to={ViewState::article(&correction.article, Some(correction.start))}>
                                        { format!("{} in {}", correction.actor, correction.article) }
                                    </Link>
                                    <span class="meta">{ change }</span>
                                    <button type="button" class="small-button" disabled={busy} onclick={undo}>{ "Undo" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                    <button type="button" class="small-button" onclick={export_corrections}>{ "Export corrections" }</button>
                }
            </section>
        </div>
    }
}

/// A correction in words, for the list.
fn describe_correction(correction: &redlines_core::corrections::Correction) -> String {
    if correction.not_a_position {
        return "not a position".to_string();
    }
    let mut parts = Vec::new();
    if let Some(actor) = &correction.set_actor {
        parts.push(format!("actor: {actor}"));
    }
    if let Some(themes) = &correction.set_themes {
        parts.push(format!("themes: {}", themes.join(", ")));
    }
    if let Some(stance) = &correction.set_stance {
        parts.push(format!("stance: {stance}"));
    }
    parts.join("; ")
}
