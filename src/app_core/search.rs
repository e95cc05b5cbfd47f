//! The search's text, its results and which hit Enter opens. Changed only by commands; the
//! view keeps only what is its own (the keyboard's place, the scroll).

use crate::search::{Group, Hit, MAX_PER_GROUP, SearchIndex};

/// What the reader searched for and found. Not saved between runs.
#[derive(Default)]
pub(crate) struct Search {
    query: String,
    /// Which hit Enter opens, counting down the listed hits of every group.
    highlight: usize,
    /// The results for `query` in the guide on screen.
    results: Vec<Group>,
}

impl Search {
    pub(crate) fn query(&self) -> &str {
        &self.query
    }

    /// Results are shown while the box holds more than spaces.
    pub(crate) fn is_open(&self) -> bool {
        !self.query.trim().is_empty()
    }

    pub(crate) fn results(&self) -> &[Group] {
        &self.results
    }

    /// The position of the highlighted hit among [`Search::listed`].
    pub(crate) fn highlight(&self) -> usize {
        self.highlight
    }

    /// The hits as listed, in order, each group cut to [`MAX_PER_GROUP`].
    pub(crate) fn listed(&self) -> impl Iterator<Item = &Hit> {
        self.results
            .iter()
            .flat_map(|g| g.hits.iter().take(MAX_PER_GROUP))
    }

    /// The groups as listed, each with its listed hits and their places in [`Search::listed`]
    /// (what [`Search::highlight`] counts), so a view shows the highlight where Enter opens.
    pub(crate) fn listed_groups(&self) -> Vec<(&Group, Vec<(usize, &Hit)>)> {
        let mut n = 0;
        self.results
            .iter()
            .map(|group| {
                let hits = group.hits.iter().take(MAX_PER_GROUP).map(|hit| {
                    n += 1;
                    (n - 1, hit)
                });
                (group, hits.collect())
            })
            .collect()
    }

    /// The hit Enter opens.
    pub(crate) fn highlighted(&self) -> Option<&Hit> {
        self.listed().nth(self.highlight)
    }

    pub(super) fn set_query(&mut self, query: String, index: &SearchIndex) {
        if query != self.query {
            self.query = query;
            self.search(index);
        }
    }

    /// Searches again, keeping what the reader typed (the guide was replaced).
    pub(super) fn search(&mut self, index: &SearchIndex) {
        self.results = index.search(&self.query);
        self.highlight = 0;
    }

    /// Moves the highlight `by` hits, round from the last to the first and back.
    pub(super) fn move_highlight(&mut self, by: isize) {
        let count = self.listed().count();
        if count > 0 {
            self.highlight = (self.highlight as isize + by).rem_euclid(count as isize) as usize;
        }
    }

    pub(super) fn close(&mut self) {
        self.query.clear();
        self.results.clear();
        self.highlight = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::Search;
    use crate::data::TechniqueId;
    use crate::search::{Group, Hit, Kind, MAX_PER_GROUP, Target};

    fn group(kind: Kind, prefix: &str, count: usize) -> Group {
        let hits = (0..count)
            .map(|n| Hit {
                kind,
                target: Target::Technique(TechniqueId(format!("{prefix}{n}"))),
                title: format!("{prefix}{n}"),
                detail: String::new(),
                score: 1.0,
            })
            .collect();
        Group { kind, hits }
    }

    #[test]
    fn listed_groups_number_the_hits_as_the_highlight_counts_them() {
        assert_eq!(MAX_PER_GROUP, 6, "the numbers below assume 6 a group");
        let mut search = Search {
            query: "x".to_owned(),
            highlight: 0,
            results: vec![group(Kind::Technique, "t", 8), group(Kind::Muscle, "m", 2)],
        };
        let listed: Vec<(usize, String)> = search
            .listed_groups()
            .into_iter()
            .flat_map(|(_, hits)| hits.into_iter().map(|(n, h)| (n, h.title.clone())))
            .collect();
        let expected: Vec<(usize, String)> = [
            "t0", "t1", "t2", "t3", "t4", "t5", // t6 and t7 are counted, not listed
            "m0", "m1",
        ]
        .iter()
        .enumerate()
        .map(|(n, t)| (n, (*t).to_owned()))
        .collect();
        assert_eq!(listed, expected);
        // The highlight moved past the first group lands on the second group's first hit,
        // which is the hit the view marks as chosen, and the one Enter opens.
        search.move_highlight(6);
        assert_eq!(search.highlighted().map(|h| h.title.as_str()), Some("m0"));
        search.move_highlight(2);
        assert_eq!(search.highlight(), 0, "round to the first");
    }
}
