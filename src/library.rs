//! The user's own collection: imported articles and corrections, as plain
//! data with no browser calls, so every rule here is unit-tested natively.
//!
//! The collection is what IndexedDB keeps and what "Export collection"
//! downloads. Indexing happens in the import worker (`src/bin/import-worker.rs`)
//! through [`index_job`]; the page only decodes the index bytes it sends back.
//! What the page and the worker say to each other is typed in [`messages`].

use redlines_core::corrections::{Correction, StatementKey};
use redlines_core::{build_index, import_file, import_pasted, Index, Registry, SourceFile};
use serde::{Deserialize, Serialize};

pub mod messages;

/// The `format` field of an exported collection file.
pub const COLLECTION_FORMAT: &str = "red-lines-collection";
/// The version of the exported collection file this build writes and reads.
pub const COLLECTION_VERSION: u32 = 1;

/// One article the user imported: its name (the article id) and the text the
/// import step prepared from the file, which is what gets indexed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserArticle {
    pub name: String,
    pub text: String,
    /// What the import step noted about the file, e.g. the encoding it read.
    /// Always written (as `null` when there is none): the worker messages'
    /// codec, postcard, cannot skip a field.
    #[serde(default)]
    pub note: Option<String>,
}

/// Everything the user added: articles and corrections.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    #[serde(default)]
    pub articles: Vec<UserArticle>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// The exported file: the collection with a format tag and version, so that
/// a stray JSON file is refused with a clear reason.
#[derive(Serialize, Deserialize)]
struct CollectionFile {
    #[serde(default)]
    format: String,
    #[serde(default)]
    version: u32,
    #[serde(default)]
    articles: Vec<UserArticle>,
    #[serde(default)]
    corrections: Vec<Correction>,
}

impl Collection {
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.corrections.is_empty()
    }

    /// The collection as stored in IndexedDB and exported as a file.
    pub fn to_json(&self) -> String {
        let file = CollectionFile {
            format: COLLECTION_FORMAT.to_string(),
            version: COLLECTION_VERSION,
            articles: self.articles.clone(),
            corrections: self.corrections.clone(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads an exported collection; `name` is the file name for messages.
    /// (Parsed straight into the file's type, without a JSON value tree,
    /// which keeps the page's wasm smaller.)
    pub fn from_json(name: &str, text: &str) -> Result<Collection, String> {
        let file: CollectionFile = serde_json::from_str(text).map_err(|error| {
            if error.is_syntax() || error.is_eof() {
                format!(
                    "{name} could not be read: it is not valid JSON (line {}: {error}).",
                    error.line()
                )
            } else {
                format!("{name} is not a Red Lines collection ({error}).")
            }
        })?;
        if file.format != COLLECTION_FORMAT {
            return Err(format!(
                "{name} is not a Red Lines collection (it has no \"format\": \"{COLLECTION_FORMAT}\")."
            ));
        }
        if file.version > COLLECTION_VERSION {
            return Err(format!(
                "{name} was written by a newer Red Lines (collection version {}); this one reads version {COLLECTION_VERSION}.",
                file.version
            ));
        }
        Ok(Collection {
            articles: file.articles,
            corrections: file.corrections,
        })
    }

    /// Whether an article of this name is the user's.
    pub fn has_article(&self, name: &str) -> bool {
        self.articles.iter().any(|article| article.name == name)
    }

    /// Removes an article and the corrections made to it.
    pub fn remove(&mut self, name: &str) {
        self.articles.retain(|article| article.name != name);
        self.corrections
            .retain(|correction| correction.article != name);
    }

    /// Records a correction. A statement corrected again keeps the actor the
    /// pipeline gave it, because that is how the correction finds it.
    pub fn correct(&mut self, correction: Correction) {
        let key = correction.key();
        if let Some(existing) = self
            .corrections
            .iter_mut()
            .find(|existing| existing.key() == key)
        {
            *existing = correction;
        } else {
            self.corrections.push(correction);
        }
    }

    /// The correction of the statement at this place, if any.
    /// `shown` is the statement as the views show it, corrected actor and all.
    pub fn correction_at(&self, shown: &StatementKey) -> Option<&Correction> {
        self.corrections
            .iter()
            .find(|correction| correction.shown_key() == *shown)
    }

    /// Undoes the correction of the statement shown as `shown`.
    pub fn undo(&mut self, shown: &StatementKey) {
        self.corrections
            .retain(|correction| correction.shown_key() != *shown);
    }

    /// The corrections as the JSON patch `redlines apply` reads.
    pub fn corrections_json(&self) -> String {
        serde_json::to_string_pretty(&self.corrections).unwrap_or_default()
    }

    /// Adds another collection's articles and corrections (an imported
    /// collection file). Returns a message for each article left out.
    pub fn merge(&mut self, other: Collection, taken: &[String]) -> Vec<String> {
        let mut messages = Vec::new();
        for article in other.articles {
            match self.admit(article, taken) {
                Ok(_) => {}
                Err(message) => messages.push(message),
            }
        }
        for correction in other.corrections {
            let key = correction.key();
            if !self
                .corrections
                .iter()
                .any(|existing| existing.key() == key)
            {
                self.corrections.push(correction);
            }
        }
        messages
    }

    /// Adds an article unless the collection already has the same text. A
    /// name already in use (by the user or by the bundled corpus, `taken`)
    /// gets a number, so two different files of the same name both stay.
    /// Returns the name the article was stored under.
    pub fn admit(&mut self, mut article: UserArticle, taken: &[String]) -> Result<String, String> {
        if let Some(same) = self
            .articles
            .iter()
            .find(|existing| existing.text == article.text)
        {
            return Err(if same.name == article.name {
                format!("{} is already imported.", article.name)
            } else {
                format!("{} is already imported, as {}.", article.name, same.name)
            });
        }
        article.name = unique_name(&article.name, |name| {
            self.has_article(name) || taken.iter().any(|other| other == name)
        });
        let name = article.name.clone();
        self.articles.push(article);
        Ok(name)
    }
}

/// A statement as shown, or as the user wants it: actor name, theme ids,
/// stance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub actor: String,
    pub themes: Vec<String>,
    pub stance: String,
}

/// The correction that turns `shown` into `chosen` for the statement at
/// `article`, `start`..`end` (whose pipeline actor is `original_actor`).
/// Fields the user changed, or an earlier correction set, are recorded.
pub fn make_correction(
    (article, start, end): (&str, u32, u32),
    original_actor: &str,
    earlier: Option<&Correction>,
    shown: &Judgement,
    chosen: &Judgement,
    not_a_position: bool,
) -> Result<Correction, String> {
    let mut correction = Correction {
        article: article.to_string(),
        start,
        end,
        actor: original_actor.to_string(),
        set_actor: None,
        set_themes: None,
        set_stance: None,
        not_a_position,
    };
    if not_a_position {
        return Ok(correction);
    }
    if chosen.themes.is_empty() || chosen.themes.len() > 3 {
        return Err("Choose one to three themes.".to_string());
    }
    let kept = |set: bool, changed: bool| set || changed;
    if kept(
        earlier.is_some_and(|earlier| earlier.set_actor.is_some()),
        chosen.actor != shown.actor,
    ) && chosen.actor != original_actor
    {
        correction.set_actor = Some(chosen.actor.clone());
    }
    if kept(
        earlier.is_some_and(|earlier| earlier.set_themes.is_some()),
        chosen.themes != shown.themes,
    ) {
        correction.set_themes = Some(chosen.themes.clone());
    }
    if kept(
        earlier.is_some_and(|earlier| earlier.set_stance.is_some()),
        chosen.stance != shown.stance,
    ) {
        correction.set_stance = Some(chosen.stance.clone());
    }
    if correction.set_actor.is_none()
        && correction.set_themes.is_none()
        && correction.set_stance.is_none()
    {
        return Err("Nothing was changed.".to_string());
    }
    Ok(correction)
}

/// `name` if it is free, else "stem (2).ext", "stem (3).ext", ...
pub fn unique_name(name: &str, in_use: impl Fn(&str) -> bool) -> String {
    if !in_use(name) {
        return name.to_string();
    }
    let (stem, extension) = match name.rfind('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (name, ""),
    };
    (2..)
        .map(|number| format!("{stem} ({number}){extension}"))
        .find(|candidate| !in_use(candidate))
        .unwrap_or_default()
}

/// A file the user picked or dropped, as bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upload {
    pub name: String,
    #[serde(with = "messages::bytes")]
    pub bytes: Vec<u8>,
}

/// Text the user pasted, with its title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pasted {
    pub title: String,
    pub text: String,
}

/// What the page asks the import worker to do: index the bundled corpus
/// plus `articles` (already prepared) plus the new uploads and pasted texts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JobRequest {
    pub articles: Vec<UserArticle>,
    pub uploads: Vec<Upload>,
    pub pasted: Vec<Pasted>,
}

/// What the import worker answers, with the index bytes
/// ([`messages::FromWorker::Done`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JobReply {
    /// The whole collection's articles after this import, in order.
    pub articles: Vec<UserArticle>,
    /// The names of the articles this job added.
    pub added: Vec<String>,
    /// One sentence per file that was not added, naming it and the reason.
    pub errors: Vec<String>,
    /// Notes on files that were added, such as the encoding read.
    pub notes: Vec<String>,
    /// A failure of the whole job; the index bytes are then empty.
    pub failure: Option<String>,
}

/// Turns a picked file into article text with the core's import step
/// (size limit, binary formats, encodings, HTML and Markdown to text).
fn prepare_upload(upload: &Upload) -> Result<UserArticle, String> {
    let imported = import_file(&upload.name, &upload.bytes).map_err(|error| error.to_string())?;
    Ok(UserArticle {
        name: imported.name,
        text: imported.text,
        note: imported.note,
    })
}

fn prepare_pasted(pasted: &Pasted) -> Result<UserArticle, String> {
    let imported = import_pasted(&pasted.title, &pasted.text).map_err(|error| error.to_string())?;
    Ok(UserArticle {
        name: imported.name,
        text: imported.text,
        note: imported.note,
    })
}

/// The import worker's whole job: prepare the new files, drop duplicates,
/// and index the bundled corpus with every user article through the same
/// pipeline as the build. `seeds` is the bundled index, whose articles carry
/// their full text. `progress` hears what is being done, for the page.
pub fn index_job(
    seeds: &Index,
    registry: &Registry,
    request: JobRequest,
    progress: &mut dyn FnMut(String),
) -> (JobReply, Option<Index>) {
    let seed_files: Vec<SourceFile> = seeds
        .articles
        .iter()
        .filter(|article| !article.user_added)
        .map(|article| SourceFile {
            name: article.id.clone(),
            text: article.text.clone(),
        })
        .collect();
    let taken: Vec<String> = seed_files.iter().map(|file| file.name.clone()).collect();
    let mut collection = Collection {
        articles: request.articles,
        corrections: Vec::new(),
    };
    let mut reply = JobReply::default();
    let total = request.uploads.len() + request.pasted.len();
    let prepared = request
        .uploads
        .iter()
        .map(prepare_upload)
        .chain(request.pasted.iter().map(prepare_pasted));
    for (number, article) in prepared.enumerate() {
        progress(format!("Reading {} of {total}", number + 1));
        match article.and_then(|article| {
            let note = article.note.clone();
            collection.admit(article, &taken).map(|name| (name, note))
        }) {
            Ok((name, note)) => {
                if let Some(note) = note {
                    reply.notes.push(format!("{name}: {note}"));
                }
                reply.added.push(name);
            }
            Err(message) => reply.errors.push(message),
        }
    }
    progress(format!(
        "Indexing {} articles",
        seed_files.len() + collection.articles.len()
    ));
    let mut files = seed_files;
    files.extend(collection.articles.iter().map(|article| SourceFile {
        name: article.name.clone(),
        text: article.text.clone(),
    }));
    let mut index = build_index(registry, &files);
    for article in &mut index.articles {
        article.user_added = collection.has_article(&article.id);
    }
    if let Err(error) = index.verify() {
        reply.failure = Some(format!(
            "The new index failed its integrity check ({error}); nothing was changed."
        ));
        return (reply, None);
    }
    reply.articles = collection.articles;
    (reply, Some(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> UserArticle {
        UserArticle {
            name: name.into(),
            text: text.into(),
            note: None,
        }
    }

    fn correction(article: &str, start: u32, actor: &str) -> Correction {
        Correction {
            article: article.into(),
            start,
            end: start + 10,
            actor: actor.into(),
            set_actor: None,
            set_themes: None,
            set_stance: Some("reject".into()),
            not_a_position: false,
        }
    }

    #[test]
    fn same_text_is_already_imported_and_same_name_gets_a_number() {
        let mut collection = Collection::default();
        let taken = vec!["seed.txt".to_string()];
        assert_eq!(
            collection.admit(article("a.txt", "One."), &taken),
            Ok("a.txt".into())
        );
        assert_eq!(
            collection.admit(article("a.txt", "One."), &taken),
            Err("a.txt is already imported.".into())
        );
        assert_eq!(
            collection.admit(article("b.txt", "One."), &taken),
            Err("b.txt is already imported, as a.txt.".into())
        );
        assert_eq!(
            collection.admit(article("a.txt", "Two."), &taken),
            Ok("a (2).txt".into())
        );
        assert_eq!(
            collection.admit(article("seed.txt", "Three."), &taken),
            Ok("seed (2).txt".into())
        );
        assert_eq!(unique_name("README", |name| name == "README"), "README (2)");
        assert_eq!(collection.articles.len(), 3);
    }

    #[test]
    fn a_collection_round_trips_and_strangers_are_refused() {
        let mut collection = Collection::default();
        collection.articles.push(UserArticle {
            note: Some("read as Windows-1252".into()),
            ..article("a.txt", "Text “quoted”.")
        });
        collection.corrections.push(correction("a.txt", 0, "NATO"));
        let json = collection.to_json();
        assert!(json.contains("\"format\": \"red-lines-collection\""));
        assert_eq!(Collection::from_json("x.json", &json), Ok(collection));
        assert!(Collection::from_json("x.json", "[1, 2]")
            .unwrap_err()
            .starts_with("x.json is not a Red Lines collection ("));
        assert_eq!(
            Collection::from_json("x.json", "{\"articles\": []}"),
            Err("x.json is not a Red Lines collection (it has no \"format\": \"red-lines-collection\").".into())
        );
        assert!(Collection::from_json("x.json", "{oops")
            .unwrap_err()
            .starts_with("x.json could not be read: it is not valid JSON (line 1"));
        let newer = json.replace("\"version\": 1", "\"version\": 9");
        assert!(Collection::from_json("x.json", &newer)
            .unwrap_err()
            .contains("newer Red Lines"));
    }

    fn shown(article: &str, start: u32, actor: &str) -> StatementKey {
        StatementKey {
            article: article.into(),
            start,
            end: start + 10,
            actor: actor.into(),
        }
    }

    #[test]
    fn corrections_replace_keep_the_original_actor_and_undo() {
        let mut collection = Collection::default();
        collection.correct(correction("a.txt", 5, "NATO"));
        // Corrected again, the statement is still found by its pipeline actor.
        let mut again = correction("a.txt", 5, "NATO");
        again.set_actor = Some("Jens Stoltenberg".into());
        collection.correct(again);
        assert_eq!(collection.corrections.len(), 1);
        let stored = collection
            .correction_at(&shown("a.txt", 5, "Jens Stoltenberg"))
            .unwrap();
        assert_eq!(stored.actor, "NATO");
        assert_eq!(stored.set_actor.as_deref(), Some("Jens Stoltenberg"));
        assert!(collection
            .correction_at(&shown("a.txt", 5, "NATO"))
            .is_none());
        assert!(collection
            .corrections_json()
            .contains("\"set_actor\": \"Jens Stoltenberg\""));
        collection.undo(&shown("a.txt", 5, "Jens Stoltenberg"));
        assert!(collection.corrections.is_empty());
    }

    #[test]
    fn two_actors_in_one_sentence_keep_their_own_corrections() {
        let mut collection = Collection::default();
        let mut first = correction("a.txt", 5, "NATO");
        first.set_stance = Some("warn".into());
        collection.correct(first);
        assert!(collection
            .correction_at(&shown("a.txt", 5, "Russia"))
            .is_none());
        let mut second = correction("a.txt", 5, "Russia");
        second.set_stance = Some("reject".into());
        collection.correct(second);
        assert_eq!(collection.corrections.len(), 2);
        let nato = collection
            .correction_at(&shown("a.txt", 5, "NATO"))
            .unwrap();
        assert_eq!(nato.set_stance.as_deref(), Some("warn"));
        collection.undo(&shown("a.txt", 5, "Russia"));
        assert_eq!(collection.corrections.len(), 1);
        assert_eq!(collection.corrections[0].actor, "NATO");
    }

    #[test]
    fn a_correction_records_what_changed_and_what_was_set_before() {
        let shown = Judgement {
            actor: "NATO".into(),
            themes: vec!["missiles".into()],
            stance: "warn".into(),
        };
        let place = ("a.txt", 3, 40);
        let stance_only = Judgement {
            stance: "reject".into(),
            ..shown.clone()
        };
        let made = make_correction(place, "NATO", None, &shown, &stance_only, false).unwrap();
        assert_eq!(made.set_stance.as_deref(), Some("reject"));
        assert_eq!((made.set_actor, made.set_themes), (None, None));
        // Changing the actor later keeps the earlier stance change.
        let earlier = make_correction(place, "NATO", None, &shown, &stance_only, false).unwrap();
        let now_shown = stance_only.clone();
        let other_actor = Judgement {
            actor: "Jens Stoltenberg".into(),
            ..now_shown.clone()
        };
        let made = make_correction(
            place,
            "NATO",
            Some(&earlier),
            &now_shown,
            &other_actor,
            false,
        )
        .unwrap();
        assert_eq!(made.set_actor.as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(made.set_stance.as_deref(), Some("reject"));
        assert_eq!(
            make_correction(place, "NATO", None, &shown, &shown, false),
            Err("Nothing was changed.".into())
        );
        let no_theme = Judgement {
            themes: Vec::new(),
            ..shown.clone()
        };
        assert_eq!(
            make_correction(place, "NATO", None, &shown, &no_theme, false),
            Err("Choose one to three themes.".into())
        );
        let dropped = make_correction(place, "NATO", None, &shown, &no_theme, true).unwrap();
        assert!(dropped.not_a_position);
    }

    #[test]
    fn removing_an_article_drops_its_corrections_and_merge_skips_duplicates() {
        let mut collection = Collection::default();
        collection.admit(article("a.txt", "One."), &[]).unwrap();
        collection.correct(correction("a.txt", 0, "NATO"));
        collection.correct(correction("seed.txt", 0, "NATO"));
        let copy = collection.clone();
        collection.remove("a.txt");
        assert!(!collection.has_article("a.txt"));
        assert_eq!(collection.corrections.len(), 1);
        let messages = collection.merge(copy, &[]);
        assert!(messages.is_empty());
        assert_eq!(collection.articles.len(), 1);
        assert_eq!(collection.corrections.len(), 2);
        let messages = collection.merge(collection.clone(), &[]);
        assert_eq!(messages, vec!["a.txt is already imported.".to_string()]);
    }
}

#[cfg(test)]
mod job_tests {
    use super::*;

    fn seeds() -> (Index, Registry) {
        let index = Index::from_bytes(crate::INDEX_BYTES).expect("the bundled index decodes");
        (
            index,
            crate::registry().expect("the bundled registries parse"),
        )
    }

    const ARTICLE: &str = "A new test article\n\nVladimir Putin demanded legal guarantees that NATO would not expand further east.\n\nJens Stoltenberg rejected the demand and said that NATO's door remains open.\n";

    #[test]
    fn the_job_indexes_user_articles_with_the_seeds_and_reports_bad_files() {
        let (seeds, registry) = seeds();
        let request = JobRequest {
            articles: Vec::new(),
            uploads: vec![
                Upload {
                    name: "new.txt".into(),
                    bytes: ARTICLE.as_bytes().to_vec(),
                },
                Upload {
                    name: "empty.txt".into(),
                    bytes: b"  \n".to_vec(),
                },
                Upload {
                    name: "again.txt".into(),
                    bytes: ARTICLE.as_bytes().to_vec(),
                },
            ],
            pasted: vec![Pasted {
                title: "Pasted piece".into(),
                text: "Sergei Ryabkov warned in January 2022 that Russia would respond to new missiles in Europe."
                    .into(),
            }],
        };
        let mut steps = Vec::new();
        let (reply, index) = index_job(&seeds, &registry, request, &mut |step| steps.push(step));
        let index = index.expect("the job builds an index");
        assert_eq!(
            reply.added,
            vec!["new.txt".to_string(), "Pasted piece".to_string()]
        );
        assert_eq!(
            reply.errors,
            vec![
                "empty.txt contains only whitespace: there is no text to import.".to_string(),
                "again.txt is already imported, as new.txt.".to_string(),
            ]
        );
        assert_eq!(reply.articles.len(), 2);
        assert_eq!(index.articles.len(), seeds.articles.len() + 2);
        let new = index
            .article_by_id("new.txt")
            .expect("the new article is indexed");
        assert!(index.articles[new].user_added);
        assert!(
            index
                .articles
                .iter()
                .filter(|article| article.user_added)
                .count()
                == 2
        );
        assert!(!index.statements_in_article(new).is_empty());
        // The seeds index exactly as at build time.
        let seed_statements = seeds.statements.len();
        let kept = index
            .statements
            .iter()
            .filter(|s| !index.articles[s.article as usize].user_added)
            .count();
        assert_eq!(kept, seed_statements);
        // The dates each article states are found as at build time, for the
        // seeds and for the user's articles alike.
        for article in &seeds.articles {
            let rebuilt = &index.articles[index.article_by_id(&article.id).unwrap()];
            assert_eq!(rebuilt.dates, article.dates);
        }
        let pasted = &index.articles[index.article_by_id("Pasted piece").unwrap()];
        assert_eq!(
            pasted
                .dates
                .iter()
                .map(|stated| stated.date.label())
                .collect::<Vec<_>>(),
            ["January 2022"]
        );
        assert_eq!(
            steps.last().map(String::as_str),
            Some("Indexing 7 articles")
        );
    }
}

#[cfg(test)]
mod fixture_tests {
    use super::*;

    /// The browser tests' fixtures (tests/fixtures/import/), read and indexed
    /// the way the worker does, give the statements those tests look for.
    #[test]
    fn the_browser_fixtures_give_the_statements_the_browser_tests_find() {
        let seeds = Index::from_bytes(crate::INDEX_BYTES).unwrap();
        let registry = crate::registry().unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
        let names = [
            "arctic-talks.txt",
            "baltic-brief.md",
            "embassy-page.html",
            "windows-1252.txt",
            "empty.txt",
            "pixel.png",
        ];
        let uploads: Vec<Upload> = names
            .iter()
            .map(|name| Upload {
                name: name.to_string(),
                bytes: std::fs::read(dir.join(name)).unwrap(),
            })
            .collect();
        let request = JobRequest {
            articles: Vec::new(),
            uploads,
            pasted: vec![Pasted {
                title: "Warsaw Summit Notes".into(),
                text: "Olaf Scholz demanded a permanent NATO base in eastern Poland before the summit in Warsaw.".into(),
            }],
        };
        let (reply, index) = index_job(&seeds, &registry, request, &mut |_| {});
        let index = index.unwrap();
        assert_eq!(reply.added.len(), 5, "{:?}", reply.errors);
        assert_eq!(reply.errors.len(), 2, "{:?}", reply.errors);
        assert!(
            reply.errors[0].starts_with("empty.txt is empty"),
            "{:?}",
            reply.errors
        );
        assert!(
            reply.errors[1].starts_with("pixel.png is an image (PNG)"),
            "{:?}",
            reply.errors
        );
        assert!(
            reply.notes.iter().any(|note| note.contains("Windows-1252")),
            "{:?}",
            reply.notes
        );
        let said = |actor: &str, words: &str| {
            index.statements.iter().any(|statement| {
                index.actor(statement).name == actor && index.sentence(statement).contains(words)
            })
        };
        assert!(said("Jens Stoltenberg", "open door policy in the Arctic"));
        assert!(said(
            "Vladimir Putin",
            "large exercises near the Baltic border"
        ));
        assert!(said(
            "Antony Blinken",
            "halt to NATO enlargement in the Caucasus"
        ));
        assert!(said("Joe Biden", "would “never” accept"));
        assert!(said("Olaf Scholz", "permanent NATO base in eastern Poland"));
        let embassy = &index.articles[index.article_by_id("embassy-page.html").unwrap()];
        assert_eq!(embassy.title, "Embassy Statement on Guarantees");
        assert!(!embassy.text.contains("SCRIPT RAN") && !embassy.text.contains("STYLE LEAKED"));
    }
}
