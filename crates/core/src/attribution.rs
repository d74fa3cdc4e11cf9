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
//!   stand in a speaker's place.
//!
//! Actors in object position, in conditional clauses, after modal verbs (the
//! author's speculation) or in rhetorical questions are not speakers.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::article::{Article, BlockKind};
use crate::index::{ActorKind, QuoteKind, Span, Stance};
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
const CUES: &[(&str, CueKind, Option<Stance>)] = &[
    ("said", CueKind::Speech, None),
    ("says", CueKind::Speech, None),
    ("say", CueKind::Speech, None),
    ("added", CueKind::Speech, None),
    ("adds", CueKind::Speech, None),
    ("noted", CueKind::Speech, None),
    ("notes", CueKind::Speech, None),
    ("explained", CueKind::Speech, None),
    ("explains", CueKind::Speech, None),
    ("stressed", CueKind::Speech, None),
    ("stresses", CueKind::Speech, None),
    ("emphasized", CueKind::Speech, None),
    ("emphasised", CueKind::Speech, None),
    ("emphasizes", CueKind::Speech, None),
    ("insisted", CueKind::Speech, Some(Stance::Demand)),
    ("insists", CueKind::Speech, Some(Stance::Demand)),
    ("will insist", CueKind::Speech, Some(Stance::Demand)),
    ("declared", CueKind::Speech, None),
    ("declares", CueKind::Speech, None),
    ("clarified", CueKind::Speech, None),
    ("announced", CueKind::Speech, None),
    ("announces", CueKind::Speech, None),
    ("stated", CueKind::Speech, None),
    ("argued", CueKind::Speech, None),
    ("argues", CueKind::Speech, None),
    ("summed up", CueKind::Speech, None),
    ("pointed out", CueKind::Speech, None),
    ("pointed to", CueKind::Speech, None),
    ("points to", CueKind::Speech, None),
    ("points out", CueKind::Speech, None),
    ("confirmed", CueKind::Speech, None),
    ("confirms", CueKind::Speech, None),
    ("told", CueKind::Speech, None),
    ("tells", CueKind::Speech, None),
    ("wrote", CueKind::Speech, None),
    ("writes", CueKind::Speech, None),
    ("write", CueKind::Speech, None),
    ("believes", CueKind::Speech, None),
    ("believe", CueKind::Speech, None),
    ("believed", CueKind::Speech, None),
    ("thinks", CueKind::Speech, None),
    ("considers", CueKind::Speech, None),
    ("recalled", CueKind::Speech, None),
    ("suggested", CueKind::Speech, Some(Stance::Propose)),
    ("suggests", CueKind::Speech, Some(Stance::Propose)),
    ("made it clear", CueKind::Speech, None),
    ("makes it clear", CueKind::Speech, None),
    ("admitted", CueKind::Speech, None),
    ("acknowledged", CueKind::Speech, None),
    ("recognised", CueKind::Speech, None),
    ("recognized", CueKind::Speech, None),
    ("claims", CueKind::Speech, None),
    ("claimed", CueKind::Speech, None),
    ("maintains", CueKind::Speech, None),
    ("urged", CueKind::Speech, Some(Stance::Demand)),
    ("urges", CueKind::Speech, Some(Stance::Demand)),
    ("called for", CueKind::Speech, Some(Stance::Demand)),
    ("calls for", CueKind::Speech, Some(Stance::Demand)),
    ("called on", CueKind::Speech, Some(Stance::Demand)),
    ("calls on", CueKind::Speech, Some(Stance::Demand)),
    ("asked", CueKind::Speech, Some(Stance::Demand)),
    ("asks", CueKind::Speech, Some(Stance::Demand)),
    ("replied", CueKind::Speech, None),
    ("responded", CueKind::Speech, None),
    ("commented", CueKind::Speech, None),
    ("remarked", CueKind::Speech, None),
    ("assured", CueKind::Speech, Some(Stance::Propose)),
    ("promised", CueKind::Speech, Some(Stance::Propose)),
    ("promises", CueKind::Speech, Some(Stance::Propose)),
    ("vowed", CueKind::Speech, Some(Stance::Propose)),
    ("pledged", CueKind::Speech, Some(Stance::Propose)),
    ("pledges", CueKind::Speech, Some(Stance::Propose)),
    ("warned", CueKind::Speech, Some(Stance::Warn)),
    ("warns", CueKind::Speech, Some(Stance::Warn)),
    ("threatened", CueKind::Speech, Some(Stance::Warn)),
    ("threatens", CueKind::Speech, Some(Stance::Warn)),
    ("revealed", CueKind::Speech, None),
    ("expressed concern", CueKind::Speech, Some(Stance::Warn)),
    ("expressed", CueKind::Speech, None),
    ("expressing", CueKind::Speech, None),
    ("informed", CueKind::Speech, None),
    ("raised the issue", CueKind::Speech, Some(Stance::Demand)),
    ("gave instructions", CueKind::Speech, Some(Stance::Demand)),
    ("demanded", CueKind::Stance, Some(Stance::Demand)),
    ("demanding", CueKind::Stance, Some(Stance::Demand)),
    ("demands", CueKind::Stance, Some(Stance::Demand)),
    ("demand", CueKind::Stance, Some(Stance::Demand)),
    ("wants", CueKind::Stance, Some(Stance::Demand)),
    ("want", CueKind::Stance, Some(Stance::Demand)),
    ("wanted", CueKind::Stance, Some(Stance::Demand)),
    ("seeks", CueKind::Stance, Some(Stance::Demand)),
    ("sought", CueKind::Stance, Some(Stance::Demand)),
    ("is seeking", CueKind::Stance, Some(Stance::Demand)),
    ("proposes", CueKind::Stance, Some(Stance::Propose)),
    ("proposed", CueKind::Stance, Some(Stance::Propose)),
    ("propose", CueKind::Stance, Some(Stance::Propose)),
    ("offers", CueKind::Stance, Some(Stance::Propose)),
    ("offered", CueKind::Stance, Some(Stance::Propose)),
    ("offer", CueKind::Stance, Some(Stance::Propose)),
    ("refuses", CueKind::Stance, Some(Stance::Reject)),
    ("refused", CueKind::Stance, Some(Stance::Reject)),
    ("refuse", CueKind::Stance, Some(Stance::Reject)),
    ("rejects", CueKind::Stance, Some(Stance::Reject)),
    ("rejected", CueKind::Stance, Some(Stance::Reject)),
    ("denies", CueKind::Stance, Some(Stance::Reject)),
    ("denied", CueKind::Stance, Some(Stance::Reject)),
    ("objects", CueKind::Stance, Some(Stance::Reject)),
    ("objected", CueKind::Stance, Some(Stance::Reject)),
    ("object", CueKind::Stance, Some(Stance::Reject)),
    ("opposes", CueKind::Stance, Some(Stance::Reject)),
    ("opposed", CueKind::Stance, Some(Stance::Reject)),
    ("condemned", CueKind::Stance, Some(Stance::Reject)),
    ("condemns", CueKind::Stance, Some(Stance::Reject)),
    ("agreed", CueKind::Stance, Some(Stance::Support)),
    ("agrees", CueKind::Stance, Some(Stance::Support)),
    ("accepted", CueKind::Stance, Some(Stance::Support)),
    ("accepts", CueKind::Stance, Some(Stance::Support)),
    ("supports", CueKind::Stance, Some(Stance::Support)),
    ("supported", CueKind::Stance, Some(Stance::Support)),
    ("welcomed", CueKind::Stance, Some(Stance::Support)),
    ("welcomes", CueKind::Stance, Some(Stance::Support)),
    ("endorsed", CueKind::Stance, Some(Stance::Support)),
    ("is satisfied", CueKind::Stance, Some(Stance::Support)),
    ("is ready", CueKind::Stance, Some(Stance::Propose)),
    ("are ready", CueKind::Stance, Some(Stance::Propose)),
    ("was ready", CueKind::Stance, Some(Stance::Propose)),
    ("is willing", CueKind::Stance, Some(Stance::Propose)),
    ("is prepared", CueKind::Stance, Some(Stance::Propose)),
    ("is concerned", CueKind::Stance, Some(Stance::Warn)),
    ("are concerned", CueKind::Stance, Some(Stance::Warn)),
    ("is worried", CueKind::Stance, Some(Stance::Warn)),
    ("fears", CueKind::Stance, Some(Stance::Warn)),
    ("hopes", CueKind::Stance, Some(Stance::Propose)),
    ("is hoping", CueKind::Stance, Some(Stance::Propose)),
    ("expects", CueKind::Stance, None),
    ("intends", CueKind::Stance, None),
    ("is counting on", CueKind::Stance, Some(Stance::Demand)),
    ("is aware", CueKind::Stance, None),
];

/// Words that may stand between a subject and its cue verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "been", "be", "does", "do", "did", "will", "also", "not", "n’t",
    "explicitly", "immediately", "already", "repeatedly", "publicly", "only", "clearly", "still", "now", "then",
    "particularly", "especially", "additionally", "even", "however", "again", "firmly", "further", "therefore", "thus",
    "reportedly", "officially", "openly", "directly", "strongly", "never", "always", "just", "recently", "earlier",
    "previously", "once", "quickly", "consistently", "really", "in", "turn", "itself", "himself", "herself", "both",
    "all", "too", "yet", "so", "far", "certainly",
];

/// Modal verbs: a cue after one of them is the author's speculation.
const MODALS: &[&str] = &["can", "could", "may", "might", "should", "would", "must", "ought"];

const NEGATIONS: &[&str] = &["not", "n’t", "never", "no"];

/// A word before a mention that puts it in object position.
const PREPOSITIONS: &[&str] = &[
    "with", "to", "from", "for", "against", "by", "on", "of", "about", "into", "at", "in", "between", "than", "like",
    "toward", "towards", "over", "under", "upon", "among", "within", "without", "through", "via", "onto", "around",
    "near", "across", "behind", "beyond", "despite", "including", "if", "unless", "whether", "whom", "let",
];

/// Words that open a new clause: a subject before one of them is not the
/// subject of a cue after it.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whose", "because", "since", "while", "when", "if", "but", "and", "or", "although",
    "though", "as", "where", "whether", "so",
];

/// Words after which a capitalised run is a role, not a name ("analysts").
const ROLE_WORDS: &[&str] = &[
    "president", "minister", "spokeswoman", "spokesman", "spokesperson", "aide", "adviser", "advisor", "analyst",
    "analysts", "chief", "head", "leader", "secretary", "ambassador", "envoy", "director", "editor", "official",
    "officials", "chancellor", "general", "deputy", "senator", "professor", "expert", "researcher", "fellow",
    "correspondent", "commentator", "premier", "representative", "presidential", "foreign", "prime", "defence",
    "defense", "assistant", "undersecretary", "13th",
];

/// Words that mark a capitalised run as a body rather than a person.
const ORGANIZATION_WORDS: &[&str] = &[
    "Ministry", "Council", "Institute", "Endowment", "Agency", "Committee", "Party", "Office", "Department",
    "Commission", "Parliament", "Bank", "Center", "Centre", "Foundation", "University", "Union", "Organization",
    "Organisation", "Service", "Government", "Administration", "Assembly", "Congress", "Senate", "Duma", "Forum",
    "Group", "Corporation", "Company", "Times", "Post", "News", "Press",
];

/// Capitalised words that never start a person's name.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "As", "And", "But", "Or", "If", "This", "That", "These", "Those", "It", "He",
    "She", "We", "They", "His", "Her", "Their", "Our", "Its", "For", "From", "With", "To", "Of", "By", "After",
    "Before", "When", "While", "Western", "Eastern", "European", "American", "Russian", "Ukrainian", "Soviet",
    "Northern", "Southern", "Central", "North", "South", "East", "West", "Cold", "New", "Old", "Mr", "Mrs", "Ms",
    "Dr", "President", "Minister", "Secretary", "General", "Deputy", "Foreign", "Prime", "Chancellor", "Ambassador",
    "Editor", "Director", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "According", "However", "Moreover", "Meanwhile", "Nevertheless", "Therefore", "Thus", "So", "Yet", "Still",
    "Let", "Even", "First", "Second", "Finally", "Such", "Some", "Many", "Most", "All", "No", "Any", "Each",
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
    /// "he", "she": the last person who spoke.
    Person,
    /// "it" before a cue: the last state or body that held a position.
    Body,
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
        Attributor { registry, matcher, pattern_actor }
    }

    /// Attributes every position in an article's body.
    pub fn attribute(&self, article: &Article) -> Vec<Attribution> {
        let text = article.text.as_str();
        let mut state = Discourse::default();
        let mut found = Vec::new();
        for block in &article.blocks {
            if block.kind != BlockKind::Paragraph {
                continue;
            }
            let sentences = split_sentences(text, block.span);
            let quotes = quote_regions(text, block.span);
            let mut speech_quotes: Vec<(Span, Speaker)> = Vec::new();
            for quote in &quotes {
                if let Some(speaker) = self.quote_speaker(text, &sentences, *quote, &state) {
                    state.note(&speaker.target, self);
                    speech_quotes.push((*quote, speaker));
                }
            }
            for &sentence in &sentences {
                let before = found.len();
                self.attribute_sentence(text, sentence, &speech_quotes, &mut state, &mut found);
                // Later pronouns refer to the last actor who held a position.
                for attribution in &found[before..] {
                    state.note(&Target::Actor(attribution.actor.clone()), self);
                }
            }
        }
        dedupe(found)
    }

    fn attribute_sentence(
        &self,
        text: &str,
        sentence: Span,
        speech_quotes: &[(Span, Speaker)],
        state: &mut Discourse,
        found: &mut Vec<Attribution>,
    ) {
        let sentence_text = &text[sentence.range()];
        // Sentences inside a speech quotation belong to its speaker only.
        let mut quoted = false;
        for (quote, speaker) in speech_quotes {
            let overlap = overlap(*quote, sentence);
            let inside = overlap * 2 >= sentence.len() || overlap >= 60 || (speaker.in_sentence == Some(sentence) && overlap > 0 && quote.len() >= 20);
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
                        confidence: if continuation { 0.85 } else { 0.95 } * speaker.certainty,
                    });
                }
            }
        }
        if quoted {
            return;
        }
        // Rhetorical questions are the author's.
        if sentence_text.trim_end_matches(['”', '"', '’', ')', '*']).ends_with('?') {
            return;
        }
        let words = words_of(text, sentence);
        let mentions = self.mentions(text, sentence, &words);

        // "According to X, …" and "In the words of X, …" make X the source of
        // the whole sentence.
        if let Some(mention) = source_frame(&words, &mentions) {
            if let Some(actor) = state.resolve(&mention.target) {
                found.push(Attribution {
                    span: sentence,
                    actor,
                    stance: stance::classify(sentence_text, None, false),
                    quote: QuoteKind::Reported,
                    cue: "according to".into(),
                    confidence: 0.8,
                });
                return;
            }
        }

        let cues = find_cues(&words);
        let mut reported_until: Option<usize> = None;
        for cue in cues {
            if let Some(limit) = reported_until {
                // Cues inside what someone is reported to have said are part of
                // the report, until a new main clause starts.
                if !new_main_clause(text, limit, words[cue.first].start) {
                    continue;
                }
            }
            let Some((subject, negated)) = subject_of(text, &words, &mentions, &cue) else { continue };
            let mut subjects = vec![subject];
            subjects.extend(coordinated_with(text, &mentions, subject));
            let cue_text = &text[words[cue.first].start..words[cue.last].end];
            for mention in subjects {
                let Some(actor) = state.resolve(&mentions[mention].target) else { continue };
                let pronoun = !matches!(mentions[mention].target, Target::Actor(_));
                let new_name = matches!(actor, ActorRef::New { .. });
                let (quote, base) = match cue.kind {
                    CueKind::Speech => (QuoteKind::Reported, 0.85),
                    CueKind::Stance => (QuoteKind::Attributed, 0.7),
                };
                let confidence = base * if pronoun { 0.9 } else { 1.0 } * if new_name { 0.85 } else { 1.0 };
                found.push(Attribution {
                    span: sentence,
                    actor,
                    stance: stance::classify(sentence_text, cue.stance, negated),
                    quote,
                    cue: cue_text.to_string(),
                    confidence,
                });
            }
            if cue.kind == CueKind::Speech {
                reported_until = Some(words[cue.last].end);
            }
        }
    }

    /// Every mention of an actor in a sentence, leftmost-longest, with
    /// modifiers ("NATO Secretary-General …", "US President …") dropped in
    /// favour of the name they qualify.
    fn mentions(&self, text: &str, sentence: Span, words: &[Word]) -> Vec<Mention> {
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
                "he" | "He" | "she" | "She" => Target::Person,
                "It" | "it" if words.get(index + 1).is_some_and(|next| (next.lower_is)(next.text)) => Target::Body,
                _ => continue,
            };
            if mentions.iter().any(|mention| mention.start <= word.start && word.end <= mention.end) {
                continue;
            }
            mentions.push(Mention { start: word.start, end: word.end, target, possessive: false });
        }
        for (start, end, kind) in unregistered_names(text, words) {
            if mentions.iter().any(|mention| mention.start < end && start < mention.end) {
                continue;
            }
            let name = text[start..end].to_string();
            mentions.push(Mention {
                start,
                end,
                target: Target::Actor(ActorRef::New { name, kind }),
                possessive: is_possessive(text, end),
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
                        word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
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
    fn quote_speaker(&self, text: &str, sentences: &[Span], quote: Span, state: &Discourse) -> Option<Speaker> {
        let opening = *sentences.iter().find(|s| s.start <= quote.start && quote.start < s.end.max(s.start + 1))?;
        let closing = *sentences
            .iter()
            .find(|s| s.start < quote.end && quote.end <= s.end)
            .unwrap_or(sentences.last()?);
        // After the quotation, in the sentence where it closes.
        if quote.end < closing.end as usize as u32 {
            let tail = Span { start: quote.end, end: closing.end };
            let words = words_of(text, tail);
            let mentions = self.mentions(text, tail, &words);
            let cues = find_cues(&words);
            let tail_text = text[tail.range()].trim_start();
            let direct_tail = tail_text.starts_with([',', '.', '!', '?']) || tail_text.chars().next().is_some_and(char::is_lowercase) || tail_text.chars().next().is_some_and(char::is_uppercase);
            if let Some(cue) = cues.first().filter(|cue| cue.kind == CueKind::Speech && cue.first <= 4 && direct_tail) {
                // ", said X" (the speaker after the verb).
                let after: Vec<&Mention> = mentions.iter().filter(|m| m.start >= words[cue.last].end).collect();
                let speaker = after.iter().find(|m| {
                    let gap = &text[words[cue.last].end..m.start];
                    !gap.contains([',', ';']) && gap.split_whitespace().count() <= 6
                });
                if let Some(mention) = speaker {
                    return Some(Speaker::new(&mention.target, words[cue.first].text, cue.stance, Some(closing), 1.0));
                }
                // ", X said" (the speaker before the verb).
                let before = mentions.iter().rev().find(|m| m.end <= words[cue.first].start && !m.possessive);
                if let Some(mention) = before {
                    let gap = &text[mention.end..words[cue.first].start];
                    if gap.split_whitespace().count() <= 3 && !gap.contains([',', ';']) {
                        return Some(Speaker::new(&mention.target, words[cue.first].text, cue.stance, Some(closing), 1.0));
                    }
                }
            }
        }
        // Before the quotation, in the sentence where it opens.
        if opening.start < quote.start {
            let head = Span { start: opening.start, end: quote.start };
            let head_text = text[head.range()].trim_end();
            let words = words_of(text, head);
            let mentions = self.mentions(text, head, &words);
            let cues = find_cues(&words);
            // "X said (that) “…", with the cue close to the quotation.
            if let Some(cue) = cues.iter().rev().find(|cue| {
                let between = &text[words[cue.last].end..quote.start as usize];
                between.split_whitespace().count() <= 2 && cue.kind == CueKind::Speech
            }) {
                if let Some((subject, _)) = subject_of(text, &words, &mentions, cue) {
                    let cue_text = &text[words[cue.first].start..words[cue.last].end];
                    return Some(Speaker::new(&mentions[subject].target, cue_text, cue.stance, Some(opening), 1.0));
                }
            }
            // "X …: “…" — a colon introduces the speaker's words.
            if head_text.ends_with(':') {
                let subject = mentions.iter().find(|m| {
                    !m.possessive && !preceded_by_preposition(text, m.start) && m.target != Target::Body
                });
                if let Some(mention) = subject {
                    return Some(Speaker::new(&mention.target, ":", None, Some(opening), 0.9));
                }
            }
        }
        let _ = state;
        None
    }
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
}

impl Speaker {
    fn new(target: &Target, cue: &str, cue_stance: Option<Stance>, in_sentence: Option<Span>, certainty: f32) -> Self {
        Speaker { target: target.clone(), cue: cue.to_string(), cue_stance, in_sentence, certainty }
    }
}

/// What the text has said so far, for resolving pronouns.
#[derive(Default)]
struct Discourse {
    last_person: Option<ActorRef>,
    last_body: Option<ActorRef>,
}

impl Discourse {
    fn note(&mut self, target: &Target, attributor: &Attributor) {
        let Target::Actor(actor) = target else { return };
        let kind = match actor {
            ActorRef::Known(index) => attributor.registry.actor_kinds[*index],
            ActorRef::New { kind, .. } => *kind,
        };
        if kind == ActorKind::Person {
            self.last_person = Some(actor.clone());
        } else {
            self.last_body = Some(actor.clone());
        }
    }

    fn resolve(&self, target: &Target) -> Option<ActorRef> {
        match target {
            Target::Actor(actor) => Some(actor.clone()),
            Target::Person => self.last_person.clone(),
            Target::Body => self.last_body.clone(),
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
        .map(|token| Word { text: token.text, lower_is: is_lower_word, start: base + token.start, end: base + token.end })
        .collect()
}

fn lower(word: &Word) -> String {
    word.text.to_lowercase().replace('\'', "’")
}

/// Every cue in a sentence, longest phrase first at each position.
fn find_cues(words: &[Word]) -> Vec<Cue> {
    let lowered: Vec<String> = words.iter().map(lower).collect();
    let mut cues = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let mut best: Option<Cue> = None;
        for &(phrase, kind, stance) in CUES {
            let parts: Vec<&str> = phrase.split(' ').collect();
            if index + parts.len() > words.len() {
                continue;
            }
            if parts.iter().enumerate().all(|(offset, part)| lowered[index + offset] == *part) {
                let candidate = Cue { first: index, last: index + parts.len() - 1, kind, stance };
                if best.as_ref().is_none_or(|b| candidate.last > b.last) {
                    best = Some(candidate);
                }
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
    rest.starts_with("’s") || rest.starts_with("'s") || rest.starts_with("’ ") || rest.starts_with("s’")
}

fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-') && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// The word before `start`, lower case.
fn previous_word(text: &str, start: usize) -> Option<String> {
    let before = text[..start].trim_end();
    if before.ends_with([',', ';', ':', '.', '—', '–', '(', '“', '"']) {
        return None;
    }
    let word: String = before.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '’').collect();
    (!word.is_empty()).then(|| word.chars().rev().collect::<String>().to_lowercase())
}

fn preceded_by_preposition(text: &str, start: usize) -> bool {
    // Skip a determiner or title between the preposition and the name.
    let mut position = start;
    for _ in 0..3 {
        match previous_word(text, position) {
            Some(word) if PREPOSITIONS.contains(&word.as_str()) => return true,
            Some(word) if matches!(word.as_str(), "the" | "a" | "an" | "mr" | "president" | "its" | "their" | "his" | "her") => {
                position = text[..position].trim_end().len() - word.len();
            }
            _ => return false,
        }
    }
    false
}

/// The mention that is the subject of `cue`, with whether the cue is negated.
fn subject_of(text: &str, words: &[Word], mentions: &[Mention], cue: &Cue) -> Option<(usize, bool)> {
    let cue_start = words[cue.first].start;
    for (index, mention) in mentions.iter().enumerate().rev() {
        if mention.end > cue_start {
            continue;
        }
        if mention.possessive || preceded_by_preposition(text, mention.start) {
            continue;
        }
        return match gap_allows_subject(&text[mention.end..cue_start]) {
            Some(negated) => Some((index, negated)),
            // The nearest candidate that cannot be the subject shields the
            // ones before it, unless it sits inside an appositive.
            None if inside_appositive(text, mention.start, cue_start) => continue,
            None => None,
        };
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
        .split(|c: char| c.is_whitespace())
        .filter(|word| !word.is_empty())
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').to_lowercase().replace('\'', "’"))
        .collect();
    if words.iter().any(|word| MODALS.contains(&word.as_str())) {
        return None;
    }
    let negated = words.iter().any(|word| NEGATIONS.contains(&word.as_str()) || word.ends_with("n’t"));
    let all_auxiliary = words.iter().all(|word| {
        AUXILIARIES.contains(&word.as_str()) || word.ends_with("n’t") || word.ends_with("ly") || word.is_empty()
    });
    if words.len() <= 5 && all_auxiliary && !gap.contains([';', ':', '—', '–', ',']) {
        return Some(negated);
    }
    // A prepositional phrase: "X at the meeting in Y said".
    let prepositional = words.first().is_some_and(|word| PREPOSITIONS.contains(&word.as_str()))
        && words.len() <= 10
        && !gap.contains([',', ';', ':', '—', '–', '“', '”'])
        && !words.iter().any(|word| CLAUSE_WORDS.contains(&word.as_str()));
    prepositional.then_some(negated)
}

/// Whether `start` lies inside a comma-bounded stretch that ends before `cue_start`.
fn inside_appositive(text: &str, start: usize, cue_start: usize) -> bool {
    text[..start].rfind(',').is_some() && text[start..cue_start].contains(',')
}

/// Mentions joined to `subject` by "and" or a comma list: "X and Y said".
fn coordinated_with(text: &str, mentions: &[Mention], subject: usize) -> Vec<usize> {
    let mut joined = Vec::new();
    let mut current = subject;
    while current > 0 {
        let previous = &mentions[current - 1];
        let gap = text[previous.end..mentions[current].start].trim();
        if (gap == "and" || gap == "," || gap == ", and") && !previous.possessive && !preceded_by_preposition(text, previous.start) {
            joined.push(current - 1);
            current -= 1;
        } else {
            break;
        }
    }
    joined
}

/// "According to X," or "In the words of X," at the start of a clause.
fn source_frame<'m>(words: &[Word], mentions: &'m [Mention]) -> Option<&'m Mention> {
    let lowered: Vec<String> = words.iter().map(lower).collect();
    for index in 0..words.len() {
        let frame_end = if lowered[index] == "according" && lowered.get(index + 1).is_some_and(|w| w == "to") {
            index + 1
        } else if lowered[index] == "words" && lowered.get(index + 1).is_some_and(|w| w == "of") && index > 0 && lowered[index - 1] == "the" {
            index + 1
        } else {
            continue;
        };
        let after = words[frame_end].end;
        let mention = mentions.iter().find(|m| m.start >= after)?;
        let between = words.iter().filter(|w| w.start >= after && w.end <= mention.start).count();
        if between <= 2 {
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
}

/// Capitalised runs of two or three words that look like a person's or a
/// body's name the registry lacks, directly before a speech cue or after
/// "said"/"says" or a role word.
fn unregistered_names(text: &str, words: &[Word]) -> Vec<(usize, usize, ActorKind)> {
    let mut names = Vec::new();
    let mut index = 0;
    let is_name_word = |word: &Word| {
        let mut chars = word.text.chars();
        chars.next().is_some_and(char::is_uppercase)
            && word.text.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '’')
            && word.text.chars().count() > 1
    };
    while index < words.len() {
        if !is_name_word(&words[index]) || NOT_NAMES.contains(&words[index].text) {
            index += 1;
            continue;
        }
        let mut end = index;
        while end + 1 < words.len()
            && end - index < 3
            && is_name_word(&words[end + 1])
            && text[words[end].end..words[end + 1].start].trim().is_empty()
        {
            end += 1;
        }
        let length = end - index + 1;
        let next_is_speech = words.get(end + 1).is_some_and(|next| {
            let next = lower(next);
            matches!(next.as_str(), "said" | "says" | "write" | "writes" | "wrote" | "noted" | "notes" | "argued" | "argues" | "told" | "added" | "believes" | "warned" | "explained" | "stressed" | "insisted" | "and")
        });
        let previous_is_cue = index > 0 && {
            let previous = lower(&words[index - 1]);
            matches!(previous.as_str(), "said" | "says" | "wrote" | "writes" | "explained" | "declared" | "added")
                || ROLE_WORDS.contains(&previous.as_str())
        };
        if (2..=3).contains(&length) && (next_is_speech || previous_is_cue) {
            let organization = words[index..=end].iter().any(|w| ORGANIZATION_WORDS.contains(&w.text));
            let kind = if organization { ActorKind::Organization } else { ActorKind::Person };
            names.push((words[index].start, words[end].end, kind));
        }
        index = end + 1;
    }
    names
}

/// The quotations of a paragraph as spans from the opening to the closing
/// mark, inclusive. Curly quotes pair up; straight double quotes toggle. An
/// unclosed quotation runs to the end of the paragraph.
fn quote_regions(text: &str, paragraph: Span) -> Vec<Span> {
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    let base = paragraph.start as usize;
    for (offset, c) in text[paragraph.range()].char_indices() {
        let position = base + offset;
        match (c, open) {
            ('“', None) => open = Some(position),
            ('”', Some(start)) | ('"', Some(start)) => {
                regions.push(Span::new(start, position + c.len_utf8()));
                open = None;
            }
            ('"', None) => open = Some(position),
            _ => {}
        }
    }
    if let Some(start) = open {
        regions.push(Span::new(start, paragraph.end as usize));
    }
    regions
}

fn overlap(a: Span, b: Span) -> usize {
    let start = a.start.max(b.start);
    let end = a.end.min(b.end);
    end.saturating_sub(start) as usize
}

/// One statement per sentence and actor: the most confident one wins.
fn dedupe(found: Vec<Attribution>) -> Vec<Attribution> {
    let mut kept: Vec<Attribution> = Vec::new();
    for attribution in found {
        match kept.iter_mut().find(|k| k.span == attribution.span && k.actor == attribution.actor) {
            Some(existing) if existing.confidence < attribution.confidence => *existing = attribution,
            Some(_) => {}
            None => kept.push(attribution),
        }
    }
    kept.sort_by_key(|attribution| (attribution.span.start, attribution.span.end));
    kept
}
