//! Theme assignment by the weighted rules in `themes.toml`: a sentence's
//! themes are those whose rules score highest on it, with the paragraph and
//! then the article as context when the sentence alone says too little.

use crate::article::Article;
use crate::index::Span;
use crate::registry::{CompiledRule, PatternWord, Registry};
use crate::text::{tokens, Stemmer};

pub struct ThemeScorer<'r> {
    registry: &'r Registry,
    stemmer: Stemmer,
}

/// A word of the text in both forms the rules match on.
struct Term {
    lower: String,
    stem: String,
}

impl<'r> ThemeScorer<'r> {
    pub fn new(registry: &'r Registry) -> Self {
        ThemeScorer {
            registry,
            stemmer: Stemmer::new(),
        }
    }

    fn terms(&self, text: &str) -> Vec<Term> {
        tokens(text)
            .into_iter()
            .map(|token| {
                let lower = token.text.to_lowercase();
                let stem = self.stemmer.stem(&lower);
                Term { lower, stem }
            })
            .collect()
    }

    /// The score of every theme on a text.
    pub fn scores(&self, text: &str) -> Vec<f32> {
        let terms = self.terms(text);
        self.registry
            .theme_rules
            .iter()
            .map(|rules| rules.iter().map(|rule| rule_score(rule, &terms)).sum())
            .collect()
    }

    pub fn article_scores(&self, article: &Article) -> Vec<f32> {
        let mut total = vec![0.0; self.registry.themes.len()];
        for block in article.paragraphs() {
            for (sum, score) in total.iter_mut().zip(self.scores(article.slice(block.span))) {
                *sum += score;
            }
        }
        total
    }

    /// One to three theme indices for a sentence, best first.
    pub fn themes_for(
        &self,
        article: &Article,
        sentence: Span,
        article_scores: &[f32],
    ) -> Vec<usize> {
        let settings = &self.registry.settings;
        let own = self.scores(article.slice(sentence));
        let chosen = pick(&own, settings.min_score, settings.min_share_of_best);
        if !chosen.is_empty() {
            return chosen;
        }
        // Too little in the sentence: its neighbours help, then its paragraph
        // decides, then the article.
        if let Some(block) = article
            .blocks
            .iter()
            .find(|block| block.span.contains(sentence))
        {
            let sentences = crate::sentence::split_sentences(&article.text, block.span);
            if let Some(position) = sentences.iter().position(|s| *s == sentence) {
                let mut around = own.clone();
                let neighbours = [position.checked_sub(1), Some(position + 1)];
                for neighbour in neighbours
                    .into_iter()
                    .flatten()
                    .filter_map(|at| sentences.get(at))
                {
                    for (sum, score) in around
                        .iter_mut()
                        .zip(self.scores(article.slice(*neighbour)))
                    {
                        *sum += 0.5 * score;
                    }
                }
                let chosen = pick(
                    &around,
                    settings.min_score,
                    settings.min_share_of_best.max(0.75),
                );
                if !chosen.is_empty() {
                    return chosen.into_iter().take(2).collect();
                }
            }
            let paragraph = self.scores(article.slice(block.span));
            let chosen = pick(&paragraph, settings.min_score, 0.8);
            if !chosen.is_empty() {
                return chosen.into_iter().take(1).collect();
            }
        }
        let chosen = pick(article_scores, f32::MIN_POSITIVE, 1.0);
        if chosen.is_empty() {
            vec![0]
        } else {
            chosen.into_iter().take(1).collect()
        }
    }
}

fn pick(scores: &[f32], min_score: f32, share: f32) -> Vec<usize> {
    let mut ranked: Vec<(usize, f32)> = scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, score)| *score >= min_score)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let best = ranked.first().map(|(_, score)| *score).unwrap_or(0.0);
    ranked
        .into_iter()
        .filter(|(_, score)| *score >= best * share)
        .take(3)
        .map(|(index, _)| index)
        .collect()
}

fn word_matches(pattern: &PatternWord, term: &Term) -> bool {
    match pattern {
        PatternWord::Stem(stem) => term.stem == *stem,
        PatternWord::Prefix(prefix) => term.lower.starts_with(prefix.as_str()),
    }
}

/// A rule scores its weight once per sentence, however often it matches, so
/// a long quotation does not swamp the ranking.
fn rule_score(rule: &CompiledRule, terms: &[Term]) -> f32 {
    let length = rule.words.len();
    if terms.len() < length {
        return 0.0;
    }
    let hit = (0..=terms.len() - length).any(|start| {
        rule.words
            .iter()
            .zip(&terms[start..start + length])
            .all(|(word, term)| word_matches(word, term))
    });
    if hit {
        rule.weight
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse_article;

    const THEMES: &str = r#"
[[theme]]
id = "trade"
label = "Trade"
scope = "Tariffs"
rules = { "tariff" = 2.0, "free trade" = 3.0, "export*" = 1.0 }

[[theme]]
id = "climate"
label = "Climate"
scope = "Emissions"
rules = { "emission" = 2.0, "carbon tax" = 3.0 }
"#;

    #[test]
    fn picks_themes_by_stems_phrases_and_prefixes() {
        let registry = Registry::parse("a", "", "t", THEMES).unwrap();
        let scorer = ThemeScorer::new(&registry);
        let article = parse_article(
            "x",
            "Title\n\nThey want free trade and lower tariffs. Emissions rose. Nothing here.\n",
        );
        let scores = scorer.article_scores(&article);
        let sentence = |needle: &str| {
            let start = article.text.find(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        assert_eq!(
            scorer.themes_for(
                &article,
                sentence("They want free trade and lower tariffs."),
                &scores
            ),
            [0]
        );
        assert_eq!(
            scorer.themes_for(&article, sentence("Emissions rose."), &scores),
            [1]
        );
        // No rule fires: the neighbouring sentence decides.
        assert_eq!(
            scorer.themes_for(&article, sentence("Nothing here."), &scores),
            [1]
        );
        // With no neighbour that helps, the paragraph decides.
        let article = parse_article("y", "Title\n\nFree trade and tariffs and exports. Then a pause. Nothing more. Still nothing.\n");
        let scores = scorer.article_scores(&article);
        let start = article.text.find("Still nothing.").unwrap();
        assert_eq!(
            scorer.themes_for(&article, Span::new(start, start + 14), &scores),
            [0]
        );
    }
}
