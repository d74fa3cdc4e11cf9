//! `redlines`: the command line face of the Red Lines core.
//!
//! It has no logic of its own: each subcommand reads a corpus folder with the
//! core, runs one core function and prints the result, so what the command
//! line reports is exactly what the browser shows.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Prints a line to standard output. A closed pipe (as with `| head`) ends
/// the program quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        emit(&format!($($arg)*), true)
    };
}

fn emit(text: &str, newline: bool) {
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_all(text.as_bytes()).and_then(|()| {
        if newline {
            stdout.write_all(b"\n")
        } else {
            Ok(())
        }
    });
    if let Err(error) = written {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write output: {error}");
        std::process::exit(1);
    }
}

use redlines_core::corpus::read_corpus_dir_with_registry;
use redlines_core::eval::{evaluate, Scores};
use redlines_core::{build_index_from_dir, ExportRecord};

const USAGE: &str = "\
redlines: who holds which position on which theme, with the sentence as evidence

USAGE:
    redlines export --jsonl <corpus-dir>        one JSON object per statement
    redlines eval                               every labelled set from the repository root: the
                                                seeds (training data), held-out dev and test
    redlines eval <labels.jsonl> <corpus-dir> [--registry <dir>]
                                                precision, recall and F1 against labels; a folder
                                                of articles alone takes the registries of <dir>
    redlines score <labels.jsonl> <predicted.jsonl> <articles-dir>
                                                scores another extractor's JSON lines the same way
    redlines check <corpus-dir>                 validate a corpus and its registries
    redlines synth --articles N --seed S [--out <dir>] [--registry <corpus-dir>]
                                                a deterministic synthetic corpus, for benchmarks
                                                (into synth-N-S/ by default, with the bundled registries)
    redlines bench <corpus-dir> [--index-out <file>]
                                                index build throughput, index size and memory
                                                (--index-out also writes the index bytes there)
    redlines apply <patch.json> <corpus-dir>    add exported corrections to the corpus's corrections.json
    redlines build <corpus-dir> --out <dir> [--chunked | --whole]
                                                build a deployable explorer for any corpus (needs scripts/setup.sh);
                                                an index over 2 MiB is split into chunks the app loads
                                                with progress, unless --whole
    redlines help                               this text

A corpus dir holds article files (.txt, .md, .html), actors.toml and themes.toml,
and optionally corrections.json; docs/corpus-format.md describes them.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["export", "--jsonl", dir] | ["export", dir, "--jsonl"] => export(Path::new(dir)),
        ["eval"] => eval_all(),
        ["eval", labels, dir] => eval(Path::new(labels), Path::new(dir), Path::new(dir)),
        ["eval", labels, dir, "--registry", registry] => {
            eval(Path::new(labels), Path::new(dir), Path::new(registry))
        }
        ["score", labels, predicted, dir] => {
            score(Path::new(labels), Path::new(predicted), Path::new(dir))
        }
        ["check", dir] => check(Path::new(dir)),
        ["synth", rest @ ..] => synth(rest),
        ["bench", dir] => bench(Path::new(dir), None),
        ["bench", dir, "--index-out", out] | ["bench", "--index-out", out, dir] => {
            bench(Path::new(dir), Some(Path::new(out)))
        }
        ["apply", patch, dir] => apply(Path::new(patch), Path::new(dir)),
        ["build", rest @ ..] => build_command(rest),
        ["help"] | ["--help"] | ["-h"] => {
            say!("{USAGE}");
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
    emit(
        &redlines_core::export::to_jsonl(&index.export_records()),
        false,
    );
    Ok(())
}

fn check(dir: &Path) -> Result<(), String> {
    let index = load(dir)?;
    let counts = index.counts();
    say!(
        "ok: articles {}, actors {}, themes {}, statements {}",
        index.articles.len(),
        index.actors.len(),
        index.themes.len(),
        index.statements.len()
    );
    // How files were read is worth knowing before building: a file decoded
    // as Windows-1252 may deserve re-saving as UTF-8.
    let (_, _, notes) = redlines_core::corpus::read_corpus_dir_with_notes(dir)
        .map_err(|error| error.to_string())?;
    for note in notes {
        say!("note: {note}");
    }
    for (article, count) in index.articles.iter().zip(&counts.by_article) {
        if *count == 0 {
            say!("note: {}: no statements found", article.id);
        }
    }
    Ok(())
}

/// Merges the corrections of a patch into the corpus's corrections file: a
/// later correction of the same statement replaces an earlier one. The
/// merged file is only written when every correction applies.
fn apply(patch: &Path, dir: &Path) -> Result<(), String> {
    use redlines_core::corrections::{correction_lines, parse_corrections, Correction};
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
    };
    let patch_name = patch.display().to_string();
    let patch_text = read(patch)?;
    let incoming = parse_corrections(&patch_name, &patch_text)?;
    let target = dir.join(redlines_core::corpus::CORRECTIONS_FILE);
    let target_name = target.display().to_string();
    let target_text = if target.exists() {
        read(&target)?
    } else {
        String::new()
    };
    // Each merged correction keeps where it came from, file and line, so a
    // problem can point at the line to fix.
    let mut merged: Vec<(Correction, &str, Option<usize>)> = Vec::new();
    if !target_text.is_empty() {
        let lines = correction_lines(&target_text);
        for (number, correction) in parse_corrections(&target_name, &target_text)?
            .into_iter()
            .enumerate()
        {
            merged.push((correction, &target_name, lines.get(number).copied()));
        }
    }
    let lines = correction_lines(&patch_text);
    for (number, correction) in incoming.into_iter().enumerate() {
        let same = |c: &Correction| {
            c.article == correction.article
                && c.start == correction.start
                && c.end == correction.end
                && c.actor == correction.actor
        };
        merged.retain(|(c, _, _)| !same(c));
        merged.push((correction, &patch_name, lines.get(number).copied()));
    }
    let corrections: Vec<Correction> = merged.iter().map(|(c, _, _)| c.clone()).collect();
    let (registry, files) =
        redlines_core::corpus::read_corpus_dir(dir).map_err(|error| error.to_string())?;
    let mut index = redlines_core::build_index(&registry, &files);
    let outcome = index.apply_corrections(&corrections);
    if !outcome.problems.is_empty() {
        let located: Vec<String> = outcome
            .problems
            .iter()
            .map(|problem| {
                // "correction N: …" numbers the merged list from 1.
                let origin = problem
                    .strip_prefix("correction ")
                    .and_then(|rest| rest.split(':').next())
                    .and_then(|number| number.parse::<usize>().ok())
                    .and_then(|number| merged.get(number.checked_sub(1)?));
                match origin {
                    Some((_, file, Some(line))) => format!("{file}:{line}: {problem}"),
                    Some((_, file, None)) => format!("{file}: {problem}"),
                    None => format!("{patch_name}: {problem}"),
                }
            })
            .collect();
        return Err(format!(
            "{patch_name}: nothing written\n{}",
            located.join("\n")
        ));
    }
    index.verify().map_err(|error| error.to_string())?;
    let json = serde_json::to_string_pretty(&corrections).map_err(|error| error.to_string())?;
    std::fs::write(&target, json + "\n").map_err(|error| format!("{target_name}: {error}"))?;
    say!(
        "applied {} corrections; {} now holds {}",
        outcome.applied,
        target_name,
        corrections.len()
    );
    Ok(())
}

/// An index larger than this is chunked by `redlines build` unless told
/// otherwise: above it, decoding the whole index before the first paint
/// starts to show, and one download of it stops being small.
const CHUNK_ABOVE_BYTES: usize = 2 << 20;

/// How `redlines build` ships the index.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shipping {
    /// Chunked above [`CHUNK_ABOVE_BYTES`], whole below.
    BySize,
    Chunked,
    Whole,
}

fn build_command(args: &[&str]) -> Result<(), String> {
    let mut shipping = Shipping::BySize;
    let mut out = None;
    let mut dir = None;
    let mut rest = args.iter();
    while let Some(&arg) = rest.next() {
        match arg {
            "--out" => out = Some(*rest.next().ok_or("--out needs a folder")?),
            "--chunked" => shipping = Shipping::Chunked,
            "--whole" => shipping = Shipping::Whole,
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(arg),
            _ => return Err(format!("build: unrecognised argument {arg}\n\n{USAGE}")),
        }
    }
    match (dir, out) {
        (Some(dir), Some(out)) => build(Path::new(dir), Path::new(out), shipping),
        _ => Err(format!(
            "build needs <corpus-dir> and --out <dir>\n\n{USAGE}"
        )),
    }
}

/// Builds the explorer for another corpus: validates it, then runs the
/// app's release build with that corpus embedded, or its index's manifest
/// embedded and the chunks beside the app in `index/`.
fn build(dir: &Path, out: &Path, shipping: Shipping) -> Result<(), String> {
    let index = load(dir)?;
    let index_bytes = index.to_bytes().len();
    let chunked = match shipping {
        Shipping::BySize => index_bytes > CHUNK_ABOVE_BYTES,
        Shipping::Chunked => true,
        Shipping::Whole => false,
    };
    let absolute = |path: &Path| {
        std::path::absolute(path).map_err(|error| format!("{}: {error}", path.display()))
    };
    let corpus = absolute(dir)?;
    let out = absolute(out)?;
    // The app's sources sit two folders above this crate.
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut command = std::process::Command::new("bash");
    command
        .arg("-c")
        .arg("source scripts/env.sh && wasm_env trunk build --release --offline --dist \"$REDLINES_OUT\"")
        .current_dir(&app)
        .env("REDLINES_CORPUS", &corpus)
        .env("REDLINES_OUT", &out)
        .env_remove("REDLINES_CHUNKS_OUT");
    // The app's build script writes the chunks here and the post-build hook
    // copies them into the output's index/ folder.
    let chunks = std::env::temp_dir().join(format!("redlines-chunks-{}", std::process::id()));
    if chunked {
        command.env("REDLINES_CHUNKS_OUT", &chunks);
    }
    let status = command
        .status()
        .map_err(|error| format!("cannot run the app build: {error}"));
    if chunked {
        let _ = std::fs::remove_dir_all(&chunks);
    }
    let status = status?;
    if !status.success() {
        return Err(format!("the app build failed ({status}); run `bash scripts/setup.sh` first if tools are missing"));
    }
    say!(
        "built the explorer for {} into {} ({} statements; index of {} bytes, {})",
        corpus.display(),
        out.display(),
        index.statements.len(),
        index_bytes,
        if chunked {
            "in chunks under index/"
        } else {
            "embedded whole"
        }
    );
    Ok(())
}

/// Reads `--name value` pairs.
fn option<'a>(args: &[&'a str], name: &str) -> Option<&'a str> {
    args.windows(2)
        .find(|pair| pair[0] == name)
        .map(|pair| pair[1])
}

/// The bundled corpus's registries, for `synth` run without `--registry`.
const SEED_ACTORS: &str = include_str!("../../../seeds/actors.toml");
const SEED_THEMES: &str = include_str!("../../../seeds/themes.toml");

fn synth(args: &[&str]) -> Result<(), String> {
    let number = |name: &str| -> Result<u64, String> {
        let value =
            option(args, name).ok_or_else(|| format!("synth needs {name} <number>\n\n{USAGE}"))?;
        value
            .parse()
            .map_err(|_| format!("{name}: \"{value}\" is not a whole number"))
    };
    let articles = number("--articles")? as usize;
    let seed = number("--seed")?;
    // Without --out, a folder named after the arguments, so two runs with
    // other arguments never overwrite each other.
    let default_out = format!("synth-{articles}-{seed}");
    let out = Path::new(option(args, "--out").unwrap_or(&default_out));
    // Without --registry, the bundled corpus's registries, built into this
    // binary, so the command works from any folder.
    let (actors, themes) = match option(args, "--registry") {
        Some(dir) => {
            let read = |name: &str| {
                let path = Path::new(dir).join(name);
                std::fs::read_to_string(&path)
                    .map_err(|error| format!("{}: {error}", path.display()))
            };
            (read("actors.toml")?, read("themes.toml")?)
        }
        None => (SEED_ACTORS.to_string(), SEED_THEMES.to_string()),
    };
    let registry = redlines_core::Registry::parse("actors.toml", &actors, "themes.toml", &themes)
        .map_err(|error| error.to_string())?;
    let write = |path: &Path, text: &str| {
        std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
    };
    std::fs::create_dir_all(out).map_err(|error| format!("{}: {error}", out.display()))?;
    write(&out.join("actors.toml"), &actors)?;
    write(&out.join("themes.toml"), &themes)?;
    let mut bytes = 0;
    for (name, text) in redlines_core::synth::synthesize(&registry, articles, seed) {
        bytes += text.len();
        write(&out.join(name), &text)?;
    }
    say!(
        "wrote {articles} articles ({bytes} bytes of text) to {}",
        out.display()
    );
    Ok(())
}

/// The peak resident memory of this process, from /proc where it exists.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Index build figures; `index_out` also keeps the encoded index, so the
/// benchmarks can weigh it compressed next to other search indexes.
fn bench(dir: &Path, index_out: Option<&Path>) -> Result<(), String> {
    let (registry, files) =
        redlines_core::corpus::read_corpus_dir(dir).map_err(|error| error.to_string())?;
    let bytes: usize = files.iter().map(|file| file.text.len()).sum();
    let started = std::time::Instant::now();
    let index = redlines_core::build_index(&registry, &files);
    let elapsed = started.elapsed().as_secs_f64();
    let encoded = index.to_bytes();
    let decode_started = std::time::Instant::now();
    let decoded = redlines_core::Index::from_bytes(&encoded).map_err(|error| error.to_string())?;
    let decode = decode_started.elapsed().as_secs_f64();
    say!("articles: {}", files.len());
    say!("article text: {:.2} MB", bytes as f64 / 1e6);
    say!("statements: {}", decoded.statements.len());
    say!(
        "index build: {:.3} s, {:.2} MB/s on one core",
        elapsed,
        bytes as f64 / 1e6 / elapsed
    );
    say!(
        "index size: {} bytes ({:.2} bytes per byte of text)",
        encoded.len(),
        encoded.len() as f64 / bytes.max(1) as f64
    );
    say!("index decode: {:.3} s", decode);
    if let Some(out) = index_out {
        std::fs::write(out, &encoded).map_err(|error| format!("{}: {error}", out.display()))?;
    }
    if let Some(peak) = peak_memory_kib() {
        say!("peak memory: {:.1} MB", peak as f64 / 1024.0);
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

fn eval(labels: &Path, dir: &Path, registry: &Path) -> Result<(), String> {
    let gold = read_labels(labels)?;
    let predicted = predict(dir, registry)?;
    let scores = evaluate(&gold, &predicted);
    print_scores(&scores);
    Ok(())
}

/// The pipeline's statements for a folder of articles, with the registries
/// of `registry` (the folder itself for a corpus, the bundled corpus for a
/// held-out set).
fn predict(dir: &Path, registry: &Path) -> Result<Vec<ExportRecord>, String> {
    let (registry, files, _) =
        read_corpus_dir_with_registry(dir, registry).map_err(|error| error.to_string())?;
    let index = redlines_core::build_index(&registry, &files);
    index
        .verify()
        .map_err(|error| format!("integrity check failed: {error}"))?;
    Ok(index.export_records())
}

/// The labelled sets, from the repository root: the seeds (training data:
/// the rules were written against them), and the held-out real articles,
/// a dev half read while writing rules and a test half only scored.
const SETS: &[(&str, &str, &str, &str)] = &[
    (
        "seeds, first labels (training)",
        "eval/labels.jsonl",
        "seeds",
        "seeds",
    ),
    (
        "seeds, second labels (training)",
        "eval/labels-second.jsonl",
        "seeds",
        "seeds",
    ),
    (
        "held-out dev",
        "eval/heldout/dev.jsonl",
        "eval/heldout/dev",
        "seeds",
    ),
    (
        "held-out test",
        "eval/heldout/test.jsonl",
        "eval/heldout/test",
        "seeds",
    ),
];

fn eval_all() -> Result<(), String> {
    say!(
        "{:<34} {:>5} {:>5} {:>6} {:>6} {:>6} {:>8} {:>7}",
        "set",
        "gold",
        "pred",
        "prec",
        "recall",
        "F1",
        "theme F1",
        "stance"
    );
    for (name, labels, dir, registry) in SETS {
        let gold = read_labels(Path::new(labels))?;
        let predicted = predict(Path::new(dir), Path::new(registry))?;
        let scores = evaluate(&gold, &predicted);
        say!(
            "{:<34} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>7.3}",
            name,
            scores.gold,
            scores.predicted,
            scores.precision(),
            scores.recall(),
            scores.f1(),
            scores.theme_f1(),
            scores.stance_accuracy()
        );
    }
    Ok(())
}

/// Scores another extractor's output (JSON lines with at least `article`,
/// `sentence` and `actor`) against labels, locating each sentence in the
/// article file when its offsets are missing.
fn score(labels: &Path, predicted: &Path, dir: &Path) -> Result<(), String> {
    let gold = read_labels(labels)?;
    let text = std::fs::read_to_string(predicted)
        .map_err(|error| format!("{}: {error}", predicted.display()))?;
    let mut records = Vec::new();
    for (number, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|error| format!("{}:{}: {error}", predicted.display(), number + 1))?;
        let field = |name: &str| value[name].as_str().unwrap_or_default().to_string();
        let (article, sentence) = (field("article"), field("sentence"));
        let file = std::fs::read_to_string(dir.join(&article))
            .map_err(|error| format!("{}: {error}", dir.join(&article).display()))?;
        let (start, end) = match (value["start"].as_u64(), value["end"].as_u64()) {
            (Some(start), Some(end)) => (start as u32, end as u32),
            _ => match file.find(&sentence) {
                Some(at) => (at as u32, (at + sentence.len()) as u32),
                None => continue,
            },
        };
        records.push(ExportRecord {
            article,
            sentence,
            start,
            end,
            actor: field("actor"),
            actor_kind: field("actor_kind"),
            themes: value["themes"]
                .as_array()
                .map(|themes| {
                    themes
                        .iter()
                        .filter_map(|theme| theme.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            stance: field("stance"),
            quote: field("quote"),
            cue: field("cue"),
            confidence: 0.0,
            rule: field("rule"),
            ..ExportRecord::default()
        });
    }
    print_scores(&evaluate(&gold, &records));
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
    say!(
        "statements (sentence, actor): gold {}, predicted {}, matched {}",
        scores.gold,
        scores.predicted,
        scores.matched
    );
    say!(
        "  precision {:.3}  recall {:.3}  F1 {:.3}",
        scores.precision(),
        scores.recall(),
        scores.f1()
    );
    say!(
        "themes on matched statements: precision {:.3}  recall {:.3}  micro-F1 {:.3}",
        scores.theme_precision(),
        scores.theme_recall(),
        scores.theme_f1()
    );
    say!(
        "stance accuracy on matched statements: {:.3}",
        scores.stance_accuracy()
    );
    say!(
        "quote type accuracy on matched statements: {:.3}",
        scores.quote_accuracy()
    );
    say!("\nmissed ({}):", scores.missed.len());
    for record in &scores.missed {
        say!("  - {}", short(record));
    }
    say!("\nspurious ({}):", scores.spurious.len());
    for record in &scores.spurious {
        say!("  + {}", short(record));
    }
    say!("\nwrong stance ({}):", scores.wrong_stance.len());
    for (gold, predicted) in &scores.wrong_stance {
        say!(
            "  ~ gold {} / predicted {}: {}",
            gold.stance,
            predicted.stance,
            short(gold)
        );
    }
}
