//! Scoring predicted statements against a hand-labelled set: strict
//! (sentence, actor) precision, recall and F1, theme micro-F1 and stance and
//! quote-type accuracy on the matched pairs, and the lists of misses.

use crate::export::ExportRecord;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub theme_true_positives: usize,
    pub theme_false_positives: usize,
    pub theme_false_negatives: usize,
    pub stance_correct: usize,
    pub quote_correct: usize,
    /// Gold statements the prediction lacks.
    pub missed: Vec<ExportRecord>,
    /// Predicted statements the gold set lacks.
    pub spurious: Vec<ExportRecord>,
    /// Matched pairs whose stance differs: (gold, predicted).
    pub wrong_stance: Vec<(ExportRecord, ExportRecord)>,
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn theme_precision(&self) -> f64 {
        ratio(
            self.theme_true_positives,
            self.theme_true_positives + self.theme_false_positives,
        )
    }
    pub fn theme_recall(&self) -> f64 {
        ratio(
            self.theme_true_positives,
            self.theme_true_positives + self.theme_false_negatives,
        )
    }
    pub fn theme_f1(&self) -> f64 {
        f1(self.theme_precision(), self.theme_recall())
    }
    pub fn stance_accuracy(&self) -> f64 {
        ratio(self.stance_correct, self.matched)
    }
    pub fn quote_accuracy(&self) -> f64 {
        ratio(self.quote_correct, self.matched)
    }
}

/// Whether two records name the same actor in the same sentence. Sentences
/// match when they overlap by at least half of the shorter one, so a
/// labeller's slightly different boundary still counts.
pub fn same_statement(gold: &ExportRecord, predicted: &ExportRecord) -> bool {
    if gold.article != predicted.article || !same_actor(&gold.actor, &predicted.actor) {
        return false;
    }
    let start = gold.start.max(predicted.start);
    let end = gold.end.min(predicted.end);
    let overlap = end.saturating_sub(start);
    let shorter = (gold.end - gold.start)
        .min(predicted.end - predicted.start)
        .max(1);
    overlap * 2 >= shorter
}

/// Whether two names denote the same actor: the same words up to case and
/// a leading "the", an acronym and the name it abbreviates ("SDF", "Syrian
/// Democratic Forces"), or a lone surname and the full name that ends with
/// it ("Erdoğan", "Recep Tayyip Erdoğan"). Labellers write names differently,
/// and these variants never name two different actors within one article.
pub fn same_actor(a: &str, b: &str) -> bool {
    let normal = |name: &str| {
        let lower = name.trim().to_lowercase();
        lower.strip_prefix("the ").unwrap_or(&lower).to_string()
    };
    let (a, b) = (normal(a), normal(b));
    if a == b {
        return true;
    }
    // An acronym takes the small words' letters or leaves them out: "SDF"
    // for "Syrian Democratic Forces", "ECOWAS" for "Economic Community of
    // West African States".
    let initials = |name: &str, small_words: bool| -> String {
        name.split([' ', '-'])
            .filter(|word| small_words || !matches!(*word, "of" | "and" | "for" | "the" | "de"))
            .filter_map(|word| word.chars().next())
            .collect()
    };
    let acronym = |short: &str, long: &str| {
        !short.contains(' ')
            && long.contains(' ')
            && (initials(long, false) == short || initials(long, true) == short)
    };
    let surname =
        |short: &str, long: &str| !short.contains(' ') && long.rsplit(' ').next() == Some(short);
    acronym(&a, &b) || acronym(&b, &a) || surname(&a, &b) || surname(&b, &a)
}

pub fn evaluate(gold: &[ExportRecord], predicted: &[ExportRecord]) -> Scores {
    let mut scores = Scores {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Scores::default()
    };
    let mut used = vec![false; predicted.len()];
    for label in gold {
        let found = predicted
            .iter()
            .enumerate()
            .find(|(index, record)| !used[*index] && same_statement(label, record));
        let Some((index, record)) = found else {
            scores.missed.push(label.clone());
            continue;
        };
        used[index] = true;
        scores.matched += 1;
        for theme in &record.themes {
            if label.themes.contains(theme) {
                scores.theme_true_positives += 1;
            } else {
                scores.theme_false_positives += 1;
            }
        }
        scores.theme_false_negatives += label
            .themes
            .iter()
            .filter(|theme| !record.themes.contains(theme))
            .count();
        if record.stance == label.stance {
            scores.stance_correct += 1;
        } else {
            scores.wrong_stance.push((label.clone(), record.clone()));
        }
        if record.quote == label.quote {
            scores.quote_correct += 1;
        }
    }
    scores.spurious = predicted
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(record, _)| record.clone())
        .collect();
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(start: u32, end: u32, actor: &str, themes: &[&str], stance: &str) -> ExportRecord {
        ExportRecord {
            article: "a.txt".into(),
            sentence: String::new(),
            start,
            end,
            actor: actor.into(),
            actor_kind: "person".into(),
            themes: themes.iter().map(|theme| theme.to_string()).collect(),
            stance: stance.into(),
            quote: "direct".into(),
            cue: String::new(),
            confidence: 1.0,
            ..ExportRecord::default()
        }
    }

    #[test]
    fn scores_matches_misses_and_spurious_statements() {
        let gold = [
            record(0, 100, "A", &["x", "y"], "demand"),
            record(200, 300, "B", &["x"], "warn"),
        ];
        let predicted = [
            record(0, 90, "A", &["x", "z"], "demand"),
            record(400, 500, "C", &["x"], "warn"),
        ];
        let scores = evaluate(&gold, &predicted);
        assert_eq!(scores.matched, 1);
        assert_eq!(scores.precision(), 0.5);
        assert_eq!(scores.recall(), 0.5);
        assert_eq!(scores.missed.len(), 1);
        assert_eq!(scores.spurious[0].actor, "C");
        assert_eq!(
            (
                scores.theme_true_positives,
                scores.theme_false_positives,
                scores.theme_false_negatives
            ),
            (1, 1, 1)
        );
        assert_eq!(scores.stance_accuracy(), 1.0);
    }

    #[test]
    fn a_different_actor_in_the_same_sentence_is_no_match() {
        let scores = evaluate(
            &[record(0, 100, "A", &["x"], "demand")],
            &[record(0, 100, "B", &["x"], "demand")],
        );
        assert_eq!(scores.matched, 0);
        assert_eq!(scores.f1(), 0.0);
    }

    #[test]
    fn names_match_across_acronyms_surnames_and_articles() {
        assert!(same_actor("SDF", "Syrian Democratic Forces"));
        assert!(same_actor(
            "Economic Community of West African States",
            "ECOWAS"
        ));
        assert!(same_actor("the Alliance", "alliance"));
        assert!(same_actor("Okafor", "Ngozi Okafor"));
        assert!(!same_actor("ECWAS", "Economic Community of Western Africa"));
        assert!(!same_actor("Okafor", "Ngozi Adeyemi"));
    }
}
