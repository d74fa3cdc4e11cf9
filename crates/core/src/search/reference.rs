//! The search as it was before the inverted index: every query compares
//! every word of the corpus. Kept for the tests only, as the definition the
//! inverted index must agree with, hit for hit and score for score.

use super::{
    merge_spans, most, normalize, score_key, words, ArticleHit, Query, Snippet, StatementHit, Term,
    CONTEXT_BYTES, SNIPPETS_PER_ARTICLE,
};
use crate::index::{Index, Span};
use crate::query::sort_by_rank;
use crate::text::Stemmer;

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

/// The words of every article, prepared once for all queries.
pub struct Scan {
    stemmer: Stemmer,
    /// Per article: the title's words, then every block's, in text order.
    articles: Vec<Vec<Word>>,
    /// Per actor: the words of the canonical name.
    actors: Vec<Vec<Word>>,
}

impl Scan {
    pub fn new(index: &Index) -> Scan {
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
        Scan {
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
