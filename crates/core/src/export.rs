//! The flat statement record of `redlines export --jsonl`, and of the
//! labelled sets `redlines eval` reads: one JSON object per statement.

use serde::{Deserialize, Serialize};

use crate::index::Index;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    /// The article's file name.
    pub article: String,
    /// The exact evidence text.
    pub sentence: String,
    /// Byte offsets of the evidence in the article file.
    pub start: u32,
    pub end: u32,
    /// The canonical display name.
    pub actor: String,
    pub actor_kind: String,
    /// Theme ids, best first.
    pub themes: Vec<String>,
    pub stance: String,
    /// direct, reported or attributed.
    pub quote: String,
    #[serde(default)]
    pub cue: String,
    #[serde(default)]
    pub confidence: f32,
    /// The attribution rule that fired (see `Rule` in the index format).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_affiliation: Option<String>,
}

impl Index {
    pub fn export_records(&self) -> Vec<ExportRecord> {
        self.statements
            .iter()
            .map(|statement| {
                let actor = self.actor(statement);
                ExportRecord {
                    article: self.article_of(statement).id.clone(),
                    sentence: self.sentence(statement).to_string(),
                    start: statement.span.start,
                    end: statement.span.end,
                    actor: actor.name.clone(),
                    actor_kind: actor.kind.as_str().to_string(),
                    themes: statement
                        .themes
                        .iter()
                        .map(|&theme| self.themes[theme as usize].id.clone())
                        .collect(),
                    stance: statement.stance.as_str().to_string(),
                    quote: statement.quote.as_str().to_string(),
                    cue: statement.cue.clone(),
                    confidence: statement.confidence,
                    rule: statement.rule.as_str().to_string(),
                    actor_role: actor.role.clone(),
                    actor_affiliation: actor.affiliation.clone(),
                }
            })
            .collect()
    }
}
