//! Coreference within an article: who a pronoun, "they" or "the two
//! sides" stands for, from the people and bodies that spoke last.

use super::*;

/// What the text has said so far, for resolving pronouns.
#[derive(Default)]
pub(crate) struct Discourse {
    /// The people who spoke or held a position, most recent last, with their
    /// gender as far as the text tells it; `None` is somebody unnamed.
    pub(crate) recent_people: Vec<(Option<ActorRef>, Gender)>,
    pub(crate) last_body: Option<ActorRef>,
    /// Whether the last actor noted was a state or body rather than a
    /// person: "They" and "It" opening a sentence only reach back to a body
    /// when no person spoke since.
    pub(crate) body_last: bool,
    /// Everyone the article names in full, for surnames and roles.
    pub(crate) people: People,
    /// The last two actors a sentence named together ("X and Y held talks").
    pub(crate) last_pair: Option<(ActorRef, ActorRef)>,
    /// The last two people a sentence named together, whom "both leaders"
    /// means even when two states were named together since.
    pub(crate) last_people_pair: Option<(ActorRef, ActorRef)>,
    /// The actors of the last joint statement ("X and Y said …") or of the
    /// last sentence whose subject was a list of people, whom a "They"
    /// opening a later sentence means while no body spoke since.
    pub(crate) last_group: Vec<ActorRef>,
    pub(crate) group_last: bool,
    /// The joint speakers of the sentence being read, kept until its own
    /// statements are noted.
    pub(crate) pending_group: Vec<ActorRef>,
    /// Who the text last said issued a statement or communiqué, whom "the
    /// statement said" means.
    pub(crate) last_issuer: Option<ActorRef>,
    /// The state or body the last sentence of narration opened with, if no
    /// actor spoke since: whom a later "It" means ("The union called a
    /// strike. It said …"). "They" does not reach it: a plural more often
    /// means the people of the narration.
    pub(crate) subject_body: Option<ActorRef>,
}

impl Discourse {
    /// Tells the gender of a person whose name told none, here and in the
    /// people who spoke already, so a later "he" or "she" skips them when
    /// the gender differs.
    pub(crate) fn learn_gender(&mut self, actor: &ActorRef, name: &str, gender: Gender) {
        if self.people.learn_gender(name, gender) {
            for (spoke, known) in &mut self.recent_people {
                if spoke.as_ref() == Some(actor) {
                    *known = gender;
                }
            }
        }
    }

    /// Notes somebody unnamed who spoke, as written ("a spokesman",
    /// "officials"): one person is whom a later "he" or "she" most likely
    /// means, where people in the plural are nobody such a pronoun means.
    pub(crate) fn note_unnamed(&mut self, written: &str, attributor: &Attributor) {
        if unnamed_in_plural(written) {
            self.body_last = false;
        } else {
            self.note(&Target::Anonymous, attributor);
        }
    }

    pub(crate) fn note(&mut self, target: &Target, attributor: &Attributor) {
        self.subject_body = None;
        let actor = match target {
            Target::Actor(actor) => actor,
            Target::Anonymous => {
                self.recent_people.push((None, Gender::Unknown));
                self.body_last = false;
                return;
            }
            _ => return,
        };
        let kind = attributor.kind_of(actor);
        if kind == ActorKind::Person {
            let gender = self.people.gender_of(attributor.name_of(actor));
            self.recent_people.push((Some(actor.clone()), gender));
            self.body_last = false;
        } else {
            // A plural "They" may still mean a group after one person of it
            // or beside it spoke, but not after a body did.
            self.group_last = false;
            self.last_body = Some(actor.clone());
            self.body_last = true;
        }
    }

    /// Notes narration about people in the plural whom no name identifies:
    /// a later "They" means them, and neither a group that spoke before nor
    /// a body.
    pub(crate) fn note_plural_narration(&mut self) {
        self.group_last = false;
        self.body_last = false;
    }

    /// Notes a state or body that a sentence of narration opens with: a
    /// later "It" means it, while a group that spoke together stays whom
    /// "They" means.
    pub(crate) fn note_subject_body(&mut self, actor: &ActorRef) {
        self.subject_body = Some(actor.clone());
    }

    /// Notes a person a sentence names beside its subject ("X met Y"): a
    /// later pronoun the subject does not fit may mean them. A body the
    /// sentence spoke of stays the one "It" and "They" reach back to.
    pub(crate) fn note_in_passing(&mut self, actor: &ActorRef, attributor: &Attributor) {
        let gender = self.people.gender_of(attributor.name_of(actor));
        self.recent_people.push((Some(actor.clone()), gender));
    }

    /// The last person who spoke whose gender does not rule out the pronoun.
    pub(crate) fn last_person(&self, gender: Gender) -> Option<ActorRef> {
        self.recent_people
            .iter()
            .rev()
            .find(|(_, known)| {
                gender == Gender::Unknown || *known == Gender::Unknown || *known == gender
            })
            .and_then(|(actor, _)| actor.clone())
    }

    pub(crate) fn resolve(&self, target: &Target) -> Option<ActorRef> {
        match target {
            Target::Actor(actor) => Some(actor.clone()),
            Target::Anonymous | Target::UnnamedBody => None,
            Target::Person(gender) => self.last_person(*gender),
            Target::Body => self
                .subject_body
                .clone()
                .or_else(|| self.last_body.clone().filter(|_| self.body_last)),
            Target::Pair { people } => self.pair(*people).map(|(first, _)| first.clone()),
            Target::PairMember { second } => self
                .pair(false)
                .map(|(first, other)| if *second { other } else { first }.clone()),
            Target::Plural | Target::Group => self.resolve_all(target).into_iter().next(),
            Target::Document => self.last_issuer.clone(),
        }
    }

    /// Remembers the actors of a joint statement in the current sentence.
    pub(crate) fn note_joint(&mut self, actors: &[ActorRef]) {
        let mut distinct: Vec<ActorRef> = Vec::new();
        for actor in actors {
            if !distinct.contains(actor) {
                distinct.push(actor.clone());
            }
        }
        if distinct.len() >= 2 {
            self.pending_group = distinct;
        }
    }

    /// Makes the joint speakers of the sentence just read the group a later
    /// "They" means, once its statements have been noted one by one.
    pub(crate) fn close_sentence(&mut self) {
        if !self.pending_group.is_empty() {
            self.last_group = std::mem::take(&mut self.pending_group);
            self.group_last = true;
        }
    }

    /// Every actor a target stands for: two for a pair, else at most one.
    pub(crate) fn resolve_all(&self, target: &Target) -> Vec<ActorRef> {
        match target {
            Target::Pair { people } => self
                .pair(*people)
                .map(|(first, second)| vec![first.clone(), second.clone()])
                .unwrap_or_default(),
            Target::Plural if self.group_last => self.last_group.clone(),
            // A plural role with no joint speakers before it means the two
            // people last named together: "X met Y. The leaders agreed …".
            Target::Group if self.last_group.is_empty() => self
                .pair(true)
                .map(|(first, second)| vec![first.clone(), second.clone()])
                .unwrap_or_default(),
            Target::Group => self.last_group.clone(),
            Target::Plural => self
                .last_body
                .clone()
                .filter(|_| self.body_last)
                .into_iter()
                .collect(),
            _ => self.resolve(target).into_iter().collect(),
        }
    }

    /// The pair "the two sides" means, or for a noun only people can be
    /// ("both leaders"), the last two people named together.
    fn pair(&self, people: bool) -> Option<&(ActorRef, ActorRef)> {
        people
            .then_some(self.last_people_pair.as_ref())
            .flatten()
            .or(self.last_pair.as_ref())
    }

    /// Remembers two registered actors a sentence joins with "and".
    pub(crate) fn note_pair(&mut self, text: &str, mentions: &[Mention], attributor: &Attributor) {
        let person = |actor| attributor.kind_of(actor) == ActorKind::Person;
        for (at, pair) in mentions.windows(2).enumerate() {
            let (Target::Actor(first), Target::Actor(second)) = (&pair[0].target, &pair[1].target)
            else {
                continue;
            };
            // "Mayor X of Oslo met Y": a place after "of" right after a
            // person is where the person serves; the person is the side.
            let place_of_person = at.checked_sub(1).and_then(|before| {
                let Target::Actor(owner) = &mentions[before].target else {
                    return None;
                };
                let gap = text.get(mentions[before].end..pair[0].start)?;
                (person(owner) && gap == " of " && attributor.kind_of(first) == ActorKind::State)
                    .then_some(owner)
            });
            let first = place_of_person.unwrap_or(first);
            // "X and Russian President Y": titles may stand before the second.
            let Some(gap) = text.get(pair[0].end..pair[1].start).map(str::trim) else {
                continue;
            };
            // "X, Jr. met with Y": a generational suffix is part of the
            // first name, not a clause between the two.
            let gap = [", Jr.", ", Sr.", "Jr.", "Sr."]
                .iter()
                .find_map(|suffix| gap.strip_prefix(suffix))
                .map_or(gap, str::trim_start);
            let joined = gap.strip_prefix("and").is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(' ')
                        && rest.split_whitespace().count() <= 3
                        && rest.split_whitespace().all(|word| {
                            word.chars().next().is_some_and(char::is_uppercase)
                                // "Saudi Arabia and the United States".
                                || word == "the"
                                || names::rules().is_role_part(word)
                        })
            });
            // "X had a telephone conversation with President Y", "X met
            // Y": the two sides of a meeting.
            let met = {
                let lowered = gap.to_lowercase();
                let words: Vec<&str> = lowered.split_whitespace().collect();
                let with_at = words
                    .iter()
                    .rposition(|word| *word == "with" || *word == "met");
                let meeting = words
                    .iter()
                    .any(|word| names::rules().is_meeting_word(word));
                let titles_after = with_at.is_some_and(|at| {
                    gap.split_whitespace().skip(at + 1).all(|word| {
                        word.chars().next().is_some_and(char::is_uppercase) || word == "of"
                    })
                });
                meeting && titles_after && words.len() <= 12 && !gap.contains([',', ';'])
            };
            // "X and his Australian counterpart, Y,", "X met her Chilean
            // counterpart, Y": the counterpart is the other side.
            let counterpart = {
                let lowered = gap.to_lowercase();
                let rest = ["and ", "met with ", "met "]
                    .iter()
                    .find_map(|opening| lowered.strip_prefix(opening))
                    .and_then(|rest| {
                        ["his ", "her ", "their "]
                            .iter()
                            .find_map(|owner| rest.strip_prefix(owner))
                    });
                rest.and_then(|rest| rest.trim_end_matches(',').strip_suffix("counterpart"))
                    .is_some_and(|between| between.split_whitespace().count() <= 3)
            };
            let met = met || counterpart;
            // "…, as discussed by President X and President Y at the summit":
            // a pair in a clause that recalls an earlier event is not who
            // "the two sides" of this text are.
            let recalled = joined && recalled_by(text, pair[0].start);
            if first != second && (joined || met) && !recalled {
                self.last_pair = Some((first.clone(), second.clone()));
                if person(first) && person(second) {
                    self.last_people_pair = Some((first.clone(), second.clone()));
                }
            }
        }
        // "X met on Monday with Party Member, Director of the Office, and
        // Foreign Minister Y": the other side of a meeting is the person
        // after a run of titles, whatever bodies those titles name (read
        // last, so that it overrides the body first in that run).
        for (at, first) in mentions.iter().enumerate() {
            let Target::Actor(first_actor) = &first.target else {
                continue;
            };
            if !person(first_actor) {
                continue;
            }
            let Some(second) = mentions[at + 1..]
                .iter()
                .find(|mention| matches!(&mention.target, Target::Actor(actor) if person(actor)))
            else {
                continue;
            };
            let Target::Actor(second_actor) = &second.target else {
                continue;
            };
            let gap = text.get(first.end..second.start).unwrap_or_default();
            if first_actor != second_actor && met_across_titles(gap) {
                self.last_pair = Some((first_actor.clone(), second_actor.clone()));
                self.last_people_pair = self.last_pair.clone();
            }
            break;
        }
    }
}

impl Attributor<'_> {
    /// "X secured the last delegate, her first of the campaign": a pronoun
    /// after the person who opens a sentence, before anyone else is named or
    /// quoted, is that person's, and tells a gender that the name did not.
    pub(crate) fn learn_gender_from_pronoun(
        &self,
        text: &str,
        sentence: Span,
        mentions: &[Mention],
        state: &mut Discourse,
    ) {
        let mut named = mentions
            .iter()
            .filter(|mention| matches!(mention.target, Target::Actor(_)));
        let Some(first) = named.next() else {
            return;
        };
        let Target::Actor(actor) = &first.target else {
            return;
        };
        if first.possessive
            || self.kind_of(actor) != ActorKind::Person
            || preceded_by_preposition(text, first.start)
        {
            return;
        }
        let name = self.name_of(actor);
        if state.people.gender_of(name) != Gender::Unknown {
            return;
        }
        // The next person named closes the window; a body or a state named
        // in between ("X, a lawmaker from the Liberal Union, said her party
        // …") does not.
        let end = named
            .find(|next| {
                matches!(&next.target, Target::Actor(other) if self.kind_of(other) == ActorKind::Person)
            })
            .map_or(sentence.end as usize, |next| next.start)
            .max(first.end);
        let after = &text[first.end..end];
        let after = after
            .find(['"', '“', '”', '‘'])
            .map_or(after, |quote| &after[..quote]);
        let gender = after
            .split(|c: char| !c.is_alphabetic())
            .find_map(|word| match word {
                "he" | "him" | "his" | "himself" => Some(Gender::Male),
                "she" | "her" | "hers" | "herself" => Some(Gender::Female),
                _ => None,
            });
        if let Some(gender) = gender {
            state.learn_gender(actor, name, gender);
        }
    }
}

/// Whether a name is the agent of an "as"-clause that recalls an earlier
/// act: "as discussed by", "as agreed by", "as first proposed by", with any
/// titles between "by" and the name.
fn recalled_by(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .skip_while(|word| word.chars().next().is_some_and(char::is_uppercase))
        .take(4)
        .collect();
    words.first() == Some(&"by") && words[1..].contains(&"as")
}

/// Whether the text between two people tells of a meeting of the first
/// with the second across a run of the second's titles: a few words with a
/// verb of meeting and "with", then only capitalised words, "of", "the",
/// "and" and commas ("met on Monday with Party Member, Director of the
/// Office, and Foreign Minister").
fn met_across_titles(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let Some(with_at) = words.iter().position(|word| *word == "with") else {
        return false;
    };
    let before = &words[..with_at];
    let meeting = before
        .iter()
        .any(|word| names::rules().is_meeting_word(&word.to_lowercase()));
    let titles = words[with_at + 1..].iter().all(|word| {
        let word = word.trim_end_matches(',');
        word.chars().next().is_some_and(char::is_uppercase)
            || matches!(word, "of" | "the" | "and" | "for")
    });
    meeting
        && before.len() <= 6
        && !before.iter().any(|word| word.contains([',', ';']))
        && words.len() > with_at + 1
        && titles
        && !gap.contains(';')
}

/// Whether an unnamed description ("officials", "a senior aide") names
/// people in the plural, by the ending of its last word.
pub(crate) fn unnamed_in_plural(written: &str) -> bool {
    let head = written.rsplit(' ').next().unwrap_or(written);
    head.ends_with('s') && !head.ends_with("ss")
}
