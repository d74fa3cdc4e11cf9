//! Documents and positions named by nouns: the content of a draft an actor
//! put forward, "X's demand for …", "… is unacceptable for X".

use super::*;

/// Nouns for a document whose content, given in the sentences after it, is
/// its author's position.
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "draft",
    "drafts",
    "proposal",
    "proposals",
    "document",
    "documents",
    "statement",
    "treaty",
    "demands",
    "agreements",
    "initiative",
];

/// How a sentence about a document's content opens.
pub(crate) const CONTENT_OPENINGS: &[&str] = &[
    "this proposal",
    "the proposal",
    "the draft",
    "according to the document",
    "according to the proposal",
    "according to the statement",
    "according to the treaty",
    "this would",
    "this draft",
    "the document",
    "the parties",
    "both parties",
];

/// Openings that continue a list of contents into the next paragraph.
pub(crate) const CONTINUATIONS: &[&str] = &[
    "in addition",
    "additionally",
    "furthermore",
    "moreover",
    "also",
    "finally",
    "the parties",
    "the second",
    "the third",
];

/// Whether a sentence reads as the content of a document: it opens like one
/// ("The first proposal …", "According to the draft …") or states terms with
/// "would", "need to" or "must".
pub(crate) fn describes_content(sentence: &str) -> bool {
    let lowered = sentence.to_lowercase();
    let opening = lowered.trim_start_matches(|c: char| !c.is_alphanumeric());
    let after_adverb = opening.split_once(", ").map_or(opening, |(head, rest)| {
        if head.split_whitespace().count() <= 2 {
            rest
        } else {
            opening
        }
    });
    if starts_with_any(opening, CONTENT_OPENINGS) || starts_with_any(after_adverb, CONTENT_OPENINGS)
    {
        return true;
    }
    if starts_with_any(
        opening,
        &[
            "if", "however", "but", "not", "true", "although", "while", "this is",
        ],
    ) {
        return false;
    }
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    words.iter().enumerate().any(|(index, word)| {
        *word == "would"
            || *word == "must"
            || (matches!(*word, "need" | "needs") && words.get(index + 1) == Some(&"to"))
            || (*word == "have" && words.get(index + 1) == Some(&"to"))
    })
}

/// Whether a cue introduces a document ("announced a draft", "proposes … a
/// series of agreements", "makes demands"): returns how, "announced" when the
/// sentence only reports that it was published.
pub(crate) fn introduces_document(lowered: &str, words: &[Word], cue: &Cue) -> Option<String> {
    let after: Vec<String> = words.iter().skip(cue.last + 1).take(8).map(lower).collect();
    let names_document = after
        .iter()
        .any(|word| DOCUMENT_NOUNS.contains(&word.as_str()));
    if !names_document {
        return None;
    }
    let verb = lower(&words[cue.first]);
    let introducing = [
        "propos", "offer", "announc", "issu", "publish", "present", "submit", "releas", "make",
        "made", "put", "hand", "advanc",
    ];
    if !introducing.iter().any(|prefix| verb.starts_with(prefix)) {
        return None;
    }
    let publishing = matches!(
        verb.as_str(),
        "announced" | "issued" | "published" | "presented" | "submitted" | "released"
    );
    if publishing && !lowered.contains(" that ") {
        Some("announced".into())
    } else {
        Some(verb)
    }
}

/// "Putin’s proposals …", "Russia’s demands …" near the start of a sentence:
/// the possessive actor owns a document described next.
pub(crate) fn possessive_document(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
) -> Option<(usize, String)> {
    let limit = words.get(6).map_or(usize::MAX, |word| word.start);
    mentions.iter().enumerate().find_map(|(index, mention)| {
        if !mention.possessive || mention.start > limit {
            return None;
        }
        let following: Vec<String> = words
            .iter()
            .filter(|word| word.start > mention.end)
            .take(4)
            .map(lower)
            .collect();
        let noun = following
            .iter()
            .find(|word| DOCUMENT_NOUNS.contains(&word.as_str()))?;
        let _ = text;
        Some((index, noun.clone()))
    })
}

/// "Among Russia’s demands …", "Putin’s demand for …": a possessive with a
/// noun of position opening the sentence makes its owner the speaker.
pub(crate) fn possessive_position(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
) -> Option<usize> {
    let limit = words.get(3).map_or(usize::MAX, |word| word.start);
    mentions
        .iter()
        .enumerate()
        .find_map(|(index, mention)| {
            if !mention.possessive || mention.start > limit {
                return None;
            }
            let following: Vec<String> = words
                .iter()
                .filter(|word| word.start > mention.end)
                .take(3)
                .map(lower)
                .collect();
            let rest = &text[mention.end..];
            // "X's remarks came as the talks opened" dates the remarks and
            // gives none of their content.
            let dated = |at: usize| {
                following
                    .get(at + 1)
                    .is_some_and(|next| matches!(next.as_str(), "came" | "come" | "comes"))
            };
            // "X's remarks were welcomed by Y": words of speech that others
            // took up hold the others' reaction, not the speaker's position.
            let taken_up = |at: usize| {
                matches!(
                    following[at].as_str(),
                    "remarks" | "speeches" | "statements"
                ) && following
                    .get(at + 1)
                    .is_some_and(|next| matches!(next.as_str(), "were" | "was" | "have" | "has"))
                    && rest.split_whitespace().take(8).any(|word| word == "by")
            };
            // "X's main opposition party", "X's support staff": the noun
            // modifies another and names no position.
            let modifier = |at: usize| {
                following.get(at + 1).is_some_and(|next| {
                    matches!(
                        next.as_str(),
                        "party"
                            | "parties"
                            | "leader"
                            | "leaders"
                            | "camp"
                            | "figure"
                            | "figures"
                            | "group"
                            | "groups"
                            | "lawmakers"
                            | "politicians"
                            | "candidate"
                            | "candidates"
                            | "bloc"
                            | "coalition"
                            | "movement"
                            | "members"
                            | "supporters"
                            | "staff"
                            | "package"
                            | "packages"
                            | "measures"
                            | "forces"
                            | "activists"
                            | "alliance"
                    )
                })
            };
            let names_position = following.iter().enumerate().any(|(at, word)| {
                cues::opening_position(word).is_some()
                    && !dated(at)
                    && !taken_up(at)
                    && !modifier(at)
            }) || {
                let owned = rest.trim_start_matches(['’', '\'', 's']).trim_start();
                owned.starts_with("red line") || states_its_content(owned)
            };
            names_position.then_some(index)
        })
        .or_else(|| {
            // "The response of the ministry is …": a noun of position with "of".
            let opening: Vec<String> = words.iter().take(3).map(lower).collect();
            let of_form = opening.len() == 3
                && opening[0] == "the"
                && cues::opening_position(&opening[1]).is_some()
                && opening[2] == "of";
            let after = words.get(2)?.end;
            of_form
                .then(|| {
                    mentions.iter().position(|m| {
                        m.start >= after && text[after..m.start].split_whitespace().count() <= 1
                    })
                })
                .flatten()
        })
}

/// Whether the words an owner's possessive leaves are a noun of a
/// position and a copula that gives its content: "position is that …",
/// "view remains clear: …".
pub(crate) fn states_its_content(owned: &str) -> bool {
    let is_copula = |word: &str| matches!(word, "is" | "was" | "remains" | "remained");
    let mut words: Vec<&str> = owned.split_whitespace().take(8).collect();
    // "X's message to the allies was clear: …": a short phrase of whom or
    // what the position concerns may stand before the copula.
    if let Some(copula_at) = words.iter().position(|word| is_copula(word)).filter(|&at| {
        (3..=5).contains(&at)
            && matches!(words[1], "to" | "for" | "on" | "toward" | "towards")
            && !words[1..at].iter().any(|word| word.ends_with(','))
    }) {
        words.drain(1..copula_at);
    }
    words.truncate(4);
    let [noun, copula, after @ ..] = &words[..] else {
        return false;
    };
    let copula = is_copula(copula);
    let content = after.first().is_some_and(|word| *word == "that")
        || after.iter().take(2).any(|word| word.ends_with(':'));
    cues::is_stated_position(&noun.to_lowercase()) && copula && content
}

/// Named owners of a position after `after` ("Prime Minister X's
/// decision", "the ministry's strong commitment"), each with the word index
/// of its noun of position, at most two words after the possessive.
pub(crate) fn owned_positions(
    words: &[Word],
    mentions: &[Mention],
    after: usize,
) -> Vec<(usize, usize)> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, mention)| {
            mention.possessive
                && mention.start > after
                && matches!(mention.target, Target::Actor(_))
        })
        .filter_map(|(index, mention)| {
            let first = words.iter().position(|word| word.start > mention.end)?;
            (first..words.len().min(first + 3))
                .find(|&at| owned_position_stance(&lower(&words[at])).is_some())
                .map(|noun| (index, noun))
        })
        .collect()
}

/// The stance a noun of position carries, for the first such noun in a
/// sentence: a demand is a demand, a pledge a proposal, a refusal a rejection.
pub(crate) fn position_noun_stance(lowered: &str) -> Option<Stance> {
    lowered
        .split(|c: char| !c.is_alphanumeric())
        .find_map(cues::opening_position)
        .flatten()
}

/// "… is unacceptable for Moscow": the mention after "unacceptable for/to".
pub(crate) fn unacceptable_for(text: &str, words: &[Word], mentions: &[Mention]) -> Option<usize> {
    let position = words.windows(2).find(|pair| {
        lower_eq(&pair[0], "unacceptable")
            && (lower_eq(&pair[1], "for") || lower_eq(&pair[1], "to"))
    })?;
    let after = position[1].end;
    mentions.iter().position(|mention| {
        mention.start >= after && text[after..mention.start].split_whitespace().count() <= 1
    })
}

/// Nouns of voiced opinion that "There is … in X" ascribes to X.
pub(crate) const VOICES: &[&str] = &[
    "talk",
    "doubts",
    "doubt",
    "concern",
    "concerns",
    "fears",
    "calls",
    "hopes",
    "voices",
    "demands",
    "confidence",
    "scepticism",
    "skepticism",
];

/// "There is talk in the union about …", "There are doubts in the capital": the
/// opinion belongs to the body or place named after "in".
pub(crate) fn voices_in(text: &str, words: &[Word], mentions: &[Mention]) -> Option<usize> {
    let opening: Vec<String> = words.iter().take(4).map(lower).collect();
    let [there, verb, noun, preposition] = opening.as_slice() else {
        return None;
    };
    let fits = there == "there"
        && matches!(verb.as_str(), "is" | "are" | "was" | "were")
        && VOICES.contains(&noun.as_str())
        && preposition == "in";
    if !fits {
        return None;
    }
    let after = words[3].end;
    mentions.iter().position(|mention| {
        mention.start >= after
            && !mention.possessive
            && matches!(text[after..mention.start].trim(), "" | "the")
    })
}
