//! Full-text search over statements and articles: case-insensitive, stemmed,
//! ranked, with the matched words as byte spans so the app can highlight them
//! as text, and keyword-in-context passages for the articles.
//!
//! A [`Searcher`] is built once per index: every distinct word form of the
//! corpus with its stem, and the places each form occurs. A query compares
//! its terms with the forms (a few thousand) rather than with every word of
//! the text (over a million at 100,000 statements) and visits only the
//! places of the forms that match; the answers are those a scan of every
//! word gives (the tests keep that scan, in `search/reference.rs`).

use crate::index::{Index, Span};
use crate::query::{sort_by_rank, FacetCounts, Filter, Rank};
use crate::text::{Stemmer, WordMap};

pub use crate::text::words;

/// The form words are compared in: lower case, curly apostrophes made
/// plain and a possessive "'s" dropped.
pub fn normalize(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    lower.strip_suffix("'s").unwrap_or(&lower).to_string()
}

/// Words too common to search for on their own; dropped from a query
/// unless the query has nothing else.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "in",
    "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were",
    "will", "with",
];

#[derive(Clone, Debug, PartialEq)]
struct Term {
    key: String,
    stem: String,
    /// The last word of a query matches words it begins, for search as you type.
    prefix: bool,
}

/// A parsed query: clauses of one word, or several for a phrase ("open
/// door" in quotes, or a hyphenated word like "non-expansion").
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Query {
    clauses: Vec<Vec<Term>>,
}

impl Query {
    pub fn parse(query: &str, stemmer: &Stemmer) -> Query {
        let mut groups: Vec<(String, bool)> = Vec::new();
        for (number, part) in query.split('"').enumerate() {
            // Odd-numbered parts are inside quotation marks.
            if number % 2 == 1 {
                groups.push((part.to_string(), true));
            } else {
                groups.extend(
                    part.split_whitespace()
                        .map(|word| (word.to_string(), false)),
                );
            }
        }
        let mut clauses: Vec<Vec<Term>> = groups
            .iter()
            .map(|(group, _)| {
                words(group, Span::new(0, group.len()))
                    .into_iter()
                    .map(|span| {
                        let key = normalize(&group[span.range()]);
                        Term {
                            stem: stemmer.stem(&key),
                            key,
                            prefix: false,
                        }
                    })
                    .collect::<Vec<Term>>()
            })
            .filter(|clause| !clause.is_empty())
            .collect();
        let is_stop =
            |clause: &Vec<Term>| clause.len() == 1 && STOP_WORDS.contains(&clause[0].key.as_str());
        if clauses.iter().any(|clause| !is_stop(clause)) {
            clauses.retain(|clause| !is_stop(clause));
        }
        let mut seen: Vec<Vec<Term>> = Vec::new();
        clauses.retain(|clause| {
            let new = !seen.contains(clause);
            seen.push(clause.clone());
            new
        });
        // Only an unquoted last word is still being typed.
        let typing = !query.ends_with(char::is_whitespace) && !query.trim_end().ends_with('"');
        if typing {
            if let Some(term) = clauses
                .last_mut()
                .filter(|clause| clause.len() == 1)
                .and_then(|clause| clause.last_mut())
            {
                term.prefix = term.key.chars().count() >= 3;
            }
        }
        Query { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// How many clauses (words or phrases) the query has.
    pub fn len(&self) -> usize {
        self.clauses.len()
    }
}

/// A distinct word form of the corpus (or of an actor's name), prepared
/// for matching: its key and its stem.
#[derive(Clone, Debug)]
struct Form {
    key: String,
    stem: String,
}

/// A word of an article: where it is and which [`Form`] it has. The forms
/// are shared, so the corpus's words cost a few bytes each rather than two
/// strings each.
#[derive(Clone, Copy, Debug)]
struct Word {
    span: Span,
    form: u32,
}

/// How well a word matches a term: exactly, by stem, or as a prefix.
fn term_weight(term: &Term, form: &Form) -> f32 {
    if form.key == term.key {
        1.0
    } else if form.stem == term.stem {
        0.8
    } else if term.prefix && form.key.starts_with(&term.key) {
        0.5
    } else {
        0.0
    }
}

/// Whether a clause matches somewhere in a run of forms (an actor's name).
fn clause_in(clause: &[Term], forms: &[Form]) -> bool {
    !clause.is_empty()
        && forms.len() >= clause.len()
        && forms.windows(clause.len()).any(|run| {
            run.iter()
                .zip(clause)
                .all(|(form, term)| term_weight(term, form) > 0.0)
        })
}

/// One place a clause matches: the article, its first word there and the
/// match's weight (the weakest of its words'). The last word is
/// `first + clause length - 1`.
#[derive(Clone, Copy, Debug)]
struct Found {
    article: u32,
    first: u32,
    weight: f32,
}

/// Every place one clause matches, in corpus order, with where each
/// article's places begin, so that the places inside a sentence or block
/// are found among its own article's few rather than among all of them.
struct Places {
    found: Vec<Found>,
    /// `found[starts[a]..starts[a + 1]]` are article `a`'s places.
    starts: Vec<u32>,
    /// The clause's length in words.
    len: usize,
}

impl Places {
    fn new(found: Vec<Found>, articles: usize, len: usize) -> Places {
        let mut starts = Vec::with_capacity(articles + 1);
        let mut at = 0;
        for article in 0..=articles {
            while found
                .get(at)
                .is_some_and(|place| (place.article as usize) < article)
            {
                at += 1;
            }
            starts.push(at as u32);
        }
        Places { found, starts, len }
    }

    /// The places that lie wholly inside the words `range` of `article`: a
    /// phrase never runs from one sentence or block into the next.
    fn within(&self, article: usize, range: (u32, u32)) -> &[Found] {
        let (lo, hi) = range;
        let (Some(&from), Some(&to)) = (self.starts.get(article), self.starts.get(article + 1))
        else {
            return &[];
        };
        let own = &self.found[from as usize..to as usize];
        let Some(last_first) = (hi as usize).checked_sub(self.len) else {
            return &[];
        };
        let start = own.partition_point(|place| place.first < lo);
        let end = own.partition_point(|place| place.first as usize <= last_first);
        &own[start..end.max(start)]
    }
}

/// A statement that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementHit {
    pub statement: usize,
    /// How many of the query's clauses it matches, in its sentence or in
    /// its actor's name (so "Putin" also finds his statements that call
    /// him "the Russian president").
    pub matched: usize,
    pub score: f32,
    /// The matched words in the sentence, absolute spans into the article
    /// text, sorted and merged.
    pub highlights: Vec<Span>,
}

/// A keyword-in-context line: a stretch of one block around matches.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    pub span: Span,
    pub highlights: Vec<Span>,
    /// Whether text of the block was cut before or after the stretch.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// An article that matches a query, with its best passages.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleHit {
    pub article: usize,
    pub matched: usize,
    pub score: f32,
    /// How many places in the body match.
    pub occurrences: usize,
    pub title_highlights: Vec<Span>,
    pub snippets: Vec<Snippet>,
}

/// The words of every article, prepared once for all queries, as an
/// inverted index: each distinct form with the places it occurs.
///
/// A query looks its terms up among the distinct forms (a few thousand)
/// rather than comparing every word of the corpus (over a million at
/// 100,000 statements), and then visits only the places those forms occur.
/// The answers are the same as a scan of every word would give, in the
/// same order and with the same scores.
pub struct Searcher {
    stemmer: Stemmer,
    /// Every distinct word form of the articles.
    forms: Vec<Form>,
    /// Per article: the title's words, then every block's, in text order.
    articles: Vec<Vec<Word>>,
    /// Per form: its places as `article << 32 | word`, ascending.
    places: Vec<Vec<u64>>,
    /// Per statement: its sentence's words, as a range of its article's.
    statements: Vec<(u32, u32)>,
    /// Per article: the title's words, and each block's.
    titles: Vec<(u32, u32)>,
    blocks: Vec<Vec<(u32, u32)>>,
    /// Per actor: the forms of the canonical name.
    actors: Vec<Vec<Form>>,
}

/// How many bytes of context a keyword-in-context line shows on each side.
const CONTEXT_BYTES: usize = 80;
/// How many passages an article hit keeps.
const SNIPPETS_PER_ARTICLE: usize = 3;

/// The words of `all` inside `span`, as a range of positions. The title
/// comes first and may sort after a block start, so the range is cut at
/// the first word that ends past the span.
fn word_range(all: &[Word], span: Span) -> (u32, u32) {
    let first = all.partition_point(|word| word.span.start < span.start);
    let last = all.partition_point(|word| word.span.start < span.end);
    let inside = all[first..last.max(first)]
        .iter()
        .take_while(|word| word.span.end <= span.end)
        .count();
    (first as u32, (first + inside) as u32)
}

impl Searcher {
    /// The searcher for `index`; it answers queries about this index only.
    pub fn new(index: &Index) -> Searcher {
        let stemmer = Stemmer::new();
        let mut forms: Vec<Form> = Vec::new();
        let mut ids: WordMap<String, u32> = WordMap::default();
        let mut places: Vec<Vec<u64>> = Vec::new();
        let mut articles = Vec::with_capacity(index.articles.len());
        for (number, article) in index.articles.iter().enumerate() {
            let text = &article.text;
            let mut all = Vec::new();
            let spans = std::iter::once(article.title_span)
                .chain(article.blocks.iter().map(|block| block.span));
            for span in spans {
                for span in words(text, span) {
                    let key = normalize(&text[span.range()]);
                    let form = match ids.get(&key) {
                        Some(&form) => form,
                        None => {
                            let form = forms.len() as u32;
                            forms.push(Form {
                                stem: stemmer.stem(&key),
                                key: key.clone(),
                            });
                            places.push(Vec::new());
                            ids.insert(key, form);
                            form
                        }
                    };
                    places[form as usize].push(((number as u64) << 32) | all.len() as u64);
                    all.push(Word { span, form });
                }
            }
            articles.push(all);
        }
        let statements = index
            .statements
            .iter()
            .map(|statement| word_range(&articles[statement.article as usize], statement.span))
            .collect();
        let titles = index
            .articles
            .iter()
            .zip(&articles)
            .map(|(article, all)| word_range(all, article.title_span))
            .collect();
        let blocks = index
            .articles
            .iter()
            .zip(&articles)
            .map(|(article, all)| {
                article
                    .blocks
                    .iter()
                    .map(|block| word_range(all, block.span))
                    .collect()
            })
            .collect();
        // Only the canonical name: aliases such as "the Russian president"
        // would make every common word match whole actors.
        let actors = index
            .actors
            .iter()
            .map(|actor| {
                words(&actor.name, Span::new(0, actor.name.len()))
                    .into_iter()
                    .map(|span| {
                        let key = normalize(&actor.name[span.range()]);
                        Form {
                            stem: stemmer.stem(&key),
                            key,
                        }
                    })
                    .collect()
            })
            .collect();
        Searcher {
            stemmer,
            forms,
            articles,
            places,
            statements,
            titles,
            blocks,
            actors,
        }
    }

    pub fn parse(&self, query: &str) -> Query {
        Query::parse(query, &self.stemmer)
    }

    /// Every place in the corpus where `clause` matches, in corpus order.
    fn find(&self, clause: &[Term]) -> Places {
        if clause.is_empty() {
            return Places::new(Vec::new(), self.articles.len(), 0);
        }
        // Each term's weight for each form; the phrase's later words are
        // checked by their form at the place the first word found.
        let weights: Vec<Vec<f32>> = clause
            .iter()
            .map(|term| {
                self.forms
                    .iter()
                    .map(|form| term_weight(term, form))
                    .collect()
            })
            .collect();
        let mut places: Vec<u64> = weights[0]
            .iter()
            .enumerate()
            .filter(|(_, weight)| **weight > 0.0)
            .flat_map(|(form, _)| self.places[form].iter().copied())
            .collect();
        // Through the crate's one sort routine: a sort of its own for these
        // numbers would add code to the page's wasm.
        sort_by_rank(&mut places, |&place| [place as i64, 0, 0]);
        let found = places
            .into_iter()
            .filter_map(|place| {
                let article = (place >> 32) as u32;
                let first = place as u32;
                let words = &self.articles[article as usize];
                let run = words.get(first as usize..first as usize + clause.len())?;
                let mut weight = f32::MAX;
                for (word, weights) in run.iter().zip(&weights) {
                    weight = weight.min(weights[word.form as usize]);
                    if weight == 0.0 {
                        break;
                    }
                }
                (weight > 0.0).then_some(Found {
                    article,
                    first,
                    weight,
                })
            })
            .collect();
        Places::new(found, self.articles.len(), clause.len())
    }

    /// A match as a span of the article's text, from its first word's start
    /// to its last word's end.
    fn span_of(&self, place: &Found, len: usize) -> Span {
        let words = &self.articles[place.article as usize];
        let first = place.first as usize;
        Span::new(
            words[first].span.start as usize,
            words[first + len - 1].span.end as usize,
        )
    }

    /// The statements matching at least one clause of `query`, best first:
    /// most clauses matched, then by score (rarer words weigh more), then in
    /// corpus order. An empty query matches nothing.
    pub fn search_statements(&self, index: &Index, query: &Query) -> Vec<StatementHit> {
        if query.is_empty() {
            return Vec::new();
        }
        let total = index.statements.len().max(1) as f32;
        let found: Vec<Places> = query
            .clauses
            .iter()
            .map(|clause| self.find(clause))
            .collect();
        let within = |number: usize, clause: usize| -> &[Found] {
            found[clause].within(
                index.statements[number].article as usize,
                self.statements[number],
            )
        };
        let idf: Vec<f32> = (0..query.clauses.len())
            .map(|clause| {
                let df = (0..index.statements.len())
                    .filter(|&number| !within(number, clause).is_empty())
                    .count() as f32;
                (1.0 + total / (1.0 + df)).ln()
            })
            .collect();
        // Which actors' names match each clause.
        let in_name: Vec<Vec<bool>> = query
            .clauses
            .iter()
            .map(|clause| {
                self.actors
                    .iter()
                    .map(|name| clause_in(clause, name))
                    .collect()
            })
            .collect();
        let mut hits: Vec<StatementHit> = Vec::new();
        for (number, statement) in index.statements.iter().enumerate() {
            let mut matched = 0;
            let mut score = 0.0;
            let mut highlights = Vec::new();
            for (clause_number, clause) in query.clauses.iter().enumerate() {
                let found = within(number, clause_number);
                let in_text: f32 = found.iter().map(|place| place.weight).sum();
                let in_meta = in_name[clause_number][statement.actor as usize];
                if in_text > 0.0 || in_meta {
                    matched += 1;
                }
                // Saturating term frequency: the second occurrence adds less.
                score += idf[clause_number] * (in_text / (in_text + 1.0));
                if in_meta {
                    score += 0.3 * idf[clause_number];
                }
                highlights.extend(found.iter().map(|place| self.span_of(place, clause.len())));
            }
            if matched > 0 {
                hits.push(StatementHit {
                    statement: number,
                    matched,
                    score,
                    highlights: merge_spans(highlights),
                });
            }
        }
        sort_by_rank(&mut hits, |hit| {
            [most(hit.matched), -score_key(hit.score), 0]
        });
        hits
    }

    /// The articles matching at least one clause, best first, each with up
    /// to three keyword-in-context passages from its body.
    pub fn search_articles(&self, index: &Index, query: &Query) -> Vec<ArticleHit> {
        if query.is_empty() {
            return Vec::new();
        }
        let found: Vec<Places> = query
            .clauses
            .iter()
            .map(|clause| self.find(clause))
            .collect();
        let mut hits = Vec::new();
        for (number, article) in index.articles.iter().enumerate() {
            // An article none of whose words match is no hit: skip it
            // before looking at its blocks.
            let all = (0, self.articles[number].len() as u32);
            let anywhere = query
                .clauses
                .iter()
                .enumerate()
                .any(|(clause_number, _)| !found[clause_number].within(number, all).is_empty());
            if !anywhere {
                continue;
            }
            let mut title_highlights = Vec::new();
            let mut matched = 0;
            let mut score = 0.0;
            let mut occurrences = 0;
            // Matches per block, as highlight spans.
            let mut block_hits: Vec<(Span, (u32, u32), Vec<Span>)> = Vec::new();
            let mut clause_found = vec![false; query.clauses.len()];
            for (block, &range) in article.blocks.iter().zip(&self.blocks[number]) {
                let mut spans = Vec::new();
                for (clause_number, clause) in query.clauses.iter().enumerate() {
                    let found = found[clause_number].within(number, range);
                    if !found.is_empty() {
                        clause_found[clause_number] = true;
                    }
                    occurrences += found.len();
                    score += found.iter().map(|place| place.weight).sum::<f32>();
                    spans.extend(found.iter().map(|place| self.span_of(place, clause.len())));
                }
                if !spans.is_empty() {
                    block_hits.push((block.span, range, merge_spans(spans)));
                }
            }
            for (clause_number, clause) in query.clauses.iter().enumerate() {
                let found = found[clause_number].within(number, self.titles[number]);
                if !found.is_empty() {
                    clause_found[clause_number] = true;
                    score += 3.0;
                    title_highlights
                        .extend(found.iter().map(|place| self.span_of(place, clause.len())));
                }
            }
            matched += clause_found.iter().filter(|&&found| found).count();
            if matched == 0 {
                continue;
            }
            let mut snippets: Vec<Snippet> = Vec::new();
            // Passages with most highlights first, then in reading order.
            let mut candidates: Vec<Snippet> = block_hits
                .iter()
                .flat_map(|(block, range, highlights)| {
                    self.snippets(number, *block, *range, highlights)
                })
                .collect();
            sort_by_rank(&mut candidates, |snippet| {
                [most(snippet.highlights.len()), snippet.span.start as i64, 0]
            });
            candidates.truncate(SNIPPETS_PER_ARTICLE);
            sort_by_rank(&mut candidates, |snippet| [snippet.span.start as i64, 0, 0]);
            snippets.extend(candidates);
            hits.push(ArticleHit {
                article: number,
                matched,
                score: (1.0 + score).ln(),
                occurrences,
                title_highlights: merge_spans(title_highlights),
                snippets,
            });
        }
        sort_by_rank(&mut hits, |hit| {
            [most(hit.matched), -score_key(hit.score), 0]
        });
        hits
    }

    /// Keyword-in-context stretches of one block around its highlights,
    /// widened to whole words and merged where they touch.
    fn snippets(
        &self,
        article: usize,
        block: Span,
        range: (u32, u32),
        highlights: &[Span],
    ) -> Vec<Snippet> {
        let words = &self.articles[article][range.0 as usize..range.1 as usize];
        let mut snippets: Vec<Snippet> = Vec::new();
        for &highlight in highlights {
            let want_start = (highlight.start as usize)
                .saturating_sub(CONTEXT_BYTES)
                .max(block.start as usize);
            let want_end = (highlight.end as usize + CONTEXT_BYTES).min(block.end as usize);
            // Start at the first word beginning inside the window, end at the
            // last word ending inside it, so no word is cut in half.
            let start = words
                .iter()
                .find(|word| word.span.start as usize >= want_start)
                .map_or(highlight.start, |word| word.span.start.min(highlight.start));
            let end = words
                .iter()
                .rev()
                .find(|word| word.span.end as usize <= want_end)
                .map_or(highlight.end, |word| word.span.end.max(highlight.end));
            let start = if want_start == block.start as usize {
                block.start
            } else {
                start
            };
            let end = if want_end == block.end as usize {
                block.end
            } else {
                end
            };
            match snippets.last_mut() {
                Some(last) if start <= last.span.end => {
                    last.span.end = last.span.end.max(end);
                    last.highlights.push(highlight);
                    last.cut_end = last.span.end < block.end;
                }
                _ => snippets.push(Snippet {
                    span: Span { start, end },
                    highlights: vec![highlight],
                    cut_start: start > block.start,
                    cut_end: end < block.end,
                }),
            }
        }
        snippets
    }
}

/// What the search view shows for a query and a filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// How many statements the query matches before the facets (all of
    /// them for an empty query).
    pub scope_len: usize,
    /// The facet counts within the query's statements.
    pub counts: FacetCounts,
    /// The statements shown: the query's hits that pass the filter, best
    /// first, or for an empty query every statement that passes, in
    /// corpus order.
    pub statements: Vec<usize>,
    /// The matched words of each shown statement, in the same order.
    pub highlights: Vec<Vec<Span>>,
    /// The articles whose text matches; only the article facet applies to
    /// them, as the others describe statements.
    pub passages: Vec<ArticleHit>,
}

impl Searcher {
    /// Everything the search view derives from the index for `query` and
    /// `filter`, in one call.
    pub fn results(&self, index: &Index, query: &Query, filter: &Filter) -> Results {
        if query.is_empty() {
            let scope: Vec<usize> = (0..index.statements.len()).collect();
            let statements = index.filter(filter);
            return Results {
                scope_len: scope.len(),
                counts: index.facet_counts(&scope, filter),
                highlights: vec![Vec::new(); statements.len()],
                statements,
                passages: Vec::new(),
            };
        }
        let hits = self.search_statements(index, query);
        let scope: Vec<usize> = hits.iter().map(|hit| hit.statement).collect();
        let counts = index.facet_counts(&scope, filter);
        let (statements, highlights) = hits
            .into_iter()
            .filter(|hit| filter.matches(index, hit.statement))
            .map(|hit| (hit.statement, hit.highlights))
            .unzip();
        let passages = self
            .search_articles(index, query)
            .into_iter()
            .filter(|hit| filter.article.is_none_or(|article| article == hit.article))
            .collect();
        Results {
            scope_len: scope.len(),
            counts,
            statements,
            highlights,
            passages,
        }
    }
}

/// A descending count as a sort key.
fn most(count: usize) -> i64 {
    -(count as i64)
}

/// A score as a sort key: scores are small positive sums, so a millionth
/// is finer than any difference that matters.
fn score_key(score: f32) -> i64 {
    (score * 1_000_000.0) as i64
}

/// Sorts spans and merges those that overlap or touch.
pub fn merge_spans(mut spans: Vec<Span>) -> Vec<Span> {
    sort_by_rank(&mut spans, |span| -> Rank {
        [span.start as i64, span.end as i64, 0]
    });
    let mut merged: Vec<Span> = Vec::new();
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Cuts `span` into stretches that are highlighted or not, for rendering
/// matches as separate text nodes. Highlights outside `span` are clipped.
pub fn split_highlights(span: Span, highlights: &[Span]) -> Vec<(Span, bool)> {
    let mut parts = Vec::new();
    let mut at = span.start;
    for highlight in merge_spans(highlights.to_vec()) {
        let start = highlight.start.max(at);
        let end = highlight.end.min(span.end);
        if start >= end {
            continue;
        }
        if start > at {
            parts.push((
                Span {
                    start: at,
                    end: start,
                },
                false,
            ));
        }
        parts.push((Span { start, end }, true));
        at = end;
    }
    if at < span.end {
        parts.push((
            Span {
                start: at,
                end: span.end,
            },
            false,
        ));
    }
    parts
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, BlockKind};
    use crate::index::{Actor, ActorKind, QuoteKind, Stance, Statement, Theme};

    fn index() -> Index {
        let text = "Talks on Expansion\n\nNATO rejected the demands. Russia’s envoy demanded an end to expansion of the alliance. \
                    The open door stays open, the secretary general said.\n\nNothing here matters.\n";
        let title = Span::new(0, 18);
        let first = text.find("NATO").unwrap();
        let first_end = text.find("\n\nNothing").unwrap();
        let second = text.find("Nothing").unwrap();
        let article = Article {
            id: "a.txt".into(),
            title: text[title.range()].to_string(),
            outlet: None,
            author: None,
            date: Some("2021-12-15".into()),
            text: text.to_string(),
            title_span: title,
            blocks: vec![
                Block {
                    kind: BlockKind::Paragraph,
                    span: Span::new(first, first_end),
                },
                Block {
                    kind: BlockKind::Paragraph,
                    span: Span::new(second, text.len() - 1),
                },
            ],
            user_added: false,
            dates: Vec::new(),
        };
        let sentence = |needle: &str| {
            let start = text.find(needle).unwrap();
            let end = start + text[start..].find('.').unwrap() + 1;
            Span::new(start, end)
        };
        let actor = |name: &str, kind| Actor {
            slug: name.to_lowercase().replace(' ', "-"),
            name: name.into(),
            kind,
            role: None,
            affiliation: None,
            aliases: vec![],
            speaks_for: None,
            registered: true,
        };
        let statement = |needle: &str, actor: u16, stance| Statement {
            article: 0,
            span: sentence(needle),
            actor,
            themes: vec![0],
            stance,
            quote: QuoteKind::Reported,
            cue: "said".into(),
            confidence: 0.9,
            rule: crate::index::Rule::ReportedSpeech,
        };
        Index {
            articles: vec![article],
            actors: vec![
                actor("NATO", ActorKind::Organization),
                actor("Russia", ActorKind::State),
            ],
            themes: vec![Theme {
                id: "nato-enlargement".into(),
                label: "NATO enlargement".into(),
                scope: String::new(),
            }],
            statements: vec![
                statement("NATO rejected", 0, Stance::Reject),
                statement("Russia’s envoy", 1, Stance::Demand),
                statement("The open door", 0, Stance::Support),
            ],
        }
    }

    fn texts(index: &Index, spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .map(|span| index.articles[0].text[span.range()].to_string())
            .collect()
    }

    #[test]
    fn splits_words_with_offsets_and_inner_apostrophes() {
        let text = "Russia’s non-expansion, don't 'quoted'";
        let found: Vec<&str> = words(text, Span::new(0, text.len()))
            .iter()
            .map(|span| &text[span.range()])
            .collect();
        assert_eq!(found, ["Russia’s", "non", "expansion", "don't", "quoted"]);
        assert_eq!(normalize("Russia’s"), "russia");
    }

    #[test]
    fn matches_case_insensitively_and_by_stem() {
        let index = index();
        let searcher = Searcher::new(&index);
        let hits = searcher.search_statements(&index, &searcher.parse("EXPANSIONS "));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].statement, 1);
        assert_eq!(texts(&index, &hits[0].highlights), ["expansion"]);
    }

    #[test]
    fn ranks_statements_matching_more_words_first() {
        let index = index();
        let searcher = Searcher::new(&index);
        let hits = searcher.search_statements(&index, &searcher.parse("open alliance"));
        let order: Vec<usize> = hits.iter().map(|hit| hit.statement).collect();
        assert_eq!(order, [2, 1]);
        // "open" occurs twice in the third sentence.
        assert_eq!(texts(&index, &hits[0].highlights), ["open", "open"]);
        // Words of the actor's name count as a match without a highlight.
        let hits = searcher.search_statements(&index, &searcher.parse("nato door "));
        assert_eq!(hits[0].statement, 2);
        assert_eq!(hits[0].matched, 2);
    }

    #[test]
    fn phrases_need_adjacent_words_and_stop_words_are_dropped() {
        let index = index();
        let searcher = Searcher::new(&index);
        let hits = searcher.search_statements(&index, &searcher.parse("\"open door\""));
        assert_eq!(hits.len(), 1);
        assert_eq!(texts(&index, &hits[0].highlights), ["open door"]);
        assert!(searcher
            .search_statements(&index, &searcher.parse("\"door open\""))
            .is_empty());
        assert_eq!(searcher.parse("the demands of russia ").len(), 2);
        assert_eq!(searcher.parse("the").len(), 1);
        assert!(searcher.parse("  ").is_empty());
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_while_typing() {
        let index = index();
        let searcher = Searcher::new(&index);
        assert_eq!(
            searcher
                .search_statements(&index, &searcher.parse("allia"))
                .len(),
            1
        );
        assert!(searcher
            .search_statements(&index, &searcher.parse("allia "))
            .is_empty());
    }

    #[test]
    fn finds_articles_with_keyword_in_context_passages() {
        let index = index();
        let searcher = Searcher::new(&index);
        let hits = searcher.search_articles(&index, &searcher.parse("expansion"));
        assert_eq!(hits.len(), 1);
        let hit = &hits[0];
        assert_eq!(texts(&index, &hit.title_highlights), ["Expansion"]);
        assert_eq!(hit.occurrences, 1);
        assert_eq!(hit.snippets.len(), 1);
        let snippet = &hit.snippets[0];
        assert!(snippet.span.contains(snippet.highlights[0]));
        let passage = &index.articles[0].text[snippet.span.range()];
        assert!(passage.contains("end to expansion"), "{passage}");
        assert!(!passage.starts_with(' ') && !passage.ends_with(' '));
        assert!(searcher
            .search_articles(&index, &searcher.parse("zzz"))
            .is_empty());
    }

    #[test]
    fn splits_text_into_highlighted_and_plain_parts() {
        let parts = split_highlights(
            Span::new(10, 30),
            &[Span::new(15, 18), Span::new(5, 11), Span::new(17, 20)],
        );
        assert_eq!(
            parts,
            [
                (Span::new(10, 11), true),
                (Span::new(11, 15), false),
                (Span::new(15, 20), true),
                (Span::new(20, 30), false)
            ]
        );
        assert_eq!(
            split_highlights(Span::new(0, 4), &[]),
            [(Span::new(0, 4), false)]
        );
    }

    /// The seed corpus (real articles) and a synthetic one over the seed
    /// registries, for comparing the inverted index with the plain scan.
    fn corpora() -> Vec<Index> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let seeds = crate::corpus::build_index_from_dir(&root).unwrap();
        let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap();
        let registry = crate::Registry::parse(
            "actors.toml",
            &read("actors.toml"),
            "themes.toml",
            &read("themes.toml"),
        )
        .unwrap();
        let files: Vec<crate::SourceFile> = crate::synth::synthesize(&registry, 40, 3)
            .into_iter()
            .map(|(name, text)| crate::SourceFile { name, text })
            .collect();
        vec![
            seeds,
            crate::corpus::build_index(&registry, &files),
            index(),
        ]
    }

    /// Queries of every kind: words, stems, prefixes while typing, phrases,
    /// stop words, names, words that occur nowhere, and punctuation.
    const QUERIES: &[&str] = &[
        "guarantees",
        "g",
        "gu",
        "gua",
        "guarantee",
        "guarantees ",
        "NATO",
        "nato expansion",
        "\"open door\"",
        "\"security guarantees\" russia",
        "\"door open\"",
        "the",
        "the demands of russia ",
        "Putin",
        "putin said",
        "Russia’s",
        "non-expansion",
        "missiles exercises ukraine minsk",
        "zzzz",
        "\"",
        "“open door”",
        "said",
        "sai",
        "talks format",
        "legally binding",
        "\"legally binding\"",
        "enlarg",
        "a b c",
        "Stoltenberg Biden",
    ];

    #[test]
    fn the_inverted_index_finds_what_the_scan_of_every_word_found() {
        for index in corpora() {
            let searcher = Searcher::new(&index);
            let scan = reference::Scan::new(&index);
            for &text in QUERIES {
                let query = searcher.parse(text);
                assert_eq!(query, scan.parse(text));
                let hits = searcher.search_statements(&index, &query);
                assert_eq!(
                    hits,
                    scan.search_statements(&index, &query),
                    "statements for {text:?}"
                );
                assert_eq!(
                    searcher.search_articles(&index, &query),
                    scan.search_articles(&index, &query),
                    "articles for {text:?}"
                );
            }
        }
    }

    #[test]
    fn the_comparison_corpora_have_hits_to_compare() {
        let corpora = corpora();
        let searcher = Searcher::new(&corpora[1]);
        let hits = searcher.search_statements(&corpora[1], &searcher.parse("guarantees"));
        assert!(hits.len() > 20, "{}", hits.len());
        let seeds = Searcher::new(&corpora[0]);
        let phrase = seeds.search_articles(&corpora[0], &seeds.parse("\"open door\""));
        assert!(!phrase.is_empty());
    }

    /// The facet counts by their definition: each facet lifted in turn.
    fn counts_by_definition(index: &Index, scope: &[usize], filter: &Filter) -> FacetCounts {
        let mut counts = FacetCounts {
            actor: vec![0; index.actors.len()],
            theme: vec![0; index.themes.len()],
            stance: [0; 6],
            article: vec![0; index.articles.len()],
            quote: [0; 3],
        };
        let lifted = |change: fn(&mut Filter)| {
            let mut lifted = filter.clone();
            change(&mut lifted);
            lifted
        };
        let (actor, theme, stance, article, quote) = (
            lifted(|f| f.actor = None),
            lifted(|f| f.theme = None),
            lifted(|f| f.stance = None),
            lifted(|f| f.article = None),
            lifted(|f| f.quote = None),
        );
        for &number in scope {
            let statement = &index.statements[number];
            if actor.matches(index, number) {
                counts.actor[statement.actor as usize] += 1;
            }
            if theme.matches(index, number) {
                for &theme in &statement.themes {
                    counts.theme[theme as usize] += 1;
                }
            }
            if stance.matches(index, number) {
                let slot = Stance::ALL
                    .iter()
                    .position(|&s| s == statement.stance)
                    .unwrap();
                counts.stance[slot] += 1;
            }
            if article.matches(index, number) {
                counts.article[statement.article as usize] += 1;
            }
            if quote.matches(index, number) {
                let slot = QuoteKind::ALL
                    .iter()
                    .position(|&q| q == statement.quote)
                    .unwrap();
                counts.quote[slot] += 1;
            }
        }
        counts
    }

    #[test]
    fn the_search_view_s_results_are_those_of_the_scan_and_the_facet_definition() {
        let index = &corpora()[1];
        let searcher = Searcher::new(index);
        let scan = reference::Scan::new(index);
        let busiest = |of: fn(&crate::index::Statement) -> usize, len: usize| {
            let mut counts = vec![0; len];
            index.statements.iter().for_each(|s| counts[of(s)] += 1);
            (0..len).max_by_key(|&value| counts[value]).unwrap()
        };
        let actor = busiest(|s| s.actor as usize, index.actors.len());
        let article = busiest(|s| s.article as usize, index.articles.len());
        let filters = [
            Filter::default(),
            Filter {
                stance: Some(Stance::Reject),
                ..Filter::default()
            },
            Filter {
                actor: Some(actor),
                ..Filter::default()
            },
            Filter {
                theme: Some(0),
                quote: Some(QuoteKind::Direct),
                ..Filter::default()
            },
            Filter {
                article: Some(article),
                stance: Some(Stance::Demand),
                ..Filter::default()
            },
            Filter {
                actor: Some(actor),
                theme: Some(1),
                stance: Some(Stance::Warn),
                article: Some(article),
                quote: Some(QuoteKind::Reported),
            },
        ];
        for &text in &[
            "",
            "guarantees",
            "gua",
            "\"open door\" nato",
            "zzzz",
            "putin said",
        ] {
            let query = searcher.parse(text);
            let hits: Vec<StatementHit> = if query.is_empty() {
                (0..index.statements.len())
                    .map(|statement| StatementHit {
                        statement,
                        matched: 0,
                        score: 0.0,
                        highlights: Vec::new(),
                    })
                    .collect()
            } else {
                scan.search_statements(index, &query)
            };
            let scope: Vec<usize> = hits.iter().map(|hit| hit.statement).collect();
            for filter in &filters {
                let shown: Vec<&StatementHit> = hits
                    .iter()
                    .filter(|hit| filter.matches(index, hit.statement))
                    .collect();
                let expected = Results {
                    scope_len: scope.len(),
                    counts: counts_by_definition(index, &scope, filter),
                    statements: shown.iter().map(|hit| hit.statement).collect(),
                    highlights: shown.iter().map(|hit| hit.highlights.clone()).collect(),
                    passages: scan
                        .search_articles(index, &query)
                        .into_iter()
                        .filter(|hit| filter.article.is_none_or(|a| a == hit.article))
                        .collect(),
                };
                let results = searcher.results(index, &query, filter);
                assert_eq!(results, expected, "{text:?} with {filter:?}");
            }
        }
    }
}
