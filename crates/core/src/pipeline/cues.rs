//! Cue words: the verbs and phrases that tell a position is held, compiled
//! once from `data/cues.toml`, and the few cue-specific judgements (an
//! agreement to talk proposes, a hostile aim is an imputed motive).

use super::*;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum CueKind {
    /// A verb of saying or thinking: the position is reported.
    Speech,
    /// A verb of wanting, offering or refusing: the position is attributed.
    Stance,
}

/// Cue verbs and phrases, lower case, with what they are and the stance they
/// carry on their own.
pub(crate) const CUES_TOML: &str = include_str!("../../data/cues.toml");

/// Cues that are adjectives: they need a copula ("is ready", "was concerned").
pub(crate) const COPULA_CUES: &[&str] = &[
    "ready",
    "willing",
    "prepared",
    "concerned",
    "worried",
    "satisfied",
    "interested",
    "determined",
    "wary",
];

pub(crate) const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "seems", "appears",
];

/// The forms of "be" that make a passive with a participle after them
/// ("was classified", "were questioned").
pub(crate) const PASSIVE_AUXILIARIES: &[&str] =
    &["was", "were", "is", "are", "be", "been", "being"];

#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) kind: CueKind,
    pub(crate) stance: Option<Stance>,
}

impl Cue {
    /// A cue that is one noun of a position ("decision", "criticism"): the
    /// stance the noun carries, if any.
    pub(crate) fn noun(at: usize, stance: Option<Stance>) -> Cue {
        Cue {
            first: at,
            last: at,
            kind: CueKind::Stance,
            stance,
        }
    }
}

/// A cue phrase split into words, with what it is and the stance it carries.
pub(crate) struct CueEntry {
    pub(crate) words: Vec<String>,
    /// Whether the phrase joins each word to the one before with a hyphen
    /// ("co-sponsored") rather than a space; the first is always false.
    pub(crate) hyphened: Vec<bool>,
    pub(crate) kind: CueKind,
    pub(crate) stance: Option<Stance>,
    /// Whether the phrase is the present of a plural subject ("Chile and
    /// Peru urge …"), a bare form that is also the infinitive: it is a cue
    /// only where `[bare_verbs] not_after` allows ("to urge" is none).
    pub(crate) plural_present: bool,
}
/// The cue phrases grouped by their first word, so that looking cues up by
/// word keeps attribution linear in the text.
pub(crate) type CueTable = crate::text::WordMap<String, Vec<CueEntry>>;

/// `data/cues.toml` as written: the cue phrases by kind and stance, the
/// nouns of a position its owner holds, and the verbs that answer one.
#[derive(serde::Deserialize)]
struct CueFile {
    speech: std::collections::BTreeMap<String, Vec<String>>,
    stance: std::collections::BTreeMap<String, Vec<String>>,
    owned_positions: std::collections::BTreeMap<String, Vec<String>>,
    opening_positions: std::collections::BTreeMap<String, Vec<String>>,
    stated_positions: std::collections::BTreeMap<String, Vec<String>>,
    taking_up: TakingUp,
    restating: Restating,
    characterising: Characterising,
    on_behalf: OnBehalf,
    standing: std::collections::BTreeMap<String, Vec<String>>,
    quoting: Quoting,
    participle_clauses: ParticipleClauses,
    hosting: Hosting,
    light_verbs: LightVerbs,
    coming_from: ComingFrom,
    pledged_objections: PledgedObjections,
    #[serde(default)]
    acts: std::collections::BTreeMap<String, Vec<String>>,
    bare_verbs: BareVerbs,
    plural_present: PluralPresent,
    wishes: Wishes,
    keeping_back: KeepingBack,
    keeping_open: KeepingOpen,
}

/// Bare forms read as the present of a plural subject, by kind and stance
/// as the cue tables are.
#[derive(serde::Deserialize)]
struct PluralPresent {
    speech: std::collections::BTreeMap<String, Vec<String>>,
    stance: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct KeepingBack {
    phrases: Vec<String>,
}

#[derive(serde::Deserialize)]
struct KeepingOpen {
    phrases: Vec<String>,
    force: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Wishes {
    verbs: Vec<String>,
}

/// Verbs read as cues only in their bare form after an auxiliary, by
/// stance, with the auxiliaries that make them verbs.
#[derive(serde::Deserialize)]
struct BareVerbs {
    do_forms: Vec<String>,
    modals: Vec<String>,
    objects: Vec<String>,
    not_after: Vec<String>,
    particles: Vec<String>,
    #[serde(flatten)]
    by_stance: std::collections::BTreeMap<String, Vec<String>>,
}

/// Pledges to act against a thing ("vowed to veto"), written as the pledge
/// verbs and the verbs of acting against, joined into phrases at load.
#[derive(serde::Deserialize)]
struct PledgedObjections {
    pledges: Vec<String>,
    verbs: Vec<String>,
}

#[derive(serde::Deserialize)]
struct ComingFrom {
    verbs: Vec<String>,
    /// Verbs whose object is the reaction: "drew criticism from X".
    drawing_verbs: Vec<String>,
    window: usize,
    nouns: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct Hosting {
    verbs: Vec<String>,
    guests: Vec<String>,
    places: Vec<String>,
}

#[derive(serde::Deserialize)]
struct LightVerbs {
    verbs: Vec<String>,
    window: usize,
    nouns: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct Quoting {
    participles: Vec<String>,
}

#[derive(serde::Deserialize)]
struct ParticipleClauses {
    cues: Vec<String>,
}

#[derive(serde::Deserialize)]
struct OnBehalf {
    phrases: std::collections::BTreeMap<String, Vec<String>>,
    nouns: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct Characterising {
    verbs: Vec<String>,
    #[serde(default)]
    as_verbs: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Restating {
    verbs: Vec<String>,
    conveying: Vec<String>,
    pledging: Vec<String>,
    window: usize,
    nouns: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct TakingUp {
    verbs: Vec<String>,
}

/// The cue data compiled once from `data/cues.toml`: the phrase table, the
/// stance of each noun of position, and the answering verbs. The file is
/// bundled and checked by the tests, so a malformed entry is a build
/// defect.
struct CueData {
    table: CueTable,
    owned_positions: std::collections::HashMap<String, Stance>,
    /// Nouns of a position that make a possessive opening a sentence its
    /// holder, with their stance (`None`: the sentence's words decide).
    opening_positions: std::collections::HashMap<String, Option<Stance>>,
    /// Nouns of a position that make a possessive opening a sentence its
    /// holder only when a copula gives the position's content after them.
    stated_positions: std::collections::HashSet<String>,
    taking_up: std::collections::HashSet<String>,
    restating_verbs: std::collections::HashSet<String>,
    /// "raised", "laid out": verbs that are cues only with a noun of a
    /// position after them, split into words.
    conveying: Vec<Vec<String>>,
    /// The first word of each verb of conveying.
    conveying_first: std::collections::HashSet<String>,
    /// "commitment": nouns that pledge an act when "to" and a verb follow.
    pledging: std::collections::HashSet<String>,
    restating_window: usize,
    restated_positions: std::collections::HashMap<String, Stance>,
    characterising: std::collections::HashSet<String>,
    /// Verbs that characterise only with "as" after their object, by words.
    characterising_as: Vec<Vec<String>>,
    /// "at the request of" and its like, with the stance of the one named
    /// after them.
    on_behalf_phrases: Vec<(String, Stance)>,
    /// "request" in "at X's request", with its stance.
    on_behalf_nouns: std::collections::HashMap<String, Stance>,
    /// "critic" in "X is a critic of Y", with its stance.
    standing: std::collections::HashMap<String, Stance>,
    /// "saying", "writing": participles that hand a clause's subject the
    /// quotation right after them.
    quoting_participles: std::collections::HashSet<String>,
    /// "stressing", "urging": participles whose clause ("…, stressing
    /// that …") speaks for the subject of the main clause.
    participle_cues: std::collections::HashSet<String>,
    /// "welcomed": verbs that, with a guest and a place, tell of hosting.
    hosting_verbs: std::collections::HashSet<String>,
    /// Verbs that carry a noun of position ("made demands", "filed the
    /// lawsuit"), the nouns with their stance, and how far the noun may
    /// stand after the verb.
    light_verbs: std::collections::HashSet<String>,
    light_nouns: std::collections::HashMap<String, Stance>,
    light_window: usize,
    /// "delegation", "refugees": nouns of the people a host receives.
    guests: std::collections::HashSet<String>,
    /// "to", "back": the words that open the place they are received in.
    hosting_places: std::collections::HashSet<String>,
    /// "called" → "election": verbs of saying whose object, one of these
    /// nouns, makes them verbs of doing (see `[acts]` in `cues.toml`).
    acts: std::collections::HashMap<String, std::collections::HashSet<String>>,
    /// "support" after "does not" or "won’t", with its stance.
    bare_verbs: std::collections::HashMap<String, Stance>,
    /// "do", "didn’t": auxiliaries after which the bare verb is the cue.
    bare_do_forms: std::collections::HashSet<String>,
    /// "will", "cannot": modals of intent with which the bare verb makes
    /// one cue.
    bare_modals: std::collections::HashSet<String>,
    /// "the", "it": words opening the object that make a bare form with
    /// no auxiliary the present of a plural subject ("support the plan").
    bare_objects: std::collections::HashSet<String>,
    /// "to", "must": words after which a bare form is no such present.
    bare_not_after: std::collections::HashSet<String>,
    /// "back": bare forms that may be a particle ("pull back its troops").
    bare_particles: std::collections::HashSet<String>,
    /// "want", "seeking": verbs of wanting, which refuse when denied.
    wishes: std::collections::HashSet<String>,
    /// "comment", "give details": what declining to do keeps a position
    /// back, each phrase as its words.
    keeping_back: Vec<Vec<String>>,
    /// "did not rule out": phrases that keep a course open, and the words
    /// of force after which the course is a threat.
    keeping_open: KeepingOpen,
    /// "came": verbs that name, after "from", the source of a reaction.
    coming_from_verbs: std::collections::HashSet<String>,
    drawing_verbs: std::collections::HashSet<String>,
    coming_from_window: usize,
    /// "criticism", "statements": nouns of a reaction, with the stance
    /// they carry, if any.
    reactions: std::collections::HashMap<String, Option<Stance>>,
}

fn stance_named(name: &str) -> Option<Stance> {
    match name {
        "none" => None,
        name => Some(
            Stance::parse(name).unwrap_or_else(|| panic!("data/cues.toml: unknown stance {name}")),
        ),
    }
}

fn cue_data() -> &'static CueData {
    static DATA: std::sync::OnceLock<CueData> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let mut file: CueFile = toml::from_str(CUES_TOML).expect("data/cues.toml is valid");
        let pledged: Vec<String> = file
            .pledged_objections
            .pledges
            .iter()
            .flat_map(|pledge| {
                file.pledged_objections
                    .verbs
                    .iter()
                    .map(move |verb| format!("{pledge} to {verb}"))
            })
            .collect();
        file.speech
            .entry("reject".to_string())
            .or_default()
            .extend(pledged);
        let mut table = CueTable::default();
        // Each phrase is written once, in the "-ize" spelling, and read in
        // its British spelling too unless the lists have that one as well.
        let written: std::collections::HashSet<String> = file
            .speech
            .values()
            .chain(file.stance.values())
            .flatten()
            .cloned()
            .collect();
        for (kind, by_stance, plural_present) in [
            (CueKind::Speech, file.speech, false),
            (CueKind::Stance, file.stance, false),
            (CueKind::Speech, file.plural_present.speech, true),
            (CueKind::Stance, file.plural_present.stance, true),
        ] {
            for (stance, phrases) in by_stance {
                let stance = stance_named(&stance);
                let british: Vec<String> = phrases
                    .iter()
                    .filter_map(|phrase| crate::text::british_spelling(phrase))
                    .filter(|british| !written.contains(british))
                    .collect();
                for phrase in phrases.into_iter().chain(british) {
                    // The phrase is split by the tokenizer that splits the
                    // text, so that "co-sponsored" is the two words it reads.
                    let tokens = crate::text::tokens(&phrase);
                    let hyphened = (0..tokens.len())
                        .map(|at| at > 0 && &phrase[tokens[at - 1].end..tokens[at].start] == "-")
                        .collect();
                    let words: Vec<String> =
                        tokens.iter().map(|token| token.text.to_string()).collect();
                    table.entry(words[0].clone()).or_default().push(CueEntry {
                        words,
                        hyphened,
                        kind,
                        stance,
                        plural_present,
                    });
                }
            }
        }
        // Tables of words by the stance each carries; `none` is a stance in
        // the second kind only.
        let by_stance = |table: std::collections::BTreeMap<String, Vec<String>>| {
            table.into_iter().flat_map(|(stance, words)| {
                let stance = stance_named(&stance)
                    .unwrap_or_else(|| panic!("data/cues.toml: a table by stance needs a stance"));
                words.into_iter().map(move |word| (word, stance))
            })
        };
        let by_stance_or_none = |table: std::collections::BTreeMap<String, Vec<String>>| {
            table.into_iter().flat_map(|(stance, words)| {
                let stance = stance_named(&stance);
                words.into_iter().map(move |word| (word, stance))
            })
        };
        let owned_positions = by_stance(file.owned_positions).collect();
        let opening_positions = by_stance_or_none(file.opening_positions).collect();
        let restated_positions = by_stance(file.restating.nouns).collect();
        let on_behalf_phrases = by_stance(file.on_behalf.phrases).collect();
        let on_behalf_nouns = by_stance(file.on_behalf.nouns).collect();
        let standing = by_stance(file.standing).collect();
        let bare_verbs = by_stance(file.bare_verbs.by_stance).collect();
        let reactions = by_stance_or_none(file.coming_from.nouns).collect();
        CueData {
            wishes: file.wishes.verbs.into_iter().collect(),
            keeping_back: file
                .keeping_back
                .phrases
                .iter()
                .map(|phrase| phrase.split(' ').map(str::to_string).collect())
                .collect(),
            keeping_open: file.keeping_open,
            bare_verbs,
            bare_do_forms: file.bare_verbs.do_forms.into_iter().collect(),
            bare_modals: file.bare_verbs.modals.into_iter().collect(),
            bare_objects: file.bare_verbs.objects.into_iter().collect(),
            bare_not_after: file.bare_verbs.not_after.into_iter().collect(),
            bare_particles: file.bare_verbs.particles.into_iter().collect(),
            coming_from_verbs: file.coming_from.verbs.into_iter().collect(),
            drawing_verbs: file.coming_from.drawing_verbs.into_iter().collect(),
            coming_from_window: file.coming_from.window,
            reactions,
            standing,
            quoting_participles: file.quoting.participles.into_iter().collect(),
            participle_cues: file.participle_clauses.cues.into_iter().collect(),
            hosting_verbs: file.hosting.verbs.into_iter().collect(),
            light_verbs: file.light_verbs.verbs.into_iter().collect(),
            light_nouns: by_stance(file.light_verbs.nouns).collect(),
            light_window: file.light_verbs.window,
            guests: file.hosting.guests.into_iter().collect(),
            hosting_places: file.hosting.places.into_iter().collect(),
            acts: file
                .acts
                .into_iter()
                .map(|(verb, objects)| (verb, objects.into_iter().collect()))
                .collect(),
            on_behalf_phrases,
            on_behalf_nouns,
            table,
            owned_positions,
            opening_positions,
            stated_positions: file.stated_positions.into_values().flatten().collect(),
            taking_up: file.taking_up.verbs.into_iter().collect(),
            pledging: file.restating.pledging.iter().cloned().collect(),
            conveying_first: file
                .restating
                .conveying
                .iter()
                .filter_map(|verb| verb.split(' ').next())
                .map(str::to_string)
                .collect(),
            conveying: file
                .restating
                .conveying
                .iter()
                .map(|verb| verb.split(' ').map(str::to_string).collect())
                .collect(),
            restating_verbs: file
                .restating
                .verbs
                .into_iter()
                .chain(file.restating.conveying)
                .collect(),
            restating_window: file.restating.window,
            restated_positions,
            characterising_as: file
                .characterising
                .as_verbs
                .iter()
                .map(|verb| verb.split(' ').map(str::to_string).collect())
                .collect(),
            characterising: file
                .characterising
                .verbs
                .into_iter()
                .chain(file.characterising.as_verbs)
                .collect(),
        }
    })
}

/// Whether a lower-case word is a participle that introduces the words
/// quoted right after it ("…, writing “…”").
pub(crate) fn introduces_a_quote(word: &str) -> bool {
    cue_data().quoting_participles.contains(word)
}

/// Whether a lower-case word is a participle whose clause ("…, stressing
/// that …") speaks for the subject of the main clause.
pub(crate) fn is_participle_cue(word: &str) -> bool {
    cue_data().participle_cues.contains(word)
}

/// The cue phrases, grouped by their first word.
pub(crate) fn cue_table() -> &'static CueTable {
    &cue_data().table
}

/// Whether a verb answers somebody else's position ("welcomed",
/// "rejected"): the position it takes up is its owner's, where
/// "reaffirmed" restates the speaker's own.
pub(crate) fn takes_up_a_position(verb: &str) -> bool {
    cue_data().taking_up.contains(verb)
}

/// "Criticism of the plan came from …": the index of the word "from" that
/// names the source of a reaction, the index of the noun of the reaction,
/// and the stance the noun carries. A noun with a stance wins over one
/// without ("statements of condemnation" condemn). Only the words around a
/// "from" are lower-cased, for most sentences have none.
pub(crate) fn reaction_source(words: &[Word]) -> Option<(usize, usize, Option<Stance>)> {
    let data = cue_data();
    if let Some(found) = drawn_reaction(words) {
        return Some(found);
    }
    let verb = (1..words.len())
        .filter(|&at| lower_eq(&words[at], "from"))
        .map(|at| at - 1)
        .find(|&at| data.coming_from_verbs.contains(lower(&words[at]).as_str()))?;
    let start = verb.saturating_sub(data.coming_from_window);
    let nouns: Vec<(usize, Option<Stance>)> = (start..verb)
        .filter_map(|at| {
            data.reactions
                .get(lower(&words[at]).as_str())
                .map(|stance| (at, *stance))
        })
        .collect();
    let (noun, stance) = nouns
        .iter()
        .find(|(_, stance)| stance.is_some())
        .or(nouns.first())
        .copied()?;
    Some((verb + 1, noun, stance))
}

/// "The ruling drew sharp criticism from X", "the plan won backing from
/// Y": a verb of drawing a reaction, the reaction as its object (one
/// adjective may come between), and its source after "from".
fn drawn_reaction(words: &[Word]) -> Option<(usize, usize, Option<Stance>)> {
    let data = cue_data();
    (2..words.len())
        .filter(|&at| lower_eq(&words[at], "from"))
        .find_map(|from| {
            let noun = from - 1;
            let stance = *data.reactions.get(lower(&words[noun]).as_str())?;
            stance?;
            let drawn = (noun.saturating_sub(2)..noun)
                .any(|at| data.drawing_verbs.contains(lower(&words[at]).as_str()));
            drawn.then_some((from, noun, stance))
        })
}

/// The stance a noun of a position somebody holds carries ("decision",
/// "invitation", "concerns").
/// Whether `noun` (lower case) names a position a possessive opening a
/// sentence holds ("X's refusal"), and with which stance: `Some(None)` for
/// words of speech, whose stance the sentence's words decide.
pub(crate) fn opening_position(noun: &str) -> Option<Option<Stance>> {
    cue_data().opening_positions.get(noun).copied()
}

/// Whether a noun opens a position whose content a copula then states:
/// "X's position is that …", "X's view remains: …".
pub(crate) fn is_stated_position(noun: &str) -> bool {
    cue_data().stated_positions.contains(noun)
}

pub(crate) fn owned_position_stance(noun: &str) -> Option<Stance> {
    cue_data().owned_positions.get(noun).copied()
}

/// The stance of a position a verb of restating names as its object, in a
/// lower-case sentence: "reaffirmed their commitment to the alliance"
/// backs it, "stressed the urgency of a ceasefire" demands one. `None` when
/// the cue restates nothing, or no noun of a position follows it before a
/// clause opens ("stressed that …" takes the clause's own stance).
pub(crate) fn restated_position(lowered: &str, cue: &str) -> Option<Stance> {
    let data = cue_data();
    // A cue of several words ("discussed the importance of") restates by
    // its verb.
    let verb = match data.restating_verbs.contains(cue) {
        true => cue,
        false => cue.split(' ').next().unwrap_or(cue),
    };
    if !data.restating_verbs.contains(verb) {
        return None;
    }
    let last = verb.rsplit(' ').next().unwrap_or(verb);
    let words: Vec<&str> = super::stance::clause_words(lowered).collect();
    let at = words.iter().position(|word| *word == last)?;
    words[at + 1..]
        .iter()
        .take(data.restating_window)
        .enumerate()
        .take_while(|(_, word)| !matches!(**word, "that" | "which" | "who" | "if" | "whether"))
        .find_map(|(offset, word)| {
            let stance = data.restated_positions.get(*word).copied()?;
            // "noted their commitment to work together" pledges the act, as
            // "agreed to work together" does; a commitment to a thing backs
            // it.
            let after = &words[at + 1 + offset + 1..];
            let pledges_an_act = data.pledging.contains(*word)
                && after.first() == Some(&"to")
                && after
                    .get(1)
                    .is_some_and(|object| !super::stance::opens_a_thing(object));
            // "raised no objection to the sale" consents: an objection
            // denied backs the thing; any other position denied is none.
            let denied = offset > 0 && words[at + offset] == "no";
            Some(match (pledges_an_act, denied, stance) {
                (_, true, Stance::Reject) => Stance::Support,
                (_, true, _) => return None,
                (true, false, _) => Stance::Propose,
                (false, false, stance) => stance,
            })
        })
}

/// Whether the lower-case words after a verb of refusal's "to" keep a
/// position back rather than refuse one: "declined to comment", "refused
/// to say whether", "declined to give details" (see `[keeping_back]` in
/// `cues.toml`).
pub(crate) fn keeps_back<'a>(mut after_to: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = after_to.by_ref().take(3).collect();
    cue_data().keeping_back.iter().any(|phrase| {
        phrase.len() <= words.len() && phrase.iter().zip(&words).all(|(want, got)| want == got)
    })
}

/// The stance of a course a lower-case sentence keeps open ("did not rule
/// out", "refused to rule out") when a word of force follows ("military
/// action", "sanctions"): a threat. Any other course not ruled out ("did
/// not rule out talks") is a non-objection, which the cue's denied refusal
/// already makes support, and gives `None`, as does a sentence that keeps
/// nothing open (see `[keeping_open]` in `cues.toml`).
pub(crate) fn kept_open(lowered: &str) -> Option<Stance> {
    let rule = &cue_data().keeping_open;
    let at = rule
        .phrases
        .iter()
        .filter_map(|phrase| lowered.find(phrase.as_str()).map(|at| at + phrase.len()))
        .min()?;
    let force = super::stance::clause_words(&lowered[at..])
        .take(6)
        .any(|word| {
            rule.force
                .iter()
                .any(|force| word.starts_with(force.as_str()))
        });
    force.then_some(Stance::Warn)
}

/// Whether the cue is a verb of wanting, whose denial refuses the thing
/// wanted (see `[wishes]` in `cues.toml`).
pub(crate) fn is_a_wish(cue: &str) -> bool {
    cue_data().wishes.contains(cue)
}

pub(crate) fn characterises(cue: &str) -> bool {
    cue_data().characterising.contains(cue)
}

/// Whether a lower-case text ends with a phrase naming whose wish an act
/// carries out ("at the request of"), and the stance of the one named
/// after it.
pub(crate) fn on_behalf_before(lowered_before: &str) -> Option<(&'static str, Stance)> {
    let before = lowered_before.trim_end();
    cue_data()
        .on_behalf_phrases
        .iter()
        .find(|(phrase, _)| {
            before
                .strip_suffix(phrase.as_str())
                .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
        })
        .map(|(phrase, stance)| (phrase.as_str(), *stance))
}

/// Whether a lower-case sentence holds a noun of the phrases that name whose
/// wish an act carries out ("request", "invitation"): every phrase holds
/// one, so a sentence without any needs no closer look.
pub(crate) fn may_name_a_wish(lowered: &str) -> bool {
    cue_data()
        .on_behalf_nouns
        .keys()
        .any(|noun| lowered.contains(noun.as_str()))
}

/// The stance of a noun that, after a possessive and "at", names whose
/// wish an act carries out ("at the minister's request").
pub(crate) fn on_behalf_noun(noun: &str) -> Option<Stance> {
    cue_data().on_behalf_nouns.get(noun).copied()
}

/// How many words of a vote's tally ("66 to 27", "66-27") follow a verb of
/// voting at `index`; none after any other word.
fn tally_after(lowered: &[String], index: usize) -> usize {
    let number = |at: usize| {
        lowered
            .get(at)
            .is_some_and(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
    };
    if !matches!(lowered[index].as_str(), "voted" | "votes" | "vote") {
        return 0;
    }
    if number(index + 1)
        && lowered.get(index + 2).is_some_and(|word| word == "to")
        && number(index + 3)
    {
        return 3;
    }
    // "66-27" is two words, with the dash between them.
    if number(index + 1) && number(index + 2) {
        return 2;
    }
    0
}

pub(crate) fn find_cues(text: &str, words: &[Word]) -> Vec<Cue> {
    let lowered: Vec<String> = words.iter().map(lower).collect();
    let table = cue_table();
    let mut cues = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let mut best: Option<Cue> = None;
        // "voted 66 to 27 to legalise …": a tally after a verb of voting
        // stands between the phrase's words.
        let tally = tally_after(&lowered, index);
        let at = |offset: usize| {
            if offset == 0 {
                index
            } else {
                index + tally + offset
            }
        };
        for CueEntry {
            words: parts,
            hyphened,
            kind,
            stance,
            plural_present,
        } in table
            .get(lowered[index].as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if at(parts.len() - 1) >= words.len() {
                continue;
            }
            // "Chile and Peru urge …" is a present; "to urge", "must urge"
            // and a sentence's opening imperative are not.
            if *plural_present
                && index
                    .checked_sub(1)
                    .is_none_or(|before| cue_data().bare_not_after.contains(&lowered[before]))
            {
                continue;
            }
            // "will not be able to" is a forecast, not a refusal.
            let forecast = parts[..] == ["will", "not"]
                && lowered
                    .get(index + 2)
                    .is_some_and(|next| matches!(next.as_str(), "be" | "have" | "get" | "receive"));
            // A phrase's words stand together: "a previous ruling, that
            // women …" holds no "ruling that". Checked after the words match,
            // since most candidates fail on them.
            if !forecast
                && parts
                    .iter()
                    .enumerate()
                    .all(|(offset, part)| lowered[at(offset)] == *part)
                && (1..parts.len()).all(|offset| match hyphened[offset] {
                    true => hyphen_between(text, words, at(offset)),
                    false => adjacent(text, words, at(offset)),
                })
            {
                let candidate = Cue {
                    first: index,
                    last: at(parts.len() - 1),
                    kind: *kind,
                    stance: *stance,
                };
                if best.as_ref().is_none_or(|b| candidate.last > b.last) {
                    best = Some(candidate);
                }
            }
        }
        // "makes a number of demands", "filed the lawsuit", "introduced
        // housing initiatives": a light verb with a noun of position after
        // it in the same clause makes one cue, whose stance the noun gives.
        if best.is_none() {
            best = light_verb_with_noun(text, words, &lowered, index);
        }
        // "As X put it, …", "X puts it: …": the phrase says only where its
        // clause ends right after it; "put it on the agenda" does not.
        if best.is_none()
            && matches!(lowered[index].as_str(), "put" | "puts")
            && lowered.get(index + 1).is_some_and(|next| next == "it")
            && adjacent(text, words, index + 1)
        {
            let after = &text[words[index + 1].end..];
            if after.trim_start().is_empty() || after.starts_with([',', ':', ';', '.']) {
                best = Some(Cue {
                    first: index,
                    last: index + 1,
                    kind: CueKind::Speech,
                    stance: None,
                });
            }
        }
        if best.is_none() {
            best = conveyed_position(text, words, &lowered, index);
        }
        if best.is_none() {
            best = characterised_as(text, words, &lowered, index);
        }
        if best.is_none() {
            best = standing_position(text, words, &lowered, index);
        }
        if best.is_none() {
            best = joined_in(&lowered, index);
        }
        // "will not oppose" outruns the refusal "will not" in it.
        if let Some(bare) = bare_verb_after_auxiliary(&lowered, index) {
            if best.as_ref().is_none_or(|cue| bare.last > cue.last) {
                best = Some(bare);
            }
        }
        // "asked whether the sanctions worked", "asks why": a verb of asking
        // with a question after it puts a question, not a request.
        if let Some(cue) = best.as_mut() {
            let asking = cue.first == cue.last
                && matches!(lowered[cue.first].as_str(), "asked" | "asks" | "asking");
            let question = lowered.get(cue.last + 1).is_some_and(|next| {
                matches!(
                    next.as_str(),
                    "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "which"
                )
            });
            if asking && question {
                cue.kind = CueKind::Speech;
                cue.stance = None;
            }
        }
        // "Russia continued to mass troops", "violence continued through the
        // night": a verb of going on tells of words only where a quotation,
        // a colon or "that" follows it ("…," he continued.).
        let aspect = best.as_ref().is_some_and(|cue| {
            cue.first == cue.last
                && matches!(
                    lowered[cue.first].as_str(),
                    "continued" | "continues" | "continue"
                )
                && words.get(cue.first + 1).is_some_and(|next| {
                    next.start == words[cue.first].end + 1 && lowered[cue.first + 1] != "that"
                })
        });
        // "over alleged bribes", "the claimed link": a verb of saying after
        // a preposition or a determiner is an adjective.
        let adjective = best.as_ref().is_some_and(|cue| {
            cue.first == cue.last
                && matches!(
                    lowered[cue.first].as_str(),
                    "alleged" | "claimed" | "reported"
                )
                && cue.first.checked_sub(1).is_some_and(|before| {
                    matches!(
                        lowered[before].as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "of"
                            | "over"
                            | "for"
                            | "about"
                            | "on"
                            | "in"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "and"
                            | "or"
                            | "with"
                    )
                })
        });
        // "asked her about the offer", "his warning": a cue word right
        // after a determiner is a noun, and tells of no act of saying.
        // With an adverb between ("the most pledged delegates", "a widely
        // criticised plan"), a one-word cue is an adjective.
        let determiner = |at: usize| {
            matches!(
                lowered[at].as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "your" | "my"
            )
        };
        let noun = best.as_ref().is_some_and(|cue| {
            cue.first.checked_sub(1).is_some_and(|before| {
                determiner(before)
                    || cue.first == cue.last
                        && before >= 1
                        && determiner(before - 1)
                        && (matches!(lowered[before].as_str(), "most" | "more" | "least")
                            || lowered[before].ends_with("ly"))
            })
        });
        // "rejected calls for a recount", "amid growing calls for talks":
        // "calls" right after a verb of saying or a word that qualifies a
        // noun is the object of that verb, a demand of others.
        let noun = noun
            || best.as_ref().is_some_and(|cue| {
                matches!(lowered[cue.first].as_str(), "calls" | "call")
                    && cue.first.checked_sub(1).is_some_and(|before| {
                        cues.last().is_some_and(|last: &Cue| last.last == before)
                            || matches!(
                                lowered[before].as_str(),
                                "amid"
                                    | "despite"
                                    | "growing"
                                    | "mounting"
                                    | "renewed"
                                    | "repeated"
                                    | "recent"
                                    | "earlier"
                                    | "new"
                                    | "fresh"
                                    | "louder"
                                    | "international"
                                    | "public"
                            )
                    })
            });
        // "the Second Circuit Court of Appeals": a capitalised cue word after
        // "of" in a name is part of the name.
        let in_name = best.as_ref().is_some_and(|cue| {
            words[cue.first].text.starts_with(char::is_uppercase)
                && cue.first >= 2
                && lowered[cue.first - 1] == "of"
                && words[cue.first - 2].text.starts_with(char::is_uppercase)
        });
        // A telephone call or a guest received tells of a meeting, not of
        // words.
        let call_or_visit = best.as_ref().is_some_and(|cue| {
            cue.first == cue.last
                && (telephones(text, words, &lowered, cue.first)
                    || hosts_a_guest(text, words, &lowered, cue.first)
                    || names_an_act(text, words, &lowered, cue.first))
        });
        let legal_participle = best
            .as_ref()
            .is_some_and(|cue| cue.first == cue.last && names_a_charge(&lowered, cue.first));
        // "the judge ruled the practice was unconstitutional": a court's
        // ruling is a holding only with a clause after it, which a finite
        // verb before any punctuation shows; "ruled the country for years"
        // holds nothing.
        let bare_ruling = best.as_ref().is_some_and(|cue| {
            cue.first == cue.last
                && matches!(lowered[cue.first].as_str(), "ruled" | "rules")
                && !(cue.first + 1..words.len().min(cue.first + 15))
                    .take_while(|&at| adjacent_or_hyphenated(text, words, at))
                    .any(|at| {
                        matches!(
                            lowered[at].as_str(),
                            "was"
                                | "is"
                                | "were"
                                | "are"
                                | "violated"
                                | "violates"
                                | "breached"
                                | "breaches"
                                | "constituted"
                                | "constitutes"
                                | "would"
                                | "could"
                                | "must"
                                | "should"
                                | "can"
                                | "cannot"
                                | "had"
                        )
                    })
        });
        // "the statement read: …", "the court's order reads “…”": a text
        // that reads out its words speaks for its issuer; "read the report"
        // is no saying, so the verb counts only right before its quotation
        // and after a document named just before it.
        let bare_reading = best.as_ref().is_some_and(|cue| {
            cue.first == cue.last
                && matches!(lowered[cue.first].as_str(), "read" | "reads")
                && !(text[words[cue.first].end..]
                    .trim_start()
                    .starts_with([':', '"', '“', '\'', '‘'])
                    && lowered[cue.first.saturating_sub(6)..cue.first]
                        .iter()
                        .any(|word| {
                            let word = word.strip_suffix("’s").unwrap_or(word);
                            let document = |word: &str| {
                                is_document_noun(word) || names::rules().is_source_document(word)
                            };
                            document(word) || word.strip_suffix('s').is_some_and(document)
                        }))
        });
        // "insisted he was innocent" claims a fact: the verb says so and
        // the claim's words decide the stance, where "insisted that they
        // withdraw" demands.
        if let Some(cue) = best
            .as_mut()
            .filter(|cue| cue.first == cue.last && cue.stance == Some(Stance::Demand))
        {
            let after: Vec<String> = lowered[cue.first..]
                .iter()
                .take(12)
                .map(|word| word.replace('\'', "’"))
                .collect();
            let after: Vec<&str> = after.iter().map(String::as_str).collect();
            if super::stance::claims_a_fact(&after, 0) {
                cue.stance = None;
            }
        }
        match best {
            Some(cue)
                if !aspect
                    && !adjective
                    && !noun
                    && !in_name
                    && !bare_ruling
                    && !bare_reading
                    && !call_or_visit
                    && !legal_participle =>
            {
                index = cue.last + 1;
                cues.push(cue);
            }
            _ => index += 1,
        }
    }
    cues
}

/// Whether an accusing or charging verb at word `index` names a charge
/// laid on somebody rather than an act of accusing: "anyone accused of a
/// crime" and "was charged with murder" are passive, "accused criminals"
/// is an adjective. Accusing somebody names them and then the charge ("X
/// accused Y of …"), so an "accused" with no object before its "of" is
/// not X's act, unless a relative pronoun before it stands for the object
/// ("Cuba, which Washington accuses of …").
/// "X joined Y in condemning the attack": the cue phrase after "in" is the
/// subject's, read from "joined" on (the partner named after "joined" holds
/// it too: `JOINT_DOCUMENTS` in `mod.rs`).
fn joined_in(lowered: &[String], index: usize) -> Option<Cue> {
    if !matches!(lowered[index].as_str(), "joined" | "joins" | "join") {
        return None;
    }
    let table = cue_table();
    let at = (index + 2..lowered.len().min(index + 8)).find(|&at| lowered[at - 1] == "in")?;
    table.get(lowered[at].as_str())?.iter().find_map(|entry| {
        let end = at + entry.words.len();
        (entry.words.len() <= lowered.len() - at
            && entry
                .words
                .iter()
                .zip(&lowered[at..end])
                .all(|(part, word)| part == word))
        .then_some(Cue {
            first: index,
            last: end - 1,
            kind: entry.kind,
            stance: entry.stance,
        })
    })
}

/// "does not support the plan", "won’t accept the result": the bare verb
/// of `[bare_verbs]` after an auxiliary, with "not" or "never" between
/// them or not. After a form of "do" the cue is the verb alone, so that the
/// subject's gap holds the auxiliary and its negation as for any verb.
/// After a modal of intent the cue opens at the modal, which commits the
/// subject ("will back"), and a negation in it turns the stance.
fn bare_verb_after_auxiliary(lowered: &[String], index: usize) -> Option<Cue> {
    let data = cue_data();
    let word = lowered[index].as_str();
    let is_negation = |at: usize| matches!(lowered[at].as_str(), "not" | "never");
    if let Some(&stance) = data.bare_verbs.get(word) {
        let before = index.checked_sub(1)?;
        let auxiliary = match is_negation(before) {
            true => before.checked_sub(1)?,
            false => before,
        };
        // "Chile and Peru support the plan": the present of a plural
        // subject, with its object right after it.
        let present = !data.bare_not_after.contains(&lowered[before])
            && !data.bare_particles.contains(word)
            && lowered
                .get(index + 1)
                .is_some_and(|next| data.bare_objects.contains(next));
        return (data.bare_do_forms.contains(&lowered[auxiliary]) || present).then_some(Cue {
            first: index,
            last: index,
            kind: CueKind::Stance,
            stance: Some(stance),
        });
    }
    if !data.bare_modals.contains(word) {
        return None;
    }
    let negation = lowered.get(index + 1).is_some() && is_negation(index + 1);
    let verb = index + 1 + usize::from(negation);
    let stance = *data.bare_verbs.get(lowered.get(verb)?)?;
    let denied = negation || word.ends_with("n’t");
    Some(Cue {
        first: index,
        last: verb,
        kind: CueKind::Stance,
        stance: Some(if denied {
            crate::pipeline::stance::negate(stance)
        } else {
            stance
        }),
    })
}

fn names_a_charge(lowered: &[String], index: usize) -> bool {
    let word = lowered[index].as_str();
    let next = lowered.get(index + 1).map(String::as_str);
    match word {
        "accused" | "accuses" | "accusing" => {
            let relative = lowered[index.saturating_sub(4)..index]
                .iter()
                .any(|before| matches!(before.as_str(), "which" | "whom" | "who"));
            match next == Some("of") {
                true => !relative,
                // "accused Prime Minister X on Wednesday of lying": the
                // charge's "of" may come after a titled name and a time.
                false => !lowered[index + 1..]
                    .iter()
                    .take(10)
                    .skip(1)
                    .take_while(|later| {
                        !matches!(
                            later.as_str(),
                            "and" | "or" | "but" | "who" | "which" | "that" | "accused"
                        )
                    })
                    .any(|later| later == "of"),
            }
        }
        "charged" | "charges" => next == Some("with"),
        _ => false,
    }
}

/// Whether "called" at word `index` tells of a telephone call, not of words
/// that characterise: "called to congratulate her", "called me in
/// January", "called President X on Tuesday". A characterisation goes on
/// after its object ("called him a liar", "called the deal a disgrace"), a
/// call ends there, or a time or a purpose follows.
fn telephones(text: &str, words: &[Word], lowered: &[String], index: usize) -> bool {
    if !matches!(
        lowered[index].as_str(),
        "called" | "calls" | "call" | "calling"
    ) {
        return false;
    }
    let Some(next) = lowered.get(index + 1) else {
        return false;
    };
    if next == "to" {
        return true;
    }
    // The object: a pronoun, or a run of capitalised words that names
    // somebody, right after the verb.
    let object_end = if matches!(next.as_str(), "me" | "him" | "her" | "them" | "us" | "you") {
        index + 2
    } else {
        let mut at = index + 1;
        while at < words.len()
            && words[at].text.starts_with(char::is_uppercase)
            && (at == index + 1 || adjacent(text, words, at))
        {
            at += 1;
        }
        if at == index + 1 {
            return false;
        }
        at
    };
    if !adjacent(text, words, index + 1) {
        return false;
    }
    match lowered.get(object_end) {
        None => true,
        Some(_) if !adjacent(text, words, object_end) => true,
        Some(after) => matches!(
            after.as_str(),
            "on" | "in"
                | "at"
                | "to"
                | "from"
                | "after"
                | "before"
                | "during"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "earlier"
                | "again"
                | "and"
        ),
    }
}

/// Whether a verb of welcoming at word `index` tells of receiving a guest,
/// not of backing a position: "welcomed Prime Minister X to the capital",
/// "welcomed him back", "has welcomed 2,000 refugees to the country". The
/// guest is a pronoun, a run of capitalised words, or a few words that end
/// in a noun of guests; the place opens right after. "welcomed the decision
/// to …" and "welcomed X's offer to …" have no guest.
fn hosts_a_guest(text: &str, words: &[Word], lowered: &[String], index: usize) -> bool {
    let data = cue_data();
    if !data.hosting_verbs.contains(&lowered[index]) {
        return false;
    }
    let Some(next) = lowered.get(index + 1) else {
        return false;
    };
    let place_at = if matches!(next.as_str(), "me" | "him" | "her" | "them" | "us" | "you") {
        index + 2
    } else if words[index + 1].text.starts_with(char::is_uppercase) {
        let mut at = index + 1;
        while at < words.len()
            && words[at].text.starts_with(char::is_uppercase)
            && adjacent(text, words, at)
        {
            at += 1;
        }
        at
    } else {
        let Some(guest) = (index + 1..words.len().min(index + 7))
            .take_while(|&at| adjacent(text, words, at))
            .find(|&at| data.guests.contains(&lowered[at]))
        else {
            return false;
        };
        guest + 1
    };
    (index + 1..=place_at.min(words.len() - 1)).all(|at| adjacent(text, words, at))
        && lowered
            .get(place_at)
            .is_some_and(|word| data.hosting_places.contains(word))
}

/// Whether a verb of saying at word `index` has for its object a thing done,
/// not words: "called a snap election", "recalled its ambassador", "reported
/// a fall in profit". The object noun stands within `window` words after
/// the verb, with no clause opened before it ("reported that profit fell"
/// says something). A second phrase right after the object makes the verb
/// one of characterising ("called the election a sham", "called the vote
/// “rigged”"), which says something.
fn names_an_act(text: &str, words: &[Word], lowered: &[String], index: usize) -> bool {
    const WINDOW: usize = 6;
    let Some(objects) = cue_data().acts.get(&lowered[index]) else {
        return false;
    };
    let characterised = |at: usize| {
        let quoted = words.get(at + 1).is_some_and(|next| {
            text[words[at].end..next.start]
                .chars()
                .any(|c| matches!(c, '“' | '"' | '‘' | '\''))
        });
        quoted
            || lowered
                .get(at + 1)
                .is_some_and(|next| matches!(next.as_str(), "a" | "an" | "the" | "as"))
    };
    // A verb that also characterises takes a definite object to judge it
    // ("called the vote illegal"), an indefinite one to do something
    // ("called a snap election").
    let judges = characterises(&lowered[index]);
    let definite = |word: &str| {
        names::rules().is_determiner(word) && !matches!(word, "a" | "an" | "another" | "one")
    };
    (index + 1..words.len().min(index + 1 + WINDOW))
        .take_while(|&at| {
            adjacent_or_hyphenated(text, words, at)
                && !matches!(
                    lowered[at].as_str(),
                    "that" | "what" | "how" | "whether" | "why"
                )
                && !(judges && definite(&lowered[at]))
        })
        .any(|at| objects.contains(&lowered[at]) && !characterised(at))
}

/// A copula at word `index` with a noun of a standing position after it:
/// "is an outspoken critic of the plan", "has been the deal's most vocal
/// opponent". The cue runs from the copula to the noun, so that the
/// copula's subject holds the stance. Only words of the description stand
/// between them: no punctuation and no "of" ("is the leader of the
/// opponents" describes somebody else's opponents).
fn standing_position(text: &str, words: &[Word], lowered: &[String], index: usize) -> Option<Cue> {
    if !COPULAS.contains(&lowered[index].as_str()) {
        return None;
    }
    let data = cue_data();
    let mut possessive = false;
    for at in index + 1..words.len().min(index + 8) {
        if !adjacent(text, words, at) || lowered[at] == "of" {
            return None;
        }
        if let Some(&stance) = data.standing.get(lowered[at].as_str()) {
            let of_follows = lowered.get(at + 1).is_some_and(|next| next == "of")
                && adjacent(text, words, at + 1);
            return (of_follows || possessive).then_some(Cue {
                first: index,
                last: at,
                kind: CueKind::Stance,
                stance: Some(stance),
            });
        }
        possessive |= crate::text::is_possessive(&lowered[at]);
    }
    None
}

/// Whether only white space, or the hyphen of a compound ("male-only"),
/// stands between word `at` and the one before it.
fn adjacent_or_hyphenated(text: &str, words: &[Word], at: usize) -> bool {
    text.get(words[at - 1].end..words[at].start)
        .is_some_and(|gap| gap == "-" || gap.chars().all(char::is_whitespace))
}

/// A light verb at word `index` with a noun of position within the
/// window after it, before the clause ends: "made a number of demands",
/// "filed the lawsuit against …". `[light_verbs]` in `data/cues.toml`.
fn light_verb_with_noun(
    text: &str,
    words: &[Word],
    lowered: &[String],
    index: usize,
) -> Option<Cue> {
    let data = cue_data();
    if !data.light_verbs.contains(&lowered[index]) {
        return None;
    }
    for at in index + 1..words.len().min(index + 1 + data.light_window) {
        let gap = &text[words[at - 1].end..words[at].start];
        if gap.contains([',', ';', ':', '(', '—'])
            || matches!(
                lowered[at].as_str(),
                "that" | "which" | "who" | "whether" | "if" | "because" | "and" | "but" | "to"
            )
        {
            return None;
        }
        if let Some(&stance) = data.light_nouns.get(&lowered[at]) {
            return Some(Cue {
                first: index,
                last: at,
                kind: CueKind::Stance,
                stance: Some(stance),
            });
        }
    }
    None
}

/// A verb of conveying at word `index` ("raised", "laid out") with a noun
/// of a position after it in the same clause ("raised U.S. objections"),
/// as a cue of speech whose stance the noun gives (see
/// [`restated_position`]).
fn conveyed_position(text: &str, words: &[Word], lowered: &[String], index: usize) -> Option<Cue> {
    let data = cue_data();
    // Most words open no verb of conveying: one look-up spares them the
    // comparison with every verb.
    if !data.conveying_first.contains(lowered[index].as_str()) {
        return None;
    }
    let verb = phrase_at(&data.conveying, text, words, lowered, index)?;
    let last = index + verb.len() - 1;
    // The noun stands in the verb's own clause: no punctuation but the
    // periods and apostrophes inside a word ("U.S.", "government’s") and
    // no word that opens a clause comes between, nor a preposition that
    // ends the object ("shared a border with support staff").
    (last + 1..words.len().min(last + 1 + data.restating_window))
        .take_while(|&at| {
            !matches!(
                lowered[at].as_str(),
                "that"
                    | "which"
                    | "who"
                    | "where"
                    | "when"
                    | "if"
                    | "whether"
                    | "and"
                    | "but"
                    | "with"
                    | "on"
                    | "in"
                    | "at"
                    | "from"
                    | "for"
                    | "by"
            ) && text[words[at - 1].end..words[at].start]
                .chars()
                .all(|c| c.is_whitespace() || c == '.')
        })
        .any(|at| data.restated_positions.contains_key(lowered[at].as_str()))
        .then_some(Cue {
            first: index,
            last,
            kind: CueKind::Speech,
            stance: None,
        })
}

/// A verb that judges a thing only with "as" after its object, at word
/// `index`: "attacked the inquiry as a hoax", "referred to the leader as
/// “a liar”". Without the "as" they tell of deeds ("attacked the town"), so
/// the "as" must follow within a few words, in the verb's own clause, and
/// open a quotation or a word rather than close the sentence.
fn characterised_as(text: &str, words: &[Word], lowered: &[String], index: usize) -> Option<Cue> {
    const WINDOW: usize = 8;
    let verb = phrase_at(&cue_data().characterising_as, text, words, lowered, index)?;
    let last = index + verb.len() - 1;
    // "The town was classified as a disaster zone": in the passive the
    // subject is the thing judged, not the judge.
    let passive = index > 0 && PASSIVE_AUXILIARIES.contains(&lowered[index - 1].as_str());
    if passive {
        return None;
    }
    (last + 1..words.len().min(last + 1 + WINDOW))
        .take_while(|&at| {
            !matches!(
                lowered[at].as_str(),
                "that" | "which" | "who" | "where" | "when" | "if" | "and" | "but" | "after"
            ) && text[words[at - 1].end..words[at].start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '.' | '’' | '\''))
        })
        .any(|at| {
            lowered[at] == "as" && at > last + 1 && judgement_after_as(text, words, lowered, at)
        })
        .then_some(Cue {
            first: index,
            last,
            kind: CueKind::Speech,
            stance: None,
        })
}

/// Whether the "as" at word `at` opens a judgement rather than a clause of
/// time ("attacked the town as residents slept"): a quotation, an
/// indefinite noun ("as a hoax"), or a word, perhaps after an adverb, that
/// closes the clause ("as weak.", "as politically motivated,").
fn judgement_after_as(text: &str, words: &[Word], lowered: &[String], at: usize) -> bool {
    let Some(next) = words.get(at + 1) else {
        return false;
    };
    let quoted = text[words[at].end..next.start]
        .chars()
        .any(|c| matches!(c, '“' | '"' | '‘' | '\''));
    let closes_after = |word: usize| match words.get(word + 1) {
        None => true,
        Some(following) => text[words[word].end..following.start]
            .chars()
            .any(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '—' | '(')),
    };
    quoted
        || matches!(lowered[at + 1].as_str(), "a" | "an" | "being")
        || closes_after(at + 1)
        || (lowered[at + 1].ends_with("ly")
            && closes_after(at + 2)
            && adjacent(text, words, at + 2))
}

/// The phrase of `phrases` (each as its lower-case words) that opens at
/// word `index`, its words parted by white space alone.
fn phrase_at<'p>(
    phrases: &'p [Vec<String>],
    text: &str,
    words: &[Word],
    lowered: &[String],
    index: usize,
) -> Option<&'p Vec<String>> {
    phrases.iter().find(|phrase| {
        phrase
            .iter()
            .enumerate()
            .all(|(offset, part)| lowered.get(index + offset) == Some(part))
            && (1..phrase.len()).all(|offset| adjacent(text, words, index + offset))
    })
}

/// Whether word `at` is joined to the word before it by a hyphen alone.
fn hyphen_between(text: &str, words: &[Word], at: usize) -> bool {
    text.get(words[at - 1].end..words[at].start) == Some("-")
}

/// Whether only white space stands between word `at` and the one before
/// it: no punctuation parts them.
fn adjacent(text: &str, words: &[Word], at: usize) -> bool {
    text.get(words[at - 1].end..words[at].start)
        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
}

pub(crate) fn is_cue_word(word: &Word) -> bool {
    cue_table().contains_key(&lower(word))
}

/// Verbs of harming others that, after "wants to" or "seeks to", make the
/// aim a motive the author imputes.
pub(crate) const HOSTILE_AIMS: &[&str] = &[
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
pub(crate) fn imputed_motive(words: &[Word], cue: &Cue) -> bool {
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
pub(crate) fn agreement_stance(lowered: &str) -> Stance {
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
        super::stance::agreed_clause(lowered)
            .or_else(|| super::stance::agreed_to(lowered))
            .unwrap_or(Stance::Support)
    }
}

/// The stances a verb of position carries alone ("proposed", "rejected"),
/// none if it is none: the single-word entries of the cue table.
fn verb_stances(verb: &str) -> impl Iterator<Item = Stance> + '_ {
    cue_table()
        .get(verb)
        .into_iter()
        .flatten()
        .filter(|entry| entry.words.len() == 1)
        .filter_map(|entry| entry.stance)
}

/// The stance the verb of a reported act carries alone, the act starting
/// at byte `act` as [`third_party_act`] gives it ("proposed", "had
/// rejected").
pub(crate) fn act_stance(text: &str, act: usize) -> Option<Stance> {
    let mut words = text[act..]
        .split_whitespace()
        .map(|word| word.trim_end_matches([',', '.', ';', ':']).to_lowercase());
    let first = words.next()?;
    let verb = match matches!(first.as_str(), "had" | "has" | "have") {
        true => words.next()?,
        false => first,
    };
    let stance = verb_stances(&verb).next();
    stance
}

/// "X said the rebels had demanded a ransom", "X says the government
/// accepted the plan": where the clause a verb of saying reports opens with
/// another party and that party's past act of position, the act is that
/// party's, and the speaker only reports it. Returns the byte offset where
/// the other party's clause opens, so that the speaker's stance is judged
/// by the words before it, and where its act's verb stands, so that the
/// caller can tell whether the party named between is the speaker's own.
/// The speaker's own side ("he", "we", "its government") is no other party.
pub(crate) fn third_party_act(text: &str, cue_end: usize) -> Option<(usize, usize)> {
    const OWN_SIDE: [&str; 14] = [
        "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my", "you",
        "your",
    ];
    const PERFECT: [&str; 3] = ["had", "has", "have"];
    const OBJECT_OPENERS: [&str; 12] = [
        "the", "a", "an", "to", "its", "his", "her", "their", "any", "all", "this", "that",
    ];
    let after = &text[cue_end..];
    let clause = after.trim_start();
    // "said on Monday that …": the reported clause opens after "that".
    let clause = match clause.split(' ').take(5).position(|word| word == "that") {
        Some(at) => clause.splitn(at + 2, ' ').last().unwrap_or(clause),
        None => clause,
    };
    let clause_start = text.len() - clause.len();
    let word_start = |at: usize| {
        clause_start
            + clause
                .split(' ')
                .take(at)
                .map(|word| word.len() + 1)
                .sum::<usize>()
    };
    let mut words = clause.split(' ').take(9).enumerate();
    let mut seen = 0;
    while let Some((at, word)) = words.next() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let lower = bare.to_lowercase();
        if at == 0
            && (OWN_SIDE.contains(&lower.as_str())
                || !bare
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’')))
        {
            return None;
        }
        // A clause of its own words, a modal's forecast or a copula's
        // judgement is the speaker's reading, not a past act.
        if word.ends_with([',', ';', ':', '.']) && at + 1 < 9 && !PERFECT.contains(&lower.as_str())
            || matches!(
                lower.as_str(),
                "would"
                    | "will"
                    | "could"
                    | "should"
                    | "must"
                    | "might"
                    | "may"
                    | "can"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "not"
                    | "to"
                    | "but"
                    | "and"
                    | "or"
            )
        {
            return None;
        }
        if PERFECT.contains(&lower.as_str()) && seen > 0 {
            let next = words.next()?.1.trim_end_matches([',', '.']).to_lowercase();
            return verb_stances(&next)
                .next()
                .is_some()
                .then_some((clause_start, word_start(at)));
        }
        // A past form is a finite verb when its object follows ("rejected
        // the plan", "agreed to"); before a preposition or a noun it is a
        // participle describing the party ("a vote planned for March",
        // "the proposed deal"), and a word in "-ed" that is no act ("the
        // United States") is still the party's name. A threat in the past
        // simple may be a thing's ("the drought threatened the harvest"),
        // which the speaker warns of.
        let object_follows = || {
            clause
                .split(' ')
                .nth(at + 1)
                .is_some_and(|next| OBJECT_OPENERS.contains(&next))
        };
        let past_act = lower.ends_with("ed") && {
            let carried: Vec<Stance> = verb_stances(&lower).collect();
            !carried.is_empty() && !carried.contains(&Stance::Warn)
        };
        if seen > 0 && past_act && object_follows() {
            return Some((clause_start, word_start(at)));
        }
        seen += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_name_a_wish` looks only for the nouns, so every phrase must hold
    /// one of them.
    #[test]
    fn every_phrase_naming_a_wish_holds_one_of_its_nouns() {
        let data = cue_data();
        for (phrase, _) in &data.on_behalf_phrases {
            assert!(
                may_name_a_wish(phrase),
                "{phrase} holds no noun of [on_behalf.nouns]"
            );
        }
    }
}
