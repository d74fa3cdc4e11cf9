//! Mentions: every reference to an actor in a sentence (registry names and
//! aliases, pronouns, the names, roles and bodies `names` finds), and the
//! article's people table that ties surnames and roles to full names.

use super::*;

/// The plural of a singular noun of a pair ("side", "country", "party"),
/// for "each side" to find the pair nouns, which are plural.
fn plural_of(noun: &str) -> String {
    match noun.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{noun}s"),
    }
}

/// A reference to an actor in a sentence: a name, an alias, a pronoun or an
/// unregistered name. Offsets are absolute.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) target: Target,
    pub(crate) possessive: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Target {
    Actor(ActorRef),
    /// "he", "she": the last person of a compatible gender who spoke.
    Person(Gender),
    /// Somebody the text leaves unnamed ("a senior official"): a speaker
    /// nobody can be credited with, who also stops a later pronoun.
    Anonymous,
    /// "it" before a cue: the last state or body that held a position.
    Body,
    /// "the two sides", "both sides": the two actors last named together;
    /// "the two leaders" (`people`): the two people last named together.
    Pair {
        people: bool,
    },
    /// "the former", "the latter": one of the two actors last named
    /// together, the second if `second`.
    PairMember {
        second: bool,
    },
    /// "The government", "the company" with no such body named before: a
    /// body nobody can be credited with, past which "It" does not reach.
    UnnamedBody,
    /// "They" opening a sentence: the actors who last spoke together, or
    /// else the last state or body.
    Plural,
    /// "The ministers", "the leaders": the people last heard together, or
    /// where none were, the two people last named together, and nobody else.
    Group,
    /// "the statement", "the communiqué": the last state, body or person
    /// the text said issued one.
    Document,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    pub(crate) text: &'a str,
    pub(crate) lower_is: fn(&str) -> bool,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Whether a lower-case word names a document that states its issuer's
/// position, from `data/names.toml`.
pub(crate) fn is_document_noun(word: &str) -> bool {
    names::rules().is_document_noun(word)
}

pub(crate) fn is_lower_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

impl Attributor<'_> {
    /// The words of `text[span]` with absolute offsets, found once per span
    /// of the article being read.
    pub(crate) fn words_of<'t>(&self, text: &'t str, span: Span) -> Vec<Word<'t>> {
        self.word_spans(text, span)
            .iter()
            .map(|&(start, end)| Word {
                text: &text[start..end],
                lower_is: is_lower_word,
                start,
                end,
            })
            .collect()
    }

    /// The byte ranges of the words of `text[span]`, cached by span.
    fn word_spans(&self, text: &str, span: Span) -> WordSpans {
        let key = (span.start, span.end);
        if let Some(found) = self.words_found.borrow().get(&key) {
            return Rc::clone(found);
        }
        let base = span.start as usize;
        let found: WordSpans = Rc::new(
            crate::text::tokens(&text[span.range()])
                .into_iter()
                .map(|token| (base + token.start, base + token.end))
                .collect(),
        );
        self.words_found.borrow_mut().insert(key, Rc::clone(&found));
        found
    }
}

pub(crate) fn lower(word: &Word) -> String {
    // Most words are ASCII without an apostrophe: one copy, lower-cased in
    // place, is all they need.
    if word.text.is_ascii() {
        let lowered = word.text.to_ascii_lowercase();
        if lowered.contains('\'') {
            return lowered.replace('\'', "’");
        }
        return lowered;
    }
    word.text.to_lowercase().replace('\'', "’")
}

/// Whether `lower(word)` is `expected`, a lower-case word without
/// apostrophes, without building the lower-case copy: an ASCII word compares
/// letter by letter. (Outside ASCII, lower-casing can give ASCII, as the
/// Kelvin sign gives "k", so such words take the slow way.)
pub(crate) fn lower_eq(word: &Word, expected: &str) -> bool {
    if word.text.is_ascii() {
        word.text.eq_ignore_ascii_case(expected)
    } else {
        lower(word) == expected
    }
}

pub(crate) fn is_possessive(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("’s")
        || rest.starts_with("'s")
        || rest.starts_with("’ ")
        || rest.starts_with("s’")
        // "The Philippines' foreign ministry": a straight apostrophe after
        // a plural's "s"; elsewhere it more likely closes a quotation.
        || rest.starts_with("' ") && text[..end].ends_with('s')
}

pub(crate) fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// "In X, they …" at the start of a sentence: X, as the speaker for "they".
pub(crate) fn place_before_they(
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    they: usize,
) -> Option<Target> {
    let head = &text[sentence.start as usize..they];
    let place = mentions.iter().find(|m| m.end <= they && !m.possessive)?;
    let before = text[sentence.start as usize..place.start].trim();
    let between = text[place.end..they].trim();
    (before == "In" && between == "," && head.len() < 60).then(|| place.target.clone())
}

/// Whether a registered alias is a description ("the alliance") rather than
/// a name.
fn is_description(matched: &str) -> bool {
    matched.starts_with("the ") || matched.starts_with("The ")
}

/// Whether a headline capitalises (nearly) every word but the short ones.
pub(crate) fn headline_case(title: &str) -> bool {
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|word| word.chars().count() > 3)
        .collect();
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    !words.is_empty() && capitalised * 5 >= words.len() * 4
}

impl<'r> Attributor<'r> {
    /// Every mention of an actor in a sentence, leftmost-longest, with
    /// modifiers ("NATO Secretary-General …", "US President …") dropped in
    /// favour of the name they qualify.
    pub(crate) fn mentions(
        &self,
        text: &str,
        sentence: Span,
        words: &[Word],
        people: &People,
    ) -> Vec<Mention> {
        let sentence_text = &text[sentence.range()];
        let base = sentence.start as usize;
        let mut mentions: Vec<Mention> = Vec::new();
        for found in self.matcher.find_iter(sentence_text) {
            let (start, end) = (base + found.start(), base + found.end());
            if !at_word_boundary(text, start, end) {
                continue;
            }
            let actor = self.pattern_actor[found.pattern().as_usize()];
            let target = self
                .described_body(&text[start..end], actor, start, people)
                .unwrap_or(Target::Actor(ActorRef::Known(actor)));
            mentions.push(Mention {
                start,
                end,
                target,
                possessive: is_possessive(text, end),
            });
        }
        for (index, word) in words.iter().enumerate() {
            // "He'll say", "She’d argued", "They've said": a subject pronoun
            // with its verb contracted onto it.
            let pronoun = ["'ll", "’ll", "'d", "’d", "'s", "’s", "'ve", "’ve"]
                .iter()
                .find_map(|ending| word.text.strip_suffix(ending))
                .filter(|bare| matches!(*bare, "he" | "He" | "she" | "She" | "they" | "They"))
                .unwrap_or(word.text);
            let target = match pronoun {
                "he" | "He" => Target::Person(Gender::Male),
                "she" | "She" => Target::Person(Gender::Female),
                // "According to him, …": the only place an object pronoun
                // names a source.
                "him" | "her"
                    if lower_tail(&text[..word.start], 16).ends_with("according to ")
                        || quoted_before(text, word.start) =>
                {
                    if word.text == "him" {
                        Target::Person(Gender::Male)
                    } else {
                        Target::Person(Gender::Female)
                    }
                }
                // "In his view, …", "In her opinion, …": the owner of the
                // view opening a sentence is its source.
                "his" | "her"
                    if index == 1
                        && words[0].text == "In"
                        && words
                            .get(2)
                            .is_some_and(|next| is_viewpoint_noun(next.text)) =>
                {
                    if word.text == "his" {
                        Target::Person(Gender::Male)
                    } else {
                        Target::Person(Gender::Female)
                    }
                }
                // "The 52-year-old added …": a person described by age is
                // the one the text has just been about.
                "the" | "The" if age_description(&text[word.end..]).is_some() => {
                    let length = age_description(&text[word.end..]).unwrap_or(0);
                    let mut end = word.end + length;
                    // "The 38-year-old musician said": up to two nouns of
                    // the description go with it.
                    let age_end = end;
                    for next in words.iter().skip_while(|w| w.start < age_end).take(2) {
                        let lowered = next.text.to_lowercase();
                        let noun = next.text.chars().all(char::is_lowercase)
                            && !is_cue_word(next)
                            && !AUXILIARIES.contains(&lowered.as_str())
                            && !MODALS.contains(&lowered.as_str())
                            && !PREPOSITIONS.contains(&lowered.as_str())
                            && !CLAUSE_WORDS.contains(&lowered.as_str());
                        if !noun || text[end..next.start].trim() != "" {
                            break;
                        }
                        end = next.end;
                    }
                    // "Kenji Doe, 45, … the 45-year-old": the one of that
                    // age, where the text gave it; else the one it has
                    // just been about.
                    let target = text[word.end..age_end]
                        .trim_start()
                        .split('-')
                        .next()
                        .and_then(|digits| digits.parse::<u16>().ok())
                        .and_then(|age| people.by_age(age, word.start))
                        .map_or(Target::Person(Gender::Unknown), |index| {
                            Target::Actor(
                                self.actor_named(&people.people[index].name, ActorKind::Person),
                            )
                        });
                    push_new(
                        &mut mentions,
                        Mention {
                            start: word.start,
                            end,
                            target,
                            possessive: is_possessive(text, end),
                        },
                    );
                    continue;
                }
                "It" if index == 0
                    && words.get(1).is_some_and(|next| (next.lower_is)(next.text)) =>
                {
                    Target::Body
                }
                // "In Kiev, they …" speaks for the place named; a sentence
                // opening with "They" for the last state or body.
                "they" | "They" => match place_before_they(text, sentence, &mentions, word.start) {
                    Some(target) => target,
                    None if index == 0 => Target::Plural,
                    // "The President thanked the Prime Minister, and they
                    // agreed …": a "they" opening a second clause joins the
                    // two people last named together.
                    None if text[sentence.start as usize..word.start]
                        .trim_end()
                        .ends_with(", and") =>
                    {
                        Target::Pair { people: true }
                    }
                    None => continue,
                },
                _ => continue,
            };
            if mentions
                .iter()
                .any(|mention| mention.start <= word.start && word.end <= mention.end)
            {
                continue;
            }
            mentions.push(Mention {
                start: word.start,
                end: word.end,
                target,
                possessive: false,
            });
        }
        // "Its foreign ministry said", "his office said": a possessive
        // pronoun before a body's or a person's voice speaks for them.
        for (index, word) in words.iter().enumerate() {
            let target = match word.text {
                "Its" | "its" => Target::Body,
                "His" | "his" => Target::Person(Gender::Male),
                "Her" | "her" => Target::Person(Gender::Female),
                _ => continue,
            };
            let voice_end = (1..=2).rev().find_map(|length| {
                let last = words.get(index + length)?;
                let phrase = text[words[index + 1].start..last.end].to_lowercase();
                let body_voice = matches!(
                    phrase.as_str(),
                    "foreign ministry"
                        | "ministry"
                        | "government"
                        | "statement"
                        | "embassy"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "delegation"
                        | "envoy"
                );
                let person_voice = matches!(
                    phrase.as_str(),
                    "office"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "campaign"
                        | "press secretary"
                );
                let fits = if target == Target::Body {
                    body_voice
                } else {
                    person_voice
                };
                (fits && !is_possessive(text, last.end)).then_some(last.end)
            });
            let Some(end) = voice_end else { continue };
            push_new(
                &mut mentions,
                Mention {
                    start: word.start,
                    end,
                    target,
                    possessive: false,
                },
            );
        }
        // "Her message to the allies was clear: …": a possessive pronoun
        // opening a sentence whose position a copula states owns it.
        if let Some(first) = words.first() {
            let target = match first.text {
                "His" => Some(Target::Person(Gender::Male)),
                "Her" => Some(Target::Person(Gender::Female)),
                "Its" => Some(Target::Body),
                _ => None,
            };
            if let Some(target) =
                target.filter(|_| states_its_content(text[first.end..].trim_start()))
            {
                push_new(
                    &mut mentions,
                    Mention {
                        start: first.start,
                        end: first.end,
                        target,
                        possessive: true,
                    },
                );
            }
        }
        // "“…,” the statement said": a document speaks for its issuer.
        for pair in words.windows(2) {
            if !lower_eq(&pair[0], "the") || !is_document_noun(&lower(&pair[1])) {
                continue;
            }
            push_new(
                &mut mentions,
                Mention {
                    start: pair[0].start,
                    end: pair[1].end,
                    target: Target::Document,
                    possessive: is_possessive(text, pair[1].end),
                },
            );
        }
        // "The foreign ministers agreed": a plural role names the group.
        for (index, word) in words.iter().enumerate() {
            if !lower_eq(word, "the") {
                continue;
            }
            let mut head = None;
            for offset in 1..=3 {
                let Some(next) = words.get(index + offset) else {
                    break;
                };
                let next_lower = lower(next);
                let singular = next_lower.strip_suffix('s').unwrap_or("");
                let plural_role = !singular.is_empty() && names::rules().is_role(singular);
                // Readouts capitalise the title even in the plural: "the
                // Presidents committed to …".
                let title_case = next.text.chars().skip(1).all(char::is_lowercase);
                let lower_case = next.text.chars().all(|c| c.is_lowercase() || c == '-');
                if !(lower_case || plural_role && title_case) {
                    break;
                }
                if plural_role {
                    head = Some(index + offset);
                    break;
                }
                if names::rules().is_role(&next_lower) || names::is_modifier(&next_lower) {
                    continue;
                }
                break;
            }
            let Some(head) = head else { continue };
            // "the leaders of both parties" describe others than the group.
            if words.get(head + 1).is_some_and(|next| lower(next) == "of") {
                continue;
            }
            push_new(
                &mut mentions,
                Mention {
                    start: word.start,
                    end: words[head].end,
                    target: Target::Group,
                    possessive: is_possessive(text, words[head].end),
                },
            );
        }
        // "The two also discussed …", "Both noted …": the pair named
        // before, with no noun.
        for (index, pair) in words.windows(2).enumerate() {
            let the_two =
                index > 0 && lower_eq(&words[index - 1], "the") && lower_eq(&pair[0], "two")
                    || index == 0 && lower_eq(&pair[0], "both");
            let verb_next = pair[1].text.chars().all(char::is_lowercase)
                && (pair[1].text.ends_with("ed")
                    || matches!(
                        pair[1].text,
                        "also"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                            | "are"
                            | "were"
                            | "said"
                            | "say"
                            | "says"
                            | "told"
                            | "want"
                            | "hope"
                            | "agree"
                    ));
            if the_two && verb_next {
                // A bare "Both" that opens a sentence most often means the
                // two people a text has just named, as "both leaders" does.
                let both = lower_eq(&pair[0], "both");
                let start = match both {
                    true => pair[0].start,
                    false => words[index - 1].start,
                };
                push_new(
                    &mut mentions,
                    Mention {
                        start,
                        end: pair[0].end,
                        target: Target::Pair { people: both },
                        possessive: false,
                    },
                );
            }
        }
        // "The latter added …", "the former, however, said": one of the
        // two named before, where no noun follows ("the former president"
        // is an office).
        for (index, pair) in words.windows(2).enumerate() {
            let second = lower_eq(&pair[0], "latter");
            if !(second || lower_eq(&pair[0], "former"))
                || index == 0
                || !lower_eq(&words[index - 1], "the")
            {
                continue;
            }
            let gap = &text[pair[0].end..pair[1].start];
            let verb_next = gap == " "
                && pair[1].text.chars().all(char::is_lowercase)
                && (pair[1].text.ends_with("ed")
                    || matches!(
                        pair[1].text,
                        "also" | "has" | "had" | "will" | "would" | "said" | "says" | "told"
                    ));
            if verb_next || gap.starts_with(',') {
                push_new(
                    &mut mentions,
                    Mention {
                        start: words[index - 1].start,
                        end: pair[0].end,
                        target: Target::PairMember { second },
                        possessive: false,
                    },
                );
            }
        }
        for (index, pair) in words.windows(2).enumerate() {
            let opens = lower_eq(&pair[0], "two") || lower_eq(&pair[0], "both");
            // "Each side committed to …": either of the two, and so both.
            let each = lower_eq(&pair[0], "each") || lower_eq(&pair[0], "either");
            // "The parties reaffirmed …" opening a sentence of a readout.
            let definite = index == 0 && pair[0].text == "The";
            // Most words open no pair: the noun after them is not lowered.
            if !(opens || each || definite) {
                continue;
            }
            let noun = match each {
                true => plural_of(&lower(&pair[1])),
                false => lower(&pair[1]),
            };
            // "The parties of the left" are a wider group; "the heads of
            // state" are the pair.
            let of_after = words
                .get(index + 2)
                .is_some_and(|next| lower_eq(next, "of"))
                && noun != "heads";
            let pair_noun = match definite {
                true => names::rules().is_definite_pair_noun(&noun) && !of_after,
                false => names::rules().is_pair_noun(&noun),
            };
            if pair_noun {
                let start = if index > 0 && lower_eq(&words[index - 1], "the") {
                    words[index - 1].start
                } else {
                    pair[0].start
                };
                // "The two ministers" names a pair, not the wider group a
                // plural role would.
                let end = pair[1].end;
                mentions.retain(|mention| !(mention.start < end && start < mention.end));
                mentions.push(Mention {
                    start,
                    end: pair[1].end,
                    target: Target::Pair {
                        people: names::rules().is_people_pair_noun(&noun),
                    },
                    possessive: false,
                });
            }
        }
        let found_names = self.names_in(text, sentence);
        // The people this sentence calls by name, with where: none of its
        // roles can mean them, unless the role stands beside the name as an
        // apposition ("X, the water minister, warned").
        let mut named_spans: Vec<(&str, usize, usize)> = mentions
            .iter()
            .filter_map(|mention| match &mention.target {
                Target::Actor(ActorRef::Known(index)) => Some((
                    self.registry.actors[*index].name.as_str(),
                    mention.start,
                    mention.end,
                )),
                _ => None,
            })
            .collect();
        for found in found_names.iter() {
            match &found.found {
                Found::Person { name, .. } => named_spans.push((name, found.start, found.end)),
                Found::Surname { name, .. } => {
                    if let Some(index) = people.by_surname(name, found.start) {
                        named_spans.push((&people.people[index].name, found.start, found.end));
                    }
                }
                _ => {}
            }
        }
        let named_apart_from = |start: usize, end: usize| -> Vec<&str> {
            named_spans
                .iter()
                .filter(|(_, name_start, name_end)| {
                    // "Iran's president, Ayatollah X": titles may open the
                    // name set beside the role.
                    let apposed = |gap: Option<&str>| {
                        gap.is_some_and(|gap| {
                            let gap = gap.trim();
                            let rest = gap.strip_prefix([',', '(']).map(str::trim);
                            gap == ","
                                || gap == "("
                                || rest.is_some_and(|rest| {
                                    rest.split_whitespace().all(|word| {
                                        names::rules().is_title(word.trim_end_matches('.'))
                                    })
                                })
                        })
                    };
                    !(apposed(text.get(*name_end..start)) || apposed(text.get(end..*name_start)))
                })
                .map(|(name, _, _)| *name)
                .collect()
        };
        for found in found_names.iter() {
            let mut found = found.clone();
            // "Bloomberg endorsed …" after "Michael Bloomberg": an outlet's
            // name that is the surname of a person named before is that
            // person.
            // "Lima said" after "Maria Lima": so is a capital city's name.
            let capital = matches!(found.found, Found::Entity { .. })
                && names::rules().is_capital(&text[found.start..found.end]);
            if found.found == Found::Unnamed || capital {
                let word = &text[found.start..found.end];
                let one_name = !word.contains(' ') && word.starts_with(char::is_uppercase);
                if one_name && people.by_surname(word, found.start).is_some() {
                    found.found = Found::Surname {
                        name: word.to_string(),
                        gender: names::Gender::Unknown,
                        titled: false,
                        roles: Vec::new(),
                    };
                }
            }
            // "The Prime Minister's Office said": an organisation word alone
            // after a possessive is the owner's voice, which the owner's
            // mention carries, and no body of its own name ("Congress" and
            // "the Senate" are).
            if let Found::Organization { name } = &found.found {
                let after_possessive =
                    text[..found.start].ends_with("’s ") || text[..found.start].ends_with("'s ");
                if after_possessive && names::rules().is_organization_word(name) {
                    continue;
                }
            }
            // "A Kremlin spokesman said", "the Indian foreign ministry
            // spokeswoman", with nobody named: the body the phrase names
            // speaks, so its mention stands and the description goes.
            if self.speaker_for_named_body(text, &found, &mentions, &found_names, people) {
                continue;
            }
            // "Hungarian daily X revealed": an outlet introduced as one is a
            // source of news, not a party. An acronym opening its name ("news
            // agency PA Media") may have been read as a title.
            let before_name = text[..found.start]
                .trim_end()
                .trim_end_matches(|c: char| c.is_ascii_uppercase());
            // So is one described as one after its name ("X, an independent
            // newspaper, reported") or under its kind as a title
            // ("Broadcaster X said").
            let outlet = || {
                let named = &text[found.start..found.end];
                names::rules().introduces_outlet(&lower_tail(before_name, 24))
                    || apposed_noun(text, found.start, found.end)
                        .is_some_and(|noun| names::rules().introduces_outlet(&noun))
                    || named.split_once(' ').is_some_and(|(kind, _)| {
                        names::rules().introduces_outlet(&kind.to_lowercase())
                    })
            };
            if matches!(
                found.found,
                Found::Person { .. } | Found::Organization { .. } | Found::Surname { .. }
            ) && outlet()
            {
                continue;
            }
            // "a senior European Union official" is nobody named, whatever
            // registered name it holds.
            if found.found == Found::Unnamed {
                mentions.retain(|m| !(found.start <= m.start && m.end <= found.end));
            }
            // "Iran's Foreign Ministry" is the ministry, not Iran; "the
            // President of Russia" is a person, not Russia.
            // "The representative of Mexico", with nobody named, is Mexico
            // speaking, as UN meetings coverage writes it.
            let voice_of_state = match &found.found {
                Found::Role { words } => {
                    words
                        .get(1)
                        .is_some_and(|word| word == "of" || word == "for")
                        && names::rules().is_voice(&words[0])
                        && people
                            .by_role(
                                words,
                                found.start,
                                &named_apart_from(found.start, found.end),
                            )
                            .is_none()
                }
                _ => false,
            };
            if voice_of_state {
                continue;
            }
            // A body of the gazetteer holds a registered name the same way:
            // "the U.S. State Department" is the department, not the state.
            if names_a_body(&found.found) || matches!(found.found, Found::Role { .. }) {
                mentions.retain(|m| {
                    // "The United States Commission": the article before a
                    // registered name belongs to the body's name.
                    let starts_within = found.start <= m.start
                        || text[m.start..found.start].eq_ignore_ascii_case("the ")
                            && m.end < found.end;
                    let inside = starts_within
                        && m.end <= found.end
                        && (found.start, found.end) != (m.start, m.end);
                    !(inside && matches!(m.target, Target::Actor(_)))
                });
            }
            if mentions
                .iter()
                .any(|mention| mention.start < found.end && found.start < mention.end)
            {
                continue;
            }
            // "X, the trade minister, said": a role set beside a name only
            // describes the person named.
            // So does one set before the name with a comma ("the port
            // director, X, said"), and so does an unnamed description ("a
            // senior aide, X").
            let is_role = matches!(found.found, Found::Role { .. });
            let describes_a_name = (is_role || matches!(found.found, Found::Unnamed))
                && named_spans.iter().any(|(_, name_start, name_end)| {
                    let before_name = text
                        .get(found.end..*name_start)
                        .is_some_and(|gap| gap == ", ");
                    // An unnamed description after a name describes it when
                    // a comma closes it ("X, a retired nurse, said"); without
                    // one it may be a speaker of its own ("… met X, an aide
                    // said").
                    let closed = text[found.end..].starts_with(',');
                    // An age may stand between ("X, 54, a retired nurse,").
                    let after_name = (is_role || closed)
                        && text
                            .get(*name_end..found.start)
                            .is_some_and(|gap| gap.trim() == "," || stated_age(gap).is_some());
                    before_name || after_name
                });
            if describes_a_name {
                continue;
            }
            let named_here = named_apart_from(found.start, found.end);
            let target = self
                .body_in_place(text, &found, &mentions, &found_names)
                .or_else(|| self.target_of(&found.found, found.start, people, &named_here))
                .or_else(|| lone_name_speaking(text, sentence, &found, self));
            let possessive = is_possessive(text, found.end);
            // "The government denied it" with no government named before:
            // nobody to credit, but the body a later "It" means.
            let unnamed_body = matches!(found.found, Found::BodyRef { .. }) && !possessive;
            let Some(target) = target.or(unnamed_body.then_some(Target::UnnamedBody)) else {
                continue;
            };
            mentions.push(Mention {
                start: found.start,
                end: found.end,
                target,
                possessive,
            });
        }
        mentions.sort_by_key(|mention| mention.start);
        // "The Trump administration", "the Duterte government": a leader's
        // name before the word for a government stands for the state the
        // leader governs, where the text or the registry ties the leader
        // to one.
        for mention in mentions.iter_mut() {
            let Target::Actor(actor) = &mention.target else {
                continue;
            };
            if self.kind_of(actor) != ActorKind::Person {
                continue;
            }
            let Some(length) = government_after(&text[mention.end..]) else {
                continue;
            };
            let name = self.name_of(actor);
            let Some(place) = people.place_of(name) else {
                continue;
            };
            mention.target = Target::Actor(self.actor_named(place, ActorKind::State));
            mention.end += length;
            mention.possessive = is_possessive(text, mention.end);
        }
        // "Zimbabwe's electoral commission said" after "the Zimbabwe
        // Electoral Commission": the state's own body named before speaks,
        // not the state.
        for mention in mentions.iter_mut() {
            let Target::Actor(actor) = &mention.target else {
                continue;
            };
            if !mention.possessive || self.kind_of(actor) != ActorKind::State {
                continue;
            }
            let after = &text[mention.end..];
            let Some(noun) = names::rules().owned_body_noun(after) else {
                continue;
            };
            let state = self.name_of(actor);
            let Some(body) = people
                .body_named_by(&names::capitalise(&noun), mention.start)
                .filter(|body| body.split_whitespace().any(|word| word == state))
                .map(str::to_string)
            else {
                continue;
            };
            let Some(noun_at) = after.find(noun.as_str()).filter(|at| *at < 40) else {
                continue;
            };
            mention.end += noun_at + noun.len();
            mention.target = Target::Actor(self.actor_named(&body, ActorKind::Organization));
            mention.possessive = is_possessive(text, mention.end);
        }
        // "Marriage Equality Coalition Taiwan", "Amnesty International
        // Australia": a state right after a body the registry lacks, with
        // only a space between, ends the body's name; it is no mention of
        // its own.
        let mut index = 1;
        while index < mentions.len() {
            let body = &mentions[index - 1];
            let place = &mentions[index];
            let new_body = matches!(
                &body.target,
                Target::Actor(ActorRef::New {
                    kind: ActorKind::Organization,
                    ..
                })
            );
            let state = matches!(&place.target,
                Target::Actor(actor) if self.kind_of(actor) == ActorKind::State);
            if new_body && state && !body.possessive && text.get(body.end..place.start) == Some(" ")
            {
                let end = place.end;
                let possessive = place.possessive;
                mentions[index - 1].end = end;
                mentions[index - 1].possessive = possessive;
                mentions.remove(index);
            } else {
                index += 1;
            }
        }
        // "The administration said": the state of the leader's
        // administration the article named last.
        let administration_learned = people.has_description("administration");
        for word in words.iter().filter(|_| administration_learned) {
            if word.text != "administration" {
                continue;
            }
            let before = text[..word.start].trim_end();
            let the_start = before.len().saturating_sub(3);
            if !before
                .get(the_start..)
                .is_some_and(|the| the.eq_ignore_ascii_case("the"))
                || mentions
                    .iter()
                    .any(|m| m.start < word.end && word.start < m.end)
            {
                continue;
            }
            if let Some(state) = people.body_named_by("administration", word.start) {
                let target = Target::Actor(self.actor_named(state, ActorKind::State));
                mentions.push(Mention {
                    start: the_start,
                    end: word.end,
                    target,
                    possessive: is_possessive(text, word.end),
                });
            }
        }
        mentions.sort_by_key(|mention| mention.start);
        // Drop a mention that only qualifies the next one.
        let mut kept: Vec<Mention> = Vec::new();
        for (index, mention) in mentions.iter().enumerate() {
            // A person's name qualifies nothing: "Jane Roe of Chile" is Jane
            // Roe, from Chile.
            let person = matches!(&mention.target,
                Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person);
            let qualifies_next = mentions.get(index + 1).is_some_and(|next| {
                // Overlapping mentions qualify nothing.
                let Some(gap) = text.get(mention.end..next.start) else {
                    return false;
                };
                // A pronoun is qualified by nothing: in "according to the
                // ministry he died", the ministry is the source.
                let named_next = matches!(next.target, Target::Actor(_) | Target::Anonymous);
                !person
                    && named_next
                    && !mention.possessive
                    && gap.split_whitespace().count() <= 5
                    && !gap.contains([',', ';', '(', ')', '—', '–', '“', '”', '"'])
                    && gap.split_whitespace().all(|word| {
                        word.chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                            || names::rules().is_role_part(word)
                            // "US Secretary of State Jane Roe".
                            || word == "of"
                    })
                    && !gap.split_whitespace().any(|word| word == "and")
            });
            // "the UN-backed government", "Kremlin-linked groups": a name
            // joined by a hyphen to a lower-case word is an adjective.
            let compound = text[mention.end..]
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase));
            if !qualifies_next && !compound {
                kept.push(mention.clone());
            }
        }
        // New names only count where they stand as a speaker; the check is
        // done by the callers, which only use mentions before cues.
        kept
    }

    /// What `names` finds in a span, found once per article.
    pub(crate) fn names_in(&self, text: &str, span: Span) -> FoundNames {
        let key = (span.start, span.end);
        if let Some(found) = self.names_found.borrow().get(&key) {
            return Rc::clone(found);
        }
        let words: Vec<crate::text::Token> = self
            .word_spans(text, span)
            .iter()
            .map(|&(start, end)| crate::text::Token {
                text: &text[start..end],
                start,
                end,
            })
            .collect();
        let found = Rc::new(names::rules().find_in_words(text, span, &words));
        self.names_found.borrow_mut().insert(key, Rc::clone(&found));
        found
    }

    /// The registered actor a name found in the text is, if any.
    pub(crate) fn registered(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The name of an actor, registered or newly found.
    pub(crate) fn name_of<'a>(&'a self, actor: &'a ActorRef) -> &'a str {
        match actor {
            ActorRef::Known(index) => self.registry.actors[*index].name.as_str(),
            ActorRef::New { name, .. } => name.as_str(),
        }
    }

    /// The kind of an actor, registered or newly found.
    pub(crate) fn kind_of(&self, actor: &ActorRef) -> ActorKind {
        match actor {
            ActorRef::Known(index) => self.registry.actor_kinds[*index],
            ActorRef::New { kind, .. } => *kind,
        }
    }

    pub(crate) fn actor_named(&self, name: &str, kind: ActorKind) -> ActorRef {
        match self.registered(name) {
            Some(index) => ActorRef::Known(index),
            None => ActorRef::New {
                name: match kind {
                    ActorKind::Person => name.to_string(),
                    _ => names::rules().undotted(name),
                },
                kind,
            },
        }
    }

    /// What a mention the registry lacks stands for, with the article's
    /// people tying surnames and roles to full names.
    pub(crate) fn target_of(
        &self,
        found: &Found,
        at: usize,
        people: &People,
        named_here: &[&str],
    ) -> Option<Target> {
        let person = |index: usize| {
            let name = &people.people[index].name;
            Target::Actor(self.actor_named(name, ActorKind::Person))
        };
        Some(match found {
            Found::Entity { name, kind } => Target::Actor(self.actor_named(name, *kind)),
            Found::Organization { name } => {
                // An acronym names a body only where the article spells it
                // out ("Syrian Democratic Forces (SDF)"); "EEZ" or "GDP"
                // alone is no speaker.
                let acronym = !name.contains(' ') && name.chars().all(|c| c.is_uppercase());
                let name = match people.expand(name, at) {
                    Some(full) => full,
                    None if acronym && self.registered(name).is_none() => return None,
                    // "the Observatory" after "the Syrian Observatory for
                    // Human Rights": the body named in full before.
                    None => people.body_named_by(name, at).unwrap_or(name),
                };
                Target::Actor(self.actor_named(name, ActorKind::Organization))
            }
            Found::Person { name, .. } => {
                let name = people.full_name_ending_with(name, at).unwrap_or(name);
                Target::Actor(self.actor_named(name, ActorKind::Person))
            }
            Found::Surname { name, titled, .. } => match people.by_surname(name, at) {
                Some(index) => person(index),
                None if *titled => Target::Actor(self.actor_named(name, ActorKind::Person)),
                None => return None,
            },
            // "The opposition says": only a body described as the
            // opposition before ("the opposition Green League").
            Found::BodyRef { word } if names::rules().is_described_side(word) => {
                match people.body_named_by(&word.to_lowercase(), at) {
                    Some(full) => Target::Actor(self.actor_named(full, ActorKind::Organization)),
                    None => return None,
                }
            }
            // "The ministry said": only a body the article named before.
            Found::BodyRef { word } => match people
                .body_named_by(word, at)
                .or_else(|| people.state_of_leader_before(word, at))
                .or_else(|| people.subject_state_before(word, at))
                .or_else(|| people.body_described_later(word, at))
                .or_else(|| people.latest_organization(word, at))
            {
                // "Turkey's foreign ministry …; the ministry said" is the
                // state speaking.
                Some(full) if names::rules().is_state(full) => {
                    Target::Actor(self.actor_named(full, ActorKind::State))
                }
                Some(full) => Target::Actor(self.actor_named(full, ActorKind::Organization)),
                None => return None,
            },
            Found::Role { words } => match people.by_role(words, at, named_here) {
                Some(index) => person(index),
                // "the commission president" with no president of it known:
                // the commission named before speaks through its head.
                None => words
                    .iter()
                    .map(|word| names::capitalise(word))
                    .find(|word| names::rules().is_organization_word(word))
                    .and_then(|word| {
                        self.target_of(&Found::BodyRef { word }, at, people, named_here)
                    })
                    .or_else(|| self.state_of_office(words))
                    .unwrap_or(Target::Anonymous),
            },
            Found::Unnamed => Target::Anonymous,
        })
    }

    /// "Kenya's foreign minister said", "the Kenyan ambassador warned", with
    /// nobody named who holds the office: the state speaks through it, as
    /// it does through a spokesman. Not for those against the state ("the
    /// Kenyan opposition leader").
    fn state_of_office(&self, words: &[String]) -> Option<Target> {
        let rules = names::rules();
        if words.iter().any(|word| rules.is_against_owner(word)) {
            return None;
        }
        // The role words are lower case; the gazetteer matches capitals.
        let capitalised = |words: &mut dyn Iterator<Item = &String>| {
            words
                .flat_map(|word| word.split(' '))
                .map(names::capitalise)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let before_role = capitalised(&mut words.iter().take_while(|word| !rules.is_role(word)));
        // "The President of Kenya noted …": the state may follow the office
        // after "of" instead.
        let after_of = capitalised(
            &mut words
                .iter()
                .skip_while(|word| !rules.is_role(word))
                .skip_while(|word| *word != "of")
                .skip(1),
        );
        let mut states = rules.states_in(&before_role);
        if states.is_empty() {
            states = rules.states_in(&after_of);
        }
        match states.as_slice() {
            [state] => Some(Target::Actor(self.actor_named(state, ActorKind::State))),
            _ => None,
        }
    }

    /// "The foreign ministry in Kyiv said": a state's organ the text names
    /// by its word, with the state's capital or name after "in", is that
    /// state's, whatever body the article named last.
    fn body_in_place(
        &self,
        text: &str,
        found: &names::NameMention,
        mentions: &[Mention],
        found_names: &[names::NameMention],
    ) -> Option<Target> {
        // Only a state's own organs: "the coalition in Syria" or "the
        // embassy in Kyiv" is a body located there, not the state.
        let Found::BodyRef { word } = &found.found else {
            return None;
        };
        if !matches!(
            word.as_str(),
            "Ministry" | "Government" | "Presidency" | "Cabinet"
        ) {
            return None;
        }
        let place = found.end + " in ".len();
        if text.get(found.end..place) != Some(" in ") {
            return None;
        }
        let registered = mentions.iter().find_map(|mention| match &mention.target {
            Target::Actor(actor)
                if mention.start == place && self.kind_of(actor) == ActorKind::State =>
            {
                Some(mention.target.clone())
            }
            _ => None,
        });
        registered.or_else(|| {
            found_names.iter().find_map(|name| match &name.found {
                Found::Entity {
                    name: state,
                    kind: ActorKind::State,
                } if name.start == place => {
                    Some(Target::Actor(self.actor_named(state, ActorKind::State)))
                }
                _ => None,
            })
        })
    }

    /// Whether an unnamed description ends in a noun for those who speak
    /// for a body by office and holds the name of a state or body ("a
    /// Kremlin spokesman", "two NATO officials"), with no person of that
    /// role named before.
    fn speaker_for_named_body(
        &self,
        text: &str,
        found: &names::NameMention,
        mentions: &[Mention],
        found_names: &[names::NameMention],
        people: &People,
    ) -> bool {
        let unresolved = match &found.found {
            Found::Unnamed => true,
            Found::Role { words } => people.by_role(words.as_slice(), found.start, &[]).is_none(),
            _ => false,
        };
        let head = text[found.start..found.end].split_whitespace().last();
        if !unresolved || !head.is_some_and(|head| names::rules().speaks_for_body(head)) {
            return false;
        }
        let inside = |start: usize, end: usize| found.start <= start && end < found.end;
        mentions.iter().any(|mention| {
            inside(mention.start, mention.end)
                && matches!(&mention.target, Target::Actor(actor) if self.kind_of(actor) != ActorKind::Person)
        }) || found_names.iter().any(|name| {
            inside(name.start, name.end) && matches!(name.found, Found::Entity { .. })
        })
    }

    /// A registered description ("the alliance") stands for the registered
    /// body only where the article has not named another body it fits
    /// ("the Farmers' Alliance") before naming the registered one: news
    /// writing shortens the last body it named in full.
    fn described_body(
        &self,
        matched: &str,
        actor: usize,
        at: usize,
        people: &People,
    ) -> Option<Target> {
        if !is_description(matched) || people.registered_named_before(actor, at) {
            return None;
        }
        // "the Russian president" after "Russian President X" is X, whoever
        // the registry gives that office to: an article may be from before
        // or after the registered holder's time.
        // Only a description that names the state does: "the president
        // himself" may mean whoever the text is about.
        if self.registry.actor_kinds[actor] == ActorKind::Person {
            let rules = names::rules();
            let role: Vec<String> = matched
                .split_whitespace()
                .skip(1)
                .map(str::to_lowercase)
                .collect();
            // "The NATO secretary general" names a body rather than a state:
            // the holder is the one whose title in the text names the same
            // body ("NATO chief X"), and with none the registry's.
            let body_words: Vec<String> = matched
                .split_whitespace()
                .skip(1)
                .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
                .filter(|word| !rules.is_role(word) && !rules.is_title_in_any_case(word))
                .map(str::to_lowercase)
                .collect();
            let names_state = !rules
                .states_in(&names::capitalise_words(matched.split_whitespace()))
                .is_empty();
            let role: Vec<String> = match (names_state, body_words.is_empty()) {
                (true, _) => role,
                (false, true) => return None,
                (false, false) => role
                    .into_iter()
                    .filter(|word| !body_words.contains(word))
                    .chain(std::iter::once("of".to_string()))
                    .chain(body_words.iter().cloned())
                    .collect(),
            };
            let holder = people.by_role(&role, at, &[])?;
            let name = &people.people[holder].name;
            return (*name != self.registry.actors[actor].name)
                .then(|| Target::Actor(self.actor_named(name, ActorKind::Person)));
        }
        let head = names::capitalise(matched.split_whitespace().last()?);
        let full = people.body_named_by(&head, at)?;
        (full != self.registry.actors[actor].name)
            .then(|| Target::Actor(self.actor_named(full, ActorKind::Organization)))
    }

    /// The people an article names in full, registered or not, with the
    /// roles the text gives them, for resolving later surnames and roles.
    pub(crate) fn people_of(&self, article: &Article) -> People {
        let text = article.text.as_str();
        let mut people = People::default();
        let title = std::iter::once(article.title_span);
        let blocks = article
            .blocks
            .iter()
            .filter(|block| block.kind == BlockKind::Paragraph)
            .map(|block| block.span);
        for span in title.chain(blocks) {
            if span.is_empty() {
                continue;
            }
            // A headline in title case capitalises every word, so its runs of
            // capitals are no names; only registered names count there.
            let headline = span == article.title_span && headline_case(&text[span.range()]);
            for sentence in split_sentences(text, span) {
                let sentence_text = &text[sentence.range()];
                let base = sentence.start as usize;
                // Registered people, with their registry role. The matches
                // are found once, for this and for the overlap check below.
                // Only whole words: "Russia" inside "Russian" is the
                // demonym, which the gazetteer reads.
                let hits: Vec<aho_corasick::Match> = self
                    .matcher
                    .find_iter(sentence_text)
                    .filter(|hit| at_word_boundary(text, base + hit.start(), base + hit.end()))
                    .collect();
                for hit in &hits {
                    let actor = self.pattern_actor[hit.pattern().as_usize()];
                    if self.registry.actor_kinds[actor] != ActorKind::Person {
                        // A registered body, for a later "the ministry".
                        let name = &self.registry.actors[actor].name;
                        if self.registry.actor_kinds[actor] == ActorKind::State {
                            people.learn_state(
                                name,
                                base + hit.start(),
                                opens_sentence(text, base, base + hit.start()),
                            );
                        }
                        people.learn_body(name, base + hit.start());
                        if self.registry.actor_kinds[actor] == ActorKind::Organization {
                            people.learn_organization(
                                name,
                                base + hit.start(),
                                opens_sentence(text, base, base + hit.start()),
                            );
                        }
                        if let Some(noun) =
                            names::rules().owned_body_noun(&text[base + hit.end()..])
                        {
                            people.learn_description(&noun, name, base + hit.start());
                        }
                        if !is_description(&sentence_text[hit.range()]) {
                            people.learn_registered_name(actor, base + hit.start());
                        }
                        continue;
                    }
                    let spec = &self.registry.actors[actor];
                    // The office the article gives the person ("Russian
                    // President X") is the one a later "the Russian
                    // president" means, where the registry's may be of
                    // another time ("Former President of Russia").
                    let (before_titles, titles) = title_run_before(text, base, base + hit.start());
                    let titled_now = titles
                        .split_whitespace()
                        .any(|word| names::rules().is_role(word))
                        && !titles.split_whitespace().any(|word| {
                            let lower = word.to_lowercase();
                            lower == names::PAST_ROLE || lower == "late" || lower.starts_with("ex-")
                        });
                    let roles: Vec<String> = match titled_now {
                        true => titles.split_whitespace().map(str::to_lowercase).collect(),
                        false => spec
                            .role
                            .iter()
                            .flat_map(|role| role.split_whitespace())
                            .map(str::to_lowercase)
                            .collect(),
                    };
                    if titled_now {
                        for place in names::rules().states_of_titles(before_titles, titles) {
                            people.learn_place(&spec.name, &place);
                        }
                    }
                    let gender = names::rules().gender_of_name(&spec.name);
                    people.learn(&spec.name, &roles, gender, base + hit.start());
                    if let Some(affiliation) = &spec.affiliation {
                        people.learn_place(&spec.name, affiliation);
                    }
                    learn_administration(&mut people, text, &spec.name, base + hit.end());
                }
                let registered: Vec<(usize, usize)> = hits
                    .iter()
                    .map(|hit| (base + hit.start(), base + hit.end()))
                    .collect();
                // Where the last person named in the sentence ends: "X, a
                // veteran diplomat," describes X, and is nobody else.
                let mut person_end: Option<usize> = None;
                for found in self.names_in(text, sentence).iter() {
                    // A body whose name holds a registered one ("the United
                    // States Commission on …") is a body of its own.
                    let holds_registered = names_a_body(&found.found)
                        && registered.iter().any(|&(start, end)| {
                            start < found.end
                                && found.start < end
                                && end < found.end
                                && (start >= found.start
                                    || text[start..found.start].eq_ignore_ascii_case("the "))
                        });
                    let overlaps = !holds_registered
                        && registered
                            .iter()
                            .any(|&(start, end)| start < found.end && found.start < end);
                    // In a headline only a name with its title counts
                    // ("Briefing by Press Secretary Jane Roe").
                    let titled =
                        matches!(&found.found, Found::Person { roles, .. } if !roles.is_empty());
                    if (headline && !titled) || overlaps {
                        continue;
                    }
                    match &found.found {
                        Found::Person {
                            name,
                            roles,
                            gender,
                        } => {
                            // "former President X", "the late King Y": a role
                            // held once gives no later "the President", only
                            // "the former president".
                            let before = text[..found.start].trim_end();
                            let (before_titles, titles) = title_run_before(text, base, found.start);
                            let past = ["former", "late", "ex-", "then-", "Former", "Ex-"]
                                .iter()
                                .any(|word| {
                                    before.ends_with(word)
                                        || titles
                                            .split_whitespace()
                                            .any(|title| title.starts_with(word))
                                });
                            person_end = Some(found.end);
                            let roles: Vec<String> = match past {
                                true => std::iter::once(names::PAST_ROLE.to_string())
                                    .chain(
                                        roles
                                            .iter()
                                            .filter(|role| *role != names::PAST_ROLE)
                                            .cloned(),
                                    )
                                    .collect(),
                                false => roles.clone(),
                            };
                            people.learn(name, &roles, *gender, found.start);
                            if let Some(age) = stated_age(&text[found.end..]) {
                                people.learn_age(name, age);
                            }
                            if opens_sentence(text, base, found.start) {
                                people.learn_subject_person(found.start);
                            }
                            if let Some(alias) = known_as(&text[found.end..]) {
                                people.learn_alias(alias, name);
                            }
                            for place in names::rules().states_of_titles(before_titles, titles) {
                                people.learn_place(name, &place);
                            }
                            // "Iran's ambassador to the UN, X, said": the
                            // state owning the office, not the one it is
                            // sent to.
                            if let Some((place, office)) =
                                owner_of_posting(&text[base.min(found.start)..found.start])
                            {
                                people.learn(name, &office, *gender, found.start);
                                people.learn_place(name, &place);
                            }
                            // "X, Iran's foreign minister, said": the office
                            // in an appositive ties the person to its state.
                            if let Some(appositive) = role_appositive(&text[found.end..]) {
                                for place in names::rules().states_in(appositive) {
                                    people.learn_place(name, &place);
                                }
                            }
                        }
                        Found::Surname {
                            name,
                            gender,
                            titled,
                            roles,
                        } => match people.by_surname(name, found.start) {
                            Some(index) => {
                                people.saw(index, found.start, *gender);
                                let name = people.people[index].name.clone();
                                learn_administration(&mut people, text, &name, found.end);
                            }
                            // "Turkish president Doe", never named in full:
                            // a person known by one name.
                            None if *titled => people.learn(name, roles, *gender, found.start),
                            // "Nordbank, Norway's largest lender, said …":
                            // a one-word body speaking, which a later "the
                            // bank" or "the lender" means.
                            None => {
                                if let Some(name) = lone_name_speaks(text, sentence, found) {
                                    learn_named_body(&mut people, text, base, name, found);
                                }
                            }
                        },
                        // "Turkey's foreign ministry", "the Russian foreign
                        // ministry": a later "the ministry" is the state.
                        Found::Entity { name, kind } => {
                            if *kind == ActorKind::State {
                                people.learn_state(
                                    name,
                                    found.start,
                                    opens_sentence(text, base, found.start),
                                );
                            }
                            let span = &text[found.start..found.end];
                            let noun =
                                names::rules()
                                    .owned_body_noun(&text[found.end..])
                                    .or_else(|| {
                                        span.rsplit(' ')
                                            .next()
                                            .filter(|last| {
                                                span.contains(' ')
                                                    && last.chars().all(char::is_lowercase)
                                            })
                                            .map(str::to_string)
                                    });
                            // "Zimbabwe's electoral commission" after "the
                            // Zimbabwe Electoral Commission": the state's
                            // body named in full before is the one meant.
                            let own_body = noun.as_ref().and_then(|noun| {
                                people
                                    .body_named_by(&names::capitalise(noun), found.start)
                                    .filter(|body| body.split_whitespace().any(|word| word == name))
                                    .map(str::to_string)
                            });
                            if let Some(noun) = noun {
                                let body = own_body.as_deref().unwrap_or(name);
                                people.learn_description(&noun, body, found.start);
                            }
                            if *kind == ActorKind::Organization {
                                people.learn_organization(
                                    name,
                                    found.start,
                                    opens_sentence(text, base, found.start),
                                );
                                people.learn_organization_spelling(
                                    &text[found.start..found.end],
                                    name,
                                    found.start,
                                );
                            }
                        }
                        // "The network" meaning the broadcaster named before
                        // keeps that body the article's subject.
                        Found::BodyRef { word } => {
                            if let Some(full) = people.latest_organization(word, found.start) {
                                let full = full.to_string();
                                people.learn_organization(
                                    &full,
                                    found.start,
                                    opens_sentence(text, base, found.start),
                                );
                            }
                        }
                        // "Syrian Democratic Forces (SDF)": later "SDF" is the
                        // same body.
                        Found::Organization { name } => {
                            learn_named_body(&mut people, text, base, name, found);
                            let after = &text[found.end..];
                            if let Some(rest) = after.strip_prefix(" (") {
                                if let Some(close) = rest.find(')') {
                                    let acronym = &rest[..close];
                                    if (2..=8).contains(&acronym.len())
                                        && acronym.chars().all(|c| c.is_uppercase() || c == '-')
                                    {
                                        people.learn_acronym(acronym, name);
                                    }
                                }
                            }
                        }
                        // "The President spoke with the mayor" before any
                        // president is named: the role, capitalised with no
                        // name as an office writes its own head's, is the
                        // text's own principal, whom it never names, and a
                        // president named later is somebody else.
                        Found::Role { words } => {
                            let capitalised = text[found.start..found.end]
                                .split_whitespace()
                                .last()
                                .is_some_and(|word| word.starts_with(char::is_uppercase));
                            if capitalised && people.by_role(words, found.start, &[]).is_none() {
                                if let Some(head) = words.last() {
                                    people.learn_unnamed(head, found.start);
                                }
                            }
                        }
                        // "A senior official said …": a later "the
                        // official" is this person, not one named before.
                        Found::Unnamed => {
                            let apposed = person_end.is_some_and(|end| {
                                text.get(end..found.start).is_some_and(|gap| gap == ", ")
                            });
                            if let Some(head) = text[found.start..found.end]
                                .split_whitespace()
                                .last()
                                .filter(|_| !apposed)
                            {
                                people.learn_unnamed(&head.to_lowercase(), found.start);
                            }
                        }
                    }
                }
            }
        }
        people
    }
}

/// Remembers the state a leader's administration is ("the Solberg
/// administration"), for a later "the administration", when the text after
/// the leader's name at `end` names one and the leader is tied to a state.
/// Notes a body named at `found` (in the sentence starting at `base`): for
/// a later acronym or owner, for "the agency" or "it", and, with a
/// description set beside its name ("X, a Swiss drugmaker,"), for "the
/// drugmaker".
fn learn_named_body(
    people: &mut People,
    text: &str,
    base: usize,
    name: &str,
    found: &names::NameMention,
) {
    people.learn_body(name, found.start);
    people.learn_organization(name, found.start, opens_sentence(text, base, found.start));
    if let Some(noun) = apposed_noun(text, found.start, found.end) {
        people.learn_description(&noun, name, found.start);
    }
}

fn learn_administration(people: &mut People, text: &str, name: &str, end: usize) {
    if government_after(&text[end..]).is_none() {
        return;
    }
    if let Some(place) = people.place_of(name).map(str::to_string) {
        people.learn_description("administration", &place, end);
    }
}

/// The length of " administration" or "'s government" (and the like) at
/// the start of `rest`, the text right after a person's name.
fn government_after(rest: &str) -> Option<usize> {
    let after_owner = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest);
    let word_start = after_owner.strip_prefix(' ')?;
    let word: String = word_start
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        word.to_lowercase().as_str(),
        "administration" | "government"
    )
    .then(|| rest.len() - word_start.len() + word.len())
}

/// The head noun of a description set beside a body's name: "X, a
/// Saudi-backed coalition of …" or "the rebel coalition known as X" give
/// "coalition". The noun is the last word of up to four lower-case or
/// hyphenated words after the article, before "of", a comma or the name.
fn apposed_noun(text: &str, start: usize, end: usize) -> Option<String> {
    let noun_of = |description: &str| -> Option<String> {
        let words: Vec<&str> = description
            .split(|c: char| c.is_whitespace() || c == ',')
            .take_while(|word| !matches!(*word, "of" | "for" | "in" | "that" | "which" | "who"))
            .filter(|word| !word.is_empty())
            .collect();
        let last = *words.last()?;
        (words.len() <= 4 && names::is_description_word(last) && last.len() > 2)
            .then(|| last.to_string())
    };
    let after = &text[end..];
    if let Some(rest) = ["a ", "an ", "the "].iter().find_map(|article| {
        after
            .strip_prefix(", ")
            .and_then(|r| r.strip_prefix(article))
    }) {
        let clause = rest.split([',', '.', ';', '(']).next()?;
        return noun_of(clause);
    }
    let before = text[..start].trim_end();
    // "Environmental group X", "the rights group X": the kind of body set
    // right before the name, which a later "the group" means.
    let kind_before = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .filter(|word| {
            names::rules().is_generic_body_noun(word) || names::rules().is_described_side(word)
        });
    if let Some(kind) = kind_before {
        return Some(kind.to_string());
    }
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" The"))
        .unwrap_or(before);
    let before = before
        .strip_suffix("known as")
        .or_else(|| before.strip_suffix("called"))?;
    let clause_start = before.rfind(['.', ',', ';', '\n']).map_or(0, |at| at + 1);
    let description = before[clause_start..].trim();
    let description = description
        .strip_prefix("The ")
        .or_else(|| description.strip_prefix("the "))
        .or_else(|| description.strip_prefix("a "))
        .or_else(|| description.strip_prefix("A "))?;
    let last = description.split_whitespace().last()?;
    (description.split_whitespace().count() <= 4
        && last.chars().all(|c| c.is_lowercase() || c == '-'))
    .then(|| last.to_string())
}

/// The one-word name a text gives a person right after the full name:
/// "X, known as Hemedti," or "X (known as Hemedti)".
fn known_as(after: &str) -> Option<&str> {
    let rest = [
        ", known as ",
        ", better known as ",
        " (known as ",
        ", nicknamed ",
    ]
    .iter()
    .find_map(|marker| after.strip_prefix(marker))?;
    let word = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()?;
    word.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(word)
}

/// A single capitalised word nobody introduced, opening a clause as the
/// subject of a verb of saying or of position ("Oxfam accused …", "On
/// Monday, Hamas said …"), is a body: news names organisations by one word
/// where it would introduce a person in full.
fn lone_name_speaking(
    text: &str,
    sentence: Span,
    found: &names::NameMention,
    attributor: &Attributor,
) -> Option<Target> {
    lone_name_speaks(text, sentence, found)
        .map(|name| Target::Actor(attributor.actor_named(name, ActorKind::Organization)))
}

/// The name of [`lone_name_speaking`]'s body, read where no attributor is
/// at hand: the people pre-pass notes it as an organisation, so that a
/// later "the company" or "the lender" can mean it.
fn lone_name_speaks<'a>(
    text: &str,
    sentence: Span,
    found: &'a names::NameMention,
) -> Option<&'a str> {
    // "The RIAA said": an acronym the article never spells out is a body
    // when it speaks, as a lone name is; "GDP" or "EEZ" never do.
    let (name, acronym) = match &found.found {
        Found::Surname {
            name,
            titled: false,
            ..
        } => (name, false),
        Found::Organization { name }
            if (2..=6).contains(&name.chars().count())
                && name.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            (name, true)
        }
        _ => return None,
    };
    // Letters only: "We’ve" is no name.
    if !name.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    // A common noun opening a sentence ("Violence continued …") is written
    // in lower case elsewhere in the article; a name never is.
    let lowered = name.to_lowercase();
    let written_lower = text
        .match_indices(lowered.as_str())
        .any(|(at, _)| at_word_boundary(text, at, at + lowered.len()));
    if written_lower {
        return None;
    }
    // After a quotation the one-word speaker is more likely a person the
    // article spelled another way, which the quotation rules settle.
    let before = text.get(sentence.start as usize..found.start)?.trim();
    // "according to Eurostat": the source a sentence cites by one word is
    // a body, unless it is a text ("according to Scripture").
    let cited = before
        .len()
        .checked_sub("according to".len())
        .and_then(|at| before.get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case("according to"));
    // An acronym the article never spelled out, cited, is more often a
    // newsroom ("according to NBC") than a party.
    if cited && !acronym {
        let text_cited = names::rules().is_document_noun(&lowered);
        return (!text_cited).then_some(name.as_str());
    }
    // "Germany's Bundesbank said": a state's possessive may open the name
    // of one of its bodies; a person of that state named in full before
    // ("Kenya's Odinga") is found by the surname first.
    let state_owned = crate::text::strip_possessive(before)
        .is_some_and(|owner| !owner.contains(' ') && names::rules().states_in(owner).len() == 1);
    let opens_clause = before.is_empty()
        || before.ends_with(',')
        || state_owned
        || acronym && (before == "The" || before.ends_with(" the") || before.ends_with(", The"));
    let preceding = &text[..found.start];
    let same_paragraph = !preceding[preceding.trim_end().len()..].contains('\n');
    let just_before = preceding.trim_end().trim_end_matches(',');
    if !opens_clause
        || before.contains(['"', '“', '”'])
        || same_paragraph && just_before.ends_with(['"', '“', '”', '’'])
    {
        return None;
    }
    // "X, the Japanese automaker, said", "X, which runs the port, said": an
    // appositive between the name and its verb tells a body from a person.
    // A person's description leaves the name to the rules for people.
    let rest = match apposed_description(&text[found.end..]) {
        Some((length, ActorKind::Organization)) => &text[found.end + length..],
        Some(_) => return None,
        None => &text[found.end..],
    };
    let mut after = rest.split_whitespace();
    let mut verb = after.next()?.to_lowercase();
    // "X has also said", "X further claimed": up to two auxiliaries or
    // adverbs before the verb.
    for _ in 0..2 {
        if AUXILIARIES.contains(&verb.as_str()) || verb.ends_with("ly") {
            verb = after.next()?.to_lowercase();
        }
    }
    let verb = verb.trim_end_matches([',', '.', ':']);
    // A cue of one word, or a phrase the next words complete ("hit back
    // at", "took aim at").
    let following: Vec<String> = after
        .clone()
        .take(3)
        .map(|word| word.trim_end_matches([',', '.', ':', ';']).to_lowercase())
        .collect();
    let single_word_cue = cue_table().get(verb).is_some_and(|entries| {
        entries.iter().any(|entry| {
            entry.words.len() == 1
                || entry.words.len() <= following.len() + 1
                    && entry.words[1..]
                        .iter()
                        .zip(&following)
                        .all(|(want, got)| want == got)
        })
    });
    // "X issued a statement saying …": issuing a document is speaking too.
    let issues_document = names::rules().is_issuing_verb(verb)
        && after
            .next()
            .is_some_and(|word| matches!(word, "a" | "an" | "its" | "the"))
        && after.next().is_some_and(|noun| {
            names::rules()
                .is_document_noun(noun.trim_end_matches([',', '.']).to_lowercase().as_str())
        });
    (single_word_cue || issues_document).then_some(name.as_str())
}

/// The length of an appositive set off by commas right after a name (", the
/// Japanese automaker,", ", who chairs the board,"), and the kind of actor
/// it describes: "which" or a noun of a body makes a body, "who" or any
/// other noun a person. Short, and with no quotation inside.
fn apposed_description(after: &str) -> Option<(usize, ActorKind)> {
    let inner = after.strip_prefix(", ")?;
    let close = inner.find(',')?;
    let description = &inner[..close];
    let words: Vec<&str> = description.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 || description.contains(['"', '“', '”', ';', ':']) {
        return None;
    }
    let rules = names::rules();
    let kind = match words[0] {
        "which" => ActorKind::Organization,
        "who" => ActorKind::Person,
        // "Norway’s largest lender": an owner may open the description.
        first
            if matches!(first, "the" | "a" | "an" | "its")
                || first.ends_with("’s")
                || first.ends_with("'s") =>
        {
            let body = words.iter().any(|word| {
                let word = word.trim_end_matches('’').trim_end_matches("’s");
                rules.is_generic_body_noun(word)
            });
            match body {
                true => ActorKind::Organization,
                false => ActorKind::Person,
            }
        }
        _ => return None,
    };
    Some((2 + close + 1, kind))
}

/// The age set off by commas right after a name: ", 45," gives 45.
fn stated_age(after: &str) -> Option<u16> {
    let rest = after.strip_prefix(", ")?;
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 || !rest[digits..].starts_with(',') {
        return None;
    }
    rest[..digits].parse().ok()
}

/// The length of " 52-year-old" at the start of `after`, if a person's age
/// stands there as the head of a description.
fn age_description(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(' ')?;
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let suffix = "-year-old";
    rest[digits..]
        .starts_with(suffix)
        .then_some(1 + digits + suffix.len())
        .filter(|&length| !after[length..].starts_with(|c: char| c.is_alphanumeric() || c == '-'))
}

/// The appositive right after a name when it gives an office: ", the
/// Iranian foreign minister," or ", Iran's top diplomat,", up to its closing
/// comma within a few words.
fn role_appositive(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let end = rest.find([',', '.', ';', '(', '"', '“'])?;
    let appositive = &rest[..end];
    let words: Vec<&str> = appositive.split_whitespace().collect();
    ((2..=6).contains(&words.len())
        && words
            .iter()
            .any(|word| names::rules().is_role(&word.to_lowercase())))
    .then_some(appositive)
}

/// Whether a name at `at` opens the sentence starting at `sentence_start`,
/// alone or after "the": the sentence's subject, in news.
fn opens_sentence(text: &str, sentence_start: usize, at: usize) -> bool {
    matches!(
        text.get(sentence_start..at).map(str::trim),
        Some("" | "The" | "the")
    )
}

/// The titles standing right before a name at `start`, up to six words
/// ("South Korean President", "Japan's prime minister," before an
/// apposition), for the states they name; and the words of the sentence
/// before the run.
fn title_run_before(text: &str, sentence_start: usize, start: usize) -> (&str, &str) {
    let head = &text[sentence_start.min(start)..start];
    let trimmed = head.trim_end();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed);
    let mut from = trimmed.len();
    for _ in 0..6 {
        let before = trimmed[..from].trim_end();
        // A no-break space is two bytes: the word starts after all of it.
        let word_start = before
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, space)| at + space.len_utf8());
        let word = &before[word_start..];
        let bare = word.trim_end_matches("’s").trim_end_matches("'s");
        let title_word = bare.chars().next().is_some_and(char::is_uppercase)
            || names::rules().is_role(&bare.to_lowercase())
            || matches!(
                bare,
                "prime"
                    | "foreign"
                    | "deputy"
                    | "former"
                    | "top"
                    | "senior"
                    | "vice"
                    | "defense"
                    | "defence"
                    | "interior"
                    | "finance"
                    | "trade"
                    | "supreme"
                    | "chief"
            );
        if word.is_empty() || !title_word {
            break;
        }
        from = word_start;
    }
    trimmed.split_at(from)
}

/// The state that owns an office held abroad, named before a person:
/// "Iran's ambassador to the UN, " gives Iran. The office's words between
/// the possessive and "to" must all be roles; they are given too.
fn owner_of_posting(head: &str) -> Option<(String, Vec<String>)> {
    let head = head.trim_end().strip_suffix(',')?;
    let (office, _) = head.rsplit_once(" to ")?;
    let (owner, roles) = office
        .rsplit_once("’s ")
        .or_else(|| office.rsplit_once("'s "))?;
    let all_roles = !roles.is_empty()
        && roles.split_whitespace().count() <= 3
        && roles.split_whitespace().all(|word| {
            let word = word.to_lowercase();
            names::rules().is_role(&word) || names::rules().is_role_part(&word)
        });
    let owner = owner.split_whitespace().last()?;
    let states = names::rules().states_in(owner);
    let office = roles.split_whitespace().map(str::to_lowercase).collect();
    (all_roles && states.len() == 1).then(|| (states[0].clone(), office))
}

/// Whether "quoted" or "cited" stands right before `start`, so that an
/// object pronoun there names the one quoted ("quoted him as saying").
fn quoted_before(text: &str, start: usize) -> bool {
    let before = lower_tail(text[..start].trim_end(), 8);
    before.ends_with(" quoted") || before.ends_with(" cited") || before.ends_with(" quotes")
}

/// Adds a mention unless one the sentence already has covers any of its
/// words: the first reading of a stretch of text wins.
/// Nouns of a point of view that "In X's …, " opens a sentence with.
pub(crate) fn is_viewpoint_noun(word: &str) -> bool {
    matches!(
        word,
        "view" | "opinion" | "estimation" | "judgment" | "judgement" | "words"
    )
}

fn push_new(mentions: &mut Vec<Mention>, mention: Mention) {
    if !mentions
        .iter()
        .any(|known| known.start < mention.end && mention.start < known.end)
    {
        mentions.push(mention);
    }
}

/// Whether a name the text gives is a body's: one the name finder read as
/// an organisation, or one of the gazetteer's.
fn names_a_body(found: &Found) -> bool {
    matches!(
        found,
        Found::Organization { .. }
            | Found::Entity {
                kind: ActorKind::Organization,
                ..
            }
    )
}
