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

use self::names::{Found, Gender, People};
use crate::article::{Article, Block, BlockKind};
use crate::index::{ActorKind, QuoteKind, Rule, Span, Stance};
use crate::text::WordMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::registry::Registry;
use crate::sentence::split_sentences;

pub mod names;
pub mod quotes;
pub mod stance;
pub mod themes;

mod clauses;
mod coref;
mod cues;
mod documents;
mod mentions;
mod speakers;

use clauses::*;
use coref::*;
use cues::*;
use documents::*;
use mentions::*;
use speakers::*;

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

/// The pipeline's compiled matchers for one registry.
pub struct Attributor<'r> {
    pub(crate) registry: &'r Registry,
    pub(crate) matcher: AhoCorasick,
    pub(crate) pattern_actor: Vec<usize>,
    /// Registry names and aliases, for mapping a gazetteer entity or a name
    /// found in the text to the registered actor it is.
    pub(crate) by_name: HashMap<String, usize>,
    /// What `names` found in each span of the article being read, since
    /// several stages read the same sentence.
    names_found: RefCell<HashMap<(u32, u32), FoundNames>>,
    /// The words of each span of the article being read, as absolute byte
    /// ranges: finding Unicode word boundaries is costly, and names, cues,
    /// subjects and speakers all read the same sentence.
    words_found: RefCell<HashMap<(u32, u32), WordSpans>>,
}

/// The byte ranges of the words of one span, shared between the stages
/// that read it.
type WordSpans = Rc<Vec<(usize, usize)>>;

/// What `names` found in one span, shared between the stages that read it.
type FoundNames = Rc<Vec<names::NameMention>>;

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
        let mut by_name = HashMap::default();
        for (pattern, &actor) in patterns.iter().zip(&pattern_actor) {
            by_name.entry(pattern.clone()).or_insert(actor);
        }
        Attributor {
            registry,
            matcher,
            pattern_actor,
            by_name,
            names_found: RefCell::default(),
            words_found: RefCell::default(),
        }
    }

    /// Attributes every position in an article's body.
    pub fn attribute(&self, article: &Article) -> Vec<Attribution> {
        self.names_found.borrow_mut().clear();
        self.words_found.borrow_mut().clear();
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
        // The one actor who held a position in the last sentence of the
        // paragraph before: a paragraph that is a bare quotation right after
        // it quotes that actor, as news reports go on ("X criticised the
        // decision." / "“…”").
        let mut last_holder: Option<ActorRef> = None;
        // In a transcript, who holds the floor: set by a speaker tag
        // ("MR. DOE:", "Jane Doe:") and kept until the next one.
        let mut turn: Option<Target> = self.title_speaker(article, &state.people);
        let mut tag_speakers: HashMap<String, Target> = HashMap::default();
        // The last speaker a tag named, whom an answer's tag stands for.
        let mut last_answering: Option<Target> = None;
        // Whether a question's tag ("Q:", "Q.") came before: an interview.
        let mut questioned = false;
        let mut spellings = speakers::Spellings::default();
        // The document whose content the following sentences may describe, with
        // its owner and the cue that introduced it.
        let mut document: Option<(ActorRef, String)> = None;
        // The speaker of a paragraph ending "X wrote:" with no quotation
        // after it: a next paragraph with no quotation marks is a block
        // quotation of X's words, as news sets long extracts.
        let mut block_speaker: Option<Speaker> = None;
        for (block_index, block) in article.blocks.iter().enumerate() {
            // A question may be set as a block of its own kind.
            questioned |= Attributor::question_tag(text, block.span);
            if block.kind != BlockKind::Paragraph {
                document = None;
                continue;
            }
            let sentences = split_sentences(text, block.span);
            if Attributor::answer_tag(text, block.span, questioned).is_some() {
                // "ANSWER:" is the briefer who answered last, or else the
                // one the title names, or else the one an interview's
                // introduction named first.
                turn = last_answering
                    .clone()
                    .or_else(|| self.titled_speaker(article, &state.people))
                    .or_else(|| {
                        questioned
                            .then(|| self.interviewee(&state.people, block.span.start as usize))
                            .flatten()
                    })
                    .or(Some(Target::Anonymous));
            } else if let Some((tag_end, speaker)) =
                self.speaker_tag(text, block.span, &state.people, &mut spellings)
            {
                // A tag means one speaker all through a transcript: "THE
                // PRESIDENT:" stays the principal who opened the event, even
                // after the turns have named another president.
                let tag: String = text[block.span.start as usize..tag_end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_uppercase();
                let speaker = tag_speakers.entry(tag).or_insert(speaker).clone();
                if speaker != Target::Anonymous {
                    last_answering = Some(speaker.clone());
                }
                turn = Some(speaker);
            }
            if let Some(speaker) = &turn {
                self.attribute_turn(text, &sentences, speaker, &mut state, &mut found);
                continue;
            }
            let quotes = quotes::quotations(text, block.span);
            let mut speech_quotes: Vec<(Span, Speaker)> = Vec::new();
            let carry = carried.take();
            let holder = last_holder.take();
            let opens_quoted = quotes::opens_with_quotation(text, block.span);
            if let Some(speaker) = block_speaker.take() {
                if quotes.is_empty() && !opens_quoted {
                    // An extract of several paragraphs is closed by a line
                    // naming its source ("– Judge X, Decision"): the
                    // paragraphs up to it are all the speaker's.
                    if signed_extract_goes_on(text, &article.blocks[block_index + 1..]) {
                        block_speaker = Some(speaker.clone());
                    }
                    speech_quotes.push((block.span, speaker));
                }
            }
            for (position, quote) in quotes.iter().enumerate() {
                let own = self.quote_speaker(text, &sentences, quote.span, &state);
                // A quotation over several paragraphs may be tagged only in
                // its last: "“We waited. …" / "“Now we act,” said X.".
                let tagged_later = match (&own, &carry) {
                    (None, None) if position == 0 && opens_quoted && quote.runs_on => self
                        .speaker_later_in_quotation(
                            text,
                            &article.blocks[block_index + 1..],
                            &state,
                        ),
                    _ => None,
                };
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
                    (None, None, _) if tagged_later.is_some() => tagged_later,
                    (None, None, _) if position == 0 && opens_quoted && holder.is_some() => {
                        holder.as_ref().map(|actor| {
                            Speaker::new(
                                &Target::Actor(actor.clone()),
                                "quoted",
                                None,
                                None,
                                0.8,
                                Rule::QuoteContinued,
                            )
                        })
                    }
                    (None, None, None) if position == 0 => {
                        self.previous_sentence_speaker(text, &sentences, quote.span, &state)
                    }
                    // "“…,” wrote X, “and …”": a quotation interrupted by
                    // its speaker's tag goes on in the same words.
                    (None, _, Some(previous))
                        if position > 0
                            && interrupted_by_tag(
                                &text[quotes[position - 1].span.end as usize
                                    ..quote.span.start as usize],
                            ) =>
                    {
                        Some(previous.clone())
                    }
                    // Only a quotation that opens its sentence goes on: a few
                    // quoted words inside the author's sentence ("critics call
                    // it “a farce”") are not the last speaker's.
                    (None, _, Some(previous))
                        if position > 0
                            && sentences.iter().any(|sentence| {
                                sentence.start <= quote.span.start
                                    && text[sentence.start as usize..quote.span.start as usize]
                                        .trim()
                                        .is_empty()
                            }) =>
                    {
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
            if carried.is_none() && block_speaker.is_none() {
                carried = self.colon_speaker(text, &sentences, &quotes, &state);
                block_speaker = carried.clone();
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
            let mut holder_of_last: Option<ActorRef> = None;
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
                // or else to the person a sentence is about. The owner of a
                // position the speaker takes up ("welcomed Y's offer") is
                // not who a later "he" means while the speaker is there.
                let spoken = found[before..]
                    .iter()
                    .any(|attribution| attribution.rule != Rule::PossessivePosition);
                for attribution in &found[before..] {
                    if spoken && attribution.rule == Rule::PossessivePosition {
                        continue;
                    }
                    state.note(&Target::Actor(attribution.actor.clone()), self);
                }
                // "The union called a strike on Monday. It said …": a state
                // or body that a sentence of narration opens with is whom a
                // later "It" means, as one that spoke would be.
                if !own && opens_with_a_name(&text[sentence.range()]) {
                    if let Some(subject) = self.opening_subject(text, sentence, &state) {
                        if self.kind_of(&subject) != ActorKind::Person {
                            state.note_subject_body(&subject);
                        }
                    }
                }
                // "Police arrested two men. They said …": people in the
                // plural that narration opens with are whom a later "They"
                // means, not a group that spoke paragraphs before.
                if !own && opens_with_unnamed_plural(&text[sentence.range()]) {
                    state.note_plural_narration();
                }
                // "X issued a statement …": a later "the statement said" is
                // X's.
                // A document issued by somebody the text does not name ("The
                // court issued its ruling") is nobody's it knows: a later
                // "the ruling says" is not the last issuer's.
                if issues_document(&text[sentence.range()]) {
                    state.last_issuer = found[before..]
                        .first()
                        .map(|attribution| attribution.actor.clone())
                        .or_else(|| self.subject_actor(text, sentence, &state));
                }
                state.close_sentence();
                let mut holders = found[before..].iter().map(|found| &found.actor);
                holder_of_last = match (holders.next(), holders.next()) {
                    (Some(actor), None) => Some(actor.clone()),
                    _ => None,
                };
                // A relative clause's body may hold the sentence's only
                // position ("X is the spokesman for Y, which backs Z")
                // while the sentence is about the person who opens it. The
                // look for that person is dear, so it is taken only where
                // such a clause stands.
                let person_holds = found[before..]
                    .iter()
                    .any(|attribution| self.kind_of(&attribution.actor) == ActorKind::Person);
                if found.len() > before
                    && !person_holds
                    && text[sentence.range()].contains(", which ")
                {
                    self.note_subject(text, sentence, &mut state);
                }
                if found.len() == before {
                    self.note_subject(text, sentence, &mut state);
                } else {
                    // In UN meetings coverage the one who speaks for a state
                    // ("The representative of France said …", "Iran's
                    // representative rejected …") is the "he" or "she" of the
                    // next sentences, and speaks for it, whatever the verb.
                    let first = &found[before];
                    let speaker_for_state = opens_with_voice(&text[sentence.range()])
                        && found[before..].iter().all(|attribution| {
                            attribution.actor == first.actor
                                && self.kind_of(&attribution.actor) == ActorKind::State
                        });
                    if speaker_for_state {
                        state
                            .recent_people
                            .push((Some(first.actor.clone()), Gender::Unknown));
                        state.body_last = false;
                    } else if found[before..].iter().all(|attribution| {
                        attribution.rule == Rule::ReportedSpeech
                            && self.kind_of(&attribution.actor) != ActorKind::Person
                    }) {
                        // A body that spoke through somebody unnamed; a
                        // person who spoke is named ("X's climate chief, Jane
                        // Roe, said"), whatever description stands before
                        // the name.
                        self.note_unnamed_voice(text, sentence, &mut state);
                    }
                }
            }
            last_holder = holder_of_last;
        }
        // An actor named short before the article gives the full name, or
        // by a part of it that the surname rules do not index, is named in
        // full, as a reader would name them.
        // Many statements share an actor: each name is looked up once, as
        // the look-up folds the diacritics of every name the article gives.
        let mut fuller: HashMap<(String, ActorKind), Option<String>> = HashMap::default();
        for attribution in &mut found {
            if let ActorRef::New { name, kind } = &mut attribution.actor {
                let full = fuller
                    .entry((name.clone(), *kind))
                    .or_insert_with(|| state.people.fuller_name(name, *kind))
                    .clone();
                if let Some(full) = full {
                    *kind = if state.people.is_person(&full) {
                        ActorKind::Person
                    } else {
                        ActorKind::Organization
                    };
                    *name = full;
                }
                // A name as the text spells it may hold a no-break space
                // ("Wang\u{a0}Yi"); it is the same name as with a space.
                if name.contains('\u{a0}') {
                    *name = name.replace('\u{a0}', " ");
                }
            }
        }
        dedupe(found)
    }

    /// The actor a sentence opens with as its likely subject: its first
    /// mention outside a possessive or a prepositional phrase.
    fn subject_actor(&self, text: &str, sentence: Span, state: &Discourse) -> Option<ActorRef> {
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        mentions
            .iter()
            .find(|mention| !mention.possessive && !preceded_by_preposition(text, mention.start))
            .and_then(|mention| state.resolve(&mention.target))
    }

    /// The speaker a quotation left open is tagged with in a later paragraph
    /// that goes on with it, as news tags a long quotation in its last
    /// paragraph. Only paragraphs that open with a quotation mark go on with
    /// it, and the first one to close the quotation must tag it.
    fn speaker_later_in_quotation(
        &self,
        text: &str,
        later: &[crate::article::Block],
        state: &Discourse,
    ) -> Option<Speaker> {
        for block in later.iter().take(4) {
            if block.kind != BlockKind::Paragraph || !quotes::opens_with_quotation(text, block.span)
            {
                return None;
            }
            let quotes = quotes::quotations(text, block.span);
            let first = quotes.first()?;
            if first.runs_on {
                continue;
            }
            let sentences = split_sentences(text, block.span);
            let mut speaker = self.quote_speaker(text, &sentences, first.span, state)?;
            speaker.in_sentence = None;
            speaker.rule = Rule::QuoteContinued;
            return Some(speaker);
        }
        None
    }

    /// The actor a sentence opens with, when its name stands first (after
    /// "The" at most) and is no owner ("Russia's proposal …" opens with the
    /// proposal, not Russia).
    fn opening_subject(&self, text: &str, sentence: Span, state: &Discourse) -> Option<ActorRef> {
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        let first = mentions.first()?;
        let before = text[sentence.start as usize..first.start].trim();
        (!first.possessive && (before.is_empty() || before == "The"))
            .then(|| state.resolve(&first.target))
            .flatten()
    }

    /// Attributes one sentence, pushing its statements to `found`. Returns the
    /// owner and cue of a document the sentence introduces, if any.
    pub(crate) fn attribute_sentence(
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
            // A short quotation is a scare quote unless it opens the
            // sentence and its speaker follows it ("“We will appeal,” said
            // X"): news never frames a few words of its own that way.
            let opens_sentence = text
                .get(sentence.start as usize..quote.start as usize)
                .is_some_and(|before| before.trim().is_empty());
            let speaker_after = opens_sentence && speaker.rule == Rule::QuoteTail;
            // A colon before it announces words however few ("X was blunt:
            // “No.”").
            let announced = text[..quote.start as usize].trim_end().ends_with(':');
            let inside = overlap * 2 >= sentence.len()
                || overlap >= 60
                || (speaker.in_sentence == Some(sentence)
                    && overlap > 0
                    && (quote.len() >= 20 || speaker_after || announced));
            if inside {
                quoted = true;
                if let Some(actor) = state.resolve(&speaker.target) {
                    // "“…,” she said" of somebody whose name told no gender
                    // tells it, so that a later "he" passes her by.
                    if let Target::Person(gender @ (Gender::Male | Gender::Female)) = speaker.target
                    {
                        let name = self.name_of(&actor).to_string();
                        state.learn_gender(&actor, &name, gender);
                    }
                    let continuation = speaker.in_sentence != Some(sentence);
                    // The quoted words of this sentence, to tell a question.
                    let quoted_here = &text[quote.start.max(sentence.start) as usize
                        ..quote.end.min(sentence.end) as usize];
                    let question = quoted_here
                        .trim_end_matches(['”', '"', '’', '\'', ' ', ','])
                        .ends_with('?');
                    let stance = match (stance::short_answer(quoted_here), question) {
                        (Some(answer), _) => answer,
                        (None, true) => stance::classify_question(
                            sentence_text,
                            quoted_here.trim_start_matches(['“', '"', '‘', '\'', ' ']),
                            speaker.cue_stance,
                            &speaker.cue.to_lowercase(),
                        ),
                        (None, false) => stance::classify(sentence_text, speaker.cue_stance, false),
                    };
                    found.push(Attribution {
                        span: sentence,
                        actor,
                        stance,
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
            self.attribute_partners(text, sentence, state, found);
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
        let lowered = crate::text::lowercase(sentence_text);
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
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        self.learn_gender_from_pronoun(text, sentence, &mentions, state);

        // "According to X, …", "In the words of X, …" and "From X’s point of
        // view, …" make X the source of the whole sentence.
        // A person the sentence has speak ("According to the White House,
        // the president warned …") holds the position; the source only
        // vouches for the report.
        let source = source_frame(self, text, &words, &mentions).filter(|source| {
            !find_cues(text, &words).iter().any(|cue| {
                cue.kind == CueKind::Speech
                    && subject_of(text, &words, &mentions, cue).is_some_and(|(subject, negated)| {
                        let mention = &mentions[subject];
                        !negated
                            && mention.start != source.start
                            && matches!(&mention.target, Target::Actor(actor)
                                if self.kind_of(actor) == ActorKind::Person)
                    })
            })
        });
        if let Some(mention) = source {
            if let Some(actor) = state.resolve(&mention.target) {
                found.push(Attribution {
                    span: sentence,
                    actor,
                    stance: stance::classify(sentence_text, None, false),
                    quote: QuoteKind::Reported,
                    cue: match lowered.trim_start() {
                        opening if opening.starts_with("per ") => "per".into(),
                        opening if opening.starts_with("in ") => "in the view of".into(),
                        _ => "according to".into(),
                    },
                    confidence: 0.8,
                    rule: Rule::AccordingTo,
                });
                return None;
            }
        }

        let cues = find_cues(text, &words);
        let mut reported_until: Option<usize> = None;
        let mut participle_report = false;
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
                let cue_start = words[cue.first].start;
                let closed_participle =
                    participle_report && text[limit..cue_start].trim_end().ends_with(',');
                inside_report = !closed_participle && !new_main_clause(text, limit, cue_start);
                // "X said Y had accepted the plan" reports Y's act of taking
                // a position as well as X's words; a stance ascribed in the
                // present ("X said Y wants war") is only X's claim.
                // A verb of a state of mind in the past ("X said Y wanted a
                // seat") is the present's backshifted: a stance ascribed,
                // no act.
                let act = cue.kind == CueKind::Stance
                    && lower(&words[cue.first]).ends_with("ed")
                    && !matches!(
                        lower(&words[cue.first]).as_str(),
                        "wanted"
                            | "hoped"
                            | "wished"
                            | "preferred"
                            | "needed"
                            | "expected"
                            | "feared"
                            | "intended"
                            | "desired"
                            | "favored"
                            | "favoured"
                    )
                    && cue.first > 0
                    && !matches!(
                        lower(&words[cue.first - 1]).as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
                    );
                if inside_report && cue.kind != CueKind::Speech && !act {
                    continue;
                }
            }
            let subject = if let Some(agent) = passive_agent(text, &words, &mentions, cue) {
                // "dismissed by Electoral Commission chairman X": the body
                // only says whom the agent serves.
                let agent = self
                    .holder_after_employer(text, &mentions, &mentions[agent])
                    .and_then(|person| {
                        mentions
                            .iter()
                            .position(|mention| std::ptr::eq(mention, person))
                    })
                    .or_else(|| self.holder_set_after_office(text, &mentions, agent))
                    .unwrap_or(agent);
                Some((agent, false))
            } else if cues::is_participle_cue(&lower(&words[cue.first])) {
                // "X is demanding …" is a progressive verb, not a
                // participle clause.
                let before: Vec<String> = words[cue.first.saturating_sub(2)..cue.first]
                    .iter()
                    .map(lower)
                    .collect();
                let auxiliary = |word: &str| {
                    matches!(
                        word,
                        "is" | "are" | "was" | "were" | "been" | "be" | "isn’t" | "aren’t"
                    )
                };
                // "started supporting", "kept pressing": a verb of
                // beginning or going on takes the -ing form as its object.
                let aspectual = |word: &str| {
                    matches!(
                        word,
                        "started"
                            | "starts"
                            | "start"
                            | "began"
                            | "begins"
                            | "begin"
                            | "continued"
                            | "continues"
                            | "continue"
                            | "kept"
                            | "keeps"
                            | "keep"
                            | "stopped"
                            | "stop"
                    )
                };
                let progressive = match before.as_slice() {
                    [.., last] if auxiliary(last) || aspectual(last) => true,
                    [first, last] => {
                        auxiliary(first)
                            && (matches!(
                                last.as_str(),
                                "not" | "also" | "still" | "now" | "already" | "again"
                            ) || last.ends_with("ly"))
                    }
                    _ => false,
                };
                if progressive {
                    subject_of(text, &words, &mentions, cue)
                } else {
                    participle_subject(text, &words, &mentions, cue)
                }
            } else {
                subject_of(text, &words, &mentions, cue)
            };
            // "Moscow is satisfied with … but is demanding …": a second
            // predicate after "but" or "and" shares the subject of the first.
            let subject = subject.or_else(|| {
                let (previous, _, _, _) = held.last()?;
                second_predicate(text, words[cue.first].start).then_some((*previous, false))
            });
            let subject = subject.or_else(|| {
                opening_subject_of_second_predicate(text, &words, &mentions, cue)
                    .map(|subject| (subject, false))
            });
            let subject = subject.or_else(|| {
                inverted_subject(text, &words, &mentions, cue).map(|subject| (subject, false))
            });
            let Some((subject, negated)) = subject else {
                continue;
            };
            // "the memorandum under which X and Y agreed …": a relative
            // clause tells the background of a thing, not a position taken.
            let first_of_subject = coordinated_with(text, &mentions, subject)
                .into_iter()
                .min()
                .unwrap_or(subject);
            if in_relative_clause(text, mentions[first_of_subject].start) {
                continue;
            }
            // "Neither X nor Y would accept …" denies the verb for both.
            let negated = negated
                || text[..mentions[first_of_subject].start]
                    .split_whitespace()
                    .rev()
                    .find(|word| !word.eq_ignore_ascii_case("the"))
                    .is_some_and(|word| word.eq_ignore_ascii_case("neither"));
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
            // "X has not imposed sanctions" tells of a measure not taken,
            // which is no position either way.
            if negated
                && words[cue.first..=cue.last]
                    .iter()
                    .any(|word| lower(word).starts_with("sanction"))
            {
                continue;
            }
            // "X commented on the summit on Tuesday", "X responded to the
            // report": a verb of remarking with only its topic after it,
            // no clause, quotation or colon, tells that one spoke, not what.
            if cue.first == cue.last
                && matches!(
                    lower(&words[cue.first]).as_str(),
                    "commented" | "comments" | "responded" | "responds" | "remarked"
                )
                && words
                    .get(cue.last + 1)
                    .is_some_and(|next| lower_eq(next, "on") || lower_eq(next, "to"))
            {
                let rest = &text[words[cue.last].end..sentence.end as usize];
                let content = rest.contains([':', '"', '“', '—', '–', '('])
                    || rest.split(|c: char| !c.is_alphabetic()).any(|word| {
                        matches!(
                            word,
                            "that" | "saying" | "adding" | "calling" | "describing" | "by" | "with"
                        )
                    });
                if !content {
                    continue;
                }
            }
            // "X declined to comment", "refused to say whether" keeps a
            // position back; it takes none.
            // The cue may end at its "to" ("refused to") or before it.
            let after_to = match lower_eq(&words[cue.last], "to") {
                true => Some(cue.last + 1),
                false => words
                    .get(cue.last + 1)
                    .filter(|next| lower_eq(next, "to"))
                    .map(|_| cue.last + 2),
            };
            let keeps_back = after_to.is_some_and(|from| {
                cues::keeps_back(words[from.min(words.len())..].iter().map(|word| word.text))
            });
            if keeps_back {
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
                // "X, noting the risks, called for …": a participle set off
                // by commas reports only up to its closing comma, and the
                // main verb after it is the subject's own.
                participle_report = cues::is_participle_cue(&lower(&words[cue.first]))
                    && text[..words[cue.first].start].trim_end().ends_with(',');
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
        // "Support for the bill came from two governors": the source of a
        // reaction holds the position its noun names.
        if held.is_empty() {
            if let Some((from, noun, stance)) = reaction_source(&words) {
                let after = words[from].end;
                let source = mentions.iter().position(|mention| {
                    mention.start >= after
                        && !mention.possessive
                        && text[after..mention.start].split_whitespace().count() <= 4
                });
                // "from Senator from Utah Ann Lee", "from the league's head
                // Tom Hale": a body named before a person's role is where
                // the person serves; the person is the source.
                let source = source.map(|mention| {
                    // The body's acronym in brackets after its name is the
                    // same body.
                    let mut last = mention;
                    while mentions
                        .get(last + 1)
                        .is_some_and(|next| next.target == mentions[mention].target)
                    {
                        last += 1;
                    }
                    let person_after = mentions.get(last + 1).filter(|next| {
                        let gap = text[mentions[last].end..next.start].trim_start_matches(')');
                        matches!(&next.target, Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person)
                            && !gap.contains([',', ';'])
                            && gap.split_whitespace().count() <= 4
                            && !gap.split_whitespace().any(|word| word == "and" || word == "or")
                    });
                    person_after.map_or(mention, |_| last + 1)
                });
                if let Some(mention) = source {
                    held.push((
                        mention,
                        Cue::noun(noun, stance),
                        false,
                        Rule::AttributedStance,
                    ));
                }
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
        // "X welcomed Y's decision to …": the owner of a position the
        // speaker's words take up holds it too.
        let taking_up = held
            .first()
            .filter(|(_, said, _, _)| takes_up_a_position(&lower(&words[said.first])));
        if let Some((_, said, _, _)) = taking_up {
            let after = words[said.last].end;
            for (mention, noun) in owned_positions(&words, &mentions, after) {
                if !held.iter().any(|(subject, ..)| *subject == mention) {
                    let stance = owned_position_stance(&lower(&words[noun]));
                    held.push((
                        mention,
                        Cue::noun(noun, stance),
                        false,
                        Rule::PossessivePosition,
                    ));
                }
            }
        }
        // "X dismissed the talks, while Y said she would back a deal": two
        // clauses with their own speakers each take the stance of their own
        // words, where one speaker's words are the whole sentence.
        let clauses = contrasted_clauses(sentence_text, sentence.start as usize);
        let cue_clauses: Vec<usize> = held
            .iter()
            .map(|(_, cue, _, _)| clause_at(&clauses, words[cue.first].start))
            .collect();
        let split = cue_clauses.windows(2).any(|pair| pair[0] != pair[1]);
        for (index, (subject, cue, negated, rule)) in held.into_iter().enumerate() {
            let sentence_text = match split {
                true => {
                    let (start, end) = clauses[cue_clauses[index]];
                    &text[start..end]
                }
                false => sentence_text,
            };
            let lowered: std::borrow::Cow<str> = match split {
                true => crate::text::lowercase(sentence_text).into(),
                false => lowered.as_str().into(),
            };
            // Somebody unnamed who speaks is the person a later "he" or
            // "she" most likely means.
            if mentions[subject].target == Target::Anonymous && cue.kind == CueKind::Speech {
                let mention = &mentions[subject];
                state.note_unnamed(&text[mention.start..mention.end], self);
            }
            // A body nobody can be credited with is the one a later "It"
            // most likely means.
            if mentions[subject].target == Target::UnnamedBody {
                state.body_last = false;
            }
            let mut subjects = vec![subject];
            subjects.extend(coordinated_with(text, &mentions, subject));
            subjects.extend(agreed_with(text, &words, &mentions, &cue));
            // An agent after its verb lists the rest after it: "hailed by
            // X and Y".
            if mentions[subject].start > words[cue.last].end {
                subjects.extend(coordinated_after(text, &mentions, subject));
            }
            subjects.extend(shared_after(
                text,
                &mentions,
                words[cue.last].end,
                sentence.end as usize,
            ));
            if cue.first > 0 {
                subjects.extend(accompanied_by(
                    text,
                    &mentions,
                    subject,
                    words[cue.first].start,
                ));
            }
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
            // What the cue's sentence says as a whole is the same for every
            // actor the cue names, so it is read once per cue.
            let cue_lower = cue_text.to_lowercase();
            let restated = match negated {
                true => None,
                false => cues::restated_position(&lowered, &cue_lower),
            };
            let kept_open = cues::kept_open(&lowered);
            // "X said the rebels had demanded …": the words of another
            // party's reported act are not the speaker's.
            let reported_act = match cue.kind {
                // A characterising verb's object is no clause: "called
                // X's proposed deal lousy".
                CueKind::Speech if cues::characterises(&cue_lower) => None,
                CueKind::Speech => cues::third_party_act(text, words[cue.last].end)
                    .filter(|&(at, _)| at > sentence.start as usize && at <= sentence.end as usize),
                CueKind::Stance => None,
            };
            // "A spokeswoman for Ireland said Dublin backed …": the
            // speaker's own side acted. "The Estonian premier said Estonia
            // backed …": so has the state a person speaks for.
            let own_act = reported_act.filter(|&(at, act)| {
                let side = match &mentions[subject].target {
                    Target::Actor(speaker) => state.people.place_of(self.name_of(speaker)),
                    _ => None,
                };
                mentions.iter().any(|mention| {
                    mention.start >= at
                        && mention.end <= act
                        && (mention.target == mentions[subject].target
                            || matches!((&mention.target, side), (Target::Actor(actor), Some(side)) if self.name_of(actor) == side))
                })
            });
            // The stance of the act the speaker's own side took is the
            // speaker's: "said Kyiv had proposed a neutral status" proposes.
            let own_act_stance = own_act.and_then(|(_, act)| cues::act_stance(text, act));
            let judged_text = match reported_act {
                Some((at, _)) if own_act.is_none() => &text[sentence.start as usize..at],
                _ => sentence_text,
            };
            let actors: Vec<(usize, ActorRef)> = subjects
                .into_iter()
                .flat_map(|mention| {
                    let bound = self.bound_in_sentence(&mentions, mention, state);
                    bound
                        .map(|actor| vec![actor])
                        .unwrap_or_else(|| {
                            let resolved = state.resolve_all(&mentions[mention].target);
                            // "X and Y agreed. Y rejected the plan, officials
                            // said": a plural voice after words about one of
                            // the group it may mean speaks for that one alone.
                            let voice_at = mentions[mention].start;
                            let named_here: Vec<ActorRef> = resolved
                                .iter()
                                .filter(|actor| {
                                    mentions.iter().any(|other| {
                                        other.end <= voice_at
                                            && other.start >= sentence.start as usize
                                            && matches!(&other.target, Target::Actor(named) if named == *actor)
                                    })
                                })
                                .cloned()
                                .collect();
                            match mentions[mention].target {
                                Target::Plural | Target::Group if !named_here.is_empty() => named_here,
                                _ => resolved,
                            }
                        })
                        .into_iter()
                        .map(move |actor| (mention, actor))
                })
                .collect();
            let joint: Vec<ActorRef> = actors.iter().map(|(_, actor)| actor.clone()).collect();
            state.note_joint(&joint);
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
                // "X said he spoke with Y on Tuesday": a contact told of,
                // with no word of stance, is narration too.
                if cue.kind == CueKind::Speech
                    && mentions[mention].start < words[cue.first].start
                    && reports_a_contact(&crate::text::lowercase(
                        &text[words[cue.last].end..sentence.end as usize],
                    ))
                    && stance::classify(sentence_text, None, false) == Stance::Assess
                {
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
                    // The stance is read before the actor moves in: the
                    // speaker's own side is part of reading it.
                    stance: match (cue.kind, cue.stance) {
                        _ if !negated && cue_lower.starts_with("agree") => {
                            agreement_stance(&lowered)
                        }
                        // "Kenya does not want foreign troops": a wish
                        // denied refuses the thing wished for.
                        _ if negated && cues::is_a_wish(&cue_lower) => {
                            stance::classify(sentence_text, Some(Stance::Reject), false)
                        }
                        // "did not rule out military action" keeps a threat
                        // open.
                        _ if kept_open.is_some() => kept_open.unwrap_or(Stance::Warn),
                        // Wanting a matter discussed is a readiness to talk.
                        _ if !negated
                            && matches!(cue_lower.as_str(), "want" | "wants")
                            && (lowered.contains(" discussed")
                                || lowered.contains("to discuss")) =>
                        {
                            Stance::Propose
                        }
                        // "Reaffirmed their commitment to …": the position
                        // a speaker restates is the one it names.
                        // A characterisation is the speaker's judgement in
                        // its own words: one word of stance in them decides.
                        (CueKind::Speech, None) => restated.unwrap_or_else(|| {
                            let needed = match cues::characterises(&cue_lower) {
                                true => 1.0,
                                false => 2.0,
                            };
                            let own = self.own_side_subjects(
                                text,
                                &mentions,
                                &actor,
                                words[cue.last].end,
                                state,
                            );
                            stance::classify_for_side(
                                judged_text,
                                own_act_stance,
                                negated,
                                needed,
                                &own,
                            )
                        }),
                        // "urged Beijing to lift the tariffs, calling them
                        // unjustified": the judgement a characterising
                        // participle adds gives the demand's reason.
                        (_, Some(Stance::Demand)) if !negated => stance::classify(
                            before_characterising_participle(
                                text,
                                words[cue.last].end,
                                sentence_text,
                            ),
                            cue.stance,
                            negated,
                        ),
                        _ => stance::classify(sentence_text, cue.stance, negated),
                    },
                    actor,
                    quote,
                    cue: cue_text.clone(),
                    confidence,
                    rule,
                });
            }
        }
        self.attribute_partners(text, sentence, state, found);
        // Few sentences name whose wish an act carries out; the cheap look
        // spares the rest the work per mention.
        if cues::may_name_a_wish(&lowered) {
            self.attribute_on_behalf(text, sentence, &mentions, state, found);
        }
        // Later sentences may speak of these two as "the two sides".
        state.note_pair(text, &mentions, self);
        if frame.is_none() && !lowered.contains("attempt") {
            frame = possessive_document(text, &words, &mentions).and_then(|(mention, noun)| {
                state
                    .resolve(&mentions[mention].target)
                    .map(|actor| (actor, noun))
            });
        }
        frame
    }
}

/// The byte ranges (absolute) of a sentence's clauses set against each
/// other by ", while", ", whereas" or a semicolon; one range for a sentence
/// without them.
fn contrasted_clauses(sentence_text: &str, base: usize) -> Vec<(usize, usize)> {
    let mut bounds = vec![0];
    for marker in [", while ", ", whereas ", "; "] {
        bounds.extend(
            sentence_text
                .match_indices(marker)
                .map(|(at, marker)| at + marker.len() - 1),
        );
    }
    bounds.sort_unstable();
    bounds.push(sentence_text.len());
    bounds
        .windows(2)
        .map(|pair| (base + pair[0], base + pair[1]))
        .collect()
}

/// The clause of `clauses` that holds the byte at `at`.
fn clause_at(clauses: &[(usize, usize)], at: usize) -> usize {
    clauses
        .iter()
        .position(|&(start, end)| start <= at && at < end)
        .unwrap_or(0)
}

/// The sentence up to a participle that characterises set off by a comma
/// after byte `cue_end` (", calling them …", ", describing it as …"), or the
/// sentence whole when there is none.
fn before_characterising_participle<'a>(
    text: &str,
    cue_end: usize,
    sentence_text: &'a str,
) -> &'a str {
    let sentence_start = sentence_text.as_ptr() as usize - text.as_ptr() as usize;
    let from = cue_end
        .saturating_sub(sentence_start)
        .min(sentence_text.len());
    let after = &sentence_text[from..];
    after
        .match_indices(", ")
        .find(|(at, _)| {
            after[at + 2..]
                .split_whitespace()
                .next()
                .is_some_and(|word| word.ends_with("ing") && cues::characterises(word))
        })
        .map_or(sentence_text, |(at, _)| &sentence_text[..from + at])
}

impl Attributor<'_> {
    /// The words, lower-case, of each mention after byte `after` that is
    /// the speaker's own side: the speaker itself, or the state a person
    /// speaks for, by its name or its capital ("Britain", "London" for a
    /// British minister), with and without "the". The stance stage reads a
    /// course they are said to take as the speaker's own.
    fn own_side_subjects(
        &self,
        text: &str,
        mentions: &[Mention],
        speaker: &ActorRef,
        after: usize,
        state: &Discourse,
    ) -> Vec<String> {
        let side = state.people.place_of(self.name_of(speaker));
        mentions
            .iter()
            .filter(|mention| mention.start >= after && !mention.possessive)
            .filter(|mention| match &mention.target {
                Target::Actor(actor) => actor == speaker || Some(self.name_of(actor)) == side,
                _ => false,
            })
            .flat_map(|mention| {
                let words: Vec<String> = stance::clause_words(&crate::text::lowercase(
                    &text[mention.start..mention.end],
                ))
                .map(str::to_string)
                .collect();
                let name = words.join(" ");
                [format!("the {name}"), name]
            })
            .collect()
    }

    /// "X has rejected talks with Y, which he calls …": a "he" or "she"
    /// after the person who opens the sentence is that person, not the last
    /// person of an earlier sentence.
    fn bound_in_sentence(
        &self,
        mentions: &[Mention],
        pronoun: usize,
        state: &Discourse,
    ) -> Option<ActorRef> {
        let Target::Person(gender) = mentions[pronoun].target else {
            return None;
        };
        let is_person = |mention: &Mention| matches!(&mention.target, Target::Actor(actor) if self.kind_of(actor) == ActorKind::Person);
        let actor = match mentions[..pronoun]
            .iter()
            .find(|mention| !mention.possessive)
        {
            Some(opening) => match &opening.target {
                Target::Actor(actor) if is_person(opening) => actor,
                _ => return None,
            },
            // "… heard X's account of history, as he spoke …": with no
            // subject named before it, a person named in a possessive
            // before the pronoun, and no other, is the one it means.
            None => {
                let mut owners = mentions[..pronoun]
                    .iter()
                    .filter(|mention| is_person(mention))
                    .filter_map(|mention| match &mention.target {
                        Target::Actor(actor) => Some(actor),
                        _ => None,
                    });
                let first = owners.next()?;
                if owners.any(|other| other != first) {
                    return None;
                }
                first
            }
        };
        let known = state.people.gender_of(self.name_of(actor));
        let compatible = gender == Gender::Unknown || known == Gender::Unknown || known == gender;
        compatible.then(|| actor.clone())
    }

    /// The ones who hold a statement with its speaker without speaking:
    /// "X and I agreed" and "in a joint statement with Y". Quoted and
    /// reported sentences both end with this step, so the partners follow
    /// whatever rule found the speaker.
    fn attribute_partners(
        &self,
        text: &str,
        sentence: Span,
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        self.attribute_first_person_partners(text, sentence, state, found);
        self.attribute_joint_partners(text, sentence, state, found);
    }

    /// "Kenya said in a joint statement with Uganda that …": the partner
    /// named after "with" signs the same words, so it holds what the speaker
    /// holds, by the same rule.
    fn attribute_joint_partners(
        &self,
        text: &str,
        sentence: Span,
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        let sentence_text = &text[sentence.range()];
        // Few sentences speak of a joint document or of joining another:
        // the cheap look spares the rest the lower-casing.
        if !sentence_text.contains("oint ") && !sentence_text.contains("joined ") {
            return;
        }
        let lowered = crate::text::lowercase(sentence_text);
        let Some((phrase, at)) = JOINT_DOCUMENTS
            .iter()
            .find_map(|phrase| lowered.find(phrase).map(|at| (*phrase, at + phrase.len())))
        else {
            return;
        };
        let Some(statement) = found
            .iter()
            .rev()
            .find(|statement| statement.span == sentence)
            .cloned()
        else {
            return;
        };
        // "X joined Y in condemning …" shares the position only where the
        // joining is the cue: "X, who joined the council in May, said …"
        // joins nobody in what is said.
        if phrase == "joined " && !statement.cue.to_lowercase().starts_with("join") {
            return;
        }
        let partner_at = sentence.start as usize + at;
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        // The partner's name opens right after "with" (titles and "the"
        // belong to the mention).
        let Some(partner) = mentions
            .iter()
            .find(|mention| {
                mention.start >= partner_at && text[partner_at..mention.start].trim().is_empty()
            })
            .and_then(|mention| state.resolve(&mention.target))
        else {
            return;
        };
        if found
            .iter()
            .any(|other| other.span == sentence && other.actor == partner)
        {
            return;
        }
        found.push(Attribution {
            actor: partner,
            ..statement
        });
    }

    /// "X and I agreed …", in a quotation, a transcript or reported speech:
    /// whoever "I" is, the one named beside it holds the position too.
    fn attribute_first_person_partners(
        &self,
        text: &str,
        sentence: Span,
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        let sentence_text = &text[sentence.range()];
        // Most sentences have no first person joined to anyone; the cheap
        // look saves finding their mentions twice.
        if !sentence_text.contains(" and I") {
            return;
        }
        let words = self.words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words, &state.people);
        let cues = find_cues(text, &words);
        for mention in first_person_partners(text, &words, &mentions, &cues) {
            let Some(actor) = state.resolve(&mentions[mention].target) else {
                continue;
            };
            let already = found
                .iter()
                .any(|statement| statement.span == sentence && statement.actor == actor);
            let Some(cue) = cues
                .iter()
                .find(|cue| words[cue.first].start > mentions[mention].end)
            else {
                continue;
            };
            if already {
                continue;
            }
            let cue_text = text[words[cue.first].start..words[cue.last].end].to_string();
            let lowered = crate::text::lowercase(sentence_text);
            found.push(Attribution {
                span: sentence,
                actor,
                stance: if cue_text.to_lowercase().starts_with("agree") {
                    agreement_stance(&lowered)
                } else {
                    stance::classify(sentence_text, cue.stance, false)
                },
                quote: QuoteKind::Reported,
                cue: cue_text,
                confidence: 0.75,
                rule: Rule::JointFirstPerson,
            });
        }
    }
}

impl Attributor<'_> {
    /// "The Queen suspended parliament at the request of the prime
    /// minister", "troops returned at the government's invitation": the one
    /// whose wish the act carries out holds a position, a demand or an
    /// offer, though no verb of theirs says so.
    fn attribute_on_behalf(
        &self,
        text: &str,
        sentence: Span,
        mentions: &[Mention],
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        let sentence_start = sentence.start as usize;
        for mention in mentions {
            // Titles before the name belong to it: "at the request of Prime
            // Minister X".
            let mut before_text = &text[sentence_start..mention.start];
            while let Some((rest, word)) = before_text.trim_end().rsplit_once(' ') {
                if !(names::rules().is_title(word) || names::rules().is_determiner(word)) {
                    break;
                }
                before_text = rest;
            }
            let before = before_text.to_lowercase();
            let after = text[mention.end..sentence.end as usize].to_lowercase();
            // "at the X government's invitation": the body's people speak
            // for it.
            let (possessive, after) = match after.split_once(' ').map(|(_, rest)| rest) {
                _ if mention.possessive => (true, after.as_str()),
                Some(rest)
                    if after
                        .split_whitespace()
                        .next()
                        .is_some_and(crate::text::is_possessive) =>
                {
                    (true, rest)
                }
                _ => (false, after.as_str()),
            };
            let (cue, stance) = if let Some((phrase, stance)) = cues::on_behalf_before(&before) {
                (phrase.to_string(), stance)
            } else if possessive
                && [" at", " at the"]
                    .iter()
                    .any(|ending| format!(" {}", before.trim()).ends_with(ending))
            {
                // The possessive's ending may stand after the mention.
                let noun = after
                    .strip_prefix("'s")
                    .or_else(|| after.strip_prefix("’s"))
                    .unwrap_or(after)
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches(|c: char| !c.is_alphanumeric());
                match cues::on_behalf_noun(noun) {
                    Some(stance) => (format!("at … {noun}"), stance),
                    None => continue,
                }
            } else {
                continue;
            };
            let Some(actor) = state.resolve(&mention.target) else {
                continue;
            };
            if found
                .iter()
                .any(|statement| statement.span == sentence && statement.actor == actor)
            {
                continue;
            }
            found.push(Attribution {
                span: sentence,
                actor,
                stance,
                quote: QuoteKind::Attributed,
                cue,
                confidence: 0.7,
                rule: Rule::PossessivePosition,
            });
        }
    }
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

/// Whether the text between two quotations is only a speaker's tag that
/// interrupts one quotation ("," wrote X on Twitter, "): short, with no end
/// of sentence, and leading into the second quotation with a comma.
/// Whether the paragraphs after one of a block quotation go on with it up
/// to a signature line, a short paragraph opening with a dash ("– Judge X,
/// Decision and Order"), within a few paragraphs with no quotation marks.
fn signed_extract_goes_on(text: &str, next: &[Block]) -> bool {
    let paragraph = |block: &Block| text[block.span.range()].trim();
    let signature = next
        .iter()
        .take(3)
        .position(|block| paragraph(block).starts_with(['–', '—', '―']));
    signature.is_some_and(|at| {
        at > 0
            && next[..at].iter().all(|block| {
                block.kind == BlockKind::Paragraph && !paragraph(block).contains(['“', '"', '”'])
            })
    })
}

fn interrupted_by_tag(gap: &str) -> bool {
    let gap = gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'));
    gap.len() <= 80
        && !gap.contains(['.', '!', '?', ';'])
        && gap.ends_with(',')
        && gap.split_whitespace().count() >= 2
}

/// Whether a sentence tells of a document being issued: "released a
/// statement", "said in a joint communiqué", "issued its declaration".
fn issues_document(sentence: &str) -> bool {
    // Most sentences name no document: a plain search settles them before
    // any lower-casing.
    if !names::rules().mentions_a_document(sentence) {
        return false;
    }
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != 'é')
        .filter(|word| !word.is_empty())
        .collect();
    words.iter().enumerate().any(|(index, word)| {
        is_document_noun(word)
            && words[index.saturating_sub(4)..index].iter().any(|before| {
                // Beside the verbs that issue a document, those that hand
                // one over and "said in a statement".
                names::rules().is_issuing_verb(before)
                    || matches!(
                        *before,
                        "put" | "sent" | "in" | "posted" | "filed" | "files" | "handed"
                    )
            })
            && words[index.saturating_sub(2)..index].iter().any(|before| {
                // "issued new guidelines", "released findings": a plural
                // document right after the verb, or one word after it,
                // needs no article.
                matches!(
                    *before,
                    "a" | "an" | "its" | "their" | "his" | "her" | "joint"
                ) || word.ends_with('s') && names::rules().is_issuing_verb(before)
            })
    })
}

/// Whether a sentence opens with somebody unnamed who speaks for a state or
/// body by office: "The representative of France", "A spokeswoman for the
/// ministry", "The speaker for Brazil".
fn opens_with_voice(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase().replace('’', "'");
    // An opening participle phrase of the occasion ("Addressing the
    // Council, the representative of X …") stands before the subject.
    let lower = match lower.split_once(", ") {
        Some((opening, rest))
            if opening
                .split_whitespace()
                .next()
                .is_some_and(|word| word.ends_with("ing")) =>
        {
            rest
        }
        _ => lower.as_str(),
    };
    let rest = ["the ", "a ", "an "]
        .iter()
        .find_map(|article| lower.strip_prefix(article))
        .unwrap_or(lower);
    let mut words = rest.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let rules = names::rules();
    // "the representative of X", or "X's representative".
    rules.is_voice(first) && matches!(second, "of" | "for")
        || first.ends_with("'s") && rules.is_voice(second)
}

/// Whether a sentence opens with people in the plural that no name
/// identifies, as the subject of a verb: "Police arrested …", "Residents
/// were angry", "Two protesters gathered …". The verb right after the noun
/// tells a subject from an adverb or a name that ends in "s". A definite
/// plural ("The officers …") may well mean the group named before, so only
/// bare and counted plurals bring in new people.
fn opens_with_unnamed_plural(sentence: &str) -> bool {
    if sentence.starts_with("The ") {
        return false;
    }
    let mut words = sentence
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut noun = words.next().unwrap_or_default();
    let counted = |word: &str| {
        matches!(
            word.to_lowercase().as_str(),
            "some"
                | "many"
                | "several"
                | "two"
                | "three"
                | "four"
                | "five"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "of"
        ) || !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
    };
    // The words run out at the end of the sentence ("Two of 10."), where no
    // noun is found.
    while counted(noun) {
        noun = words.next().unwrap_or_default();
    }
    let lower = noun.to_lowercase();
    let plural = matches!(
        lower.as_str(),
        "police" | "people" | "men" | "women" | "children"
    ) || unnamed_in_plural(&lower)
        && !lower.contains(['’', '\''])
        && !lower.ends_with("us")
        && !lower.ends_with("is");
    if !plural {
        return false;
    }
    // The verb follows the noun, or a place or group after it: "Police
    // in Oslo arrested …", "Residents of the town were …".
    let rest: Vec<&str> = sentence
        .split(',')
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .skip_while(|word| *word != noun)
        .skip(1)
        .take(5)
        .collect();
    let is_verb = |word: &&str| {
        word.ends_with("ed")
            || matches!(
                *word,
                "are"
                    | "were"
                    | "have"
                    | "had"
                    | "say"
                    | "said"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "must"
                    | "took"
                    | "fled"
                    | "went"
                    | "came"
                    | "began"
                    | "stood"
                    | "held"
                    | "left"
                    | "made"
                    | "saw"
                    | "met"
                    | "gave"
            )
    };
    match rest.first() {
        Some(&("in" | "of" | "from" | "at" | "near" | "outside")) => rest.iter().any(is_verb),
        Some(word) => is_verb(word),
        None => false,
    }
}

/// Whether a sentence opens with a capitalised word other than a pronoun,
/// or with "The" and one: the form of a sentence whose subject is named.
fn opens_with_a_name(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let first = words.next().unwrap_or_default();
    let named = |word: &str| {
        word.starts_with(char::is_uppercase)
            && !matches!(
                word,
                "It" | "They" | "He" | "She" | "We" | "I" | "This" | "That"
            )
    };
    match first {
        "The" => words.next().is_some_and(named),
        word => named(word),
    }
}

/// The documents two parties put out together, with the "with" that names
/// the second: "said in a joint statement with X"; and "joined", whose
/// object is the one joined in a position ("X joined Y in condemning …").
const JOINT_DOCUMENTS: &[&str] = &[
    "joined ",
    "joint statement with ",
    "joint declaration with ",
    "joint communiqué with ",
    "joint communique with ",
    "joint letter with ",
];
