//! Clause structure, read from the words alone: which mention is the
//! subject of a cue, and the frames that make a sentence someone else's
//! (conditionals, modals, hedges, embedded clauses, "according to").

use super::*;

/// Sentence openings by which the author marks what follows as a guess.
pub(crate) const HEDGES: &[&str] = &[
    "apparently",
    "perhaps",
    "probably",
    "thus",
    "presumably",
    "possibly",
    "seemingly",
    "likely",
    "it seems",
    "most likely",
    "in all likelihood",
    "it appears",
];

/// Words before a cue's subject that make the sentence a hypothesis.
pub(crate) const CONDITIONALS: &[&str] = &["if", "unless", "whether", "once", "should"];

/// Words that may stand between a subject and its cue verb.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "be",
    "does",
    "do",
    "did",
    "will",
    // Verbs of beginning and going on keep the subject of the cue after them
    // ("they started talking about", "Moscow kept insisting").
    "started",
    "starts",
    "began",
    "begins",
    "kept",
    "keeps",
    "also",
    "not",
    "n’t",
    // "X no longer backs …" denies the verb as "not" does.
    "no",
    "longer",
    "explicitly",
    "immediately",
    "already",
    "repeatedly",
    "publicly",
    "only",
    "clearly",
    "still",
    "now",
    "then",
    "particularly",
    "especially",
    "additionally",
    "even",
    "however",
    "again",
    "firmly",
    "further",
    "therefore",
    "thus",
    "reportedly",
    "officially",
    "openly",
    "directly",
    "strongly",
    "never",
    "always",
    "just",
    "recently",
    // "X has long opposed", "X later said", "X too warned".
    "long",
    "often",
    "later",
    "earlier",
    "first",
    "once",
    "too",
    "earlier",
    "later",
    "subsequently",
    "separately",
    "previously",
    "once",
    "quickly",
    "consistently",
    "really",
    "in",
    "turn",
    "itself",
    "himself",
    "herself",
    "both",
    "all",
    "too",
    "yet",
    "so",
    "far",
    "certainly",
];

/// Modal verbs: a cue after one of them is the author's speculation.
pub(crate) const MODALS: &[&str] = &[
    "can", "could", "may", "might", "should", "would", "must", "ought",
];

pub(crate) const NEGATIONS: &[&str] = &["not", "n’t", "never", "no"];

/// A word before a mention that puts it in object position.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "with",
    "to",
    "from",
    "for",
    "against",
    "by",
    "on",
    "of",
    "about",
    "into",
    "at",
    "in",
    "between",
    "than",
    "like",
    "unlike",
    "toward",
    "towards",
    "over",
    "under",
    "upon",
    "among",
    "within",
    "without",
    "through",
    "via",
    "onto",
    "around",
    "near",
    "across",
    "behind",
    "beyond",
    "outside",
    "inside",
    "alongside",
    "despite",
    "including",
    "if",
    "unless",
    "whether",
    "whom",
    "let",
];

/// Words that open a new clause: a subject before one of them is not the
/// subject of a cue after it.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whose", "because", "since", "while", "when", "if", "but", "and", "or",
    "although", "though", "as", "where", "whether", "so",
];

/// The word before `start`, lower case.
pub(crate) fn previous_word(text: &str, start: usize) -> Option<String> {
    let before = text[..start].trim_end();
    // A line break ends a block: a heading's last word ("… talks on
    // trade") is no word of the paragraph under it.
    if before.ends_with([',', ';', ':', '.', '—', '–', '(', '“', '"'])
        || text[before.len()..start].contains('\n')
    {
        return None;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '’')
        .collect();
    (!word.is_empty()).then(|| word.chars().rev().collect::<String>().to_lowercase())
}

pub(crate) fn preceded_by_preposition(text: &str, start: usize) -> bool {
    // Skip a determiner or title between the preposition and the name.
    let mut position = start;
    // "of worldwide victim group X": after a noun for a kind of body, the
    // words describing it are skipped too.
    let mut described_body = false;
    for _ in 0..4 {
        // "of the army's Northern Command": an owner between the
        // preposition and the name is skipped like a determiner.
        let before = text[..position].trim_end();
        if let Some(owner) = crate::text::strip_possessive(before) {
            let length: usize = owner
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .map(char::len_utf8)
                .sum();
            if length > 0 {
                position = owner.len() - length;
                continue;
            }
        }
        match previous_word(text, position) {
            Some(word) if PREPOSITIONS.contains(&word.as_str()) => return true,
            // "On Friday the council …": a day or a month closes a phrase
            // of time, and what follows it is no object of the preposition.
            Some(word)
                if {
                    let capitalised = names::capitalise(&word);
                    text[..position].trim_end().ends_with(capitalised.as_str())
                        && names::rules().is_time_name(&capitalised)
                } =>
            {
                return false
            }
            // "within the central ministry", "of the conservative X", "of the
            // ruling X", "of the army's Western Command": an adjective may
            // stand there too.
            Some(word)
                if matches!(
                    word.as_str(),
                    "the" | "a" | "an" | "mr" | "president" | "its" | "their" | "his" | "her"
                ) || {
                    let end = text[..position].trim_end().len();
                    text.get(end.saturating_sub(word.len())..end)
                        .is_some_and(|original| names::rules().is_name_opener(original))
                } || (names::is_modifier(&word)
                    && !CLAUSE_WORDS.contains(&word.as_str())
                    && ["al", "ive", "ist", "ing", "ern"]
                        .iter()
                        .any(|ending| word.ends_with(ending))) =>
            {
                position = text[..position].trim_end().len() - word.len();
            }
            Some(word)
                if names::rules().is_generic_body_noun(&word)
                    || described_body
                        && names::is_description_word(&word)
                        && names::is_modifier(&word)
                        && !CLAUSE_WORDS.contains(&word.as_str()) =>
            {
                described_body = true;
                position = text[..position].trim_end().len() - word.len();
            }
            _ => return false,
        }
    }
    false
}

/// Whether the name at `start` is where an unnamed source is placed: "sources
/// close to Prime Minister X", "a source in X's office", "people familiar
/// with the company's plans". Titles and a determiner may stand between.
fn near_unnamed_source(text: &str, start: usize) -> bool {
    let mut before = text[..start].trim_end();
    // "close to the minister, X": a name set off after a role stands for it.
    let apposed = before.ends_with(',');
    before = before.trim_end_matches(',');
    for _ in 0..4 {
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = &before[word_start..];
        let skippable = word == "the"
            || word.starts_with(char::is_uppercase)
            || apposed && names::rules().is_role(word);
        if !skippable || word_start == 0 {
            break;
        }
        before = before[..word_start].trim_end();
    }
    let lowered = lower_tail(before, 40);
    const PLACES: [&str; 9] = [
        " close to",
        " in",
        " within",
        " inside",
        " at",
        " near",
        " familiar with",
        " around",
        " from",
    ];
    const SOURCES: [&str; 8] = [
        "source", "sources", "person", "people", "someone", "somebody", "insider", "insiders",
    ];
    PLACES.iter().any(|place| {
        lowered.strip_suffix(place).is_some_and(|head| {
            let head_word = head.split_whitespace().next_back().unwrap_or(head);
            SOURCES.contains(&head_word)
        })
    })
}

/// Whether the words between a body's name and a cue are the body's voice
/// or own noun followed by what may part a subject from its verb ("leaders
/// on Monday", "allies have"), with whether the cue is negated.
fn voice_then_gap(gap: &str) -> Option<bool> {
    let words: Vec<&str> = gap.split_whitespace().collect();
    (1..words.len().min(3)).find_map(|length| {
        let voice = words[..length].join(" ");
        let rules = names::rules();
        if !(rules.is_voice(&voice) || rules.is_own_noun(&voice)) {
            return None;
        }
        gap_allows_subject(&format!(" {} ", words[length..].join(" ")))
    })
}

/// Whether the words between an owner's possessive and a cue are the
/// owner's voice ("X's spokesman said", "Israel's government has said",
/// "Libya's UN-backed government said"), with whether the cue is negated:
/// a body speaks through its voice, unless a word for those against the
/// owner ("Syria's main opposition group") makes the voice theirs.
fn possessive_voice(after_owner: &str) -> Option<bool> {
    let mut gap = after_owner.trim_start_matches(['’', '\'', 's']).trim();
    // "Libya's UN-backed government", "Iran's new government": a modifier
    // or two may stand before the voice.
    for _ in 0..2 {
        // "Ukraine's air force said": a voice of two words is read whole
        // before its first word is taken for a modifier.
        if names::rules().is_voice(gap) {
            break;
        }
        let Some((first, rest)) = gap.split_once(' ') else {
            break;
        };
        if names::rules().is_against_owner(&first.to_lowercase()) {
            return None;
        }
        // "the agency's DMCA notice": an acronym may qualify the voice too.
        let modifier = (first.contains('-')
            || first.chars().all(char::is_lowercase)
            || first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()))
            && names::is_modifier(&first.to_lowercase())
            && !names::rules().is_voice(first);
        if !modifier {
            break;
        }
        gap = rest.trim_start();
    }
    if names::rules().is_voice(gap) {
        return Some(false);
    }
    // "Israel's government has said", "X's office has also warned": the
    // voice, then an auxiliary or adverb.
    let words: Vec<&str> = gap.split_whitespace().collect();
    for length in (1..words.len()).rev() {
        let voice = words[..length].join(" ");
        // "X's government, which …, said": the comma opens an apposition
        // after the voice.
        if names::rules().is_voice(voice.trim_end_matches(',')) {
            let comma = if voice.ends_with(',') { "," } else { "" };
            let rest = format!(" {comma}{} ", words[length..].join(" "));
            return gap_allows_subject(&rest);
        }
    }
    None
}

/// The mention that is the subject of `cue`, with whether the cue is negated.
/// "The deal is a step forward, said X", "…," says Foreign Minister X, a
/// veteran of the talks: news inverts a verb of saying after what was
/// said, and the name right after it, with its titles, is the subject. The
/// verb follows a comma, and the name ends the clause: "said X on Monday"
/// still does, "said X would …" names the subject of what was said.
pub(crate) fn inverted_subject(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    if cue.kind != CueKind::Speech || cue.first != cue.last {
        return None;
    }
    let before = text[..words[cue.first].start].trim_end();
    let before = before.trim_end_matches(['"', '”', '’', '\'']);
    if !before.ends_with(',') {
        return None;
    }
    let after_cue = words[cue.last].end;
    let index = mentions
        .iter()
        .position(|mention| mention.start >= after_cue)?;
    let mention = &mentions[index];
    if mention.possessive || !matches!(mention.target, Target::Actor(_)) {
        return None;
    }
    let rules = names::rules();
    // "said Fisheries Minister X": capitalised words before the name are
    // its titles.
    let titles_only = text[after_cue..mention.start]
        .split_whitespace()
        .all(|word| {
            word.starts_with(char::is_uppercase)
                || rules.is_title(word)
                || rules.is_determiner(word)
                || rules.is_role(word)
        });
    // "argued the government's lawyer, X": a role of somebody's, set off by
    // a comma, is described by the name after it.
    let described = text[after_cue..mention.start]
        .trim()
        .strip_suffix(',')
        .is_some_and(|role| {
            let role_words: Vec<&str> = role.split_whitespace().collect();
            (2..=4).contains(&role_words.len())
                && role_words.iter().all(|word| {
                    rules.is_determiner(word)
                        || rules.is_role(word)
                        || word.ends_with("'s")
                        || word.ends_with("’s")
                })
                && rules.is_role(role_words[role_words.len() - 1])
        });
    let sentence_end = words.last().map_or(text.len(), |word| word.end);
    let rest = text[mention.end..sentence_end.max(mention.end)].trim_start_matches(['"', '”']);
    let clause_ends = rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', '!', '?', '('])
        || [
            " on ", " in ", " at ", " to ", " during ", " after ", " before ", " when ", " last ",
            " this ",
        ]
        .iter()
        .any(|preposition| rest.starts_with(preposition));
    ((titles_only || described) && clause_ends).then_some(index)
}

pub(crate) fn subject_of(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<(usize, bool)> {
    let cue_start = words[cue.first].start;
    if let Some(index) = quoted_as_saying(text, words, mentions, cue) {
        return Some((index, false));
    }
    // "… rejected Russia's demand": a cue right after an owner's possessive
    // is a noun the owner holds (see `documents::owned_positions`), never a
    // verb with a subject of its own.
    let owned = mentions.iter().any(|mention| {
        mention.possessive
            && mention.end <= cue_start
            && matches!(
                text[mention.end..cue_start].trim_end(),
                "’s" | "'s" | "’" | "'"
            )
    });
    if owned {
        return None;
    }
    let needs_copula = COPULA_CUES.contains(&lower(&words[cue.first]).as_str());
    for (index, mention) in mentions.iter().enumerate().rev() {
        if mention.end > cue_start {
            continue;
        }
        // "X of the National Crime Agency (NCA) said": an acronym glossed in
        // brackets is no subject of its own.
        if text[..mention.start].ends_with('(') && text[mention.end..].starts_with(')') {
            continue;
        }
        // "Sources close to Prime Minister X said", "a source in X's
        // office said": the one an unnamed source stands near is no
        // subject, whatever titles or voice stand around the name.
        if near_unnamed_source(text, mention.start) {
            continue;
        }
        // "the delegate of Norway, also speaking for Denmark and Iceland,
        // urged …": those spoken for in an aside set off by commas leave
        // the speaker before it the subject.
        if spoken_for_in_aside(text, mentions, index, cue_start) {
            continue;
        }
        // "the Parliament of New South Wales (NSW), Australia voted": a
        // state set off by a comma after a name places the body named
        // before it, which is the subject.
        if locative_apposition(text, mentions, index) {
            continue;
        }
        // "X’s spokesman said", "a U.S. statement added": the body's voice
        // speaks for it.
        if !mention.possessive && !matches!(mention.target, Target::Person(_)) {
            let gap = text[mention.end..cue_start].trim();
            if !gap.is_empty() && (names::rules().is_voice(gap) || names::rules().is_own_noun(gap))
            {
                return Some((index, false));
            }
            // "EU leaders on Monday rejected …", "NATO allies have since
            // agreed …": the voice, then a time or an auxiliary, as after a
            // possessive.
            if let Some(negated) = voice_then_gap(gap) {
                return Some((index, negated));
            }
        }
        if mention.possessive {
            if let Some(negated) = possessive_voice(&text[mention.end..cue_start]) {
                return Some((index, negated));
            }
        }
        // "…, hosted by X, whose spokesman said": the relative's owner is
        // the name before it, and speaks through its voice as "X's
        // spokesman" would.
        if let Some(rest) = text[mention.end..cue_start].strip_prefix(", whose ") {
            if let Some(negated) = possessive_voice(&format!("’s {rest}")) {
                return Some((index, negated));
            }
        }
        // "A spokesman for the ministry said", "authorities in Minsk said":
        // the body or state speaks. The phrases are data in `names.toml`.
        if after_voice_phrase(text, mention.start) && !matches!(mention.target, Target::Person(_)) {
            let gap = &text[mention.end..cue_start];
            // "The Council President, speaking in her capacity as the
            // representative of Malta, said": the state a presiding
            // speaker represents, named in the aside that closes before the
            // verb, speaks.
            if gap.trim() == "," && represented_in_aside(text, mention.start) {
                return Some((index, false));
            }
            if let Some(negated) = gap_allows_subject(gap) {
                return Some((index, negated));
            }
        }
        // "Neighbouring states including X and Y have cited …": the
        // members listed are the subject.
        // "Several states, including X and Y, called …": the last of a list
        // that an example word opens closes it before the verb.
        let opens_list = {
            let mut first = index;
            while first > 0
                && coordinating_gap(text[mentions[first - 1].end..mentions[first].start].trim())
            {
                first -= 1;
            }
            // "The league, led by X, rejected …": a group the text names
            // speaks for itself; only an unnamed one ("supporters of the
            // plan, led by X") speaks through its leader.
            let led_named = first > 0
                && text[mentions[first - 1].end..mentions[first].start].starts_with(", led by");
            // "Germany, like France, said": a name set off after another
            // compares the two; the first is the subject.
            let compared = first > 0
                && matches!(
                    text[mentions[first - 1].end..mentions[first].start].trim(),
                    ", like" | ", unlike"
                );
            listed_as_example(text, mentions[first].start) && !led_named && !compared
        };
        if opens_list && !mention.possessive {
            // The list may close with a comma: "states, such as X and Y,
            // have …".
            let gap = text[mention.end..cue_start].trim_start();
            let gap = gap.strip_prefix(',').unwrap_or(gap);
            if let Some(negated) = gap_allows_subject(&format!(" {}", gap.trim_start())) {
                return Some((index, negated));
            }
        }
        // "A report from the Mexican government said", "a memo by the
        // committee says": what a body put out speaks for it.
        if !mention.possessive && document_from(text, words, mention.start) {
            // "The statement, issued by X, said": the comma closes the
            // participle set off after the document.
            let gap = &text[mention.end..cue_start];
            let sentence_start = words.first().map_or(0, |word| word.start);
            let set_off = text[sentence_start..mention.start].contains(", ");
            let gap = match gap.strip_prefix(',') {
                Some(rest) if set_off => rest,
                _ => gap,
            };
            if let Some(negated) = gap_allows_subject(gap) {
                return Some((index, negated));
            }
        }
        // "the home of X, who told reporters …": the "who" of a relative
        // clause is the name right before it, whatever governs that name.
        if !mention.possessive {
            // "…, which had been agreed": a passive has its actor elsewhere.
            let passive = |rest: &str| {
                rest.split_whitespace().any(|word| {
                    matches!(
                        word,
                        "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    )
                })
            };
            // So is the "which" of a state or a body: "a reply from X,
            // which called it provocative".
            // A name's "who" may lack its comma ("drafted by X who said
            // …"): a name needs no restrictive clause to pick it out. After
            // any preposition but the agent's "by", the name is an object
            // ("supporters of X who said …" are not X).
            let bare_name = matches!(mention.target, Target::Actor(_))
                && (previous_word(text, mention.start).as_deref() == Some("by")
                    || !preceded_by_preposition(text, mention.start));
            // "X, the opposition leader, who called it …": a short
            // description set off after the name comes before its "who".
            let after_description = text[mention.end..cue_start]
                .strip_prefix(", ")
                .and_then(|rest| rest.split_once(", who "))
                .filter(|(description, _)| {
                    let words: Vec<&str> = description.split_whitespace().collect();
                    (2..=6).contains(&words.len())
                        && names::rules().is_determiner(words[0])
                        && words[1..]
                            .iter()
                            .all(|word| names::is_description_word(word))
                })
                .map(|(_, rest)| rest);
            if let Some(rest) = [", who ", ", which ", " who "]
                .iter()
                .filter(|pronoun| bare_name || pronoun.starts_with(','))
                .find_map(|pronoun| text[mention.end..cue_start].strip_prefix(pronoun))
                .or(after_description)
                .filter(|rest| !passive(rest))
            {
                if let Some(negated) = gap_allows_subject(&format!(" {rest}")) {
                    return Some((index, negated));
                }
            }
        }
        if mention.possessive
            || preceded_by_preposition(text, mention.start)
            || in_conditional(
                text,
                words.first().map_or(0, |word| word.start),
                mention.start,
            )
        {
            continue;
        }
        // An attributed stance inside a "that" or "what" clause is someone
        // else's claim about the actor, or the author's.
        if cue.kind == CueKind::Stance
            && embedded(
                text,
                words.first().map_or(0, |word| word.start),
                mention.start,
            )
            && !pseudo_cleft(text, words, mention.start, cue.last)
        {
            return None;
        }
        let gap = &text[mention.end..cue_start];
        // "X is banned", "X was urged to": a passive verb has its actor
        // elsewhere; adjectives of stance ("is opposed", "is prepared") are
        // no passives.
        let cue_word = lower(&words[cue.first]);
        let passive = cue_word.ends_with("ed")
            && !needs_copula
            && !matches!(
                cue_word.as_str(),
                "opposed"
                    | "quoted"
                    | "cited"
                    | "committed"
                    | "determined"
                    | "concerned"
                    | "interested"
                    | "convinced"
                    | "prepared"
            )
            // "was also praised", "were not consulted": adverbs and a
            // negation stand between the auxiliary and the participle.
            && gap
                .split_whitespace()
                .rfind(|word| {
                    !word.ends_with("ly")
                        && !matches!(
                            word.to_lowercase().as_str(),
                            "also" | "not" | "never" | "still" | "often" | "even" | "already"
                                | "once" | "widely" | "further" | "again"
                        )
                })
                .is_some_and(|word| {
                    matches!(
                        word.to_lowercase().as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    )
                });
        if passive {
            return None;
        }
        // "The bank's chief economist, Jane Roe, warned" and "Her party,
        // the Democratic Front, said": the name set off by commas is the
        // subject.
        let before_mention = text[..mention.start].trim_end();
        let mut before_mention = before_mention
            .strip_suffix(" the")
            .unwrap_or(before_mention)
            .trim_end();
        // "Iran's president, Ayatollah X, said": titles open the name, and
        // so may a demonym before them ("…, Polish Foreign Minister X,").
        // News writes some titles in lower case ("…, state Sen. X,",
        // "…, former president X,").
        while let Some((rest, last)) = before_mention.rsplit_once(' ') {
            // A comma right before the name closes what stands before it:
            // "the envoy to Germany, X," has no titles to pass over.
            if last.ends_with(',') {
                break;
            }
            let last = last.trim_end_matches('.');
            let demonym =
                last.starts_with(char::is_uppercase) && !names::rules().states_in(last).is_empty();
            if !names::rules().is_title_in_any_case(last)
                && !names::rules().is_title(last)
                && !demonym
            {
                break;
            }
            before_mention = rest.trim_end();
        }
        if before_mention.ends_with(',') {
            if gap.trim() == "," {
                return Some((index, false));
            }
            // "The minister, Jane Roe, has told …".
            if let Some(rest) = gap.trim_start().strip_prefix(',') {
                if !rest.contains(',') {
                    if let Some(negated) = gap_allows_subject(rest) {
                        return Some((index, negated));
                    }
                }
            }
        }
        return match gap_allows_subject(gap) {
            Some(_) if needs_copula && !has_copula(gap) => None,
            Some(negated) => Some((index, negated)),
            // The nearest candidate that cannot be the subject shields the
            // ones before it, unless it sits inside an appositive.
            None if inside_appositive(text, mention.start, cue_start) => continue,
            // Nor does a name that only qualifies a noun after a
            // determiner ("X and its NATO allies rejected").
            None if qualifies_a_noun(text, mention.start, gap) => continue,
            None => None,
        };
    }
    None
}

/// Whether the name at `start` qualifies the noun in `gap` after it, with a
/// determiner before the name ("its NATO allies", "their EU partners"): a
/// part of a longer noun phrase, which is no subject of its own.
fn qualifies_a_noun(text: &str, start: usize, gap: &str) -> bool {
    let determiner = previous_word(text, start).is_some_and(|word| {
        matches!(
            word.as_str(),
            "its" | "their" | "his" | "her" | "our" | "the"
        )
    });
    let nouns: Vec<&str> = gap.split_whitespace().collect();
    determiner
        && (1..=2).contains(&nouns.len())
        && nouns
            .iter()
            .all(|word| word.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// "State media quoted him as saying …": the one quoted is the speaker, not
/// the outlet that quoted them.
pub(crate) fn quoted_as_saying(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    if cue.first < 2 || !lower_eq(&words[cue.first - 1], "as") {
        return None;
    }
    let as_start = words[cue.first - 1].start;
    // "quoted X, the mayor, as saying": a description set off after the
    // name stands between it and "as".
    let apposed = |gap: &str| {
        gap.strip_prefix(',')
            .and_then(|inner| inner.strip_suffix(','))
            .is_some_and(|inner| {
                let inner: Vec<&str> = inner.split_whitespace().collect();
                (1..=6).contains(&inner.len())
                    && !inner.iter().any(|word| word.contains(','))
                    && inner
                        .last()
                        .is_some_and(|word| names::rules().is_role(word))
            })
    };
    let index = mentions.iter().rposition(|mention| {
        text.get(mention.end..as_start)
            .map(str::trim)
            .is_some_and(|gap| matches!(gap, "" | ",") || apposed(gap))
    })?;
    // "quoted Iran's foreign minister, X, as saying": the name set off by
    // commas after the office; the words that govern it are the office's.
    let set_off = text[mentions[index].end..as_start].trim() == ",";
    let head = match set_off {
        true => text[..mentions[index].start].trim_end().strip_suffix(',')?,
        false => &text[..mentions[index].start],
    };
    // "Reuters reported X as saying …" names the one quoted the same way,
    // and so does "KCNA quoted leader X as saying …", with a role in lower
    // case (and up to two words of it) between the verb and the name.
    let head = before_titles(head);
    let last_words: Vec<&str> = head.split_whitespace().rev().take(4).collect();
    let verb_at = last_words.iter().position(|word| {
        matches!(
            *word,
            "quoted" | "quotes" | "cited" | "cites" | "reported" | "reports"
        )
    })?;
    // Set off after the office, the name may follow an owner's possessive
    // too ("quoted Iran's foreign minister, X, as saying").
    let titled = verb_at == 0 && !set_off
        || names::rules().is_role(last_words[0])
            && last_words[..verb_at].iter().all(|word| {
                names::is_description_word(word) || set_off && crate::text::is_possessive(word)
            });
    titled.then_some(index)
}

/// The text before a name without the titles that open it ("Secretary of
/// State", "Turkish President"), to read the words that govern the name.
fn before_titles(head: &str) -> &str {
    let head = head.trim_end();
    let mut start = head.len();
    let mut titled = false;
    let mut rest = head;
    while let Some((before, last)) = rest.rsplit_once(' ') {
        let capitalised = last.starts_with(char::is_uppercase);
        if !(capitalised || last == "of") {
            break;
        }
        titled |= names::rules().is_title(last)
            || capitalised && !names::rules().states_in(last).is_empty();
        rest = before.trim_end();
        start = rest.len();
    }
    if titled {
        &head[..start]
    } else {
        head
    }
}

/// Whether a mention is the subject of an absolute clause: "with" (or
/// "with the") before it and a participle cue right after it, an adverb at
/// most between ("with Ottawa also saying").
fn absolute_with_clause(text: &str, start: usize, end: usize, words: &[Word], cue: &Cue) -> bool {
    // "with Secretary of State X calling …": titles may open the name.
    let before = lower_tail(before_titles(&text[..start]), 12);
    let before = before.strip_suffix(" the").unwrap_or(&before);
    // "with X calling it a farce and Y calling it a sham": a second
    // subject after "and" goes on the clause "with" opened.
    let sentence_start = words.first().map_or(0, |word| word.start);
    let goes_on = (before == "and" || before.ends_with(" and"))
        && text[sentence_start..start].contains(", with ");
    let opens =
        before == "with" || before.ends_with(" with") || before.ends_with(",with") || goes_on;
    let cue_word = &words[cue.first];
    let mut gap: Vec<&str> = text[end..cue_word.start].split_whitespace().collect();
    // "with X of Louisiana calling …": the place or body after the name.
    if gap.first() == Some(&"of")
        && gap[1..]
            .iter()
            .all(|word| word.starts_with(char::is_uppercase))
    {
        gap.clear();
    }
    opens
        && lower(cue_word).ends_with("ing")
        && (gap.is_empty() || gap.len() == 1 && gap[0].ends_with("ly") || gap == ["also"])
}

/// The subject of an absolute clause whose name comes with a description:
/// "…, with Kremlin spokesman X calling …", "…, with the bloc's foreign
/// policy chief, X, saying …" or "…, with X, the bloc's chief, saying …".
/// The clause must follow a comma (or open the sentence), which tells it from
/// "with" after a verb ("X met with the envoy, Y, saying …" is X's), and the
/// words between "with" and the participle must be a name and at most one
/// description set off by commas: no conjunction, relative word or second
/// clause.
fn described_subject_of_absolute_clause(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    let sentence_start = words.first()?.start;
    let cue_start = words[cue.first].start;
    if !lower(&words[cue.first]).ends_with("ing") {
        return None;
    }
    let head = &text[sentence_start..cue_start];
    let lowered = head.to_lowercase();
    let phrase_start = if lowered.starts_with("with ") {
        sentence_start + "with ".len()
    } else {
        sentence_start + lowered.rfind(", with ")? + ", with ".len()
    };
    let phrase = text[phrase_start..cue_start].trim_end();
    let phrase = phrase.strip_suffix(',').unwrap_or(phrase);
    let parts: Vec<&str> = phrase.split(',').map(str::trim).collect();
    let plain = |part: &str| {
        let count = part.split_whitespace().count();
        (1..=8).contains(&count)
            && part.split_whitespace().all(|word| {
                let word = word.to_lowercase();
                !CLAUSE_WORDS.contains(&word.as_str())
                    && !matches!(word.as_str(), "to" | "after" | "before")
            })
    };
    if parts.len() > 2 || !parts.iter().all(|part| plain(part)) {
        return None;
    }
    // The name is the mention that ends a part (a title may open it) and is
    // no owner of a description ("the bloc's chief").
    let phrase_end = phrase_start + phrase.len();
    mentions.iter().position(|mention| {
        !mention.possessive
            && mention.start >= phrase_start
            && mention.end <= phrase_end
            && {
                let after = text[mention.end..phrase_end].trim_start();
                after.is_empty() || after.starts_with(',')
            }
            && (parts.len() == 2 || mention.end == phrase_end)
            && matches!(mention.target, Target::Actor(_))
    })
}

/// The subject counted among those a participle describes: "X is among
/// those calling for …", "X was one of the states pressing for …" (with
/// "who" or "that" the clause is a verb's, which `subject_gap` reads).
fn counted_among_actors(text: &str, mentions: &[Mention], cue_start: usize) -> Option<usize> {
    // The group counted in may be a mention of its own ("the ministers").
    let last = mentions
        .iter()
        .rposition(|mention| mention.end <= cue_start)?;
    (last.saturating_sub(1)..=last)
        .rev()
        .find(|&index| counted_among_at(text, &mentions[index], cue_start))
}

fn counted_among_at(text: &str, mention: &Mention, cue_start: usize) -> bool {
    if mention.possessive || !matches!(mention.target, Target::Actor(_)) {
        return false;
    }
    let gap = &text[mention.end..cue_start];
    if gap.contains([',', ';', ':', '—', '–', '“', '”', '"']) {
        return false;
    }
    let words: Vec<String> = gap.split_whitespace().map(str::to_lowercase).collect();
    let Some(counted) = counted_among(&words).map(|at| &words[at..]) else {
        return false;
    };
    matches!(counted.first().map(String::as_str), Some("those" | "the"))
        && counted.len() <= 4
        && !counted.iter().any(|word| word == "who" || word == "that")
}

/// Where the group a subject is counted in begins, in the lower-case words
/// after the subject: after "is among" or "was one of", with the perfect's
/// auxiliary and an adverb before the copula ("has long been among").
fn counted_among(words: &[String]) -> Option<usize> {
    let copula_at = words
        .iter()
        .take(3)
        .position(|word| COPULAS.contains(&word.as_str()))?;
    let leading_ok = words[..copula_at].iter().all(|word| {
        AUXILIARIES.contains(&word.as_str())
            || word.ends_with("ly")
            || matches!(word.as_str(), "long" | "also" | "now")
    });
    if !leading_ok {
        return None;
    }
    match &words[copula_at + 1..] {
        [among, ..] if among == "among" => Some(copula_at + 2),
        [one, of, ..] if one == "one" && of == "of" => Some(copula_at + 3),
        _ => None,
    }
}

/// Whether a mention opens a relative clause after a preposition ("in
/// which", "under which", "by whom").
pub(crate) fn in_relative_clause(text: &str, start: usize) -> bool {
    // Only the last words matter: a preposition, "which" and "the".
    let before = lower_tail(text[..start].trim_end(), 48);
    let before = before.strip_suffix(" the").unwrap_or(&before);
    ["which", "whom"].iter().any(|relative| {
        before.strip_suffix(relative).is_some_and(|rest| {
            let preposition = rest.trim_end().rsplit(' ').next().unwrap_or("");
            PREPOSITIONS.contains(&preposition)
        })
    })
}

/// Whether a subordinating word ("that", "what", "how") opens the clause
/// before a mention.
pub(crate) fn embedded(text: &str, sentence_start: usize, start: usize) -> bool {
    let head = &text[sentence_start..start];
    let clause = head
        .rsplit([',', ';', '—', ':', '('])
        .next()
        .unwrap_or(head);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .enumerate()
        .any(|(index, word)| match word.as_str() {
            // "The outcome was that X agreed …": after a copula, "that" states
            // what happened; it does not report anyone's claim.
            "that" => !(index > 0 && COPULAS.contains(&words[index - 1].as_str())),
            "what" | "how" | "whether" => true,
            _ => false,
        })
}

/// Whether a "what" clause opening the sentence has the actor at
/// `mention_start` for its subject and a copula right after its verb:
/// "What X wants is a halt to …", "What X is seeking was …". The clause
/// is the actor's own aim, which the copula then states.
fn pseudo_cleft(text: &str, words: &[Word], mention_start: usize, cue_last: usize) -> bool {
    let opens_with_what = words.first().is_some_and(|first| {
        lower(first) == "what" && !text[first.end..mention_start].contains([',', ';', ':'])
    });
    let copula_after = words
        .get(cue_last + 1)
        .is_some_and(|next| matches!(lower(next).as_str(), "is" | "was"));
    // "What X wants is unclear": the author's doubt about the aim states
    // none.
    let stated = words.get(cue_last + 2).is_some_and(|next| {
        !matches!(
            lower(next).as_str(),
            "unclear" | "uncertain" | "unknown" | "not" | "hard" | "difficult" | "anyone’s"
        )
    });
    opens_with_what && copula_after && stated
}

/// Whether the words just before `cue_start` are "but" or "and" with only
/// auxiliaries after it ("… but is demanding"), so that the cue opens a second
/// predicate of the clause before.
pub(crate) fn second_predicate(text: &str, cue_start: usize) -> bool {
    let head = &text[..cue_start];
    let mut words = head
        .rsplit(|c: char| c.is_whitespace())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase());
    for _ in 0..4 {
        match words.next().as_deref() {
            Some("but" | "and") => return true,
            Some(word) if AUXILIARIES.contains(&word) && !word.ends_with(',') => {}
            _ => return false,
        }
    }
    false
}

/// Whether an opening before a name is titles alone, after a demonym or
/// not: "Senator", "Polish President", "South Korean Foreign Minister".
fn titled(opening: &str) -> bool {
    let rules = names::rules();
    let words: Vec<&str> = opening.split_whitespace().collect();
    let first_title = words
        .iter()
        .position(|word| rules.is_title(word))
        .unwrap_or(words.len());
    let before = &words[..first_title];
    words[first_title..].iter().all(|word| rules.is_title(word))
        && (before.is_empty() || rules.is_demonym(&before.join(" ")))
}

/// "X met in Y on Saturday and condemned …": a cue that opens a second
/// predicate after a verb of narration shares the subject that opens the
/// sentence. The subject is the first mention, after at most an opening
/// phrase set off by a comma, and no clause word or comma stands between
/// it and the "and".
pub(crate) fn opening_subject_of_second_predicate(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    let cue_start = words[cue.first].start;
    if !second_predicate(text, cue_start) {
        return None;
    }
    let sentence_start = words.first()?.start;
    let opens_sentence = |subject: &Mention| {
        let opening = text[sentence_start..subject.start].trim_end();
        let opening = opening
            .strip_suffix("the")
            .or_else(|| opening.strip_suffix("The"))
            .unwrap_or(opening)
            .trim_end();
        opening.is_empty()
            || (opening.ends_with(',') && opening.split_whitespace().count() <= 5)
            || introduces_name(opening)
            // "Senator X met …": titles before the name are part of it,
            // and so is a demonym before them ("Polish President X").
            || titled(opening)
    };
    // The subject is the sentence's first mention, or its second where the
    // first is in the description that introduces it ("The coalition
    // known as X").
    let (index, subject) = mentions
        .iter()
        .enumerate()
        .filter(|(_, mention)| mention.start >= sentence_start)
        .take(2)
        .find(|(_, mention)| {
            // "She spoke about … and promised …": a pronoun opening the
            // sentence is its subject as a name is.
            matches!(mention.target, Target::Actor(_) | Target::Person(_))
                && opens_sentence(mention)
        })?;
    // "X visited the base but said …": "but" joins predicates as "and"
    // does, after a comma too.
    let and_at = [" and ", " but "]
        .iter()
        .filter_map(|conjunction| text[..cue_start].rfind(conjunction))
        .max()?;
    let between = text.get(subject.end..and_at)?;
    let between = match text[and_at..].starts_with(" but ") {
        true => between.strip_suffix(',').unwrap_or(between),
        false => between,
    };
    // "X, a former adviser, spoke at the rally and urged …": a short
    // description set off right after the subject is part of it.
    let between = between
        .strip_prefix(", ")
        .and_then(|rest| rest.split_once(", "))
        .filter(|(description, _)| {
            let words: Vec<&str> = description.split_whitespace().collect();
            (2..=7).contains(&words.len()) && names::rules().is_determiner(words[0])
        })
        .map_or(between, |(_, rest)| rest);
    // "A former adviser, X, also spoke … and urged …": the comma after the
    // name closes the description before it.
    let described_before = text[sentence_start..subject.start]
        .trim_end()
        .ends_with(',');
    let between = match between.strip_prefix(", ") {
        Some(rest) if described_before => rest,
        _ => between,
    };
    let between = without_relative_asides(between);
    let between = between.as_str();
    // "She was drug tested and questioned for hours": a passive's "was"
    // carries over the "and", and the subject is the one acted on.
    let passive = between
        .split_whitespace()
        .next()
        .is_some_and(|word| word != "be" && PASSIVE_AUXILIARIES.contains(&word))
        && words[cue.first].text.ends_with("ed");
    if passive {
        return None;
    }
    let clause_free = !between.contains([',', ';', ':', '—', '–', '"', '“'])
        && !between
            .split_whitespace()
            .any(|word| CLAUSE_WORDS.contains(&word.to_lowercase().as_str()))
        && between.split_whitespace().count() <= 12;
    (clause_free && !subject.possessive).then_some(index)
}

/// The words with each relative clause set off by commas taken out (", who
/// was arrested in May,"): it describes the noun before it and opens no
/// clause of the sentence's own.
fn without_relative_asides(words: &str) -> String {
    let mut kept = String::with_capacity(words.len());
    let mut rest = words;
    while let Some(comma) = rest.find(", ") {
        let after = &rest[comma + 2..];
        let relative = after
            .split_whitespace()
            .next()
            .is_some_and(|word| matches!(word, "who" | "which" | "whose" | "whom"));
        let close = after.find(',');
        match (relative, close) {
            (true, Some(close)) => {
                kept.push_str(&rest[..comma]);
                rest = &after[close + 1..];
            }
            _ => {
                kept.push_str(&rest[..comma + 2]);
                rest = after;
            }
        }
    }
    kept.push_str(rest);
    kept
}

/// Whether the words before a name only introduce it: a short description
/// and "known as" or "called" ("The rebel alliance known as X met … and
/// rejected …"), so that the name is still the sentence's subject.
fn introduces_name(opening: &str) -> bool {
    let Some(description) = opening
        .strip_suffix("known as")
        .or_else(|| opening.strip_suffix("called"))
    else {
        return false;
    };
    let mut words = description.split_whitespace();
    let article = words.next();
    let rest: Vec<&str> = words.collect();
    // A demonym may stand among the description's words: "The Syrian
    // rebel coalition known as X".
    matches!(article, Some("The" | "A" | "An"))
        && (1..=4).contains(&rest.len())
        && rest
            .iter()
            .all(|word| names::is_description_word(word) || word.starts_with(char::is_uppercase))
}

pub(crate) fn has_copula(gap: &str) -> bool {
    gap.split(|c: char| !c.is_alphanumeric() && c != '’')
        .any(|word| COPULAS.contains(&word.to_lowercase().as_str()))
        || gap.contains("’s ")
}

/// Whether a conditional word ("if", "unless") opens the clause a mention
/// stands in.
pub(crate) fn in_conditional(text: &str, sentence_start: usize, start: usize) -> bool {
    let head = &text[sentence_start..start];
    head.rsplit([',', ';', '—', ':'])
        .next()
        .unwrap_or(head)
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| CONDITIONALS.contains(&word.to_lowercase().as_str()))
}

/// Whether a phrase of somebody's voice ("a spokesman for", "the
/// representative of", "authorities in") ends right before `start`: the
/// body or state after it speaks. The phrases are data in `names.toml`.
pub(crate) fn after_voice_phrase(text: &str, start: usize) -> bool {
    // The phrases are short, so the last 32 characters decide, however long
    // the article is before them.
    let before = lower_tail(text[..start].trim_end(), 32);
    let before = before.strip_suffix(" the").unwrap_or(&before);
    names::rules().ends_with_voice_phrase(before)
}

/// Whether the name at `start` is the state an aside says the speaker
/// represents: "…, speaking as the representative of Malta," or "…, the
/// representative of Malta,".
fn represented_in_aside(text: &str, start: usize) -> bool {
    let before = lower_tail(text[..start].trim_end(), 40);
    let before = before.strip_suffix(" the").unwrap_or(&before);
    [
        "as the representative of",
        "as representative of",
        ", the representative of",
    ]
    .iter()
    .any(|phrase| before.ends_with(phrase))
}

/// The agent of a cue in the passive voice: "the plan was criticised by X"
/// and "it has been welcomed by X" report X's position, and whatever stands
/// before the verb is what the position is about.
pub(crate) fn passive_agent(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    let mut before = cue.first.checked_sub(1)?;
    // One adverb may stand between: "was also welcomed", "were sharply
    // criticised".
    let adverb =
        |word: &str| word.ends_with("ly") || matches!(word, "also" | "widely" | "since" | "still");
    if adverb(&lower(&words[before])) {
        before = before.checked_sub(1)?;
    }
    let auxiliary = lower(&words[before]);
    // "was welcomed by X and criticised by Y": a second participle shares
    // the first one's auxiliary, and its own "by" names its agent.
    let coordinated = matches!(auxiliary.as_str(), "and" | "but" | "or")
        && lower(&words[cue.first]).ends_with("ed")
        && words
            .get(cue.last + 1)
            .is_some_and(|word| lower_eq(word, "by"));
    if !coordinated && !PASSIVE_AUXILIARIES.contains(&auxiliary.as_str()) {
        return None;
    }
    // "The bill must be approved by the Senate", "has to be ratified by X":
    // a step still required of the agent, or forecast, is no position it
    // took.
    let required = auxiliary == "be"
        && words[..before]
            .iter()
            .rev()
            .map(lower)
            .find(|word| !adverb(word))
            .is_some_and(|word| {
                matches!(
                    word.as_str(),
                    "must" | "would" | "will" | "could" | "should" | "can" | "may" | "might" | "to"
                )
            });
    if required {
        return None;
    }
    // What the position calls the thing may stand between the verb and
    // its agent: "hailed as fair by X", "rejected as unlawful by X".
    let mut by_at = cue.last + 1;
    // "was called illegal by X", "was branded a whitewash by Y": a verb
    // that names the thing takes its name before the agent, as "as" does.
    let names_the_thing = matches!(
        lower(&words[cue.first]).as_str(),
        "called" | "branded" | "labelled" | "labeled" | "termed" | "dubbed" | "deemed"
    );
    let named_before_agent = words
        .get(by_at)
        .is_some_and(|word| lower_eq(word, "as") || names_the_thing && !lower_eq(word, "by"));
    if named_before_agent {
        by_at = (by_at + 1..words.len().min(by_at + 5))
            .find(|&at| lower_eq(&words[at], "by"))
            .filter(|&at| !text[words[cue.last].end..words[at].start].contains([',', ';']))?;
    }
    let by = words.get(by_at)?;
    if lower(by) != "by" || text[words[by_at - 1].end..by.start].trim() != "" {
        return None;
    }
    // "… if it was backed by X" supposes a position, which nobody took.
    let sentence_start = words.first().map_or(0, |word| word.start);
    if in_conditional(text, sentence_start, words[cue.first].start) {
        return None;
    }
    // The agent's name may follow its titles: "by Archbishop X", "by the
    // bank's chief economist X".
    mentions.iter().position(|mention| {
        mention.start >= by.end && {
            let gap = &text[by.end..mention.start];
            // Only titles, roles and possessives: "by members of X" is
            // somebody unnamed, while "by officials in X" is X, as "X's
            // officials said" is.
            let gap = ["officials in ", "officials of ", "officials from "]
                .iter()
                .find_map(|officials| gap.trim_start().strip_prefix(officials))
                .unwrap_or(gap);
            !gap.contains([',', ';', '(', '"', '“', '—', '–'])
                && gap.split_whitespace().count() <= 4
                && gap.split_whitespace().all(|word| {
                    word.eq_ignore_ascii_case("the")
                        || word.starts_with(char::is_uppercase)
                        || word.ends_with("'s")
                        || word.ends_with("’s")
                        || names::rules().is_role(word)
                        || names::rules().is_title_in_any_case(word)
                })
        }
    })
}

/// The subject of a participle clause: ", stressing that …" takes the main
/// clause's subject before it; "While calling on …, X …" the one after it.
pub(crate) fn participle_subject(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<(usize, bool)> {
    let cue_start = words[cue.first].start;
    if let Some(index) = quoted_as_saying(text, words, mentions, cue) {
        return Some((index, false));
    }
    // "Talks resumed, with Iran insisting that …": an absolute clause after
    // "with" has its own subject, the mention right before the participle.
    if let Some(mut index) = mentions
        .iter()
        .rposition(|mention| mention.end <= cue_start)
    {
        // "with X of Louisiana calling …": the place after "of" tells where
        // the subject is from.
        if index > 0 && text[mentions[index - 1].end..mentions[index].start].trim() == "of" {
            index -= 1;
        }
        let mention = &mentions[index];
        if !mention.possessive && absolute_with_clause(text, mention.start, mention.end, words, cue)
        {
            return Some((index, false));
        }
    }
    if let Some(index) = described_subject_of_absolute_clause(text, words, mentions, cue) {
        return Some((index, false));
    }
    if let Some(index) = counted_among_actors(text, mentions, cue_start) {
        return Some((index, false));
    }
    let before = text[..cue_start].trim_end();
    // "The representative of X said …, stressing …": a state or body after
    // the phrase of its voice is the subject, though a preposition comes
    // before it.
    let valid = |mention: &Mention| {
        !mention.possessive
            && (!preceded_by_preposition(text, mention.start)
                || after_voice_phrase(text, mention.start))
            && !in_conditional(
                text,
                words.first().map_or(0, |word| word.start),
                mention.start,
            )
    };
    // "X fired two missiles, hours after offering talks": a participle
    // after a conjunction of time has the main clause's subject too.
    let after_time_word = cue.first > 0
        && matches!(
            lower(&words[cue.first - 1]).as_str(),
            "after" | "before" | "while" | "since" | "upon" | "when"
        );
    // "While calling on …, X …", "Hours after offering …, X …": a clause
    // that opens the sentence has its subject after it.
    let sentence_start = words.first().map_or(0, |word| word.start);
    let opening_clause = !mentions
        .iter()
        .any(|mention| mention.start >= sentence_start && mention.end <= cue_start);
    if before.ends_with(',') || (after_time_word && !opening_clause) {
        return mentions
            .iter()
            .position(|mention| {
                mention.start >= sentence_start && mention.end <= cue_start && valid(mention)
            })
            .map(|index| (index, false));
    }
    // "X issued a statement calling for …": the document says what its
    // issuer holds.
    let after_document = cue.first > 0
        && matches!(
            lower(&words[cue.first - 1]).as_str(),
            "statement" | "communiqué" | "declaration" | "letter" | "resolution" | "message"
        );
    if after_document {
        let sentence_start = words.first().map_or(0, |word| word.start);
        let mut subject = mentions.iter().position(|mention| {
            mention.start >= sentence_start && mention.end <= cue_start && valid(mention)
        })?;
        // "Egypt and Qatar issued …": the last of a coordinated subject,
        // from which the others are found.
        while let Some(next) = mentions.get(subject + 1) {
            let gap = text[mentions[subject].end..next.start.max(mentions[subject].end)].trim();
            if next.end <= cue_start && matches!(gap, "and" | "," | ", and") {
                subject += 1;
            } else {
                break;
            }
        }
        return Some((subject, false));
    }
    if cue.first <= 1 || (after_time_word && opening_clause) {
        let comma = text[cue_start..].find(',')? + cue_start;
        return mentions
            .iter()
            .position(|mention| mention.start > comma && valid(mention))
            .map(|index| (index, false));
    }
    None
}

/// Whether the mention at `index` is a state set off by a comma right after
/// another name ("X (NSW), Australia", "the mayor of Gdańsk, Poland"): a
/// place of the name before it, not a subject of its own.
/// Whether the mention at `index` stands in an aside of those spoken for
/// (", also speaking for X and Y,", ", on behalf of the Group,") that
/// follows another mention and closes with a comma before the cue.
fn spoken_for_in_aside(text: &str, mentions: &[Mention], index: usize, cue_start: usize) -> bool {
    let Some(first) = mentions.first().filter(|_| index > 0) else {
        return false;
    };
    let mention = &mentions[index];
    let before = &text[first.end..mention.start];
    let opened = [
        ", speaking for ",
        ", also speaking for ",
        ", speaking on behalf of ",
        ", also speaking on behalf of ",
        ", on behalf of ",
    ]
    .iter()
    .any(|marker| before.contains(marker));
    opened && text[mention.end..cue_start].contains(',')
}

fn locative_apposition(text: &str, mentions: &[Mention], index: usize) -> bool {
    let mention = &mentions[index];
    let Some(before) = index.checked_sub(1).map(|at| &mentions[at]) else {
        return false;
    };
    let between = text[before.end..mention.start].trim();
    let set_off = between == "," || between == ")," && text[..before.start].ends_with('(');
    set_off
        && !mention.possessive
        && !before.possessive
        && !preceded_by_preposition(text, before.start)
        && names::rules()
            .states_in(&text[mention.start..mention.end])
            .len()
            == 1
        && text[mention.start..mention.end].starts_with(char::is_uppercase)
}

/// The gap after a name with its place set off ("X (NSW), Australia voted"):
/// what is left once a bracketed acronym and a state between commas are
/// passed over.
fn past_locative(gap: &str) -> &str {
    let mut rest = gap.trim_start();
    if let Some(inner) = rest.strip_prefix('(') {
        if let Some(close) = inner.find(')').filter(|&close| close <= 12) {
            rest = inner[close + 1..].trim_start();
        }
    }
    let Some(after_comma) = rest.strip_prefix(',') else {
        return gap;
    };
    let place_end = after_comma.find(',').unwrap_or(after_comma.len());
    let place = after_comma[..place_end].trim();
    let single_state = !place.is_empty()
        && place.split_whitespace().count() <= 3
        && place.starts_with(char::is_uppercase)
        && names::rules().states_in(place).len() == 1;
    if !single_state {
        return gap;
    }
    let remainder = &after_comma[place_end..];
    remainder.strip_prefix(',').unwrap_or(remainder)
}

/// Whether the text between a subject and a cue keeps them in one clause;
/// returns whether it negates the cue.
pub(crate) fn gap_allows_subject(gap: &str) -> Option<bool> {
    // "X and the Baltic states, which border Y, have called": a relative
    // aside on the unnamed rest of the subject describes it.
    let unaside;
    let gap = if gap.trim_start().starts_with("and ") {
        unaside = without_relative_asides(gap);
        unaside.as_str()
    } else {
        gap
    };
    let mut gap = past_locative(gap).trim();
    // A bracket after the name, then maybe an appositive: "X (Norland),
    // the minister, said".
    let mut bracketed = false;
    if let Some(rest) = gap.strip_prefix('(') {
        let close = rest.rfind(')')?;
        gap = rest[close + 1..].trim();
        bracketed = true;
    }
    // An aside between dashes: "X — who has led the party since 2019 —
    // said", as between commas or brackets.
    if let Some(rest) = gap.strip_prefix(['—', '–']) {
        let close = rest.rfind(['—', '–'])?;
        let dash = rest[close..].chars().next().map_or(1, char::len_utf8);
        gap = rest[close + dash..].trim();
    }
    // An appositive between commas: "X, the minister, said". A comma
    // alone after a bracket closes the subject: "the Front (SDF), said".
    if let Some(rest) = gap.strip_prefix(',') {
        gap = match rest.rfind(',') {
            Some(last_comma) => rest[last_comma + 1..].trim(),
            None if bracketed => rest.trim(),
            None => return None,
        };
    }
    let words: Vec<String> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
                .to_lowercase()
                .replace('\'', "’")
        })
        .collect();
    // "Germany and other European states said", "X and others have
    // argued": the rest of the subject, left unnamed, does not part the
    // named one from its verb.
    let mut words = words;
    // "X speaking to a think tank called …": a phrase of the occasion
    // between subject and verb, with no punctuation, keeps them together.
    if words
        .first()
        .is_some_and(|word| names::rules().is_occasion_participle(word))
        && words.len() <= 9
        && !gap.contains([',', ';', ':', '—', '–', '“', '”', '"'])
    {
        return Some(false);
    }
    // "and about 50 other countries": a count may come before "other".
    let count_words = words
        .iter()
        .skip(1)
        .take_while(|word| {
            word.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    word.as_str(),
                    "about"
                        | "some"
                        | "several"
                        | "many"
                        | "more"
                        | "than"
                        | "dozens"
                        | "of"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "ten"
                        | "nearly"
                        | "almost"
                )
        })
        .count();
    if count_words > 0
        && words
            .get(1 + count_words)
            .is_some_and(|word| matches!(word.as_str(), "other" | "others"))
    {
        words.drain(1..1 + count_words);
    }
    // "X and human rights groups have accused": a plural group noun ends
    // the unnamed rest, with no "other" before it.
    let group_noun = (words.len() >= 2
        && words[0] == "and"
        && !gap.contains([';', ':', '—', '–', '“', '”', '"']))
    .then(|| {
        words[1..]
            .iter()
            .take(5)
            .position(|word| names::rules().is_co_subject_noun(word))
    })
    .flatten()
    .filter(|&noun| {
        words[1..1 + noun]
            .iter()
            .all(|word| !AUXILIARIES.contains(&word.as_str()) && !MODALS.contains(&word.as_str()))
    });
    if let Some(noun) = group_noun {
        words.drain(..2 + noun);
    } else if words.len() >= 2
        && words[0] == "and"
        && matches!(words[1].as_str(), "other" | "others")
    {
        let verb_part = |word: &String| {
            AUXILIARIES.contains(&word.as_str())
                || COPULAS.contains(&word.as_str())
                || MODALS.contains(&word.as_str())
                || NEGATIONS.contains(&word.as_str())
                || word.ends_with("ly")
        };
        let phrase = words[2..]
            .iter()
            .take_while(|word| !verb_part(word))
            .count();
        if phrase > 4 || gap.contains([';', ':', '—', '–', '“', '”']) {
            return None;
        }
        words.drain(..2 + phrase);
    }
    // "X last week rejected", "X earlier this month said": a phrase of
    // time between subject and verb keeps them together. In capitals it is
    // part of a name ("USA Today noted").
    if gap.starts_with(char::is_lowercase) {
        let time_words = time_phrase_length(&words);
        // "Y, who chairs X this year, warned": a comma after the time
        // phrase closes an aside that X stood inside, as a comma right
        // after X does.
        if time_words > 0 && time_words == words.len() && gap.ends_with(',') {
            return None;
        }
        words.drain(..time_words);
    }
    // "X is reported to have said …", "X was understood to have told …":
    // hearsay about the subject's words keeps the subject theirs.
    let hearsay = words.len() >= 3
        && (AUXILIARIES.contains(&words[0].as_str()) || COPULAS.contains(&words[0].as_str()))
        && matches!(
            words[1].as_str(),
            "reported" | "reportedly" | "said" | "understood" | "believed" | "known"
        )
        && words[2] == "to";
    if hearsay {
        words.drain(1..3);
    }
    // "X was among those who called for …", "X is one of the lawmakers who
    // voted …", "X is among the states that have asked …": one counted
    // among those who act is one who acts.
    let counted = counted_among(&words).filter(|&at| words.len() > at);
    if counted.is_some() {
        if let Some(who) = words
            .iter()
            .take(7)
            .position(|word| word == "who" || word == "that")
        {
            words.drain(..=who);
        }
    }
    if words.iter().any(|word| MODALS.contains(&word.as_str())) {
        return None;
    }
    let negated = words
        .iter()
        .any(|word| NEGATIONS.contains(&word.as_str()) || word.ends_with("n’t"));
    // Adverbs set off by commas ("does not, however, promise") stay inside.
    let all_auxiliary = words.iter().all(|word| {
        AUXILIARIES.contains(&word.as_str())
            || COPULAS.contains(&word.as_str())
            || word.ends_with("n’t")
            || word.ends_with("ly")
            || word.is_empty()
    });
    if words.len() <= 6 && all_auxiliary && !gap.contains([';', ':', '—', '–']) {
        return Some(negated);
    }
    // A prepositional phrase: "X at the meeting in Y said".
    let prepositional = words
        .first()
        .is_some_and(|word| PREPOSITIONS.contains(&word.as_str()))
        && words.len() <= 10
        && !gap.contains([',', ';', ':', '—', '–', '“', '”'])
        && !words
            .iter()
            .any(|word| CLAUSE_WORDS.contains(&word.as_str()))
        // "Peru of using banned nets": a gerund right after the preposition
        // opens a clause of its own, and the verb after it is in that
        // clause ("X at the meeting in Y said" has a noun there).
        && !words.get(1).is_some_and(|word| {
            word.len() > 4
                && word.ends_with("ing")
                && !matches!(word.as_str(), "morning" | "evening")
                && gap
                    .trim_start()
                    .strip_prefix(words[0].as_str())
                    .is_some_and(|rest| rest.trim_start().starts_with(word.as_str()))
        })
        // "X to understand why I say": a pronoun or a question word opens
        // a clause of its own, whose subject is nearer the verb.
        && !words.iter().any(|word| {
            matches!(
                word.as_str(),
                "i" | "we" | "you" | "he" | "she" | "they" | "why" | "how" | "what"
            )
        });
    prepositional.then_some(negated)
}

/// How many of the lower-case `words` form a phrase of time that opens
/// them: "yesterday", "last week", "earlier this month".
fn time_phrase_length(words: &[String]) -> usize {
    const UNITS: &[&str] = &[
        "week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter",
    ];
    let word = |at: usize| words.get(at).map(String::as_str);
    let unit = |at: usize| {
        word(at).is_some_and(|word| {
            UNITS.contains(&word) || names::rules().is_time_name(&names::capitalise(word))
        })
    };
    match (word(0), word(1)) {
        (Some("yesterday" | "today" | "tonight"), _) => 1,
        (Some("last" | "this" | "next"), _) if unit(1) => 2,
        (Some("earlier" | "later"), Some("this" | "last")) if unit(2) => 3,
        (Some("during" | "over"), Some("the")) if unit(2) => 3,
        _ => 0,
    }
}

/// Whether `start` lies inside a comma-bounded stretch that ends before
/// `cue_start`, or an aside between dashes ("X — who has led the party
/// since 2019 — said").
pub(crate) fn inside_appositive(text: &str, start: usize, cue_start: usize) -> bool {
    const DASHES: [char; 2] = ['—', '–'];
    let opened_by_dash = text[..start]
        .rfind(DASHES)
        .is_some_and(|dash| !text[dash..start].contains(['.', '!', '?', '\n']));
    text[..start].rfind(',').is_some() && text[start..cue_start].contains(',')
        || opened_by_dash && text[start..cue_start].contains(DASHES)
}

/// The lower case of the last `chars` characters of `text`. Every character
/// lower-cases on its own to at least one byte (the one exception, a capital
/// sigma, becomes one of two letters outside ASCII, of the same length,
/// depending on its neighbours), so for ASCII phrases of up to `chars` bytes
/// this ends with a phrase exactly when the lower case of all of `text` does,
/// without lower-casing everything before it.
pub(crate) fn lower_tail(text: &str, chars: usize) -> String {
    let start = text
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    text[start..].to_lowercase()
}

pub(crate) fn starts_with_any(text: &str, openings: &[&str]) -> bool {
    openings.iter().any(|opening| {
        text.strip_prefix(opening)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
    })
}

/// Mentions joined to `subject` by "and" or a comma list: "X and Y said".
pub(crate) fn coordinated_with(text: &str, mentions: &[Mention], subject: usize) -> Vec<usize> {
    let mut joined = Vec::new();
    let mut current = subject;
    // A bare comma joins a list only before its "and" ("X, Y and Z said");
    // with no "and" after it, it opens an apposition ("The minister, X,
    // said"), which names one speaker twice.
    let mut seen_and = false;
    while current > 0 {
        let previous = &mentions[current - 1];
        let gap = text[previous.end..mentions[current].start].trim();
        let gap = without_place_of(gap);
        let and = gap.starts_with(", and") || gap.starts_with(", nor");
        if gap.starts_with(',') && !and && !seen_and {
            break;
        }
        // "They discussed Russia, and X warned …": after the object of a
        // verb, ", and" opens a new clause with its own subject, not the
        // end of a list.
        if and && !seen_and {
            let before = text[..previous.start].trim_end();
            let last = before
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or_default();
            if last.starts_with(char::is_lowercase)
                && !matches!(last, "the" | "and" | "both" | "of" | "from" | "by" | "with")
            {
                break;
            }
        }
        seen_and |= !gap.starts_with(',') || and;
        // "…, he added" after a list of places is no list of speakers.
        let pronoun = !matches!(mentions[current].target, Target::Actor(_));
        if pronoun && gap != "and" {
            break;
        }
        // "A statement by X and Y said": the issuers of a document are
        // its voice, though a preposition stands before them.
        let issuers = || {
            let sentence_start = text[..previous.start]
                .rfind(['.', '!', '?', '\n'])
                .map_or(0, |stop| stop + 1);
            document_from_in(text, sentence_start, previous.start)
        };
        if coordinating_gap(gap)
            && !previous.possessive
            && (!preceded_by_preposition(text, previous.start)
                || listed_as_example(text, previous.start)
                // "The representatives of X and Y said": both voices.
                || after_voice_phrase(text, previous.start)
                || issuers())
        {
            joined.push(current - 1);
            current -= 1;
        } else {
            break;
        }
    }
    joined
}

/// The one agreed with after a verb of agreeing ("X agreed with Y that …",
/// "agrees with Y on …"): Y holds what is agreed too. Agreeing with a
/// thing ("agreed with the decision") names nobody, and neither does a
/// possessive ("agreed with Y's view", whose owner the view names).
pub(crate) fn agreed_with(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<usize> {
    if !lower(&words[cue.first]).starts_with("agree") {
        return None;
    }
    let with = words.get(cue.last + 1)?;
    if lower(with) != "with" {
        return None;
    }
    let partner = mentions.iter().position(|mention| {
        mention.start > with.end && text[with.end..mention.start].trim().is_empty()
    })?;
    let mention = &mentions[partner];
    let after = text[mention.end..].trim_start();
    let clause = ["that ", "on ", "about ", ", "]
        .iter()
        .any(|next| after.starts_with(next));
    (clause && !mention.possessive && matches!(mention.target, Target::Actor(_))).then_some(partner)
}

/// The actors listed after `agent`, an agent named after its verb ("was
/// welcomed by X, Y and Z"), up to the list's "and".
pub(crate) fn coordinated_after(text: &str, mentions: &[Mention], agent: usize) -> Vec<usize> {
    let mut joined = Vec::new();
    let mut current = agent;
    while let Some(next) = mentions.get(current + 1) {
        let gap = text[mentions[current].end..next.start].trim();
        // "Senators X of Utah, Y of Ohio, and Z of Iowa": the place after
        // "of" tells where one of them is from; the list goes on after it.
        if gap == "of" {
            current += 1;
            continue;
        }
        let gap = without_place_of(gap);
        if !coordinating_gap(gap) || next.possessive || !matches!(next.target, Target::Actor(_)) {
            break;
        }
        joined.push(current + 1);
        current += 1;
        if !gap.starts_with(',') || gap.starts_with(", and") {
            break;
        }
    }
    joined
}

/// The person set off after the subject by "along with", "together with",
/// "as well as" or "like" ("X, along with Senator Y of Oregon, said", "X,
/// like Y, believes"), who shares the
/// subject's verb, when the aside closes with a comma before the verb at
/// `cue_start`.
pub(crate) fn accompanied_by(
    text: &str,
    mentions: &[Mention],
    subject: usize,
    cue_start: usize,
) -> Option<usize> {
    let next = subject + 1;
    let partner = mentions.get(next)?;
    if partner.end > cue_start || mentions[subject].possessive || partner.possessive {
        return None;
    }
    let gap = text[mentions[subject].end..partner.start].trim_end();
    let introduced = [
        ", along with",
        ", together with",
        ", alongside",
        ", as well as",
        ", like",
    ]
    .iter()
    .find_map(|marker| gap.strip_prefix(marker))?;
    // Only titles may stand between the marker and the name.
    if !introduced
        .split_whitespace()
        .all(|word| word.starts_with(char::is_uppercase) || names::rules().is_role(word))
    {
        return None;
    }
    // The aside ends with a comma before the verb, after at most a place
    // ("of Oregon") or a bracket.
    let after = &text[partner.end..cue_start];
    let closes = after.trim_end().ends_with(',')
        && !after.contains(['.', ';', '"', '“'])
        && after.split_whitespace().count() <= 4;
    let person = !matches!(partner.target, Target::Anonymous | Target::Document);
    (closes && person).then_some(next)
}

/// Those an elliptical clause after the statement says hold it too: "Kenya
/// said it would send troops, as did Uganda and Rwanda", "X said the treaty
/// was outdated, a view shared by Y". Returns the mentions after the
/// marker, between the cue's end and the sentence's end.
pub(crate) fn shared_after(
    text: &str,
    mentions: &[Mention],
    cue_end: usize,
    sentence_end: usize,
) -> Vec<usize> {
    const MARKERS: [&str; 12] = [
        ", as did",
        ", as has",
        ", as have",
        ", as does",
        ", as do",
        "a view shared by",
        "a position shared by",
        "a concern shared by",
        "a view echoed by",
        "a sentiment echoed by",
        "a call echoed by",
        "a position echoed by",
    ];
    // Anybody the text names can share a position; nobody unnamed can.
    let named = |mention: &Mention| !matches!(mention.target, Target::Anonymous | Target::Document);
    let Some(first) = mentions.iter().position(|mention| {
        mention.start > cue_end
            && mention.end <= sentence_end
            && named(mention)
            && !mention.possessive
            && {
                let before = lower_tail(text[..mention.start].trim_end(), 24);
                MARKERS.iter().any(|marker| before.ends_with(marker))
            }
    }) else {
        return Vec::new();
    };
    let mut shared = vec![first];
    // "as did Uganda and Rwanda", "as did Uganda, Rwanda and Burundi".
    while let Some(next) = mentions.get(shared[shared.len() - 1] + 1) {
        let last = &mentions[shared[shared.len() - 1]];
        let gap = text[last.end..next.start].trim();
        if next.end > sentence_end || !matches!(gap, "and" | "," | ", and") || !named(next) {
            break;
        }
        shared.push(shared[shared.len() - 1] + 1);
    }
    shared
}

/// Whether the mention at `start` opens a list of examples ("states
/// including X and Y", "such as X", "nations like X and Y"), whose members
/// are what the list is of.
pub(crate) fn listed_as_example(text: &str, start: usize) -> bool {
    // "including French President X", "including the Port of Y": the
    // titles and the article before a name are part of the member listed.
    let mut start = start;
    for _ in 0..4 {
        let before = text[..start].trim_end();
        let word_start = before.rfind(' ').map_or(0, |at| at + 1);
        let word = &before[word_start..];
        // A title in lower case ("including opposition leader X") counts
        // as one in capitals does.
        let title = names::rules().is_title_in_any_case(word)
            || word.starts_with(char::is_uppercase) && !names::rules().states_in(word).is_empty();
        if !(title || word == "the") {
            break;
        }
        start = word_start;
    }
    let tail = lower_tail(text[..start].trim_end(), 12);
    matches!(
        previous_word(text, start).as_deref(),
        Some("including" | "like")
    ) || tail == "such as"
        || tail.ends_with(" such as")
        // "Several lawmakers, among them X, said".
        || tail.ends_with(", among them")
        // "Supporters of the plan, led by X, argue": the leader of an
        // unnamed group speaks for it.
        || tail.ends_with(", led by")
}

/// Mentions joined to the first person as the subject of a cue: "X and I
/// agreed", "my colleague X and I discussed". Whoever "I" is, the one named
/// beside it holds the position too.
pub(crate) fn first_person_partners(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cues: &[Cue],
) -> Vec<usize> {
    let mut partners = Vec::new();
    for pair in words.windows(2) {
        if lower(&pair[0]) != "and" || !matches!(pair[1].text, "I" | "I’ve" | "I'd" | "I’d") {
            continue;
        }
        let Some(cue) = cues
            .iter()
            .find(|cue| words[cue.first].start >= pair[1].end)
        else {
            continue;
        };
        let gap = &text[pair[1].end..words[cue.first].start];
        if gap_allows_subject(gap) != Some(false) {
            continue;
        }
        let Some(index) = mentions
            .iter()
            .rposition(|mention| mention.end <= pair[0].start)
        else {
            continue;
        };
        let mention = &mentions[index];
        let between = text[mention.end..pair[0].start].trim();
        if (between.is_empty() || between == ",")
            && !mention.possessive
            && matches!(mention.target, Target::Actor(_))
            && !preceded_by_preposition(text, mention.start)
        {
            partners.push(index);
            partners.extend(coordinated_with(text, mentions, index));
        }
    }
    partners
}

/// Whether the words between two mentions join them as one subject: "and",
/// a comma, or either followed by what introduces the second person ("and
/// her Danish counterpart", "and Prime Minister"): determiners, capitalised
/// words and role nouns, no verb.
/// A gap between two listed names without the place the first is from:
/// ", and" for "of Utah, and" in "X of Utah, and Y". A gap that does not
/// open with "of" and capitalised words is returned as it is.
fn without_place_of(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix("of ") else {
        return gap;
    };
    let mut rest = rest.trim_start();
    let mut skipped = 0;
    while skipped < 3 && rest.starts_with(char::is_uppercase) {
        let end = rest.find([' ', ',']).unwrap_or(rest.len());
        rest = rest[end..].trim_start_matches(' ');
        skipped += 1;
    }
    if skipped == 0 || !(rest.starts_with(',') || rest == "and" || rest.starts_with("and ")) {
        return gap;
    }
    rest
}

fn coordinating_gap(gap: &str) -> bool {
    let rest = gap
        .strip_prefix(", and")
        .or_else(|| gap.strip_prefix("and"))
        // "Neither X nor Y accepted …" joins the two as "and" would.
        .or_else(|| gap.strip_prefix("nor"))
        .or_else(|| gap.strip_prefix(", nor"))
        .or_else(|| gap.strip_prefix(','));
    let Some(rest) = rest else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    // "X and her Latvian counterpart, Y, said": the second name set off
    // after the role it holds.
    let rest = match rest.strip_suffix(',') {
        Some(role)
            if role
                .rsplit(' ')
                .next()
                .is_some_and(|w| names::rules().is_role(w)) =>
        {
            role
        }
        _ => rest,
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    rest.starts_with(' ')
        && words.len() <= 4
        && words.iter().all(|word| {
            // "X and fellow Senator Y": a word that ties the second to the
            // first describes, like a title.
            matches!(*word, "the" | "his" | "her" | "their" | "its" | "fellow")
                // "X and Oslo-based retailer Y": what news says of a body
                // or a person before its name describes, like a title.
                || names::rules().is_descriptor(word)
                || word.chars().next().is_some_and(char::is_uppercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '.')
                || names::rules().is_role(word)
        })
}

/// Whether the mention at `start` follows "a report from" or "the memo by"
/// that opens the sentence: a document the body put out, which is the
/// sentence's subject.
fn document_from(text: &str, words: &[Word], start: usize) -> bool {
    document_from_in(text, words.first().map_or(0, |word| word.start), start)
}

/// [`document_from`] for a sentence known by where it starts.
fn document_from_in(text: &str, sentence_start: usize, start: usize) -> bool {
    // Compared in place, without a lower-case copy: this runs for every
    // mention before a cue, and almost none follows a document.
    let mut opening = text[sentence_start..start].trim_end();
    // "a letter from President X": the person's titles stand between.
    while let Some((rest, title)) = opening.rsplit_once(' ') {
        if !names::rules().is_title(title) {
            break;
        }
        opening = rest;
    }
    let opening = opening
        .strip_suffix(" the")
        .or_else(|| opening.strip_suffix(" The"))
        .unwrap_or(opening);
    let Some(document) = [" from", " by"]
        .iter()
        .find_map(|preposition| opening.strip_suffix(preposition))
    else {
        return false;
    };
    // "The letter signed by X", "a statement issued by X": the participle
    // of putting a text out names its issuer as well as "from" does.
    let document = [
        " signed",
        " issued",
        " released",
        " sent",
        " published",
        " written",
    ]
    .iter()
    .find_map(|participle| document.strip_suffix(participle))
    .filter(|_| opening.ends_with(" by"))
    // "The statement, issued by X, said": the participle may be set off.
    .map(|document| document.strip_suffix(',').unwrap_or(document))
    .unwrap_or(document);
    // "a report", "a joint statement": one lower-case word may describe
    // the document. A phrase set off before it ("On Sunday, a report
    // from …") is not part of it.
    let document = document.rsplit(", ").next().unwrap_or(document);
    let parts: Vec<&str> = document.split_whitespace().collect();
    let (determiner, noun) = match parts.as_slice() {
        [determiner, noun] => (*determiner, *noun),
        [determiner, describing, noun] if names::is_modifier(describing) => (*determiner, *noun),
        _ => return false,
    };
    names::rules().is_determiner(determiner) && names::rules().is_source_document(noun)
}

/// Whether the words between "according to" and a person's name only give
/// the person's title, capitalised or set off by a closing comma: "Chilean
/// Foreign Minister", "the city's port director," before the name. Every
/// word is a lower-case description word or capitalised (a title, a
/// place), and the last is a role.
fn title_before_name(between: &str) -> bool {
    let between = between.trim();
    let title = between.strip_suffix(',').unwrap_or(between);
    if title.contains([',', ';', '(']) {
        return false;
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    let is_role = |word: &str| {
        let lowered = word.to_lowercase();
        names::rules().is_role(&lowered)
            || names::rules().is_role_part(&lowered)
            || names::rules().is_title(word)
    };
    (1..=6).contains(&words.len())
        && words.last().is_some_and(|last| is_role(last))
        && words.iter().all(|word| {
            names::is_description_word(word)
                || word.starts_with(char::is_uppercase)
                || word.ends_with("’s")
                || word.ends_with("'s")
        })
}

/// "According to X," "In the words of X," or "From X’s point of view," at
/// the start of a clause.
pub(crate) fn source_frame<'m>(
    attributor: &Attributor,
    text: &str,
    words: &[Word],
    mentions: &'m [Mention],
) -> Option<&'m Mention> {
    // Compared in place: most sentences have no such frame, and a lower-case
    // copy of every word would be wasted on them.
    let is = |index: usize, expected: &str| words.get(index).is_some_and(|w| lower_eq(w, expected));
    // "In his view, …", "In Marsh's opinion, …": the owner of the view.
    if is(0, "in") {
        let owner = mentions.iter().find(|m| {
            words.get(1).is_some_and(|w| w.start == m.start)
                && words
                    .iter()
                    .find(|w| {
                        w.start >= m.end && w.text.chars().all(char::is_alphabetic) && w.text != "s"
                    })
                    .is_some_and(|noun| {
                        mentions::is_viewpoint_noun(noun.text) && text[noun.end..].starts_with(',')
                    })
        });
        if owner.is_some() {
            return owner;
        }
    }
    for index in 0..words.len() {
        let according = is(index, "according") && is(index + 1, "to");
        let in_the_words_of =
            is(index, "words") && is(index + 1, "of") && index > 0 && is(index - 1, "the");
        // "Per X, …", "Per the decree signed by X, …": a sentence that opens
        // with "per" cites its source as "according to" does.
        let per = index == 0 && is(index, "per");
        if !according && !in_the_words_of && !per {
            continue;
        }
        let frame_end = if per { index } else { index + 1 };
        let after = words[frame_end].end;
        let mention = mentions.iter().find(|m| m.start >= after)?;
        let between = words
            .iter()
            .filter(|w| w.start >= after && w.end <= mention.start)
            .count();
        // "According to X’s critics" cites the critics, not X; "according
        // to X’s office" cites X through its voice.
        if mention.possessive {
            let after: Vec<String> = text[mention.end..]
                .trim_start_matches(['’', '\'', 's'])
                .split_whitespace()
                .take(2)
                .map(|word| word.trim_matches(|c: char| !c.is_alphabetic()).to_string())
                .collect();
            let voice =
                (1..=after.len()).any(|length| names::rules().is_voice(&after[..length].join(" ")));
            if !voice {
                return None;
            }
        }
        // "According to a statement released by X": the statement is X's.
        let through_statement = {
            let between_text = text[after..mention.start].to_lowercase();
            let between_text = between_text.trim_end();
            // Titles before a name ("by Prime Minister X") count as words.
            let between_text = between_text.strip_suffix(" the").unwrap_or(between_text);
            between <= 8
                && between_text
                    .split_whitespace()
                    .any(|word| names::rules().is_source_document(word))
                && ["by", "from", "of"].iter().any(|word| {
                    between_text.ends_with(&format!(" {word}"))
                        || between_text.rsplit_once(&format!(" {word} ")).is_some_and(
                            |(_, title)| {
                                title.split_whitespace().all(|w| {
                                    names::rules().is_role(w) || names::rules().is_role_part(w)
                                })
                            },
                        )
                })
        };
        let is_person = matches!(&mention.target,
            Target::Actor(actor) if attributor.kind_of(actor) == ActorKind::Person);
        let titled = is_person && title_before_name(&text[after..mention.start]);
        if titled
            || ((between <= 2 || through_statement) && !text[after..mention.start].contains(','))
        {
            return Some(mention);
        }
        // "According to a March 14 NATO press release": the body's own
        // document, with at most an article and a date before it.
        let owned_document = {
            // Only the first words matter: the longest noun is 13 letters.
            let rest = text[mention.end..]
                .trim_start()
                .chars()
                .take(24)
                .collect::<String>()
                .to_lowercase();
            [
                "statement",
                "press release",
                "news release",
                "release",
                "readout",
                "communiqué",
                "report",
                "announcement",
            ]
            .iter()
            .any(|noun| rest.starts_with(noun))
        };
        let only_date = text[after..mention.start]
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|word| !word.is_empty())
            .all(|word| {
                names::rules().is_determiner(word)
                    || word.chars().all(|c| c.is_ascii_digit())
                    || names::rules().is_month(word)
            });
        if owned_document && only_date && !mention.possessive {
            return Some(mention);
        }
    }
    // "From Russia’s point of view," "In Moscow’s view," "In X’s opinion,".
    let opening = words.first().map(lower)?;
    if matches!(opening.as_str(), "from" | "in") {
        let mention = mentions
            .first()
            .filter(|m| m.possessive && m.start <= words.get(2).map_or(0, |w| w.start))?;
        let rest = text[mention.end..]
            .trim_start_matches(['’', '\'', 's'])
            .trim_start();
        if ["point of view", "view", "opinion", "eyes"]
            .iter()
            .any(|noun| rest.starts_with(noun))
        {
            return Some(mention);
        }
    }
    None
}

/// Whether a new main clause starts between two offsets (after a semicolon,
/// a dash, or ", while/but/whereas").
pub(crate) fn new_main_clause(text: &str, from: usize, to: usize) -> bool {
    let between = &text[from..to];
    between.contains(';')
        || between.contains(" — ")
        || between.contains(", while ")
        || between.contains(", but ")
        || between.contains(", whereas ")
        || between.contains(", as ")
        // "X praised Y's work, and they agreed …": a plural pronoun after
        // "and" opens a clause of its own.
        || between.contains(", and they ")
}
