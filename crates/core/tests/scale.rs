//! The one-pass queries that keep a large corpus quick give the same answers
//! as the plain per-item definitions, on a synthetic corpus.

mod common;

use redlines_core::{Filter, Index};

fn synthetic_index(articles: usize) -> Index {
    common::synthetic_index(articles, 5)
}

#[test]
fn statements_by_article_match_each_article_s_own() {
    let index = synthetic_index(30);
    let by_article = index.statements_by_article();
    assert_eq!(by_article.len(), index.articles.len());
    for (article, statements) in by_article.iter().enumerate() {
        assert_eq!(
            *statements,
            index.statements_in_article(article),
            "article {article}"
        );
    }
    assert_eq!(
        by_article.iter().map(Vec::len).sum::<usize>(),
        index.statements.len()
    );
}

#[test]
fn every_matrix_cell_holds_the_actor_s_statements_on_the_theme() {
    let index = synthetic_index(30);
    for filter in [
        Filter::default(),
        Filter {
            stance: Some(redlines_core::Stance::Reject),
            ..Filter::default()
        },
    ] {
        let matrix = index.matrix(&filter, 1);
        assert!(matrix.actors.len() > 3 && matrix.themes.len() > 3);
        let mut filled = 0;
        for (row, &actor) in matrix.actors.iter().enumerate() {
            for (column, &theme) in matrix.themes.iter().enumerate() {
                let expected = index.filter(&Filter {
                    actor: Some(actor),
                    theme: Some(theme),
                    ..filter.clone()
                });
                let cell = &matrix.cells[row][column];
                assert_eq!(cell.statements, expected, "actor {actor}, theme {theme}");
                filled += usize::from(!expected.is_empty());
            }
        }
        assert!(filled > 10, "only {filled} cells hold statements");
    }
}
