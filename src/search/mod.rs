//! Search over the whole guide, hits grouped by kind, best group first. Pure. The index is
//! built in `index`, words are matched forgivingly in `matching`; this file runs a query.

mod index;
mod matching;

use foldhash::HashSet;
use matching::{Phrase, Wanted, singular};

/// Where a hit leads: the guide's one list of destinations.
pub use crate::data::Target;
pub use crate::data::words::{is_stop_word, words};
pub use matching::word_match;

/// What a hit is, in the order groups are listed when their best scores tie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Technique,
    Routine,
    Region,
    Muscle,
    Symptom,
    Benefit,
    Caution,
    Tool,
    Topic,
    Claim,
    LookAlike,
}

impl Kind {
    /// The group's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::Technique => "Techniques",
            Self::Routine => "Routines",
            Self::Region => "Areas of the back",
            Self::Muscle => "Muscles",
            Self::Symptom => "Symptoms and complaints",
            Self::Benefit => "Benefits",
            Self::Caution => "Cautions",
            Self::Tool => "Tools",
            Self::Topic => "Before you start and after",
            Self::Claim => "How massage works",
            Self::LookAlike => "Pain that may not be the muscles",
        }
    }
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub target: Target,
    pub title: String,
    /// A short line under the title: where, or what it is.
    pub detail: String,
    pub score: f32,
}

/// The hits of one kind, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub kind: Kind,
    pub hits: Vec<Hit>,
}

/// Most hits listed per group; the rest are counted.
pub const MAX_PER_GROUP: usize = 6;

/// A searchable text, split into words, and how much a match in it counts.
struct Field {
    words: Vec<String>,
    weight: f32,
}

/// An everyday word or phrase for an entry ("trigger point"): it counts as much as the title,
/// but only when every word of it is typed.
struct Alias {
    /// Its words, stop words left out; never empty.
    words: Vec<String>,
    /// The words without a plural "s", joined by spaces, for whole-phrase matches.
    phrase: String,
}

struct Entry {
    kind: Kind,
    target: Target,
    title: String,
    detail: String,
    /// The title in lower case, for whole-phrase matches.
    title_lower: String,
    /// How many words of the title are searched for.
    title_words: usize,
    /// The title first; stop words are left out of every field.
    fields: Vec<Field>,
    /// The everyday words that find it.
    aliases: Vec<Alias>,
}

/// The guide, prepared for searching. Built once per guide.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every word of every field: a query word among them was typed as meant.
    vocabulary: HashSet<String>,
}

impl SearchIndex {
    /// The hits for `query`, grouped by kind, the group with the best hit first. Nothing for a
    /// query with no words to look for.
    pub fn search(&self, query: &str) -> Vec<Group> {
        let wanted: Vec<Wanted> = words(query)
            .into_iter()
            .filter(|w| !is_stop_word(w))
            .map(|word| Wanted {
                known: self.knows(&word),
                word,
            })
            .collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        let phrase = Phrase {
            typed: query.trim().to_lowercase(),
            words: wanted
                .iter()
                .map(|w| singular(&w.word))
                .collect::<Vec<_>>()
                .join(" "),
        };
        let mut groups: Vec<Group> = Vec::new();
        for entry in &self.entries {
            let Some(score) = entry.score(&wanted, &phrase) else {
                continue;
            };
            let hit = Hit {
                kind: entry.kind,
                target: entry.target.clone(),
                title: entry.title.clone(),
                detail: entry.detail.clone(),
                score,
            };
            match groups.iter_mut().find(|g| g.kind == entry.kind) {
                // The same title twice in a group (a muscle on each side) shows once per place,
                // but identical title and place shows once.
                Some(group) => {
                    let seen = group
                        .hits
                        .iter()
                        .any(|h| h.title == hit.title && h.target == hit.target);
                    if !seen {
                        group.hits.push(hit);
                    }
                }
                None => groups.push(Group {
                    kind: entry.kind,
                    hits: vec![hit],
                }),
            }
        }
        for group in &mut groups {
            // Stable, so equal scores keep the guide's order.
            group.hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        groups.sort_by(|a, b| {
            let best = |g: &Group| g.hits.first().map_or(0.0, |h| h.score);
            best(b).total_cmp(&best(a)).then(a.kind.cmp(&b.kind))
        });
        groups
    }

    /// Whether the guide uses `word`, or its singular.
    fn knows(&self, word: &str) -> bool {
        self.vocabulary.contains(word) || self.vocabulary.contains(singular(word))
    }
}

#[cfg(test)]
mod tests {
    use super::matching::match_word;
    use super::*;
    use crate::data::{GuideFiles, MuscleId, load_guide};

    fn built_in() -> SearchIndex {
        SearchIndex::new(&load_guide(&GuideFiles::embedded()).expect("the built-in guide loads"))
    }

    /// The words of the entry behind `hit`, everyday words included, that `query`'s word
    /// matches as written.
    fn matched_by<'a>(index: &'a SearchIndex, hit: &Hit, query: &str) -> Vec<&'a str> {
        index
            .entries
            .iter()
            .filter(|e| e.target == hit.target && e.title == hit.title)
            .flat_map(|e| {
                let aliases = e.aliases.iter().flat_map(|a| &a.words);
                e.fields.iter().flat_map(|f| &f.words).chain(aliases)
            })
            .filter(|w| match_word(query, w, true) > 0.0)
            .map(String::as_str)
            .collect()
    }

    #[test]
    fn knot_finds_only_what_says_knot() {
        let index = built_in();
        let groups = index.search("knot");
        let hits: Vec<&Hit> = groups.iter().flat_map(|g| &g.hits).collect();
        assert!(!hits.is_empty());
        for hit in hits {
            assert!(
                !matched_by(&index, hit, "knot").is_empty(),
                "{:?} \"{}\" does not say knot",
                hit.kind,
                hit.title
            );
        }
    }

    #[test]
    fn a_word_the_guide_uses_is_not_taken_for_a_typo() {
        let index = built_in();
        assert!(index.knows("tight") && index.knows("light"));
        // Every hit for "tight" says tight (or tightness), not only "light".
        for group in index.search("tight") {
            for hit in &group.hits {
                assert!(
                    !matched_by(&index, hit, "tight").is_empty(),
                    "{:?} \"{}\" does not say tight",
                    hit.kind,
                    hit.title
                );
            }
        }
        // A word the guide does not use is still read as a typo.
        assert!(!index.knows("rhomboyd"));
        let groups = index.search("rhomboyd");
        assert_eq!(
            groups
                .first()
                .and_then(|g| g.hits.first())
                .map(|h| &h.target),
            Some(&Target::Muscle(MuscleId("rhomboids".into())))
        );
    }
}
