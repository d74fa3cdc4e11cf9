//! Speaker attachment: who speaks a quotation (`"…," X said`, `said X`,
//! `X said: "…"`, a colon closing the paragraph before), and the turns of a
//! transcript (`MR. DOE:`).

use super::*;

/// Who speaks a quotation and through which cue.
#[derive(Clone, Debug)]
pub(crate) struct Speaker {
    pub(crate) target: Target,
    pub(crate) cue: String,
    pub(crate) cue_stance: Option<Stance>,
    /// The sentence holding the attribution; other sentences of the quotation
    /// are continuations.
    pub(crate) in_sentence: Option<Span>,
    pub(crate) certainty: f32,
    pub(crate) rule: Rule,
}

/// The article's own mixed-case spelling of each word, gathered once per
/// article, the first time an all-caps speaker tag needs one: a transcript
/// tags hundreds of paragraphs, and reading the whole text for each tag word
/// made long transcripts slow.
#[derive(Default)]
pub(crate) struct Spellings(Option<HashMap<String, String>>);

impl Spellings {
    /// The first spelling in `text` of `word` that has a lower-case letter
    /// after its first.
    fn of(&mut self, text: &str, word: &str) -> Option<&str> {
        let spellings = self.0.get_or_insert_with(|| {
            let mut spellings = HashMap::default();
            for other in text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'') {
                if other.chars().skip(1).any(char::is_lowercase) {
                    spellings
                        .entry(other.to_lowercase())
                        .or_insert_with(|| other.to_string());
                }
            }
            spellings
        });
        spellings.get(&word.to_lowercase()).map(String::as_str)
    }
}

impl Speaker {
    pub(crate) fn new(
        target: &Target,
        cue: &str,
        cue_stance: Option<Stance>,
        in_sentence: Option<Span>,
        certainty: f32,
        rule: Rule,
    ) -> Self {
        Speaker {
            target: target.clone(),
            cue: cue.to_string(),
            cue_stance,
            in_sentence,
            certainty,
            rule,
        }
    }
}

impl<'r> Attributor<'r> {
    /// Finds who speaks a quotation: ", X said" or ", said X" after it, or
    /// "X said (that)" or "X …:" before it.
    /// "X also criticised the decision on Twitter. “…”": a quotation that
    /// opens a sentence with no speaker of its own, right after a sentence
    /// in which one person took a position, gives that person's words.
    pub(crate) fn previous_sentence_speaker(
        &self,
        text: &str,
        sentences: &[Span],
        quote: Span,
        state: &Discourse,
    ) -> Option<Speaker> {
        let at = sentences.iter().position(|sentence| {
            sentence.start <= quote.start
                && text[sentence.start as usize..quote.start as usize]
                    .trim()
                    .is_empty()
        })?;
        let previous = *sentences.get(at.checked_sub(1)?)?;
        let words = self.words_of(text, previous);
        let mentions = self.mentions(text, previous, &words, &state.people);
        let cues = find_cues(text, &words);
        let mut holders = cues.iter().filter_map(|cue| {
            let (subject, negated) = subject_of(text, &words, &mentions, cue)?;
            let person = match &mentions[subject].target {
                Target::Actor(actor) => self.kind_of(actor) == ActorKind::Person,
                Target::Person(_) => true,
                _ => false,
            };
            (person && !negated).then(|| (mentions[subject].target.clone(), cue))
        });
        let (target, cue) = holders.next()?;
        if holders.any(|(other, _)| other != target) {
            return None;
        }
        let cue_text = &text[words[cue.first].start..words[cue.last].end];
        Some(Speaker::new(
            &target,
            cue_text,
            None,
            None,
            0.8,
            Rule::QuoteContinued,
        ))
    }

    pub(crate) fn quote_speaker(
        &self,
        text: &str,
        sentences: &[Span],
        quote: Span,
        state: &Discourse,
    ) -> Option<Speaker> {
        let opening = *sentences
            .iter()
            .find(|s| s.start <= quote.start && quote.start < s.end.max(s.start + 1))?;
        let closing = *sentences
            .iter()
            .find(|s| s.start < quote.end && quote.end <= s.end)
            .unwrap_or(sentences.last()?);
        // After the quotation, in the sentence where it closes.
        if quote.end < closing.end as usize as u32 {
            let tail = Span {
                start: quote.end,
                end: closing.end,
            };
            let words = self.words_of(text, tail);
            let mentions = self.mentions(text, tail, &words, &state.people);
            let cues = find_cues(text, &words);
            let tail_text = text[tail.range()].trim_start();
            let direct_tail = tail_text.starts_with([',', '.', '!', '?', '—', '–'])
                || tail_text.chars().next().is_some_and(char::is_lowercase)
                || tail_text.chars().next().is_some_and(char::is_uppercase);
            // "“…,” according to X."
            let lowered_tail = tail_text.trim_start_matches([',', ' ']).to_lowercase();
            if lowered_tail.starts_with("according to") {
                let after = mentions.first();
                if let Some(mention) = after {
                    return Some(Speaker::new(
                        &mention.target,
                        "according to",
                        None,
                        Some(closing),
                        0.95,
                        Rule::QuoteTail,
                    ));
                }
            }
            // "“…,” read the statement.": a document's words are its
            // issuer's.
            let read_document = ["read the ", "reads the ", "read a ", "reads a "]
                .iter()
                .find_map(|verb| lowered_tail.strip_prefix(verb))
                .and_then(|rest| {
                    rest.split(|c: char| !c.is_alphanumeric() && c != 'é')
                        .next()
                })
                .is_some_and(is_document_noun);
            // "“…,” reads Judge X's opinion.": the owner of the document.
            let owner = ["read ", "reads "]
                .iter()
                .any(|verb| lowered_tail.starts_with(verb))
                .then(|| mentions.first())
                .flatten()
                .filter(|mention| mention.possessive && owns_document(text, mention));
            if let Some(owner) = owner {
                return Some(Speaker::new(
                    &owner.target,
                    "reads",
                    None,
                    Some(closing),
                    0.9,
                    Rule::QuoteTail,
                ));
            }
            // "“…,” read a statement from the ministry.": the issuer the
            // document is from.
            let issuer = read_document
                .then(|| {
                    mentions.iter().find(|mention| {
                        !mention.possessive && {
                            let before = lower_tail(text[..mention.start].trim_end(), 12);
                            let before = before.strip_suffix(" the").unwrap_or(&before);
                            [" from", " by", " of"]
                                .iter()
                                .any(|word| before.ends_with(word))
                        }
                    })
                })
                .flatten()
                .filter(|mention| {
                    text[quote.end as usize..mention.start]
                        .split_whitespace()
                        .count()
                        <= 7
                });
            if let Some(issuer) = issuer {
                return Some(Speaker::new(
                    &issuer.target,
                    "read",
                    None,
                    Some(closing),
                    0.9,
                    Rule::QuoteTail,
                ));
            }
            if read_document {
                return Some(Speaker::new(
                    &Target::Document,
                    "read",
                    None,
                    Some(closing),
                    0.9,
                    Rule::QuoteTail,
                ));
            }
            // "“…,” X, a senior official at Y, said": the name opening the
            // tail, with what describes it set off by two commas.
            let apposed = |cue: &Cue| {
                mentions.iter().find(|m| {
                    words.first().is_some_and(|first| first.start == m.start)
                        && !m.possessive
                        && m.end <= words[cue.first].start
                        && appositive_gap(&text[m.end..words[cue.first].start])
                })
            };
            if let Some(cue) = cues.first().filter(|cue| {
                // "“Where is the money?” demanded X": a verb of stance
                // right after the quotation is inverted as "said" is.
                let inverted_stance = cue.kind == CueKind::Stance
                    && cue.first == 0
                    && cue.first == cue.last
                    && lower(&words[0]).ends_with("ed");
                (cue.kind == CueKind::Speech || inverted_stance)
                    && (cue.first <= 4
                        || titles_and_name(&words[..cue.first])
                        || apposed(cue).is_some())
                    && direct_tail
            }) {
                // ", said X" (the speaker after the verb), when no name
                // stands before the verb and X is no place after a preposition.
                // A participle (", adding that …") continues the sentence's
                // own subject: news inverts only a finite verb ("said X").
                // Nor does a coordinated verb ("…" and accused X) or one
                // whose next name is its object.
                let verb = lower(&words[cue.first]);
                let coordinated = words[..cue.first]
                    .iter()
                    .any(|w| matches!(lower(w).as_str(), "and" | "but" | "or" | "then"));
                let named_before = verb.ends_with("ing")
                    || coordinated
                    || names::rules().is_object_first_verb(&verb)
                    || mentions
                        .iter()
                        .any(|m| m.end <= words[cue.first].start && !m.possessive);
                let after: Vec<&Mention> = mentions
                    .iter()
                    .filter(|m| m.start >= words[cue.last].end && !named_before)
                    .collect();
                // "“…,” said a spokesman for X": the body or state a voice
                // speaks for, within a few words of the verb.
                let voiced = after.iter().find(|m| {
                    let gap = &text[words[cue.last].end..m.start];
                    matches!(m.target, Target::Actor(_))
                        && !gap.contains([',', ';'])
                        && gap.split_whitespace().count() <= 5
                        && clauses::after_voice_phrase(text, m.start)
                });
                // "…,” said the head of the agency, X": a voice's holder
                // named right after the body it speaks for is the one who
                // speaks.
                let voiced = voiced.map(|body| {
                    after
                        .iter()
                        .find(|next| {
                            next.start > body.end
                                && !next.possessive
                                && text[body.end..next.start].trim() == ","
                                && matches!(&next.target, Target::Actor(actor)
                                    if self.kind_of(actor) == ActorKind::Person)
                        })
                        .unwrap_or(body)
                });
                let speaker = voiced.or_else(|| {
                    after.iter().find(|m| {
                        let gap = &text[words[cue.last].end..m.start];
                        // "said presidential aide X": descriptions of the
                        // speaker only. "told pilgrims in X" names the
                        // audience and a place, not the speaker.
                        let titles_only = office_before_its_owner(gap.trim().trim_end_matches(','))
                            .trim_start()
                            .trim_start_matches("one of ")
                            .split_whitespace()
                            .all(|word| !PREPOSITIONS.contains(&word.to_lowercase().as_str()))
                            && !matches!(
                                lower(&words[cue.first]).as_str(),
                                "told" | "tells" | "telling"
                            );
                        // "said his father, X," or "said a senior aide, X,": a
                        // short description set off by a comma before the name.
                        let described = gap.trim().strip_suffix(',').is_some_and(|description| {
                            // "said one of the organisers, X,": one of a
                            // group, described as a determiner's noun is.
                            let description =
                                description.strip_prefix("one of ").unwrap_or(description);
                            // "said the finance minister of Tuvalu, X,": the
                            // state or body an office is of, named after it.
                            let description = office_before_its_owner(description);
                            let words: Vec<&str> = description.split_whitespace().collect();
                            // "said Berg's deputy, X,": an owner stands for the
                            // determiner.
                            let owner = crate::text::is_possessive(words[0]);
                            (2..=4).contains(&words.len())
                                && (names::rules().is_determiner(words[0]) || owner)
                                && words[1..].iter().all(|word| {
                                    // "said the Kremlin's spokesman, X,".
                                    names::is_description_word(word)
                                        || crate::text::is_possessive(word)
                                })
                        });
                        // "said Berg's deputy": the owner of a role is not its
                        // holder; the owner of a voice ("X's spokesman") speaks.
                        // "said Tuvalu's finance minister, X": the role may
                        // come after words that qualify it. "said Russia's
                        // foreign ministry spokeswoman X": a voice with its
                        // holder's name is the holder; alone, the owner's.
                        let owned = match m.possessive {
                            true => nouns_after_possessive(text, m),
                            false => Vec::new(),
                        };
                        let rules = names::rules();
                        let voice = owned.iter().any(|noun| rules.is_voice(noun));
                        let role = owned
                            .iter()
                            .any(|noun| rules.is_role(noun) || rules.is_role_part(noun));
                        let holder_named = voice
                            && after.iter().any(|next| {
                                let between = &text[m.end.min(next.start)..next.start];
                                next.start > m.end
                                    && !next.possessive
                                    && matches!(next.target, Target::Actor(_))
                                    && between.split_whitespace().count() <= 5
                                    && !between.contains(['.', ';'])
                            });
                        let owns_a_role = role && !voice || holder_named;
                        (!gap.contains([',', ';']) || described)
                            && !owns_a_role
                            && gap.split_whitespace().count() <= 6
                            && titles_only
                            && !preceded_by_preposition(text, m.start)
                    })
                });
                // "said Bank of Arden governor X", "said Helm Bank chief
                // executive X": a body before a role and a name is the
                // person's employer; the person speaks.
                let speaker = speaker.map(|mention| match mention.possessive {
                    true => *mention,
                    false => self
                        .holder_after_employer(text, &mentions, mention)
                        .unwrap_or(mention),
                });
                if let Some(mention) = speaker {
                    return Some(Speaker::new(
                        &mention.target,
                        words[cue.first].text,
                        cue.stance,
                        Some(closing),
                        1.0,
                        Rule::QuoteTail,
                    ));
                }
                // ", X said" (the speaker before the verb). A name after a
                // preposition ("… toward X, saying") is no speaker.
                // A body or a place inside the description ("a senior
                // official at the ministry") is no speaker: the name it
                // describes is.
                let before = apposed(cue).or_else(|| {
                    mentions
                        .iter()
                        .rev()
                        .find(|m| m.end <= words[cue.first].start && !m.possessive)
                        .filter(|m| !preceded_by_preposition(text, m.start))
                });
                if let Some(mention) = before {
                    let gap = &text[mention.end..words[cue.first].start];
                    if appositive_gap(gap)
                        || gap.split_whitespace().count() <= 3 && !gap.contains([',', ';'])
                    {
                        return Some(Speaker::new(
                            &mention.target,
                            words[cue.first].text,
                            cue.stance,
                            Some(closing),
                            1.0,
                            Rule::QuoteTail,
                        ));
                    }
                }
            }
        }
        // Before the quotation, in the sentence where it opens.
        if opening.start < quote.start {
            let head = Span {
                start: opening.start,
                end: quote.start,
            };
            let head_text = text[head.range()].trim_end();
            let words = self.words_of(text, head);
            let mentions = self.mentions(text, head, &words, &state.people);
            let cues = find_cues(text, &words);
            // The subject of a cue before the quotation speaks it, with the
            // cue's stance.
            let head_speaker = |subject: usize, cue: &Cue| {
                Speaker::new(
                    &mentions[subject].target,
                    &text[words[cue.first].start..words[cue.last].end],
                    cue.stance,
                    Some(opening),
                    1.0,
                    Rule::QuoteHead,
                )
            };
            // "X said (that) “…", with the cue close to the quotation.
            if let Some(cue) = cues.iter().rev().find(|cue| {
                let between = &text[words[cue.last].end..quote.start as usize];
                between.split_whitespace().count() <= 2 && cue.kind == CueKind::Speech
            }) {
                if let Some((subject, _)) = subject_of(text, &words, &mentions, cue) {
                    // "X was quoted as saying that Moscow saw “…”": a
                    // speaker inside an earlier speaker's report is
                    // reported by them, who is the one quoted.
                    let outer = cues
                        .iter()
                        .filter(|outer| {
                            outer.kind == CueKind::Speech
                                && words[outer.last].end <= mentions[subject].start
                        })
                        .find_map(|outer| {
                            subject_of(text, &words, &mentions, outer).map(|(at, _)| (at, outer))
                        });
                    let (subject, cue) = outer.unwrap_or((subject, cue));
                    return Some(head_speaker(subject, cue));
                }
            }
            // "X …: “…" — a colon introduces the speaker's words, and so does
            // a comma after a short clause that opens with the speaker ("X
            // spoke on the radio, “…").
            let short_clause = head_text.ends_with(',')
                && head_text.split_whitespace().count() <= 14
                && !head_text.contains(['“', '”', '"', ';']);
            // "Part of the judge's statement reads “…”", "The summary of
            // the decision read in part: “…”": a document gives its words.
            let lowered_head = head_text.trim_end_matches(':').to_lowercase();
            let head_words: Vec<&str> = lowered_head
                .split(|c: char| !c.is_alphanumeric() && c != 'é' && c != '’' && c != '\'')
                .filter(|word| !word.is_empty())
                .collect();
            let document_reads = ["read", "reads", "read in part", "reads in part"]
                .iter()
                .any(|verb| lowered_head.ends_with(&format!(" {verb}")));
            // Only "the", "its" or "their" before the noun leaves the
            // document to its last issuer: "the judge's statement" is the
            // judge's, whoever issued one before.
            let issuers_document = document_reads
                && head_words.windows(2).any(|pair| {
                    matches!(pair[0], "the" | "its" | "their") && is_document_noun(pair[1])
                });
            // "X issued a statement at the ministry saying, “…”", "…,
            // writing “…”": a participle of saying hands the quotation to
            // the clause's subject, however long the clause.
            let participle = head_words
                .last()
                .is_some_and(|word| super::cues::introduces_a_quote(word));
            // A cue before the participle ("X defended the plan at length,
            // writing “…”") names the subject and gives the stance.
            let cue_before = cues.iter().rev().find(|cue| cue.first + 1 < words.len());
            if let Some(cue) = cue_before.filter(|_| participle) {
                if let Some((subject, _)) = subject_of(text, &words, &mentions, cue) {
                    return Some(head_speaker(subject, cue));
                }
            }
            // "Addressing the delegates, X proposed: “…": the subject of the
            // verb before the colon speaks, with its stance, and not whoever
            // an opening phrase names first.
            // A cue set off before a comma ("X, asked about it, was blunt:")
            // belongs to an aside, not to the clause the colon ends.
            let colon_cue = cues.last().filter(|cue| {
                head_text.ends_with(':')
                    && !text[words[cue.last].end..quote.start as usize].contains(',')
            });
            if let Some(cue) = colon_cue {
                if let Some((subject, false)) = subject_of(text, &words, &mentions, cue) {
                    return Some(head_speaker(subject, cue));
                }
            }
            if head_text.ends_with(':') || short_clause || document_reads || participle {
                let subject = mentions.iter().find(|m| {
                    !m.possessive
                        && !preceded_by_preposition(text, m.start)
                        && !matches!(m.target, Target::Body | Target::Plural)
                });
                // "X's statement read: “…”", "X's spokesman added: “…”":
                // the owner of a document or a voice speaks.
                let subject = subject.or_else(|| {
                    mentions.iter().find(|m| {
                        m.possessive
                            && (owns_document(text, m)
                                || noun_after_possessive(text, m).is_some_and(|noun| {
                                    names::rules().is_voice(&noun)
                                        || head_text.ends_with(':')
                                            && names::rules().is_message_noun(&noun)
                                }))
                    })
                });
                if let Some(mention) = subject {
                    return Some(Speaker::new(
                        &mention.target,
                        ":",
                        None,
                        Some(opening),
                        0.9,
                        Rule::QuoteColon,
                    ));
                }
                // "Their statement also read “…”": whoever the text last
                // said issued one.
                if issuers_document {
                    return Some(Speaker::new(
                        &Target::Document,
                        "read",
                        None,
                        Some(opening),
                        0.8,
                        Rule::QuoteColon,
                    ));
                }
            }
        }
        None
    }

    /// Where an answer's tag ("A:", "ANSWER:") opening a paragraph ends: a
    /// transcript of questions and answers names the briefer once, in its
    /// title or first turn, and tags the answers so.
    pub(crate) fn answer_tag(text: &str, paragraph: Span, after_question: bool) -> Option<usize> {
        let body = &text[paragraph.range()];
        // "A. We will not sign it": an interview printed with stops after
        // its tags. Only after a question's tag, as "A." may be an initial.
        if after_question && body.starts_with("A. ") {
            return Some(paragraph.start as usize + 2);
        }
        let colon = body.find(':')?;
        matches!(body[..colon].trim(), "A" | "ANSWER" | "Answer")
            .then_some(paragraph.start as usize + colon + 1)
    }

    /// Whether a paragraph opens with a question's tag: "Q:", "Q.",
    /// "QUESTION:", "Question:".
    pub(crate) fn question_tag(text: &str, paragraph: Span) -> bool {
        let body = &text[paragraph.range()];
        ["Q:", "Q.", "Q ", "Q\t", "Q\u{a0}", "QUESTION:", "Question:"]
            .iter()
            .any(|tag| body.starts_with(tag))
    }

    /// The one an interview's answers stand for when no title names a
    /// speaker: the person its introduction named first ("X, the foreign
    /// minister, spoke to our correspondent.").
    pub(crate) fn interviewee(&self, people: &People, before: usize) -> Option<Target> {
        let first = people
            .people
            .iter()
            .filter(|person| person.first < before)
            .min_by_key(|person| person.first)?;
        self.named_speaker(&first.name, first.first, people, true)
    }

    /// A transcript's speaker tag opening a paragraph ("MR. DOE:", "THE
    /// PRESIDENT:", "Jane Doe:", "Q:"), with where it ends and who it names.
    pub(crate) fn speaker_tag(
        &self,
        text: &str,
        paragraph: Span,
        people: &People,
        spellings: &mut Spellings,
    ) -> Option<(usize, Target)> {
        let body = &text[paragraph.range()];
        let at = paragraph.start as usize;
        // "Q   Thank you." — a question from the floor, tagged without a colon.
        if body.starts_with("Q ")
            || body.starts_with("Q. ")
            || body.starts_with("Q\t")
            || body.starts_with("Q\u{a0}")
        {
            return Some((at + 1, Target::Anonymous));
        }
        let colon = body.find(':')?;
        let tag = body[..colon].trim();
        // An aside after the name: "(via interpreter)", "(retranslated)".
        let tag = match tag.find('(') {
            Some(open) => tag[..open].trim(),
            None => tag,
        };
        let words: Vec<&str> = tag.split_whitespace().collect();
        if words.is_empty() || words.len() > 7 || tag.len() > 70 {
            return None;
        }
        let all_caps = tag.chars().any(char::is_alphabetic) && !tag.chars().any(char::is_lowercase);
        let title_case = words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                || matches!(*word, "of" | "the" | "and" | "de" | "von" | "van")
        });
        if !(all_caps || title_case) {
            return None;
        }
        let end = at + colon + 1;
        // "X: “…”" in a news report is a quotation introduced by its
        // speaker; a transcript gives a turn's words without quotation
        // marks.
        if body[colon + 1..]
            .trim_start()
            .starts_with(['"', '“', '«', '‘', '\''])
        {
            return None;
        }
        // A question from the floor is nobody the index can name.
        if matches!(
            words[0],
            "Q" | "QUESTION"
                | "Question"
                | "REPORTER"
                | "Reporter"
                | "AUDIENCE"
                | "Audience"
                | "MODERATOR"
                | "Moderator"
                | "PARTICIPANT"
                | "Participant"
        ) {
            return Some((end, Target::Anonymous));
        }
        // "SENIOR ADMINISTRATION OFFICIAL:": a background briefing's
        // speaker, whom the transcript leaves unnamed on purpose.
        if words
            .last()
            .is_some_and(|last| matches!(last.to_lowercase().as_str(), "official" | "officials"))
        {
            return Some((end, Target::Anonymous));
        }
        let normal: String = if all_caps {
            words
                .iter()
                .map(|word| {
                    // The article's own spelling of the name, when it gives
                    // one ("MCCARTHY" is "McCarthy", not "Mccarthy").
                    if let Some(spelled) = spellings.of(text, word) {
                        return spelled.to_string();
                    }
                    let mut chars = word.chars();
                    let first = chars.next().unwrap_or(' ');
                    first
                        .to_uppercase()
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            words.join(" ")
        };
        // "PRIME MINISTER:", "SPOKESPERSON:": a tag of an office alone is
        // its holder, as "THE PRIME MINISTER:" is.
        self.named_speaker(&normal, at, people, all_caps)
            .or_else(|| {
                let office = !normal.starts_with("The ")
                    && normal
                        .split_whitespace()
                        .all(|word| names::rules().is_title(word) || names::rules().is_role(word));
                office
                    .then(|| self.named_speaker(&format!("The {normal}"), at, people, false))
                    .flatten()
            })
            .map(|target| (end, target))
    }

    /// The speaker a short name string stands for ("Jane Doe", "MR. DOE"
    /// normalised, "NATO Secretary General X"): the last registered actor it
    /// names, else the last name found in it.
    /// The one a tag or a title names. A lone capitalised word the text
    /// never spelled out in full is a surname only in a transcript's capitals
    /// ("PRICE:"): in mixed case, "Background:" and "Update:" label a
    /// paragraph of a report.
    fn named_speaker(
        &self,
        normal: &str,
        at: usize,
        people: &People,
        unknown_surname_allowed: bool,
    ) -> Option<Target> {
        if let Some(hit) = self.matcher.find_iter(normal).last() {
            return Some(Target::Actor(ActorRef::Known(
                self.pattern_actor[hit.pattern().as_usize()],
            )));
        }
        let found = names::rules().find(normal, Span::new(0, normal.len()));
        for mention in found.iter().rev() {
            let target = match &mention.found {
                Found::Surname { name, .. } => match people.by_surname(name, at) {
                    Some(index) => Some(Target::Actor(
                        self.actor_named(&people.people[index].name, ActorKind::Person),
                    )),
                    // A surname the text never spelled out in full is still
                    // the speaker's name.
                    None => match self.registered(name) {
                        Some(index) => Some(Target::Actor(ActorRef::Known(index))),
                        None if unknown_surname_allowed => Some(Target::Actor(ActorRef::New {
                            name: name.clone(),
                            kind: ActorKind::Person,
                        })),
                        None => None,
                    },
                },
                other => self.target_of(other, at, people, &[]),
            };
            if target.is_some() {
                return target;
            }
        }
        None
    }

    /// The speaker an official page's title names for the whole text:
    /// "Press conference by NATO Secretary General X", "Remarks by X", when
    /// the text opens in the speaker's own voice (a greeting or "I", "we").
    /// A news report's headline ("Statement by X angers Y") is followed by
    /// the reporter's third person, and names nobody here.
    pub(crate) fn title_speaker(&self, article: &Article, people: &People) -> Option<Target> {
        let phrases = transcript_phrases();
        let first = article
            .blocks
            .iter()
            .find(|block| block.kind == BlockKind::Paragraph)?;
        let opening = article.text[first.span.range()]
            .to_lowercase()
            .replace('’', "'");
        let own_voice = phrases
            .openings
            .iter()
            .any(|greeting| opening.starts_with(greeting.as_str()))
            || opening
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|word| matches!(word, "i" | "we" | "i'm" | "we're" | "our" | "my"));
        if !own_voice {
            return None;
        }
        self.titled_speaker(article, people)
    }

    /// The one person an official page's title names as speaking ("Press
    /// briefing by Spokesperson X"), whoever opens the text: the briefer
    /// that a transcript's answer tags ("A:", "ANSWER:") stand for.
    pub(crate) fn titled_speaker(&self, article: &Article, people: &People) -> Option<Target> {
        let title = article.title.as_str();
        let lowered = title.to_lowercase();
        let phrases = transcript_phrases();
        let after = phrases.speech_titles.iter().find_map(|phrase| {
            lowered
                .strip_prefix(phrase.as_str())
                .map(|_| &title[phrase.len()..])
        })?;
        // The name and its titles end at the first lower-case word: "Remarks
        // by X on NATO" names X, not NATO.
        let name_end = after
            .split_whitespace()
            .find(|word| {
                word.starts_with(char::is_lowercase)
                    && !matches!(*word, "of" | "the" | "de" | "von" | "van" | "al")
            })
            .and_then(|word| after.find(&format!(" {word}")))
            .unwrap_or(after.len());
        // A joint appearance ("Remarks by X and Y") has no single speaker;
        // an "and" in the topic after the name ("X on Threats and
        // Provocations") is no second one.
        if after[name_end..].trim_start().starts_with("and ") {
            return None;
        }
        self.named_speaker(&after[..name_end], 0, people, true)
            .filter(|target| matches!(target, Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person))
    }

    /// Whether a state or body is known to be another side than the
    /// speaker's: the registry gives the speaker an affiliation, and the
    /// body is not it. With no affiliation known, a body may be the
    /// speaker's own "we", and it is not taken for another side.
    fn of_another_side(&self, body: &ActorRef, speaker: Option<&ActorRef>) -> bool {
        let Some(ActorRef::Known(speaker)) = speaker else {
            return false;
        };
        let Some(side) = self.registry.actors[*speaker].affiliation.as_deref() else {
            return false;
        };
        self.kind_of(body) != ActorKind::Person && self.name_of(body) != side
    }

    /// Attributes a transcript paragraph: what the speaker says is theirs,
    /// sentence by sentence, except questions and courtesies; positions the
    /// speaker reports of others are found as in any other text.
    pub(crate) fn attribute_turn(
        &self,
        text: &str,
        sentences: &[Span],
        speaker: &Target,
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        let actor = state.resolve(speaker);
        for &sentence in sentences {
            let sentence_text = text[sentence.range()].trim();
            let content = match sentence_text.find(':') {
                Some(colon) if sentence.start == sentences[0].start && colon < 70 => {
                    sentence_text[colon + 1..].trim()
                }
                // An answer's tag set with a stop: "A. We will not sign".
                _ if sentence.start == sentences[0].start && sentence_text.starts_with("A. ") => {
                    sentence_text[3..].trim()
                }
                _ => sentence_text,
            };
            // Positions others hold, as the speaker reports them, are theirs.
            let before = found.len();
            self.attribute_sentence(text, sentence, &[], state, found);
            // A stance the speaker ascribes to others with no verb of saying
            // ("X is not threatening anyone") is the speaker's own claim,
            // unless it reports an act of taking a position ("X proposed",
            // "X rejected") by another person or by a side other than the
            // speaker's own.
            let mut kept = before;
            for index in before..found.len() {
                let statement = &found[index];
                let other_side = Some(&statement.actor) != actor.as_ref()
                    && (self.kind_of(&statement.actor) == ActorKind::Person
                        || self.of_another_side(&statement.actor, actor.as_ref()));
                // "As X said, this is a historic deal": the speaker agrees
                // with X in the speaker's own words.
                if cited_in_an_aside(sentence_text, &statement.cue) {
                    continue;
                }
                if statement.rule != Rule::AttributedStance
                    || (other_side && reports_an_act(sentence_text, &statement.cue))
                {
                    found.swap(kept, index);
                    kept += 1;
                }
            }
            found.truncate(kept);
            // A state or body named as subject in the speaker's words is most
            // often the speaker's own "we"; another person's reported
            // position, or another side's, takes the sentence from the
            // speaker.
            let reports_others = found[before..].iter().any(|attribution| {
                attribution.rule != Rule::JointFirstPerson
                    && Some(&attribution.actor) != actor.as_ref()
                    && (self.kind_of(&attribution.actor) == ActorKind::Person
                        || self.of_another_side(&attribution.actor, actor.as_ref()))
            });
            for attribution in &found[before..] {
                state.note(&Target::Actor(attribution.actor.clone()), self);
            }
            if found.len() == before {
                self.note_subject(text, sentence, state);
            }
            let words = content.split_whitespace().count();
            let question = content.trim_end_matches(['"', '”', ')']).ends_with('?');
            // Greetings, thanks and running the event are courtesies, not
            // positions.
            let lowered_content = content.to_lowercase();
            // A short sentence counts only with a word of stance ("I agree.",
            // "There is no justification.").
            // A spoken opener ("So, good afternoon", "Well, great.") hides
            // neither a greeting nor a bare interjection.
            let spoken = strip_spoken_openers(&lowered_content);
            let courtesy = words < 5 && stance::evidence(content) < 0.5
                || is_courtesy(spoken)
                || spoken.split_whitespace().count() < 2;
            // Narration of events in the speaker's mouth ("The call covered a
            // range of issues") holds no position; any other sentence of the
            // turn is the speaker's claim, as every sentence of a quotation
            // is its speaker's.
            let first_person = content
                .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
                .any(|word| {
                    matches!(
                        word.to_lowercase().replace('\'', "’").as_str(),
                        "i" | "we"
                            | "i’m"
                            | "we’re"
                            | "i’ve"
                            | "we’ve"
                            | "i’d"
                            | "we’d"
                            | "i’ll"
                            | "we’ll"
                            | "my"
                            | "our"
                            | "us"
                    )
                });
            // The speaker's own meeting or call, told with no verb of
            // saying and no word of stance, is narration in the first
            // person.
            let evidence = stance::evidence(content);
            let narration = narrates_event(&lowered_content);
            let own_act = narration
                && evidence < 0.5
                && narrates_own_act(&lowered_content)
                && super::cues::find_cues(text, &self.words_of(text, sentence)).is_empty();
            let positional = (first_person && !own_act) || evidence >= 0.5 || !narration;
            // "The President will press for …", "He laid out a path": a
            // person the turn's sentence opens with, and that person's own
            // course, hold the position the briefer tells of.
            // A reporter's turn, whose speaker is nobody, holds none.
            let principal = actor
                .as_ref()
                .and_then(|_| self.principal_opening(text, sentence, content, state));
            let actor = principal
                .as_ref()
                .filter(|principal| Some(*principal) != actor.as_ref())
                .or(actor.as_ref());
            if let (Some(actor), false, false, false, true) =
                (actor, question, courtesy, reports_others, positional)
            {
                // The evidence is the turn's words, without the tag that
                // names their speaker.
                let content_start = content.as_ptr() as usize - text.as_ptr() as usize;
                found.push(Attribution {
                    span: Span::new(content_start, sentence.end as usize),
                    actor: actor.clone(),
                    stance: stance::classify(content, None, false),
                    quote: QuoteKind::Direct,
                    cue: "transcript".into(),
                    confidence: 0.8,
                    rule: Rule::TranscriptTurn,
                });
            }
        }
    }

    /// The person a turn's sentence opens with as its subject, when a verb
    /// of `principal_verbs` follows the mention: "President X will …", "He
    /// also laid out …". Not "X and I", which is the speaker's own, nor a
    /// bare "the President", which may mean either side's.
    fn principal_opening(
        &self,
        text: &str,
        sentence: Span,
        content: &str,
        state: &Discourse,
    ) -> Option<ActorRef> {
        // Most sentences of a turn have no such verb near their start: the
        // words are looked at before the mentions are found.
        let phrases = transcript_phrases();
        let verb_near_start = content
            .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
            .filter(|word| !word.is_empty())
            .take(8)
            .any(|word| {
                let word = word.to_lowercase().replace('\'', "’");
                word.ends_with("’ll") || phrases.principal_verbs.contains(&word)
            });
        if !verb_near_start {
            return None;
        }
        let content_start = content.as_ptr() as usize - text.as_ptr() as usize;
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        let first = mentions
            .iter()
            .find(|mention| mention.start >= content_start)?;
        let before = text.get(content_start..first.start)?.trim().to_lowercase();
        let opener = before.is_empty()
            || matches!(
                before.trim_end_matches(','),
                "and" | "but" | "so" | "today" | "now"
            );
        // "The President" in a briefing may mean whichever president the
        // talk is about; a name or a pronoun is surer.
        let described = text[first.start..first.end]
            .to_lowercase()
            .starts_with("the ");
        if !opener || first.possessive || described {
            return None;
        }
        let after = text.get(first.end..sentence.end as usize)?.to_lowercase();
        let mut next = after
            .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
            .filter(|word| !word.is_empty())
            .map(|word| word.replace('\'', "’"));
        let verb = next.find(|word| {
            !(matches!(word.as_str(), "also" | "again" | "just") || word.ends_with("ly"))
        })?;
        let elided = text
            .get(first.end..)
            .is_some_and(|rest| rest.starts_with("’ll") || rest.starts_with("'ll"));
        if !(elided || phrases.principal_verbs.contains(&verb))
            || after.trim_start().starts_with("and ")
        {
            return None;
        }
        let actor = state.resolve(&first.target)?;
        (self.kind_of(&actor) == ActorKind::Person).then_some(actor)
    }

    /// The person right after a body with only a title between ("the
    /// Nordic Council trade chief X", "said Bank of Arden governor X"): the
    /// body says whom the person serves, and the person is the one who
    /// speaks.
    pub(crate) fn holder_after_employer<'m>(
        &self,
        text: &str,
        mentions: &'m [Mention],
        body: &Mention,
    ) -> Option<&'m Mention> {
        if !matches!(&body.target, Target::Actor(actor) if self.kind_of(actor) != ActorKind::Person)
        {
            return None;
        }
        let person = mentions.iter().find(|mention| mention.start >= body.end).filter(|person| {
            matches!(&person.target, Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person)
        })?;
        let gap: Vec<&str> = text[body.end..person.start].split_whitespace().collect();
        is_office_title(&gap).then_some(person)
    }

    /// The person set off after a possessive's office ("by Brazil's finance
    /// minister, Fernando Lemos, as …"): the office's holder, named in the
    /// apposition, is the one who acts.
    pub(crate) fn holder_set_after_office(
        &self,
        text: &str,
        mentions: &[Mention],
        owner: usize,
    ) -> Option<usize> {
        let body = &mentions[owner];
        if !body.possessive {
            return None;
        }
        let next = owner + 1;
        let person = mentions.get(next).filter(|person| {
            matches!(&person.target, Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person)
        })?;
        let gap = text[body.end..person.start]
            .trim_start_matches(['’', '\'', 's'])
            .trim();
        let office: Vec<&str> = gap.strip_suffix(',')?.split_whitespace().collect();
        is_office_title(&office).then_some(next)
    }

    /// Notes the first person a sentence names outside a prepositional
    /// phrase, its likely subject, as the one a later "he" or "she" means.
    pub(crate) fn note_subject(&self, text: &str, sentence: Span, state: &mut Discourse) {
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        // People unnamed in the plural ("Reporters asked X …") are nobody
        // a later "he" or "she" means: the person after them is.
        let unnamed_people = |mention: &Mention| {
            mention.target == Target::Anonymous
                && coref::unnamed_in_plural(&text[mention.start..mention.end])
        };
        let mut subject = mentions.iter().find(|mention| {
            !(mention.possessive
                || preceded_by_preposition(text, mention.start)
                || unnamed_people(mention))
        });
        // "The Nordic Council's trade chief" written without the "'s": a
        // body right before a person's title and name only says whom the
        // person serves, and the person is the subject.
        if let Some(body) = subject {
            if let Some(person) = self.holder_after_employer(text, &mentions, body) {
                subject = Some(person);
            }
        }
        // "A spokesman for the ministry said …": somebody unnamed spoke, and
        // a later "he" is more likely them than anyone named before.
        if let Some(mention) = subject.filter(|mention| mention.target == Target::Anonymous) {
            state.note_unnamed(&text[mention.start..mention.end], self);
            return;
        }
        // "X met Y in Brussels. “…,” she said": a person of the other
        // gender the sentence names beside its subject comes before the
        // subject, so that "he" still means him and "she" may find her.
        // People of the same or an unknown gender are left out: the pronoun
        // could mean either.
        let gender_of = |target: &Target| match target {
            Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person => {
                Some(state.people.gender_of(self.name_of(actor)))
            }
            _ => None,
        };
        let subject_gender = subject
            .and_then(|subject| gender_of(&subject.target))
            .filter(|gender| *gender != names::Gender::Unknown);
        if let Some(subject_gender) = subject_gender {
            let others: Vec<&ActorRef> = mentions
                .iter()
                .filter(|mention| !mention.possessive)
                .filter(|mention| {
                    gender_of(&mention.target).is_some_and(|gender| {
                        gender != names::Gender::Unknown && gender != subject_gender
                    })
                })
                .filter_map(|mention| match &mention.target {
                    Target::Actor(actor) => Some(actor),
                    _ => None,
                })
                .collect();
            for actor in others {
                state.note_in_passing(actor, self);
            }
        }
        if let Some(Mention {
            target: target @ Target::Actor(actor),
            ..
        }) = subject
        {
            if self.kind_of(actor) == ActorKind::Person {
                state.note(target, self);
            }
        }
        // "X and her counterparts, Y and Z, met …": a subject listing
        // people is the group a later "They" means.
        if let Some(first) = subject.and_then(|subject| {
            mentions
                .iter()
                .position(|mention| std::ptr::eq(mention, subject))
        }) {
            let mut group: Vec<ActorRef> = Vec::new();
            // A bare comma between two names sets off an apposition ("The
            // minister, X, …") unless an "and" makes the run a list.
            let mut joined_by_and = false;
            for (index, mention) in mentions.iter().enumerate().skip(first) {
                let Target::Actor(actor) = &mention.target else {
                    break;
                };
                if self.kind_of(actor) != ActorKind::Person {
                    continue;
                }
                if index > first {
                    let gap = &text[mentions[index - 1].end..mention.start];
                    if !listing_gap(gap) {
                        break;
                    }
                    joined_by_and |= gap.split_whitespace().any(|word| word == "and");
                }
                if !group.contains(actor) {
                    group.push(actor.clone());
                }
            }
            if group.len() >= 2 && joined_by_and {
                state.note_joint(&group);
                state.close_sentence();
            }
        }
    }

    /// Notes somebody unnamed who opens a sentence ("A spokesman for the
    /// ministry said"), whose words went to the body they speak for.
    pub(crate) fn note_unnamed_voice(&self, text: &str, sentence: Span, state: &mut Discourse) {
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        if let Some(mention) = mentions
            .first()
            .filter(|mention| mention.target == Target::Anonymous)
        {
            state.note_unnamed(&text[mention.start..mention.end], self);
        }
    }

    /// "X said:" closing a paragraph with no quotation after the colon: the
    /// speaker of a quotation opening the next paragraph.
    pub(crate) fn colon_speaker(
        &self,
        text: &str,
        sentences: &[Span],
        quotes: &[quotes::Quotation],
        state: &Discourse,
    ) -> Option<Speaker> {
        let last = *sentences.last()?;
        let sentence_text = text[last.range()].trim_end();
        if !sentence_text.ends_with(':')
            || quotes
                .iter()
                .any(|q| q.span.start as usize >= last.start as usize + sentence_text.len())
        {
            return None;
        }
        let words = self.words_of(text, last);
        let mentions = self.mentions(text, last, &words, &state.people);
        let cues = find_cues(text, &words);
        // "X wrote:" and also "X rejected this argument:": a verb of stance
        // before the colon introduces the words that hold it.
        let cue = cues
            .iter()
            .rev()
            .find(|cue| cue.kind == CueKind::Speech)
            .or(cues.last())?;
        let (subject, _) = subject_of(text, &words, &mentions, cue)?;
        let cue_text = &text[words[cue.first].start..words[cue.last].end];
        Some(Speaker::new(
            &mentions[subject].target,
            cue_text,
            cue.stance,
            None,
            0.9,
            Rule::QuoteColon,
        ))
    }
}

/// The lower-case word right after a possessive mention ("X's deputy,"
/// gives "deputy"), without the punctuation that follows it.
fn noun_after_possessive(text: &str, mention: &Mention) -> Option<String> {
    text[mention.end..]
        .trim_start_matches(['’', '\'', 's'])
        .split_whitespace()
        .next()
        .map(|noun| noun.trim_end_matches([',', ':', '.']).to_lowercase())
}

/// The lower-case words of the description right after a possessive
/// mention, up to three and up to a comma: "X's finance minister, Y" gives
/// "finance" and "minister".
/// A description without the name of what its office is of ("the finance
/// minister of Tuvalu" gives "the finance minister"), when capitalised
/// words, after an optional "the", end it; else the description whole.
fn office_before_its_owner(description: &str) -> &str {
    let Some((office, owner)) = description.rsplit_once(" of ") else {
        return description;
    };
    let owner = owner.strip_prefix("the ").unwrap_or(owner);
    let named = (1..=5).contains(&owner.split_whitespace().count())
        && owner
            .split_whitespace()
            .all(|word| word.starts_with(char::is_uppercase));
    match named && office.split_whitespace().count() >= 2 {
        true => office,
        false => description,
    }
}

fn nouns_after_possessive(text: &str, mention: &Mention) -> Vec<String> {
    let mut nouns = Vec::new();
    for word in text[mention.end..]
        .trim_start_matches(['’', '\'', 's'])
        .split_whitespace()
        .take(3)
    {
        nouns.push(word.trim_end_matches([',', ':', '.', ';']).to_lowercase());
        if word.ends_with([',', ':', '.', ';']) {
            break;
        }
    }
    nouns
}

/// Whether a possessive mention owns a document named right after it, with
/// up to two words between: "Judge X's opinion", "the court's written
/// ruling".
fn owns_document(text: &str, mention: &Mention) -> bool {
    text[mention.end..]
        .trim_start_matches(['’', '\'', 's'])
        .split_whitespace()
        .take(3)
        .map(|word| word.trim_end_matches([',', ':', '.', ';']).to_lowercase())
        .any(|word| is_document_noun(&word))
}

/// The past tenses of the verbs of the stance cues that do not end in
/// "-ed": English morphology, not a rule, so it stays beside the code that
/// reads it.
const IRREGULAR_PAST: &[&str] = &[
    "sought", "withdrew", "put", "left", "kept", "struck", "took", "made", "gave", "chose",
    "threw", "drew", "broke", "won", "led", "held", "set", "sent", "laid", "began", "fought",
    "brought", "met", "overrode", "upheld", "forbade", "swore",
];

/// Whether a stance verb tells of an act of taking a position, as a verb in
/// the simple past does ("proposed", "rejected"), rather than a state of
/// mind or a description ("is prepared", "is not threatening").
fn reports_an_act(sentence: &str, cue: &str) -> bool {
    let Some(verb) = cue.split_whitespace().next() else {
        return false;
    };
    let lowered = sentence.to_lowercase();
    let verb = verb.to_lowercase();
    let Some(at) = lowered.find(&verb) else {
        return false;
    };
    let before = lowered[..at]
        .split_whitespace()
        .rev()
        .find(|word| !word.ends_with("ly"))
        .unwrap_or("");
    (verb.ends_with("ed") || IRREGULAR_PAST.contains(&verb.as_str()))
        && !matches!(
            before,
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "’s" | "'s"
        )
}

/// Whether the words between two names keep them in one list of people:
/// "and", commas, possessives, capitalised words ("his Greek and French
/// counterparts"), role nouns and "respectively", but no verb.
fn listing_gap(gap: &str) -> bool {
    gap.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .all(|word| {
            matches!(
                word,
                "and" | "his" | "her" | "their" | "its" | "the" | "respectively"
            ) || word.chars().next().is_some_and(char::is_uppercase)
                || names::rules().is_role(word.trim_end_matches('s'))
        })
}

/// Whether the words between a quotation and its verb are one speaker's
/// titles and name, however long ("Red Cross regional director Jane
/// Doe-Roe said"): capitalised words, role nouns, "of" and "the", and the
/// syllables of hyphenated names.
/// Whether the text between a name and its verb is a description set off
/// by two commas (", a professor at Y,"); one comma alone ends the clause
/// before the verb.
fn appositive_gap(gap: &str) -> bool {
    gap.matches(',').count() >= 2
        && gap.trim_start().starts_with(',')
        && gap.trim_end().ends_with(',')
        && gap.split_whitespace().count() <= 12
        && !gap.contains([';', '"', '“', '”'])
}

fn titles_and_name(words: &[Word]) -> bool {
    let is_role = |word: &Word| names::rules().is_role(&word.text.to_lowercase());
    words.len() <= 10
        && words.iter().enumerate().all(|(at, word)| {
            word.text.chars().next().is_some_and(char::is_uppercase)
                || matches!(word.text, "of" | "the")
                || is_role(word)
                || word.text.chars().count() <= 3 && word.text.chars().all(char::is_lowercase)
                // "Pentagon press secretary X": a word qualifying the role
                // after it.
                || word.text.chars().all(char::is_lowercase)
                    && words.get(at + 1).is_some_and(is_role)
        })
}

/// The phrases of `data/transcripts.toml`, read once.
#[derive(serde::Deserialize)]
struct TranscriptPhrases {
    courtesies: Vec<String>,
    openings: Vec<String>,
    speech_titles: Vec<String>,
    event_words: Vec<String>,
    own_acts: Vec<String>,
    own_act_auxiliaries: Vec<String>,
    principal_verbs: Vec<String>,
}

fn transcript_phrases() -> &'static TranscriptPhrases {
    static PHRASES: std::sync::OnceLock<TranscriptPhrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        toml::from_str(include_str!("../../data/transcripts.toml"))
            .expect("data/transcripts.toml is valid")
    })
}

/// Whether a cue stands in an aside that cites somebody before the
/// speaker's own words: "As X said, …", "…, as X indicated, …".
fn cited_in_an_aside(sentence: &str, cue: &str) -> bool {
    let lowered = sentence.to_lowercase();
    let Some(at) = lowered.find(&cue.to_lowercase()) else {
        return false;
    };
    if !lowered[at + cue.len()..].trim_start().starts_with(',') {
        return false;
    }
    let clause = lowered[..at]
        .rsplit([',', ':', '—'])
        .next()
        .unwrap_or_default()
        .trim_start();
    clause.starts_with("as ") && clause.split_whitespace().count() <= 5
}

/// A lower-case sentence without the spoken openers a turn may begin with
/// ("so,", "well,", "okay,", "and").
fn strip_spoken_openers(lowered: &str) -> &str {
    let mut rest = lowered.trim_start();
    loop {
        let stripped = [
            "so,", "well,", "okay,", "ok,", "now,", "look,", "and ", "but ", "so ",
        ]
        .iter()
        .find_map(|opener| rest.strip_prefix(opener));
        match stripped {
            Some(after) => rest = after.trim_start(),
            None => return rest,
        }
    }
}

/// Whether words are an office's title in lower case, as news sets one
/// between a body or an owner and the person holding it: description words
/// ending in a role, up to four ("trade chief", "finance minister").
fn is_office_title(words: &[&str]) -> bool {
    words.len() <= 4
        && words
            .last()
            .is_some_and(|last| names::rules().is_role(last))
        && words.iter().all(|word| names::is_description_word(word))
}

/// Whether a lower-case sentence of a transcript tells of an event, a
/// meeting, a call or a visit, by one of the event words.
fn narrates_event(lowered: &str) -> bool {
    let events = &transcript_phrases().event_words;
    lowered
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| events.iter().any(|event| event == word))
}

/// Whether a lower-case sentence of a transcript opens by telling of the
/// speaker's own meeting, call or visit: "we talked to them today",
/// "earlier this week, I spoke with X". The first person is the subject of
/// the sentence's first clause (nothing but an opener set off by a comma
/// before it) and an act of `own_acts` its verb. A first person later in
/// the sentence ("the steps we talked about are temporary") is not the
/// clause that carries the sentence.
fn narrates_own_act(lowered: &str) -> bool {
    let phrases = transcript_phrases();
    let rest = strip_spoken_openers(lowered);
    let rest = match rest.find(',') {
        Some(comma) if rest[..comma].split_whitespace().count() <= 5 => {
            rest[comma + 1..].trim_start()
        }
        _ => rest,
    };
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|word| !word.is_empty())
        .map(|word| word.replace('\'', "’"));
    let subject = words.next().unwrap_or_default();
    if !matches!(
        subject.as_str(),
        "i" | "we" | "i’ve" | "we’ve" | "i’d" | "we’d"
    ) {
        return false;
    }
    words
        .find(|word| {
            !phrases
                .own_act_auxiliaries
                .iter()
                .any(|auxiliary| auxiliary == word)
        })
        .is_some_and(|verb| phrases.own_acts.contains(&verb))
}

/// Days of the week, lower case: the time a contact told of may give.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether the words a verb of saying reports, lower case, only tell of a
/// meeting or a call the reported subject had ("said he spoke with the
/// minister on Tuesday", "said the two had met twice"): narration of a
/// contact, which holds no position unless a word of stance comes with it.
/// The act must come within the clause's first words, in the past, so that
/// a meeting promised ("said she would meet them") still offers one.
pub(crate) fn reports_a_contact(reported: &str) -> bool {
    let phrases = transcript_phrases();
    let mut words = reported
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|word| !word.is_empty())
        .skip_while(|word| *word == "that")
        .take(6)
        .peekable();
    let mut subject_words = 0;
    while let Some(word) = words.next() {
        let word = word.replace('\'', "’");
        if phrases.own_acts.contains(&word) {
            // The act's partner or its time follows: "spoke with",
            // "talked by phone", "met Thursday with", "spoke late Monday".
            return subject_words > 0
                && words.next().is_some_and(|next| {
                    matches!(
                        next,
                        "with" | "by" | "to" | "on" | "again" | "late" | "twice" | "briefly"
                    ) || phrases.own_act_auxiliaries.iter().any(|word| word == next)
                        || WEEKDAYS.contains(&next)
                });
        }
        if !phrases.own_act_auxiliaries.contains(&word) {
            subject_words += 1;
        }
    }
    false
}

/// Whether a lower-case sentence of a transcript greets, thanks or runs the
/// event ("I'll turn it over to …") rather than taking a position.
fn is_courtesy(lowered: &str) -> bool {
    let plain = lowered.replace('’', "'");
    let phrases = transcript_phrases();
    phrases
        .courtesies
        .iter()
        .any(|phrase| plain.contains(phrase.as_str()))
        || phrases
            .openings
            .iter()
            .any(|opening| plain.starts_with(opening.as_str()))
}
