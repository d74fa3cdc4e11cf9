//! The actor and theme registries, read from a corpus's `actors.toml` and
//! `themes.toml`. Both are data a user edits; errors name the file and line.

use serde::Deserialize;

use crate::index::ActorKind;
use crate::text::{tokens, Stemmer};

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorSpec {
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub affiliation: Option<String>,
    /// Other names, descriptions and metonyms the text uses for the actor
    /// ("Putin", "the Russian leader", "the Kremlin"). Matched with case, but
    /// an initial lower-case letter also matches a capital.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSpec {
    pub id: String,
    pub label: String,
    pub scope: String,
    /// Pattern → weight. A pattern is one or more words; a word matches a
    /// sentence word with the same English stem, and a word ending in `*`
    /// matches any word it begins.
    #[serde(default)]
    pub rules: std::collections::BTreeMap<String, f32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    #[serde(default)]
    actor: Vec<ActorSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    #[serde(default)]
    settings: ThemeSettings,
    #[serde(default)]
    theme: Vec<ThemeSpec>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSettings {
    /// The least score a theme needs to be assigned to a sentence.
    #[serde(default = "default_min_score")]
    pub min_score: f32,
    /// A second or third theme needs at least this share of the best score.
    #[serde(default = "default_relative")]
    pub min_share_of_best: f32,
}

fn default_min_score() -> f32 {
    1.0
}

fn default_relative() -> f32 {
    0.5
}

impl Default for ThemeSettings {
    fn default() -> Self {
        ThemeSettings {
            min_score: default_min_score(),
            min_share_of_best: default_relative(),
        }
    }
}

/// A theme rule compiled to stems.
#[derive(Clone, Debug)]
pub struct CompiledRule {
    pub words: Vec<PatternWord>,
    pub weight: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternWord {
    Stem(String),
    Prefix(String),
}

#[derive(Clone, Debug)]
pub struct Registry {
    pub actors: Vec<ActorSpec>,
    pub actor_kinds: Vec<ActorKind>,
    pub themes: Vec<ThemeSpec>,
    pub theme_rules: Vec<Vec<CompiledRule>>,
    pub settings: ThemeSettings,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegistryError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for RegistryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for RegistryError {}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn toml_error(file: &str, source: &str, error: toml::de::Error) -> RegistryError {
    RegistryError {
        file: file.to_string(),
        line: error.span().map(|span| line_of(source, span.start)),
        message: error.message().to_string(),
    }
}

/// Finds the line on which a quoted value first appears, for errors about
/// values that parse but are wrong.
fn line_of_value(source: &str, value: &str) -> Option<usize> {
    source
        .find(&format!("\"{value}\""))
        .map(|offset| line_of(source, offset))
}

impl Registry {
    /// Parses both registries. `actors_name` and `themes_name` are the file
    /// names used in error messages.
    pub fn parse(
        actors_name: &str,
        actors_source: &str,
        themes_name: &str,
        themes_source: &str,
    ) -> Result<Registry, RegistryError> {
        let actors: ActorsFile = toml::from_str(actors_source)
            .map_err(|error| toml_error(actors_name, actors_source, error))?;
        let themes: ThemesFile = toml::from_str(themes_source)
            .map_err(|error| toml_error(themes_name, themes_source, error))?;
        let error = |file: &str, source: &str, value: &str, message: String| RegistryError {
            file: file.to_string(),
            line: line_of_value(source, value),
            message,
        };

        let mut actor_kinds = Vec::new();
        let mut names = std::collections::BTreeSet::new();
        for actor in &actors.actor {
            let Some(kind) = ActorKind::parse(&actor.kind) else {
                return Err(error(
                    actors_name,
                    actors_source,
                    &actor.kind,
                    format!(
                        "actor \"{}\": kind \"{}\" is not one of person, organization, state",
                        actor.name, actor.kind
                    ),
                ));
            };
            if actor.name.trim().is_empty() {
                return Err(error(
                    actors_name,
                    actors_source,
                    "",
                    "an actor has an empty name".into(),
                ));
            }
            if !names.insert(actor.name.clone()) {
                return Err(error(
                    actors_name,
                    actors_source,
                    &actor.name,
                    format!("actor \"{}\" is listed twice", actor.name),
                ));
            }
            actor_kinds.push(kind);
        }
        if themes.theme.is_empty() {
            return Err(RegistryError {
                file: themes_name.into(),
                line: None,
                message: "no [[theme]] is defined".into(),
            });
        }
        if themes.theme.len() > 255 {
            return Err(RegistryError {
                file: themes_name.into(),
                line: None,
                message: "more than 255 themes".into(),
            });
        }
        let stemmer = Stemmer::new();
        let mut ids = std::collections::BTreeSet::new();
        let mut theme_rules = Vec::new();
        for theme in &themes.theme {
            let valid_id = !theme.id.is_empty()
                && theme
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid_id {
                return Err(error(
                    themes_name,
                    themes_source,
                    &theme.id,
                    format!(
                        "theme id \"{}\" must be lower-case letters, digits and hyphens",
                        theme.id
                    ),
                ));
            }
            if !ids.insert(theme.id.clone()) {
                return Err(error(
                    themes_name,
                    themes_source,
                    &theme.id,
                    format!("theme \"{}\" is listed twice", theme.id),
                ));
            }
            let mut rules = Vec::new();
            for (pattern, &weight) in &theme.rules {
                // A pattern is split by the tokenizer that splits the text,
                // so that "non-proliferation" is the two words it reads; a
                // star makes the last of a word's parts a prefix.
                let words: Vec<PatternWord> = pattern
                    .split_whitespace()
                    .flat_map(|word| {
                        let (body, starred) = match word.strip_suffix('*') {
                            Some(body) => (body, true),
                            None => (word, false),
                        };
                        let parts = tokens(body);
                        let last = parts.len().saturating_sub(1);
                        parts
                            .into_iter()
                            .enumerate()
                            .map(|(at, part)| {
                                let lower = part.text.to_lowercase();
                                match starred && at == last {
                                    true => PatternWord::Prefix(lower),
                                    false => PatternWord::Stem(stemmer.stem(&lower)),
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let empty_prefix = words
                    .iter()
                    .any(|word| matches!(word, PatternWord::Prefix(p) if p.is_empty()));
                if words.is_empty() || empty_prefix || tokens(pattern).is_empty() {
                    return Err(error(
                        themes_name,
                        themes_source,
                        pattern,
                        format!("theme \"{}\": rule \"{pattern}\" has no words", theme.id),
                    ));
                }
                rules.push(CompiledRule { words, weight });
            }
            theme_rules.push(rules);
        }
        Ok(Registry {
            actors: actors.actor,
            actor_kinds,
            themes: themes.theme,
            theme_rules,
            settings: themes.settings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = r#"
[[actor]]
name = "Jane Roe"
kind = "person"
aliases = ["Roe"]
"#;
    const THEMES: &str = r#"
[[theme]]
id = "trade"
label = "Trade"
scope = "Tariffs and trade"
rules = { "tariff*" = 2.0, "free trade" = 3.0 }
"#;

    #[test]
    fn parses_valid_registries() {
        let registry = Registry::parse("actors.toml", ACTORS, "themes.toml", THEMES).unwrap();
        assert_eq!(registry.actors[0].name, "Jane Roe");
        assert_eq!(registry.actor_kinds[0], ActorKind::Person);
        assert_eq!(registry.theme_rules[0].len(), 2);
    }

    #[test]
    fn reports_syntax_errors_with_file_and_line() {
        let broken = "[[actor]]\nname = \"A\"\nkind = \"person\"\naliases = [\"x\"\n";
        let error = Registry::parse("actors.toml", broken, "themes.toml", THEMES).unwrap_err();
        assert_eq!(error.file, "actors.toml");
        assert!(error.line.is_some(), "{error}");
        assert!(error.to_string().starts_with("actors.toml:"), "{error}");
    }

    #[test]
    fn reports_bad_values_with_their_line() {
        let bad_kind = "[[actor]]\nname = \"A\"\nkind = \"planet\"\n";
        let error = Registry::parse("actors.toml", bad_kind, "themes.toml", THEMES).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert!(error.message.contains("planet"));
        let duplicate = format!("{THEMES}{THEMES}");
        let error = Registry::parse("actors.toml", ACTORS, "themes.toml", &duplicate).unwrap_err();
        assert!(error.message.contains("listed twice"), "{error}");
    }
}
