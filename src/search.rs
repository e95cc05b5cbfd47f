//! Search over the whole guide: techniques, routines, regions, muscles, symptoms, benefits,
//! cautions, tools, the basics pages' topics and the claims about how massage works. Words are
//! matched forgivingly (a prefix, a plural, a typo or two, by `strsim`'s edit distance), and
//! hits come back grouped by kind, best group first. Pure.

use crate::data::{
    BenefitId, CautionId, ClaimId, Guide, MuscleId, RegionId, RoutineId, TechniqueId, Tool, TopicId,
};

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
/// A hit must score at least this (1 is every word matching a title word exactly).
const MIN_SCORE: f32 = 0.5;

/// Words too common to tell anything apart.
const STOP_WORDS: [&str; 22] = [
    "a",
    "an",
    "and",
    "for",
    "i",
    "in",
    "is",
    "it",
    "me",
    "my",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "what",
    "how",
    "do",
    "does",
    "something",
    "have",
];

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

/// How much a match in a title, in names and labels next to it, and in running text counts.
const TITLE: f32 = 1.0;
const NEAR: f32 = 0.8;
const TEXT: f32 = 0.6;

impl SearchIndex {
    pub fn new(guide: &Guide) -> Self {
        let mut entries = Vec::new();
        let mut add = |kind, target, title: String, detail: String, fields: Vec<(&str, f32)>| {
            let mut all = vec![Field {
                words: words(&title),
                weight: TITLE,
            }];
            all.extend(fields.into_iter().map(|(text, weight)| Field {
                words: words(text),
                weight,
            }));
            entries.push(Entry {
                kind,
                target,
                title_lower: title.to_lowercase(),
                title,
                detail,
                fields: all,
            });
        };
        for technique in &guide.techniques {
            let tools: Vec<_> = technique.tools.iter().map(|t| t.label()).collect();
            let tools = tools.join(" ");
            add(
                Kind::Technique,
                Target::Technique(technique.id.clone()),
                technique.name.clone(),
                format!(
                    "{} pressure · {}",
                    technique.pressure.label(),
                    crate::data::format_duration(technique.total_seconds())
                ),
                vec![(&tools, NEAR), (&technique.summary, TEXT)],
            );
        }
        for routine in &guide.routines {
            add(
                Kind::Routine,
                Target::Routine(routine.id.clone()),
                routine.name.clone(),
                crate::data::format_duration(routine.total_seconds()),
                vec![(&routine.summary, TEXT)],
            );
        }
        for muscle in &guide.muscles {
            let places: Vec<String> = muscle
                .regions
                .iter()
                .filter_map(|id| guide.region(id))
                .map(|r| r.display_name())
                .collect();
            add(
                Kind::Muscle,
                Target::Muscle(muscle.id.clone()),
                muscle.name.clone(),
                format!("In {}", places.join("; ")),
                vec![
                    (&muscle.latin, NEAR),
                    (&muscle.does, TEXT),
                    (&muscle.why_tight, TEXT),
                ],
            );
        }
        for region in &guide.regions {
            let target = Target::Region(region.id.clone());
            let name = region.display_name();
            add(
                Kind::Region,
                target.clone(),
                name.clone(),
                format!("Levels {}", region.levels),
                vec![(&region.levels, NEAR), (&region.summary, TEXT)],
            );
            for complaint in &region.common_complaints {
                add(
                    Kind::Symptom,
                    target.clone(),
                    complaint.clone(),
                    format!("In {name}"),
                    Vec::new(),
                );
            }
        }
        for benefit in &guide.benefits {
            add(
                Kind::Benefit,
                Target::Benefit(benefit.id.clone()),
                benefit.name.clone(),
                format!("{} evidence", benefit.evidence.label()),
                vec![(&benefit.explanation, TEXT)],
            );
        }
        for caution in &guide.cautions {
            let target = Target::Caution(caution.id.clone());
            add(
                Kind::Caution,
                target.clone(),
                caution.name.clone(),
                format!("{}: {}", caution.kind.label(), caution.action.label()),
                vec![(&caution.text, TEXT)],
            );
            for line in &caution.stop_if {
                add(
                    Kind::Symptom,
                    target.clone(),
                    format!("Stop if {line}"),
                    caution.name.clone(),
                    Vec::new(),
                );
            }
        }
        for tool in guide.tools_in_use() {
            let count = guide
                .techniques
                .iter()
                .filter(|t| t.tools.contains(&tool))
                .count();
            add(
                Kind::Tool,
                Target::Tool(tool),
                capitalised(tool.label()),
                match count {
                    1 => "1 technique uses it".to_owned(),
                    n => format!("{n} techniques use it"),
                },
                Vec::new(),
            );
        }
        for topic in &guide.topics {
            let points = topic.points.join(" ");
            add(
                Kind::Topic,
                Target::Topic(topic.id.clone()),
                topic.title.clone(),
                topic.part.label().to_owned(),
                vec![(&topic.summary, NEAR), (&points, TEXT)],
            );
        }
        for claim in &guide.claims {
            add(
                Kind::Claim,
                Target::Claim(claim.id.clone()),
                claim.claim.clone(),
                format!("{} · {}", claim.verdict.label(), claim.evidence.label()),
                vec![(claim.topic.label(), NEAR), (&claim.says, TEXT)],
            );
        }
        Self { entries }
    }

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

impl Entry {
    /// The mean, over the wanted words, of each word's best match in any field, with a bonus
    /// when the title holds the whole query; `None` if too little matches.
    fn score(&self, wanted: &[String], phrase: &str) -> Option<f32> {
        let mut total = 0.0;
        let mut strongest: f32 = 0.0;
        for word in wanted {
            let best = self
                .fields
                .iter()
                .flat_map(|f| f.words.iter().map(move |w| f.weight * word_match(word, w)))
                .fold(0.0, f32::max);
            total += best;
            strongest = strongest.max(best);
        }
        // Counted as f32 only to average a handful of words.
        #[allow(clippy::cast_precision_loss)]
        let mut score = total / wanted.len() as f32;
        // Of two titles that match as well, the shorter one is more about the query.
        let title_words = self.fields.first().map_or(1, |f| f.words.len().max(1));
        #[allow(clippy::cast_precision_loss)]
        let coverage = (wanted.len() as f32 / title_words as f32).min(1.0);
        score += 0.1 * coverage;
        if phrase.len() >= 3 && self.title_lower.contains(phrase) {
            score += 0.5;
            // A title that starts with the query is about it, not a mention in passing.
            if self.title_lower.starts_with(phrase) {
                score += 0.25;
            }
        }
        (score >= MIN_SCORE && strongest >= 0.7).then_some(score)
    }
}

/// How well a query word matches a word of the guide, from 0 (not at all) to 1 (the same).
pub fn word_match(query: &str, word: &str) -> f32 {
    if query == word {
        return 1.0;
    }
    if singular(query) == singular(word) {
        return 0.95;
    }
    let query_len = query.chars().count();
    if query_len >= 2 && word.starts_with(query) {
        return 0.85;
    }
    if query_len < 4 {
        return 0.0;
    }
    // Typos: one slip in a short word, two in a long one.
    let allowed = if query_len >= 7 { 2 } else { 1 };
    let distance = strsim::damerau_levenshtein(query, word);
    if distance <= allowed {
        return 0.8 - 0.1 * (distance as f32 - 1.0);
    }
    // A typo in what is typed so far of a longer word.
    let head: String = word.chars().take(query_len).collect();
    if strsim::damerau_levenshtein(query, &head) <= 1 {
        return 0.7;
    }
    if word.contains(query) {
        return 0.6;
    }
    0.0
}

/// A word without a plural "s", so "rhomboids" matches "rhomboid".
fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
        _ => word,
    }
}

/// The lower-case words of a text: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// "Foam roller" from "foam roller": a label as a title.
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
