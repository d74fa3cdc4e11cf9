//! Red Lines, the browser app: thin Yew function components over `redlines-core`.
//!
//! The index is built from `seeds/` at compile time by `build.rs` and embedded in
//! the wasm binary in the core's binary format, so nothing is fetched at run time.
//! It is decoded once; every view reads it from a context, and every piece of
//! view state lives in the URL (see `state/` and `hooks.rs`).
//!
//! A build over a large corpus embeds only the manifest of a chunked index
//! instead: the page starts the worker, which fetches and checks the chunks,
//! and shows their progress ([`ChunkLoader`]) until the index is whole.

use std::cell::OnceCell;
use std::rc::Rc;

use redlines_core::search::Searcher;
use redlines_core::{Chunk, ChunkManifest, Counts, Index};
use yew::prelude::*;

pub mod browser;
pub mod collection;
pub mod components;
pub mod hooks;
pub mod idb;
pub mod library;
pub mod state;
pub mod views;
pub mod worker_client;

use components::Header;
use state::{Action, View, ViewState};

/// The index bytes produced by `build.rs` with `redlines_core::Index::to_bytes`.
pub static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// The id of the prerender of this build's first screen, from `build.rs` (a
/// hash of the embedded index). `src/bin/prerender.rs` writes it into the
/// prerendered markup's `data-prerender`, and [`start`] hydrates that markup
/// only when it carries this same id.
pub const PRERENDER_ID: &str = include_str!(concat!(env!("OUT_DIR"), "/prerender-id.txt"));

/// The id of the element the app is mounted in (index.html's `<div id="app">`),
/// which the build fills with the prerendered overview.
pub const APP_ROOT_ID: &str = "app";

/// How many actor colours the stylesheet defines (`.c0` to `.c9`).
pub const PALETTE: usize = 10;

/// The decoded index with what every view needs from it.
pub struct Data {
    pub index: Index,
    pub counts: Counts,
    /// Each actor's colour slot. Slots follow the actors' statement ranks,
    /// so the most quoted actors get distinct colours.
    pub slots: Vec<usize>,
    /// Built on the first search only, as most visits never search.
    searcher: OnceCell<Searcher>,
}

impl Data {
    pub fn new(index: Index) -> Data {
        let mut slots = vec![0; index.actors.len()];
        for (rank, (actor, _)) in index.actors_by_count().into_iter().enumerate() {
            slots[actor] = rank % PALETTE;
        }
        Data {
            counts: index.counts(),
            slots,
            searcher: OnceCell::new(),
            index,
        }
    }

    pub fn searcher(&self) -> &Searcher {
        self.searcher.get_or_init(|| Searcher::new(&self.index))
    }

    /// The CSS class of an actor's colour.
    pub fn colour(&self, actor: usize) -> String {
        format!("c{}", self.slots.get(actor).copied().unwrap_or(0))
    }
}

/// What every component reads: the data, the current view state and the way
/// to change it.
#[derive(Clone)]
pub struct Ctx {
    pub data: Rc<Data>,
    pub view: Rc<ViewState>,
    /// Changes with every arrival at a view (not with in-place changes).
    pub arrivals: u32,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && self.view == other.view
            && self.arrivals == other.arrivals
    }
}

impl Ctx {
    pub fn index(&self) -> &Index {
        &self.data.index
    }

    pub fn navigate(&self, to: ViewState) {
        self.dispatch.emit(Action::Navigate(to));
    }
}

/// The context every view component needs; only ever missing in a test that
/// forgot to mount the component inside [`Explorer`] or a provider.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are mounted inside <Explorer>, which provides Ctx")
}

/// The part of [`Ctx`] that stays the same while the app runs: the data and
/// the way to change the view. Yew re-renders every consumer of a context
/// when its value changes, so components that do not depend on the view
/// state (statement cards, links, marked text) read this one instead. They
/// then re-render only when their own props change, which keeps a facet
/// toggle from redrawing every card that stays on the page.
#[derive(Clone)]
pub struct Shared {
    pub data: Rc<Data>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.dispatch == other.dispatch
    }
}

impl Shared {
    pub fn index(&self) -> &Index {
        &self.data.index
    }
}

/// The stable part of the context; see [`Shared`].
#[hook]
pub fn use_shared() -> Shared {
    use_context::<Shared>()
        .expect("components are mounted inside <Explorer>, which provides Shared")
}

/// What the embedded bytes hold, decoded once.
pub enum Start {
    Whole(Rc<Index>),
    #[cfg(chunked_index)]
    Chunked(Rc<ChunkManifest>),
}

/// Decodes what `build.rs` embedded. A build whose index is whole (the seed
/// explorer) reads only that form, so the chunk loader and its decoders are
/// left out of its wasm; `build.rs` sets `chunked_index` for the others.
#[cfg(not(chunked_index))]
pub fn decode_embedded() -> Result<Start, redlines_core::IndexError> {
    Index::from_bytes(INDEX_BYTES).map(|index| Start::Whole(Rc::new(index)))
}

#[cfg(chunked_index)]
pub fn decode_embedded() -> Result<Start, redlines_core::IndexError> {
    use redlines_core::Bundle;
    Bundle::from_bytes(INDEX_BYTES).map(|bundle| match bundle {
        Bundle::Whole(index) => Start::Whole(Rc::new(index)),
        Bundle::Chunked(manifest) => Start::Chunked(Rc::new(manifest)),
    })
}

#[function_component(App)]
pub fn app() -> Html {
    let decoded = use_memo((), |_| decode_embedded());
    // Once the first render is on the page, `<html data-app>` says how it got
    // there ("hydrated" or "rendered", see `start`): the tests wait for it,
    // since the prerendered overview is visible long before the app runs.
    use_effect_with((), |_| {
        browser::set_root_attribute("data-app", Some(MOUNT.get().as_str()));
    });
    match &*decoded {
        Ok(Start::Whole(bundled)) => html! { <Workspace bundled={bundled.clone()} /> },
        #[cfg(chunked_index)]
        Ok(Start::Chunked(manifest)) => html! { <ChunkLoader manifest={manifest.clone()} /> },
        Err(error) => html! { <LoadError message={error.to_string()} /> },
    }
}

#[derive(Properties)]
pub struct ChunkLoaderProps {
    pub manifest: Rc<ChunkManifest>,
}

impl PartialEq for ChunkLoaderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.manifest, &other.manifest)
    }
}

/// A chunked index on its way in: the worker fetches and checks each chunk,
/// this component decodes it (one chunk per task, so the page stays
/// responsive) and shows how far loading has come, then the explorer over
/// the whole index, or what went wrong.
#[function_component(ChunkLoader)]
pub fn chunk_loader(props: &ChunkLoaderProps) -> Html {
    let load = use_reducer(state::ChunkLoad::default);
    let arrived = use_mut_ref(Vec::<Chunk>::new);
    {
        let dispatcher = load.dispatcher();
        let manifest = props.manifest.clone();
        use_effect_with((), move |_| {
            worker_client::load_chunks(move |event| {
                use worker_client::LoadEvent;
                let action = match event {
                    LoadEvent::Chunk { number, bytes, .. } => match Chunk::from_bytes(&bytes) {
                        Ok(chunk) => {
                            let entry = &manifest.chunks[number.min(manifest.chunks.len() - 1)];
                            let action = state::LoadAction::Arrived {
                                bytes: entry.bytes as usize,
                                statements: chunk.statements.len(),
                            };
                            arrived.borrow_mut().push(chunk);
                            action
                        }
                        Err(error) => state::LoadAction::Failed(error.to_string()),
                    },
                    LoadEvent::Loaded => {
                        let chunks = std::mem::take(&mut *arrived.borrow_mut());
                        match Index::from_chunks(&manifest, chunks) {
                            Ok(index) => state::LoadAction::Done(Rc::new(index)),
                            Err(error) => state::LoadAction::Failed(error.to_string()),
                        }
                    }
                    LoadEvent::Failed(text) => state::LoadAction::Failed(text),
                };
                dispatcher.dispatch(action);
            })
        });
    }
    let manifest = &props.manifest;
    match &*load {
        state::ChunkLoad::Done(index) => html! { <Workspace bundled={index.clone()} /> },
        state::ChunkLoad::Failed(reason) => html! {
            <main id="main" class="main load-error">
                <h1>{ "Red Lines could not load its corpus" }</h1>
                <p role="alert">{ reason.clone() }</p>
                <p>{ "Reload the page to try again. On a first visit the corpus needs the network; once loaded, it is kept for offline use." }</p>
            </main>
        },
        state::ChunkLoad::Loading {
            chunks,
            bytes,
            statements,
        } => {
            // Tenths of a megabyte in integers: float formatting would add
            // kilobytes of code to every build's wasm for this one line.
            let megabytes = |bytes: usize| {
                let tenths = (bytes + 50_000) / 100_000;
                format!("{}.{}", tenths / 10, tenths % 10)
            };
            let status = format!(
                "{chunks} of {} parts loaded: {} of {} MB, {} of {} statements.",
                manifest.chunks.len(),
                megabytes(*bytes),
                megabytes(manifest.bytes()),
                components::thousands(*statements),
                components::thousands(manifest.statements()),
            );
            html! {
                <>
                <header class="site-header">
                    <div class="header-bar">
                        <span class="brand">
                            <span class="brand-mark" aria-hidden="true"></span>
                            <span class="brand-name">{ "Red Lines" }</span>
                        </span>
                    </div>
                </header>
                <main id="main" class="main chunk-loader" aria-busy="true">
                    <h1>{ "Loading the corpus" }</h1>
                    <p>
                        { format!(
                            "This corpus of {} articles is large, so its index comes in {} parts, checked as they arrive.",
                            components::thousands(manifest.articles()),
                            manifest.chunks.len(),
                        ) }
                    </p>
                    <progress
                        max={manifest.bytes().to_string()}
                        value={bytes.to_string()}
                        aria-label="Corpus loaded"
                    ></progress>
                    <p role="status">{ status }</p>
                </main>
                </>
            }
        }
    }
}

#[derive(Properties)]
pub struct WorkspaceProps {
    pub bundled: Rc<Index>,
}

impl PartialEq for WorkspaceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bundled, &other.bundled)
    }
}

/// The explorer over the bundled index, or over the one the import worker
/// rebuilt with the user's articles, with the user's corrections applied.
#[function_component(Workspace)]
pub fn workspace(props: &WorkspaceProps) -> Html {
    let base = use_state(|| collection::Base {
        generation: 0,
        index: props.bundled.clone(),
    });
    let library = use_reducer(state::LibraryState::default);
    let generation = use_mut_ref(|| 0u32);
    let ops = {
        let dispatcher = library.dispatcher();
        let base = base.clone();
        use_memo((), |_| {
            let set_base = Callback::from(move |index: Rc<Index>| {
                let next = generation.borrow().wrapping_add(1);
                *generation.borrow_mut() = next;
                base.set(collection::Base {
                    generation: next,
                    index,
                })
            });
            collection::Ops::new(
                Callback::from(move |action| dispatcher.dispatch(action)),
                set_base,
                &props.bundled,
            )
        })
    };
    {
        let ops = ops.clone();
        use_effect_with((), move |_| ops.load());
    }
    let corrections = library.collection.corrections.clone();
    let data = use_memo((base.generation, corrections), |(_, corrections)| {
        let mut index = (*base.index).clone();
        if !corrections.is_empty() {
            // Corrections that no longer find their statement (their article
            // was removed) are skipped; the Import view lists them all.
            index.apply_corrections(corrections);
        }
        Rc::new(Data::new(index))
    });
    let context = collection::LibraryCtx {
        state: Rc::new((*library).clone()),
        ops,
    };
    html! {
        <ContextProvider<collection::LibraryCtx> {context}>
            <Explorer data={(*data).clone()} />
            // Tells anyone watching (and tests) whether the user's articles
            // are still being read or indexed.
            <div class="library-state" hidden=true data-library={if library.busy.is_some() { "busy" } else { "idle" }}></div>
        </ContextProvider<collection::LibraryCtx>>
    }
}

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    pub message: AttrValue,
}

/// Shown instead of the explorer when the embedded index cannot be read.
#[function_component(LoadError)]
pub fn load_error(props: &LoadErrorProps) -> Html {
    html! {
        <main id="main" class="main load-error">
            <h1>{ "Red Lines could not start" }</h1>
            <p role="alert">{ "The position index built into this page could not be read: " }{ props.message.clone() }</p>
            <p>{ "Reloading will not help; the app needs to be rebuilt from its corpus." }</p>
        </main>
    }
}

#[derive(Properties)]
pub struct ExplorerProps {
    pub data: Rc<Data>,
}

impl PartialEq for ExplorerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
    }
}

/// The whole explorer over one index: header, navigation and the view the
/// URL asks for.
#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let state = hooks::use_url_state();
    // Built again only for other data: the reducer's dispatcher never
    // changes, so `Shared` compares equal from one render to the next.
    let shared = {
        let dispatcher = state.dispatcher();
        let data = props.data.clone();
        use_memo(Rc::as_ptr(&props.data), move |_| Shared {
            data,
            dispatch: Callback::from(move |action| dispatcher.dispatch(action)),
        })
    };
    // A URL that names an actor, theme or article another way than by its
    // slug or id ("?actor=putin") shows the same view as the canonical one;
    // the address bar is then rewritten in place, so the URL that gets
    // shared is the canonical one and the facets mark what is chosen.
    {
        let dispatcher = state.dispatcher();
        let data = props.data.clone();
        use_effect_with(
            (state.view.clone(), Rc::as_ptr(&props.data) as usize),
            move |(view, _)| {
                let canonical = view.canonical(&data.index);
                if canonical != **view {
                    dispatcher.dispatch(Action::Canonical(canonical));
                }
            },
        );
    }
    let ctx = Ctx {
        data: props.data.clone(),
        view: state.view.clone(),
        arrivals: state.arrivals,
        dispatch: shared.dispatch.clone(),
    };
    // Follows the plain in-app anchors of `components::nav_anchor`.
    let follow_nav_anchor = {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(href) = browser::take_nav_click(&event) {
                dispatch.emit(Action::Navigate(ViewState::from_query(&href)));
            }
        })
    };
    let view = match state.view.view {
        View::Overview => html! { <views::overview::Overview /> },
        View::Actor => html! { <views::actor::ActorPage /> },
        View::Theme => html! { <views::theme::ThemePage /> },
        View::Compare => html! { <views::compare::Compare /> },
        View::Article => html! { <views::article::ArticlePage /> },
        View::Search => html! { <views::search::Search /> },
        View::Timeline => html! { <views::timeline::Timeline /> },
        View::Network => html! { <views::network::Network /> },
        View::Import => html! { <views::import::ImportPage /> },
    };
    html! {
        <ContextProvider<Shared> context={(*shared).clone()}>
        <ContextProvider<Ctx> context={ctx}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <Header />
            <main id="main" class="main" tabindex="-1" onclick={follow_nav_anchor}>{ view }</main>
            <footer class="footer">
                <p>
                    { "Red Lines shows each position with the sentence it comes from. Positions are found by rules, not read by people: check the evidence before you quote it." }
                </p>
            </footer>
        </ContextProvider<Ctx>>
        </ContextProvider<Shared>>
    }
}

/// How [`start`] put the app on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mount {
    /// It took over the prerendered overview (Yew hydration).
    Hydrated,
    /// It drew the page itself, after clearing any prerendered markup.
    Rendered,
}

impl Mount {
    pub fn as_str(self) -> &'static str {
        match self {
            Mount::Hydrated => "hydrated",
            Mount::Rendered => "rendered",
        }
    }
}

thread_local! {
    static MOUNT: std::cell::Cell<Mount> = const { std::cell::Cell::new(Mount::Rendered) };
}

/// Whether the app may hydrate the prerendered markup in its root: only
/// markup prerendered for this very build (its `data-prerender` is
/// [`PRERENDER_ID`]) and only when the URL asks for the view it shows, the
/// overview as a first visit to `/` sees it (no deep link: a query string
/// that changes nothing, such as `?view=overview`, still counts). Yew's
/// hydration panics on markup that does not match the first render, so
/// anything else is drawn afresh instead.
pub fn may_hydrate(prerender_id: Option<&str>, query: &str) -> bool {
    prerender_id == Some(PRERENDER_ID)
        && cfg!(not(chunked_index))
        && ViewState::from_query(query) == ViewState::default()
}

/// Mounts the app in `<div id="app">` (or the body of a page without one). The
/// build prerenders the overview into that div (`scripts/postbuild.mjs`); the
/// app hydrates it when [`may_hydrate`] allows, and otherwise clears it and
/// renders, so a deep link never shows the overview's markup twice or
/// under its own. A panic shows an error box rather than leaving a blank or
/// frozen page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        browser::show_fatal_error(&info.to_string())
    }));
    let Some(root) = browser::element_by_id(APP_ROOT_ID) else {
        yew::Renderer::<App>::new().render();
        return;
    };
    let prerendered = root.get_attribute("data-prerender");
    // The stylesheet hides prerendered markup on a deep link until the app
    // has decided (web/theme.js marks such a page); from here the app owns it.
    let _ = root.remove_attribute("data-prerender");
    if may_hydrate(prerendered.as_deref(), &browser::query()) {
        MOUNT.set(Mount::Hydrated);
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        MOUNT.set(Mount::Rendered);
        // Yew's render clears its root too; doing it here says so.
        root.set_text_content(None);
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// The registries of the bundled corpus (copied by `build.rs`), which the
/// import worker needs to index new articles the same way.
pub static ACTORS_TOML: &str = include_str!(concat!(env!("OUT_DIR"), "/actors.toml"));
pub static THEMES_TOML: &str = include_str!(concat!(env!("OUT_DIR"), "/themes.toml"));

/// The bundled corpus's registries, parsed.
pub fn registry() -> Result<redlines_core::Registry, redlines_core::RegistryError> {
    redlines_core::Registry::parse("actors.toml", ACTORS_TOML, "themes.toml", THEMES_TOML)
}

#[cfg(test)]
mod tests {
    use super::{may_hydrate, PRERENDER_ID};

    #[test]
    fn hydrates_only_this_builds_prerender_of_the_default_view() {
        let id = Some(PRERENDER_ID);
        assert!(may_hydrate(id, ""));
        assert!(may_hydrate(id, "?"));
        assert!(may_hydrate(id, "?view=overview"));
        // Parameters the app does not know change nothing it shows.
        assert!(may_hydrate(id, "?utm_source=feed"));
        // Deep links: another view, or the overview filtered.
        assert!(!may_hydrate(id, "?view=actor&actor=jens-stoltenberg"));
        assert!(!may_hydrate(id, "?view=overview&stance=reject"));
        assert!(!may_hydrate(id, "?min=1"));
        // No prerender, or another build's.
        assert!(!may_hydrate(None, ""));
        assert!(!may_hydrate(Some("0000000000000000"), ""));
        assert_eq!(PRERENDER_ID.len(), 16);
    }
}
