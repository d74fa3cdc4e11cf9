//! The `redlines` binary, run as a user runs it.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn redlines(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_redlines"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

#[test]
fn export_prints_one_json_object_per_statement_with_every_field() {
    let output = redlines(&["export", "--jsonl", "seeds"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(records.len() > 50, "only {} statements", records.len());
    for record in &records {
        for field in [
            "article",
            "sentence",
            "start",
            "end",
            "actor",
            "actor_kind",
            "themes",
            "stance",
            "quote",
            "cue",
            "confidence",
            "rule",
        ] {
            assert!(record.get(field).is_some(), "missing {field} in {record}");
        }
        let themes = record["themes"].as_array().unwrap();
        // A statement about none of the corpus's themes has none.
        assert!(themes.len() <= 3);
        assert!(["demand", "propose", "reject", "support", "warn", "assess"]
            .contains(&record["stance"].as_str().unwrap()));
        assert!(["direct", "reported", "attributed"].contains(&record["quote"].as_str().unwrap()));
    }
    // Jens Stoltenberg's own words are among the statements.
    assert!(records.iter().any(|r| r["actor"] == "Jens Stoltenberg"
        && r["sentence"].as_str().unwrap().contains("compromise")));
}

#[test]
fn eval_prints_precision_recall_and_f1() {
    let output = redlines(&["eval", "eval/labels.jsonl", "seeds"]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    for needle in [
        "precision",
        "recall",
        "F1",
        "micro-F1",
        "stance accuracy",
        "missed",
        "spurious",
    ] {
        assert!(stdout.contains(needle), "no {needle} in:\n{stdout}");
    }
}

#[test]
fn bad_input_gets_a_clear_error_and_a_failing_exit_code() {
    let output = redlines(&["export", "--jsonl", "no-such-folder"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no-such-folder") && stderr.starts_with("error:"),
        "{stderr}"
    );
    let output = redlines(&["frobnicate"]);
    assert!(!output.status.success());
    assert!(String::from_utf8(output.stderr).unwrap().contains("USAGE"));
}

#[test]
fn check_reports_counts_for_a_good_corpus() {
    let output = redlines(&["check", "crates/core/tests/fixtures/corpus"]);
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .starts_with("ok: articles 1,"));
}

#[test]
fn synth_writes_a_deterministic_corpus_that_bench_measures() {
    let out = std::env::temp_dir().join(format!("redlines-synth-{}", std::process::id()));
    let out_text = out.to_str().unwrap();
    let output = redlines(&["synth", "--articles", "4", "--seed", "9", "--out", out_text]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let first = std::fs::read_to_string(out.join("synth_000000.txt")).unwrap();
    let again = redlines(&["synth", "--articles", "4", "--seed", "9", "--out", out_text]);
    assert!(again.status.success());
    assert_eq!(
        first,
        std::fs::read_to_string(out.join("synth_000000.txt")).unwrap()
    );
    let bench = redlines(&["bench", out_text]);
    std::fs::remove_dir_all(&out).unwrap();
    let stdout = String::from_utf8(bench.stdout).unwrap();
    assert!(
        stdout.contains("MB/s") && stdout.contains("statements:"),
        "{stdout}"
    );
}

#[test]
fn bench_index_out_writes_the_index_it_measured() {
    let out = std::env::temp_dir().join(format!("redlines-bench-{}.bin", std::process::id()));
    let output = redlines(&["bench", "seeds", "--index-out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    std::fs::remove_file(&out).unwrap();
    // The file is the index the figures describe: its size is the one
    // printed, and it decodes to the printed number of statements.
    assert!(
        stdout.contains(&format!("index size: {} bytes", bytes.len())),
        "{stdout}"
    );
    let index = redlines_core::Index::from_bytes(&bytes).unwrap();
    assert!(
        stdout.contains(&format!("statements: {}\n", index.statements.len())),
        "{stdout}"
    );
}

#[test]
fn apply_merges_corrections_that_the_next_build_uses() {
    let dir = std::env::temp_dir().join(format!("redlines-apply-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = root().join("crates/core/tests/fixtures/corpus");
    for name in ["actors.toml", "themes.toml", "001_patrols.txt"] {
        std::fs::copy(fixture.join(name), dir.join(name)).unwrap();
    }
    let dir_text = dir.to_str().unwrap();
    let export = |dir: &str| -> Vec<serde_json::Value> {
        let output = redlines(&["export", "--jsonl", dir]);
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    };
    let before = export(dir_text);
    let first = &before[0];
    let patch = serde_json::json!([
        {"article": first["article"], "start": first["start"], "end": first["end"], "actor": first["actor"], "set_stance": "warn"},
        {"article": before[1]["article"], "start": before[1]["start"], "end": before[1]["end"], "actor": before[1]["actor"], "not_a_position": true}
    ]);
    let patch_path = dir.join("patch.json");
    std::fs::write(&patch_path, patch.to_string()).unwrap();
    let output = redlines(&["apply", patch_path.to_str().unwrap(), dir_text]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let after = export(dir_text);
    assert_eq!(after.len(), before.len() - 1);
    assert_eq!(after[0]["stance"], "warn");

    // A correction that names no statement is refused and nothing is written.
    std::fs::write(
        &patch_path,
        r#"[{"article": "001_patrols.txt", "start": 1, "end": 2, "actor": "Nobody"}]"#,
    )
    .unwrap();
    let output = redlines(&["apply", patch_path.to_str().unwrap(), dir_text]);
    assert!(!output.status.success());
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("no statement by Nobody"));
    assert_eq!(export(dir_text).len(), before.len() - 1);
    // A malformed patch names its file and line.
    std::fs::write(&patch_path, "[\n{\"article\": }\n]").unwrap();
    let output = redlines(&["apply", patch_path.to_str().unwrap(), dir_text]);
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("patch.json:2"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A fresh copy of the example corpus in a temporary folder of its own.
fn example_copy(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redlines-{test}-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    let example = root().join("tests/fixtures/example");
    for entry in std::fs::read_dir(&example).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_example_corpus_reads_text_markdown_and_html_articles_with_its_corrections() {
    let output = redlines(&["check", "tests/fixtures/example"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "ok: articles 3, actors 5, themes 3, statements 10\n"
    );
    let output = redlines(&["export", "--jsonl", "tests/fixtures/example"]);
    let records: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let find = |article: &str, actor: &str| {
        records
            .iter()
            .find(|record| record["article"] == article && record["actor"] == actor)
            .unwrap_or_else(|| panic!("no statement by {actor} in {article}"))
    };
    // Markdown: the list item's text without its marker.
    let varga = find("002_talks.md", "Elena Varga");
    assert_eq!(
        varga["sentence"],
        "Varga rejected any deadline for the talks."
    );
    assert_eq!(varga["stance"], "reject");
    // HTML: the entity decoded, the script and the image handler gone.
    let brenner = find("003_inspection.html", "Tomas Brenner");
    assert_eq!(
        brenner["sentence"],
        "Tomas Brenner demanded that the inspectors also measure the river flow & publish the figures."
    );
    assert_eq!(brenner["stance"], "demand");
    // corrections.json: two statements removed, one stance changed.
    assert!(!records.iter().any(|record| record["start"] == 74));
    assert_eq!(find("002_talks.md", "River Commission")["stance"], "demand");
    for record in &records {
        let text = record.to_string();
        assert!(!text.contains("trackVisit") && !text.contains("onerror"));
    }
}

#[test]
fn check_reports_malformed_toml_with_file_and_line() {
    let dir = example_copy("check-toml");
    let themes = std::fs::read_to_string(dir.join("themes.toml")).unwrap();
    // Line 8 of themes.toml is `id = "water-sharing"`; drop its closing quote.
    assert_eq!(themes.lines().nth(7), Some("id = \"water-sharing\""));
    std::fs::write(
        dir.join("themes.toml"),
        themes.replace("id = \"water-sharing\"", "id = \"water-sharing"),
    )
    .unwrap();
    let output = redlines(&["check", dir.to_str().unwrap()]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.starts_with("error: "), "{message}");
    assert!(message.contains("themes.toml:8:"), "{message}");

    // An unknown field in actors.toml names its line too.
    std::fs::write(dir.join("themes.toml"), themes).unwrap();
    let actors = std::fs::read_to_string(dir.join("actors.toml")).unwrap();
    std::fs::write(
        dir.join("actors.toml"),
        actors.replacen("role = \"President of Aldoria\"", "rank = 1", 1),
    )
    .unwrap();
    let output = redlines(&["check", dir.to_str().unwrap()]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("actors.toml:7:"), "{message}");
    assert!(message.contains("rank"), "{message}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_reports_missing_and_unreadable_files() {
    let dir = example_copy("check-missing");
    let dir_text = dir.to_str().unwrap();
    let check = |expected: &str| {
        let output = redlines(&["check", dir_text]);
        assert!(
            !output.status.success(),
            "check passed, expected {expected}"
        );
        let message = stderr(&output);
        assert!(message.contains(expected), "{expected:?} not in {message}");
    };

    // A correction for an article that is not in the folder: file and line.
    std::fs::remove_file(dir.join("003_inspection.html")).unwrap();
    let corrections = r#"[
  {"article": "001_dam.txt", "start": 74, "end": 155, "actor": "Aldoria", "not_a_position": true},
  {"article": "003_inspection.html", "start": 105, "end": 171, "actor": "Elena Varga", "set_stance": "warn"}
]"#;
    std::fs::write(dir.join("corrections.json"), corrections).unwrap();
    check("corrections.json:3: correction 2: the article 003_inspection.html is not in the corpus");

    // A malformed corrections file.
    std::fs::write(dir.join("corrections.json"), "[\n  {\"article\": 3}\n]").unwrap();
    check("corrections.json:2:");
    std::fs::remove_file(dir.join("corrections.json")).unwrap();

    // An image saved with an article's name, an empty article, then no
    // registry: each names its file.
    std::fs::write(dir.join("004_photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    check("004_photo.txt is an image (PNG), not an article");
    std::fs::write(dir.join("004_photo.txt"), "  \n").unwrap();
    check("004_photo.txt contains only whitespace");
    std::fs::remove_file(dir.join("004_photo.txt")).unwrap();
    std::fs::remove_file(dir.join("actors.toml")).unwrap();
    check("actors.toml: ");

    // A folder with registries but no articles.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    // The registries come from the pristine example: actors.toml was
    // removed from the copy above.
    for name in ["actors.toml", "themes.toml"] {
        let example = root().join("tests/fixtures/example");
        std::fs::copy(example.join(name), empty.join(name)).unwrap();
    }
    let output = redlines(&["check", empty.to_str().unwrap()]);
    assert!(stderr(&output).contains("no article files (.txt, .md or .html) found"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_notes_a_windows_1252_article() {
    let dir = example_copy("check-1252");
    std::fs::write(
        dir.join("004_legacy.txt"),
        b"Caf\xe9 Talks\n\nVarga said the \x93water share\x94 must grow.\n",
    )
    .unwrap();
    let output = redlines(&["check", dir.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("ok: articles 4,"), "{stdout}");
    assert!(
        stdout.contains("004_legacy.txt: decoded as Windows-1252"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn apply_points_at_the_patch_line_and_writes_nothing_on_a_problem() {
    let dir = example_copy("apply-lines");
    let dir_text = dir.to_str().unwrap();
    let before = std::fs::read_to_string(dir.join("corrections.json")).unwrap();
    let patch = dir.join("patch.json");
    std::fs::write(
        &patch,
        r#"[
  {"article": "003_inspection.html", "start": 105, "end": 171, "actor": "Elena Varga", "set_stance": "support"},
  {
    "article": "003_inspection.html", "start": 173, "end": 266,
    "actor": "Tomas Brenner", "set_themes": ["no-such-theme"]
  }
]"#,
    )
    .unwrap();
    let output = redlines(&["apply", patch.to_str().unwrap(), dir_text]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("nothing written"), "{message}");
    assert!(
        message.contains("patch.json:3: correction 5: themes must be 1 to 3 known ids"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("corrections.json")).unwrap(),
        before
    );

    // Without the bad correction the patch applies and the build uses it.
    std::fs::write(
        &patch,
        r#"[{"article": "003_inspection.html", "start": 105, "end": 171, "actor": "Elena Varga", "set_stance": "support"}]"#,
    )
    .unwrap();
    let output = redlines(&["apply", patch.to_str().unwrap(), dir_text]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .contains("applied 4 corrections"));
    let export = String::from_utf8(redlines(&["export", "--jsonl", dir_text]).stdout).unwrap();
    let varga = export
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .find(|record| {
            record["article"] == "003_inspection.html" && record["actor"] == "Elena Varga"
        })
        .unwrap();
    assert_eq!(varga["stance"], "support");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn build_validates_the_corpus_first_and_names_the_broken_file() {
    let dir = example_copy("build-broken");
    std::fs::write(
        dir.join("actors.toml"),
        "[[actor]]\nname = \"A\"\nkind = 3\n",
    )
    .unwrap();
    let out = dir.join("out");
    let output = redlines(&[
        "build",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("actors.toml:3:"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "nothing is built from a broken corpus");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn build_says_what_it_needs() {
    let output = redlines(&["build", "somewhere"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("build needs <corpus-dir> and --out <dir>"),
        "{}",
        stderr(&output)
    );
    let output = redlines(&["build", "a", "--out", "b", "--fast"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("unrecognised argument --fast"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn synth_needs_only_the_size_and_the_seed() {
    let dir = std::env::temp_dir().join(format!("redlines-synth-default-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_redlines"))
            .args(["synth", "--articles", "3", "--seed", "5"])
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let output = run();
    assert!(output.status.success(), "{}", stderr(&output));
    let out = dir.join("synth-3-5");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "actors.toml",
            "synth_000000.txt",
            "synth_000001.txt",
            "synth_000002.txt",
            "themes.toml"
        ]
    );
    let first = std::fs::read_to_string(out.join("synth_000001.txt")).unwrap();
    assert!(run().status.success());
    assert_eq!(
        std::fs::read_to_string(out.join("synth_000001.txt")).unwrap(),
        first
    );
    // The folder is a corpus the other commands read.
    let output = redlines(&["check", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    std::fs::remove_dir_all(&dir).unwrap();
}
