//! Full-text search over statements and articles: case-insensitive, stemmed,
//! ranked, with the matched words as byte spans so the app can highlight them
//! as text, and keyword-in-context passages for the articles.
//!
//! The corpus is small (a handful of articles), so a [`Searcher`] keeps every
//! article's words with their stems and each query scans them; building it
//! once is the only cost worth caching.

use crate::index::{Index, Span};
use crate::query::{sort_by_rank, Rank};
use crate::text::Stemmer;

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

/// A word of the corpus, prepared for matching.
#[derive(Clone, Debug)]
struct Word {
    span: Span,
    key: String,
    stem: String,
}

/// How well a word matches a term: exactly, by stem, or as a prefix.
fn term_weight(term: &Term, word: &Word) -> f32 {
    if word.key == term.key {
        1.0
    } else if word.stem == term.stem {
        0.8
    } else if term.prefix && word.key.starts_with(&term.key) {
        0.5
    } else {
        0.0
    }
}

/// The places a clause matches in a run of words: (first word, last word, weight).
fn clause_matches(clause: &[Term], words: &[Word]) -> Vec<(usize, usize, f32)> {
    let mut found = Vec::new();
    if clause.is_empty() || words.len() < clause.len() {
        return found;
    }
    for first in 0..=words.len() - clause.len() {
        let mut weight = f32::MAX;
        for (offset, term) in clause.iter().enumerate() {
            weight = weight.min(term_weight(term, &words[first + offset]));
            if weight == 0.0 {
                break;
            }
        }
        if weight > 0.0 {
            found.push((first, first + clause.len() - 1, weight));
        }
    }
    found
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

/// The words of every article, prepared once for all queries.
pub struct Searcher {
    stemmer: Stemmer,
    /// Per article: the title's words, then every block's, in text order.
    articles: Vec<Vec<Word>>,
    /// Per actor: the words of the canonical name.
    actors: Vec<Vec<Word>>,
}

/// How many bytes of context a keyword-in-context line shows on each side.
const CONTEXT_BYTES: usize = 80;
/// How many passages an article hit keeps.
const SNIPPETS_PER_ARTICLE: usize = 3;

impl Searcher {
    pub fn new(index: &Index) -> Searcher {
        let stemmer = Stemmer::new();
        let prepare = |text: &str, spans: &[Span]| -> Vec<Word> {
            spans
                .iter()
                .flat_map(|&span| words(text, span))
                .map(|span| {
                    let key = normalize(&text[span.range()]);
                    Word {
                        stem: stemmer.stem(&key),
                        key,
                        span,
                    }
                })
                .collect()
        };
        let articles = index
            .articles
            .iter()
            .map(|article| {
                let mut spans = vec![article.title_span];
                spans.extend(article.blocks.iter().map(|block| block.span));
                prepare(&article.text, &spans)
            })
            .collect();
        // Only the canonical name: aliases such as "the Russian president"
        // would make every common word match whole actors.
        let actors = index
            .actors
            .iter()
            .map(|actor| prepare(&actor.name, &[Span::new(0, actor.name.len())]))
            .collect();
        Searcher {
            stemmer,
            articles,
            actors,
        }
    }

    pub fn parse(&self, query: &str) -> Query {
        Query::parse(query, &self.stemmer)
    }

    /// The words of an article inside `span`.
    fn words_in(&self, article: usize, span: Span) -> &[Word] {
        let all = &self.articles[article];
        let first = all.partition_point(|word| word.span.start < span.start);
        let last = all.partition_point(|word| word.span.start < span.end);
        let slice = &all[first..last.max(first)];
        // The title comes first and may sort after a block start; keep
        // only words really inside.
        let end = slice
            .iter()
            .take_while(|word| word.span.end <= span.end)
            .count();
        &slice[..end]
    }

    /// The statements matching at least one clause of `query`, best first:
    /// most clauses matched, then by score (rarer words weigh more), then in
    /// corpus order. An empty query matches nothing.
    pub fn search_statements(&self, index: &Index, query: &Query) -> Vec<StatementHit> {
        if query.is_empty() {
            return Vec::new();
        }
        let total = index.statements.len().max(1) as f32;
        let per_statement: Vec<Vec<Vec<(usize, usize, f32)>>> = index
            .statements
            .iter()
            .map(|statement| {
                let words = self.words_in(statement.article as usize, statement.span);
                query
                    .clauses
                    .iter()
                    .map(|clause| clause_matches(clause, words))
                    .collect()
            })
            .collect();
        let idf: Vec<f32> = (0..query.clauses.len())
            .map(|clause| {
                let df = per_statement
                    .iter()
                    .filter(|matches| !matches[clause].is_empty())
                    .count() as f32;
                (1.0 + total / (1.0 + df)).ln()
            })
            .collect();
        let mut hits: Vec<StatementHit> = Vec::new();
        for (number, statement) in index.statements.iter().enumerate() {
            let words = self.words_in(statement.article as usize, statement.span);
            let mut matched = 0;
            let mut score = 0.0;
            let mut highlights = Vec::new();
            for (clause_number, clause) in query.clauses.iter().enumerate() {
                let found = &per_statement[number][clause_number];
                let in_text: f32 = found.iter().map(|(_, _, weight)| weight).sum();
                let in_meta =
                    !clause_matches(clause, &self.actors[statement.actor as usize]).is_empty();
                if in_text > 0.0 || in_meta {
                    matched += 1;
                }
                // Saturating term frequency: the second occurrence adds less.
                score += idf[clause_number] * (in_text / (in_text + 1.0));
                if in_meta {
                    score += 0.3 * idf[clause_number];
                }
                highlights.extend(found.iter().map(|&(first, last, _)| {
                    Span::new(
                        words[first].span.start as usize,
                        words[last].span.end as usize,
                    )
                }));
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
        let mut hits = Vec::new();
        for (number, article) in index.articles.iter().enumerate() {
            let title_words = self.words_in(number, article.title_span);
            let mut title_highlights = Vec::new();
            let mut matched = 0;
            let mut score = 0.0;
            let mut occurrences = 0;
            // Matches per block, as highlight spans.
            let mut block_hits: Vec<(Span, Vec<Span>)> = Vec::new();
            let mut clause_found = vec![false; query.clauses.len()];
            for block in &article.blocks {
                let words = self.words_in(number, block.span);
                let mut spans = Vec::new();
                for (clause_number, clause) in query.clauses.iter().enumerate() {
                    let found = clause_matches(clause, words);
                    if !found.is_empty() {
                        clause_found[clause_number] = true;
                    }
                    occurrences += found.len();
                    score += found.iter().map(|(_, _, weight)| weight).sum::<f32>();
                    spans.extend(found.iter().map(|&(first, last, _)| {
                        Span::new(
                            words[first].span.start as usize,
                            words[last].span.end as usize,
                        )
                    }));
                }
                if !spans.is_empty() {
                    block_hits.push((block.span, merge_spans(spans)));
                }
            }
            for (clause_number, clause) in query.clauses.iter().enumerate() {
                let found = clause_matches(clause, title_words);
                if !found.is_empty() {
                    clause_found[clause_number] = true;
                    score += 3.0;
                    title_highlights.extend(found.iter().map(|&(first, last, _)| {
                        Span::new(
                            title_words[first].span.start as usize,
                            title_words[last].span.end as usize,
                        )
                    }));
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
                .flat_map(|(block, highlights)| self.snippets(number, *block, highlights))
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
    fn snippets(&self, article: usize, block: Span, highlights: &[Span]) -> Vec<Snippet> {
        let words = self.words_in(article, block);
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
}
