//! `DrawnRows`: how much of a page of statement cards is drawn so far.
//!
//! A facet change or a keystroke can bring a whole page of new cards, and
//! creating two hundred of them takes several frames. So a page is drawn in
//! steps: the first screenful in the frame that answers the click or the key,
//! the rest a batch per frame after it (`hooks::use_drawn_rows` schedules the
//! steps). Every row of the page is drawn a few frames later, so find-in-page,
//! printing and a screen reader's list still get the whole page.

/// How many new cards the first frame draws: more than one screen holds on a
/// tall desktop screen (a card is at least about 120 px high there, and the
/// list starts below the page's heading and search form), and on a phone,
/// where a card is about 400 px high, several screens.
pub const FIRST_ROWS: usize = 12;

/// How many more cards each later frame draws: few enough that a frame stays
/// short on this project's benchmark machine, so a click or a key pressed
/// meanwhile is answered at once, and enough that a page of 200 is whole in
/// under ten frames.
pub const ROWS_PER_FRAME: usize = 24;

/// Which rows of a list of `total` rows are drawn: the first `drawn`, and
/// past them the rows that were already on the page when the list came.
///
/// Those are kept where they are rather than dropped and drawn again a frame
/// later: they are keyed cards whose elements and layout the browser already
/// has, so keeping them costs nothing, while dropping them cost the frame
/// that answers the click their removal and a later frame their return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrawnRows {
    pub drawn: usize,
    pub total: usize,
    /// The positions past the first `drawn` of rows that were on the page
    /// before, in order.
    kept: Vec<usize>,
}

impl DrawnRows {
    /// Every row at once: where nothing can draw the rest later (the
    /// build's prerender) or when it is needed now (printing).
    pub fn all(total: usize) -> DrawnRows {
        DrawnRows {
            drawn: total,
            total,
            kept: Vec::new(),
        }
    }

    /// The first step of drawing `rows` when the rows `before` are on the
    /// page: the rows up to the `FIRST_ROWS`th new card, and every row that
    /// is on the page already, wherever it is in the list. So a filter that
    /// only takes cards away draws its whole list at once, and one that
    /// brings cards back draws a screenful of them around the cards it kept.
    pub fn start(rows: &[usize], before: &[usize]) -> DrawnRows {
        let kept = (0..rows.len())
            .filter(|&position| before.contains(&rows[position]))
            .collect();
        DrawnRows {
            drawn: 0,
            total: rows.len(),
            kept,
        }
        .advance(FIRST_ROWS)
    }

    /// The next step: `ROWS_PER_FRAME` more new cards, or the rest.
    pub fn next(self) -> DrawnRows {
        self.advance(ROWS_PER_FRAME)
    }

    /// Moves the end of the drawn rows past `new` more rows that are not
    /// drawn yet (kept rows on the way cost nothing), stopping before the
    /// one after them.
    fn advance(mut self, new: usize) -> DrawnRows {
        let mut added = 0;
        while self.drawn < self.total {
            if self.kept.first() == Some(&self.drawn) {
                self.kept.remove(0);
            } else if added == new {
                break;
            } else {
                added += 1;
            }
            self.drawn += 1;
        }
        self
    }

    /// Whether every row is drawn.
    pub fn is_whole(&self) -> bool {
        self.drawn >= self.total
    }

    /// Whether the row at `position` is drawn.
    pub fn is_drawn(&self, position: usize) -> bool {
        position < self.drawn || self.kept.binary_search(&position).is_ok()
    }

    /// The drawn ones of `items`, which go with the rows in order (the rows
    /// themselves, or what the view shows with each).
    pub fn select<T: Clone>(&self, items: &[T]) -> Vec<T> {
        (0..items.len())
            .filter(|&position| self.is_drawn(position))
            .map(|position| items[position].clone())
            .collect()
    }

    /// The drawn rows of a list cut into groups (statements under themes or
    /// actors), in order, leaving out groups with none drawn yet.
    pub fn of_groups<K: Clone>(&self, groups: &[(K, Vec<usize>)]) -> Vec<(K, Vec<usize>)> {
        let mut first = 0;
        let mut out = Vec::new();
        for (key, rows) in groups {
            let drawn: Vec<usize> = (0..rows.len())
                .filter(|&at| self.is_drawn(first + at))
                .map(|at| rows[at])
                .collect();
            if !drawn.is_empty() {
                out.push((key.clone(), drawn));
            }
            first += rows.len();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(drawn: usize, total: usize) -> DrawnRows {
        DrawnRows {
            drawn,
            total,
            kept: Vec::new(),
        }
    }

    #[test]
    fn a_new_list_draws_a_screenful_then_a_batch_a_frame() {
        let rows: Vec<usize> = (0..200).collect();
        let mut step = DrawnRows::start(&rows, &[]);
        assert_eq!(step, drawn(FIRST_ROWS, 200));
        let mut frames = 1;
        while !step.is_whole() {
            let next = step.clone().next();
            assert_eq!(
                next.drawn - step.drawn,
                ROWS_PER_FRAME.min(200 - step.drawn)
            );
            step = next;
            frames += 1;
        }
        assert_eq!(step.drawn, 200);
        assert!(frames <= 10, "a page of 200 is whole in {frames} frames");
        assert_eq!(step.clone().next(), step, "a whole list stays whole");
    }

    #[test]
    fn a_short_list_is_drawn_whole_at_once() {
        let step = DrawnRows::start(&[4, 5, 6], &[]);
        assert_eq!(step, DrawnRows::all(3));
        assert!(step.is_whole());
        assert!(DrawnRows::start(&[], &[]).is_whole());
    }

    #[test]
    fn cards_already_drawn_do_not_count_against_the_first_frame() {
        // A filter that narrows a list keeps only cards that are drawn: the
        // whole new list at once.
        let before: Vec<usize> = (0..100).collect();
        let narrowed: Vec<usize> = (0..100).step_by(3).collect();
        assert!(DrawnRows::start(&narrowed, &before).is_whole());
        // Letting the filter go again: the kept cards are free, and the first
        // frame stops before its thirteenth new card.
        let widened: Vec<usize> = (0..100).collect();
        let step = DrawnRows::start(&widened, &narrowed);
        let new = widened[..step.drawn]
            .iter()
            .filter(|row| !narrowed.contains(row))
            .count();
        assert_eq!(new, FIRST_ROWS);
        assert!(!narrowed.contains(&widened[step.drawn]));
    }

    #[test]
    fn cards_kept_past_the_first_screenful_stay_drawn_until_reached() {
        // The narrowed list's cards stay on the page wherever they fall in
        // the widened one: nothing the page holds is dropped to be drawn
        // again a frame later.
        let narrowed: Vec<usize> = (0..100).step_by(3).collect();
        let widened: Vec<usize> = (0..100).collect();
        let mut step = DrawnRows::start(&widened, &narrowed);
        let mut new = FIRST_ROWS;
        loop {
            let shown = step.select(&widened);
            for row in &narrowed {
                assert!(shown.contains(row), "card {row} kept at {step:?}");
            }
            assert_eq!(shown.len(), narrowed.len() + new);
            if step.is_whole() {
                break;
            }
            step = step.next();
            new = (new + ROWS_PER_FRAME).min(widened.len() - narrowed.len());
        }
        assert_eq!(step.select(&widened), widened);
    }

    #[test]
    fn the_drawn_rows_select_what_goes_with_them() {
        let rows = [10, 11, 12, 13, 14, 15];
        let step = DrawnRows {
            drawn: 2,
            total: 6,
            kept: vec![3, 5],
        };
        assert_eq!(step.select(&rows), vec![10, 11, 13, 15]);
        let labels = ["a", "b", "c", "d", "e", "f"];
        assert_eq!(step.select(&labels), vec!["a", "b", "d", "f"]);
        // The next step passes the kept row 3 at no cost: it adds rows 2
        // and 4, the next new ones, and reaches the end.
        let next = DrawnRows {
            drawn: 2,
            total: 6,
            kept: vec![3, 5],
        }
        .advance(2);
        assert_eq!(next, DrawnRows::all(6));
    }

    #[test]
    fn groups_are_cut_after_the_drawn_rows() {
        let groups = vec![("a", vec![1, 2, 3]), ("b", vec![4, 5]), ("c", vec![6])];
        let cut = |step: usize| drawn(step, 6).of_groups(&groups);
        assert_eq!(cut(0), Vec::<(&str, Vec<usize>)>::new());
        assert_eq!(cut(4), vec![("a", vec![1, 2, 3]), ("b", vec![4])]);
        assert_eq!(cut(6), groups);
        // A kept row shows its group before the rows ahead of it are drawn.
        let kept = DrawnRows {
            drawn: 1,
            total: 6,
            kept: vec![5],
        };
        assert_eq!(
            kept.of_groups(&groups),
            vec![("a", vec![1]), ("c", vec![6])]
        );
    }
}
