//! Stance classification: what a statement does (demand, propose, reject,
//! support, warn, assess), from the cue that introduced it and the words of
//! the sentence, with negation flipping support and rejection.

use crate::index::Stance;

/// Words and phrases that signal each stance, with a weight. Matched against
/// lower-case words; a phrase matches consecutive words, and a final `*`
/// matches any word it begins ("refus*" matches "refusal").
const LEXICON: &[(&str, Stance, f32)] = &[
    ("demand*", Stance::Demand, 2.0),
    ("insist*", Stance::Demand, 2.0),
    ("must", Stance::Demand, 1.5),
    ("need", Stance::Demand, 1.5),
    ("needs", Stance::Demand, 1.5),
    ("we need", Stance::Demand, 1.0),
    ("require", Stance::Demand, 1.5),
    ("requires", Stance::Demand, 1.5),
    ("call on", Stance::Demand, 2.0),
    ("calls on", Stance::Demand, 2.0),
    ("called on", Stance::Demand, 2.0),
    ("calling on", Stance::Demand, 2.0),
    ("call for", Stance::Demand, 2.0),
    ("calls for", Stance::Demand, 2.0),
    ("urge*", Stance::Demand, 2.0),
    ("asked", Stance::Demand, 1.5),
    ("asks", Stance::Demand, 1.5),
    ("necessary", Stance::Demand, 1.5),
    ("necessity", Stance::Demand, 1.5),
    ("legally binding", Stance::Demand, 1.0),
    ("guarantees", Stance::Demand, 0.5),
    ("want", Stance::Demand, 1.5),
    ("wants", Stance::Demand, 1.5),
    ("hope", Stance::Demand, 1.5),
    ("hoping", Stance::Demand, 1.5),
    ("hopes", Stance::Demand, 1.0),
    ("should", Stance::Demand, 0.5),
    ("withdrawal", Stance::Demand, 1.0),
    ("propose", Stance::Propose, 2.0),
    ("proposes", Stance::Propose, 2.0),
    ("proposed", Stance::Propose, 1.0),
    ("proposals", Stance::Propose, 1.5),
    ("offer", Stance::Propose, 1.5),
    ("offers", Stance::Propose, 2.0),
    ("offered", Stance::Propose, 2.0),
    ("ready", Stance::Propose, 2.0),
    ("willing", Stance::Propose, 1.5),
    ("willingness", Stance::Propose, 1.0),
    ("suggest*", Stance::Propose, 2.0),
    ("pledge*", Stance::Propose, 2.0),
    ("promise", Stance::Propose, 2.0),
    ("promised", Stance::Propose, 2.0),
    ("prepared to", Stance::Propose, 1.5),
    ("preparing to", Stance::Propose, 1.0),
    ("agree to", Stance::Propose, 1.5),
    ("agreed to", Stance::Propose, 1.0),
    ("would agree", Stance::Propose, 1.5),
    ("resume", Stance::Propose, 1.5),
    ("reject", Stance::Reject, 2.5),
    ("rejects", Stance::Reject, 2.5),
    ("rejected", Stance::Reject, 2.5),
    ("refus*", Stance::Reject, 2.5),
    ("deny", Stance::Reject, 2.5),
    ("denies", Stance::Reject, 2.5),
    ("denied", Stance::Reject, 2.5),
    ("object", Stance::Reject, 2.0),
    ("objects", Stance::Reject, 2.0),
    ("objected", Stance::Reject, 2.0),
    ("objection*", Stance::Reject, 2.0),
    ("oppose", Stance::Reject, 2.0),
    ("opposes", Stance::Reject, 2.0),
    ("opposed", Stance::Reject, 2.0),
    ("unacceptable", Stance::Reject, 2.0),
    ("not accept", Stance::Reject, 2.5),
    ("never accept", Stance::Reject, 2.5),
    ("cannot accept", Stance::Reject, 2.5),
    ("not compromise", Stance::Reject, 2.5),
    ("not be trusted", Stance::Reject, 2.0),
    ("be trusted", Stance::Reject, 1.0),
    ("outrage*", Stance::Reject, 2.0),
    ("condemn*", Stance::Reject, 2.5),
    ("no advantage", Stance::Reject, 2.0),
    ("not a threat", Stance::Reject, 2.0),
    ("negative", Stance::Reject, 1.5),
    ("scenarios", Stance::Warn, 1.0),
    ("substantive", Stance::Propose, 1.0),
    ("does not recognize", Stance::Reject, 2.0),
    ("do not recognize", Stance::Reject, 2.0),
    ("not recognize", Stance::Reject, 1.0),
    ("never been", Stance::Reject, 1.0),
    ("support", Stance::Support, 2.0),
    ("supports", Stance::Support, 2.0),
    ("supported", Stance::Support, 2.0),
    ("agree", Stance::Support, 1.0),
    ("agreed", Stance::Support, 1.5),
    ("agrees", Stance::Support, 1.5),
    ("accept", Stance::Support, 1.0),
    ("accepts", Stance::Support, 1.5),
    ("accepted", Stance::Support, 1.5),
    ("welcom*", Stance::Support, 2.0),
    ("satisfied", Stance::Support, 2.0),
    ("endorse*", Stance::Support, 2.0),
    ("approv*", Stance::Support, 1.5),
    ("breakthrough", Stance::Support, 1.0),
    ("open door", Stance::Support, 1.0),
    ("warn*", Stance::Warn, 2.5),
    ("threat", Stance::Warn, 1.0),
    ("threats", Stance::Warn, 1.0),
    ("threaten*", Stance::Warn, 2.0),
    ("danger*", Stance::Warn, 2.0),
    ("concern", Stance::Warn, 1.5),
    ("concerns", Stance::Warn, 1.5),
    ("concerned", Stance::Warn, 2.0),
    ("red line", Stance::Warn, 2.0),
    ("catastroph*", Stance::Warn, 2.0),
    ("fraught", Stance::Warn, 2.0),
    ("consequences", Stance::Warn, 1.5),
    ("escalat*", Stance::Warn, 1.0),
    ("risk", Stance::Warn, 1.0),
    ("alarm*", Stance::Warn, 2.0),
    ("unprecedented", Stance::Warn, 1.5),
    ("destabiliz*", Stance::Warn, 1.5),
    ("destabilis*", Stance::Warn, 1.5),
    ("retaliat*", Stance::Warn, 1.5),
    ("fear*", Stance::Warn, 1.0),
    ("invasion", Stance::Warn, 1.5),
    ("sanctions", Stance::Warn, 1.0),
    ("will leave", Stance::Warn, 1.0),
];

type LexiconEntry = (Vec<&'static str>, &'static str, Stance, f32);

/// The lexicon grouped for lookup: entries by their exact first word, and the
/// few whose first word is a prefix.
struct LexiconTable {
    exact: std::collections::HashMap<&'static str, Vec<LexiconEntry>>,
    prefixed: Vec<LexiconEntry>,
}

fn lexicon_table() -> &'static LexiconTable {
    static TABLE: std::sync::OnceLock<LexiconTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = LexiconTable {
            exact: std::collections::HashMap::new(),
            prefixed: Vec::new(),
        };
        for &(pattern, stance, weight) in LEXICON {
            let parts: Vec<&'static str> = pattern.split(' ').collect();
            if parts[0].ends_with('*') {
                table.prefixed.push((parts, pattern, stance, weight));
            } else {
                table
                    .exact
                    .entry(parts[0])
                    .or_default()
                    .push((parts, pattern, stance, weight));
            }
        }
        table
    })
}

/// Words that flip the stance of a word shortly after them.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n’t", "n't", "nor", "neither", "without",
];

/// Classifies a sentence. `cue_stance` is the stance the cue verb itself
/// carries (a "demanding" cue is a demand), `cue_negated` whether the cue was
/// negated ("does not object").
pub fn classify(sentence: &str, cue_stance: Option<Stance>, cue_negated: bool) -> Stance {
    let needed = if cue_stance.is_some() { 1.0 } else { 1.5 };
    classify_with_evidence(sentence, cue_stance, cue_negated, needed)
}

/// How strongly a sentence's own words signal any stance: the best score
/// of the lexicon, zero for plain narration.
pub fn evidence(sentence: &str) -> f32 {
    scores(sentence, None, false)
        .into_iter()
        .fold(0f32, f32::max)
}

/// Like [`classify`], with the score a stance needs to beat "assess". A
/// neutral verb of saying ("said that …") needs more: the words after it
/// often describe someone else's actions, not the speaker's stance.
pub fn classify_with_evidence(
    sentence: &str,
    cue_stance: Option<Stance>,
    cue_negated: bool,
    needed: f32,
) -> Stance {
    let scores = scores(sentence, cue_stance, cue_negated);
    let (best, score) =
        scores
            .iter()
            .enumerate()
            .fold((5, 0f32), |(best, top), (index, &score)| {
                if score > top {
                    (index, score)
                } else {
                    (best, top)
                }
            });
    if score < needed {
        Stance::Assess
    } else {
        Stance::ALL[best]
    }
}

/// The score of each stance, in the order of [`Stance::ALL`].
fn scores(sentence: &str, cue_stance: Option<Stance>, cue_negated: bool) -> [f32; 6] {
    let lower = sentence.to_lowercase().replace('\'', "’");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '-'))
        .filter(|word| !word.is_empty())
        .collect();
    let mut scores = [0f32; 6];
    let slot = |stance: Stance| Stance::ALL.iter().position(|s| *s == stance).unwrap_or(5);
    if let Some(stance) = cue_stance {
        let stance = if cue_negated { negate(stance) } else { stance };
        scores[slot(stance)] += 3.0;
    }
    let table = lexicon_table();
    for index in 0..words.len() {
        let exact = table
            .exact
            .get(words[index])
            .map(Vec::as_slice)
            .unwrap_or_default();
        let prefixed = table
            .prefixed
            .iter()
            .filter(|entry| words[index].starts_with(entry.0[0].trim_end_matches('*')));
        for (parts, pattern, stance, weight) in exact.iter().chain(prefixed) {
            if index + parts.len() > words.len() {
                continue;
            }
            let matches = parts.iter().enumerate().all(|(offset, part)| {
                let word = words[index + offset];
                match part.strip_suffix('*') {
                    Some(prefix) => word.starts_with(prefix),
                    None => word == *part,
                }
            });
            if !matches {
                continue;
            }
            // A negation up to three words before flips support and rejection,
            // unless the pattern is itself negative ("not accept").
            let pattern_is_negative = pattern
                .split(' ')
                .any(|part| NEGATIONS.contains(&part) || part.ends_with("n’t"));
            let negated = !pattern_is_negative
                && words[index.saturating_sub(3)..index]
                    .iter()
                    .any(|word| NEGATIONS.contains(word) || word.ends_with("n’t"));
            let stance = if negated { negate(*stance) } else { *stance };
            scores[slot(stance)] += weight;
        }
    }
    scores
}

/// The stance of a negated word: not supporting is rejecting, not objecting
/// is accepting, and a negated demand or offer is a refusal.
fn negate(stance: Stance) -> Stance {
    match stance {
        Stance::Support | Stance::Propose => Stance::Reject,
        // Not demanding something is letting it be; not objecting is accepting.
        Stance::Demand | Stance::Reject => Stance::Support,
        // Denying a threat ("we do not threaten anyone") is a rejection.
        Stance::Warn => Stance::Reject,
        Stance::Assess => Stance::Assess,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_each_stance_from_its_words() {
        assert_eq!(
            classify("The ministry insists the troops must leave.", None, false),
            Stance::Demand
        );
        assert_eq!(
            classify("She said they are ready to meet next week.", None, false),
            Stance::Propose
        );
        assert_eq!(
            classify("The council rejected the plan outright.", None, false),
            Stance::Reject
        );
        assert_eq!(
            classify("He said he supports the new agreement.", None, false),
            Stance::Support
        );
        assert_eq!(
            classify("They warned of catastrophic consequences.", None, false),
            Stance::Warn
        );
        assert_eq!(
            classify("He said the economy grew last year.", None, false),
            Stance::Assess
        );
    }

    #[test]
    fn negation_flips_support_and_rejection() {
        assert_eq!(
            classify("The government does not object to the talks.", None, false),
            Stance::Support
        );
        assert_eq!(
            classify("We will not accept this.", None, false),
            Stance::Reject
        );
        assert_eq!(
            classify("The mayor does not support the plan.", None, false),
            Stance::Reject
        );
    }

    #[test]
    fn the_cue_outweighs_incidental_words() {
        assert_eq!(
            classify(
                "They demanded talks on the risk of war.",
                Some(Stance::Demand),
                false
            ),
            Stance::Demand
        );
        assert_eq!(
            classify("It does not object.", Some(Stance::Reject), true),
            Stance::Support
        );
    }
}
