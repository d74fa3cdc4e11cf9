//! Stance classification: what a statement does (demand, propose, reject,
//! support, warn, assess), from the cue that introduced it and the words of
//! the sentence, with negation flipping support and rejection.

use crate::index::Stance;

/// The stance lexicon, bundled as data.
const LEXICON_TOML: &str = include_str!("../../data/stance.toml");

/// One weighted pattern: its words, the stance it signals, its weight, and
/// whether it is itself negative ("not accept"), which a negation before it
/// does not flip. The last is worked out once here rather than per match.
struct LexiconEntry {
    parts: Vec<&'static str>,
    stance: Stance,
    weight: f32,
    negative: bool,
}

/// The lexicon grouped for lookup: entries by their exact first word, and the
/// few whose first word is a prefix, by the prefix's first character (only
/// those can match a word starting with it), each group in lexicon order so
/// that the scores add up in the same order as a scan of all of them.
struct LexiconTable {
    exact: crate::text::WordMap<&'static str, Vec<LexiconEntry>>,
    prefixed: crate::text::WordMap<char, Vec<(&'static str, LexiconEntry)>>,
    conditional: ConditionalRule,
    imperative: ImperativeRule,
    negation: NegationRule,
    measures: MeasuresRule,
    agreement: AgreementRule,
    pledge: PledgeRule,
    denial: DenialRule,
    forecast: ForecastRule,
    question: QuestionRule,
    claim: ClaimRule,
    neutral: NeutralRule,
    answers: AnswerRule,
}

/// `data/stance.toml`: the conditional rule, then one table of weighted
/// patterns per stance.
#[derive(serde::Deserialize)]
struct LexiconFile {
    conditional: ConditionalRule,
    #[serde(default)]
    imperative: ImperativeRule,
    #[serde(default)]
    negation: NegationRule,
    #[serde(default)]
    measures: MeasuresRule,
    #[serde(default)]
    agreement: AgreementRule,
    #[serde(default)]
    pledge: PledgeRule,
    #[serde(default)]
    denial: DenialRule,
    #[serde(default)]
    forecast: ForecastRule,
    #[serde(default)]
    question: QuestionRule,
    #[serde(default)]
    claim: ClaimRule,
    #[serde(default)]
    neutral: NeutralRule,
    #[serde(default)]
    answers: AnswerRule,
    /// Present forms and the past forms reported speech shifts them to
    /// ("it is vital" → "it was vital", "wants" → "wanted").
    #[serde(default)]
    backshift: std::collections::BTreeMap<String, String>,
    /// Patterns only [`classify`] weighs, by stance, added to or replacing
    /// those of the stance tables: [`evidence`] keeps to the stance tables,
    /// for it decides whether a short sentence is a statement at all.
    #[serde(default)]
    classify: std::collections::BTreeMap<String, std::collections::BTreeMap<String, f32>>,
    #[serde(flatten)]
    stances: std::collections::BTreeMap<String, std::collections::BTreeMap<String, f32>>,
}

/// A consequence stated under a condition ("if they cross it, we will
/// answer") is how threats and warnings are phrased in any language of
/// diplomacy, whatever the verbs: the rule weighs the sentence's shape, not
/// its words.
#[derive(serde::Deserialize, Default)]
struct ConditionalRule {
    /// Words that open a condition.
    markers: Vec<String>,
    /// Words before a marker that make it an indirect question ("asked if").
    not_after: Vec<String>,
    /// More such words, for classification only.
    #[serde(default)]
    classify_not_after: Vec<String>,
    /// Modal words that state the consequence.
    consequences: Vec<String>,
    weight: f32,
    /// Words before a marker that make the condition a requirement set on
    /// the other side ("would sign only if …"): a demand, not a warning.
    #[serde(default)]
    requirement_before: Vec<String>,
    /// Words of readiness, which under a condition ("if they move, we are
    /// ready") hold a response in store: a warning, not an offer.
    #[serde(default)]
    readiness: Vec<String>,
    /// Verbs of talking and settling: readiness to do one of them under a
    /// condition ("ready to resume talks if they return") sets the terms
    /// of an offer, and is no warning.
    #[serde(default)]
    offers: Vec<String>,
    /// The speaker's own course, as phrases ("we will", "i would"): one of
    /// them before a verb of `offers` or `concessions` under a condition
    /// ("if the talks succeed, we will lift the sanctions") sets terms too.
    #[serde(default)]
    own_course: Vec<String>,
    /// Verbs of giving something up or something to the other side.
    #[serde(default)]
    concessions: Vec<String>,
    /// Phrases that set the terms of a bargain ("provided that", "in
    /// return for", "as long as"): a course stated under one of them is
    /// offered on terms, or, refused until they are met, demands them.
    #[serde(default)]
    terms: Vec<String>,
}

/// A sentence that opens with a bare verb ("Bring them home", "Stop the
/// shelling") tells someone to act: a demand, in a quotation above all.
#[derive(serde::Deserialize, Default)]
struct ImperativeRule {
    verbs: Vec<String>,
    weight: f32,
}

/// Words whose negation takes no position: not expecting or not hoping for
/// something ("we do not expect a breakthrough") is a forecast, neither
/// letting it be nor refusing it.
#[derive(serde::Deserialize, Default)]
struct NegationRule {
    neutral: Vec<String>,
}

/// Imposing a measure on the other side ("we are imposing sanctions on
/// their banks", "announced new restrictions on flights") is an objection
/// carried out, not a threat: a verb of imposing followed within a few words
/// by the measure it imposes.
#[derive(serde::Deserialize, Default)]
struct MeasuresRule {
    verbs: Vec<String>,
    nouns: Vec<String>,
    /// How many words may stand between the verb and the measure.
    window: usize,
    weight: f32,
}

/// Agreeing that something is so or will be so takes the stance of the
/// clause agreed: "agreed that the teams will meet" is a pledge, "agreed
/// that there has been progress" an assessment, where agreeing to or with a
/// thing accepts it.
#[derive(serde::Deserialize, Default)]
struct AgreementRule {
    /// Words that open the clause agreed ("that", "there", a pronoun).
    openers: Vec<String>,
    /// Modal words that make the clause a course to follow.
    future: Vec<String>,
    /// Words after "agreed to" that name a thing accepted, not an act
    /// pledged ("agreed to the terms", "agreed to our plan").
    #[serde(default)]
    thing_openers: Vec<String>,
    /// Endings of nouns, which a thing accepted ends in where a verb of
    /// the pledged act does not ("agreed to power-sharing", "to talks").
    #[serde(default)]
    noun_endings: Vec<String>,
    /// Verbs of accepting: agreeing to do them accepts a thing too.
    #[serde(default)]
    accepting_verbs: Vec<String>,
}

/// A speaker who states its own course ("we will keep the channel open",
/// "I am going to ask Congress") pledges it: when no word of the sentence
/// says more, the first person with a modal of the future is an offer or a
/// pledge, not an assessment.
#[derive(serde::Deserialize, Default)]
struct PledgeRule {
    /// The first person with its modal, as phrases ("we will", "i’ll").
    openers: Vec<String>,
    /// Words after the modal that make it no course of action ("we will
    /// see", "I will say", "we will not").
    not_before: Vec<String>,
    /// Reported speech states a course in the third person: "she said she
    /// will veto it", "the ministry said it would open talks". A verb of
    /// `reported_verbs`, an optional "that", one of `reported_subjects`
    /// and one of `reported_modals` (phrases) open such a pledge.
    #[serde(default)]
    reported_verbs: Vec<String>,
    #[serde(default)]
    reported_subjects: Vec<String>,
    #[serde(default)]
    reported_modals: Vec<String>,
    /// Words after a reported modal that foresee rather than pledge ("said
    /// it would take years"), besides `not_before`.
    #[serde(default)]
    reported_not_before: Vec<String>,
    /// A course refused: one of `refusals` right after the modal, then a
    /// verb that is none of the words after which no course is meant
    /// ("we will not send troops", "said it would never recognise the
    /// vote") and none of `refusal_not_before` ("would not comment").
    #[serde(default)]
    refusals: Vec<String>,
    #[serde(default)]
    refusal_not_before: Vec<String>,
    /// An obligation laid on somebody else in reported speech ("said the
    /// minister should resign", "said landlords needed to return the
    /// deposits") is a demand: a verb of `reported_verbs`, an optional
    /// "that", a subject of up to `obligation_subject` words that is not
    /// the speaker's own (none of `reported_subjects`, no possessive of
    /// the speaker), then one of `obligations`.
    #[serde(default)]
    obligations: Vec<String>,
    #[serde(default)]
    own_possessives: Vec<String>,
    #[serde(default)]
    obligation_subject: usize,
    #[serde(default)]
    obligation_weight: f32,
}

/// A sentence whose subject is nobody ("neither side has missiles there",
/// "nobody is conducting an inquiry", "none of us will be fooled") denies
/// what it says: a rejection, when the negative word flips no word of
/// stance and the words after it make it no turn of phrase ("none other
/// than"). A plain "not" is no such sign: it states facts as often as it
/// denies them ("we have not yet verified that").
#[derive(serde::Deserialize, Default)]
struct DenialRule {
    /// The negative words that deny ("none", "nobody").
    words: Vec<String>,
    /// Words after the negation that make it no denial.
    not_before: Vec<String>,
    /// How many words after the negation `not_before` looks at.
    window: usize,
    weight: f32,
}

/// Insisting that a thing is so claims it, where insisting that a thing be
/// done demands it: "insisted he was innocent" holds the stance of what it
/// claims, "insisted that the troops withdraw" demands. A verb of `verbs`
/// followed within `window` words by a finite verb of `indicative`, with no
/// word of `modals` before it, demands nothing.
#[derive(serde::Deserialize, Default)]
struct ClaimRule {
    verbs: Vec<String>,
    indicative: Vec<String>,
    modals: Vec<String>,
    window: usize,
}

impl ClaimRule {
    /// Whether the verb at `at` of the lower-case `words` claims a fact.
    fn claims_at(&self, words: &[&str], at: usize) -> bool {
        if !self.verbs.iter().any(|verb| verb == words[at]) {
            return false;
        }
        for (offset, word) in words[at + 1..].iter().take(self.window).enumerate() {
            // "insisted on a recount" asks for a thing.
            if offset == 0 && matches!(*word, "on" | "upon") {
                return false;
            }
            if self.modals.iter().any(|modal| modal == word) {
                return false;
            }
            if self.indicative.iter().any(|verb| verb == word) {
                return true;
            }
        }
        false
    }
}

/// Whether the verb at word `at` of a lower-case clause insists on a fact
/// rather than a demand (see `[claim]` in `stance.toml`).
pub(crate) fn claims_a_fact(words: &[&str], at: usize) -> bool {
    lexicon_table(Purpose::Classify).claim.claims_at(words, at)
}

/// Harm foreseen: a word of warning after a modal of the future or of
/// possibility ("will have costs", "could spiral", "is going to get worse")
/// weighs more, for a forecast of harm is a warning where a report of harm
/// may be an assessment.
#[derive(serde::Deserialize, Default)]
struct ForecastRule {
    modals: Vec<String>,
    /// Verbs that lessen or avert harm (a final `*` matches any word it
    /// begins): a word of warning up to two words after one is no warning
    /// at all ("reduce costs").
    #[serde(default)]
    mitigators: Vec<String>,
    /// How many words before the word of warning the modal may stand.
    window: usize,
    weight: f32,
}

/// Phrases in which a word of stance means something else ("supply and
/// demand", "consumer demand", "life support"): their words are weighed by
/// no pattern. Written as plain words, split once by their first word.
#[derive(serde::Deserialize, Default)]
#[serde(from = "NeutralPhrases")]
struct NeutralRule {
    by_first: crate::text::WordMap<String, Vec<Vec<String>>>,
    topic_verbs: Vec<String>,
    topic_markers: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
struct NeutralPhrases {
    phrases: Vec<String>,
    /// The topic a speaker speaks of is no position of the speaker's: after
    /// one of `topic_verbs` and one of `topic_markers` ("she said of the
    /// demands"), the words up to the clause's end or a "that" are passed
    /// over.
    #[serde(default)]
    topic_verbs: Vec<String>,
    #[serde(default)]
    topic_markers: Vec<String>,
}

impl From<NeutralPhrases> for NeutralRule {
    fn from(file: NeutralPhrases) -> Self {
        let mut by_first: crate::text::WordMap<String, Vec<Vec<String>>> = Default::default();
        for phrase in file.phrases {
            let parts: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            by_first.entry(parts[0].clone()).or_default().push(parts);
        }
        NeutralRule {
            by_first,
            topic_verbs: file.topic_verbs,
            topic_markers: file.topic_markers,
        }
    }
}

impl NeutralRule {
    /// For each word, whether a neutral phrase holds it.
    fn covered(&self, words: &[&str]) -> Vec<bool> {
        let mut covered = vec![false; words.len()];
        for start in 0..words.len() {
            let Some(phrases) = self.by_first.get(words[start]) else {
                continue;
            };
            for parts in phrases {
                let end = start + parts.len();
                if end <= words.len() && parts.iter().zip(&words[start..end]).all(|(p, w)| p == w) {
                    covered[start..end].iter_mut().for_each(|word| *word = true);
                }
            }
        }
        covered
    }

    /// For each word, whether it names the topic a speaker speaks of
    /// ("said of the demands"); `clause_of` gives each word's clause.
    fn topics(&self, words: &[&str], clause_of: &[usize]) -> Vec<bool> {
        let mut topic = vec![false; words.len()];
        for at in 1..words.len() {
            let opens = self.topic_markers.iter().any(|marker| marker == words[at])
                && self.topic_verbs.iter().any(|verb| verb == words[at - 1]);
            if !opens {
                continue;
            }
            for next in at..words.len() {
                if clause_of[next] != clause_of[at] || words[next] == "that" {
                    break;
                }
                topic[next] = true;
            }
        }
        topic
    }
}

/// A reporter's question put to the speaker ("Asked about the deal, X
/// said …", "X said when asked about it") is nobody's demand, though its
/// verb of asking is one when somebody asks for something ("asked the
/// court to intervene"): the words of such a question, from its verb to the
/// end of its clause, are not weighed.
/// A quotation that is nothing but a short answer ("“No,” he replied when
/// asked if he would resign"; "“Absolutely,” she said") takes the answer's
/// stance: refusing or denying rejects, assenting supports. The words of the
/// rest of the sentence are only the question, which is not the speaker's.
#[derive(serde::Deserialize, Default)]
struct AnswerRule {
    /// Whole answers that refuse or deny, lower-case, words apart.
    refusals: Vec<String>,
    /// Whole answers that assent.
    assents: Vec<String>,
}

/// The stance of quoted words that are only a short answer, `None` for
/// anything else (see [`AnswerRule`]).
pub fn short_answer(quoted: &str) -> Option<Stance> {
    let lowered = crate::text::lowercase(quoted).replace('\'', "’");
    let words: Vec<&str> = clause_words(&lowered).collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let answer = words.join(" ");
    let rule = &lexicon_table(Purpose::Classify).answers;
    if rule.refusals.contains(&answer) {
        Some(Stance::Reject)
    } else if rule.assents.contains(&answer) {
        Some(Stance::Support)
    } else {
        None
    }
}

#[derive(serde::Deserialize, Default)]
struct QuestionRule {
    /// The verbs of asking.
    verbs: Vec<String>,
    /// Words before the verb that make it a question put to the subject
    /// ("when asked", "after being asked"); a verb opening its clause is
    /// one too, when the sentence has another clause.
    after: Vec<String>,
}

impl QuestionRule {
    /// For each word, whether it belongs to a question put to the subject,
    /// worked out once per sentence. `clause_of` gives each word's clause
    /// number, and a clause's words stand together.
    fn framed(&self, words: &[&str], clause_of: &[usize]) -> Vec<bool> {
        let several_clauses = clause_of.iter().any(|&clause| clause != clause_of[0]);
        let mut framed = vec![false; words.len()];
        for at in 0..words.len() {
            let opens_clause = at == 0 || clause_of[at - 1] != clause_of[at];
            let inside = !opens_clause && framed[at - 1];
            let asks = self.verbs.iter().any(|verb| verb == words[at])
                && if opens_clause {
                    several_clauses
                } else {
                    self.after.iter().any(|word| word == words[at - 1])
                };
            framed[at] = inside || asks;
        }
        framed
    }
}

impl PledgeRule {
    /// The speaker's own course the lower-case words state, if any: a
    /// pledge proposes it, a course refused rejects. `own` lists further
    /// subjects that are the speaker's own side ("britain" for a British
    /// minister), lower-case.
    fn course(&self, words: &[&str], own: &[String]) -> Option<Stance> {
        let first_person = |course: &dyn Fn(usize, &[&str]) -> bool| {
            self.openers.iter().any(|opener| {
                let parts: Vec<&str> = opener.split(' ').collect();
                (0..words.len()).any(|at| course(at, &parts))
            })
        };
        let pledged = first_person(&|at, parts| self.opens_course(words, at, parts, &[]))
            || self.reported_course(words, own);
        let refused = first_person(&|at, parts| self.refuses_course(words, at, parts))
            || self.reported_refusal(words, own);
        match (pledged, refused) {
            (true, _) => Some(Stance::Propose),
            (false, true) => Some(Stance::Reject),
            (false, false) => None,
        }
    }

    /// Whether `modal` stands at `at`, one of `refusals` after it, and
    /// then a verb of a course.
    fn refuses_course(&self, words: &[&str], at: usize, modal: &[&str]) -> bool {
        let refusal = at + modal.len();
        words.get(at..refusal) == Some(modal)
            && words
                .get(refusal)
                .is_some_and(|word| self.refusals.iter().any(|refusal| refusal == word))
            && words.get(refusal + 1).is_some_and(|verb| {
                !self
                    .not_before
                    .iter()
                    .chain(&self.reported_not_before)
                    .chain(&self.refusal_not_before)
                    .any(|word| word == verb)
            })
    }

    /// Whether reported speech refuses a course of the speaker's own side
    /// ("said his government would not send troops").
    fn reported_refusal(&self, words: &[&str], own: &[String]) -> bool {
        self.reported_modal_of_own_side(words, own, |after, modal| {
            self.refuses_course(words, after, modal)
        })
    }

    /// Whether a verb of saying is followed by a subject of the speaker's
    /// side (one of `reported_subjects` or `own`) and one of
    /// `reported_modals` for which `holds` is true, given where the modal
    /// stands and its words.
    fn reported_modal_of_own_side(
        &self,
        words: &[&str],
        own: &[String],
        holds: impl Fn(usize, &[&str]) -> bool,
    ) -> bool {
        self.reported_clauses(words).any(|at| {
            self.reported_subjects.iter().chain(own).any(|subject| {
                let subject: Vec<&str> = subject.split(' ').collect();
                let after = at + subject.len();
                words.get(at..after) == Some(&subject[..])
                    && self.reported_modals.iter().any(|modal| {
                        let parts: Vec<&str> = modal.split(' ').collect();
                        holds(after, &parts)
                    })
            })
        })
    }

    /// Whether `modal` stands at `at` and the word after it is no word of
    /// `not_before` or `more`.
    fn opens_course(&self, words: &[&str], at: usize, modal: &[&str], more: &[String]) -> bool {
        words.get(at..at + modal.len()) == Some(modal)
            && words
                .get(at + modal.len())
                .is_some_and(|next| !self.not_before.iter().chain(more).any(|word| word == next))
    }

    /// Where each clause reported after a verb of saying starts: after
    /// the verb and an optional "that", which may follow a short phrase of
    /// time, place or occasion ("said on Monday that", "told a briefing in
    /// Beijing that"). A verb, a modal or a copula before the "that" makes
    /// it another clause's ("said the plan was so bad that …").
    fn reported_clauses<'w>(&'w self, words: &'w [&str]) -> impl Iterator<Item = usize> + 'w {
        const PHRASE_BEFORE_THAT: usize = 6;
        words.iter().enumerate().filter_map(|(index, word)| {
            if !self.reported_verbs.iter().any(|verb| verb == word) {
                return None;
            }
            let at = index + 1;
            let that = words
                .iter()
                .skip(at)
                .take(PHRASE_BEFORE_THAT + 1)
                .position(|word| *word == "that")
                .filter(|&offset| {
                    words[at..at + offset].iter().all(|word| {
                        !self.reported_verbs.iter().any(|verb| verb == word)
                            && !self.reported_modals.iter().any(|modal| modal == word)
                            && !self.obligations.iter().any(|obligation| obligation == word)
                            && !matches!(
                                *word,
                                "is" | "are"
                                    | "was"
                                    | "were"
                                    | "be"
                                    | "been"
                                    | "has"
                                    | "have"
                                    | "had"
                                    | "so"
                                    | "such"
                            )
                    })
                });
            Some(match that {
                Some(offset) => at + offset + 1,
                None => at,
            })
        })
    }

    /// Whether reported speech lays an obligation on somebody other than
    /// the speaker (see `obligations`).
    fn lays_obligation(&self, words: &[&str]) -> bool {
        self.reported_clauses(words).any(|at| {
            let Some(first) = words.get(at) else {
                return false;
            };
            let own = self
                .reported_subjects
                .iter()
                .any(|subject| subject.split(' ').next() == Some(*first))
                || self.own_possessives.iter().any(|owner| owner == first);
            if own {
                return false;
            }
            (1..=self.obligation_subject).any(|length| {
                let subject = words.get(at..at + length).unwrap_or_default();
                // The subject is a noun phrase: no verb of saying, no modal
                // and no "that" inside it.
                let plain = subject.iter().all(|word| {
                    !self.reported_verbs.iter().any(|verb| verb == word)
                        && !self.reported_modals.iter().any(|modal| modal == word)
                        && !matches!(*word, "that" | "if" | "when" | "and" | "but" | "or" | "to")
                        && !self.reported_subjects.iter().any(|own| own == word)
                });
                plain
                    && self.obligations.iter().any(|obligation| {
                        let parts: Vec<&str> = obligation.split(' ').collect();
                        words.get(at + length..at + length + parts.len()) == Some(&parts[..])
                    })
            })
        })
    }

    /// Whether a verb of saying is followed by a third-person subject of
    /// the speaker's side and a modal of the future that opens a course of
    /// action.
    fn reported_course(&self, words: &[&str], own: &[String]) -> bool {
        self.reported_modal_of_own_side(words, own, |after, modal| {
            self.opens_course(words, after, modal, &self.reported_not_before)
        })
    }
}

impl MeasuresRule {
    /// Whether the words outside `skip` impose a measure.
    fn imposes(&self, words: &[&str], skip: Option<&std::ops::Range<usize>>) -> bool {
        words.iter().enumerate().any(|(index, word)| {
            !skip.is_some_and(|range| range.contains(&index))
                && self.verbs.iter().any(|verb| verb == word)
                && words[index + 1..]
                    .iter()
                    .take(self.window + 1)
                    .any(|after| self.nouns.iter().any(|noun| noun == after))
        })
    }
}

impl ConditionalRule {
    /// Whether the words state readiness to talk or settle ("ready to
    /// resume", "prepared to negotiate") outside `skip`.
    fn offers_terms(&self, words: &[&str], skip: &std::ops::Range<usize>) -> bool {
        let ready = words.windows(3).enumerate().any(|(index, window)| {
            !skip.contains(&index)
                && self.readiness.iter().any(|word| word == window[0])
                && window[1] == "to"
                && self.offers.iter().any(|verb| verb == window[2])
        });
        ready
            || self.own_course.iter().any(|course| {
                let parts: Vec<&str> = course.split(' ').collect();
                (0..words.len()).any(|index| {
                    !skip.contains(&index)
                        && words.get(index..index + parts.len()) == Some(&parts[..])
                        && words.get(index + parts.len()).is_some_and(|verb| {
                            self.offers
                                .iter()
                                .chain(&self.concessions)
                                .any(|offer| offer == verb)
                        })
                })
            })
    }

    /// The words of the condition (from its marker to the end of its
    /// comma-delimited clause), if the sentence states a modal consequence
    /// outside it. `clause_of` gives each word's clause number.
    fn condition(&self, words: &[&str], clause_of: &[usize]) -> Option<std::ops::Range<usize>> {
        let marker = words.iter().enumerate().position(|(index, word)| {
            self.markers.iter().any(|marker| marker == word)
                && !(index > 0
                    && self
                        .not_after
                        .iter()
                        .any(|before| before == words[index - 1]))
        })?;
        let end = (marker..words.len())
            .find(|&index| clause_of[index] != clause_of[marker])
            .unwrap_or(words.len());
        // The consequence may come before the condition ("we will respond if
        // they move") or after it ("if they move, we will respond").
        let consequence = words
            .iter()
            .enumerate()
            .any(|(index, word)| !(marker..end).contains(&index) && self.is_consequence(word));
        consequence.then_some(marker..end)
    }

    /// Whether a word states a consequence: a modal, or a contraction
    /// ending in one ("they’ll").
    fn is_consequence(&self, word: &str) -> bool {
        self.consequences.iter().any(|modal| {
            word == modal || (modal.starts_with('’') && word.ends_with(modal.as_str()))
        })
    }

    /// Whether a phrase of `terms` sets terms for a modal course stated
    /// outside its clause, and whether that course is refused ("would not
    /// lend until …"), which makes the terms a demand.
    fn terms_set(&self, words: &[&str], clause_of: &[usize]) -> Option<bool> {
        let (marker, length) = self
            .terms
            .iter()
            .filter_map(|phrase| {
                let parts: Vec<&str> = phrase.split(' ').collect();
                (0..words.len())
                    .find(|&at| words.get(at..at + parts.len()) == Some(&parts[..]))
                    .map(|at| (at, parts.len()))
            })
            .min()?;
        let end = (marker + length..words.len())
            .find(|&index| clause_of[index] != clause_of[marker])
            .unwrap_or(words.len());
        let outside = |index: usize| !(marker..end).contains(&index);
        let course = words
            .iter()
            .enumerate()
            .any(|(index, word)| outside(index) && self.is_consequence(word));
        let negative =
            |word: &&str| matches!(*word, "not" | "no" | "never") || word.ends_with("n’t");
        let refused = words
            .iter()
            .enumerate()
            .any(|(index, word)| outside(index) && negative(word));
        // Terms that are themselves a refusal ("as long as the government
        // does not respond, the protests will go on") threaten; "until"
        // sets terms only for a course refused till then, and otherwise
        // tells of time.
        let refusal_as_terms = words[marker..end].iter().any(negative);
        let of_time = words[marker] == "until" && !refused;
        (course && !refusal_as_terms && !of_time).then_some(refused)
    }
}

/// What the scores are for: the stance of a statement, or only whether a
/// sentence's words take a position at all (see [`evidence`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Classify,
    Evidence,
}

fn lexicon_table(purpose: Purpose) -> &'static LexiconTable {
    static CLASSIFY: std::sync::OnceLock<LexiconTable> = std::sync::OnceLock::new();
    static EVIDENCE: std::sync::OnceLock<LexiconTable> = std::sync::OnceLock::new();
    let cell = match purpose {
        Purpose::Classify => &CLASSIFY,
        Purpose::Evidence => &EVIDENCE,
    };
    cell.get_or_init(|| build_table(purpose))
}

fn build_table(purpose: Purpose) -> LexiconTable {
    let mut table = LexiconTable {
        exact: Default::default(),
        prefixed: Default::default(),
        conditional: ConditionalRule::default(),
        imperative: ImperativeRule::default(),
        negation: NegationRule::default(),
        measures: MeasuresRule::default(),
        agreement: AgreementRule::default(),
        pledge: PledgeRule::default(),
        denial: DenialRule::default(),
        forecast: ForecastRule::default(),
        question: QuestionRule::default(),
        claim: ClaimRule::default(),
        neutral: NeutralRule::default(),
        answers: AnswerRule::default(),
    };
    let file: LexiconFile = toml::from_str(LEXICON_TOML).expect("data/stance.toml is valid");
    table.conditional = file.conditional;
    if purpose == Purpose::Classify {
        let more = std::mem::take(&mut table.conditional.classify_not_after);
        table.conditional.not_after.extend(more);
    }
    table.imperative = file.imperative;
    table.negation = file.negation;
    table.measures = file.measures;
    table.agreement = file.agreement;
    table.pledge = file.pledge;
    table.denial = file.denial;
    table.forecast = file.forecast;
    table.question = file.question;
    table.claim = file.claim;
    table.neutral = file.neutral;
    table.answers = file.answers;
    let mut stances = file.stances;
    if purpose == Purpose::Classify {
        for (stance, patterns) in file.classify {
            // A pattern the classifier weighs anew leaves its old table.
            for pattern in patterns.keys() {
                for table in stances.values_mut() {
                    table.remove(pattern);
                }
            }
            stances.entry(stance).or_default().extend(patterns);
        }
    }
    // Each pattern is written once, in the "-ize" spelling; its British
    // spelling weighs the same, unless the lists give that one its own
    // weight.
    let written: std::collections::HashSet<String> = stances
        .values()
        .flat_map(|patterns| patterns.keys().cloned())
        .collect();
    // Reported speech shifts the speaker's present into the past: "it is
    // vital that …" is reported as "said it was vital that …", "we want"
    // as "said they wanted". Each pattern's shifted form weighs the same,
    // unless the lists weigh that one themselves.
    let shifted = |pattern: &str| -> Option<String> {
        let mut changed = false;
        let words: Vec<&str> = pattern
            .split(' ')
            .map(|word| match file.backshift.get(word) {
                Some(past) => {
                    changed = true;
                    past.as_str()
                }
                None => word,
            })
            .collect();
        changed.then(|| words.join(" "))
    };
    let stances = stances.into_iter().map(|(stance, patterns)| {
        let variants: Vec<(String, f32)> = patterns
            .iter()
            .flat_map(|(pattern, &weight)| {
                let british = crate::text::british_spelling(pattern);
                let past = shifted(pattern);
                let british_past = past.as_deref().and_then(crate::text::british_spelling);
                [british, past, british_past]
                    .into_iter()
                    .flatten()
                    .filter(|variant| !written.contains(variant))
                    .map(move |variant| (variant, weight))
            })
            .collect();
        (stance, patterns.into_iter().chain(variants))
    });
    for (stance, patterns) in stances {
        let stance = Stance::parse(&stance)
            .unwrap_or_else(|| panic!("data/stance.toml: unknown stance {stance}"));
        for (pattern, weight) in patterns {
            if weight == 0.0 {
                continue;
            }
            // Compiled once for the life of the program, so the words may
            // live as long as it does.
            let pattern: &'static str = Box::leak(pattern.into_boxed_str());
            let parts: Vec<&'static str> = pattern.split(' ').collect();
            let negative = parts
                .iter()
                .any(|part| NEGATIONS.contains(part) || part.ends_with("n’t"));
            let first = parts[0];
            let entry = LexiconEntry {
                parts,
                stance,
                weight,
                negative,
            };
            if first.ends_with('*') {
                let prefix = first.trim_end_matches('*');
                let key = prefix
                    .chars()
                    .next()
                    .expect("data/stance.toml: a prefix pattern has a first letter");
                table.prefixed.entry(key).or_default().push((prefix, entry));
            } else {
                table.exact.entry(first).or_default().push(entry);
            }
        }
    }
    table
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

/// Classifies a sentence whose quoted words are a question. Asking is no
/// demand when the words are a question ("“Is this the deal we were
/// promised?” she asked"): only the words decide. A question put with a
/// modal after "who", "why" or "how" expects the answer no, so what it
/// seems to back or offer it refuses: "Who would sign this?", "How can we
/// accept it?".
pub fn classify_question(
    sentence: &str,
    question: &str,
    cue_stance: Option<Stance>,
    cue: &str,
) -> Stance {
    let asking = ["ask", "wonder", "question"]
        .iter()
        .any(|verb| cue.starts_with(verb));
    // Asked, the question's own words decide, without the tag's "asked".
    let stance = match asking {
        true => classify(question, None, false),
        false => classify(sentence, cue_stance, false),
    };
    let lowered = question.to_lowercase();
    let mut words = clause_words(&lowered);
    let opener = words.next().unwrap_or_default();
    let rhetorical = matches!(opener, "who" | "why" | "how")
        && words.any(|word| matches!(word, "would" | "should" | "can" | "could"));
    match stance {
        Stance::Support | Stance::Propose if rhetorical => Stance::Reject,
        other => other,
    }
}

/// The words of a lower-case text for the phrase rules of agreeing and
/// restating: letters and digits, with apostrophes and hyphens kept inside
/// a word ("don’t", "power-sharing").
pub(crate) fn clause_words(lowered: &str) -> impl Iterator<Item = &str> {
    lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\'' || c == '-'))
        .filter(|word| !word.is_empty())
}

/// The stance of what a lower-case sentence agrees, when the first word of
/// agreeing opens a clause ("agreed that …"): the clause's own stance, else
/// a pledge if it states a course to follow, else an assessment. `None`
/// when nothing is agreed in a clause ("agreed to extend the treaty").
pub fn agreed_clause(lowered: &str) -> Option<Stance> {
    let rule = &lexicon_table(Purpose::Classify).agreement;
    let words: Vec<(usize, &str)> = clause_words(lowered)
        .map(|word| (word.as_ptr() as usize - lowered.as_ptr() as usize, word))
        .collect();
    let agree = words
        .iter()
        .position(|(_, word)| word.starts_with("agree"))?;
    let &(start, opener) = words.get(agree + 1)?;
    if !rule.openers.iter().any(|word| word == opener) {
        return None;
    }
    let clause = &lowered[start..];
    Some(match classify(clause, None, false) {
        Stance::Assess
            if words[agree + 1..].iter().any(|(_, word)| {
                rule.future.iter().any(|modal| {
                    word == modal || (modal.starts_with('’') && word.ends_with(modal.as_str()))
                })
            }) =>
        {
            Stance::Propose
        }
        other => other,
    })
}

/// The stance of agreeing to something in a lower-case sentence: a thing
/// accepted ("agreed to the terms", "agreed to power-sharing") is support,
/// an act to be done ("agreed to launch a dialogue", "agreed to add two
/// members") a pledge. `None` when no "agree* to" is followed by a word.
pub fn agreed_to(lowered: &str) -> Option<Stance> {
    let words: Vec<&str> = clause_words(lowered).collect();
    let at = words
        .windows(2)
        .position(|pair| pair[0].starts_with("agree") && pair[1] == "to")?;
    let object = *words.get(at + 2)?;
    Some(match opens_a_thing(object) {
        true => Stance::Support,
        false => Stance::Propose,
    })
}

/// Whether the lower-case word after a "to" opens a thing ("to the
/// extension", "to talks") rather than an act ("to extend"): a
/// determiner, a possessive, a number, a plural, a noun ending or a verb
/// of accepting (see `[agreement]` in `stance.toml`).
pub(crate) fn opens_a_thing(object: &str) -> bool {
    let rule = &lexicon_table(Purpose::Classify).agreement;
    rule.thing_openers.iter().any(|word| word == object)
        || super::names::rules().is_determiner(object)
        || object.starts_with(char::is_numeric)
        || rule
            .noun_endings
            .iter()
            .any(|ending| object.ends_with(ending.as_str()) && object.len() > ending.len() + 2)
        || object.ends_with('s') && !object.ends_with("ss")
        || rule.accepting_verbs.iter().any(|verb| verb == object)
}

/// How strongly a sentence's own words signal any stance: the best score
/// of the lexicon, zero for plain narration.
pub fn evidence(sentence: &str) -> f32 {
    scores_and_course(sentence, None, false, Purpose::Evidence, &[])
        .0
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
    classify_for_side(sentence, cue_stance, cue_negated, needed, &[])
}

/// Like [`classify_with_evidence`], where `own` names, lower-case, the
/// subjects that are the speaker's own side besides its pronouns: a
/// British minister's "said Britain would send …" pledges as "said it
/// would send …" does.
pub(crate) fn classify_for_side(
    sentence: &str,
    cue_stance: Option<Stance>,
    cue_negated: bool,
    needed: f32,
    own: &[String],
) -> Stance {
    let (scores, course) =
        scores_and_course(sentence, cue_stance, cue_negated, Purpose::Classify, own);
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
        course.unwrap_or(Stance::Assess)
    } else {
        Stance::ALL[best]
    }
}

/// A sentence's words, lower-case, with the number of the comma-delimited
/// clause each is in and whether it is part of a name.
struct Words {
    words: Vec<String>,
    clause_of: Vec<usize>,
    in_name: Vec<bool>,
}

/// Splits a sentence into its words. A capitalised word inside a sentence
/// is a name or part of one ("the United Nations", "spokesman Ned Price"),
/// whose words take no stance; so is a capitalised word opening the
/// sentence or a quotation when a capitalised word follows it, unless it
/// may be a verb that opens an order or a clause ("Stop Vostria", "Warning
/// Norland, …") or is a negation ("Neither Norland nor …"). A sentence in capitals or title case names nothing this way.
fn split_words(sentence: &str) -> Words {
    let text = sentence.replace('\'', "’");
    // Each word's text as written, its offset and its clause.
    let mut raw: Vec<(&str, usize, usize)> = Vec::new();
    for (clause, part) in text.split(',').enumerate() {
        for word in part.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '-')) {
            if !word.is_empty() {
                let start = word.as_ptr() as usize - text.as_ptr() as usize;
                raw.push((word, start, clause));
            }
        }
    }
    let capital = |word: &str| {
        word.chars().next().is_some_and(char::is_uppercase)
            && word != "I"
            && !word.starts_with("I’")
    };
    let lower_case = raw
        .iter()
        .filter(|(word, _, _)| word.chars().next().is_some_and(char::is_lowercase))
        .count();
    let headline = lower_case * 4 < raw.len();
    let opens = |start: usize| {
        text[..start]
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| "\"“‘([:—–.!?…".contains(c))
    };
    let imperative = &lexicon_table(Purpose::Classify).imperative.verbs;
    let denial = &lexicon_table(Purpose::Classify).denial.words;
    let mut words = Words {
        words: Vec::new(),
        clause_of: Vec::new(),
        in_name: Vec::new(),
    };
    for (index, &(word, start, clause)) in raw.iter().enumerate() {
        let lower = word.to_lowercase();
        let in_name = !headline
            && capital(word)
            && if opens(start) {
                raw.get(index + 1).is_some_and(|&(next, next_start, _)| {
                    capital(next)
                        && text[start + word.len()..next_start].trim().is_empty()
                        && !opens(next_start)
                        && !lower.ends_with("ing")
                        && !imperative.contains(&lower)
                        && !NEGATIONS.contains(&lower.as_str())
                        && !denial.contains(&lower)
                })
            } else {
                true
            };
        // "Cannot" is "can not": its negation flips what follows ("we
        // cannot support"), and "not allow" matches in "cannot allow".
        let parts: Vec<String> = if lower == "cannot" {
            vec!["can".into(), "not".into()]
        } else {
            vec![lower]
        };
        for part in parts {
            words.words.push(part);
            words.clause_of.push(clause);
            words.in_name.push(in_name);
        }
    }
    words
}

/// The scores, and whether the speaker states its own course outside a
/// condition (see [`PledgeRule`]). For [`Purpose::Evidence`] the words of
/// names count as any others, and only the stance tables are weighed.
fn scores_and_course(
    sentence: &str,
    cue_stance: Option<Stance>,
    cue_negated: bool,
    purpose: Purpose,
    own: &[String],
) -> ([f32; 6], Option<Stance>) {
    let split = split_words(sentence);
    let words: Vec<&str> = split.words.iter().map(String::as_str).collect();
    let clause_of = split.clause_of;
    let table = lexicon_table(purpose);
    let mut in_name: Vec<bool> = match purpose {
        Purpose::Classify => split.in_name,
        Purpose::Evidence => vec![false; words.len()],
    };
    // Words of a neutral phrase are passed over as a name's words are.
    for (word, neutral) in in_name.iter_mut().zip(table.neutral.covered(&words)) {
        *word |= neutral;
    }
    if purpose == Purpose::Classify {
        for (word, topic) in in_name
            .iter_mut()
            .zip(table.neutral.topics(&words, &clause_of))
        {
            *word |= topic;
        }
    }
    let mut scores = [0f32; 6];
    let slot = |stance: Stance| Stance::ALL.iter().position(|s| *s == stance).unwrap_or(5);
    if let Some(stance) = cue_stance {
        let stance = if cue_negated { negate(stance) } else { stance };
        scores[slot(stance)] += 3.0;
    }
    // What a condition supposes ("if they refuse") is nobody's stance; the
    // consequence stated under it is a warning.
    let condition = table.conditional.condition(&words, &clause_of);
    let offer = condition
        .as_ref()
        .is_some_and(|range| table.conditional.offers_terms(&words, range));
    // "would accept the result only if the recount confirmed it": the
    // condition is what the speaker requires of others.
    let required = condition.as_ref().is_some_and(|range| {
        range.start > 0
            && table
                .conditional
                .requirement_before
                .iter()
                .any(|word| word == words[range.start - 1])
    });
    if required {
        scores[slot(Stance::Demand)] += table.conditional.weight;
    }
    if condition.is_some() && !offer && !required {
        scores[slot(Stance::Warn)] += table.conditional.weight;
    }
    // Terms offered under a condition are an offer: "if the talks succeed,
    // we will lift the sanctions".
    if condition.is_some() && offer && !required && purpose == Purpose::Classify {
        scores[slot(Stance::Propose)] += table.conditional.weight;
    }
    // "would sign the deal provided its farmers were protected" offers
    // terms; "would not lend until the debts were paid" demands them.
    if condition.is_none() && purpose == Purpose::Classify {
        match table.conditional.terms_set(&words, &clause_of) {
            Some(false) => scores[slot(Stance::Propose)] += table.conditional.weight,
            Some(true) => scores[slot(Stance::Demand)] += table.conditional.weight,
            None => {}
        }
    }
    if table.measures.imposes(&words, condition.as_ref()) {
        scores[slot(Stance::Reject)] += table.measures.weight;
    }
    if words
        .first()
        .is_some_and(|first| table.imperative.verbs.iter().any(|verb| verb == first))
    {
        scores[slot(Stance::Demand)] += table.imperative.weight;
    }
    let question_framed = table.question.framed(&words, &clause_of);
    let mut negation_spent = vec![false; words.len()];
    for index in 0..words.len() {
        if condition
            .as_ref()
            .is_some_and(|range| range.contains(&index))
            || question_framed[index]
        {
            continue;
        }
        let word = words[index];
        let exact = table.exact.get(word).map(Vec::as_slice).unwrap_or_default();
        let prefixed = word
            .chars()
            .next()
            .and_then(|first| table.prefixed.get(&first))
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter(|(prefix, _)| word.starts_with(prefix))
            .map(|(_, entry)| entry);
        for entry in exact.iter().chain(prefixed) {
            let LexiconEntry {
                parts,
                stance,
                weight,
                negative,
            } = entry;
            let part_matches = |part: &str, word: &str| match part.strip_suffix('*') {
                Some(prefix) => word.starts_with(prefix),
                None => word == part,
            };
            let matches_from = |skip: usize| {
                index + parts.len() + skip <= words.len()
                    && parts.iter().enumerate().all(|(offset, part)| {
                        let at = if offset == 0 {
                            index
                        } else {
                            index + offset + skip
                        };
                        part_matches(part, words[at])
                    })
            };
            // An adverb may stand after a phrase's first word: "stood
            // firmly with", "would respond very swiftly" reads "would
            // respond". Not after a negation, which an adverb hedges:
            // "not entirely true" is no "not true".
            let adverb_after_first = parts.len() >= 2
                && !NEGATIONS.contains(&parts[0])
                && words
                    .get(index + 1)
                    .is_some_and(|word| word.len() > 3 && word.ends_with("ly"));
            let span = if matches_from(0) {
                parts.len()
            } else if adverb_after_first && matches_from(1) {
                parts.len() + 1
            } else {
                continue;
            };
            if in_name[index..index + span].iter().any(|&name| name) {
                continue;
            }
            if *stance == Stance::Demand && table.claim.claims_at(&words, index) {
                continue;
            }
            // A negation up to three words before flips support and rejection,
            // unless the pattern is itself negative ("not accept").
            // "Not only" and "not just" deny nothing: "not only backs the
            // plan but will fund it".
            let from = index.saturating_sub(3);
            let negated = !negative
                && words[from..index].iter().enumerate().any(|(at, word)| {
                    (NEGATIONS.contains(word) || word.ends_with("n’t"))
                        && !matches!(
                            words.get(from + at + 1).copied(),
                            Some("only" | "just" | "merely" | "simply")
                        )
                });
            // The negation is spent on the pattern: no denial of its own.
            let spent = if *negative {
                index..index + span
            } else if negated {
                index.saturating_sub(3)..index
            } else {
                index..index
            };
            for used in &mut negation_spent[spent] {
                *used = true;
            }
            let single = match &parts[..] {
                [only] => *only,
                _ => "",
            };
            let stance = match (negated, single) {
                // Not wanting or needing something is refusing it ("we do
                // not want a war", "we do not need their troops"), where not
                // demanding it is letting it be.
                (true, "want" | "wants" | "wanted" | "need" | "needs") => Stance::Reject,
                (true, word) if table.negation.neutral.iter().any(|neutral| neutral == word) => {
                    continue
                }
                (true, _) => negate(*stance),
                (false, _)
                    if *stance == Stance::Propose
                        && condition.is_some()
                        && !offer
                        && parts.iter().any(|part| {
                            table.conditional.readiness.iter().any(|word| word == part)
                        }) =>
                {
                    Stance::Warn
                }
                (false, _) => *stance,
            };
            // Harm lessened or averted ("to reduce costs", "prevent a
            // war") is no warning.
            if purpose == Purpose::Classify
                && stance == Stance::Warn
                && words[index.saturating_sub(2)..index].iter().any(|word| {
                    table
                        .forecast
                        .mitigators
                        .iter()
                        .any(|verb| match verb.strip_suffix('*') {
                            Some(stem) => word.starts_with(stem),
                            None => word == verb,
                        })
                })
            {
                continue;
            }
            // Harm the speaker foresees ("this will have costs", "it could
            // spiral") is a warning more surely than harm it reports.
            let foreseen = purpose == Purpose::Classify
                && stance == Stance::Warn
                && words[index.saturating_sub(table.forecast.window)..index]
                    .iter()
                    .any(|word| {
                        table.forecast.modals.iter().any(|modal| {
                            word == modal
                                || (modal.starts_with('’') && word.ends_with(modal.as_str()))
                        })
                    });
            scores[slot(stance)] += weight + if foreseen { table.forecast.weight } else { 0.0 };
        }
    }
    if purpose == Purpose::Classify && !cue_negated {
        let denial = &table.denial;
        let denies = (0..words.len()).any(|index| {
            let word = words[index];
            denial.words.iter().any(|negative| negative == word)
                && !negation_spent[index]
                && !in_name[index]
                && !condition
                    .as_ref()
                    .is_some_and(|range| range.contains(&index))
                && !question_framed[index]
                && !words[index + 1..]
                    .iter()
                    .take(denial.window)
                    .any(|after| denial.not_before.iter().any(|word| word == after))
        });
        if denies {
            scores[slot(Stance::Reject)] += denial.weight;
        }
    }
    if purpose == Purpose::Classify && condition.is_none() && table.pledge.lays_obligation(&words) {
        scores[slot(Stance::Demand)] += table.pledge.obligation_weight;
    }
    let course = match condition {
        None => table.pledge.course(&words, own),
        Some(_) => None,
    };
    (scores, course)
}

/// The stance of a negated word: not supporting is rejecting, not objecting
/// is accepting, and a negated demand or offer is a refusal.
/// The stance of a position denied: the stages that read a negation
/// themselves turn a cue's stance with it too.
pub(crate) fn negate(stance: Stance) -> Stance {
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
