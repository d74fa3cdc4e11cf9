//! `Page`: one page of a long list, and how many rows a page holds.

/// How many rows a long list shows at once: enough to scroll through, few
/// enough that a page renders and updates without a noticeable pause.
pub const PAGE_SIZE: usize = 200;

/// One page of a list of `total` rows: rows `start..end`, page `number` of
/// `pages` (both counted from 1). An empty list has one, empty, page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub number: usize,
    pub pages: usize,
    pub start: usize,
    pub end: usize,
    pub total: usize,
}

impl Page {
    /// The page `requested` (from 1) of `total` rows, `size` to a page; a
    /// number past the end gives the last page, so a stale link still shows
    /// rows.
    pub fn of(total: usize, requested: usize, size: usize) -> Page {
        let size = size.max(1);
        let pages = total.div_ceil(size).max(1);
        let number = requested.clamp(1, pages);
        let start = (number - 1) * size;
        Page {
            number,
            pages,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// Whether the list needs more than one page.
    pub fn is_paged(&self) -> bool {
        self.pages > 1
    }

    pub fn previous(&self) -> Option<usize> {
        (self.number > 1).then(|| self.number - 1)
    }

    pub fn next(&self) -> Option<usize> {
        (self.number < self.pages).then(|| self.number + 1)
    }

    /// "Showing 201–400 of 412".
    pub fn describe(&self) -> String {
        if self.total == 0 {
            return "Showing 0 of 0".to_string();
        }
        format!(
            "Showing {}\u{2013}{} of {}",
            self.start + 1,
            self.end,
            self.total
        )
    }

    /// This page's rows of a list cut into groups (statements under themes
    /// or actors), keeping each group's key over its rows on the page and
    /// leaving out groups with none. Rows are counted across the groups in
    /// order, so the pages of the groups are the pages of the whole list.
    pub fn of_groups<K: Clone>(&self, groups: &[(K, Vec<usize>)]) -> Vec<(K, Vec<usize>)> {
        rows_of_groups(groups, self.start, self.end)
    }
}

/// Rows `start..end` of a list cut into groups, counted across the groups in
/// order, each with its group's key; groups with none are left out.
fn rows_of_groups<K: Clone>(
    groups: &[(K, Vec<usize>)],
    start: usize,
    end: usize,
) -> Vec<(K, Vec<usize>)> {
    let mut out = Vec::new();
    let mut first = 0;
    for (key, rows) in groups {
        let last = first + rows.len();
        let from = start.max(first);
        let to = end.min(last);
        if from < to {
            out.push((key.clone(), rows[from - first..to - first].to_vec()));
        }
        first = last;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_once_and_clamp() {
        let first = Page::of(412, 1, 200);
        assert_eq!((first.start, first.end, first.pages), (0, 200, 3));
        assert_eq!(first.describe(), "Showing 1\u{2013}200 of 412");
        assert_eq!((first.previous(), first.next()), (None, Some(2)));
        let last = Page::of(412, 3, 200);
        assert_eq!((last.start, last.end), (400, 412));
        assert_eq!((last.previous(), last.next()), (Some(2), None));
        assert_eq!(Page::of(412, 99, 200), last);
        assert_eq!(Page::of(412, 0, 200), first);
        let exact = Page::of(400, 2, 200);
        assert_eq!((exact.start, exact.end, exact.pages), (200, 400, 2));
        let short = Page::of(150, 1, 200);
        assert!(!short.is_paged());
        assert_eq!((short.start, short.end), (0, 150));
        let empty = Page::of(0, 5, 200);
        assert_eq!(
            (empty.number, empty.pages, empty.start, empty.end),
            (1, 1, 0, 0)
        );
        assert_eq!(empty.describe(), "Showing 0 of 0");
    }

    #[test]
    fn a_page_of_groups_keeps_their_keys() {
        let groups = vec![
            ("a", vec![1, 2, 3]),
            ("b", vec![4, 5]),
            ("c", vec![6, 7, 8, 9]),
        ];
        let page = |number| Page::of(9, number, 4).of_groups(&groups);
        assert_eq!(page(1), vec![("a", vec![1, 2, 3]), ("b", vec![4])]);
        assert_eq!(page(2), vec![("b", vec![5]), ("c", vec![6, 7, 8])]);
        assert_eq!(page(3), vec![("c", vec![9])]);
    }
}
