//! Mentions the registry does not know: the people, states and bodies a news
//! text names, typed with a bundled gazetteer, and the descriptions that
//! refer back to them ("the spokeswoman", "Mr Doe") or to nobody the text
//! names ("a senior official").
//!
//! The main decision is that the engine holds no words: titles, role nouns,
//! unnamed descriptions and the gazetteer of states (with their capitals,
//! seats of government and demonyms) and organizations are data files,
//! `data/names.toml` and `data/gazetteer.toml`, compiled once into a
//! [`NameRules`]. The finder works on one sentence at a time and reports
//! byte spans of the original text; tying a surname to the full name seen
//! earlier is the job of the article-level [`People`] table.

use crate::text::{WordMap as HashMap, WordSet as HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use crate::index::{ActorKind, Span};
use crate::text::{tokens, Token};

const NAMES_TOML: &str = include_str!("../../data/names.toml");
const GAZETTEER_TOML: &str = include_str!("../../data/gazetteer.toml");

/// The role word that marks an office a person held once ("former President
/// X"): they are "the former president" later, not "the president".
pub const PAST_ROLE: &str = "former";

/// Of the `named` (name, where) before `at`, the one named last, when it
/// was named at one of `subjects` (opening its sentence) within
/// [`SUBJECT_REACH`]: the subject a short noun just after means.
fn subject_just_before<'a>(
    named: &'a [(String, usize)],
    subjects: &[usize],
    at: usize,
) -> Option<&'a str> {
    let (name, first) = named
        .iter()
        .filter(|(_, first)| *first < at)
        .max_by_key(|(_, first)| *first)?;
    (subjects.contains(first) && at - first <= SUBJECT_REACH).then_some(name.as_str())
}

/// How many bytes after a body named as a sentence's subject a generic noun
/// ("the agency") still means it before any body the article names more:
/// about two sentences of news.
const SUBJECT_REACH: usize = 400;

#[derive(Deserialize)]
struct NamesFile {
    titles: Vec<String>,
    abbreviations: Vec<String>,
    #[serde(default)]
    abbreviated_roles: HashMap<String, String>,
    female: Vec<String>,
    male: Vec<String>,
    female_given: Vec<String>,
    male_given: Vec<String>,
    roles: Vec<String>,
    voices: Vec<String>,
    own_nouns: Vec<String>,
    body_speakers: Vec<String>,
    state_voices: Vec<String>,
    state_bodies: Vec<String>,
    demonym_bodies: Vec<String>,
    #[serde(default)]
    undotted: HashMap<String, String>,
    media_nouns: Vec<String>,
    document_nouns: Vec<String>,
    #[serde(default)]
    message_nouns: Vec<String>,
    source_documents: Vec<String>,
    role_parts: Vec<String>,
    determiners: Vec<String>,
    against_owner: Vec<String>,
    issuing_verbs: Vec<String>,
    meeting_words: Vec<String>,
    occasion_participles: Vec<String>,
    co_subject_nouns: Vec<String>,
    object_first_verbs: Vec<String>,
    voice_phrases: Vec<String>,
    unnamed: Vec<String>,
    unnamed_openings: Vec<String>,
    given_name_markers: Vec<String>,
    media: Vec<String>,
    organization_words: Vec<String>,
    trade_portfolios: Vec<String>,
    name_adjectives: Vec<String>,
    count_words: Vec<String>,
    particles: Vec<String>,
    names_beside_a_name: Vec<String>,
    not_names: Vec<String>,
    not_acronyms: Vec<String>,
    pair_nouns: Vec<String>,
    people_pair_nouns: Vec<String>,
    definite_pair_nouns: Vec<String>,
    rank_words: Vec<String>,
    generic_body_nouns: Vec<String>,
    described_sides: Vec<String>,
    descriptor_suffixes: Vec<String>,
    #[serde(default)]
    branch_places: Vec<String>,
    time_names: Vec<String>,
    #[serde(default)]
    state_nouns: Vec<String>,
    #[serde(default)]
    state_government: StateGovernment,
    role_kinds: HashMap<String, Vec<String>>,
    #[serde(default)]
    role_synonyms: HashMap<String, Vec<String>>,
}

/// What "the government" means where no state's government was named: see
/// `[state_government]` in `names.toml`.
#[derive(Deserialize, Default)]
struct StateGovernment {
    nouns: Vec<String>,
    heads: Vec<String>,
    subject_nouns: Vec<String>,
}

#[derive(Deserialize)]
struct GazetteerFile {
    #[serde(default)]
    state: Vec<GazetteerState>,
    #[serde(default)]
    organization: Vec<GazetteerOrganization>,
}

#[derive(Deserialize)]
struct GazetteerState {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    capital: Vec<String>,
    #[serde(default)]
    seats: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
}

#[derive(Deserialize)]
struct GazetteerOrganization {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// A person's gender as far as the text tells it, for "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Unknown,
}

/// What a stretch of text refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A state or an organization of the gazetteer, by its canonical name.
    Entity { name: String, kind: ActorKind },
    /// A body the gazetteer lacks, named with an organization word.
    Organization { name: String },
    /// A person's full name, with the role words around it.
    Person {
        name: String,
        roles: Vec<String>,
        gender: Gender,
    },
    /// One name word: a surname after a title ("Mr Doe", "President Doe")
    /// or alone; the [`People`] table ties it to a full name.
    Surname {
        name: String,
        gender: Gender,
        /// A title or role stands before it ("President Doe", "Turkish
        /// president Doe"): a person even when never named in full.
        titled: bool,
        roles: Vec<String>,
    },
    /// "the foreign minister": a role the [`People`] table resolves.
    Role { words: Vec<String> },
    /// "the ministry", "the committee": a body named in full earlier in the
    /// article, found by the organization word of its name.
    BodyRef { word: String },
    /// Somebody the text does not name: "a senior official", "analysts".
    Unnamed,
}

/// One mention found in a sentence; offsets are absolute.
#[derive(Clone, Debug, PartialEq)]
pub struct NameMention {
    pub start: usize,
    pub end: usize,
    pub found: Found,
}

impl NameMention {
    /// A body named by the text from `start` to `end`, as written.
    fn body(text: &str, start: usize, end: usize) -> Self {
        NameMention {
            start,
            end,
            found: Found::Organization {
                name: text[start..end].to_string(),
            },
        }
    }
}

/// The compiled word lists and gazetteer.
pub struct NameRules {
    titles: HashSet<String>,
    /// The titles in ASCII lower case, to look a word up in any case.
    titles_lower: HashSet<String>,
    abbreviations: HashSet<String>,
    /// The office an abbreviated title stands for ("Sen" → "senator").
    abbreviated_roles: HashMap<String, String>,
    female: HashSet<String>,
    /// Given names alone, without the titles and pronouns of a gender.
    given: HashSet<String>,
    male: HashSet<String>,
    roles: HashSet<String>,
    voices: Vec<String>,
    own_nouns: Vec<String>,
    body_speakers: HashSet<String>,
    /// Nouns that, after a demonym, make the state itself the speaker.
    state_voices: HashSet<String>,
    /// "commission", "ministry": a state's body when words of a portfolio
    /// come before them ("Kenya's electoral commission").
    state_bodies: HashSet<String>,
    /// "ministry": state bodies named with the demonym, the rest with the
    /// state's name.
    demonym_bodies: HashSet<String>,
    /// Dotted abbreviations opening a body's name, and how names write them.
    undotted: HashMap<String, String>,
    media_nouns: Vec<String>,
    document_nouns: HashSet<String>,
    message_nouns: HashSet<String>,
    source_documents: HashSet<String>,
    role_parts: HashSet<String>,
    determiners: HashSet<String>,
    against_owner: HashSet<String>,
    issuing_verbs: HashSet<String>,
    meeting_words: HashSet<String>,
    occasion_participles: HashSet<String>,
    co_subject_nouns: HashSet<String>,
    object_first_verbs: HashSet<String>,
    voice_phrases: Vec<String>,
    unnamed: HashSet<String>,
    unnamed_openings: HashSet<String>,
    given_name_markers: Vec<String>,
    organization_words: HashSet<String>,
    trade_portfolios: HashSet<String>,
    name_adjectives: HashSet<String>,
    count_words: HashSet<String>,
    particles: HashSet<String>,
    names_beside_a_name: HashSet<String>,
    not_names: HashSet<String>,
    not_acronyms: HashSet<String>,
    pair_nouns: HashSet<String>,
    people_pair_nouns: HashSet<String>,
    definite_pair_nouns: HashSet<String>,
    /// Words that make a title another office ("prime minister", "vice
    /// president"): a role without them does not mean their holder.
    rank_words: HashSet<String>,
    /// Lower-case nouns any kind of body goes by ("the agency", "the
    /// network"): they mean the body the article named last.
    generic_body_nouns: HashSet<String>,
    /// Lower-case nouns for a side of a contest ("the opposition"): a body
    /// described by one before, and nobody else.
    described_sides: HashSet<String>,
    /// Endings of compound adjectives that describe a body or a person
    /// before the name ("Oslo-based", "state-owned").
    descriptor_suffixes: Vec<String>,
    /// Places a company names its national or regional branch by, beyond
    /// the gazetteer's English names of states: "Polska", "Europe".
    branch_places: HashSet<String>,
    /// Days and months: "On Friday" is a whole phrase of time.
    time_names: HashSet<String>,
    /// The canonical names of the gazetteer's states.
    states: HashSet<String>,
    /// The gazetteer's capital cities, which are surnames as well.
    capitals: HashSet<String>,
    /// General role nouns and the titles they cover: a "diplomat" may be a
    /// foreign minister or an ambassador.
    role_kinds: HashMap<String, Vec<String>>,
    /// Lower-case nouns for a state just named ("the country").
    state_nouns: HashSet<String>,
    /// Role words and the others that name the same office at its rank
    /// ("minister", "secretary").
    role_synonyms: HashMap<String, Vec<String>>,
    /// The nouns of a state's government ("government") and the roles of
    /// its heads, whose state such a noun means.
    government_nouns: HashSet<String>,
    government_heads: HashSet<String>,
    /// "ministry": nouns that mean only a state just named as a subject.
    subject_government_nouns: HashSet<String>,
    /// A state's names to its demonym: "Iran's Foreign Ministry" is the
    /// Iranian Foreign Ministry.
    demonym_of: HashMap<String, String>,
    gazetteer: AhoCorasick,
    /// For each gazetteer pattern: the entity's canonical name and kind, and
    /// whether the pattern is a demonym (an adjective, not a name).
    pattern_entity: Vec<(String, ActorKind, bool)>,
}

/// The rules, compiled on first use.
pub fn rules() -> &'static NameRules {
    static RULES: OnceLock<NameRules> = OnceLock::new();
    RULES.get_or_init(|| NameRules::parse(NAMES_TOML, GAZETTEER_TOML))
}

/// A state's name as it reads after "of": "the United States", "the
/// Philippines", but "Uganda". Names of a union, a republic, a kingdom or
/// islands, and plural names, take "the" in English.
fn with_article(state: &str) -> String {
    let takes_the = state.starts_with("United ")
        || state.ends_with('s')
        || ["Republic", "Kingdom", "Federation", "Emirates", "Islands"]
            .iter()
            .any(|word| state.split(' ').any(|part| part == *word));
    match takes_the {
        true => format!("the {state}"),
        false => state.to_string(),
    }
}

fn set(words: Vec<String>) -> HashSet<String> {
    words.into_iter().collect()
}

impl NameRules {
    /// Compiles the two bundled files. They are checked by the tests, so a
    /// parse error here is a build defect, not a user's input.
    fn parse(names: &str, gazetteer: &str) -> Self {
        let names: NamesFile = toml::from_str(names).expect("data/names.toml is valid");
        let gazetteer: GazetteerFile =
            toml::from_str(gazetteer).expect("data/gazetteer.toml is valid");
        let mut patterns = Vec::new();
        let mut pattern_entity = Vec::new();
        let mut demonym_of = HashMap::default();
        let states: HashSet<String> = gazetteer
            .state
            .iter()
            .map(|state| state.name.clone())
            .collect();
        let capitals: HashSet<String> = gazetteer
            .state
            .iter()
            .flat_map(|state| state.capital.iter().cloned())
            .collect();
        for state in &gazetteer.state {
            if let Some(demonym) = state.demonyms.first() {
                for name in std::iter::once(&state.name).chain(&state.aliases) {
                    demonym_of.insert(name.clone(), demonym.clone());
                }
            }
        }
        let mut add = |pattern: &str, name: &str, kind: ActorKind, demonym: bool| {
            // Lower-case aliases are common words ("the alliance"); a
            // gazetteer of names matches capitalised forms only.
            if pattern.chars().next().is_some_and(char::is_uppercase) {
                patterns.push(pattern.to_string());
                pattern_entity.push((name.to_string(), kind, demonym));
            }
        };
        for state in &gazetteer.state {
            let names = std::iter::once(&state.name)
                .chain(&state.aliases)
                .chain(&state.capital)
                .chain(&state.seats);
            for pattern in names {
                add(pattern, &state.name, ActorKind::State, false);
            }
            for demonym in &state.demonyms {
                add(demonym, &state.name, ActorKind::State, true);
            }
        }
        for organization in &gazetteer.organization {
            for pattern in std::iter::once(&organization.name).chain(&organization.aliases) {
                add(pattern, &organization.name, ActorKind::Organization, false);
                // "UN refugee agency" is written out as "United Nations
                // refugee agency" as often: one alias serves both.
                let spelled_out = ["UN ", "U.N. "]
                    .iter()
                    .find_map(|short| pattern.strip_prefix(short))
                    .map(|rest| format!("United Nations {rest}"));
                if let Some(spelled_out) = spelled_out {
                    if !organization.aliases.contains(&spelled_out) {
                        add(
                            &spelled_out,
                            &organization.name,
                            ActorKind::Organization,
                            false,
                        );
                    }
                }
            }
        }
        for outlet in &names.media {
            patterns.push(outlet.clone());
            pattern_entity.push((String::new(), ActorKind::Organization, false));
        }
        let gazetteer = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("gazetteer patterns are plain strings");
        NameRules {
            titles_lower: names
                .titles
                .iter()
                .map(|t| t.to_ascii_lowercase())
                .collect(),
            titles: set(names.titles),
            abbreviations: set(names.abbreviations),
            abbreviated_roles: names.abbreviated_roles,
            given: set(names
                .female_given
                .iter()
                .chain(&names.male_given)
                .cloned()
                .collect()),
            female: set(names.female.into_iter().chain(names.female_given).collect()),
            male: set(names.male.into_iter().chain(names.male_given).collect()),
            roles: set(names.roles),
            voices: names.voices,
            own_nouns: names.own_nouns,
            body_speakers: set(names.body_speakers),
            state_voices: set(names.state_voices),
            state_bodies: set(names.state_bodies),
            demonym_bodies: set(names.demonym_bodies),
            undotted: names.undotted,
            media_nouns: names.media_nouns,
            document_nouns: set(names.document_nouns),
            message_nouns: set(names.message_nouns),
            source_documents: set(names.source_documents),
            role_parts: set(names.role_parts),
            determiners: set(names.determiners),
            against_owner: set(names.against_owner),
            issuing_verbs: set(names.issuing_verbs),
            meeting_words: set(names.meeting_words),
            occasion_participles: set(names.occasion_participles),
            co_subject_nouns: set(names.co_subject_nouns),
            object_first_verbs: set(names.object_first_verbs),
            voice_phrases: names.voice_phrases,
            unnamed: set(names.unnamed),
            unnamed_openings: set(names.unnamed_openings),
            given_name_markers: names.given_name_markers,
            organization_words: set(names.organization_words),
            trade_portfolios: set(names.trade_portfolios),
            name_adjectives: set(names.name_adjectives),
            count_words: set(names.count_words),
            particles: set(names.particles),
            names_beside_a_name: set(names.names_beside_a_name),
            not_names: set(names.not_names),
            not_acronyms: set(names.not_acronyms),
            pair_nouns: set(names.pair_nouns),
            people_pair_nouns: set(names.people_pair_nouns),
            definite_pair_nouns: set(names.definite_pair_nouns),
            rank_words: set(names.rank_words),
            generic_body_nouns: set(names.generic_body_nouns),
            described_sides: set(names.described_sides),
            descriptor_suffixes: names.descriptor_suffixes,
            branch_places: set(names.branch_places),
            time_names: set(names.time_names),
            states,
            capitals,
            role_kinds: names.role_kinds,
            role_synonyms: names.role_synonyms,
            state_nouns: set(names.state_nouns),
            government_nouns: set(names.state_government.nouns),
            government_heads: set(names.state_government.heads),
            subject_government_nouns: set(names.state_government.subject_nouns),
            demonym_of,
            gazetteer,
            pattern_entity,
        }
    }

    /// Whether `word` (lower case), after "the two" or "both", stands for
    /// the two actors last named together.
    pub fn is_pair_noun(&self, word: &str) -> bool {
        self.pair_nouns.contains(word) || self.is_people_pair_noun(word)
    }

    /// Whether a plural names a pair after a bare "The" opening a
    /// sentence ("The parties reaffirmed …").
    pub fn is_definite_pair_noun(&self, word: &str) -> bool {
        self.definite_pair_nouns.contains(word)
    }

    /// Whether a pair noun can only mean two people ("both leaders"). The
    /// plural of any role counts ("both lawmakers", "the two judges"): a
    /// role is held by a person, so its plural after "both" is the two
    /// people named before.
    pub fn is_people_pair_noun(&self, word: &str) -> bool {
        self.people_pair_nouns.contains(word) || self.is_plural_of_role(word)
    }

    /// Whether a lower-case word is the regular plural of a role noun
    /// ("lawmakers", "chairmen").
    fn is_plural_of_role(&self, word: &str) -> bool {
        let singular = match word.strip_suffix("men") {
            Some(stem) => format!("{stem}man"),
            None => match word.strip_suffix('s') {
                Some(stem) => stem.to_string(),
                None => return false,
            },
        };
        self.roles.contains(&singular)
    }

    /// Whether `word` is the name of a month ("March"), written in full.
    pub fn is_month(&self, word: &str) -> bool {
        self.names_beside_a_name.contains(word)
    }

    /// Whether `name` is a state's canonical name in the gazetteer.
    pub fn is_state(&self, name: &str) -> bool {
        self.states.contains(name)
    }

    /// The lower-case noun of a body a state or organisation owns, written
    /// right after its name: "’s foreign ministry" gives "ministry", so
    /// that a later "the ministry" is the owner speaking.
    pub fn owned_body_noun(&self, after: &str) -> Option<String> {
        let rest = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))?;
        for word in rest.split(' ').take(3) {
            let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !word.chars().all(|c| c.is_lowercase() || c == '-') || word.is_empty() {
                return None;
            }
            if self.organization_words.contains(&capitalise(word)) {
                return Some(word.to_string());
            }
            if !is_modifier(word) {
                return None;
            }
        }
        None
    }

    /// Whether a capitalised word makes a name a body's ("Commission").
    pub fn is_organization_word(&self, word: &str) -> bool {
        self.organization_words.contains(word)
    }

    /// Whether `word` (any case) is a role noun.
    pub fn is_role(&self, word: &str) -> bool {
        self.roles.contains(&word.to_lowercase())
    }

    /// The states a stretch of text names or qualifies by demonym, in
    /// order: "South Korean President" gives South Korea.
    pub fn states_in(&self, text: &str) -> Vec<String> {
        self.state_hits(text).map(|(_, name)| name).collect()
    }

    /// The states the gazetteer finds in `text`, as whole words, each with
    /// the byte where it starts.
    fn state_hits<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, String)> + 'a {
        self.gazetteer
            .find_iter(text)
            .filter(|hit| at_word_boundary(text, hit.start(), hit.end()))
            .filter_map(|hit| {
                let (name, kind, _) = &self.pattern_entity[hit.pattern().as_usize()];
                (*kind == ActorKind::State && !name.is_empty()).then(|| (hit.start(), name.clone()))
            })
    }

    /// The states a run of titles ties its holder to: those it names or
    /// qualifies, but not one an office is sent to or deals with ("envoy
    /// on Syria", "ambassador to the United States"). `before_titles` is
    /// the sentence's text before the run, so that the word before the
    /// run is seen too.
    pub fn states_of_titles(&self, before_titles: &str, titles: &str) -> Vec<String> {
        self.state_hits(titles)
            .filter(|(start, _)| {
                let before = format!("{before_titles}{}", &titles[..*start]);
                let before = before.trim_end();
                let before = before
                    .strip_suffix("the")
                    .filter(|rest| rest.is_empty() || rest.ends_with(' '))
                    .unwrap_or(before)
                    .trim_end();
                let last = before.rsplit(' ').next().unwrap_or_default();
                !matches!(
                    last,
                    "to" | "on" | "for" | "in" | "at" | "toward" | "towards" | "with"
                )
            })
            .map(|(_, name)| name)
            .collect()
    }

    /// Whether a stretch of text is one demonym and nothing else
    /// ("Polish", "South Korean").
    pub fn is_demonym(&self, text: &str) -> bool {
        self.gazetteer.find_iter(text).any(|hit| {
            hit.start() == 0
                && hit.end() == text.len()
                && self.pattern_entity[hit.pattern().as_usize()].2
        })
    }

    /// Whether a lower-case word names a document that states its issuer's
    /// position ("statement", "communiqué").
    pub fn is_document_noun(&self, word: &str) -> bool {
        self.document_nouns.contains(word)
    }

    /// Whether a noun names what its owner says ("her message", "his
    /// verdict"), which a colon then gives in full.
    pub fn is_message_noun(&self, word: &str) -> bool {
        self.message_nouns.contains(word)
    }

    /// Whether a lower-case noun names a kind of body ("group", "charity"):
    /// "the rights group X" names X as a body.
    pub fn is_generic_body_noun(&self, word: &str) -> bool {
        self.generic_body_nouns.contains(word)
    }

    /// Whether a lower-case noun names a side of a contest ("the
    /// opposition"), which means only a body described by it before.
    pub fn is_described_side(&self, word: &str) -> bool {
        self.described_sides.contains(&word.to_lowercase())
    }

    /// Whether words added to a body's name name a state or a region, as
    /// a national or regional branch's name does ("Vestra Polska", "Vestra
    /// Europe", "Vestra Ireland Limited").
    pub fn names_a_place(&self, added: &str) -> bool {
        !self.states_in(added).is_empty()
            || added
                .split_whitespace()
                .any(|word| self.branch_places.contains(word))
    }

    /// Whether a word describes the name after it the way news introduces
    /// a body or a person: a kind of body ("retailer") or a compound
    /// adjective of place, owner or leader ("Oslo-based", "state-owned").
    pub fn is_descriptor(&self, word: &str) -> bool {
        self.generic_body_nouns.contains(word)
            || self
                .descriptor_suffixes
                .iter()
                .any(|suffix| word.len() > suffix.len() && word.ends_with(suffix.as_str()))
    }

    /// Whether a lower-case word names something a source put out
    /// ("memo", "report"), in "according to a memo by X".
    pub fn is_source_document(&self, word: &str) -> bool {
        self.source_documents.contains(word)
    }

    /// Whether a word, in any case, makes the capitalised run it ends a
    /// role rather than a name ("Foreign Minister", "analysts").
    pub fn is_role_part(&self, word: &str) -> bool {
        self.role_parts.contains(&word.to_lowercase())
    }

    /// Whether a word, in any case, is a determiner that opens a short
    /// description ("a", "the", "his").
    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.contains(&word.to_lowercase())
    }

    /// Whether a lower-case modifier before a voice makes it the voice of
    /// those against its owner ("opposition", "rebel").
    pub fn is_against_owner(&self, word: &str) -> bool {
        self.against_owner.contains(word)
    }

    /// Whether a lower-case verb puts out a document ("issued", "released
    /// a statement").
    pub fn is_issuing_verb(&self, word: &str) -> bool {
        self.issuing_verbs.contains(word)
    }

    /// Whether a text holds any of the document nouns, as a cheap test
    /// before reading its words.
    pub fn mentions_a_document(&self, text: &str) -> bool {
        self.document_nouns
            .iter()
            .any(|noun| text.contains(noun.as_str()))
    }

    /// Whether a lower-case word tells of a meeting or a call ("met",
    /// "conversation").
    pub fn is_meeting_word(&self, word: &str) -> bool {
        self.meeting_words.contains(word)
    }

    /// Whether a lower-case plural noun names a group left unnamed beside a
    /// named subject ("rights groups", "its allies").
    pub fn is_co_subject_noun(&self, word: &str) -> bool {
        self.co_subject_nouns.contains(word)
    }

    /// Whether a lower-case participle opens a phrase of the occasion
    /// ("speaking to …").
    pub fn is_occasion_participle(&self, word: &str) -> bool {
        self.occasion_participles.contains(word)
    }

    /// Whether lower-case text ends with a phrase that makes the name after
    /// it speak through its people ("spokesman for", "authorities in").
    pub fn ends_with_voice_phrase(&self, before: &str) -> bool {
        self.voice_phrases.iter().any(|phrase| {
            before
                .strip_suffix(phrase.as_str())
                .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
        })
    }

    /// Whether a lower-case cue verb takes the person after it as its
    /// object ("accused X", "urged X"), so never names its speaker there.
    pub fn is_object_first_verb(&self, word: &str) -> bool {
        self.object_first_verbs.contains(word)
    }

    /// Whether the text before a name ends in a noun that introduces an
    /// outlet ("the Hungarian daily", "broadcaster"), so that the name is a
    /// source of news rather than a party.
    pub fn introduces_outlet(&self, before: &str) -> bool {
        let before = before.trim_end().to_lowercase();
        self.media_nouns.iter().any(|noun| {
            before
                .strip_suffix(noun.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    }

    /// A body's name with a dotted abbreviation at its start written as
    /// names are ("U.S. Treasury Department" → "US Treasury Department"),
    /// so that one body has one name however an article dots it.
    pub fn undotted(&self, name: &str) -> String {
        let Some((first, rest)) = name.split_once(' ') else {
            return name.to_string();
        };
        match self.undotted.get(first) {
            Some(plain) => format!("{plain} {rest}"),
            None => name.to_string(),
        }
    }

    /// Whether a noun names those who speak for a body by office
    /// ("spokeswoman", "officials"), so that with nobody named the body
    /// beside it speaks.
    pub fn speaks_for_body(&self, noun: &str) -> bool {
        self.body_speakers.contains(&noun.to_lowercase())
    }

    /// Whether the words between a possessive and a speech verb name the
    /// voice of the possessor ("’s spokesman", "’s press secretary").
    pub fn is_voice(&self, gap: &str) -> bool {
        let gap = gap.trim().to_lowercase();
        self.voices.contains(&gap)
    }

    /// Whether the words right after a body's name, with no possessive,
    /// are the body's own noun ("the Kestrel party said", "NATO allies").
    pub fn is_own_noun(&self, gap: &str) -> bool {
        let gap = gap.trim().to_lowercase();
        self.own_nouns.contains(&gap)
    }

    /// The gender a full name's given name tells, if any.
    pub fn gender_of_name(&self, name: &str) -> Gender {
        self.gender_of(name.split_whitespace().take(1))
    }

    fn gender_of<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> Gender {
        for word in words {
            if self.female.contains(word) {
                return Gender::Female;
            }
            if self.male.contains(word) {
                return Gender::Male;
            }
        }
        Gender::Unknown
    }

    /// Whether a capitalised word opens names without being one ("New",
    /// "North"): "of New York" is a place after "of" all the same.
    pub fn is_name_opener(&self, word: &str) -> bool {
        word.starts_with(char::is_uppercase) && self.not_names.contains(word)
    }

    /// Whether a word names a day or a month ("Friday", "March").
    pub fn is_time_name(&self, word: &str) -> bool {
        self.time_names.contains(word)
    }

    /// Whether a word is a capital city of the gazetteer.
    pub fn is_capital(&self, word: &str) -> bool {
        self.capitals.contains(word)
    }

    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word) || self.abbreviations.contains(word)
    }

    /// Whether a word is a title in any case: "opposition leader X" writes
    /// the title "Opposition" in lower case.
    pub fn is_title_in_any_case(&self, word: &str) -> bool {
        self.titles_lower.contains(&word.to_ascii_lowercase())
    }

    /// "a protester using the pseudonym X": the name, of one or two words,
    /// that a marker after the unnamed description at `head` gives, with
    /// where it ends.
    fn given_name_after(
        &self,
        text: &str,
        words: &[Token],
        head: usize,
    ) -> Option<(String, usize)> {
        let after = text.get(words[head].end..)?.strip_prefix(' ')?;
        let marker = self.given_name_markers.iter().find(|marker| {
            after
                .strip_prefix(marker.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        })?;
        let name_start = words[head].end + 1 + marker.len() + 1;
        let first = words.iter().position(|w| w.start == name_start)?;
        if !self.is_name_word(words[first].text) {
            return None;
        }
        let mut last = first;
        if let Some(next) = words.get(first + 1) {
            if &text[words[first].end..next.start] == " " && self.is_name_word(next.text) {
                last = first + 1;
            }
        }
        let name = text[words[first].start..words[last].end].to_string();
        Some((name, words[last].end))
    }

    fn is_name_word(&self, word: &str) -> bool {
        let Some(first) = word.chars().next() else {
            return false;
        };
        if !first.is_uppercase() || self.not_names.contains(word) {
            return false;
        }
        // "Additionally", "Separately": sentence adverbs capitalised at the
        // start of a sentence. No name ends so.
        let lowered = word.to_lowercase();
        if [
            "ally", "ately", "ively", "ously", "edly", "ingly", "ently", "antly", "ably", "ibly",
        ]
        .iter()
        .any(|ending| lowered.ends_with(ending) && lowered.len() > ending.len() + 2)
        {
            return false;
        }
        // A headline's verb in Title Case ("Chief Calls for Talks", "Envoy
        // Warns"): a cue verb's present form ending in "s" is no name.
        if lowered.len() > 3
            && lowered.ends_with('s')
            && !lowered.ends_with("ss")
            && super::cues::cue_table().contains_key(&lowered)
        {
            return false;
        }
        // A single capital is an initial ("John F. Kennedy"), and so are
        // capitals joined by stops ("P.J. Doe"), which one token holds.
        if word.chars().count() == 1 || is_initials(word) && !self.abbreviations.contains(word) {
            return true;
        }
        // A name has lower-case letters: all capitals make an acronym.
        !self.titles.contains(word)
            && !self.abbreviations.contains(word)
            && word.chars().any(char::is_lowercase)
    }

    /// Every mention in `span` of `text` that the registry may lack.
    pub fn find(&self, text: &str, span: Span) -> Vec<NameMention> {
        let base = span.start as usize;
        let words: Vec<Token> = tokens(&text[span.range()])
            .into_iter()
            .map(|token| Token {
                text: token.text,
                start: base + token.start,
                end: base + token.end,
            })
            .collect();
        self.find_in_words(text, span, &words)
    }

    /// Like [`NameRules::find`], given the words of `text[span]` with
    /// absolute offsets, for a caller that has them already.
    pub fn find_in_words(&self, text: &str, span: Span, words: &[Token]) -> Vec<NameMention> {
        let base = span.start as usize;
        let sentence = &text[span.range()];
        let mut found = Vec::new();
        // Gazetteer entities, and which words they cover.
        let mut covered: Vec<Option<(String, ActorKind, bool)>> = vec![None; words.len()];
        for hit in self.gazetteer.find_iter(sentence) {
            let (start, end) = (base + hit.start(), base + hit.end());
            if !at_word_boundary(text, start, end) {
                continue;
            }
            let entity = self.pattern_entity[hit.pattern().as_usize()].clone();
            // "Michael Bloomberg", "Mr Jordan": a given name or a gendered
            // title right before one word of the gazetteer makes that word
            // a surname, for the runs to find.
            let previous = words.iter().rev().find(|w| w.end <= start);
            let given_before = !sentence[hit.start()..hit.end()].contains(' ')
                && previous.is_some_and(|w| {
                    text[w.end..start] == *" "
                        && w.text.starts_with(char::is_uppercase)
                        && self.gender_of_name(w.text) != Gender::Unknown
                });
            if given_before {
                continue;
            }
            // "Senator Camila Santiago", "said Maria Lima": a capital city
            // right after a name word inside the sentence is a surname. A
            // city that stands for its government stands alone ("Lima
            // said") or after a lower-case word; at the sentence's start
            // the word before may be an adverb ("Then Lima said").
            let surname_after_name = self.capitals.contains(&sentence[hit.start()..hit.end()])
                && previous.is_some_and(|w| {
                    text[w.end..start] == *" "
                        && w.start > words[0].start
                        && self.is_name_word(w.text)
                        && !self.is_title(w.text)
                        && self.states_in(w.text).is_empty()
                });
            if surname_after_name {
                continue;
            }
            // "Sofia Berg", "Jordan Peele": a place name that runs straight
            // into a name word is a first name.
            let next = words.iter().find(|w| w.start >= end);
            // After "of" ("President of Chile Ana Diaz") or "on" ("envoy on
            // Syria Kofi Annan") it is the place.
            let after_of = words
                .iter()
                .rev()
                .find(|w| w.end <= start)
                .is_some_and(|w| matches!(w.text, "of" | "in" | "from" | "for" | "to" | "on"));
            if !after_of
                && next.is_some_and(|w| {
                    w.start == end + 1
                        && text[end..w.start] == *" "
                        && self.is_name_word(w.text)
                        && !self.organization_words.contains(w.text)
                })
                && !entity.2
                && !sentence[hit.start()..hit.end()].contains(' ')
            {
                continue;
            }
            for (index, word) in words.iter().enumerate() {
                if word.start >= start && word.end <= end {
                    covered[index] = Some(entity.clone());
                }
            }
            let (name, kind, demonym) = entity;
            if name.is_empty() {
                // An outlet: a source of news, not a party.
                found.push(NameMention {
                    start,
                    end,
                    found: Found::Unnamed,
                });
            } else if demonym {
                // "the Iranian government", "the British side": a demonym
                // before a word for the state's own voice names the state.
                // Up to two modifiers may come between: "the Russian
                // foreign ministry".
                let voices = &self.state_voices;
                let mut next = words.iter().position(|w| w.start >= end);
                for _ in 0..2 {
                    let Some(at) = next else { break };
                    let word = words[at].text;
                    if word.chars().all(|c| c.is_lowercase() || c == '-')
                        && is_modifier(word)
                        && !voices.contains(&word.to_lowercase())
                        && words.get(at + 1).is_some_and(|w| {
                            w.text.chars().all(|c| c.is_lowercase() || c == '-')
                                && &text[words[at].end..w.start] == " "
                        })
                    {
                        next = Some(at + 1);
                    } else {
                        break;
                    }
                }
                let voice = next
                    .and_then(|at| words.get(at))
                    .map(|w| w.text.to_lowercase());
                let first_after = words.iter().position(|w| w.start >= end);
                if let Some(body) = first_after.zip(next).and_then(|(from, to)| {
                    self.state_body(text, &words[from..=to], &name, &text[start..end])
                }) {
                    found.push(NameMention {
                        start,
                        end: words[next.unwrap_or(0)].end,
                        found: Found::Organization { name: body },
                    });
                    continue;
                }
                // "a Ukrainian spokesman": one who speaks for the state by
                // office. "Ukrainian officials" stay unnamed: a source
                // ("according to Ukrainian officials, the minister …") more
                // often than a party.
                if voice.as_deref().is_some_and(|voice| {
                    voices.contains(voice) || voice != "officials" && self.speaks_for_body(voice)
                }) {
                    let last = &words[next.unwrap_or(0)];
                    found.push(NameMention {
                        start,
                        end: last.end,
                        found: Found::Entity { name, kind },
                    });
                }
            } else {
                // "Kenya's electoral commission said": the state's body.
                let possessive = ["'s ", "’s "]
                    .iter()
                    .any(|mark| text[end..].starts_with(mark));
                let after = words.iter().position(|w| w.start > end + 2);
                let body = after
                    .filter(|_| possessive && kind == ActorKind::State)
                    .and_then(|from| {
                        let demonym = self.demonym_of.get(&name)?;
                        (from..words.len().min(from + 3)).find_map(|to| {
                            let body = self.state_body(text, &words[from..=to], &name, demonym)?;
                            Some((body, words[to].end))
                        })
                    });
                if let Some((body, body_end)) = body {
                    found.push(NameMention {
                        start,
                        end: body_end,
                        found: Found::Organization { name: body },
                    });
                    continue;
                }
                found.push(NameMention {
                    start,
                    end,
                    found: Found::Entity { name, kind },
                });
            }
        }
        self.find_runs(text, words, &covered, &mut found);
        self.find_descriptions(text, words, &mut found);
        self.find_possessive_roles(text, words, &mut found);
        find_delegates(text, words, |name| self.gender_of_name(name), &mut found);
        found.sort_by_key(|mention| mention.start);
        found
    }

    /// The name of a state's body that lower-case `words` give after the
    /// state's demonym or possessive: words of its portfolio, then one of
    /// `state_bodies` ("electoral commission", "foreign ministry"), in
    /// capitals after the state's name or, for `demonym_bodies`, its
    /// demonym ("Kenya Electoral Commission", "Kenyan Foreign Ministry").
    /// `None` without a portfolio word or when any word is capitalised or
    /// not next to the one before.
    fn state_body(
        &self,
        text: &str,
        words: &[Token],
        state: &str,
        demonym: &str,
    ) -> Option<String> {
        let (body, portfolio) = words.split_last()?;
        if portfolio.is_empty() || portfolio.len() > 2 {
            return None;
        }
        let lower = |word: &str| word.chars().all(|c| c.is_lowercase() || c == '-');
        let adjacent = words
            .windows(2)
            .all(|pair| &text[pair[0].end..pair[1].start] == " ");
        // "an Irish foreign ministry spokeswoman": one who speaks for the
        // body stays the state's voice, as a spokesman for the state is.
        let voice_after = text[body.end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|next| self.speaks_for_body(next) || self.roles.contains(next));
        let fits = adjacent
            && !voice_after
            && self.state_bodies.contains(body.text)
            && portfolio.iter().all(|word| {
                lower(word.text) && is_modifier(word.text) && !self.state_voices.contains(word.text)
            });
        fits.then(|| {
            let mut name = match self.demonym_bodies.contains(body.text) {
                true => demonym.to_string(),
                false => state.to_string(),
            };
            for word in words {
                name.push(' ');
                name.push_str(&capitalise(word.text));
            }
            name
        })
    }

    /// "Iran's foreign minister said", with no name after the role: a role
    /// of the state the possessive names, for the [`People`] table to tie
    /// to the person who holds it there.
    fn find_possessive_roles(&self, text: &str, words: &[Token], found: &mut Vec<NameMention>) {
        for (index, word) in words.iter().enumerate() {
            // The word segmenter keeps "Iran's" whole.
            let Some(state_end) =
                crate::text::strip_possessive(word.text).map(|bare| word.start + bare.len())
            else {
                continue;
            };
            if words.get(index + 1).is_none() {
                break;
            }
            // The state: up to three capitalised words ending here.
            // The words must stand together: "X Y, Turkey's minister" has
            // only "Turkey" for its state.
            let Some(state_start) = (0..3)
                .filter_map(|back| index.checked_sub(back))
                .take_while(|&at| {
                    words[at].text.starts_with(char::is_uppercase)
                        && (at == index || text[words[at].end..words[at + 1].start] == *" ")
                })
                .filter(|&at| !self.states_in(&text[words[at].start..state_end]).is_empty())
                .last()
            else {
                continue;
            };
            let state_start = words[state_start].start;
            let mut head = None;
            for offset in 1..=3 {
                let Some(candidate) = words.get(index + offset) else {
                    break;
                };
                if offset > 1 && &text[words[index + offset - 1].end..candidate.start] != " " {
                    break;
                }
                let lower = candidate.text.to_lowercase();
                if !candidate.text.chars().all(|c| c.is_lowercase() || c == '-') {
                    break;
                }
                if self.is_role(&lower) {
                    head = Some(index + offset);
                }
                if !(self.is_role(&lower) || is_modifier(&lower)) {
                    break;
                }
            }
            let Some(head) = head else { continue };
            // "Sudan's representative said", "Turkey's envoy said": one who
            // speaks for the state by office is the state's voice, read by
            // the subject rules.
            if self.is_voice(&words[head].text.to_lowercase()) {
                continue;
            }
            // "Iran's foreign minister, X," or "… minister X": the name
            // that follows is found by the runs.
            let named_after = words.get(head + 1).is_some_and(|w| {
                let gap = &text[words[head].end..w.start];
                (gap == " " || gap == ", ") && self.is_name_word(w.text)
            });
            if named_after {
                continue;
            }
            let end = words[head].end;
            // Only the state's own name may stand there already, as a place
            // or as a lone capitalised word.
            let inside_state = |m: &NameMention| state_start <= m.start && m.end <= word.end;
            if found
                .iter()
                .any(|m| !inside_state(m) && m.start < end && state_start < m.end)
            {
                continue;
            }
            found.retain(|m| !(state_start <= m.start && m.end <= word.end));
            let mut role_words = vec![text[state_start..state_end].to_lowercase()];
            role_words.extend(
                words[index + 1..=head]
                    .iter()
                    .map(|w| w.text.to_lowercase()),
            );
            found.push(NameMention {
                start: state_start,
                end,
                found: Found::Role { words: role_words },
            });
        }
    }

    /// Capitalised runs: titles, then a name.
    fn find_runs(
        &self,
        text: &str,
        words: &[Token],
        covered: &[Option<(String, ActorKind, bool)>],
        found: &mut Vec<NameMention>,
    ) {
        let mut index = 0;
        while index < words.len() {
            let starts = words[index]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if !starts {
                index += 1;
                continue;
            }
            // "D-Conn.", "R-Texas": a US legislator's party and state, set
            // off after the name, are no name.
            let party_tag = matches!(words[index].text, "D" | "R" | "I")
                && words.get(index + 1).is_some_and(|next| {
                    &text[words[index].end..next.start] == "-"
                        && next.text.starts_with(char::is_uppercase)
                });
            if party_tag {
                index += 2;
                continue;
            }
            // Extend the run over capitalised words, particles inside names,
            // "of" inside titles, hyphens and abbreviation stops.
            let mut end = index;
            while end + 1 < words.len() {
                // "the Dockers Union's DMCA notice": a possessive closes the
                // owner's name, unless the owner is a state whose body
                // follows ("Uganda's Supreme Court").
                let owner = crate::text::strip_possessive(words[end].text);
                // A body named for those it serves keeps its possessive
                // inside the name: "People's Party", "Transport Workers'
                // Union", when a word of a body follows in the same run.
                let body_ahead = || {
                    words[end + 1..]
                        .iter()
                        .take(4)
                        .take_while(|w| w.text.starts_with(char::is_uppercase))
                        .any(|w| self.organization_words.contains(w.text))
                };
                let collective = owner.is_some_and(is_collective_owner);
                if owner.is_some_and(|owner| self.states_in(owner).is_empty())
                    && !(collective && body_ahead())
                {
                    break;
                }
                let gap = &text[words[end].end..words[end + 1].start];
                let plural_owner = matches!(gap, "' " | "’ ")
                    && words[end].text.ends_with('s')
                    && self.states_in(words[end].text).is_empty()
                    && body_ahead();
                let joined = matches!(gap, " " | "-" | ". " | "." | "\u{a0}") || plural_owner;
                if !joined {
                    break;
                }
                let next = words[end + 1].text;
                // "Man-kei", "Jae-in": a given name's second syllable after a
                // hyphen is written in lower case.
                // "Moon Jae-in said": the syllable may end the name when a
                // family name and a given name stand before it.
                let not_syllable = matches!(
                    next,
                    "led"
                        | "run"
                        | "old"
                        | "new"
                        | "age"
                        | "era"
                        | "way"
                        | "day"
                        | "war"
                        | "born"
                        | "made"
                        | "held"
                        | "like"
                        | "wide"
                        | "free"
                        | "long"
                        | "year"
                        | "term"
                        | "only"
                        | "type"
                        | "zone"
                        | "area"
                        | "size"
                        | "side"
                        | "time"
                        | "hit"
                        | "ally"
                        | "bred"
                        | "off"
                        | "up"
                        | "out"
                        | "in-law"
                        | "fed"
                );
                let then_name = words
                    .get(end + 2)
                    .is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase));
                let ends_name = end > index
                    && next.chars().count() <= 4
                    && words
                        .get(end + 2)
                        .is_none_or(|w| &text[words[end + 1].end..w.start] != "-");
                let syllable = gap == "-"
                    && next.chars().all(char::is_lowercase)
                    && !not_syllable
                    && (next.chars().count() <= 3 && then_name || ends_name);
                let capital = next.chars().next().is_some_and(char::is_uppercase) || syllable;
                // "von der Leyen", "de la Cruz": particles may follow one
                // another before the name word.
                let particle_run = self.particles.contains(next)
                    && words[end + 2..]
                        .iter()
                        .take(2)
                        .take_while(|w| self.particles.contains(w.text))
                        .count()
                        > 0
                    && words[end + 2..]
                        .iter()
                        .find(|w| !self.particles.contains(w.text))
                        .is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase));
                // "Hostages and Missing Families Forum": "and" inside a
                // body's name, when capitalised words after it end in an
                // organisation word and no place or known body stands
                // before it ("Egypt and Qatar" are two).
                // Whether the capitalised words after an "and" hold a
                // body's word, read by both readings below.
                let body_word_after = next == "and"
                    && words[end + 2..]
                        .iter()
                        .take(4)
                        .take_while(|w| w.text.starts_with(char::is_uppercase))
                        .any(|w| self.organization_words.contains(w.text));
                // So is an "and" in the field a body's "of" or "for" names:
                // "Centers for Disease Control and Prevention", "Ministry
                // of Trade and Industry".
                // A state before the body ("the U.S. Centers for …") may
                // stand in the run.
                let field_of_body = next == "and"
                    && (index..end)
                    .find(|&at| {
                        self.organization_words.contains(words[at].text)
                            && matches!(words[at + 1].text, "of" | "for")
                    })
                    .is_some_and(|body| (body..=end).all(|at| covered[at].is_none()))
                    && words.get(end + 2).is_some_and(|w| {
                        w.text.starts_with(char::is_uppercase)
                            && covered[end + 2].is_none()
                            && !self.not_names.contains(w.text)
                    })
                    // "… Union of Montana and Native American Rights Fund":
                    // a body's word after "and" makes a second body.
                    && !body_word_after;
                // "Helm Bank and Corvid Securities": a name that ends in a
                // body's word already is a whole body; the "and" joins two.
                let joins_body = field_of_body
                    || body_word_after
                        && !self.organization_words.contains(words[end].text)
                        && (index..=end).all(|at| covered[at].is_none());
                // "the High Court of England and Wales": two states after a
                // body's "of" both name it.
                let is_state = |at: usize| {
                    covered[at]
                        .as_ref()
                        .is_some_and(|(_, kind, demonym)| *kind == ActorKind::State && !demonym)
                };
                let joins_states = next == "and"
                    && end >= 2
                    && words[end - 1].text == "of"
                    && self.organization_words.contains(words[end - 2].text)
                    && is_state(end)
                    && end + 2 < words.len()
                    && is_state(end + 2);
                let inner = particle_run
                    || joins_body
                    || joins_states
                    || (self.particles.contains(next)
                    || next == "of"
                        && (self.is_title(words[end].text)
                            || self.organization_words.contains(words[end].text))
                    // "Ambassador to France Jane Roe", "Envoy for Syria …".
                    || matches!(next, "to" | "for") && self.is_title(words[end].text)
                    || matches!(next, "for" | "on")
                        && self.organization_words.contains(words[end].text)
                    // "the Committee to Protect Journalists": a body named
                    // for its aim, a verb and its object in capitals; "the
                    // Agency to Kenya" goes to a place.
                    || next == "to"
                        && self.organization_words.contains(words[end].text)
                        && covered.get(end + 2).is_some_and(Option::is_none)
                        && words.get(end + 3).is_some_and(|w| {
                            w.text.starts_with(char::is_uppercase)
                                && &text[words[end + 2].end..w.start] == " "
                        }))
                        // "the Coastal League on Monday": a day or a month
                        // after the joining word dates the sentence.
                        && words.get(end + 2).is_some_and(|w| {
                            w.text.chars().next().is_some_and(char::is_uppercase)
                                && !self.time_names.contains(w.text)
                        });
                if !(capital || inner) {
                    break;
                }
                // A Title Case headline goes on after a full name with its
                // verb ("Remarks by Envoy Jane Roe Announcing New Aid"): a
                // long word in "-ing" after two name words is the
                // headline's verb, where a surname in "-ing" comes second
                // ("John Browning").
                let gerund = next.len() >= 7 && next.ends_with("ing");
                let full_name_before = end > index
                    && [words[end - 1].text, words[end].text]
                        .iter()
                        .all(|word| self.is_name_word(word) && !self.is_title(word));
                if gerund && full_name_before {
                    break;
                }
                // "Vesta Group A/S": a company's legal form written with a
                // slash is no word of its name, which the press gives
                // without it.
                let slashed_form = next.chars().count() == 1
                    && words.get(end + 2).is_some_and(|after| {
                        &text[words[end + 1].end..after.start] == "/"
                            && after.text.starts_with(char::is_uppercase)
                    });
                if slashed_form {
                    break;
                }
                // A stop ends the run unless it closes an abbreviation or an initial.
                if gap.starts_with('.')
                    && !self.abbreviations.contains(words[end].text)
                    && words[end].text.chars().count() > 1
                    && !is_initials(words[end].text)
                {
                    break;
                }
                end += 1;
            }
            // "the Yemen-based movement", "a Kremlin-backed group": a run
            // joined by a hyphen to a lower-case word is an adjective, not a
            // mention of its own.
            // "Three American Samoans", "Two Palestinians": a count before a
            // plural names a group of people, no one.
            let counted_group = self.count_words.contains(words[index].text)
                && end > index
                && words[end].text.ends_with('s')
                && !words[end].text.ends_with("'s")
                && !words[end].text.ends_with("’s")
                && covered[end].is_none();
            if counted_group {
                index = end + 1;
                continue;
            }
            let compound = words.get(end + 1).is_some_and(|next| {
                &text[words[end].end..next.start] == "-"
                    && next.text.starts_with(char::is_lowercase)
            });
            if !compound {
                self.read_run(text, words, covered, index, end, found);
            }
            index = end + 1;
        }
    }

    /// Splits one capitalised run into its titles and its name.
    fn read_run(
        &self,
        text: &str,
        words: &[Token],
        covered: &[Option<(String, ActorKind, bool)>],
        first: usize,
        last: usize,
        found: &mut Vec<NameMention>,
    ) {
        // "Prime Minister Jane Roe's office": the name ends before the
        // possessive, which tells what of hers speaks, not who she is.
        let trimmed: Vec<Token>;
        let words = match crate::text::strip_possessive(words[last].text) {
            Some(stem) if !stem.is_empty() => {
                trimmed = words
                    .iter()
                    .enumerate()
                    .map(|(index, word)| Token {
                        text: if index == last { stem } else { word.text },
                        start: word.start,
                        end: if index == last {
                            word.start + stem.len()
                        } else {
                            word.end
                        },
                    })
                    .collect();
                &trimmed[..]
            }
            _ => words,
        };
        let run = &words[first..=last];
        // An acronym the gazetteer lacks names a body: "the SDF said".
        let acronym = |word: &str| {
            (2..=6).contains(&word.chars().count())
                && word.chars().all(|c| c.is_ascii_uppercase())
                && !self.not_acronyms.contains(word)
                && !is_roman(word)
        };
        // "ABS-CBN": acronyms joined by hyphens are one body's name.
        let from = run
            .iter()
            .position(|w| !self.not_names.contains(w.text))
            .unwrap_or(0);
        let hyphenated = &run[from..];
        if hyphenated.len() > 1
            && covered[first + from..=last].iter().all(Option::is_none)
            && hyphenated.iter().all(|w| acronym(w.text))
            && hyphenated
                .windows(2)
                .all(|pair| &text[pair[0].end..pair[1].start] == "-")
        {
            let (start, end) = (hyphenated[0].start, hyphenated[hyphenated.len() - 1].end);
            found.push(NameMention::body(text, start, end));
            return;
        }
        let last_word = &run[run.len() - 1];
        let only_openers = run[..run.len() - 1]
            .iter()
            .all(|w| self.not_names.contains(w.text));
        if only_openers && covered[last].is_none() && acronym(last_word.text) {
            found.push(NameMention::body(text, last_word.start, last_word.end));
            return;
        }
        // A capital letter standing alone is no name but an initial cut off
        // from its name, or a platform, a plan or a clause: "on X", "Plan B".
        if hyphenated.len() == 1 && hyphenated[0].text.chars().count() == 1 {
            return;
        }
        // "Police said": a word for people the text leaves unnamed, though
        // also an organization word.
        if run.len() == 1 && self.unnamed.contains(&run[0].text.to_lowercase()) {
            return;
        }
        // A body named with an organization word ("Foreign Ministry"), unless
        // the gazetteer already knows it.
        // "Chairman-in-Office X", "Commander-in-Chief": the words joined by
        // hyphens to a title say how the title is held; they name no body
        // and are no part of the name after them. `at` counts in `words`.
        let joined_to_title = |at: usize| {
            let hyphen_before =
                |at: usize| at > 0 && text[words[at - 1].end..words[at].start] == *"-";
            hyphen_before(at)
                && (self.is_title(words[at - 1].text)
                    || at >= 2
                        && hyphen_before(at - 1)
                        && words[at - 1].text.chars().all(char::is_lowercase)
                        && self.is_title(words[at - 2].text))
        };
        if let Some(org_at) = run.iter().enumerate().rposition(|(at, w)| {
            self.organization_words.contains(w.text) && !joined_to_title(first + at)
        }) {
            // A common capitalised word heads the name when a connector
            // follows it ("Union of Forces for Change", "Law and Justice
            // Party"): a sentence opener is never followed by one.
            let connector = |at: usize| {
                run.get(at + 1)
                    .is_some_and(|next| matches!(next.text, "of" | "and" | "for"))
            };
            // "the All Progressives Congress", "the ruling New Progressive
            // Party": after "the" or a lower-case word, where no sentence
            // opens, an adjective opens the body's name.
            let after_the = |at: usize| {
                let before = if at == 0 {
                    first.checked_sub(1).map(|index| words[index].text)
                } else {
                    Some(run[at - 1].text)
                };
                before.is_some_and(|word| {
                    word.eq_ignore_ascii_case("the") || word.starts_with(char::is_lowercase)
                })
            };
            // "the Coast Guard", "the Island Council": a common capitalised
            // word right before the organization word is the body's own,
            // unless it opens the sentence ("However Congress …") or tells
            // the time ("Tuesday Parliament").
            let names_a_body_with_next = |at: usize| {
                first + at > 0
                    && run
                        .get(at + 1)
                        .is_some_and(|next| self.organization_words.contains(next.text))
                    && !self.time_names.contains(run[at].text)
            };
            let from = run
                .iter()
                .enumerate()
                .position(|(at, w)| {
                    w.text != "The"
                        && (!self.not_names.contains(w.text)
                            || connector(at)
                            || self.name_adjectives.contains(w.text) && after_the(at)
                            || names_a_body_with_next(at))
                })
                // A run of common words only ("The European Union" when both
                // words are also common adjectives) names no new body.
                .unwrap_or(run.len());
            let gazetteer_whole = (first + from..=first + org_at).all(|i| covered[i].is_some());
            // "Joint Task Force Bravo", "Task Force Operation X": capitalised
            // words after the organisation word with no title, role or
            // given name among them go on naming the body; "Foreign
            // Ministry Spokesperson Jane Roe" names a person after it.
            // "Secretary of the Army Jane Roe", "the head of the Coastal
            // League Tom Hale": a body that is the object of a title's "of"
            // is followed by the title holder's name, which its last two
            // plain capitalised words are, known given name or not.
            let object_of_title = {
                let before = text[..run[0].start].trim_end();
                let before = before
                    .strip_suffix("the")
                    .filter(|rest| rest.is_empty() || rest.ends_with(' '))
                    .map_or(before, str::trim_end);
                before.strip_suffix(" of").is_some_and(|rest| {
                    rest.rsplit(' ').next().is_some_and(|word| {
                        self.is_title(word) || self.roles.contains(&word.to_lowercase())
                    })
                })
            };
            let plain_name_word = |word: &Token| {
                word.text.starts_with(char::is_uppercase)
                    && word.text.chars().count() > 1
                    && word
                        .text
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !self.is_title(word.text)
                    && !self.organization_words.contains(word.text)
            };
            let holder_after = object_of_title
                && run.len() >= org_at + 3
                && run[run.len() - 2..].iter().all(plain_name_word)
                && (run.len() - 2..run.len()).all(|at| covered[first + at].is_none());
            let holder_from = if holder_after {
                run.len() - 2
            } else {
                run.len()
            };
            let rest = &run[org_at + 1..holder_from.max(org_at + 1)];
            let body_goes_on = !rest.is_empty()
                && !matches!(rest[0].text, "of" | "on" | "for")
                && rest.iter().enumerate().all(|(offset, w)| {
                    w.text.starts_with(char::is_uppercase)
                        && !self.is_title(w.text)
                        && !self.roles.contains(&w.text.to_lowercase())
                        && !self.female.contains(w.text)
                        && !self.male.contains(w.text)
                        && covered[first + org_at + 1 + offset].is_none()
                });
            let org_at = if body_goes_on {
                holder_from - 1
            } else {
                org_at
            };
            if from <= org_at && !gazetteer_whole {
                let start = run[from].start;
                let end = run[org_at].end;
                // "Iran's Foreign Ministry": the state's body, named with its
                // demonym as news names it elsewhere.
                // "the People's Party": those a body serves are no owner.
                let owner = crate::text::strip_possessive(run[from].text)
                    .filter(|owner| !is_collective_owner(owner));
                // "the Foreign Ministry of Peru": the state completes the
                // body's name, kept as the article gives it, as readers and
                // labellers name it.
                let of_state = (org_at + 2 < run.len() && run[org_at + 1].text == "of")
                    .then(|| covered.get(first + org_at + 2).cloned().flatten())
                    .flatten()
                    .filter(|(_, kind, demonym)| *kind == ActorKind::State && !demonym)
                    .and_then(|(state, _, _)| self.demonym_of.get(&state).cloned());
                // "Uganda's Supreme Court": a court is named with its state
                // after it, as courts name themselves ("Supreme Court of
                // Uganda").
                let court = run[org_at].text == "Court";
                // "the U.S. Supreme Court", "the Ugandan Constitutional
                // Court": a state, or its demonym, before a court's name is
                // named after it too.
                let state_before_court = court
                    .then(|| {
                        let state_at = |at: usize| match covered.get(first + at).cloned().flatten()
                        {
                            Some((state, ActorKind::State, _)) => Some(state),
                            _ => None,
                        };
                        let state = state_at(from)?;
                        let after =
                            (from..org_at).find(|&at| state_at(at).as_ref() != Some(&state))?;
                        Some((after, state))
                    })
                    .flatten()
                    .filter(|_| owner.is_none());
                // "Ministry officials said", "Hospital staff said": a body's
                // word alone before those who speak for it, capitalised only
                // because it opens the sentence, names no body ("Congress
                // said" does). A word of a body's name means the body named
                // before with it, as "the ministry" does; a kind of body
                // ("hospital", "group") is too loose a word to stand for
                // whichever body came last, and names nobody.
                let opens_sentence = text[..start]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | ':'));
                let speakers_after =
                    words
                        .iter()
                        .find(|word| word.start >= end)
                        .is_some_and(|word| {
                            word.text.starts_with(char::is_lowercase)
                                && self.speaks_for_body(word.text)
                        });
                if from == org_at
                    && org_at + 1 == run.len()
                    && owner.is_none()
                    && opens_sentence
                    && speakers_after
                {
                    let word = run[org_at].text;
                    if !self.generic_body_nouns.contains(&word.to_lowercase()) {
                        found.push(NameMention {
                            start,
                            end,
                            found: Found::BodyRef {
                                word: word.to_string(),
                            },
                        });
                    }
                    return;
                }
                let name = match owner.and_then(|owner| self.demonym_of.get(owner)) {
                    _ if state_before_court.is_some() => {
                        let (after, state) = state_before_court.unwrap_or_default();
                        format!(
                            "{} of {}",
                            &text[run[after].start..end],
                            with_article(&state)
                        )
                    }
                    Some(_) if from < org_at && court => {
                        let owner = owner.unwrap_or_default();
                        format!("{} of {owner}", &text[run[from + 1].start..end])
                    }
                    Some(demonym) if from < org_at => {
                        format!("{demonym} {}", &text[run[from + 1].start..end])
                    }
                    _ if owner.is_some() && from < org_at => {
                        text[run[from + 1].start..end].to_string()
                    }
                    _ => text[start..end].to_string(),
                };
                // "the Commission on Presidential Debates", "the Ministry of
                // Foreign Affairs": the words after the organization word
                // complete its name.
                // "Undersecretary of the Navy for Acquisition Jane Roe": a
                // "for" after a title's body names the title's portfolio,
                // not more of the body.
                let portfolio = holder_after && run[org_at + 1].text == "for";
                let completed = of_state.is_none()
                    && !portfolio
                    && org_at + 2 < holder_from
                    && matches!(run[org_at + 1].text, "of" | "on" | "for" | "to");
                // "House of Commons Speaker John Bercow": a title after the
                // completed name opens a person's name, read on its own, and
                // so does a given name with a word after it ("Secretary of
                // the Navy for Acquisition Jane Roe").
                let completed_end = (org_at + 3..holder_from)
                    .find(|&at| {
                        // A title that ends the run ("Ministry of Foreign
                        // Affairs") is a word of the body's name, with no
                        // person after it.
                        self.is_title(run[at].text)
                            && run.get(at + 1).is_some_and(|next| {
                                !matches!(next.text, "of" | "for" | "on" | "and")
                            })
                            && run[at + 1..].iter().any(|w| !self.is_title(w.text))
                            || at + 1 < run.len()
                                && (self.female.contains(run[at].text)
                                    || self.male.contains(run[at].text))
                    })
                    .map_or(holder_from - 1, |title| title - 1);
                let (name, end) = match &of_state {
                    Some(_) => {
                        // "the High Court of England and Wales": a second
                        // state joined by "and" belongs to the name too.
                        let is_state = |at: usize| {
                            covered.get(first + at).cloned().flatten().is_some_and(
                                |(_, kind, demonym)| kind == ActorKind::State && !demonym,
                            )
                        };
                        // "the Central Bank of Sri Lanka": a state's name of
                        // several words ends at its last word.
                        let state_end = |mut at: usize| {
                            let state = covered.get(first + at).cloned().flatten();
                            while at + 1 < run.len()
                                && covered.get(first + at + 1).cloned().flatten() == state
                            {
                                at += 1;
                            }
                            at
                        };
                        let first_state_end = state_end(org_at + 2);
                        let last_state = if run
                            .get(first_state_end + 1)
                            .is_some_and(|w| w.text == "and")
                            && first_state_end + 2 < run.len()
                            && is_state(first_state_end + 2)
                        {
                            state_end(first_state_end + 2)
                        } else {
                            first_state_end
                        };
                        let end = run[last_state].end;
                        (text[start..end].to_string(), end)
                    }
                    None if completed => {
                        let end = run[completed_end].end;
                        (format!("{name}{}", &text[run[org_at].end..end]), end)
                    }
                    // "the Supreme Court of the United Kingdom": a state
                    // after "of the" completes the name as well.
                    None if org_at + 1 == run.len() => {
                        let state_at = last + 3;
                        let of_the = words.get(last + 1).is_some_and(|w| w.text == "of")
                            && words.get(last + 2).is_some_and(|w| w.text == "the");
                        let state = covered
                            .get(state_at)
                            .cloned()
                            .flatten()
                            .filter(|(_, kind, demonym)| *kind == ActorKind::State && !demonym);
                        match state {
                            Some(state) if of_the => {
                                let mut state_end = state_at;
                                while covered
                                    .get(state_end + 1)
                                    .is_some_and(|next| next.as_ref() == Some(&state))
                                {
                                    state_end += 1;
                                }
                                let end = words[state_end].end;
                                (format!("{name}{}", &text[run[org_at].end..end]), end)
                            }
                            _ => (name, end),
                        }
                    }
                    None => (name, end),
                };
                found.push(NameMention {
                    start,
                    end,
                    found: Found::Organization { name },
                });
                if completed && completed_end + 1 < run.len() {
                    self.read_run(text, words, covered, first + completed_end + 1, last, found);
                }
                if of_state.is_some() || completed {
                    return;
                }
            }
            // A name may follow the body in the same run ("Ministry spokesman
            // …" breaks the run at the lower-case role, so this is rare).
            let rest_from = if holder_after {
                holder_from
            } else {
                org_at + 1
            };
            if rest_from < run.len() {
                self.read_run(text, words, covered, first + rest_from, last, found);
            }
            return;
        }
        // Leading titles, gazetteer words and sentence openers.
        // The name starts after the last title word, so that a portfolio
        // the list lacks ("Fisheries Minister") stays in the title.
        // The name is the longest stretch of name words that ends the run
        // ("Conservative MP Jane Roe" → "Jane Roe"; a regnal number may close
        // it), and everything before it is title and role.
        // "Theresa May", "Mrs May": a month beside a given name or a title,
        // with no number after it, is a surname.
        let beside_a_name = |offset: usize, word: &Token| {
            offset > 0
                && self.names_beside_a_name.contains(word.text)
                && (self.is_name_word(run[offset - 1].text) || self.is_title(run[offset - 1].text))
                && !text[word.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        };
        // "John Major", "Anna King": a title comes before a name, never
        // after one, so a title word that closes the run right after a
        // known given name is a surname.
        let title_as_surname = |offset: usize, word: &Token| {
            offset > 0
                && offset + 1 == run.len()
                && self.titles.contains(word.text)
                && !self.is_title(run[offset - 1].text)
                && self.gender_of_name(run[offset - 1].text) != Gender::Unknown
        };
        let is_part = |offset: usize, word: &Token| {
            if joined_to_title(first + offset) {
                return false;
            }
            let lower = word.text.to_lowercase();
            let syllable = offset > 0
                && word.text.chars().all(char::is_lowercase)
                && text[run[offset - 1].end..word.start] == *"-";
            // "BBC's Jane Roe": a possessive is no part of the name after it,
            // unless a body's word follows ("People's Party").
            let possessive = crate::text::is_possessive(word.text)
                && !run[offset + 1..]
                    .iter()
                    .any(|later| self.organization_words.contains(later.text));
            // "Bill Bodie": a given name that is also a common word is a
            // name before another name word.
            let given = offset + 1 < run.len() && self.given.contains(word.text);
            title_as_surname(offset, word) && covered[first + offset].is_none()
                || !possessive
                    && covered[first + offset].is_none()
                    && !self.roles.contains(&lower)
                    && !self.unnamed.contains(&lower)
                    && (syllable
                        || given
                        || self.is_name_word(word.text)
                        || beside_a_name(offset, word)
                        || self.particles.contains(word.text) && offset > 0)
        };
        let mut name_from = run.len();
        while name_from > 0 {
            let offset = name_from - 1;
            let word = &run[offset];
            let regnal = offset + 1 == run.len() && offset > 0 && is_roman(word.text);
            if is_part(offset, word) || regnal {
                name_from = offset;
            } else {
                break;
            }
        }
        // A particle cannot open a name.
        while name_from < run.len() && self.particles.contains(run[name_from].text) {
            name_from += 1;
        }
        if run.len() - name_from >= 3 && self.gender_of_name(run[name_from].text) == Gender::Unknown
        {
            // Both tests below are read only for a run this long, which few
            // are. "Senator from Minnesota Amy Roe": after a preposition, a place
            // before a given name is no part of the name, which opens at the
            // given name.
            // So in a title of several words: "Minister of Foreign Affairs Amy
            // Roe".
            let after_preposition = first > 0
                && matches!(words[first - 1].text, "from" | "of" | "for" | "in")
                || run[..name_from]
                    .iter()
                    .any(|word| matches!(word.text, "from" | "of" | "for"));
            // A known given name just before the last word opens the name
            // too after a body's name: "Air Force Communications Bill Roe"
            // names Bill Roe. Elsewhere it is a middle name ("Tomas Erik
            // Roe").
            let after_body = first > 0 && self.organization_words.contains(words[first - 1].text)
                || run[..run.len().saturating_sub(2)]
                    .iter()
                    .any(|word| self.organization_words.contains(word.text));
            let given = (name_from + 1..run.len() - 1).find(|&at| {
                !self.is_title(run[at].text) && self.gender_of_name(run[at].text) != Gender::Unknown
            });
            // "Jean-Pierre Roe": a given name after a hyphen ends a
            // compound given name and opens nothing.
            let hyphenated = |at: usize| text[run[at - 1].end..run[at].start] == *"-";
            if let Some(given) = given.filter(|&given| {
                after_preposition || after_body && given + 2 == run.len() && !hyphenated(given)
            }) {
                name_from = given;
            }
        }
        let titled = run[..name_from].iter().any(|w| self.is_title(w.text));
        let name = &run[name_from..];
        let role_words = self.roles_around(text, words, first, last, name_from);
        let title_words: Vec<&str> = run[..name_from].iter().map(|w| w.text).collect();
        let gender = self.gender_of(
            title_words
                .iter()
                .copied()
                .chain(role_words.iter().map(String::as_str))
                .chain(run.get(name_from).map(|word| word.text)),
        );
        if name.is_empty() {
            // "Atlas Health said", "Petrova Energy": a portfolio closing a
            // run after plain name words names a company by its trade, as
            // a portfolio title stands before a name, never after one.
            let opens = usize::from(run[0].text == "The");
            let (maker, trade) = run.split_at(run.len() - 1);
            let maker = maker.get(opens..).unwrap_or_default();
            if !maker.is_empty()
                && self.trade_portfolios.contains(trade[0].text)
                && maker.iter().enumerate().all(|(offset, word)| {
                    word.text.starts_with(char::is_uppercase)
                        && word.text.chars().all(char::is_alphabetic)
                        && !self.is_title(word.text)
                        && !self.not_names.contains(word.text)
                        && !self.roles.contains(&word.text.to_lowercase())
                        && covered[first + opens + offset].is_none()
                })
            {
                found.push(NameMention::body(text, maker[0].start, trade[0].end));
                return;
            }
            // "Major said", after "John Major" was named: a title word alone
            // is that person's surname when the text before wrote it as one.
            let word = &run[0];
            if run.len() == 1
                && self.titles.contains(word.text)
                && !(first > 0 && words[first - 1].text.eq_ignore_ascii_case("the"))
                && self.surname_written_before(text, word)
            {
                found.push(NameMention {
                    start: word.start,
                    end: word.end,
                    found: Found::Surname {
                        name: word.text.to_string(),
                        gender,
                        titled: false,
                        roles: role_words,
                    },
                });
                return;
            }
            // "the Prime Minister": a role written with capitals.
            let the = first > 0 && words[first - 1].text.eq_ignore_ascii_case("the")
                || run[0].text == "The";
            let last_word = run[run.len() - 1].text;
            // "The Coastal League's spokesman": an owner inside the run is a
            // body of its own, whose voice the subject rules read.
            let owned = run[..run.len() - 1]
                .iter()
                .any(|w| crate::text::is_possessive(w.text));
            if the
                && titled
                && !owned
                && (self.is_role(last_word) || self.titles.contains(last_word))
            {
                let start = if run[0].text == "The" {
                    run[0].start
                } else {
                    words[first - 1].start
                };
                let words: Vec<String> = run
                    .iter()
                    .filter(|w| w.text != "The")
                    .map(|w| w.text.to_lowercase())
                    .collect();
                found.push(NameMention {
                    start,
                    end: run[run.len() - 1].end,
                    found: Found::Role { words },
                });
            }
            return;
        }
        if !name.iter().enumerate().all(|(offset, w)| {
            self.is_name_word(w.text)
                || offset + 1 < name.len() && self.given.contains(w.text)
                || beside_a_name(name_from + offset, w)
                || title_as_surname(name_from + offset, w)
                || self.particles.contains(w.text)
                // "Man-kei": a syllable after a hyphen, as the run found it.
                || offset > 0 && text[name[offset - 1].end..w.start] == *"-"
                // A regnal number closes a name: "Elizabeth II".
                || offset + 1 == name.len() && offset > 0 && is_roman(w.text)
        }) || name.iter().any(|w| {
            covered[first + name_from..=last]
                .iter()
                .any(|c| c.is_some())
                && w.text.is_empty()
        }) {
            return;
        }
        // Names covered by the gazetteer ("United States") are entities.
        if (first + name_from..=last).any(|i| covered[i].is_some()) {
            return;
        }
        // "Analysts", "Officials", "Prosecutors" opening a sentence are
        // descriptions: unnamed people, roles, or roles in the plural.
        if name.len() == 1 {
            let lower = name[0].text.to_lowercase();
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            if self.unnamed.contains(&lower)
                || self.roles.contains(&lower)
                || self.roles.contains(singular)
            {
                return;
            }
        }
        // "the Normandy Four format", "a Camp David summit": capitals after
        // an article with no title name a thing, not a person.
        let after_article = first
            .checked_sub(1)
            .and_then(|before| words.get(before))
            .is_some_and(|before| matches!(before.text, "the" | "a" | "an"))
            && name_from == 0;
        // "The Kestrel party said", "the Charité hospital": one name word
        // after "the" that a body's own noun or a kind of body follows
        // names that body.
        let own_noun_after = words.get(last + 1).is_some_and(|next| {
            text[words[last].end..next.start] == *" "
                && (self
                    .own_nouns
                    .iter()
                    .any(|noun| noun.split(' ').next() == Some(next.text))
                    || self.generic_body_nouns.contains(next.text))
        });
        // "The" opening the sentence is part of the run.
        let the_opening = name_from == 1 && run[0].text == "The";
        if (after_article || the_opening)
            && name.len() == 1
            && !titled
            && role_words.iter().all(|word| word == "the")
            && own_noun_after
        {
            found.push(NameMention::body(text, name[0].start, name[0].end));
            return;
        }
        if after_article && !titled && role_words.is_empty() {
            return;
        }
        let start = name[0].start;
        let end = name[name.len() - 1].end;
        let written = text[start..end].to_string();
        // "retailer Vestra and …", "the carmaker Holm said": a name that a
        // kind of body introduces, with no title or given name, is a body
        // of that kind, though it has no organization word of its own.
        let body_kind_before = first
            .checked_sub(1)
            .filter(|&before| text[words[before].end..words[first].start] == *" ")
            .is_some_and(|before| self.generic_body_nouns.contains(words[before].text));
        // The whole run is the name, words that cannot open a person's name
        // included: "the climate group Last Harvest".
        if body_kind_before
            && !titled
            && run
                .iter()
                .all(|word| !self.roles.contains(&word.text.to_lowercase()))
            && !self.given.contains(run[0].text)
        {
            found.push(NameMention::body(text, run[0].start, end));
            return;
        }
        // "Mohammed bin Abdulrahman Al Thani": particles do not count
        // towards a name's length.
        let length = name
            .iter()
            .filter(|w| !self.particles.contains(w.text) && w.text != "Al")
            .count()
            .max(1);
        let real_title = titled
            || role_words.iter().any(|word| {
                self.is_role(word)
                    || self.is_title_in_any_case(word)
                    || self.rank_words.contains(word)
                    || self.abbreviated_roles.values().any(|role| role == word)
            });
        // "NBC News", "Last Harvest": capitalised words that cannot open a
        // person's name, and are no title, before one name word make the
        // whole run a body's name. A possessive before the word owns it
        // ("Kenya's Odinga" is Odinga of Kenya).
        if length == 1
            && name.len() == 1
            && name_from > 0
            && !real_title
            && run[..name_from].iter().enumerate().all(|(offset, word)| {
                let lower = word.text.to_lowercase();
                word.text.starts_with(char::is_uppercase)
                    && !lower.ends_with("'s")
                    && !lower.ends_with("’s")
                    && covered[first + offset].is_none()
                    && !self.not_names.contains(word.text)
                    && !self.determiners.contains(&lower)
                    && !matches!(
                        lower.as_str(),
                        "in" | "on"
                            | "at"
                            | "but"
                            | "and"
                            | "or"
                            | "as"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "to"
                            | "of"
                            | "after"
                            | "before"
                            | "when"
                            | "while"
                            | "if"
                            | "so"
                            | "yet"
                            | "then"
                            | "since"
                            | "under"
                    )
            })
        {
            found.push(NameMention::body(text, run[0].start, end));
            return;
        }
        match length {
            1 if name.len() == 1 => found.push(NameMention {
                start,
                end,
                found: Found::Surname {
                    name: written,
                    gender,
                    // Only a title or a role makes one word a person's name:
                    // "the Gulf Dispatch" or "Last Harvest" has neither.
                    titled: real_title,
                    roles: role_words,
                },
            }),
            // "Al Thani": one name word with a particle is a full name.
            1..=4 => found.push(NameMention {
                start,
                end,
                found: Found::Person {
                    name: written,
                    roles: role_words,
                    gender,
                },
            }),
            _ => {}
        }
    }

    /// Whether `word`, a title, stands earlier in `text` as a surname: right
    /// after a known given name and closing the name ("John Major").
    fn surname_written_before(&self, text: &str, word: &Token) -> bool {
        text[..word.start].match_indices(word.text).any(|(at, _)| {
            let end = at + word.text.len();
            let closes = !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
            let given = text[..at]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit(|c: char| !c.is_alphabetic()).next())
                .is_some_and(|before| self.gender_of_name(before) != Gender::Unknown);
            closes && given
        })
    }

    /// The role words of a name: titles in its run, role nouns just before
    /// it, and an appositive after it ("Jane Roe, the bank's chief, said").
    fn roles_around(
        &self,
        text: &str,
        words: &[Token],
        first: usize,
        last: usize,
        name_from: usize,
    ) -> Vec<String> {
        let mut roles: Vec<String> = words[first..first + name_from]
            .iter()
            .map(|w| match self.abbreviated_roles.get(w.text) {
                Some(role) => role.clone(),
                None => w.text.to_lowercase(),
            })
            .collect();
        let mut at = first;
        while at > 0 && first - at < 4 {
            let gap = &text[words[at - 1].end..words[at].start];
            if !matches!(gap, " " | "-") {
                break;
            }
            let word = words[at - 1].text.to_lowercase();
            if self.is_role(&word)
                || self.titles.contains(words[at - 1].text)
                || self.rank_words.contains(&word)
            {
                roles.push(word);
                at -= 1;
            } else {
                break;
            }
        }
        // "NATO chief X": the body's initials before a lower-case office
        // tie the office to the body, as a capitalised title run does
        // ("NATO Secretary General X"), for a later "the NATO secretary
        // general".
        if at < first && at > 0 && text[words[at - 1].end..words[at].start] == *" " {
            let initials = words[at - 1].text;
            if initials.chars().count() >= 2
                && initials.chars().all(|c| c.is_uppercase() || c == '.')
            {
                roles.push(initials.to_lowercase());
            }
        }
        // A title set off by a comma before the name: "The Prime Minister,
        // Jane Roe, said".
        if first >= 1 && text[..words[first].start].ends_with(", ") {
            let mut at = first;
            while at > 0 && first - at < 4 {
                let word = &words[at - 1];
                let lower = word.text.to_lowercase();
                let joined = at == first || matches!(&text[word.end..words[at].start], " " | "-");
                if joined
                    && (self.is_role(&lower)
                        || self.titles.contains(word.text)
                        || self.rank_words.contains(&lower))
                {
                    roles.push(lower);
                    at -= 1;
                } else {
                    break;
                }
            }
            // "The head of the Atomic Agency, Jane Roe, said": the office
            // of a body named before the comma is hers, for a later "the
            // agency chief".
            let body_word = |word: &Token| {
                word.text.starts_with(char::is_uppercase)
                    || matches!(word.text, "the" | "of" | "and" | "for")
            };
            let of = (first.saturating_sub(8)..first)
                .rev()
                .take_while(|&at| body_word(&words[at]))
                .find(|&at| words[at].text == "of");
            if let Some(of) = of.filter(|&of| of > 0) {
                let role = &words[of - 1];
                let named_body = words[of + 1..first]
                    .iter()
                    .any(|word| word.text.starts_with(char::is_uppercase));
                let lower = role.text.to_lowercase();
                if named_body && text[role.end..words[of].start] == *" " && self.is_role(&lower) {
                    roles.push(lower);
                }
            }
        }
        // An appositive set off by commas after the name.
        if text[words[last].end..].starts_with(", ") {
            for (offset, word) in words[last + 1..].iter().take(8).enumerate() {
                if text[words[last].end..word.start].matches(',').count() > 1 {
                    break;
                }
                let lower = word.text.to_lowercase();
                // "X, a spokesman for the president,", "an adviser to the
                // prime minister": an office after these is another
                // person's, whom a later "the president" means.
                if matches!(lower.as_str(), "for" | "to" | "of") {
                    break;
                }
                // "X, a former president of Chile,": the office is past.
                // "X, the managing director,": a title's word before the
                // role is part of it, as a later "the managing director"
                // names it.
                let role_word =
                    self.is_role(&lower) || self.rank_words.contains(&lower) || lower == PAST_ROLE;
                let title_word = self.is_title_in_any_case(&lower)
                    && words
                        .get(last + 2 + offset)
                        .is_some_and(|next| self.is_role(&next.text.to_lowercase()));
                if role_word || title_word {
                    roles.push(lower);
                }
            }
        }
        roles
    }

    /// Lower-case descriptions: "the spokeswoman", "the foreign minister"
    /// (a role to resolve) and "a senior official", "analysts" (nobody named).
    fn find_descriptions(&self, text: &str, words: &[Token], found: &mut Vec<NameMention>) {
        for (index, word) in words.iter().enumerate() {
            let lower = word.text.to_lowercase();
            let is_the = lower == "the";
            let opens_unnamed = self.unnamed_openings.contains(&lower);
            if !(is_the || opens_unnamed || self.unnamed.contains(&lower)) {
                continue;
            }
            if found
                .iter()
                .any(|m| m.start <= word.start && word.start < m.end)
            {
                continue;
            }
            // "the ministry said": a body named before, by its organization
            // word in lower case.
            // Up to two modifiers may stand before the word: "the main
            // rebel coalition".
            if is_the {
                let mut body_word = None;
                for offset in 1..=3 {
                    let Some(next) = words.get(index + offset) else {
                        break;
                    };
                    // "the league's spokesman": the body owns what follows,
                    // and the mention ends before its possessive.
                    let bare = crate::text::strip_possessive(next.text);
                    let owned = bare.is_some();
                    let bare = bare.unwrap_or(next.text);
                    // "the German company": a demonym may qualify a
                    // generic noun for a body named before.
                    let demonym_before_body = !owned
                        && bare.starts_with(char::is_uppercase)
                        && !self.states_in(bare).is_empty()
                        && words.get(index + offset + 1).is_some_and(|noun| {
                            &text[next.end..noun.start] == " "
                                && self.generic_body_nouns.contains(noun.text)
                        });
                    if demonym_before_body {
                        continue;
                    }
                    if &text[words[index + offset - 1].end..next.start] != " "
                        || bare.is_empty()
                        || !bare.chars().all(|c| c.is_lowercase() || c == '-')
                    {
                        break;
                    }
                    let capitalised = capitalise(bare);
                    // "the broadcaster X" names the body right there.
                    let named_next = !owned
                        && words.get(index + offset + 1).is_some_and(|w| {
                            &text[next.end..w.start] == " "
                                && w.text.starts_with(char::is_uppercase)
                        });
                    if self.organization_words.contains(&capitalised)
                        || (self.generic_body_nouns.contains(bare)
                            || self.described_sides.contains(bare)
                            || self.state_nouns.contains(bare))
                            && !named_next
                    {
                        body_word = Some((next.start + bare.len(), capitalised));
                        break;
                    }
                    if owned {
                        break;
                    }
                    if !is_modifier(next.text) {
                        break;
                    }
                }
                // "the commission president", "the party leader": a role
                // after the body's word is a person of that body.
                // "The agency's chief said": the body's head is the person
                // known to hold the office, and the body itself when none
                // is; its other voices ("the agency's spokesman") speak for
                // the body, as the subject rules read them.
                let role_after = body_word.as_ref().and_then(|(end, _)| {
                    let role = words.iter().find(|w| w.start > *end)?;
                    let lowered = role.text.to_lowercase();
                    let gap = &text[*end..role.start];
                    let heads = self.role_kinds.get("head");
                    let owned = matches!(gap, "'s " | "’s ")
                        && (!self.is_voice(&lowered)
                            || heads.is_some_and(|heads| heads.contains(&lowered)));
                    ((gap == " " || owned)
                        && role.text.chars().all(char::is_lowercase)
                        && self.roles.contains(&lowered))
                    .then_some(role)
                });
                if let Some(role) = role_after {
                    let role_words = words
                        .iter()
                        .filter(|w| w.start > word.start && w.end <= role.end)
                        .map(|w| {
                            let lowered = w.text.to_lowercase();
                            crate::text::strip_possessive(&lowered)
                                .unwrap_or(&lowered)
                                .to_string()
                        })
                        .collect();
                    found.push(NameMention {
                        start: word.start,
                        end: role.end,
                        found: Found::Role { words: role_words },
                    });
                    continue;
                }
                if let Some((end, capitalised)) = body_word {
                    found.push(NameMention {
                        start: word.start,
                        end,
                        found: Found::BodyRef { word: capitalised },
                    });
                    continue;
                }
            }
            // "a company spokeswoman said", "a ministry spokesman": the
            // voice of a body named before by its word, as "the company's
            // spokeswoman" would be.
            // "Ivo Kessler, a government spokesman, said": set off after a
            // name, the phrase describes that person, who speaks.
            let describes_the_name_before = index > 0
                && text[words[index - 1].end..word.start].trim() == ","
                && words[index - 1].text.starts_with(char::is_uppercase);
            if matches!(lower.as_str(), "a" | "an") && !describes_the_name_before {
                let body_voice =
                    words
                        .get(index + 1)
                        .zip(words.get(index + 2))
                        .filter(|(body, voice)| {
                            let body_lower = body.text.to_lowercase();
                            &text[word.end..body.start] == " "
                                && &text[body.end..voice.start] == " "
                                && body.text.chars().all(char::is_lowercase)
                                && (self.generic_body_nouns.contains(&body_lower)
                                    || self.organization_words.contains(&capitalise(&body_lower)))
                                && self.speaks_for_body(voice.text)
                        });
                if let Some((body, voice)) = body_voice {
                    found.push(NameMention {
                        start: word.start,
                        end: voice.end,
                        found: Found::BodyRef {
                            word: capitalise(body.text),
                        },
                    });
                    continue;
                }
            }
            if !is_the && !opens_unnamed {
                // A bare plural opening a clause: "Analysts say", "Officials said".
                let opens_clause = index == 0
                    || matches!(
                        text[words[index - 1].end..word.start].trim(),
                        "," | ";" | "—" | "–"
                    );
                let plural = lower.ends_with('s');
                let next_is_name = words
                    .get(index + 1)
                    .is_some_and(|w| self.is_name_word(w.text));
                if opens_clause && plural && !next_is_name {
                    found.push(NameMention {
                        start: word.start,
                        end: word.end,
                        found: Found::Unnamed,
                    });
                }
                continue;
            }
            // Up to four words to the head noun, in lower case or demonyms,
            // with no punctuation between.
            let mut head = None;
            for offset in 1..=4 {
                let Some(next) = words.get(index + offset) else {
                    break;
                };
                let gap = &text[words[index + offset - 1].end..next.start];
                // "the top U.S. diplomat": an abbreviation's stop joins too.
                let abbreviation = gap == ". " && words[index + offset - 1].text.contains('.');
                if !matches!(gap, " " | "-" | "’s " | "'s ") && !abbreviation {
                    break;
                }
                // "the Coastal League's spokesman": a named owner is a
                // mention of its own, whose voice the subject rules read;
                // only a common noun ("the country's president") stays in
                // the description.
                let previous = words[index + offset - 1].text;
                let owner = matches!(gap, "’s " | "'s ")
                    || previous.ends_with("’s")
                    || previous.ends_with("'s");
                if owner && offset > 1 && previous.starts_with(char::is_uppercase) {
                    break;
                }
                let next_lower = next.text.to_lowercase();
                let noun = if is_the {
                    self.is_role(&next_lower)
                } else {
                    self.unnamed.contains(&next_lower)
                };
                // "The party says its candidate …": a verb or a determiner
                // ends the description before any role noun after it.
                // Participles and adverbs ("a retired teacher", "a newly
                // elected mayor") stay in it.
                // "the managing director": after "the", a participle in
                // "-ing" modifies the role too.
                let participle = is_the && next_lower.ends_with("ing") && next_lower.len() > 5;
                let stop_word = !(is_modifier(&next_lower)
                    || next_lower.ends_with("ed")
                    || next_lower.ends_with("ly")
                    || participle);
                if !noun && (stop_word || self.is_determiner(&next_lower)) {
                    break;
                }
                if noun {
                    head = Some(index + offset);
                    // "the secretary-general": keep going over a hyphenated
                    // role, and over a role of two words ("the chief
                    // executive", "the general secretary").
                    let joined = words.get(index + offset + 1).is_some_and(|w| {
                        let gap = &text[next.end..w.start];
                        gap == "-"
                            || is_the
                                && gap == " "
                                && w.text.chars().all(char::is_lowercase)
                                && self.is_role(w.text)
                    });
                    if !joined {
                        break;
                    }
                }
            }
            let Some(head) = head else { continue };
            // A title before a name ("the foreign minister Jane Roe") is the
            // name's, found by the runs.
            if words.get(head + 1).is_some_and(|w| {
                self.is_name_word(w.text) && &text[words[head].end..w.start] == " "
            }) {
                continue;
            }
            // "the head of the delegation": a role of a body, not a person's.
            if is_the
                && words.get(head + 1).is_some_and(|w| w.text == "of")
                && words.get(head + 2).is_some_and(|w| w.text == "the")
            {
                continue;
            }
            // "the President of Russia": the place or body after "of" is part
            // of the role ("of" and the words after it, up to two).
            let mut end = head;
            // "The speaker for Brazil": a voice takes "for" as a role takes
            // "of".
            let voice_for = words.get(head + 1).is_some_and(|w| w.text == "for")
                && self.is_voice(&words[head].text.to_lowercase());
            if is_the && (words.get(head + 1).is_some_and(|w| w.text == "of") || voice_for) {
                let mut at = head + 2;
                while at < words.len()
                    && at <= head + 3
                    && words[at]
                        .text
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                    && matches!(&text[words[at - 1].end..words[at].start], " ")
                {
                    end = at;
                    at += 1;
                }
                // "the special envoy for Yemen Hans Grundberg": a name after
                // the place makes the whole a title before that name, which
                // the runs find.
                let first = head + 2;
                if end >= first && self.name_follows_place(text, words, first) {
                    continue;
                }
            }
            if !is_the {
                if let Some((name, name_end)) = self.given_name_after(text, words, end) {
                    found.push(NameMention {
                        start: word.start,
                        end: name_end,
                        found: Found::Person {
                            name,
                            roles: Vec::new(),
                            gender: Gender::Unknown,
                        },
                    });
                    continue;
                }
            }
            let mention = if is_the {
                Found::Role {
                    words: words[index + 1..=end]
                        .iter()
                        .map(|w| w.text.to_lowercase())
                        .collect(),
                }
            } else {
                Found::Unnamed
            };
            found.push(NameMention {
                start: word.start,
                end: words[end].end,
                found: mention,
            });
        }
    }
}

impl NameRules {
    /// Whether the capitalised words from `first` are a state followed by
    /// more capitalised words: "Yemen Hans Grundberg" after "the envoy for".
    fn name_follows_place(&self, text: &str, words: &[Token], first: usize) -> bool {
        let mut run = first;
        while words.get(run + 1).is_some_and(|w| {
            w.text.starts_with(char::is_uppercase) && &text[words[run].end..w.start] == " "
        }) {
            run += 1;
        }
        (first..run.min(first + 3)).any(|last| {
            !self
                .states_in(&text[words[first].start..words[last].end])
                .is_empty()
        })
    }
}

/// Whether a lower-case word may qualify a noun after it: no function word
/// and no verb in the past tense ("the talks said", "the deal agreed").
pub(crate) fn is_modifier(word: &str) -> bool {
    let hyphenated = word.contains('-');
    !matches!(
        word,
        "of" | "by"
            | "for"
            | "in"
            | "on"
            | "to"
            | "with"
            | "and"
            | "or"
            | "that"
            | "which"
            | "who"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "said"
            | "says"
            | "not"
            | "from"
            | "at"
            | "as"
    ) && (hyphenated || !word.ends_with("ed"))
        && !word.ends_with("ly")
}

/// A name with the diacritics of Latin letters taken off, so that one
/// person spelled two ways in one article ("Erdoğan", "Erdogan") is one.
/// Only the letters news names carry are mapped; a full Unicode
/// decomposition would bring tables the browser build does not need.
pub(crate) fn fold_diacritics(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ď' | 'đ' => 'd',
            'Ď' | 'Đ' => 'D',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
            'ł' => 'l',
            'Ł' => 'L',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ř' => 'r',
            'Ř' => 'R',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
            'ť' | 'ţ' | 'ț' => 't',
            'Ť' | 'Ţ' | 'Ț' => 'T',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            other => other,
        })
        .collect()
}

/// A word with its first letter in upper case: "ministry" → "Ministry".
/// Whether `word` is a lower-case description word ("rebel",
/// "Saudi-backed" aside, "nation’s"): only lower-case letters, hyphens and
/// apostrophes. Titles and descriptions before or beside a name are made of
/// such words, while a name is not.
pub(crate) fn is_description_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
}

/// An Arabic surname capitalised at a sentence's start with its article
/// in lower case, as news writes it inside a sentence: "Al-Nuaimi" is the
/// "al-Nuaimi" named before. `None` for a name without such an article.
fn article_lowered(name: &str) -> Option<String> {
    ["Al-", "El-"].iter().find_map(|article| {
        let rest = name.strip_prefix(article)?;
        Some(format!("{}{rest}", article.to_lowercase()))
    })
}

/// "PAVEL ORLOV (Norland) said": meetings coverage of the UN writes a
/// delegate's name in capitals with the delegation in brackets after it.
/// The name is a person's, written in title case, and it replaces whatever
/// the other finders made of the capitals. A dateline ("NEW YORK (Reuters)
/// —") is told apart by what follows the bracket: a dash there, where a
/// delegate's bracket goes on with a comma or a verb.
fn find_delegates(
    text: &str,
    words: &[Token],
    gender_of: impl Fn(&str) -> Gender,
    found: &mut Vec<NameMention>,
) {
    let in_capitals = |word: &Token| {
        word.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && word
                .text
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’'))
    };
    let mut index = 0;
    while index < words.len() {
        if !in_capitals(&words[index]) {
            index += 1;
            continue;
        }
        let mut last = index;
        while words.get(last + 1).is_some_and(|next| {
            in_capitals(next) && matches!(&text[words[last].end..next.start], " " | "-")
        }) {
            last += 1;
        }
        let (start, end) = (words[index].start, words[last].end);
        let count = last + 1 - index;
        index = last + 1;
        let Some(bracket) = text[end..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = bracket.find(')').filter(|&close| close < 60) else {
            continue;
        };
        let after = &bracket[close + 1..];
        let goes_on = after.starts_with(',')
            || after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase));
        if !(2..=5).contains(&count) || !bracket.starts_with(char::is_uppercase) || !goes_on {
            continue;
        }
        let name = title_case(&text[start..end]);
        found.retain(|mention| mention.end <= start || mention.start >= end);
        found.push(NameMention {
            start,
            end,
            found: Found::Person {
                gender: gender_of(&name),
                name,
                roles: Vec::new(),
            },
        });
    }
}

/// "THOMAS-GREENFIELD" → "Thomas-Greenfield", "O'BRIEN" → "O'Brien": a
/// letter after a space, hyphen or apostrophe opens a word part.
fn title_case(name: &str) -> String {
    let mut previous_letter = false;
    name.chars()
        .map(|c| {
            let shown = if previous_letter {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                c
            };
            previous_letter = c.is_alphabetic();
            shown
        })
        .collect()
}

/// Every word with its first letter in capitals, as a title before a name
/// is written ("the french president" gives "The French President"), so
/// that the gazetteer finds the demonyms in a description.
pub(crate) fn capitalise_words<'w>(words: impl IntoIterator<Item = &'w str>) -> String {
    words
        .into_iter()
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A regnal number: "II", "IV", "XVI".
fn is_roman(word: &str) -> bool {
    word.len() <= 5 && !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// A person the article has named in full, for tying later surnames, titles
/// and roles to them.
#[derive(Clone, Debug)]
pub struct Person {
    pub name: String,
    pub surname: String,
    pub roles: Vec<String>,
    pub gender: Gender,
    /// Where the full name first stands.
    pub first: usize,
    /// Every offset where the person is mentioned, in text order.
    pub seen: Vec<usize>,
    /// The states the text ties the person to by a title ("Japanese Prime
    /// Minister X", "Japan's prime minister, X") or the registry by an
    /// affiliation: "the Japanese leader" can only be one of them.
    pub places: Vec<String>,
    /// The age the text gives beside the name ("X, 45, said"), which a later
    /// "the 45-year-old" means.
    pub age: Option<u16>,
    /// The name's forms a later full name is compared with, made once:
    /// without diacritics, and without middle initials as well.
    folded: String,
    without_initials: String,
}

/// The people one article names, in order of first mention.
#[derive(Clone, Debug, Default)]
pub struct People {
    pub people: Vec<Person>,
    by_surname: HashMap<String, Vec<usize>>,
    /// The first word of each two-word name, and of three short words, for
    /// names written family name first ("Zhao Lijian", later "Zhao"; "Choe
    /// Son Hui", later "Choe"), looked up when no surname fits.
    by_first_word: HashMap<String, Vec<usize>>,
    /// Acronyms the article spells out: "Syrian Democratic Forces (SDF)".
    acronyms: HashMap<String, String>,
    /// Bodies named in full, with where: a shorter name after them may be
    /// the same body ("the Observatory").
    bodies: Vec<(String, usize)>,
    /// Bodies an apposition describes ("X, a coalition of …", "the
    /// coalition known as X"), as (the description's noun, the body, where):
    /// a later "the coalition" is that body.
    described: Vec<(String, String, usize)>,
    /// Where registered bodies are named by a proper name rather than a
    /// description ("NATO", not "the alliance"), as (actor, position).
    registered_names: Vec<(usize, usize)>,
    /// Every organisation named, with where, for a later generic noun
    /// ("the agency").
    organizations: Vec<(String, usize)>,
    /// Where organisations were named as the subject opening a sentence.
    subject_organizations: Vec<usize>,
    /// Organisations the gazetteer or the registry knows, by the words the
    /// article spelled them with, as (spelling, name, where): "the fund"
    /// after "the International Monetary Fund" is the IMF.
    organization_spellings: Vec<(String, String, usize)>,
    /// Every state named, with where, and where states were named as the
    /// subject opening a sentence.
    states: Vec<(String, usize)>,
    subject_states: Vec<usize>,
    /// Where people were first named in full as the subject opening a
    /// sentence.
    subject_people: Vec<usize>,
    /// People a text leaves unnamed, by the head noun of their description
    /// ("a senior official"), with where.
    unnamed: Vec<(String, usize)>,
    /// The bodies and organisations above by the initials of their
    /// capitalised words, as (full name, where, whether a body), in the
    /// order noted: an acronym is looked up, not matched against every name.
    by_initials: HashMap<String, Vec<(String, usize, bool)>>,
}

/// Role words with the parts of a compound office joined again where
/// `kinds` lists the compound ("secretary", "general" →
/// "secretary-general"), so that it is looked up as one office.
fn join_compound_roles(words: Vec<String>, kinds: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        if let Some(last) = joined.last_mut() {
            let compound = format!("{last}-{word}");
            if kinds.contains_key(&compound) {
                *last = compound;
                continue;
            }
        }
        joined.push(word);
    }
    joined
}

/// Whether a token is initials joined by stops ("P.J", "J.R.R"): one token
/// by the word-break rules, which join letters across a stop.
fn is_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// The initials of a name's capitalised words, skipping "of", "for", "the"
/// and the like: "Movement for Democratic Change" gives "MDC". A name of
/// one word gives no initials worth matching.
fn initials(name: &str) -> String {
    let capitalised: Vec<&str> = name
        .split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if capitalised.len() < 2 {
        return String::new();
    }
    capitalised
        .iter()
        .filter_map(|word| word.chars().next())
        .collect()
}

/// How far back, in bytes, a mention counts as recent for resolving a role:
/// about two sentences of news prose.
const RECENT_BYTES: usize = 250;

/// How far ahead, in bytes, a lead's unnamed office may find its holder's
/// name: the rest of its sentence and the next one.
const CATAPHORA_BYTES: usize = 400;

impl People {
    /// Adds or updates a person named in full at `at`.
    pub fn learn(&mut self, name: &str, roles: &[String], gender: Gender, at: usize) {
        let folded = fold_diacritics(name);
        // "Bagheri Kani" after "Ali Bagheri Kani": a two-word surname is
        // the person named in full before, not somebody new.
        let ending = format!(" {folded}");
        let opens_with_particle = folded.split(' ').count() >= 2
            && folded
                .split(' ')
                .next()
                .is_some_and(|first| rules().particles.contains(first.to_lowercase().as_str()));
        // "John Bolton" after "John R. Bolton": the same given name and
        // surname with the middle initials left out.
        let without_initials = |name: &str| -> String {
            name.split([' ', '\u{a0}'])
                .filter(|word| {
                    let letters = word.trim_end_matches('.');
                    !(letters.chars().count() == 1 && letters.chars().all(char::is_uppercase))
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let bare = without_initials(&folded);
        // "Robert Gabriel Mugabe" after "Robert Mugabe": the same given
        // name and surname with a middle name added.
        fn ends(name: &str) -> Option<(&str, &str)> {
            let mut words = name.split([' ', '\u{a0}']);
            let first = words.next()?;
            words.next_back().map(|last| (first, last))
        }
        let folded_ends = ends(&folded);
        let folded_words = folded.split([' ', '\u{a0}']).count();
        if let Some(existing) = self.people.iter_mut().find(|p| {
            let known = p.folded.as_str();
            let middle_added = p.first < at
                && folded_ends.is_some()
                && ends(known) == folded_ends
                && folded_words > known.split([' ', '\u{a0}']).count();
            middle_added
                || known == folded
                || (p.first < at && known.ends_with(&ending))
                // "Van der Berg" opening a sentence after "Anna van der Berg".
                || (p.first < at
                    && opens_with_particle
                    && known.to_lowercase().ends_with(&ending.to_lowercase()))
                || (p.first < at && bare.contains(' ') && p.without_initials == bare)
        }) {
            existing.seen.push(at);
            // A headline may drop the diacritics its body writes ("Jaroslaw"
            // then "Jarosław"): the fuller spelling is the person's name.
            let marks = |name: &str| name.chars().filter(|c| !c.is_ascii()).count();
            if fold_diacritics(&existing.name) == folded && marks(name) > marks(&existing.name) {
                existing.name = name.to_string();
            }
            for role in roles {
                if !existing.roles.contains(role) {
                    existing.roles.push(role.clone());
                }
            }
            if existing.gender == Gender::Unknown {
                existing.gender = gender;
            }
            return;
        }
        let surname = name
            .rsplit([' ', '\u{a0}'])
            .next()
            .unwrap_or(name)
            .to_string();
        self.by_surname
            .entry(fold_diacritics(&surname))
            .or_default()
            .push(self.people.len());
        let words: Vec<&str> = name.split([' ', '\u{a0}']).collect();
        // "Choe Son Hui", "Kim Jong Un": a family name before a given name
        // of two short syllables is the first word too.
        let short_syllables = |rest: &[&str]| {
            rest.iter()
                .all(|word| word.chars().count() <= 4 && !word.ends_with('.'))
        };
        // A place after the first word makes a body's branch ("Vestra
        // Polska"), no person's name.
        let family_first = match words[..] {
            [_, place] if rules().names_a_place(place) => None,
            [first, _] => Some(first),
            [first, second, third] if short_syllables(&[first, second, third]) => Some(first),
            _ => None,
        };
        if let Some(first) = family_first {
            self.by_first_word
                .entry(fold_diacritics(first))
                .or_default()
                .push(self.people.len());
        }
        self.people.push(Person {
            name: name.to_string(),
            surname,
            roles: roles.to_vec(),
            gender,
            first: at,
            seen: vec![at],
            places: Vec::new(),
            age: None,
            folded,
            without_initials: bare,
        });
    }

    /// The age the text gives the person named `name` in full.
    pub fn learn_age(&mut self, name: &str, age: u16) {
        if let Some(person) = self.people.iter_mut().find(|person| person.name == name) {
            person.age = Some(age);
        }
    }

    /// The one person named before `at` whose age the text gave as `age`.
    pub fn by_age(&self, age: u16, at: usize) -> Option<usize> {
        let mut found = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, person)| person.first < at && person.age == Some(age));
        let (index, _) = found.next()?;
        found.next().is_none().then_some(index)
    }

    /// Ties the person named `name` in full to a state.
    pub fn learn_place(&mut self, name: &str, place: &str) {
        if let Some(person) = self.people.iter_mut().find(|person| person.name == name) {
            if !person.places.iter().any(|known| known == place) {
                person.places.push(place.to_string());
            }
        }
    }

    /// The gender the text tells of the person named `name` in full, if
    /// any.
    pub fn gender_of(&self, name: &str) -> Gender {
        self.people
            .iter()
            .find(|person| person.name == name)
            .map_or(Gender::Unknown, |person| person.gender)
    }

    /// The first state the text ties the person named `name` in full to,
    /// if any.
    pub fn place_of(&self, name: &str) -> Option<&str> {
        self.people
            .iter()
            .find(|person| person.name == name)
            .and_then(|person| person.places.first())
            .map(String::as_str)
    }

    /// Remembers a one-word name the text gives a known person ("known as
    /// Hemedti"), found later as a surname is.
    pub fn learn_alias(&mut self, alias: &str, name: &str) {
        if let Some(index) = self.people.iter().position(|person| person.name == name) {
            let entry = self.by_surname.entry(fold_diacritics(alias)).or_default();
            if !entry.contains(&index) {
                entry.push(index);
            }
        }
    }

    /// The full name of the person named before `at` whose name ends with
    /// the words of `name` ("Ali Bagheri Kani" for "Bagheri Kani").
    pub fn full_name_ending_with(&self, name: &str, at: usize) -> Option<&str> {
        let folded = fold_diacritics(name);
        let folded = article_lowered(&folded).unwrap_or(folded);
        let ending = format!(" {folded}");
        let words: Vec<&str> = folded.split([' ', '\u{a0}']).collect();
        self.people
            .iter()
            .filter(|person| person.first < at)
            .find(|person| {
                let known = fold_diacritics(&person.name);
                let known_words: Vec<&str> = known.split([' ', '\u{a0}']).collect();
                // "Robert Gabriel Mugabe" after "Robert Mugabe": a middle
                // name added to the name given first.
                let middle_added = known_words.len() >= 2
                    && words.len() > known_words.len()
                    && words.first() == known_words.first()
                    && words.last() == known_words.last();
                // "Van der Berg" after "Anna van der Berg": a surname's
                // particles are capitalised when it opens a sentence.
                let particles_capitalised = || {
                    let lowered_particles = words.len() >= 2
                        && words[..words.len() - 1]
                            .iter()
                            .all(|word| rules().particles.contains(word.to_lowercase().as_str()));
                    lowered_particles && known.to_lowercase().ends_with(&ending.to_lowercase())
                };
                known.ends_with(&ending) || middle_added || particles_capitalised()
            })
            .map(|person| person.name.as_str())
    }

    /// Remembers that `acronym` stands for `name` in this article.
    pub fn learn_acronym(&mut self, acronym: &str, name: &str) {
        self.acronyms
            .entry(acronym.to_string())
            .or_insert_with(|| name.to_string());
    }

    /// Remembers a body named at `at`.
    pub fn learn_body(&mut self, name: &str, at: usize) {
        if name.contains(' ') && !self.bodies.iter().any(|(known, _)| known == name) {
            self.bodies.push((name.to_string(), at));
            self.note_initials(name, at, true);
        }
    }

    /// Remembers somebody unnamed ("a senior official") described at `at`
    /// by the head noun `noun`.
    pub fn learn_unnamed(&mut self, noun: &str, at: usize) {
        self.unnamed.push((noun.to_string(), at));
    }

    /// Notes that the person named in full at `at` opens the sentence.
    pub fn learn_subject_person(&mut self, at: usize) {
        self.subject_people.push(at);
    }

    /// Remembers a state named at `at`, and whether it opens its sentence
    /// as the subject.
    pub fn learn_state(&mut self, name: &str, at: usize, opens_sentence: bool) {
        self.states.push((name.to_string(), at));
        if opens_sentence {
            self.subject_states.push(at);
        }
    }

    /// The state a noun for a state ("the country") or for its government
    /// ("the government") at `at` means: the one named last before it, when
    /// that one opened a sentence as its subject just before. Further on, or after a state named in passing, "the
    /// country" may be any of those the article names.
    pub fn subject_state_before(&self, noun: &str, at: usize) -> Option<&str> {
        // "Nigeria closed its borders. The government said …": the
        // government of the state just before, as its subject, speaks.
        let lowered = noun.to_lowercase();
        let rules = rules();
        if !rules.state_nouns.contains(&lowered)
            && !rules.government_nouns.contains(&lowered)
            && !rules.subject_government_nouns.contains(&lowered)
        {
            return None;
        }
        subject_just_before(&self.states, &self.subject_states, at)
    }

    /// Remembers an organisation named at `at`, of any length of name, and
    /// whether it opens its sentence as the subject.
    pub fn learn_organization(&mut self, name: &str, at: usize, opens_sentence: bool) {
        self.organizations.push((name.to_string(), at));
        if opens_sentence {
            self.subject_organizations.push(at);
        }
        self.note_initials(name, at, false);
    }

    /// Remembers that an organisation the gazetteer or registry knows as
    /// `name` was spelled `spelling` at `at`.
    pub fn learn_organization_spelling(&mut self, spelling: &str, name: &str, at: usize) {
        if spelling.contains(' ') {
            self.organization_spellings
                .push((spelling.to_string(), name.to_string(), at));
        }
    }

    fn note_initials(&mut self, name: &str, at: usize, body: bool) {
        let initials = initials(name);
        if !initials.is_empty() {
            self.by_initials
                .entry(initials)
                .or_default()
                .push((name.to_string(), at, body));
        }
    }

    /// The organisation a generic noun ("the agency", "the network") at
    /// `at` means: the one the article has named most so far, the latest
    /// of those on a tie. A body the article keeps naming is its subject,
    /// which the short noun stands for more often than a body named in
    /// passing.
    pub fn latest_organization(&self, noun: &str, at: usize) -> Option<&str> {
        if !rules().generic_body_nouns.contains(&noun.to_lowercase()) {
            return None;
        }
        let named: Vec<&(String, usize)> = self
            .organizations
            .iter()
            .filter(|(_, first)| *first < at)
            .collect();
        // The body named last, as the subject opening a sentence just
        // before, is the one the next sentence goes on about: "The agency
        // urged …. The agency also warned …".
        if let Some(name) =
            subject_just_before(&self.organizations, &self.subject_organizations, at)
        {
            return Some(name);
        }
        named
            .iter()
            .map(|(name, last)| {
                let times = named.iter().filter(|(other, _)| other == name).count();
                (times, *last, name.as_str())
            })
            .max()
            .map(|(_, _, name)| name)
    }

    /// Remembers that the registered body `actor` is named at `at`.
    pub fn learn_registered_name(&mut self, actor: usize, at: usize) {
        self.registered_names.push((actor, at));
    }

    /// Whether the registered body `actor` was named before `at`.
    pub fn registered_named_before(&self, actor: usize, at: usize) -> bool {
        self.registered_names
            .iter()
            .any(|&(known, first)| known == actor && first < at)
    }

    /// Sets the gender of the person named `name` in full when the text has
    /// not told it yet; whether it did.
    pub fn learn_gender(&mut self, name: &str, gender: Gender) -> bool {
        match self.people.iter_mut().find(|person| person.name == name) {
            Some(person) if person.gender == Gender::Unknown => {
                person.gender = gender;
                true
            }
            _ => false,
        }
    }

    /// Whether a name is a person's the article names.
    pub fn is_person(&self, name: &str) -> bool {
        self.people.iter().any(|person| person.name == name)
    }

    /// The one fuller name the article gives for a short one, for naming
    /// an actor as the article gives it in full: "Wanda Vázquez" in a
    /// headline and "Wanda Vázquez Garced" in the body; "Rosselló" for
    /// "Ricardo Rosselló Nevares", whose first surname is the one used
    /// alone; "Ford" for "Ford Motor Company". A person's short name is
    /// looked up among people, then among bodies; so is a body's of one
    /// word, which a lone capitalised word may have been taken for. Two
    /// candidates leave the name as it is.
    pub fn fuller_name(&self, name: &str, kind: ActorKind) -> Option<String> {
        let folded = fold_diacritics(name);
        let prefix = format!("{folded} ");
        // The words a fuller name adds, by word count: the two may differ in
        // diacritics, so byte offsets of one do not fit the other.
        let added_names_a_state = |full: &str| {
            let added: Vec<&str> = full
                .split_whitespace()
                .skip(name.split_whitespace().count())
                .collect();
            rules().names_a_place(&added.join(" "))
        };
        let unique = |candidates: Vec<&str>| -> Option<String> {
            let mut candidates = candidates;
            candidates.sort_unstable();
            candidates.dedup();
            match candidates[..] {
                [only] => Some(only.to_string()),
                _ => None,
            }
        };
        let one_word = !folded.contains(' ');
        if kind == ActorKind::Person || kind == ActorKind::Organization && one_word {
            let people: Vec<&str> = self
                .people
                .iter()
                .map(|person| person.name.as_str())
                .filter(|full| {
                    let full_folded = fold_diacritics(full);
                    let words: Vec<&str> = full_folded.split([' ', '\u{a0}']).collect();
                    full_folded.starts_with(&prefix) && !added_names_a_state(full)
                        || one_word
                            && words.len() >= 3
                            && words[1..words.len() - 1].contains(&folded.as_str())
                            && !rules().particles.contains(folded.as_str())
                })
                .collect();
            if !people.is_empty() {
                return unique(people);
            }
        }
        if kind == ActorKind::State {
            return None;
        }
        let bodies: Vec<&str> = self
            .organizations
            .iter()
            .chain(self.bodies.iter())
            .map(|(full, _)| full.as_str())
            .filter(|full| fold_diacritics(full).starts_with(&prefix))
            // "Facebook Ireland Limited" is a national branch, not the
            // company "Facebook" means.
            .filter(|full| !added_names_a_state(full))
            .collect();
        unique(bodies)
    }

    /// The body an apposition later in the article describes with the noun
    /// `name`, for a description that comes before the name, as a lead
    /// paragraph's "the main rebel coalition" does.
    pub fn body_described_later(&self, name: &str, at: usize) -> Option<&str> {
        let lowered = name.to_lowercase();
        self.described
            .iter()
            .find(|(noun, _, first)| *first > at && *noun == lowered)
            .map(|(_, body, _)| body.as_str())
    }

    /// Whether any body was described by the common noun `noun`, so a
    /// caller can skip a scan for it.
    pub fn has_description(&self, noun: &str) -> bool {
        self.described.iter().any(|(known, _, _)| known == noun)
    }

    /// The state whose head of state or government the article mentions
    /// last before `at`, for a `noun` of a state's government ("the
    /// government", "the administration"): news calls a state's government
    /// so once its leader is named. A past office ("former President X")
    /// heads no government.
    pub fn state_of_leader_before(&self, noun: &str, at: usize) -> Option<&str> {
        let rules = rules();
        if !rules.government_nouns.contains(&noun.to_lowercase()) {
            return None;
        }
        self.people
            .iter()
            .filter(|person| {
                !person.places.is_empty()
                    && !person.roles.iter().any(|role| role == PAST_ROLE)
                    && person
                        .roles
                        .iter()
                        .any(|role| rules.government_heads.contains(role))
            })
            .filter_map(|person| {
                let last = person.seen.iter().rev().find(|&&seen| seen < at)?;
                Some((*last, person.places[0].as_str()))
            })
            .max_by_key(|(last, _)| *last)
            .map(|(_, place)| place)
    }

    /// Remembers that a body was described by a common noun at `at`.
    pub fn learn_description(&mut self, noun: &str, body: &str, at: usize) {
        self.described
            .push((noun.to_lowercase(), body.to_string(), at));
    }

    /// The body named in full before `at` whose name holds every word of a
    /// shorter `name`, or that an apposition described with the noun
    /// `name`; the latest such.
    pub fn body_named_by(&self, name: &str, at: usize) -> Option<&str> {
        let holds_every_word = |full: &str| {
            name.split_whitespace()
                .all(|word| full.split_whitespace().any(|part| part == word))
        };
        let by_name = self
            .bodies
            .iter()
            .rev()
            .filter(|(full, first)| *first < at && full != name)
            .find(|(full, _)| holds_every_word(full))
            .map(|(full, first)| (full.as_str(), *first));
        let by_spelling = self
            .organization_spellings
            .iter()
            .rev()
            .filter(|(spelling, _, first)| *first < at && spelling != name)
            .find(|(spelling, _, _)| holds_every_word(spelling))
            .map(|(_, full, first)| (full.as_str(), *first));
        let by_name = match (by_name, by_spelling) {
            (Some(named), Some(spelled)) if spelled.1 > named.1 => Some(spelled),
            (None, spelled) => spelled,
            (named, _) => named,
        };
        let lowered = name.to_lowercase();
        let by_description = self
            .described
            .iter()
            .rev()
            .find(|(noun, _, first)| *first < at && *noun == lowered)
            .map(|(_, body, first)| (body.as_str(), *first));
        match (by_name, by_description) {
            (Some(named), Some(described)) if described.1 > named.1 => Some(described.0),
            (Some(named), _) => Some(named.0),
            (None, described) => described.map(|(body, _)| body),
        }
    }

    /// The full name an acronym stands for, if the article spelled it out
    /// ("Syrian Democratic Forces (SDF)") or named, before `at`, a body
    /// whose capitalised words it abbreviates: news often writes the
    /// "Movement for Democratic Change" in full once and "the MDC" after.
    pub fn expand(&self, acronym: &str, at: usize) -> Option<&str> {
        if let Some(full) = self.acronyms.get(acronym) {
            return Some(full);
        }
        // A body named in full wins over an organisation of the same
        // initials; among either, the one noted last before `at`.
        let before: Vec<&(String, usize, bool)> = self
            .by_initials
            .get(acronym)?
            .iter()
            .filter(|(_, first, _)| *first < at)
            .collect();
        [true, false].into_iter().find_map(|body| {
            before
                .iter()
                .rev()
                .find(|(_, _, is_body)| *is_body == body)
                .map(|(full, _, _)| full.as_str())
        })
    }

    /// Notes a later mention of a known person (a surname or a role).
    pub fn saw(&mut self, person: usize, at: usize, gender: Gender) {
        let person = &mut self.people[person];
        person.seen.push(at);
        if person.gender == Gender::Unknown {
            person.gender = gender;
        }
    }

    /// The person a surname at `at` refers to: the one of that surname named
    /// in full most recently before it.
    pub fn by_surname(&self, surname: &str, at: usize) -> Option<usize> {
        let folded = fold_diacritics(surname);
        let latest = |index: Option<&Vec<usize>>| {
            index?
                .iter()
                .copied()
                .filter(|&person| self.people[person].first <= at)
                .max_by_key(|&person| self.people[person].first)
        };
        let find = |key: &str| {
            latest(self.by_surname.get(key)).or_else(|| latest(self.by_first_word.get(key)))
        };
        find(&folded)
            .or_else(|| article_lowered(&folded).and_then(|lowered| find(&lowered)))
            // "Sadr" after "Mohammed al-Sadr": news drops the article of
            // an Arabic surname used alone.
            .or_else(|| {
                ["al-", "el-"]
                    .iter()
                    .find_map(|particle| find(&format!("{particle}{folded}")))
            })
            // "Mr. van der Berg" after "Anna van der Berg": a surname's
            // particles go before its last word, under which the person is
            // kept.
            .or_else(|| {
                let (particles, last) = folded.rsplit_once(' ')?;
                let lowered = folded.to_lowercase();
                particles
                    .split(' ')
                    .all(|word| rules().particles.contains(word.to_lowercase().as_str()))
                    .then(|| find(last))
                    .flatten()
                    .filter(|&person| {
                        fold_diacritics(&self.people[person].name)
                            .to_lowercase()
                            .ends_with(&format!(" {lowered}"))
                    })
            })
    }

    /// The person a role at `at` refers to: of those whose roles hold every
    /// word of it, the one mentioned last before it. People in `named_here`
    /// are passed over: a sentence that names a person does not also call
    /// that person by a role ("the President and President X met" are two
    /// people).
    pub fn by_role(&self, words: &[String], at: usize, named_here: &[&str]) -> Option<usize> {
        let rules = rules();
        // "the former president" is somebody who held the office, and "the
        // president" somebody who holds it; "the then-president" either.
        let wanted_past = words
            .iter()
            .any(|word| matches!(word.as_str(), "former" | "late") || word.starts_with("ex-"));
        let either_tense = words
            .iter()
            .any(|word| word == "then" || word.starts_with("then-"));
        // "the President of Russia": the words after "of" narrow the role to
        // the person whose title names the same place or body.
        let (words, qualifiers) = match words.iter().position(|word| word == "of") {
            Some(of) => (&words[..of], &words[of + 1..]),
            None => (words, &[][..]),
        };
        let wanted: Vec<String> = words
            .iter()
            .flat_map(|word| word.split('-').map(str::to_string).collect::<Vec<_>>())
            // "the PM" and "the premier" are the prime minister (a premier
            // holds the same office: see `[role_synonyms]`).
            .flat_map(|word| {
                if word == "pm" || word == "premier" {
                    vec!["prime".to_string(), "minister".to_string()]
                } else {
                    vec![word]
                }
            })
            // "top", "senior", "former" qualify a role without naming it.
            .filter(|word| {
                !matches!(
                    word.as_str(),
                    "top" | "senior" | "former" | "acting" | "interim" | "new" | "current" | "then"
                )
            })
            .filter(|word| rules.is_role(word) || rules.is_title_in_any_case(word))
            .collect();
        // "Secretary-General" and "director general" are one office, which
        // `[role_kinds]` lists whole: rejoined, they find a head of a body
        // the text called its "chief".
        let wanted = join_compound_roles(wanted, &rules.role_kinds);
        if wanted.is_empty() {
            return None;
        }
        // "the Japanese leader": a place in the description narrows it to
        // the people tied to that state, or to those tied to none.
        let places = rules.states_in(&capitalise_words(words.iter().map(String::as_str)));
        // Whether a person holds the office wanted, in the place wanted.
        let fits = |person: &Person| {
            let in_place = places.is_empty()
                || person.places.is_empty()
                || person.places.iter().any(|place| places.contains(place));
            if !in_place || named_here.contains(&person.name.as_str()) {
                return false;
            }
            // Borrowed parts of the person's roles: this runs for every
            // person named so far at every role mention.
            let held: Vec<&str> = person
                .roles
                .iter()
                .flat_map(|role| role.split('-'))
                .collect();
            // A compound office ("director-general") is held when each
            // of its parts is.
            let holds = |word: &str| word.split('-').all(|part| held.contains(&part));
            // "the minister" is not the prime minister, nor "the
            // president" the vice president; a word for a kind of role
            // ("the leader") spans every rank.
            let same_rank = held
                .iter()
                .filter(|word| rules.rank_words.contains(**word))
                .all(|rank| wanted.iter().any(|word| word == rank))
                || wanted
                    .iter()
                    .any(|word| rules.role_kinds.contains_key(word.as_str()));
            let held_past = holds(PAST_ROLE);
            same_rank
                && (either_tense || held_past == wanted_past)
                && qualifiers.iter().all(|word| holds(word))
                && wanted.iter().all(|word| {
                    holds(word)
                        || [&rules.role_kinds, &rules.role_synonyms]
                            .iter()
                            .any(|table| {
                                table
                                    .get(word)
                                    .is_some_and(|kinds| kinds.iter().any(|kind| holds(kind)))
                            })
                })
        };
        let candidates: Vec<(usize, Option<usize>, usize)> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, person)| person.first < at && fits(person))
            .map(|(index, person)| {
                let last_seen = person.seen.iter().copied().filter(|&s| s < at).max();
                let mentions = person.seen.iter().filter(|&&s| s < at).count();
                (index, last_seen, mentions)
            })
            .collect();
        // The only one of them named in the last sentence or two is the one
        // the role means. Otherwise it is the one the article speaks of most:
        // "the President" in a briefing is its principal, not the last
        // president it mentioned; of two spoken of as often, the one named
        // first ("Remarks by President X after his call with President Y").
        let recent: Vec<usize> = candidates
            .iter()
            .filter(|(_, last_seen, _)| last_seen.is_some_and(|seen| at - seen <= RECENT_BYTES))
            .map(|(index, _, _)| *index)
            .collect();
        // "Iran's foreign minister said …. Hossein X made the remarks …": a
        // lead may give the office of a state first and the name in the
        // next sentence.
        if candidates.is_empty() && !places.is_empty() {
            return self
                .people
                .iter()
                .position(|person| {
                    // The name opens its sentence as the subject ("X made the
                    // remarks …"): one quoted or named after a verb there is
                    // a new speaker, unless the office is known to be theirs
                    // ("Ukraine's president said …. “…,” X said", with X the
                    // registry's president of Ukraine).
                    person.first > at
                        && person.first - at <= CATAPHORA_BYTES
                        && (self.subject_people.contains(&person.first)
                            && person.roles.is_empty()
                            && person.places.is_empty()
                            || fits(person))
                })
                .filter(|&index| {
                    !self.people[..index]
                        .iter()
                        .any(|p| p.first > at && p.first < self.people[index].first)
                });
        }
        let chosen = match recent[..] {
            [only] => candidates.iter().find(|(index, _, _)| *index == only),
            // "The populist leader": a word for a kind of office, which
            // fits several people named lately, means the one named last;
            // an office itself ("the President") means the one the text
            // speaks of most.
            [_, _, ..]
                if wanted
                    .iter()
                    .any(|word| rules.role_kinds.contains_key(word.as_str())) =>
            {
                candidates
                    .iter()
                    .filter(|(index, _, _)| recent.contains(index))
                    .max_by_key(|(_, last_seen, _)| *last_seen)
            }
            _ => candidates.iter().max_by_key(|(index, _, mentions)| {
                (*mentions, std::cmp::Reverse(self.people[*index].first))
            }),
        };
        let &(index, last_seen, _) = chosen?;
        // "A senior official said …. 'The window is closing,' the official
        // said": somebody unnamed of that role, described since the
        // candidate was last named, is the one the role means.
        // "The President spoke …" long before any president is named: the
        // role stays with the principal the text never names, unless the
        // one named later was named in the last sentence or two.
        let first_named = self.people[index].first;
        let unnamed_since = self.unnamed.iter().any(|(noun, position)| {
            *position < at
                && wanted.iter().any(|word| word == noun)
                && (last_seen.is_none_or(|seen| *position > seen)
                    || (first_named > position + CATAPHORA_BYTES && !recent.contains(&index)))
        });
        (!unnamed_since).then_some(index)
    }
}

/// Plurals that name those a body serves, written with a possessive inside
/// the body's name: "People's Party", "Women's League", "Children's Fund".
fn is_collective_owner(owner: &str) -> bool {
    matches!(owner, "People" | "Peoples" | "Women" | "Men" | "Children")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: &[&str]) {
        let found: Vec<String> = rules()
            .find(sentence, Span::new(0, sentence.len()))
            .into_iter()
            .map(|m| {
                let kind = match &m.found {
                    Found::Entity { name, .. } => format!("entity {name}"),
                    Found::Organization { name } => format!("organization {name}"),
                    Found::Person { name, .. } => format!("person {name}"),
                    Found::Surname { name, .. } => format!("surname {name}"),
                    Found::Role { words } => format!("role {}", words.join(" ")),
                    Found::BodyRef { word } => format!("body {word}"),
                    Found::Unnamed => "unnamed".to_string(),
                };
                format!("{kind} @{}", &sentence[m.start..m.end])
            })
            .collect();
        assert_eq!(found, expected, "in {sentence:?}");
    }

    #[test]
    fn titles_are_not_part_of_names() {
        check(
            "Deputy Trade Minister Lena Okafor said on Tuesday.",
            &["person Lena Okafor @Lena Okafor"],
        );
        check("Mr. Okafor told reporters.", &["surname Okafor @Okafor"]);
    }

    #[test]
    fn states_capitals_and_bodies() {
        check(
            "Brazil and the Environment Ministry disagreed, Brasilia said.",
            &[
                "entity Brazil @Brazil",
                "organization Environment Ministry @Environment Ministry",
                "entity Brazil @Brasilia",
            ],
        );
    }

    #[test]
    fn roles_and_unnamed_people() {
        check(
            "The prime minister met a senior official.",
            &[
                "role prime minister @The prime minister",
                "unnamed @a senior official",
            ],
        );
        check("Analysts say the deal is fragile.", &["unnamed @Analysts"]);
    }

    #[test]
    fn people_resolve_surnames_and_roles() {
        let mut people = People::default();
        people.learn(
            "Lena Okafor",
            &["trade".into(), "minister".into()],
            Gender::Unknown,
            10,
        );
        people.learn("Tom Reyes", &["spokesman".into()], Gender::Male, 50);
        assert_eq!(people.by_surname("Okafor", 60), Some(0));
        // One person spelled with and without diacritics.
        people.learn("Recep Erdoğan", &["president".into()], Gender::Male, 70);
        assert_eq!(people.by_surname("Erdogan", 75), Some(2));
        people.learn("Recep Erdogan", &[], Gender::Male, 78);
        assert_eq!(people.people.len(), 3);
        assert_eq!(people.by_surname("Okafor", 5), None);
        assert_eq!(people.by_role(&["minister".into()], 80, &[]), Some(0));
        assert_eq!(people.by_role(&["spokesman".into()], 80, &[]), Some(1));
        assert_eq!(people.by_role(&["ambassador".into()], 80, &[]), None);
        assert_eq!(
            people.by_role(&["minister".into()], 80, &["Lena Okafor"]),
            None
        );
    }

    #[test]
    fn a_role_means_the_one_just_named_or_else_the_one_named_most() {
        let mut people = People::default();
        people.learn("Ana Diaz", &["president".into()], Gender::Female, 0);
        for at in [400, 800, 1000] {
            people.saw(0, at, Gender::Female);
        }
        people.learn("Tom Reyes", &["president".into()], Gender::Male, 1300);
        // Only Reyes was named in the last sentence or two.
        assert_eq!(people.by_role(&["president".into()], 1400, &[]), Some(1));
        // Both were: the one the article names most.
        people.saw(0, 1350, Gender::Female);
        assert_eq!(people.by_role(&["president".into()], 1400, &[]), Some(0));
        // Long after both: still the one named most.
        assert_eq!(people.by_role(&["president".into()], 5000, &[]), Some(0));
    }
}
