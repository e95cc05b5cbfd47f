//! Search over the whole guide, hits grouped by kind, best group first. Pure. The index is
//! built in `index`, words are matched forgivingly in `matching`; this file runs a query.

mod index;
mod matching;

use crate::data::{
    BenefitId, CautionId, ClaimId, MuscleId, RegionId, RoutineId, TechniqueId, Tool, TopicId,
};
use matching::STOP_WORDS;

pub use matching::{word_match, words};

/// Where a hit leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Technique(TechniqueId),
    Routine(RoutineId),
    Region(RegionId),
    Benefit(BenefitId),
    Caution(CautionId),
    Tool(Tool),
    Topic(TopicId),
    Claim(ClaimId),
    Muscle(MuscleId),
}

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

struct Entry {
    kind: Kind,
    target: Target,
    title: String,
    detail: String,
    /// The title in lower case, for whole-phrase matches.
    title_lower: String,
    fields: Vec<Field>,
}

/// The guide, prepared for searching. Built once per guide.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// The hits for `query`, grouped by kind, the group with the best hit first. Nothing for a
    /// query with no words to look for.
    pub fn search(&self, query: &str) -> Vec<Group> {
        let wanted: Vec<String> = words(query)
            .into_iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        let phrase = query.trim().to_lowercase();
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
}
