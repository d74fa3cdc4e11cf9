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

    /// The statements of one article, in reading order.
    pub fn statements_in_article(&self, article: usize) -> Vec<usize> {
        self.filter(&Filter {
            article: Some(article),
            ..Filter::default()
        })
    }
}
