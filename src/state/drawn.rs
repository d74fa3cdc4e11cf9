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

/// The first `drawn` rows of a list of `total` rows are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrawnRows {
    pub drawn: usize,
    pub total: usize,
}

impl DrawnRows {
    /// Every row at once: where nothing can draw the rest later (the
    /// build's prerender) or when it is needed now (printing).
    pub fn all(total: usize) -> DrawnRows {
        DrawnRows {
            drawn: total,
            total,
        }
    }

    /// The first step of drawing `rows` when the rows `before` are on the
    /// page: as many rows as it takes to create `FIRST_ROWS` new cards. Cards
    /// already on the page are kept (they are keyed) and cost nothing, so a
    /// filter that only takes cards away draws its whole list at once.
    pub fn start(rows: &[usize], before: &[usize]) -> DrawnRows {
        let mut new = 0;
        let mut drawn = 0;
        for row in rows {
            if !before.contains(row) {
                if new == FIRST_ROWS {
                    break;
                }
                new += 1;
            }
            drawn += 1;
        }
        DrawnRows {
            drawn,
            total: rows.len(),
        }
    }

    /// The next step: `ROWS_PER_FRAME` more rows, or the rest.
    pub fn next(self) -> DrawnRows {
        DrawnRows {
            drawn: (self.drawn + ROWS_PER_FRAME).min(self.total),
            ..self
        }
    }

    /// Whether every row is drawn.
    pub fn is_whole(&self) -> bool {
        self.drawn >= self.total
    }

    /// The drawn rows of a list cut into groups (statements under themes or
    /// actors), in order, leaving out groups with none drawn yet.
    pub fn of_groups<K: Clone>(&self, groups: &[(K, Vec<usize>)]) -> Vec<(K, Vec<usize>)> {
        super::page::rows_of_groups(groups, 0, self.drawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_list_draws_a_screenful_then_a_batch_a_frame() {
        let rows: Vec<usize> = (0..200).collect();
        let mut drawn = DrawnRows::start(&rows, &[]);
        assert_eq!(
            drawn,
            DrawnRows {
                drawn: FIRST_ROWS,
                total: 200
            }
        );
        let mut frames = 1;
        while !drawn.is_whole() {
            let next = drawn.next();
            assert_eq!(
                next.drawn - drawn.drawn,
                ROWS_PER_FRAME.min(200 - drawn.drawn)
            );
            drawn = next;
            frames += 1;
        }
        assert_eq!(drawn.drawn, 200);
        assert!(frames <= 10, "a page of 200 is whole in {frames} frames");
        assert_eq!(drawn.next(), drawn, "a whole list stays whole");
    }

    #[test]
    fn a_short_list_is_drawn_whole_at_once() {
        let drawn = DrawnRows::start(&[4, 5, 6], &[]);
        assert_eq!(drawn, DrawnRows::all(3));
        assert!(drawn.is_whole());
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
        let drawn = DrawnRows::start(&widened, &narrowed);
        let new = widened[..drawn.drawn]
            .iter()
            .filter(|row| !narrowed.contains(row))
            .count();
        assert_eq!(new, FIRST_ROWS);
        assert!(!narrowed.contains(&widened[drawn.drawn]));
    }

    #[test]
    fn groups_are_cut_after_the_drawn_rows() {
        let groups = vec![("a", vec![1, 2, 3]), ("b", vec![4, 5]), ("c", vec![6])];
        let drawn = |drawn| DrawnRows { drawn, total: 6 }.of_groups(&groups);
        assert_eq!(drawn(0), Vec::<(&str, Vec<usize>)>::new());
        assert_eq!(drawn(4), vec![("a", vec![1, 2, 3]), ("b", vec![4])]);
        assert_eq!(drawn(6), groups);
    }
}
