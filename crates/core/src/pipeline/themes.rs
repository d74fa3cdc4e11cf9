//! Theme assignment by the weighted rules in `themes.toml`: a sentence's
//! themes are those whose rules score highest on it, with the paragraph and
//! then the article as context when the sentence alone says too little.

use crate::article::Article;
use crate::index::Span;
use crate::registry::{CompiledRule, PatternWord, Registry};
use crate::text::{tokens, Stemmer};

use crate::text::WordMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ThemeScorer<'r> {
    registry: &'r Registry,
    stemmer: Stemmer,
    /// Rules by the stem of their first word, as (theme, rule) pairs.
    by_first_stem: HashMap<String, Vec<(usize, usize)>>,
    /// Rules whose first word is a prefix pattern, by the prefix's first two
    /// characters.
    by_prefix: HashMap<String, Vec<(usize, usize)>>,
    /// Where each theme's rules start in a flat list of all rules.
    rule_offset: Vec<usize>,
    rule_total: usize,
    /// Each word as written, with its lower case, its stem and the rules
    /// that may start at it: the same words recur in every sentence, so each
    /// is lower-cased, stemmed and looked up once.
    terms: RefCell<HashMap<String, Rc<Term>>>,
    /// Scores of sentences already scored in the current article, by span.
    sentence_scores: RefCell<(String, HashMap<Span, Vec<f32>>)>,
}

/// A word of the text in both forms the rules match on, and the rules whose
/// first word it may be, shared rather than copied between the sentences it
/// occurs in.
struct Term {
    lower: String,
    stem: String,
    /// (theme, rule) pairs by its stem, then by its first two characters,
    /// then by its first one: the order the rules are tried in.
    rules: Vec<(usize, usize)>,
}

impl<'r> ThemeScorer<'r> {
    pub fn new(registry: &'r Registry) -> Self {
        let mut by_first_stem: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        let mut by_prefix: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (theme, rules) in registry.theme_rules.iter().enumerate() {
            for (number, rule) in rules.iter().enumerate() {
                // Two patterns of a theme that compile to the same words
                // ("border" and "borders" share a stem) are one rule, with
                // the greater weight: a word adds to a theme once.
                let shadowed = rules.iter().enumerate().any(|(other, twin)| {
                    other != number
                        && twin.words == rule.words
                        && (twin.weight > rule.weight
                            || twin.weight == rule.weight && other < number)
                });
                if shadowed {
                    continue;
                }
                match rule.words.first() {
                    Some(PatternWord::Stem(stem)) => by_first_stem
                        .entry(stem.clone())
                        .or_default()
                        .push((theme, number)),
                    Some(PatternWord::Prefix(prefix)) => by_prefix
                        .entry(prefix.chars().take(2).collect())
                        .or_default()
                        .push((theme, number)),
                    None => {}
                }
            }
        }
        ThemeScorer {
            registry,
            stemmer: Stemmer::new(),
            by_first_stem,
            by_prefix,
            rule_offset: registry
                .theme_rules
                .iter()
                .scan(0, |total, rules| {
                    let offset = *total;
                    *total += rules.len();
                    Some(offset)
                })
                .collect(),
            rule_total: registry.theme_rules.iter().map(Vec::len).sum(),
            terms: RefCell::new(HashMap::default()),
            sentence_scores: RefCell::new((String::new(), HashMap::default())),
        }
    }

    fn terms(&self, text: &str) -> Vec<Rc<Term>> {
        let mut known = self.terms.borrow_mut();
        tokens(text)
            .into_iter()
            .map(|token| match known.get(token.text) {
                Some(term) => Rc::clone(term),
                None => {
                    let term = Rc::new(self.term(token.text));
                    known.insert(token.text.to_string(), Rc::clone(&term));
                    term
                }
            })
            .collect()
    }

    /// A word's forms and the rules that may start at it.
    fn term(&self, word: &str) -> Term {
        let lower = word.to_lowercase();
        let stem = self.stemmer.stem(&lower);
        let by_stem = self
            .by_first_stem
            .get(&stem)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let head: String = lower.chars().take(2).collect();
        let short: String = head.chars().take(1).collect();
        let by_prefix = self
            .by_prefix
            .get(&head)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let by_short_prefix = self
            .by_prefix
            .get(&short)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let rules = by_stem
            .iter()
            .chain(by_prefix)
            .chain(by_short_prefix)
            .copied()
            .collect();
        Term { lower, stem, rules }
    }

    /// The score of every theme on a text. A rule adds its weight once per
    /// text, however often it matches.
    pub fn scores(&self, text: &str) -> Vec<f32> {
        let terms = self.terms(text);
        let mut fired = vec![false; self.rule_total];
        let mut scores = vec![0.0; self.registry.themes.len()];
        for start in 0..terms.len() {
            for &(theme, number) in &terms[start].rules {
                let slot = self.rule_offset[theme] + number;
                if fired[slot] {
                    continue;
                }
                let rule = &self.registry.theme_rules[theme][number];
                if rule_matches_at(rule, &terms, start) {
                    fired[slot] = true;
                    scores[theme] += rule.weight;
                }
            }
        }
        scores
    }

    /// The scores of one span of an article (a sentence or a paragraph),
    /// computed once.
    fn sentence_scores(&self, article: &Article, sentence: Span) -> Vec<f32> {
        let mut cache = self.sentence_scores.borrow_mut();
        if cache.0 != article.id {
            *cache = (article.id.clone(), HashMap::default());
        }
        if let Some(scores) = cache.1.get(&sentence) {
            return scores.clone();
        }
        let scores = self.scores(article.slice(sentence));
        cache.1.insert(sentence, scores.clone());
        scores
    }

    pub fn article_scores(&self, article: &Article) -> Vec<f32> {
        let mut total = vec![0.0; self.registry.themes.len()];
        for block in article.paragraphs() {
            for (sum, score) in total
                .iter_mut()
                .zip(self.sentence_scores(article, block.span))
            {
                *sum += score;
            }
        }
        total
    }

    /// One to three theme indices for a sentence, best first.
    pub fn themes_for(&self, article: &Article, sentence: Span) -> Vec<usize> {
        let settings = &self.registry.settings;
        let own = self.sentence_scores(article, sentence);
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
                        .zip(self.sentence_scores(article, *neighbour))
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
            let paragraph = self.sentence_scores(article, block.span);
            let chosen = pick(&paragraph, settings.min_score * 2.0, 0.8);
            if !chosen.is_empty() {
                return chosen.into_iter().take(1).collect();
            }
        }
        // Nothing near the sentence names a theme: the article's main theme
        // is a guess, and a guess is worse than no theme for a reader who
        // filters by theme.
        Vec::new()
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

fn rule_matches_at(rule: &CompiledRule, terms: &[Rc<Term>], start: usize) -> bool {
    start + rule.words.len() <= terms.len()
        && rule
            .words
            .iter()
            .zip(&terms[start..])
            .all(|(word, term)| word_matches(word, term))
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
        let sentence = |needle: &str| {
            let start = article.text.find(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        assert_eq!(
            scorer.themes_for(
                &article,
                sentence("They want free trade and lower tariffs.")
            ),
            [0]
        );
        assert_eq!(
            scorer.themes_for(&article, sentence("Emissions rose.")),
            [1]
        );
        // No rule fires: the neighbouring sentence decides.
        assert_eq!(scorer.themes_for(&article, sentence("Nothing here.")), [1]);
        // With no neighbour that helps, the paragraph decides.
        let article = parse_article("y", "Title\n\nFree trade and tariffs and exports. Then a pause. Nothing more. Still nothing.\n");
        let start = article.text.find("Still nothing.").unwrap();
        assert_eq!(
            scorer.themes_for(&article, Span::new(start, start + 14)),
            [0]
        );
    }

    #[test]
    fn twin_patterns_of_a_theme_count_once() {
        // "border" and "borders" share a stem: a sentence with either word
        // earns the theme 1.0, not 2.0, and so no theme on its own.
        let themes = r#"
[[theme]]
id = "posture"
label = "Posture"
scope = "Troops"
rules = { "border" = 1.0, "borders" = 1.0, "troop*" = 2.5 }
"#;
        let registry = Registry::parse("a", "", "t", themes).unwrap();
        let scorer = ThemeScorer::new(&registry);
        assert_eq!(scorer.scores("They reopened the border crossing."), [1.0]);
        assert_eq!(scorer.scores("Troops massed at the border."), [3.5]);
    }

    #[test]
    fn hyphenated_patterns_match_the_words_the_text_splits_into() {
        // The text's tokenizer reads "cease-fire" as two words, and so must
        // the pattern; a starred part after a hyphen is a prefix.
        let themes = r#"
[[theme]]
id = "truce"
label = "Truce"
scope = "Truces"
rules = { "cease-fire" = 2.0, "sino-*" = 2.0 }
"#;
        let registry = Registry::parse("a", "", "t", themes).unwrap();
        let scorer = ThemeScorer::new(&registry);
        assert_eq!(scorer.scores("The cease-fire held overnight."), [2.0]);
        assert_eq!(scorer.scores("Sino-Indian ties warmed."), [2.0]);
        assert_eq!(scorer.scores("The fire ceased."), [0.0]);
    }

    #[test]
    fn bundled_rules_ignore_words_that_only_look_like_their_keywords() {
        let registry = Registry::parse(
            "a",
            "",
            "themes.toml",
            include_str!("../../../../seeds/themes.toml"),
        )
        .unwrap();
        let scorer = ThemeScorer::new(&registry);
        for sentence in [
            "It is important that the festival stays based on local traditions.",
            "The think tank expanded its research programme.",
            "Critics said the reform would concentrate power in one office.",
            "Visitors were given access to the archive.",
            "The force of the storm surprised forecasters.",
            // A stem is shared by words of other senses: only the forms
            // meant are written, as prefixes.
            "Schools in Finland reopened on Monday.",
            "Construction of the stadium began in May.",
            "Invasive species spread along the coast.",
            "The owners enriched themselves while workers waited.",
            "The crowd cheered a concerted effort by the volunteers.",
            // Weapons, annexation, assets and summons are written as the
            // phrases meant, not as words of everyday senses.
            "Ticket prices rocketed before the final.",
            "The museum opened its new annex in May.",
            "Fans kept shelling out for replica shirts.",
            "The striker summoned the courage to speak.",
            "The club sold its best assets to pay its debts.",
            "The gallery installed an atomic clock.",
        ] {
            let scores = scorer.scores(sentence);
            assert!(
                scores
                    .iter()
                    .all(|&score| score < registry.settings.min_score),
                "{sentence}: {scores:?}"
            );
        }
    }
}
