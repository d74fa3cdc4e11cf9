//! The Red Lines core: everything between a folder of article files and the
//! position index the explorer shows, with no web dependencies.
//!
//! The main design decision is that the index format is defined once, here:
//! [`Index`] is plain serde data, written with [`Index::to_bytes`] at build time
//! and read with [`Index::from_bytes`] in the browser, and every offset it stores
//! is a byte offset into the original article file, so any statement can be
//! checked verbatim against its source ([`Index::verify`]).

pub mod article;
pub mod corpus;
pub mod corrections;
pub mod dates;
pub mod eval;
pub mod export;
pub mod html;
pub mod import;
pub mod index;
pub mod pipeline;
pub mod query;
pub mod registry;
pub mod search;
pub mod sentence;
pub mod synth;
pub mod text;

pub use article::{parse_article, Article, Block, BlockKind};
pub use corpus::{build_index, build_index_from_dir, CorpusError, SourceFile};
pub use export::ExportRecord;
pub use html::html_to_text;
pub use import::{import_file, import_pasted, ImportError, ImportedText, MAX_IMPORT_BYTES};
pub use index::{
    Actor, ActorKind, Bundle, Chunk, ChunkEntry, ChunkManifest, Index, IndexError, QuoteKind, Span,
    Stance, Statement, Theme,
};
pub use pipeline::{names, quotes, stance, themes};
pub use query::{Counts, Filter};
pub use registry::{ActorSpec, Registry, RegistryError, ThemeSpec};
pub use sentence::split_sentences;
