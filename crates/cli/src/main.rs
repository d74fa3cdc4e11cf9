//! `redlines`: the command line face of the Red Lines core.
//!
//! It has no logic of its own: each subcommand reads a corpus folder with the
//! core, runs one core function and prints the result, so what the command
//! line reports is exactly what the browser shows.

use std::path::Path;
use std::process::ExitCode;

use redlines_core::eval::{evaluate, Scores};
use redlines_core::{build_index_from_dir, ExportRecord};

const USAGE: &str = "\
redlines: who holds which position on which theme, with the sentence as evidence

USAGE:
    redlines export --jsonl <corpus-dir>        one JSON object per statement
    redlines eval <labels.jsonl> <corpus-dir>   precision, recall and F1 against labels
    redlines check <corpus-dir>                 validate a corpus and its registries
    redlines help                               this text

A corpus dir holds article files (.txt, .md), actors.toml and themes.toml.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["export", "--jsonl", dir] | ["export", dir, "--jsonl"] => export(Path::new(dir)),
        ["eval", labels, dir] => eval(Path::new(labels), Path::new(dir)),
        ["check", dir] => check(Path::new(dir)),
        ["help"] | ["--help"] | ["-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!(
            "unrecognised arguments: {}\n\n{USAGE}",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn load(dir: &Path) -> Result<redlines_core::Index, String> {
    let index = build_index_from_dir(dir).map_err(|error| error.to_string())?;
    index
        .verify()
        .map_err(|error| format!("integrity check failed: {error}"))?;
    Ok(index)
}

fn export(dir: &Path) -> Result<(), String> {
    let index = load(dir)?;
    let mut out = String::new();
    for record in index.export_records() {
        out.push_str(&serde_json::to_string(&record).map_err(|error| error.to_string())?);
        out.push('\n');
    }
    print!("{out}");
    Ok(())
}

fn check(dir: &Path) -> Result<(), String> {
    let index = load(dir)?;
    let counts = index.counts();
    println!(
        "ok: articles {}, actors {}, themes {}, statements {}",
        index.articles.len(),
        index.actors.len(),
        index.themes.len(),
        index.statements.len()
    );
    for (article, count) in index.articles.iter().zip(&counts.by_article) {
        if *count == 0 {
            println!("note: {}: no statements found", article.id);
        }
    }
    Ok(())
}

fn read_labels(path: &Path) -> Result<Vec<ExportRecord>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            serde_json::from_str(line)
                .map_err(|error| format!("{}:{}: {error}", path.display(), number + 1))
        })
        .collect()
}

fn eval(labels: &Path, dir: &Path) -> Result<(), String> {
    let gold = read_labels(labels)?;
    let index = load(dir)?;
    let predicted = index.export_records();
    let scores = evaluate(&gold, &predicted);
    print_scores(&scores);
    Ok(())
}

fn short(record: &ExportRecord) -> String {
    let sentence: String = record.sentence.chars().take(110).collect();
    format!(
        "{} {}..{} [{}] {}",
        record.article, record.start, record.end, record.actor, sentence
    )
}

fn print_scores(scores: &Scores) {
    println!(
        "statements (sentence, actor): gold {}, predicted {}, matched {}",
        scores.gold, scores.predicted, scores.matched
    );
    println!(
        "  precision {:.3}  recall {:.3}  F1 {:.3}",
        scores.precision(),
        scores.recall(),
        scores.f1()
    );
    println!(
        "themes on matched statements: precision {:.3}  recall {:.3}  micro-F1 {:.3}",
        scores.theme_precision(),
        scores.theme_recall(),
        scores.theme_f1()
    );
    println!(
        "stance accuracy on matched statements: {:.3}",
        scores.stance_accuracy()
    );
    println!(
        "quote type accuracy on matched statements: {:.3}",
        scores.quote_accuracy()
    );
    println!("\nmissed ({}):", scores.missed.len());
    for record in &scores.missed {
        println!("  - {}", short(record));
    }
    println!("\nspurious ({}):", scores.spurious.len());
    for record in &scores.spurious {
        println!("  + {}", short(record));
    }
    println!("\nwrong stance ({}):", scores.wrong_stance.len());
    for (gold, predicted) in &scores.wrong_stance {
        println!(
            "  ~ gold {} / predicted {}: {}",
            gold.stance,
            predicted.stance,
            short(gold)
        );
    }
}
