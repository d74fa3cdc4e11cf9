//! User corrections to statements, kept beside a corpus as
//! `corrections.json` and applied after attribution, so a fix made in the
//! browser (or by hand) survives every rebuild.
//!
//! A correction names its statement by article, byte offsets and the actor
//! the pipeline gave it, then says what to change: another actor, other
//! themes, another stance, or that the sentence is not a position at all.

use serde::{Deserialize, Serialize};

use crate::index::{ActorKind, Index, Stance};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub article: String,
    pub start: u32,
    pub end: u32,
    /// The actor the pipeline attributed the statement to.
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_actor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_themes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_stance: Option<String>,
    #[serde(default)]
    pub not_a_position: bool,
}

/// What identifies a statement across builds, in the core, the command line
/// and the browser alike: its article, its span, and the actor holding it.
/// The actor is part of it because one sentence can hold two actors'
/// statements ("A and B agreed …").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StatementKey {
    pub article: String,
    pub start: u32,
    pub end: u32,
    pub actor: String,
}

impl Correction {
    /// The statement as the pipeline gave it, which is how the correction
    /// finds it at every build.
    pub fn key(&self) -> StatementKey {
        StatementKey {
            article: self.article.clone(),
            start: self.start,
            end: self.end,
            actor: self.actor.clone(),
        }
    }

    /// The statement as it shows once corrected: with the new actor, if the
    /// correction set one.
    pub fn shown_key(&self) -> StatementKey {
        StatementKey {
            actor: self.set_actor.clone().unwrap_or_else(|| self.actor.clone()),
            ..self.key()
        }
    }
}

/// The outcome of applying corrections: how many took effect, and why the
/// others did not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    pub applied: usize,
    pub problems: Vec<String>,
}

/// Parses a corrections file (a JSON array).
pub fn parse_corrections(name: &str, text: &str) -> Result<Vec<Correction>, String> {
    serde_json::from_str(text).map_err(|error| format!("{name}:{}: {error}", error.line()))
}

/// The line on which each correction of a corrections file (a JSON array
/// of objects) begins, in order, so that a problem with the n-th correction
/// can point at its line.
pub fn correction_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                if c == '{' && depth == 1 {
                    lines.push(line);
                }
                depth += 1;
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    lines
}

/// Prefixes each problem of [`Applied::problems`] ("correction 2: …") with
/// the file name and the line where that correction begins.
pub fn locate_problems(name: &str, text: &str, problems: &[String]) -> Vec<String> {
    let lines = correction_lines(text);
    problems
        .iter()
        .map(|problem| {
            let line = problem
                .strip_prefix("correction ")
                .and_then(|rest| rest.split(':').next())
                .and_then(|number| number.parse::<usize>().ok())
                .and_then(|number| lines.get(number.checked_sub(1)?));
            match line {
                Some(line) => format!("{name}:{line}: {problem}"),
                None => format!("{name}: {problem}"),
            }
        })
        .collect()
}

impl Index {
    /// Applies corrections in order; a correction that names no statement, or
    /// an unknown theme or stance, is reported and skipped.
    pub fn apply_corrections(&mut self, corrections: &[Correction]) -> Applied {
        let mut outcome = Applied::default();
        for (number, correction) in corrections.iter().enumerate() {
            let found = self.statements.iter().position(|statement| {
                self.articles[statement.article as usize].id == correction.article
                    && statement.span.start == correction.start
                    && statement.span.end == correction.end
                    && self.actors[statement.actor as usize].name == correction.actor
            });
            if !self
                .articles
                .iter()
                .any(|article| article.id == correction.article)
            {
                outcome.problems.push(format!(
                    "correction {}: the article {} is not in the corpus",
                    number + 1,
                    correction.article
                ));
                continue;
            }
            let Some(position) = found else {
                outcome.problems.push(format!(
                    "correction {}: no statement by {} at {}:{}..{}",
                    number + 1,
                    correction.actor,
                    correction.article,
                    correction.start,
                    correction.end
                ));
                continue;
            };
            if correction.not_a_position {
                self.statements.remove(position);
                outcome.applied += 1;
                continue;
            }
            let stance = match correction.set_stance.as_deref().map(Stance::parse) {
                Some(None) => {
                    outcome
                        .problems
                        .push(format!("correction {}: unknown stance", number + 1));
                    continue;
                }
                Some(Some(stance)) => Some(stance),
                None => None,
            };
            let themes = match &correction.set_themes {
                Some(ids) => {
                    let found: Option<Vec<u8>> = ids
                        .iter()
                        .map(|id| self.theme_by_id(id).map(|t| t as u8))
                        .collect();
                    match found.filter(|themes| (1..=3).contains(&themes.len())) {
                        Some(themes) => Some(themes),
                        None => {
                            outcome.problems.push(format!(
                                "correction {}: themes must be 1 to 3 known ids",
                                number + 1
                            ));
                            continue;
                        }
                    }
                }
                None => None,
            };
            let actor = correction
                .set_actor
                .as_ref()
                .map(|name| self.actor_named(name));
            let statement = &mut self.statements[position];
            if let Some(stance) = stance {
                statement.stance = stance;
            }
            if let Some(themes) = themes {
                statement.themes = themes;
            }
            if let Some(actor) = actor {
                statement.actor = actor as u16;
            }
            statement.confidence = 1.0;
            statement.rule = crate::index::Rule::Correction;
            outcome.applied += 1;
        }
        outcome
    }

    /// The index of the actor with this name, added as an unregistered person
    /// when the index has none.
    fn actor_named(&mut self, name: &str) -> usize {
        if let Some(found) = self.actors.iter().position(|actor| actor.name == name) {
            return found;
        }
        self.actors.push(crate::index::Actor {
            slug: crate::corpus::slugify(name),
            name: name.to_string(),
            kind: ActorKind::Person,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            speaks_for: None,
            registered: false,
        });
        self.actors.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_point_at_the_line_of_their_correction() {
        let text = "[\n  {\"article\": \"a{b}.txt\", \"actor\": \"X\\\"\"},\n\n  {\n    \"article\": \"c.txt\"\n  }\n]";
        assert_eq!(correction_lines(text), [2, 4]);
        let problems = [
            "correction 2: the article c.txt is not in the corpus".to_string(),
            "something else".to_string(),
        ];
        assert_eq!(
            locate_problems("corrections.json", text, &problems),
            [
                "corrections.json:4: correction 2: the article c.txt is not in the corpus",
                "corrections.json: something else"
            ]
        );
    }
}
