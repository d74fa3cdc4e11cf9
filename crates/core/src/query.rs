//! Queries over the index: filtering statements by facets and counting them.
//! The app calls these; components hold no filtering logic of their own.

use crate::index::{Index, QuoteKind, Stance};

/// A combination of facets; `None` means any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub actor: Option<usize>,
    pub theme: Option<usize>,
    pub stance: Option<Stance>,
    pub article: Option<usize>,
    pub quote: Option<QuoteKind>,
}

/// Statement counts per actor, theme and article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub by_actor: Vec<usize>,
    pub by_theme: Vec<usize>,
    pub by_article: Vec<usize>,
}

impl Filter {
    pub fn matches(&self, index: &Index, statement: usize) -> bool {
        let s = &index.statements[statement];
        self.actor.is_none_or(|actor| s.actor as usize == actor)
            && self
                .theme
                .is_none_or(|theme| s.themes.contains(&(theme as u8)))
            && self.stance.is_none_or(|stance| s.stance == stance)
            && self
                .article
                .is_none_or(|article| s.article as usize == article)
            && self.quote.is_none_or(|quote| s.quote == quote)
    }
}

impl Index {
    /// The statements matching a filter, in corpus order.
    pub fn filter(&self, filter: &Filter) -> Vec<usize> {
        (0..self.statements.len())
            .filter(|&statement| filter.matches(self, statement))
            .collect()
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            by_actor: vec![0; self.actors.len()],
            by_theme: vec![0; self.themes.len()],
            by_article: vec![0; self.articles.len()],
        };
        for statement in &self.statements {
            counts.by_actor[statement.actor as usize] += 1;
            counts.by_article[statement.article as usize] += 1;
            for &theme in &statement.themes {
                counts.by_theme[theme as usize] += 1;
            }
        }
        counts
    }

    /// Actors with at least one statement, most statements first, then by name.
    pub fn actors_by_count(&self) -> Vec<(usize, usize)> {
        let counts = self.counts();
        let mut ranked: Vec<(usize, usize)> = counts
            .by_actor
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, count)| *count > 0)
            .collect();
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| self.actors[a.0].name.cmp(&self.actors[b.0].name))
        });
        ranked
    }

    /// The statements of every article, in reading order, in one pass: for
    /// lists of many articles, where asking [`Index::statements_in_article`]
    /// once per article would scan every statement once per article.
    pub fn statements_by_article(&self) -> Vec<Vec<usize>> {
        let mut by_article = vec![Vec::new(); self.articles.len()];
        for (number, statement) in self.statements.iter().enumerate() {
            if let Some(list) = by_article.get_mut(statement.article as usize) {
                list.push(number);
            }
        }
        by_article
    }

    /// The statements of one article, in reading order.
    pub fn statements_in_article(&self, article: usize) -> Vec<usize> {
        self.filter(&Filter {
            article: Some(article),
            ..Filter::default()
        })
    }
}

/// How many statements take each stance, in [`Stance::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StanceMix(pub [usize; 6]);

impl StanceMix {
    pub fn of(index: &Index, statements: &[usize]) -> StanceMix {
        let mut mix = StanceMix::default();
        for &statement in statements {
            mix.add(index.statements[statement].stance);
        }
        mix
    }

    pub fn add(&mut self, stance: Stance) {
        self.0[stance_slot(stance)] += 1;
    }

    pub fn get(&self, stance: Stance) -> usize {
        self.0[stance_slot(stance)]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// The stances that occur, with their counts, in [`Stance::ALL`] order.
    pub fn present(&self) -> Vec<(Stance, usize)> {
        Stance::ALL
            .into_iter()
            .map(|stance| (stance, self.get(stance)))
            .filter(|(_, count)| *count > 0)
            .collect()
    }

    /// Each present stance's share of the total in whole `parts` (at least
    /// one each), for drawing a bar from a fixed set of widths: the app's
    /// Content-Security-Policy allows no inline styles.
    pub fn shares(&self, parts: usize) -> Vec<(Stance, usize)> {
        let total = self.total().max(1);
        self.present()
            .into_iter()
            .map(|(stance, count)| {
                (
                    stance,
                    ((count * parts + total / 2) / total).clamp(1, parts),
                )
            })
            .collect()
    }

    /// The most frequent stance; ties go to the earlier one in [`Stance::ALL`].
    pub fn dominant(&self) -> Option<Stance> {
        self.present()
            .into_iter()
            .fold(
                None,
                |best: Option<(Stance, usize)>, (stance, count)| match best {
                    Some((_, most)) if most >= count => best,
                    _ => Some((stance, count)),
                },
            )
            .map(|(stance, _)| stance)
    }

    /// A text alternative for a stance bar: "3 statements: 2 demand, 1 reject".
    pub fn describe(&self) -> String {
        let total = self.total();
        let noun = if total == 1 {
            "statement"
        } else {
            "statements"
        };
        let parts: Vec<String> = self
            .present()
            .into_iter()
            .map(|(stance, count)| format!("{count} {}", stance.as_str()))
            .collect();
        if parts.is_empty() {
            format!("no {noun}")
        } else {
            format!("{total} {noun}: {}", parts.join(", "))
        }
    }
}

fn stance_slot(stance: Stance) -> usize {
    Stance::ALL
        .iter()
        .position(|&other| other == stance)
        .unwrap_or(0)
}

fn quote_slot(quote: QuoteKind) -> usize {
    QuoteKind::ALL
        .iter()
        .position(|&other| other == quote)
        .unwrap_or(0)
}

/// Whether two stances on one theme count as agreement: the same stance,
/// both demanding, proposing, supporting or rejecting. A stance says what a
/// statement does, not what it is about, so a proposal next to support for
/// something else is not agreement; sharing the stance is the closest the
/// index comes. Warnings and assessments are too open to count.
pub fn stances_agree(a: Stance, b: Stance) -> bool {
    a == b && !matches!(a, Stance::Warn | Stance::Assess)
}

/// A sort key: three numbers, compared in order (negate for descending).
pub type Rank = [i64; 3];

/// Sorts `items` by a key computed once per item, keeping the original
/// order among equal keys. Every sort in the core and the app goes through
/// this one function, so the wasm binary carries one sort routine instead of
/// one per call site and item type.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> Rank) {
    let mut keys: Vec<(Rank, usize)> = items
        .iter()
        .enumerate()
        .map(|(position, item)| (rank(item), position))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        keys.into_iter()
            .filter_map(|(_, position)| slots[position].take()),
    );
}

/// A count as a descending sort key.
fn most(count: usize) -> i64 {
    -(count as i64)
}

/// One cell of the actor × theme matrix.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MatrixCell {
    /// The statements of the row's actor that carry the column's theme.
    pub statements: Vec<usize>,
    pub mix: StanceMix,
}

/// Who speaks on what: actors as rows (most statements first), themes as
/// columns (most statements first), statements counted under every theme
/// they carry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matrix {
    pub actors: Vec<usize>,
    /// Each row actor's statement count under the filter.
    pub actor_totals: Vec<usize>,
    pub themes: Vec<usize>,
    pub theme_totals: Vec<usize>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<MatrixCell>>,
    /// Actors with statements that fell below the threshold.
    pub hidden_actors: usize,
}

/// Counts per facet value for a set of statements. Each facet is counted with
/// its own constraint lifted, so the numbers say how many statements choosing
/// that value would give with the other facets kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetCounts {
    pub actor: Vec<usize>,
    pub theme: Vec<usize>,
    pub stance: [usize; 6],
    pub article: Vec<usize>,
    pub quote: [usize; 3],
}

impl FacetCounts {
    pub fn stance(&self, stance: Stance) -> usize {
        self.stance[stance_slot(stance)]
    }

    pub fn quote(&self, quote: QuoteKind) -> usize {
        self.quote[quote_slot(quote)]
    }
}

/// One theme in the comparison of two actors.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeComparison {
    pub theme: usize,
    /// The first actor's statements on the theme.
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    /// Pairs of statements (from a, from b) whose stances clash.
    pub clashes: Vec<(usize, usize)>,
    /// Pairs of statements whose stances agree (see [`stances_agree`]).
    pub agreements: Vec<(usize, usize)>,
}

/// Two actors who clash on a theme, with the first clashing pair as evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Clash {
    pub actor_a: usize,
    pub actor_b: usize,
    pub statement_a: usize,
    pub statement_b: usize,
    /// How many clashing statement pairs the two actors have on the theme.
    pub pairs: usize,
}

/// Two actors (a < b by index) who clash, on which themes, over how many
/// statement pairs.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorPairClashes {
    pub a: usize,
    pub b: usize,
    pub themes: Vec<usize>,
    pub pairs: usize,
}

/// An institution with the people who speak for it, for grouped actor lists.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorGroup {
    pub head: usize,
    /// Actors whose `speaks_for` is the head, most statements first.
    pub members: Vec<usize>,
    /// The head's own statements plus its members'.
    pub total: usize,
}

/// A stretch of a block in the article reader: either plain text or one
/// evidence sentence with the statements that cite it.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub span: crate::index::Span,
    /// Empty for plain text.
    pub statements: Vec<usize>,
}

impl Index {
    /// Each actor's position in alphabetical order of names, for sort keys.
    pub fn actor_name_ranks(&self) -> Vec<i64> {
        let mut by_name: Vec<usize> = (0..self.actors.len()).collect();
        by_name.sort_unstable_by(|&a, &b| self.actors[a].name.cmp(&self.actors[b].name));
        let mut ranks = vec![0; self.actors.len()];
        for (rank, actor) in by_name.into_iter().enumerate() {
            ranks[actor] = rank as i64;
        }
        ranks
    }

    /// Statement counts per facet value within `scope` (for example the hits
    /// of a search), each facet counted with the other facets applied.
    pub fn facet_counts(&self, scope: &[usize], filter: &Filter) -> FacetCounts {
        let mut counts = FacetCounts {
            actor: vec![0; self.actors.len()],
            theme: vec![0; self.themes.len()],
            stance: [0; 6],
            article: vec![0; self.articles.len()],
            quote: [0; 3],
        };
        // One pass, and one test of each facet per statement: a statement
        // counts under a facet when it meets every other facet, that is
        // when the facets it fails are that one alone or none.
        const ACTOR: u8 = 1;
        const THEME: u8 = 2;
        const STANCE: u8 = 4;
        const ARTICLE: u8 = 8;
        const QUOTE: u8 = 16;
        let counted = |failed: u8, facet: u8| failed & !facet == 0;
        for &number in scope {
            let statement = &self.statements[number];
            let mut failed = 0;
            if filter
                .actor
                .is_some_and(|actor| statement.actor as usize != actor)
            {
                failed |= ACTOR;
            }
            if filter
                .theme
                .is_some_and(|theme| !statement.themes.contains(&(theme as u8)))
            {
                failed |= THEME;
            }
            if filter
                .stance
                .is_some_and(|stance| statement.stance != stance)
            {
                failed |= STANCE;
            }
            if filter
                .article
                .is_some_and(|article| statement.article as usize != article)
            {
                failed |= ARTICLE;
            }
            if filter.quote.is_some_and(|quote| statement.quote != quote) {
                failed |= QUOTE;
            }
            // Failing two facets, a statement counts nowhere.
            if failed.count_ones() > 1 {
                continue;
            }
            if counted(failed, ACTOR) {
                counts.actor[statement.actor as usize] += 1;
            }
            if counted(failed, THEME) {
                for &theme in &statement.themes {
                    counts.theme[theme as usize] += 1;
                }
            }
            if counted(failed, STANCE) {
                counts.stance[stance_slot(statement.stance)] += 1;
            }
            if counted(failed, ARTICLE) {
                counts.article[statement.article as usize] += 1;
            }
            if counted(failed, QUOTE) {
                counts.quote[quote_slot(statement.quote)] += 1;
            }
        }
        counts
    }

    /// The actor × theme matrix of the statements matching `filter` (its actor
    /// and theme facets are ignored), with actors of fewer than
    /// `min_statements` statements left out and counted in `hidden_actors`.
    pub fn matrix(&self, filter: &Filter, min_statements: usize) -> Matrix {
        let scope = Filter {
            actor: None,
            theme: None,
            ..filter.clone()
        };
        let statements = self.filter(&scope);
        let mut actor_totals = vec![0usize; self.actors.len()];
        let mut theme_totals = vec![0usize; self.themes.len()];
        for &number in &statements {
            let statement = &self.statements[number];
            actor_totals[statement.actor as usize] += 1;
            for &theme in &statement.themes {
                theme_totals[theme as usize] += 1;
            }
        }
        let mut actors: Vec<usize> = (0..self.actors.len())
            .filter(|&actor| actor_totals[actor] > 0)
            .collect();
        let names = self.actor_name_ranks();
        sort_by_rank(&mut actors, |&actor| {
            [most(actor_totals[actor]), names[actor], 0]
        });
        let shown = actors.len();
        actors.retain(|&actor| actor_totals[actor] >= min_statements.max(1));
        let hidden_actors = shown - actors.len();
        let mut themes: Vec<usize> = (0..self.themes.len())
            .filter(|&theme| theme_totals[theme] > 0)
            .collect();
        sort_by_rank(&mut themes, |&theme| {
            [most(theme_totals[theme]), theme as i64, 0]
        });
        // Every statement goes to its cells in one pass (rather than one pass
        // per cell), which keeps a corpus of 100,000 statements quick.
        let mut row = vec![usize::MAX; self.actors.len()];
        for (position, &actor) in actors.iter().enumerate() {
            row[actor] = position;
        }
        let mut column = vec![usize::MAX; self.themes.len()];
        for (position, &theme) in themes.iter().enumerate() {
            column[theme] = position;
        }
        let mut members = vec![vec![Vec::new(); themes.len()]; actors.len()];
        for &number in &statements {
            let statement = &self.statements[number];
            let Some(&row) = row
                .get(statement.actor as usize)
                .filter(|&&row| row != usize::MAX)
            else {
                continue;
            };
            for &theme in &statement.themes {
                if let Some(&column) = column.get(theme as usize).filter(|&&c| c != usize::MAX) {
                    // A statement counts once per cell, even if a theme repeats.
                    if members[row][column].last() != Some(&number) {
                        members[row][column].push(number);
                    }
                }
            }
        }
        let cells = members
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|cell| MatrixCell {
                        mix: StanceMix::of(self, &cell),
                        statements: cell,
                    })
                    .collect()
            })
            .collect();
        Matrix {
            actor_totals: actors.iter().map(|&actor| actor_totals[actor]).collect(),
            theme_totals: themes.iter().map(|&theme| theme_totals[theme]).collect(),
            actors,
            themes,
            cells,
            hidden_actors,
        }
    }

    /// Statements grouped by their first (best) theme, so each appears once;
    /// the largest group first, ties in theme order.
    pub fn group_by_primary_theme(&self, statements: &[usize]) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for &number in statements {
            let theme = self.statements[number].themes.first().copied().unwrap_or(0) as usize;
            match groups.iter_mut().find(|(existing, _)| *existing == theme) {
                Some((_, members)) => members.push(number),
                None => groups.push((theme, vec![number])),
            }
        }
        sort_by_rank(&mut groups, |(theme, members)| {
            [most(members.len()), *theme as i64, 0]
        });
        groups
    }

    /// Statements grouped by actor, the actor with most statements first.
    pub fn group_by_actor(&self, statements: &[usize]) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for &number in statements {
            let actor = self.statements[number].actor as usize;
            match groups.iter_mut().find(|(existing, _)| *existing == actor) {
                Some((_, members)) => members.push(number),
                None => groups.push((actor, vec![number])),
            }
        }
        let names = self.actor_name_ranks();
        sort_by_rank(&mut groups, |(actor, members)| {
            [most(members.len()), names[*actor], 0]
        });
        groups
    }

    /// The actors who speak for `actor` (Putin and Ryabkov for Russia).
    pub fn spokespeople(&self, actor: usize) -> Vec<usize> {
        (0..self.actors.len())
            .filter(|&other| self.actors[other].speaks_for.map(usize::from) == Some(actor))
            .collect()
    }

    /// The statements of `actor` matching `filter` (whose actor facet is
    /// ignored), and with `include_spokespeople` also those of the people who
    /// speak for it, in corpus order.
    pub fn statements_of(
        &self,
        actor: usize,
        include_spokespeople: bool,
        filter: &Filter,
    ) -> Vec<usize> {
        let mut speakers = vec![actor];
        if include_spokespeople {
            speakers.extend(self.spokespeople(actor));
        }
        let scope = Filter {
            actor: None,
            ..filter.clone()
        };
        (0..self.statements.len())
            .filter(|&number| {
                speakers.contains(&(self.statements[number].actor as usize))
                    && scope.matches(self, number)
            })
            .collect()
    }

    /// Actors with statements grouped under the institution they speak for:
    /// every actor that speaks for nobody (or for an actor without
    /// statements and members) heads a group. Largest groups first.
    pub fn actor_groups(&self) -> Vec<ActorGroup> {
        let counts = self.counts().by_actor;
        let has_statements = |actor: usize| counts[actor] > 0;
        let names = self.actor_name_ranks();
        let mut groups: Vec<ActorGroup> = Vec::new();
        for head in 0..self.actors.len() {
            if self.actors[head].speaks_for.is_some() {
                continue;
            }
            let mut members: Vec<usize> = self
                .spokespeople(head)
                .into_iter()
                .filter(|&member| has_statements(member))
                .collect();
            if !has_statements(head) && members.is_empty() {
                continue;
            }
            sort_by_rank(&mut members, |&member| {
                [most(counts[member]), names[member], 0]
            });
            let total = counts[head] + members.iter().map(|&member| counts[member]).sum::<usize>();
            groups.push(ActorGroup {
                head,
                members,
                total,
            });
        }
        sort_by_rank(&mut groups, |group| {
            [most(group.total), names[group.head], 0]
        });
        groups
    }

    /// Two actors theme by theme: every theme either speaks on, most
    /// statements first, with clashing and agreeing statement pairs.
    pub fn compare(&self, a: usize, b: usize, include_spokespeople: bool) -> Vec<ThemeComparison> {
        let of_a = self.statements_of(a, include_spokespeople, &Filter::default());
        let of_b = self.statements_of(b, include_spokespeople, &Filter::default());
        let on = |statements: &[usize], theme: usize| -> Vec<usize> {
            statements
                .iter()
                .copied()
                .filter(|&number| self.statements[number].themes.contains(&(theme as u8)))
                .collect()
        };
        let mut rows: Vec<ThemeComparison> = (0..self.themes.len())
            .filter_map(|theme| {
                let a = on(&of_a, theme);
                let b = on(&of_b, theme);
                if a.is_empty() && b.is_empty() {
                    return None;
                }
                let mut clashes = Vec::new();
                let mut agreements = Vec::new();
                for &x in &a {
                    for &y in &b {
                        let (sx, sy) = (self.statements[x].stance, self.statements[y].stance);
                        if sx.clashes_with(sy) {
                            clashes.push((x, y));
                        } else if stances_agree(sx, sy) {
                            agreements.push((x, y));
                        }
                    }
                }
                Some(ThemeComparison {
                    theme,
                    a,
                    b,
                    clashes,
                    agreements,
                })
            })
            .collect();
        // Themes both actors speak on come first, as only they can clash or
        // agree; then the rest by volume.
        sort_by_rank(&mut rows, |row| {
            let both = !row.a.is_empty() && !row.b.is_empty();
            [
                -(both as i64),
                most(row.a.len() + row.b.len()),
                row.theme as i64,
            ]
        });
        rows
    }

    /// The side an actor is on: the institution it speaks for, or itself.
    pub fn camp(&self, actor: usize) -> usize {
        self.actors[actor].speaks_for.map_or(actor, usize::from)
    }

    /// Pairs of actors on different sides (see [`Index::camp`]) who clash
    /// on a theme, most clashing pairs first.
    pub fn clashes_on_theme(&self, theme: usize) -> Vec<Clash> {
        let on_theme = self.filter(&Filter {
            theme: Some(theme),
            ..Filter::default()
        });
        let groups = self.group_by_actor(&on_theme);
        let mut clashes = Vec::new();
        for (i, (actor_a, of_a)) in groups.iter().enumerate() {
            for (actor_b, of_b) in &groups[i + 1..] {
                // Putin "against" Russia is an artefact of reported speech
                // (the state rejects what its president demands of others),
                // not a clash between two sides.
                if self.camp(*actor_a) == self.camp(*actor_b) {
                    continue;
                }
                let mut first = None;
                let mut pairs = 0;
                for &x in of_a {
                    for &y in of_b {
                        if self.statements[x]
                            .stance
                            .clashes_with(self.statements[y].stance)
                        {
                            pairs += 1;
                            first.get_or_insert((x, y));
                        }
                    }
                }
                if let Some((statement_a, statement_b)) = first {
                    clashes.push(Clash {
                        actor_a: *actor_a,
                        actor_b: *actor_b,
                        statement_a,
                        statement_b,
                        pairs,
                    });
                }
            }
        }
        sort_by_rank(&mut clashes, |clash| [most(clash.pairs), 0, 0]);
        clashes
    }

    /// Pairs of actors who clash on at least one theme, with the themes,
    /// most themes first: suggestions for the compare view.
    pub fn clash_pairs(&self) -> Vec<ActorPairClashes> {
        let mut pairs: Vec<ActorPairClashes> = Vec::new();
        for theme in 0..self.themes.len() {
            for clash in self.clashes_on_theme(theme) {
                let (a, b) = (
                    clash.actor_a.min(clash.actor_b),
                    clash.actor_a.max(clash.actor_b),
                );
                match pairs.iter_mut().find(|pair| pair.a == a && pair.b == b) {
                    Some(pair) => {
                        pair.themes.push(theme);
                        pair.pairs += clash.pairs;
                    }
                    None => pairs.push(ActorPairClashes {
                        a,
                        b,
                        themes: vec![theme],
                        pairs: clash.pairs,
                    }),
                }
            }
        }
        // Pairs are found in (a, b) order already, which breaks ties.
        sort_by_rank(&mut pairs, |pair| {
            [most(pair.themes.len()), most(pair.pairs), 0]
        });
        pairs
    }

    /// A block of an article cut into plain stretches and evidence
    /// sentences; a sentence cited by several statements is one segment
    /// listing them all. Statement spans that overlap partly are cut at
    /// every boundary, so the segments never overlap.
    pub fn block_segments(&self, article: usize, block: crate::index::Span) -> Vec<Segment> {
        use crate::index::Span;
        let inside: Vec<usize> = (0..self.statements.len())
            .filter(|&number| {
                let statement = &self.statements[number];
                statement.article as usize == article && block.contains(statement.span)
            })
            .collect();
        let mut cuts = vec![block.start, block.end];
        for &number in &inside {
            cuts.push(self.statements[number].span.start);
            cuts.push(self.statements[number].span.end);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut segments: Vec<Segment> = Vec::new();
        for pair in cuts.windows(2) {
            let span = Span {
                start: pair[0],
                end: pair[1],
            };
            let statements: Vec<usize> = inside
                .iter()
                .copied()
                .filter(|&number| self.statements[number].span.contains(span))
                .collect();
            match segments.last_mut() {
                // Neighbouring plain stretches merge into one.
                Some(last) if last.statements.is_empty() && statements.is_empty() => {
                    last.span.end = span.end;
                }
                _ => segments.push(Segment { span, statements }),
            }
        }
        segments
    }

    /// The statements whose evidence contains the byte `offset` of an
    /// article; empty when the offset is in plain text.
    pub fn statements_at(&self, article: usize, offset: u32) -> Vec<usize> {
        (0..self.statements.len())
            .filter(|&number| {
                let statement = &self.statements[number];
                statement.article as usize == article
                    && statement.span.start <= offset
                    && offset < statement.span.end
            })
            .collect()
    }

    /// Articles in date order (undated ones last, in corpus order).
    pub fn articles_by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.articles.len()).collect();
        sort_by_rank(&mut order, |&article| {
            let date = self.articles[article]
                .date
                .as_deref()
                .and_then(TextDate::parse_iso);
            date.map_or([1, 0, 0], |date| [0, date.sort_key(), 0])
        });
        order
    }
}

pub use crate::dates::TextDate;

/// A date stated in an article's body, with the sentence that states it.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub date: TextDate,
    /// False when the year was taken from the article's own date.
    pub year_stated: bool,
    pub article: usize,
    /// The words that state the date.
    pub span: crate::index::Span,
    pub sentence: crate::index::Span,
    /// The statements whose evidence is this sentence.
    pub statements: Vec<usize>,
}

/// One entry of the timeline: a date with what happened or was said then.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    pub date: TextDate,
    /// Articles published on this date.
    pub published: Vec<usize>,
    pub mentions: Vec<DateMention>,
}

impl Index {
    /// Every date stated in the articles' bodies (found when each article
    /// was parsed, see [`crate::dates::stated_dates`]) and every
    /// publication date, merged by date in chronological order, each
    /// mention with the statements made in its sentence.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        // Statements are linked here rather than stored with the dates,
        // because corrections add and remove statements after the build.
        let mut by_sentence: std::collections::HashMap<(u16, crate::index::Span), Vec<usize>> =
            std::collections::HashMap::new();
        for (number, statement) in self.statements.iter().enumerate() {
            by_sentence
                .entry((statement.article, statement.span))
                .or_default()
                .push(number);
        }
        let mut entries: Vec<TimelineEntry> = Vec::new();
        let mut positions: std::collections::HashMap<TextDate, usize> =
            std::collections::HashMap::new();
        let mut entry_for = |entries: &mut Vec<TimelineEntry>, date: TextDate| -> usize {
            *positions.entry(date).or_insert_with(|| {
                entries.push(TimelineEntry {
                    date,
                    published: Vec::new(),
                    mentions: Vec::new(),
                });
                entries.len() - 1
            })
        };
        for (number, article) in self.articles.iter().enumerate() {
            if let Some(date) = article.date.as_deref().and_then(TextDate::parse_iso) {
                let position = entry_for(&mut entries, date);
                entries[position].published.push(number);
            }
            for stated in &article.dates {
                let statements = by_sentence
                    .get(&(number as u16, stated.sentence))
                    .cloned()
                    .unwrap_or_default();
                let position = entry_for(&mut entries, stated.date);
                entries[position].mentions.push(DateMention {
                    date: stated.date,
                    year_stated: stated.year_stated,
                    article: number,
                    span: stated.span,
                    sentence: stated.sentence,
                    statements,
                });
            }
        }
        sort_by_rank(&mut entries, |entry| [entry.date.sort_key(), 0, 0]);
        entries
    }

    /// A citation of one statement for notes and footnotes.
    pub fn citation(&self, statement: usize) -> String {
        let s = &self.statements[statement];
        let actor = self.actor(s);
        let article = self.article_of(s);
        let mut source = format!("“{}”", article.title);
        let details: Vec<&str> = [article.outlet.as_deref(), article.date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !details.is_empty() {
            source.push_str(&format!(" ({})", details.join(", ")));
        }
        let how = match s.quote {
            QuoteKind::Direct => "quoted in",
            QuoteKind::Reported => "as reported in",
            QuoteKind::Attributed => "as characterised in",
        };
        format!(
            "{} ({}): “{}” — {} {}.",
            actor.name,
            s.stance.as_str(),
            self.sentence(s),
            how,
            source
        )
    }
}

/// A confidence between 0 and 1 as a whole percentage (0.856 → 86).
/// Integer arithmetic only: float formatting would add kilobytes to the wasm.
pub fn percent(confidence: f32) -> u32 {
    if confidence.is_finite() {
        (confidence.clamp(0.0, 1.0) * 100.0).round() as u32
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, BlockKind};
    use crate::export::ExportRecord;
    use crate::index::{Actor, ActorKind, Span, Statement, Theme};

    const TEXT: &str = "Security Talks\n\n15.12.2021\n\n\
        Putin demanded guarantees. NATO rejected the demand. Stoltenberg said the door stays open.\n\n\
        On 10 December the ministry wrote again. Russia proposed talks in January 2022.\n";

    fn sentence(needle: &str) -> Span {
        let start = TEXT.find(needle).expect("the fixture has the sentence");
        let end = start + TEXT[start..].find('.').expect("a full stop") + 1;
        Span::new(start, end)
    }

    fn block(first: &str, last: &str) -> Block {
        let start = TEXT.find(first).expect("block start");
        let end = TEXT.find(last).expect("block end") + last.len();
        Block {
            kind: BlockKind::Paragraph,
            span: Span::new(start, end),
        }
    }

    fn actor(name: &str, kind: ActorKind, speaks_for: Option<u16>) -> Actor {
        Actor {
            slug: name.to_lowercase(),
            name: name.into(),
            kind,
            role: None,
            affiliation: None,
            aliases: vec![],
            speaks_for,
            registered: true,
        }
    }

    fn statement(
        needle: &str,
        actor: u16,
        themes: Vec<u8>,
        stance: Stance,
        quote: QuoteKind,
    ) -> Statement {
        Statement {
            article: 0,
            span: sentence(needle),
            actor,
            themes,
            stance,
            quote,
            cue: "said".into(),
            confidence: 0.9,
            rule: crate::index::Rule::ReportedSpeech,
        }
    }

    /// Actors: 0 Russia, 1 Putin (for Russia), 2 NATO, 3 Stoltenberg (for NATO).
    /// Themes: 0 guarantees, 1 enlargement, 2 talks.
    fn fixture() -> Index {
        let mut article = Article {
            id: "a.txt".into(),
            title: "Security Talks".into(),
            outlet: Some("Example, Inc".into()),
            author: None,
            date: Some("2021-12-15".into()),
            text: TEXT.into(),
            title_span: Span::new(0, 14),
            blocks: vec![
                block("Putin demanded", "stays open."),
                block("On 10 December", "January 2022."),
            ],
            user_added: false,
            dates: Vec::new(),
        };
        article.dates = crate::dates::stated_dates(&article);
        let theme = |id: &str| Theme {
            id: id.into(),
            label: id.to_uppercase(),
            scope: String::new(),
        };
        Index {
            articles: vec![article],
            actors: vec![
                actor("Russia", ActorKind::State, None),
                actor("Putin", ActorKind::Person, Some(0)),
                actor("NATO", ActorKind::Organization, None),
                actor("Stoltenberg", ActorKind::Person, Some(2)),
            ],
            themes: vec![theme("guarantees"), theme("enlargement"), theme("talks")],
            statements: vec![
                statement(
                    "Putin demanded",
                    1,
                    vec![0, 1],
                    Stance::Demand,
                    QuoteKind::Reported,
                ),
                statement(
                    "NATO rejected",
                    2,
                    vec![1],
                    Stance::Reject,
                    QuoteKind::Attributed,
                ),
                statement(
                    "Stoltenberg said",
                    3,
                    vec![1],
                    Stance::Reject,
                    QuoteKind::Reported,
                ),
                statement(
                    "Russia proposed",
                    0,
                    vec![2],
                    Stance::Propose,
                    QuoteKind::Attributed,
                ),
            ],
        }
    }

    #[test]
    fn stance_mix_counts_describes_and_finds_the_dominant_stance() {
        let index = fixture();
        let mix = StanceMix::of(&index, &[0, 1, 2]);
        assert_eq!(mix.total(), 3);
        assert_eq!(mix.get(Stance::Reject), 2);
        assert_eq!(mix.describe(), "3 statements: 1 demand, 2 reject");
        assert_eq!(mix.dominant(), Some(Stance::Reject));
        // Ties go to the stance listed first.
        assert_eq!(
            StanceMix::of(&index, &[0, 1]).dominant(),
            Some(Stance::Demand)
        );
        assert_eq!(
            mix.shares(20),
            vec![(Stance::Demand, 7), (Stance::Reject, 13)]
        );
        assert_eq!(
            StanceMix([1, 0, 0, 0, 0, 99]).shares(20),
            vec![(Stance::Demand, 1), (Stance::Assess, 20)]
        );
        assert_eq!(StanceMix::default().describe(), "no statements");
        assert_eq!(
            StanceMix::of(&index, &[1]).describe(),
            "1 statement: 1 reject"
        );
        assert!(stances_agree(Stance::Reject, Stance::Reject));
        assert!(!stances_agree(Stance::Demand, Stance::Support));
        assert!(!stances_agree(Stance::Demand, Stance::Reject));
        assert!(!stances_agree(Stance::Warn, Stance::Warn));
    }

    #[test]
    fn facet_counts_lift_their_own_facet_only() {
        let index = fixture();
        let all: Vec<usize> = (0..index.statements.len()).collect();
        let filter = Filter {
            theme: Some(1),
            stance: Some(Stance::Reject),
            ..Filter::default()
        };
        let counts = index.facet_counts(&all, &filter);
        // Stance counts ignore the stance facet but keep the theme facet.
        assert_eq!(counts.stance(Stance::Demand), 1);
        assert_eq!(counts.stance(Stance::Reject), 2);
        assert_eq!(counts.stance(Stance::Propose), 0);
        // Theme counts keep the stance facet: the two rejections.
        assert_eq!(counts.theme, vec![0, 2, 0]);
        assert_eq!(counts.actor, vec![0, 0, 1, 1]);
        assert_eq!(counts.quote(QuoteKind::Attributed), 1);
        assert_eq!(counts.quote(QuoteKind::Reported), 1);
        // A narrower scope (search hits) counts only within it.
        assert_eq!(
            index.facet_counts(&[0], &Filter::default()).actor,
            vec![0, 1, 0, 0]
        );
    }

    #[test]
    fn matrix_has_actor_rows_theme_columns_and_hides_rare_actors() {
        let index = fixture();
        let matrix = index.matrix(&Filter::default(), 1);
        assert_eq!(matrix.actors.len(), 4);
        // Enlargement has three statements, so it is the first column.
        assert_eq!(matrix.themes[0], 1);
        assert_eq!(matrix.theme_totals[0], 3);
        let putin = matrix.actors.iter().position(|&actor| actor == 1).unwrap();
        assert_eq!(matrix.cells[putin][0].statements, vec![0]);
        assert_eq!(matrix.cells[putin][0].mix.get(Stance::Demand), 1);
        let matrix = index.matrix(&Filter::default(), 2);
        assert!(matrix.actors.is_empty());
        assert_eq!(matrix.hidden_actors, 4);
        let rejections = index.matrix(
            &Filter {
                stance: Some(Stance::Reject),
                ..Filter::default()
            },
            1,
        );
        assert_eq!(
            rejections.actors,
            vec![2, 3],
            "NATO and Stoltenberg, by name"
        );
        assert_eq!(rejections.themes, vec![1]);
    }

    #[test]
    fn groups_statements_by_theme_actor_and_institution() {
        let index = fixture();
        let groups = index.group_by_primary_theme(&[0, 1, 2, 3]);
        assert_eq!(groups, vec![(1, vec![1, 2]), (0, vec![0]), (2, vec![3])]);
        let by_actor = index.group_by_actor(&[0, 1, 2, 3]);
        assert_eq!(by_actor.len(), 4);
        assert_eq!(index.spokespeople(0), vec![1]);
        assert_eq!(index.statements_of(0, false, &Filter::default()), vec![3]);
        assert_eq!(index.statements_of(0, true, &Filter::default()), vec![0, 3]);
        let groups = index.actor_groups();
        assert_eq!(groups.len(), 2);
        assert!(groups
            .iter()
            .any(|group| group.head == 2 && group.members == vec![3] && group.total == 2));
    }

    #[test]
    fn compare_marks_clashes_and_agreements_per_theme() {
        let index = fixture();
        let rows = index.compare(1, 2, false);
        let enlargement = rows.iter().find(|row| row.theme == 1).unwrap();
        assert_eq!(enlargement.clashes, vec![(0, 1)]);
        assert!(enlargement.agreements.is_empty());
        // Themes both speak on come first.
        assert_eq!(rows[0].theme, 1);
        let with_spokespeople = index.compare(0, 3, true);
        let row = with_spokespeople.iter().find(|row| row.theme == 1).unwrap();
        assert_eq!(row.clashes, vec![(0, 2)], "Putin speaks for Russia");
        let bodies = index.compare(2, 3, false);
        assert_eq!(bodies[0].agreements, vec![(1, 2)], "both reject");
        assert!(bodies[0].clashes.is_empty());
        // Putin and Russia are one side: no clash between them is listed.
        let mut same_side = index.clone();
        same_side.statements[3].themes = vec![1];
        same_side.statements[3].stance = Stance::Reject;
        assert!(same_side
            .clashes_on_theme(1)
            .iter()
            .all(|clash| (clash.actor_a, clash.actor_b) != (1, 0)
                && (clash.actor_a, clash.actor_b) != (0, 1)));
        assert_eq!(index.camp(1), 0);
        assert_eq!(index.camp(2), 2);
        let clashes = index.clashes_on_theme(1);
        assert_eq!(
            clashes.len(),
            2,
            "Putin against NATO and against Stoltenberg"
        );
        assert!(clashes.iter().all(|clash| clash.pairs == 1));
        let pairs = index.clash_pairs();
        assert_eq!(pairs.len(), 2);
        assert_eq!(
            (pairs[0].a, pairs[0].b, pairs[0].themes.clone()),
            (1, 2, vec![1])
        );
    }

    #[test]
    fn block_segments_cut_text_at_evidence_sentences() {
        let index = fixture();
        let block = index.articles[0].blocks[0];
        let segments = index.block_segments(0, block.span);
        let texts: Vec<(&str, usize)> = segments
            .iter()
            .map(|segment| {
                (
                    index.articles[0].slice(segment.span),
                    segment.statements.len(),
                )
            })
            .collect();
        assert_eq!(
            texts,
            [
                ("Putin demanded guarantees.", 1),
                (" ", 0),
                ("NATO rejected the demand.", 1),
                (" ", 0),
                ("Stoltenberg said the door stays open.", 1)
            ]
        );
        let second = index.articles[0].blocks[1];
        let segments = index.block_segments(0, second.span);
        assert_eq!(
            index.articles[0].slice(segments[0].span),
            "On 10 December the ministry wrote again. "
        );
        let offset = sentence("NATO rejected").start + 3;
        assert_eq!(index.statements_at(0, offset), vec![1]);
        assert!(index.statements_at(0, 0).is_empty());
    }

    #[test]
    fn timeline_collects_publication_and_stated_dates() {
        let index = fixture();
        let timeline = index.timeline();
        let labels: Vec<String> = timeline.iter().map(|entry| entry.date.label()).collect();
        assert_eq!(
            labels,
            ["10 December 2021", "15 December 2021", "January 2022"]
        );
        assert!(
            !timeline[0].mentions[0].year_stated,
            "the year comes from the article date"
        );
        assert_eq!(timeline[1].published, vec![0]);
        assert_eq!(timeline[2].mentions[0].statements, vec![3]);
        assert_eq!(index.articles_by_date(), vec![0]);
    }

    #[test]
    fn sorts_by_rank_stably_and_formats_confidence_without_floats() {
        let mut items = vec!["b2", "a1", "b1", "a2"];
        sort_by_rank(&mut items, |item| {
            [(item.as_bytes()[0] == b'b') as i64, 0, 0]
        });
        assert_eq!(
            items,
            ["a1", "a2", "b2", "b1"],
            "equal keys keep their order"
        );
        assert_eq!(percent(0.856), 86);
        assert_eq!(percent(f32::NAN), 0);
    }

    #[test]
    fn exports_csv_json_markdown_and_citations() {
        let index = fixture();
        let csv = index.export_csv(&[1]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[1].starts_with("a.txt,Security Talks,\"Example, Inc\",2021-12-15,NATO,organization,reject,attributed,enlargement,"));
        assert!(lines[1].ends_with(",said,0.90"));
        let json = index.export_json(&[0, 1]);
        assert!(json.starts_with("[\n  {\"article\":\"a.txt\",\"title\":\"Security Talks\""));
        assert!(json.contains("\"themes\":[\"guarantees\",\"enlargement\"]"));
        assert!(json.contains("\"actor_role\":null"));
        assert!(json.contains("\"confidence\":0.9,\"rule\":\"reported-speech\"}"));
        assert_eq!(json.lines().count(), 4, "one record to a line");
        assert_eq!(index.export_json(&[]), "[]\n");
        let markdown = index.export_markdown(&[0, 1]);
        assert!(markdown.contains("## Putin\n\n> Putin demanded guarantees.\n"));
        assert!(markdown.contains(
            "**reject** (attributed quote) · ENLARGEMENT · *Security Talks*, 2021-12-15"
        ));
        assert_eq!(
            index.citation(0),
            "Putin (demand): “Putin demanded guarantees.” — as reported in “Security Talks” (Example, Inc, 2021-12-15)."
        );
    }

    /// RFC 4180 read back, as a spreadsheet would.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let (mut row, mut field) = (Vec::new(), String::new());
        let (mut quoted, mut chars) = (false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn the_three_export_formats_carry_the_same_records() {
        let mut index = fixture();
        // Text that each format must quote or escape.
        index.articles[0].title = "Talks, \"Lines\"\nand *Stars*".into();
        index.articles[0].outlet = None;
        index.actors[2].name = "NATO | [Alliance]".into();
        index.actors[2].role = Some("bloc".into());
        index.themes[1].label = "Enlargement_east".into();
        index.statements[1].cue = "said \"no\", twice".into();
        index.statements[1].confidence = 0.85;
        let chosen = [3, 1, 0, 2];
        let records: Vec<ExportRecord> = chosen
            .iter()
            .map(|&number| index.export_record(number))
            .collect();

        // JSON gives back the records field for field (theme labels are the
        // Markdown's alone).
        let from_json: Vec<ExportRecord> =
            serde_json::from_str(&index.export_json(&chosen)).unwrap();
        let without_labels: Vec<ExportRecord> = records
            .iter()
            .map(|record| ExportRecord {
                theme_labels: Vec::new(),
                ..record.clone()
            })
            .collect();
        assert_eq!(from_json, without_labels);

        // CSV gives back every column of every record, in the same order.
        let rows = parse_csv(&index.export_csv(&chosen));
        assert_eq!(rows[0], crate::export::CSV_HEADER);
        let expected: Vec<Vec<String>> = records
            .iter()
            .map(|record| {
                vec![
                    record.article.clone(),
                    record.title.clone(),
                    record.outlet.clone().unwrap_or_default(),
                    record.date.clone().unwrap_or_default(),
                    record.actor.clone(),
                    record.actor_kind.clone(),
                    record.stance.clone(),
                    record.quote.clone(),
                    record.themes.join(";"),
                    record.sentence.clone(),
                    record.start.to_string(),
                    record.end.to_string(),
                    record.cue.clone(),
                    format!("{:.2}", record.confidence),
                ]
            })
            .collect();
        assert_eq!(rows[1..], expected[..]);

        // Markdown quotes every record under its actor, in the order of the
        // actor groups, and its escapes read back as the text.
        let unescape = |text: &str| {
            let mut out = String::new();
            let mut chars = text.chars();
            while let Some(c) = chars.next() {
                out.push(if c == '\\' { chars.next().unwrap() } else { c });
            }
            out
        };
        let markdown = index.export_markdown(&chosen);
        let mut read = Vec::new();
        let mut actor = String::new();
        for line in markdown.lines() {
            if let Some(heading) = line.strip_prefix("## ") {
                actor = unescape(heading);
            } else if let Some(quote) = line.strip_prefix("> ") {
                read.push((actor.clone(), unescape(quote), String::new()));
            } else if line.starts_with("**") {
                read.last_mut().unwrap().2 = unescape(line);
            }
        }
        let grouped: Vec<&ExportRecord> = index
            .group_by_actor(&chosen)
            .iter()
            .flat_map(|(_, members)| members.iter())
            .map(|number| &records[chosen.iter().position(|n| n == number).unwrap()])
            .collect();
        assert_eq!(read.len(), records.len());
        for ((actor, sentence, details), record) in read.iter().zip(grouped) {
            assert_eq!(actor, &record.actor);
            assert_eq!(sentence, &record.sentence);
            assert_eq!(
                details,
                &format!(
                    "**{}** ({} quote) · {} · *{}*, {}",
                    record.stance,
                    record.quote,
                    record.theme_labels.join(", "),
                    record.title.replace('\n', " "),
                    record.date.as_deref().unwrap()
                )
            );
        }
    }
}
