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
        ] {
            assert!(record.get(field).is_some(), "missing {field} in {record}");
        }
        let themes = record["themes"].as_array().unwrap();
        assert!((1..=3).contains(&themes.len()));
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
