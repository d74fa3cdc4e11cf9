//! Attribution: which named actor holds a position in which sentence.
//!
//! The rules are general English patterns, not tuned to any one text:
//! - a speech quotation belongs to the speaker named beside it (", X said",
//!   "said X", "X said that “…", "X: “…"), and so does every sentence inside it;
//! - reported speech and attributed stances need the actor as the subject of a
//!   cue verb ("X said", "Moscow is demanding", "X, the minister, noted");
//! - "according to X" and "in the words of X" make X the source;
//! - pronouns and descriptions resolve to the last named speaker of their kind,
//!   metonyms to their state or body through the registry's aliases;
//! - names the registry lacks are found as new persons or bodies when they
//!   stand in a speaker's place;
//! - a second speaker named inside a report holds a position too ("X said
//!   that Washington had announced …"), and "the two sides" are the two
//!   actors last named together;
//! - "There is talk in X", "There are doubts in X" voice X's opinion.
//!
//! Actors in object position, in conditional clauses, after modal verbs (the
//! author's speculation) or in rhetorical questions are not speakers.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::article::{Article, BlockKind};
use crate::index::{ActorKind, QuoteKind, Rule, Span, Stance};
use crate::names::{self, Found, Gender, People};
use crate::quotes;
use crate::registry::Registry;
use crate::sentence::split_sentences;
use crate::stance;

/// Who a mention refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorRef {
    /// Index into the registry's actors.
    Known(usize),
    /// A name the registry lacks, as the text gives it.
    New { name: String, kind: ActorKind },
}

/// One attributed position before it is placed in the index.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub span: Span,
    pub actor: ActorRef,
    pub stance: Stance,
    pub quote: QuoteKind,
    pub cue: String,
    pub confidence: f32,
    pub rule: Rule,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum CueKind {
    /// A verb of saying or thinking: the position is reported.
    Speech,
    /// A verb of wanting, offering or refusing: the position is attributed.
    Stance,
}

/// Cue verbs and phrases, lower case, with what they are and the stance they
/// carry on their own.
const CUES_TOML: &str = include_str!("../data/cues.toml");

/// Cues that are adjectives: they need a copula ("is ready", "was concerned").
const COPULA_CUES: &[&str] = &[
    "ready",
    "willing",
    "prepared",
    "concerned",
    "worried",
    "satisfied",
    "interested",
    "determined",
];

const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "seems", "appears",
];

/// Cues in a participle clause ("…, stressing that"): their subject is the
/// subject of the main clause.
const PARTICIPLE_CUES: &[&str] = &[
    "stressing",
    "noting",
    "adding",
    "arguing",
    "saying",
    "warning",
    "explaining",
    "emphasizing",
    "calling",
    "insisting",
    "expressing",
];

/// Sentence openings by which the author marks what follows as a guess.
const HEDGES: &[&str] = &[
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
const CONDITIONALS: &[&str] = &["if", "unless", "whether", "once", "should"];

/// Nouns for a position held, which make a possessive a speaker ("Putin’s
/// demand for …", "Among Russia’s demands …").
const POSITION_NOUNS: &[&str] = &[
    "demand",
    "demands",
    "insistence",
    "ultimatum",
    "request",
    "requests",
    "requirement",
    "requirements",
    "speeches",
    "statements",
    "remarks",
    "commitment",
    "pledge",
    "refusal",
    "concerns",
    "reaction",
    "response",
    "objections",
];

/// Nouns for a document whose content, given in the sentences after it, is
/// its author's position.
const DOCUMENT_NOUNS: &[&str] = &[
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
const CONTENT_OPENINGS: &[&str] = &[
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
const CONTINUATIONS: &[&str] = &[
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

/// Words that may stand between a subject and its cue verb.
const AUXILIARIES: &[&str] = &[
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
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "should", "would", "must", "ought",
];

const NEGATIONS: &[&str] = &["not", "n’t", "never", "no"];

/// A word before a mention that puts it in object position.
const PREPOSITIONS: &[&str] = &[
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
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whose", "because", "since", "while", "when", "if", "but", "and", "or",
    "although", "though", "as", "where", "whether", "so",
];

/// Words after which a capitalised run is a role, not a name ("analysts").
const ROLE_WORDS: &[&str] = &[
    "president",
    "minister",
    "spokeswoman",
    "spokesman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "analyst",
    "analysts",
    "chief",
    "head",
    "leader",
    "secretary",
    "ambassador",
    "envoy",
    "director",
    "editor",
    "official",
    "officials",
    "chancellor",
    "general",
    "deputy",
    "senator",
    "professor",
    "expert",
    "researcher",
    "fellow",
    "correspondent",
    "commentator",
    "premier",
    "representative",
    "presidential",
    "foreign",
    "prime",
    "defence",
    "defense",
    "assistant",
    "undersecretary",
    "13th",
];

/// A reference to an actor in a sentence: a name, an alias, a pronoun or an
/// unregistered name. Offsets are absolute.
#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    target: Target,
    possessive: bool,
}

#[derive(Clone, Debug, PartialEq)]
enum Target {
    Actor(ActorRef),
    /// "he", "she": the last person of a compatible gender who spoke.
    Person(Gender),
    /// Somebody the text leaves unnamed ("a senior official"): a speaker
    /// nobody can be credited with, who also stops a later pronoun.
    Anonymous,
    /// "it" before a cue: the last state or body that held a position.
    Body,
    /// "the two sides", "both sides": the two actors last named together.
    Pair,
}

#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    text: &'a str,
    lower_is: fn(&str) -> bool,
    start: usize,
    end: usize,
}

/// The pipeline's compiled matchers for one registry.
pub struct Attributor<'r> {
    registry: &'r Registry,
    matcher: AhoCorasick,
    pattern_actor: Vec<usize>,
    /// Registry names and aliases, for mapping a gazetteer entity or a name
    /// found in the text to the registered actor it is.
    by_name: std::collections::HashMap<String, usize>,
}

impl<'r> Attributor<'r> {
    pub fn new(registry: &'r Registry) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_actor = Vec::new();
        for (index, actor) in registry.actors.iter().enumerate() {
            for alias in std::iter::once(&actor.name).chain(actor.aliases.iter()) {
                patterns.push(alias.clone());
                pattern_actor.push(index);
                // An alias written in lower case ("the alliance") also matches at
                // the start of a sentence ("The alliance").
                let mut chars = alias.chars();
                if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
                    patterns.push(first.to_uppercase().chain(chars).collect());
                    pattern_actor.push(index);
                }
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("alias patterns are plain strings");
        let mut by_name = std::collections::HashMap::new();
        for (pattern, &actor) in patterns.iter().zip(&pattern_actor) {
            by_name.entry(pattern.clone()).or_insert(actor);
        }
        Attributor {
            registry,
            matcher,
            pattern_actor,
            by_name,
        }
    }

    /// Attributes every position in an article's body.
    pub fn attribute(&self, article: &Article) -> Vec<Attribution> {
        let text = article.text.as_str();
        let mut state = Discourse {
            people: self.people_of(article),
            ..Discourse::default()
        };
        let mut found = Vec::new();
        // The speaker of a quotation left open at the end of a paragraph, or
        // announced by "X said:" ending it: a next paragraph that opens with
        // a quotation mark goes on in that speaker's words.
        let mut carried: Option<Speaker> = None;
        // In a transcript, who holds the floor: set by a speaker tag
        // ("MR. DOE:", "Jane Doe:") and kept until the next one.
        let mut turn: Option<Target> = None;
        // The document whose content the following sentences may describe, with
        // its owner and the cue that introduced it.
        let mut document: Option<(ActorRef, String)> = None;
        for block in &article.blocks {
            if block.kind != BlockKind::Paragraph {
                document = None;
                continue;
            }
            let sentences = split_sentences(text, block.span);
            if let Some((tag_end, speaker)) = self.speaker_tag(text, block.span, &state.people) {
                turn = Some(speaker);
                let _ = tag_end;
            }
            if let Some(speaker) = &turn {
                self.attribute_turn(text, &sentences, speaker, &mut state, &mut found);
                continue;
            }
            let quotes = quotes::quotations(text, block.span);
            let mut speech_quotes: Vec<(Span, Speaker)> = Vec::new();
            let carry = carried.take();
            let opens_quoted = quotes::opens_with_quotation(text, block.span);
            for (position, quote) in quotes.iter().enumerate() {
                let own = self.quote_speaker(text, &sentences, quote.span, &state);
                // A later quotation of the same paragraph with no speaker of
                // its own goes on in the words of the one before it.
                let previous_in_paragraph = speech_quotes.last().map(|(_, speaker)| speaker);
                let speaker = match (own, &carry, previous_in_paragraph) {
                    (Some(speaker), _, _) => Some(speaker),
                    (None, Some(previous), _) if position == 0 && opens_quoted => {
                        let mut speaker = previous.clone();
                        speaker.in_sentence = None;
                        Some(speaker)
                    }
                    (None, _, Some(previous)) if position > 0 => {
                        let mut speaker = previous.clone();
                        speaker.in_sentence = None;
                        Some(speaker)
                    }
                    _ => None,
                };
                if let Some(speaker) = speaker {
                    state.note(&speaker.target, self);
                    if quote.runs_on {
                        carried = Some(speaker.clone());
                    }
                    speech_quotes.push((quote.span, speaker));
                }
            }
            if carried.is_none() {
                carried = self.colon_speaker(text, &sentences, &quotes, &state);
            }
            // A document's content runs on into a paragraph only when the
            // paragraph opens as a continuation of it.
            if let Some(first) = sentences.first() {
                let opening = text[first.range()].to_lowercase();
                if !starts_with_any(&opening, CONTINUATIONS)
                    && !starts_with_any(&opening, CONTENT_OPENINGS)
                {
                    document = None;
                }
            }
            for &sentence in &sentences {
                let before = found.len();
                let frame =
                    self.attribute_sentence(text, sentence, &speech_quotes, &mut state, &mut found);
                // "In addition, Russia and NATO pledged …" after a draft is
                // announced: the parties' commitments are the draft's terms,
                // put forward by its owner, not pledges the parties made.
                let parties_terms = document.is_some()
                    && found.len() >= before + 2
                    && starts_with_any(&text[sentence.range()].to_lowercase(), CONTINUATIONS);
                if parties_terms {
                    found.truncate(before);
                }
                let own = found.len() > before;
                if !own {
                    if let Some((owner, cue)) = &document {
                        if parties_terms || describes_content(&text[sentence.range()]) {
                            let sentence_text = &text[sentence.range()];
                            // The terms of a draft are proposals unless they
                            // read as demands, refusals or warnings.
                            let terms = if cue.contains("demand") {
                                Stance::Demand
                            } else {
                                Stance::Propose
                            };
                            let stance = match stance::classify(sentence_text, None, false) {
                                Stance::Assess | Stance::Support => terms,
                                other => other,
                            };
                            found.push(Attribution {
                                span: sentence,
                                actor: owner.clone(),
                                stance,
                                quote: QuoteKind::Attributed,
                                cue: cue.clone(),
                                confidence: 0.6,
                                rule: Rule::DocumentContent,
                            });
                        }
                    }
                }
                if let Some(frame) = frame {
                    document = Some(frame);
                }
                // Later pronouns refer to the last actor who held a position,
                // or else to the person a sentence is about.
                for attribution in &found[before..] {
                    state.note(&Target::Actor(attribution.actor.clone()), self);
                }
                if found.len() == before {
                    self.note_subject(text, sentence, &mut state);
                }
            }
        }
        dedupe(found)
    }

    /// Attributes one sentence, pushing its statements to `found`. Returns the
    /// owner and cue of a document the sentence introduces, if any.
    fn attribute_sentence(
        &self,
        text: &str,
        sentence: Span,
        speech_quotes: &[(Span, Speaker)],
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) -> Option<(ActorRef, String)> {
        let sentence_text = &text[sentence.range()];
        // Sentences inside a speech quotation belong to its speaker only.
        let mut quoted = false;
        for (quote, speaker) in speech_quotes {
            let overlap = overlap(*quote, sentence);
            let inside = overlap * 2 >= sentence.len()
                || overlap >= 60
                || (speaker.in_sentence == Some(sentence) && overlap > 0 && quote.len() >= 20);
            if inside {
                quoted = true;
                if let Some(actor) = state.resolve(&speaker.target) {
                    let continuation = speaker.in_sentence != Some(sentence);
                    found.push(Attribution {
                        span: sentence,
                        actor,
                        stance: stance::classify(sentence_text, speaker.cue_stance, false),
                        quote: QuoteKind::Direct,
                        cue: speaker.cue.clone(),
                        rule: if continuation && speaker.rule != Rule::QuoteColon {
                            Rule::QuoteContinued
                        } else {
                            speaker.rule
                        },
                        confidence: if continuation { 0.85 } else { 0.95 } * speaker.certainty,
                    });
                }
            }
        }
        if quoted {
            return None;
        }
        // Rhetorical questions and the author's guesses are the author's,
        // unless the question quotes the actor's own words ("Moscow wants to
        // “clarify the chances”?"): the position quoted is still the actor's.
        let quotes_words = quotes::holds_quotation(sentence_text);
        if sentence_text
            .trim_end_matches(['”', '"', '’', ')', '*'])
            .ends_with('?')
            && !quotes_words
        {
            return None;
        }
        // "X said in a statement:" only introduces the words that follow,
        // which are attributed to X in their own right.
        if sentence_text.trim_end().ends_with(':') {
            return None;
        }
        let lowered = sentence_text.to_lowercase();
        // A hedge ("Apparently, …", "It seems that …") covers the clause it
        // opens, up to a dash, a semicolon or an aside in parentheses.
        let hedged_until = if starts_with_any(
            lowered.trim_start_matches(|c: char| !c.is_alphanumeric()),
            HEDGES,
        ) {
            let clause_end = sentence_text
                .find([';', '—', '–', '('])
                .unwrap_or(sentence_text.len());
            sentence.start as usize + clause_end
        } else {
            0
        };
        let words = words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);

        // "According to X, …", "In the words of X, …" and "From X’s point of
        // view, …" make X the source of the whole sentence.
        if let Some(mention) = source_frame(text, &words, &mentions) {
            if let Some(actor) = state.resolve(&mention.target) {
                found.push(Attribution {
                    span: sentence,
                    actor,
                    stance: stance::classify(sentence_text, None, false),
                    quote: QuoteKind::Reported,
                    cue: "according to".into(),
                    confidence: 0.8,
                    rule: Rule::AccordingTo,
                });
                return None;
            }
        }

        let cues = find_cues(&words);
        let mut reported_until: Option<usize> = None;
        let mut frame: Option<(ActorRef, String)> = None;
        let mut held: Vec<(usize, Cue, bool, Rule)> = Vec::new();
        for cue in &cues {
            if words[cue.first].start < hedged_until {
                continue;
            }
            let mut inside_report = false;
            if let Some(limit) = reported_until {
                // Cues inside what someone is reported to have said are part of
                // the report, until a new main clause starts.
                inside_report = !new_main_clause(text, limit, words[cue.first].start);
                if inside_report && cue.kind != CueKind::Speech {
                    continue;
                }
            }
            let subject = if PARTICIPLE_CUES.contains(&lower(&words[cue.first]).as_str()) {
                participle_subject(text, &words, &mentions, cue)
            } else {
                subject_of(text, &words, &mentions, cue)
            };
            // "Moscow is satisfied with … but is demanding …": a second
            // predicate after "but" or "and" shares the subject of the first.
            let subject = subject.or_else(|| {
                let (previous, _, _, _) = held.last()?;
                second_predicate(text, words[cue.first].start).then_some((*previous, false))
            });
            let Some((subject, negated)) = subject else {
                continue;
            };
            // Inside a report, only a second speaker named within it counts:
            // "X said that Washington had announced …" reports Washington's
            // announcement as well as X's words.
            if inside_report {
                let limit = reported_until.unwrap_or(0);
                let named = matches!(mentions[subject].target, Target::Actor(_));
                let same = held
                    .iter()
                    .any(|(outer, _, _, _)| mentions[*outer].target == mentions[subject].target);
                if mentions[subject].start < limit || !named || same || negated {
                    continue;
                }
            }
            // "X has not yet expressed himself": a negated verb of saying with
            // no stance of its own reports no position.
            if negated && cue.kind == CueKind::Speech && cue.stance.is_none() {
                continue;
            }
            // "X has not yet proposed …" tells of something not done so far,
            // not of a refusal.
            let gap = text
                .get(mentions[subject].end..words[cue.first].start)
                .unwrap_or("");
            if negated
                && gap
                    .split_whitespace()
                    .any(|word| word.eq_ignore_ascii_case("yet"))
            {
                continue;
            }
            // "Russia wants to disrupt NATO’s activity": an aim of harming
            // others is the author's reading of a motive, which actors do
            // not declare.
            if imputed_motive(&words, cue) {
                continue;
            }
            if cue.kind == CueKind::Speech {
                reported_until = Some(words[cue.last].end);
            }
            let rule = match cue.kind {
                CueKind::Speech => Rule::ReportedSpeech,
                CueKind::Stance => Rule::AttributedStance,
            };
            held.push((subject, cue.clone(), negated, rule));
        }
        // "X is unacceptable for Y": Y rejects X.
        if held.is_empty() {
            if let Some(mention) = unacceptable_for(text, &words, &mentions) {
                let cue = Cue {
                    first: 0,
                    last: 0,
                    kind: CueKind::Stance,
                    stance: Some(Stance::Reject),
                };
                held.push((mention, cue, false, Rule::UnacceptableFor));
            }
        }
        if held.is_empty() {
            if let Some(mention) = voices_in(text, &words, &mentions) {
                let cue = Cue {
                    first: 0,
                    last: 2,
                    kind: CueKind::Stance,
                    stance: None,
                };
                held.push((mention, cue, false, Rule::VoicesIn));
            }
        }
        // "Among Russia’s demands …", "Putin’s demand for …": a possessive
        // speaker opening the sentence.
        if held.is_empty() && !lowered.contains("attempt") {
            if let Some(mention) = possessive_position(text, &words, &mentions) {
                let cue = Cue {
                    first: 0,
                    last: 0,
                    kind: CueKind::Stance,
                    stance: position_noun_stance(&lowered),
                };
                held.push((mention, cue, false, Rule::PossessivePosition));
            }
        }
        for (subject, cue, negated, rule) in held {
            // Somebody unnamed who speaks is the person a later "he" or
            // "she" most likely means.
            if mentions[subject].target == Target::Anonymous && cue.kind == CueKind::Speech {
                state.note(&Target::Anonymous, self);
            }
            let mut subjects = vec![subject];
            subjects.extend(coordinated_with(text, &mentions, subject));
            let cue_text = if cue.first == 0
                && cue.last == 0
                && cue.stance.is_some()
                && !is_cue_word(&words[0])
            {
                "position".to_string()
            } else {
                text[words[cue.first].start..words[cue.last].end].to_string()
            };
            let introduces_document = introduces_document(&lowered, &words, &cue);
            let actors: Vec<(usize, ActorRef)> = subjects
                .into_iter()
                .flat_map(|mention| {
                    state
                        .resolve_all(&mentions[mention].target)
                        .into_iter()
                        .map(move |actor| (mention, actor))
                })
                .collect();
            for (mention, actor) in actors {
                if introduces_document.is_some() {
                    frame = Some((
                        actor.clone(),
                        introduces_document.clone().unwrap_or_default(),
                    ));
                }
                // A document announced with no content given is narration.
                if introduces_document.as_deref() == Some("announced") {
                    continue;
                }
                let pronoun = !matches!(mentions[mention].target, Target::Actor(_));
                let new_name = matches!(actor, ActorRef::New { .. });
                let (quote, base) = match cue.kind {
                    CueKind::Speech => (QuoteKind::Reported, 0.85),
                    CueKind::Stance => (QuoteKind::Attributed, 0.7),
                };
                let confidence =
                    base * if pronoun { 0.9 } else { 1.0 } * if new_name { 0.85 } else { 1.0 };
                found.push(Attribution {
                    span: sentence,
                    actor,
                    stance: match (cue.kind, cue.stance) {
                        _ if !negated && cue_text.to_lowercase().starts_with("agree") => {
                            agreement_stance(&lowered)
                        }
                        // Wanting a matter discussed is a readiness to talk.
                        _ if !negated
                            && matches!(cue_text.to_lowercase().as_str(), "want" | "wants")
                            && (lowered.contains(" discussed")
                                || lowered.contains("to discuss")) =>
                        {
                            Stance::Propose
                        }
                        (CueKind::Speech, None) => {
                            stance::classify_with_evidence(sentence_text, None, negated, 2.0)
                        }
                        _ => stance::classify(sentence_text, cue.stance, negated),
                    },
                    quote,
                    cue: cue_text.clone(),
                    confidence,
                    rule,
                });
            }
        }
        // Later sentences may speak of these two as "the two sides".
        state.note_pair(text, &mentions);
        if frame.is_none() && !lowered.contains("attempt") {
            frame = possessive_document(text, &words, &mentions).and_then(|(mention, noun)| {
                state
                    .resolve(&mentions[mention].target)
                    .map(|actor| (actor, noun))
            });
        }
        frame
    }

    /// Every mention of an actor in a sentence, leftmost-longest, with
    /// modifiers ("NATO Secretary-General …", "US President …") dropped in
    /// favour of the name they qualify.
    fn mentions(
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
            mentions.push(Mention {
                start,
                end,
                target: Target::Actor(ActorRef::Known(actor)),
                possessive: is_possessive(text, end),
            });
        }
        for (index, word) in words.iter().enumerate() {
            let target = match word.text {
                "he" | "He" => Target::Person(Gender::Male),
                "she" | "She" => Target::Person(Gender::Female),
                // "According to him, …": the only place an object pronoun
                // names a source.
                "him" | "her" if text[..word.start].to_lowercase().ends_with("according to ") => {
                    if word.text == "him" {
                        Target::Person(Gender::Male)
                    } else {
                        Target::Person(Gender::Female)
                    }
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
                    None if index == 0 => Target::Body,
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
        for (index, pair) in words.windows(2).enumerate() {
            let opens = matches!(lower(&pair[0]).as_str(), "two" | "both");
            if opens && lower(&pair[1]) == "sides" {
                let start = if index > 0 && lower(&words[index - 1]) == "the" {
                    words[index - 1].start
                } else {
                    pair[0].start
                };
                mentions.push(Mention {
                    start,
                    end: pair[1].end,
                    target: Target::Pair,
                    possessive: false,
                });
            }
        }
        for found in names::rules().find(text, sentence) {
            // "a senior European Union official" is nobody named, whatever
            // registered name it holds.
            if found.found == Found::Unnamed {
                mentions.retain(|m| !(found.start <= m.start && m.end <= found.end));
            }
            if mentions
                .iter()
                .any(|mention| mention.start < found.end && found.start < mention.end)
            {
                continue;
            }
            let Some(target) = self.target_of(&found.found, found.start, people) else {
                continue;
            };
            mentions.push(Mention {
                start: found.start,
                end: found.end,
                target,
                possessive: is_possessive(text, found.end),
            });
        }
        mentions.sort_by_key(|mention| mention.start);
        // Drop a mention that only qualifies the next one.
        let mut kept: Vec<Mention> = Vec::new();
        for (index, mention) in mentions.iter().enumerate() {
            let qualifies_next = mentions.get(index + 1).is_some_and(|next| {
                let gap = &text[mention.end..next.start];
                !mention.possessive
                    && gap.split_whitespace().count() <= 4
                    && !gap.contains([',', ';', '(', ')', '—', '–', '“', '”', '"'])
                    && gap.split_whitespace().all(|word| {
                        word.chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                            || ROLE_WORDS.contains(&word.to_lowercase().as_str())
                    })
                    && !gap.split_whitespace().any(|word| word == "and")
            });
            if !qualifies_next {
                kept.push(mention.clone());
            }
        }
        // New names only count where they stand as a speaker; the check is
        // done by the callers, which only use mentions before cues.
        kept
    }

    /// Finds who speaks a quotation: ", X said" or ", said X" after it, or
    /// "X said (that)" or "X …:" before it.
    fn quote_speaker(
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
            let words = words_of(text, tail);
            let mentions = self.mentions(text, tail, &words, &state.people);
            let cues = find_cues(&words);
            let tail_text = text[tail.range()].trim_start();
            let direct_tail = tail_text.starts_with([',', '.', '!', '?'])
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
            if let Some(cue) = cues
                .first()
                .filter(|cue| cue.kind == CueKind::Speech && cue.first <= 4 && direct_tail)
            {
                // ", said X" (the speaker after the verb), when no name
                // stands before the verb and X is no place after a preposition.
                let named_before = mentions
                    .iter()
                    .any(|m| m.end <= words[cue.first].start && !m.possessive);
                let after: Vec<&Mention> = mentions
                    .iter()
                    .filter(|m| m.start >= words[cue.last].end && !named_before)
                    .collect();
                let speaker = after.iter().find(|m| {
                    let gap = &text[words[cue.last].end..m.start];
                    !gap.contains([',', ';'])
                        && gap.split_whitespace().count() <= 6
                        && !preceded_by_preposition(text, m.start)
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
                // ", X said" (the speaker before the verb).
                let before = mentions
                    .iter()
                    .rev()
                    .find(|m| m.end <= words[cue.first].start && !m.possessive);
                if let Some(mention) = before {
                    let gap = &text[mention.end..words[cue.first].start];
                    // ", X, a professor at Y, said" sets a role off by commas.
                    let appositive = gap.trim_start().starts_with(',')
                        && gap.trim_end().ends_with(',')
                        && gap.split_whitespace().count() <= 12
                        && !gap.contains([';', '"', '“', '”']);
                    if appositive
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
            let words = words_of(text, head);
            let mentions = self.mentions(text, head, &words, &state.people);
            let cues = find_cues(&words);
            // "X said (that) “…", with the cue close to the quotation.
            if let Some(cue) = cues.iter().rev().find(|cue| {
                let between = &text[words[cue.last].end..quote.start as usize];
                between.split_whitespace().count() <= 2 && cue.kind == CueKind::Speech
            }) {
                if let Some((subject, _)) = subject_of(text, &words, &mentions, cue) {
                    let cue_text = &text[words[cue.first].start..words[cue.last].end];
                    return Some(Speaker::new(
                        &mentions[subject].target,
                        cue_text,
                        cue.stance,
                        Some(opening),
                        1.0,
                        Rule::QuoteHead,
                    ));
                }
            }
            // "X …: “…" — a colon introduces the speaker's words, and so does
            // a comma after a short clause that opens with the speaker ("X
            // spoke on the radio, “…").
            let short_clause = head_text.ends_with(',')
                && head_text.split_whitespace().count() <= 14
                && !head_text.contains(['“', '”', '"', ';']);
            if head_text.ends_with(':') || short_clause {
                let subject = mentions.iter().find(|m| {
                    !m.possessive
                        && !preceded_by_preposition(text, m.start)
                        && m.target != Target::Body
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
            }
        }
        None
    }

    /// A transcript's speaker tag opening a paragraph ("MR. DOE:", "THE
    /// PRESIDENT:", "Jane Doe:", "Q:"), with where it ends and who it names.
    fn speaker_tag(&self, text: &str, paragraph: Span, people: &People) -> Option<(usize, Target)> {
        let body = &text[paragraph.range()];
        let at = paragraph.start as usize;
        // "Q   Thank you." — a question from the floor, tagged without a colon.
        if body.starts_with("Q ") || body.starts_with("Q\t") || body.starts_with("Q\u{a0}") {
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
        let normal: String = if all_caps {
            words
                .iter()
                .map(|word| {
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
        if let Some(hit) = self.matcher.find_iter(&normal).last() {
            return Some((
                end,
                Target::Actor(ActorRef::Known(
                    self.pattern_actor[hit.pattern().as_usize()],
                )),
            ));
        }
        let found = names::rules().find(&normal, Span::new(0, normal.len()));
        for mention in found.iter().rev() {
            let target = match &mention.found {
                Found::Surname { name, .. } => match people.by_surname(name, at) {
                    Some(index) => Some(Target::Actor(
                        self.actor_named(&people.people[index].name, ActorKind::Person),
                    )),
                    // A surname the text never spelled out in full is still
                    // the speaker's name.
                    None => Some(Target::Actor(match self.registered(name) {
                        Some(index) => ActorRef::Known(index),
                        None => ActorRef::New {
                            name: name.clone(),
                            kind: ActorKind::Person,
                        },
                    })),
                },
                other => self.target_of(other, at, people),
            };
            if let Some(target) = target {
                return Some((end, target));
            }
        }
        None
    }

    /// Attributes a transcript paragraph: what the speaker says is theirs,
    /// sentence by sentence, except questions and courtesies; positions the
    /// speaker reports of others are found as in any other text.
    fn attribute_turn(
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
                _ => sentence_text,
            };
            // Positions others hold, as the speaker reports them, are theirs.
            let before = found.len();
            self.attribute_sentence(text, sentence, &[], state, found);
            // A state or body named as subject in the speaker's words is most
            // often the speaker's own "we"; only another person's reported
            // position takes the sentence from the speaker.
            let reports_others = found[before..].iter().any(|attribution| {
                Some(&attribution.actor) != actor.as_ref()
                    && match &attribution.actor {
                        ActorRef::Known(index) => {
                            self.registry.actor_kinds[*index] == ActorKind::Person
                        }
                        ActorRef::New { kind, .. } => *kind == ActorKind::Person,
                    }
            });
            for attribution in &found[before..] {
                state.note(&Target::Actor(attribution.actor.clone()), self);
            }
            if found.len() == before {
                self.note_subject(text, sentence, state);
            }
            let words = content.split_whitespace().count();
            let question = content.trim_end_matches(['"', '”', ')']).ends_with('?');
            // Greetings and thanks are courtesies, not positions.
            let lowered_content = content.to_lowercase();
            let courtesy = words < 5
                || lowered_content.contains("thank")
                || lowered_content.starts_with("good morning")
                || lowered_content.starts_with("good afternoon")
                || lowered_content.starts_with("good evening");
            // Narration of events in the speaker's mouth ("The call covered a
            // range of issues") holds no position: a position speaks in the
            // first person or with words of stance.
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
            let positional = first_person || stance::evidence(content) >= 1.0;
            if let (Some(actor), false, false, false, true) =
                (&actor, question, courtesy, reports_others, positional)
            {
                found.push(Attribution {
                    span: sentence,
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

    /// Notes the first person a sentence names outside a prepositional
    /// phrase, its likely subject, as the one a later "he" or "she" means.
    fn note_subject(&self, text: &str, sentence: Span, state: &mut Discourse) {
        let words = words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        let subject = mentions
            .iter()
            .find(|mention| !mention.possessive && !preceded_by_preposition(text, mention.start));
        if let Some(Mention {
            target: target @ Target::Actor(actor),
            ..
        }) = subject
        {
            let person = match actor {
                ActorRef::Known(index) => self.registry.actor_kinds[*index] == ActorKind::Person,
                ActorRef::New { kind, .. } => *kind == ActorKind::Person,
            };
            if person {
                state.note(target, self);
            }
        }
    }

    /// The registered actor a name found in the text is, if any.
    fn registered(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    fn actor_named(&self, name: &str, kind: ActorKind) -> ActorRef {
        match self.registered(name) {
            Some(index) => ActorRef::Known(index),
            None => ActorRef::New {
                name: name.to_string(),
                kind,
            },
        }
    }

    /// What a mention the registry lacks stands for, with the article's
    /// people tying surnames and roles to full names.
    fn target_of(&self, found: &Found, at: usize, people: &People) -> Option<Target> {
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
                let name = match people.expand(name) {
                    Some(full) => full,
                    None if acronym && self.registered(name).is_none() => return None,
                    None => name,
                };
                Target::Actor(self.actor_named(name, ActorKind::Organization))
            }
            Found::Person { name, .. } => Target::Actor(self.actor_named(name, ActorKind::Person)),
            Found::Surname { name, titled, .. } => match people.by_surname(name, at) {
                Some(index) => person(index),
                None if *titled => Target::Actor(self.actor_named(name, ActorKind::Person)),
                None => return None,
            },
            Found::Role { words } => match people.by_role(words, at) {
                Some(index) => person(index),
                None => Target::Anonymous,
            },
            Found::Unnamed => Target::Anonymous,
        })
    }

    /// The people an article names in full, registered or not, with the
    /// roles the text gives them, for resolving later surnames and roles.
    fn people_of(&self, article: &Article) -> People {
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
                // Registered people, with their registry role.
                for hit in self.matcher.find_iter(sentence_text) {
                    let actor = self.pattern_actor[hit.pattern().as_usize()];
                    if self.registry.actor_kinds[actor] != ActorKind::Person {
                        continue;
                    }
                    let spec = &self.registry.actors[actor];
                    let roles: Vec<String> = spec
                        .role
                        .iter()
                        .flat_map(|role| role.split_whitespace())
                        .map(str::to_lowercase)
                        .collect();
                    people.learn(&spec.name, &roles, Gender::Unknown, base + hit.start());
                }
                let registered: Vec<(usize, usize)> = self
                    .matcher
                    .find_iter(sentence_text)
                    .map(|hit| (base + hit.start(), base + hit.end()))
                    .collect();
                for found in names::rules().find(text, sentence) {
                    let overlaps = registered
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
                        } => people.learn(name, roles, *gender, found.start),
                        Found::Surname {
                            name,
                            gender,
                            titled,
                            roles,
                        } => match people.by_surname(name, found.start) {
                            Some(index) => people.saw(index, found.start, *gender),
                            // "Turkish president Doe", never named in full:
                            // a person known by one name.
                            None if *titled => people.learn(name, roles, *gender, found.start),
                            None => {}
                        },
                        // "Syrian Democratic Forces (SDF)": later "SDF" is the
                        // same body.
                        Found::Organization { name } => {
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
                        _ => {}
                    }
                }
            }
        }
        people
    }

    /// "X said:" closing a paragraph with no quotation after the colon: the
    /// speaker of a quotation opening the next paragraph.
    fn colon_speaker(
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
        let words = words_of(text, last);
        let mentions = self.mentions(text, last, &words, &state.people);
        let cues = find_cues(&words);
        let cue = cues.iter().rev().find(|cue| cue.kind == CueKind::Speech)?;
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

/// Whether a headline capitalises (nearly) every word but the short ones.
fn headline_case(title: &str) -> bool {
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

/// "In X, they …" at the start of a sentence: X, as the speaker for "they".
fn place_before_they(
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

/// Who speaks a quotation and through which cue.
#[derive(Clone, Debug)]
struct Speaker {
    target: Target,
    cue: String,
    cue_stance: Option<Stance>,
    /// The sentence holding the attribution; other sentences of the quotation
    /// are continuations.
    in_sentence: Option<Span>,
    certainty: f32,
    rule: Rule,
}

impl Speaker {
    fn new(
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

/// What the text has said so far, for resolving pronouns.
#[derive(Default)]
struct Discourse {
    /// The people who spoke or held a position, most recent last, with their
    /// gender as far as the text tells it; `None` is somebody unnamed.
    recent_people: Vec<(Option<ActorRef>, Gender)>,
    last_body: Option<ActorRef>,
    /// Whether the last actor noted was a state or body rather than a
    /// person: "They" and "It" opening a sentence only reach back to a body
    /// when no person spoke since.
    body_last: bool,
    /// Everyone the article names in full, for surnames and roles.
    people: People,
    /// The last two actors a sentence named together ("X and Y held talks").
    last_pair: Option<(ActorRef, ActorRef)>,
}

impl Discourse {
    fn note(&mut self, target: &Target, attributor: &Attributor) {
        let actor = match target {
            Target::Actor(actor) => actor,
            Target::Anonymous => {
                self.recent_people.push((None, Gender::Unknown));
                self.body_last = false;
                return;
            }
            _ => return,
        };
        let kind = match actor {
            ActorRef::Known(index) => attributor.registry.actor_kinds[*index],
            ActorRef::New { kind, .. } => *kind,
        };
        if kind == ActorKind::Person {
            let name = match actor {
                ActorRef::Known(index) => &attributor.registry.actors[*index].name,
                ActorRef::New { name, .. } => name,
            };
            let gender = self
                .people
                .people
                .iter()
                .find(|person| &person.name == name)
                .map_or(Gender::Unknown, |person| person.gender);
            self.recent_people.push((Some(actor.clone()), gender));
            self.body_last = false;
        } else {
            self.last_body = Some(actor.clone());
            self.body_last = true;
        }
    }

    /// The last person who spoke whose gender does not rule out the pronoun.
    fn last_person(&self, gender: Gender) -> Option<ActorRef> {
        self.recent_people
            .iter()
            .rev()
            .find(|(_, known)| {
                gender == Gender::Unknown || *known == Gender::Unknown || *known == gender
            })
            .and_then(|(actor, _)| actor.clone())
    }

    fn resolve(&self, target: &Target) -> Option<ActorRef> {
        match target {
            Target::Actor(actor) => Some(actor.clone()),
            Target::Anonymous => None,
            Target::Person(gender) => self.last_person(*gender),
            Target::Body => self.last_body.clone().filter(|_| self.body_last),
            Target::Pair => self.last_pair.as_ref().map(|(first, _)| first.clone()),
        }
    }

    /// Every actor a target stands for: two for a pair, else at most one.
    fn resolve_all(&self, target: &Target) -> Vec<ActorRef> {
        match (target, &self.last_pair) {
            (Target::Pair, Some((first, second))) => vec![first.clone(), second.clone()],
            (Target::Pair, None) => Vec::new(),
            _ => self.resolve(target).into_iter().collect(),
        }
    }

    /// Remembers two registered actors a sentence joins with "and".
    fn note_pair(&mut self, text: &str, mentions: &[Mention]) {
        for pair in mentions.windows(2) {
            let (Target::Actor(first), Target::Actor(second)) = (&pair[0].target, &pair[1].target)
            else {
                continue;
            };
            // "X and Russian President Y": titles may stand before the second.
            let Some(gap) = text.get(pair[0].end..pair[1].start).map(str::trim) else {
                continue;
            };
            let joined = gap.strip_prefix("and").is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(' ')
                        && rest.split_whitespace().count() <= 3
                        && rest.split_whitespace().all(|word| {
                            word.chars().next().is_some_and(char::is_uppercase)
                                || ROLE_WORDS.contains(&word.to_lowercase().as_str())
                        })
            });
            if first != second && joined {
                self.last_pair = Some((first.clone(), second.clone()));
            }
        }
    }
}

#[derive(Clone, Debug)]
struct Cue {
    first: usize,
    last: usize,
    kind: CueKind,
    stance: Option<Stance>,
}

fn is_lower_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

fn words_of(text: &str, span: Span) -> Vec<Word<'_>> {
    let base = span.start as usize;
    crate::text::tokens(&text[span.range()])
        .into_iter()
        .map(|token| Word {
            text: token.text,
            lower_is: is_lower_word,
            start: base + token.start,
            end: base + token.end,
        })
        .collect()
}

fn lower(word: &Word) -> String {
    word.text.to_lowercase().replace('\'', "’")
}

/// A cue phrase split into words, with what it is and the stance it carries.
type CueEntry = (Vec<String>, CueKind, Option<Stance>);
/// The cue phrases grouped by their first word, so that looking cues up by
/// word keeps attribution linear in the text.
type CueTable = std::collections::HashMap<String, Vec<CueEntry>>;

/// The cue table compiled once from `data/cues.toml`. The file is bundled
/// and checked by the tests, so a malformed entry is a build defect.
fn cue_table() -> &'static CueTable {
    static TABLE: std::sync::OnceLock<CueTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let file: std::collections::BTreeMap<
            String,
            std::collections::BTreeMap<String, Vec<String>>,
        > = toml::from_str(CUES_TOML).expect("data/cues.toml is valid");
        let mut table = CueTable::new();
        for (kind, by_stance) in file {
            let kind = match kind.as_str() {
                "speech" => CueKind::Speech,
                "stance" => CueKind::Stance,
                other => panic!("data/cues.toml: unknown cue kind {other}"),
            };
            for (stance, phrases) in by_stance {
                let stance = match stance.as_str() {
                    "none" => None,
                    name => Some(
                        Stance::parse(name)
                            .unwrap_or_else(|| panic!("data/cues.toml: unknown stance {name}")),
                    ),
                };
                for phrase in phrases {
                    let parts: Vec<String> = phrase.split(' ').map(str::to_string).collect();
                    table
                        .entry(parts[0].clone())
                        .or_default()
                        .push((parts, kind, stance));
                }
            }
        }
        table
    })
}

fn find_cues(words: &[Word]) -> Vec<Cue> {
    let lowered: Vec<String> = words.iter().map(lower).collect();
    let table = cue_table();
    let mut cues = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let mut best: Option<Cue> = None;
        for (parts, kind, stance) in table
            .get(lowered[index].as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if index + parts.len() > words.len() {
                continue;
            }
            // "will not be able to" is a forecast, not a refusal.
            let forecast = parts[..] == ["will", "not"]
                && lowered
                    .get(index + 2)
                    .is_some_and(|next| matches!(next.as_str(), "be" | "have" | "get" | "receive"));
            if !forecast
                && parts
                    .iter()
                    .enumerate()
                    .all(|(offset, part)| lowered[index + offset] == *part)
            {
                let candidate = Cue {
                    first: index,
                    last: index + parts.len() - 1,
                    kind: *kind,
                    stance: *stance,
                };
                if best.as_ref().is_none_or(|b| candidate.last > b.last) {
                    best = Some(candidate);
                }
            }
        }
        // "makes a number of demands", "put forward proposals": a light verb
        // with a noun of position makes one cue.
        if best.is_none()
            && matches!(
                lowered[index].as_str(),
                "makes"
                    | "made"
                    | "make"
                    | "puts"
                    | "put"
                    | "advances"
                    | "advanced"
                    | "submits"
                    | "submitted"
            )
        {
            let noun = (index + 1..words.len().min(index + 6)).find(|&at| {
                matches!(
                    lowered[at].as_str(),
                    "demands" | "demand" | "proposals" | "proposal" | "offer" | "requests"
                )
            });
            if let Some(at) = noun {
                let stance = if lowered[at].starts_with("demand") || lowered[at] == "requests" {
                    Stance::Demand
                } else {
                    Stance::Propose
                };
                best = Some(Cue {
                    first: index,
                    last: at,
                    kind: CueKind::Stance,
                    stance: Some(stance),
                });
            }
        }
        match best {
            Some(cue) => {
                index = cue.last + 1;
                cues.push(cue);
            }
            None => index += 1,
        }
    }
    cues
}

fn is_possessive(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("’s")
        || rest.starts_with("'s")
        || rest.starts_with("’ ")
        || rest.starts_with("s’")
}

fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// The word before `start`, lower case.
fn previous_word(text: &str, start: usize) -> Option<String> {
    let before = text[..start].trim_end();
    if before.ends_with([',', ';', ':', '.', '—', '–', '(', '“', '"']) {
        return None;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '’')
        .collect();
    (!word.is_empty()).then(|| word.chars().rev().collect::<String>().to_lowercase())
}

fn preceded_by_preposition(text: &str, start: usize) -> bool {
    // Skip a determiner or title between the preposition and the name.
    let mut position = start;
    for _ in 0..3 {
        match previous_word(text, position) {
            Some(word) if PREPOSITIONS.contains(&word.as_str()) => return true,
            Some(word)
                if matches!(
                    word.as_str(),
                    "the" | "a" | "an" | "mr" | "president" | "its" | "their" | "his" | "her"
                ) =>
            {
                position = text[..position].trim_end().len() - word.len();
            }
            _ => return false,
        }
    }
    false
}

/// The mention that is the subject of `cue`, with whether the cue is negated.
fn subject_of(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<(usize, bool)> {
    let cue_start = words[cue.first].start;
    let needs_copula = COPULA_CUES.contains(&lower(&words[cue.first]).as_str());
    for (index, mention) in mentions.iter().enumerate().rev() {
        if mention.end > cue_start {
            continue;
        }
        // "X’s spokesman said", "a U.S. statement added": the body's voice
        // speaks for it.
        if !mention.possessive && !matches!(mention.target, Target::Person(_)) {
            let gap = text[mention.end..cue_start].trim();
            if !gap.is_empty() && names::rules().is_voice(gap) {
                return Some((index, false));
            }
        }
        if mention.possessive {
            let gap = text[mention.end..cue_start]
                .trim_start_matches(['’', '\'', 's'])
                .trim();
            if names::rules().is_voice(gap) {
                return Some((index, false));
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
                    | "committed"
                    | "determined"
                    | "concerned"
                    | "interested"
                    | "convinced"
                    | "prepared"
            )
            && gap
                .split_whitespace()
                .rfind(|word| !word.ends_with("ly"))
                .is_some_and(|word| {
                    matches!(
                        word.to_lowercase().as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    )
                });
        if passive {
            return None;
        }
        // "The bank's chief economist, Jane Roe, warned": the name set off
        // by commas is the subject.
        if gap.trim() == "," && text[..mention.start].trim_end().ends_with(',') {
            return Some((index, false));
        }
        return match gap_allows_subject(gap) {
            Some(_) if needs_copula && !has_copula(gap) => None,
            Some(negated) => Some((index, negated)),
            // The nearest candidate that cannot be the subject shields the
            // ones before it, unless it sits inside an appositive.
            None if inside_appositive(text, mention.start, cue_start) => continue,
            None => None,
        };
    }
    None
}

/// Whether a subordinating word ("that", "what", "how") opens the clause
/// before a mention.
fn embedded(text: &str, sentence_start: usize, start: usize) -> bool {
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

/// Verbs of harming others that, after "wants to" or "seeks to", make the
/// aim a motive the author imputes.
const HOSTILE_AIMS: &[&str] = &[
    "disrupt",
    "divide",
    "split",
    "weaken",
    "undermine",
    "destabilize",
    "destabilise",
    "intimidate",
    "blackmail",
    "humiliate",
    "sow",
    "drive",
];

/// Whether a wanting or seeking cue ("wants to", "seeks to", "aims to")
/// has a hostile aim right after it.
fn imputed_motive(words: &[Word], cue: &Cue) -> bool {
    let verb = lower(&words[cue.first]);
    let wanting = matches!(
        verb.as_str(),
        "want" | "wants" | "wanted" | "seeks" | "seeking" | "sought" | "aims" | "intends"
    );
    if !wanting {
        return false;
    }
    let after: Vec<String> = words[cue.last + 1..].iter().take(3).map(lower).collect();
    after.first().map(String::as_str) == Some("to")
        && after[1..]
            .iter()
            .any(|word| HOSTILE_AIMS.contains(&word.as_str()))
}

/// Agreeing to talk is a readiness to talk, a proposal; agreeing to anything
/// else accepts it ("agreed to extend the treaty").
fn agreement_stance(lowered: &str) -> Stance {
    const TALKS: &[&str] = &[
        "to discuss",
        "to negotiate",
        "to talk",
        "to hold talks",
        "to launch dialogue",
        "to launch a dialogue",
        "to start talks",
        "to begin talks",
        "to begin negotiations",
        "to start negotiations",
        "to continue talks",
        "to meet",
        "on talks",
    ];
    if TALKS.iter().any(|talk| lowered.contains(talk)) {
        Stance::Propose
    } else {
        Stance::Support
    }
}

/// Whether the words just before `cue_start` are "but" or "and" with only
/// auxiliaries after it ("… but is demanding"), so that the cue opens a second
/// predicate of the clause before.
fn second_predicate(text: &str, cue_start: usize) -> bool {
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

fn has_copula(gap: &str) -> bool {
    gap.split(|c: char| !c.is_alphanumeric() && c != '’')
        .any(|word| COPULAS.contains(&word.to_lowercase().as_str()))
        || gap.contains("’s ")
}

/// Whether a conditional word ("if", "unless") opens the clause a mention
/// stands in.
fn in_conditional(text: &str, sentence_start: usize, start: usize) -> bool {
    let head = &text[sentence_start..start];
    head.rsplit([',', ';', '—', ':'])
        .next()
        .unwrap_or(head)
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| CONDITIONALS.contains(&word.to_lowercase().as_str()))
}

/// The subject of a participle clause: ", stressing that …" takes the main
/// clause's subject before it; "While calling on …, X …" the one after it.
fn participle_subject(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    cue: &Cue,
) -> Option<(usize, bool)> {
    let cue_start = words[cue.first].start;
    let before = text[..cue_start].trim_end();
    let valid = |mention: &Mention| {
        !mention.possessive
            && !preceded_by_preposition(text, mention.start)
            && !in_conditional(
                text,
                words.first().map_or(0, |word| word.start),
                mention.start,
            )
    };
    if before.ends_with(',') {
        let sentence_start = words.first().map_or(0, |word| word.start);
        return mentions
            .iter()
            .position(|mention| {
                mention.start >= sentence_start && mention.end <= cue_start && valid(mention)
            })
            .map(|index| (index, false));
    }
    if cue.first <= 1 {
        let comma = text[cue_start..].find(',')? + cue_start;
        return mentions
            .iter()
            .position(|mention| mention.start > comma && valid(mention))
            .map(|index| (index, false));
    }
    None
}

/// Whether the text between a subject and a cue keeps them in one clause;
/// returns whether it negates the cue.
fn gap_allows_subject(gap: &str) -> Option<bool> {
    let mut gap = gap.trim();
    // An appositive between commas: "X, the minister, said".
    if let Some(rest) = gap.strip_prefix(',') {
        let last_comma = rest.rfind(',')?;
        gap = rest[last_comma + 1..].trim();
    } else if let Some(rest) = gap.strip_prefix('(') {
        let close = rest.rfind(')')?;
        gap = rest[close + 1..].trim();
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
            .any(|word| CLAUSE_WORDS.contains(&word.as_str()));
    prepositional.then_some(negated)
}

/// Whether `start` lies inside a comma-bounded stretch that ends before `cue_start`.
fn inside_appositive(text: &str, start: usize, cue_start: usize) -> bool {
    text[..start].rfind(',').is_some() && text[start..cue_start].contains(',')
}

fn starts_with_any(text: &str, openings: &[&str]) -> bool {
    openings.iter().any(|opening| {
        text.strip_prefix(opening)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
    })
}

fn is_cue_word(word: &Word) -> bool {
    cue_table().contains_key(&lower(word))
}

/// Whether a sentence reads as the content of a document: it opens like one
/// ("The first proposal …", "According to the draft …") or states terms with
/// "would", "need to" or "must".
fn describes_content(sentence: &str) -> bool {
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
fn introduces_document(lowered: &str, words: &[Word], cue: &Cue) -> Option<String> {
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
fn possessive_document(
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
fn possessive_position(text: &str, words: &[Word], mentions: &[Mention]) -> Option<usize> {
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
            let names_position = following
                .iter()
                .any(|word| POSITION_NOUNS.contains(&word.as_str()))
                || rest
                    .trim_start_matches(['’', '\'', 's'])
                    .trim_start()
                    .starts_with("red line");
            names_position.then_some(index)
        })
        .or_else(|| {
            // "The response of the ministry is …": a noun of position with "of".
            let opening: Vec<String> = words.iter().take(3).map(lower).collect();
            let of_form = opening.len() == 3
                && opening[0] == "the"
                && POSITION_NOUNS.contains(&opening[1].as_str())
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

/// The stance a noun of position carries, for the first such noun in a
/// sentence: a demand is a demand, a pledge a proposal, a refusal a rejection.
fn position_noun_stance(lowered: &str) -> Option<Stance> {
    let words = lowered.split(|c: char| !c.is_alphanumeric());
    for word in words {
        let stance = match word {
            "demand" | "demands" | "insistence" | "ultimatum" | "request" | "requests"
            | "requirement" | "requirements" => Stance::Demand,
            "commitment" | "pledge" => Stance::Propose,
            "refusal" | "objections" => Stance::Reject,
            "concerns" => Stance::Warn,
            "reaction" | "response" | "speeches" | "statements" | "remarks" => return None,
            _ => continue,
        };
        return Some(stance);
    }
    None
}

/// "… is unacceptable for Moscow": the mention after "unacceptable for/to".
fn unacceptable_for(text: &str, words: &[Word], mentions: &[Mention]) -> Option<usize> {
    let position = words.windows(2).find(|pair| {
        lower(&pair[0]) == "unacceptable" && matches!(lower(&pair[1]).as_str(), "for" | "to")
    })?;
    let after = position[1].end;
    mentions.iter().position(|mention| {
        mention.start >= after && text[after..mention.start].split_whitespace().count() <= 1
    })
}

/// Nouns of voiced opinion that "There is … in X" ascribes to X.
const VOICES: &[&str] = &[
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
fn voices_in(text: &str, words: &[Word], mentions: &[Mention]) -> Option<usize> {
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

/// Mentions joined to `subject` by "and" or a comma list: "X and Y said".
fn coordinated_with(text: &str, mentions: &[Mention], subject: usize) -> Vec<usize> {
    let mut joined = Vec::new();
    let mut current = subject;
    while current > 0 {
        let previous = &mentions[current - 1];
        let gap = text[previous.end..mentions[current].start].trim();
        // "…, he added" after a list of places is no list of speakers.
        let pronoun = !matches!(mentions[current].target, Target::Actor(_));
        if pronoun && gap != "and" {
            break;
        }
        if (gap == "and" || gap == "," || gap == ", and")
            && !previous.possessive
            && !preceded_by_preposition(text, previous.start)
        {
            joined.push(current - 1);
            current -= 1;
        } else {
            break;
        }
    }
    joined
}

/// "According to X," "In the words of X," or "From X’s point of view," at
/// the start of a clause.
fn source_frame<'m>(text: &str, words: &[Word], mentions: &'m [Mention]) -> Option<&'m Mention> {
    let lowered: Vec<String> = words.iter().map(lower).collect();
    for index in 0..words.len() {
        let according =
            lowered[index] == "according" && lowered.get(index + 1).is_some_and(|w| w == "to");
        let in_the_words_of = lowered[index] == "words"
            && lowered.get(index + 1).is_some_and(|w| w == "of")
            && index > 0
            && lowered[index - 1] == "the";
        if !according && !in_the_words_of {
            continue;
        }
        let frame_end = index + 1;
        let after = words[frame_end].end;
        let mention = mentions.iter().find(|m| m.start >= after)?;
        let between = words
            .iter()
            .filter(|w| w.start >= after && w.end <= mention.start)
            .count();
        if between <= 2 && !text[after..mention.start].contains(',') {
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
fn new_main_clause(text: &str, from: usize, to: usize) -> bool {
    let between = &text[from..to];
    between.contains(';')
        || between.contains(" — ")
        || between.contains(", while ")
        || between.contains(", but ")
        || between.contains(", whereas ")
        || between.contains(", as ")
}

fn overlap(a: Span, b: Span) -> usize {
    let start = a.start.max(b.start);
    let end = a.end.min(b.end);
    end.saturating_sub(start) as usize
}

/// One statement per sentence and actor. The most confident attribution
/// wins; between cues of one actor in one sentence ("is satisfied … but is
/// demanding"), the more committal stance wins.
fn dedupe(found: Vec<Attribution>) -> Vec<Attribution> {
    let weight = |stance: Stance| match stance {
        Stance::Demand => 5,
        Stance::Reject => 4,
        Stance::Warn => 3,
        Stance::Propose => 2,
        Stance::Support => 1,
        Stance::Assess => 0,
    };
    let mut kept: Vec<Attribution> = Vec::new();
    for attribution in found {
        match kept
            .iter_mut()
            .find(|k| k.span == attribution.span && k.actor == attribution.actor)
        {
            Some(existing) => {
                if weight(attribution.stance) > weight(existing.stance) {
                    existing.stance = attribution.stance;
                }
                if existing.confidence < attribution.confidence {
                    existing.confidence = attribution.confidence;
                    existing.quote = attribution.quote;
                    existing.cue = attribution.cue;
                }
            }
            None => kept.push(attribution),
        }
    }
    kept.sort_by_key(|attribution| (attribution.span.start, attribution.span.end));
    kept
}
