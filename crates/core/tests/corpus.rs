//! Whole-corpus checks: the fixture corpus and the bundled seeds build, pass
//! the integrity check, survive the binary format, and score against their
//! hand-labelled statements.

use std::path::{Path, PathBuf};

use redlines_core::eval::evaluate;
use redlines_core::{build_index_from_dir, ExportRecord, Index};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn labels(path: &Path) -> Vec<ExportRecord> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn the_fixture_corpus_meets_its_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let index = build_index_from_dir(&dir).unwrap();
    index.verify().unwrap();
    let article = &index.articles[0];
    assert_eq!(article.title, "Patrols and Quotas: The Arctic Standoff");
    assert_eq!(article.outlet.as_deref(), Some("The Northern Ledger"));
    assert_eq!(article.date.as_deref(), Some("2024-03-12"));
    let scores = evaluate(&labels(&dir.join("labels.jsonl")), &index.export_records());
    let missed: Vec<_> = scores
        .missed
        .iter()
        .map(|r| (&r.actor, &r.sentence))
        .collect();
    let spurious: Vec<_> = scores
        .spurious
        .iter()
        .map(|r| (&r.actor, &r.sentence))
        .collect();
    assert!(
        scores.f1() >= 0.9,
        "F1 {:.3}; missed {missed:?}; spurious {spurious:?}",
        scores.f1()
    );
    assert!(
        scores.stance_accuracy() >= 0.7,
        "stance accuracy {:.3}",
        scores.stance_accuracy()
    );
}

#[test]
fn the_seed_corpus_builds_verifies_and_round_trips() {
    let index = build_index_from_dir(&root().join("seeds")).unwrap();
    index.verify().unwrap();
    assert_eq!(index.articles.len(), 5);
    let bytes = index.to_bytes();
    assert_eq!(Index::from_bytes(&bytes).unwrap(), index);
    // Every evidence span stands verbatim in the original file.
    for record in index.export_records() {
        let file = std::fs::read(root().join("seeds").join(&record.article)).unwrap();
        assert_eq!(
            &file[record.start as usize..record.end as usize],
            record.sentence.as_bytes()
        );
    }
}

#[test]
fn the_seed_corpus_keeps_its_measured_quality() {
    // A floor under the figures `redlines eval` prints for both labelled sets
    // (made independently, see eval/README.md), so a rule change that loses
    // quality on either fails here.
    let index = build_index_from_dir(&root().join("seeds")).unwrap();
    let records = index.export_records();
    for set in ["eval/labels.jsonl", "eval/labels-second.jsonl"] {
        let scores = evaluate(&labels(&root().join(set)), &records);
        assert!(
            scores.f1() >= 0.85,
            "{set}: statement F1 {:.3}",
            scores.f1()
        );
        assert!(
            scores.theme_f1() >= 0.75,
            "{set}: theme micro-F1 {:.3}",
            scores.theme_f1()
        );
        assert!(
            scores.stance_accuracy() >= 0.65,
            "{set}: stance accuracy {:.3}",
            scores.stance_accuracy()
        );
    }
}

/// Floors under the held-out sets, real articles the rules were not written
/// on, read with the bundled registries as a browser import reads them. The
/// dev half was read while writing rules; the test half only ever scored, so
/// its floor is the honest one. Each floor sits just under the figure
/// `redlines eval` printed when it was set, so a rule change that loses
/// quality on unseen text fails here.
#[test]
fn the_held_out_articles_keep_their_measured_quality() {
    let read = |half: &str| {
        let dir = root().join("eval/heldout").join(half);
        let (registry, files, _) =
            redlines_core::corpus::read_corpus_dir_with_registry(&dir, &root().join("seeds"))
                .unwrap();
        let index = redlines_core::build_index(&registry, &files);
        index.verify().unwrap();
        evaluate(
            &labels(&root().join(format!("eval/heldout/{half}.jsonl"))),
            &index.export_records(),
        )
    };
    // (half, F1, precision, theme micro-F1, stance accuracy). The dev floor
    // was set again when batches 7, 8 and 9 (ten fresh news reports each)
    // joined the half: batch 8 took its theme micro-F1 from 0.688 to 0.677,
    // and batch 9 its F1 from 0.809 to 0.792 and its stance accuracy from
    // 0.683 to 0.679, before any rule was written from them (the rules
    // written from batch 9 took F1 back to 0.798). Batch 10 scored 0.539
    // on its own before any rule was written from it, and took the half
    // from 0.800 to 0.787; the rules written from it took the batch to
    // 0.712 and the half to 0.794. Batch 11 (six Wikinews reports of
    // 2004-05 and two White House readouts) scored 0.540 on its own before
    // any rule was written from it (the spaCy + textacy peer 0.288), and
    // took the half from 0.795 to 0.784 and its theme micro-F1 from 0.670
    // to 0.664. Batch 12 (nine White House meeting readouts) scored 0.660
    // on its own (peer 0.197), and took the half from 0.787 to 0.774, its
    // themes to 0.652 and its stance accuracy from 0.671 to 0.654. The
    // rules written from the two took batch 11 to 0.667, batch 12 to 0.785
    // and the half to 0.789. The stance rules of the next stop (agreeing to
    // act, restating, characterising) took its stance accuracy to 0.683,
    // and the floor under it to 0.67. Two stops of rules from the dev
    // half's misses took it to 0.816 at precision 0.857, and its floors to
    // 0.80 and 0.84; the next stop's rules to 0.825 at 0.861, and its
    // floors to 0.81 and 0.85.
    for (half, f1, precision, themes, stance) in [
        ("dev", 0.81, 0.85, 0.65, 0.67),
        ("test", 0.75, 0.80, 0.58, 0.52),
    ] {
        let scores = read(half);
        assert!(scores.f1() >= f1, "{half}: statement F1 {:.3}", scores.f1());
        assert!(
            scores.precision() >= precision,
            "{half}: precision {:.3}",
            scores.precision()
        );
        assert!(
            scores.theme_f1() >= themes,
            "{half}: theme micro-F1 {:.3}",
            scores.theme_f1()
        );
        assert!(
            scores.stance_accuracy() >= stance,
            "{half}: stance accuracy {:.3}",
            scores.stance_accuracy()
        );
    }
}

#[test]
fn a_damaged_index_is_refused_with_a_message() {
    let index = build_index_from_dir(&root().join("seeds")).unwrap();
    let mut bytes = index.to_bytes();
    bytes[0] ^= 0xff;
    assert!(Index::from_bytes(&bytes)
        .unwrap_err()
        .to_string()
        .contains("format version"));
    let mut broken = index.clone();
    broken.statements[0].span.end = broken.articles[broken.statements[0].article as usize]
        .text
        .len() as u32
        + 5;
    assert!(broken.verify().is_err());
    let mut misdated = index.clone();
    let article = misdated
        .articles
        .iter_mut()
        .find(|article| !article.dates.is_empty())
        .expect("the seeds state dates");
    article.dates[0].span.end = article.dates[0].sentence.end + 1;
    assert!(misdated.verify().is_err());
}

#[test]
fn an_index_of_the_last_layout_is_refused_by_its_version() {
    let index = build_index_from_dir(&root().join("seeds")).unwrap();
    let mut old = index.to_bytes();
    old[..2].copy_from_slice(&(redlines_core::index::FORMAT_VERSION - 1).to_le_bytes());
    assert_eq!(
        Index::from_bytes(&old).unwrap_err().to_string(),
        format!(
            "the index cannot be read: format version {}, this build reads version {}",
            redlines_core::index::FORMAT_VERSION - 1,
            redlines_core::index::FORMAT_VERSION
        )
    );
}

#[test]
fn the_index_carries_the_dates_each_article_states() {
    let index = build_index_from_dir(&root().join("seeds")).unwrap();
    assert!(index
        .articles
        .iter()
        .any(|article| !article.dates.is_empty()));
    for article in &index.articles {
        assert_eq!(article.dates, redlines_core::dates::stated_dates(article));
    }
    let decoded = Index::from_bytes(&index.to_bytes()).unwrap();
    assert_eq!(decoded, index);
    let timeline = decoded.timeline();
    let mentions: usize = timeline.iter().map(|entry| entry.mentions.len()).sum();
    let stated: usize = index
        .articles
        .iter()
        .map(|article| article.dates.len())
        .sum();
    assert_eq!(mentions, stated, "every stored date is on the timeline");
    assert!(timeline
        .iter()
        .flat_map(|entry| &entry.mentions)
        .any(|mention| !mention.statements.is_empty()));
}

#[test]
fn a_corpus_with_a_broken_registry_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("redlines-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("actors.toml"),
        "[[actor]]\nname = \"A\"\nkind = 3\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("themes.toml"),
        "[[theme]]\nid = \"t\"\nlabel = \"T\"\nscope = \"s\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("a.txt"), "Title\n\nBody.\n").unwrap();
    let error = build_index_from_dir(&dir).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(error.contains("actors.toml:3"), "{error}");
}

#[test]
fn bundled_and_hostile_articles_are_read_verbatim_through_the_importer() {
    // Offsets in the index point into the file text, so reading a plain UTF-8
    // article through the importer must not change a byte of it.
    for dir in ["seeds", "tests/fixtures/hostile"] {
        let dir = root().join(dir);
        let (_, files) = redlines_core::corpus::read_corpus_dir(&dir).unwrap();
        assert!(!files.is_empty());
        for file in files {
            let on_disk = std::fs::read_to_string(dir.join(&file.name)).unwrap();
            assert!(file.text == on_disk, "{} changed on reading", file.name);
        }
    }
}

#[test]
fn actors_themes_and_articles_are_found_by_the_names_people_type() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let index = build_index_from_dir(&dir).unwrap();
    let name = |found: Option<usize>| found.map(|i| index.actors[i].name.as_str());
    assert_eq!(
        name(index.find_actor("ingrid-solberg")),
        Some("Ingrid Solberg")
    );
    assert_eq!(
        name(index.find_actor("Ingrid Solberg")),
        Some("Ingrid Solberg")
    );
    // An alias, and a surname that only one actor has.
    assert_eq!(name(index.find_actor("oslund")), Some("Norland"));
    assert_eq!(name(index.find_actor("orlov")), Some("Pavel Orlov"));
    assert_eq!(index.find_actor("nobody-at-all"), None);
    assert_eq!(index.find_actor(""), None);

    let theme = |found: Option<usize>| found.map(|i| index.themes[i].id.as_str());
    assert_eq!(
        theme(index.find_theme("fishing-quotas")),
        Some("fishing-quotas")
    );
    assert_eq!(
        theme(index.find_theme("Fishing quotas")),
        Some("fishing-quotas")
    );
    assert_eq!(index.find_theme("whaling"), None);

    let article = |found: Option<usize>| found.map(|i| index.articles[i].id.as_str());
    assert_eq!(
        article(index.find_article("001_patrols.txt")),
        Some("001_patrols.txt")
    );
    assert_eq!(
        article(index.find_article("001_patrols")),
        Some("001_patrols.txt")
    );
    assert_eq!(index.find_article("002_missing"), None);
}
