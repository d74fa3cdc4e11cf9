//! From a corpus folder (articles plus `actors.toml` and `themes.toml`) to an
//! [`Index`]: parse, attribute, assign themes, and collect the actors.

use std::path::Path;

use crate::article::{parse_article, Article};
use crate::index::{Actor, ActorKind, Index, Statement, Theme};
use crate::pipeline::{ActorRef, Attributor};
use crate::registry::{Registry, RegistryError};
use crate::themes::ThemeScorer;

/// One article file: its name (the article id) and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

#[derive(Debug)]
pub enum CorpusError {
    Io {
        path: String,
        message: String,
    },
    Registry(RegistryError),
    NotUtf8 {
        path: String,
    },
    Empty {
        path: String,
    },
    NoArticles {
        path: String,
    },
    Corrections(String),
    /// An article file that cannot be read as an article (see
    /// [`crate::import::import_file`]); the message names the file.
    Import(crate::import::ImportError),
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorpusError::Io { path, message } => write!(f, "{path}: {message}"),
            CorpusError::Registry(error) => write!(f, "{error}"),
            CorpusError::NotUtf8 { path } => write!(f, "{path}: the file is not UTF-8 text"),
            CorpusError::Empty { path } => write!(f, "{path}: the file is empty"),
            CorpusError::NoArticles { path } => {
                write!(f, "{path}: no article files (.txt, .md or .html) found")
            }
            CorpusError::Corrections(message) => write!(f, "{message}"),
            CorpusError::Import(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for CorpusError {}

impl From<RegistryError> for CorpusError {
    fn from(error: RegistryError) -> Self {
        CorpusError::Registry(error)
    }
}

fn read(path: &Path) -> Result<String, CorpusError> {
    let bytes = std::fs::read(path).map_err(|error| CorpusError::Io {
        path: path.display().to_string(),
        message: error.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|_| CorpusError::NotUtf8 {
        path: path.display().to_string(),
    })
}

/// The extensions of article files in a corpus folder.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// Reads a corpus folder: `actors.toml`, `themes.toml`, and every article
/// file (see [`ARTICLE_EXTENSIONS`]), in file-name order.
pub fn read_corpus_dir(dir: &Path) -> Result<(Registry, Vec<SourceFile>), CorpusError> {
    read_corpus_dir_with_notes(dir).map(|(registry, files, _)| (registry, files))
}

/// [`read_corpus_dir`], with the notes on how files were read ("decoded as
/// Windows-1252"), each starting with the file's path.
///
/// Every article goes through [`crate::import::import_file`], the same
/// reader as the browser's import: `.txt` files are kept as they are (line
/// ends normalised), Markdown and HTML are reduced to plain article text.
pub fn read_corpus_dir_with_notes(
    dir: &Path,
) -> Result<(Registry, Vec<SourceFile>, Vec<String>), CorpusError> {
    read_corpus_dir_with_registry(dir, dir)
}

/// Reads the articles of `dir` with the registries of `registry_dir`: how a
/// folder of articles that has none of its own (a held-out evaluation set)
/// is read with the bundled corpus's actors and themes, as an import is.
pub fn read_corpus_dir_with_registry(
    dir: &Path,
    registry_dir: &Path,
) -> Result<(Registry, Vec<SourceFile>, Vec<String>), CorpusError> {
    let actors_path = registry_dir.join("actors.toml");
    let themes_path = registry_dir.join("themes.toml");
    let registry = Registry::parse(
        &actors_path.display().to_string(),
        &read(&actors_path)?,
        &themes_path.display().to_string(),
        &read(&themes_path)?,
    )?;
    let entries = std::fs::read_dir(dir).map_err(|error| CorpusError::Io {
        path: dir.display().to_string(),
        message: error.to_string(),
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|ext| {
                ARTICLE_EXTENSIONS
                    .iter()
                    .any(|known| ext.eq_ignore_ascii_case(known))
            })
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(CorpusError::NoArticles {
            path: dir.display().to_string(),
        });
    }
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|error| CorpusError::Io {
            path: path.display().to_string(),
            message: error.to_string(),
        })?;
        let shown = path.display().to_string();
        let imported = crate::import::import_file(&shown, &bytes).map_err(CorpusError::Import)?;
        if let Some(note) = imported.note {
            notes.push(format!("{shown}: {note}"));
        }
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(SourceFile {
            name,
            text: imported.text,
        });
    }
    Ok((registry, files, notes))
}

/// Builds the index of a corpus folder, with the folder's
/// `corrections.json` applied when it has one.
pub fn build_index_from_dir(dir: &Path) -> Result<Index, CorpusError> {
    let (registry, files) = read_corpus_dir(dir)?;
    let mut index = build_index(&registry, &files);
    let corrections_path = dir.join(CORRECTIONS_FILE);
    if corrections_path.exists() {
        let text = read(&corrections_path)?;
        let name = corrections_path.display().to_string();
        let corrections = crate::corrections::parse_corrections(&name, &text)
            .map_err(CorpusError::Corrections)?;
        let outcome = index.apply_corrections(&corrections);
        let problems = crate::corrections::locate_problems(&name, &text, &outcome.problems);
        if let Some(problem) = problems.into_iter().next() {
            return Err(CorpusError::Corrections(problem));
        }
    }
    Ok(index)
}

/// The file in a corpus folder that holds user corrections.
pub const CORRECTIONS_FILE: &str = "corrections.json";

/// Lower case with hyphens: "Jens Stoltenberg" → "jens-stoltenberg".
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Runs the whole pipeline over parsed files.
pub fn build_index(registry: &Registry, files: &[SourceFile]) -> Index {
    let articles: Vec<Article> = files
        .iter()
        .map(|file| parse_article(&file.name, &file.text))
        .collect();
    let attributor = Attributor::new(registry);
    let scorer = ThemeScorer::new(registry);

    let mut actors: Vec<Actor> = registry
        .actors
        .iter()
        .zip(&registry.actor_kinds)
        .map(|(spec, kind)| Actor {
            slug: slugify(&spec.name),
            name: spec.name.clone(),
            kind: *kind,
            role: spec.role.clone(),
            affiliation: spec.affiliation.clone(),
            aliases: spec.aliases.clone(),
            speaks_for: None,
            registered: true,
        })
        .collect();
    for index in 0..actors.len() {
        let affiliation = actors[index].affiliation.clone();
        actors[index].speaks_for = affiliation
            .and_then(|name| actors.iter().position(|other| other.name == name))
            .filter(|&other| other != index)
            .map(|other| other as u16);
    }

    // Each actor's index by name (the first of a name wins), so that a
    // name found in the text is looked up, not searched for among all the
    // actors found so far.
    let mut by_name: crate::text::WordMap<String, usize> = Default::default();
    for (index, actor) in actors.iter().enumerate() {
        by_name.entry(actor.name.clone()).or_insert(index);
    }
    let mut statements = Vec::new();
    for (article_index, article) in articles.iter().enumerate() {
        for attribution in attributor.attribute(article) {
            let actor = match &attribution.actor {
                ActorRef::Known(index) => *index,
                ActorRef::New { name, kind } => new_actor(&mut actors, &mut by_name, name, *kind),
            };
            let themes = scorer.themes_for(article, attribution.span);
            statements.push(Statement {
                article: article_index as u16,
                span: attribution.span,
                actor: actor as u16,
                themes: themes.into_iter().map(|theme| theme as u8).collect(),
                stance: attribution.stance,
                quote: attribution.quote,
                cue: attribution.cue,
                confidence: (attribution.confidence * 100.0).round() / 100.0,
                rule: attribution.rule,
            });
        }
    }
    let themes = registry
        .themes
        .iter()
        .map(|spec| Theme {
            id: spec.id.clone(),
            label: spec.label.clone(),
            scope: spec.scope.clone(),
        })
        .collect();
    Index {
        articles,
        actors,
        themes,
        statements,
    }
}

fn new_actor(
    actors: &mut Vec<Actor>,
    by_name: &mut crate::text::WordMap<String, usize>,
    name: &str,
    kind: ActorKind,
) -> usize {
    if let Some(&existing) = by_name.get(name) {
        return existing;
    }
    by_name.insert(name.to_string(), actors.len());
    actors.push(Actor {
        slug: slugify(name),
        name: name.to_string(),
        kind,
        role: None,
        affiliation: None,
        aliases: Vec::new(),
        speaks_for: None,
        registered: false,
    });
    actors.len() - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_with_hyphens() {
        assert_eq!(slugify("Jens Stoltenberg"), "jens-stoltenberg");
        assert_eq!(
            slugify("Norwegian Fisheries Directorate"),
            "norwegian-fisheries-directorate"
        );
        assert_eq!(slugify("  Anne-Marie  O’Neil "), "anne-marie-o-neil");
    }
}
