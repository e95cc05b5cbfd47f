//! Building the index: an entry for each technique, routine, region, muscle, symptom, benefit,
//! caution, tool, basics topic and claim, with the texts it is found by, weighed by how telling.

use foldhash::{HashMap, HashMapExt as _};

use super::{Alias, Entry, Field, Kind, SearchIndex, Target, is_stop_word, singular, words};
use crate::data::Guide;

/// How much a match in a title, in names and labels next to it, and in running text counts.
const TITLE: f32 = 1.0;
const NEAR: f32 = 0.8;
const TEXT: f32 = 0.6;

impl SearchIndex {
    pub fn new(guide: &Guide) -> Self {
        let mut entries = Entries(Vec::new());
        entries.practice(guide);
        entries.anatomy(guide);
        entries.advice(guide);
        entries.tools(guide);
        entries.reading(guide);
        entries.everyday_words(guide);
        let vocabulary = entries
            .0
            .iter()
            .flat_map(|e| {
                let aliases = e.aliases.iter().flat_map(|a| &a.words);
                e.fields.iter().flat_map(|f| &f.words).chain(aliases)
            })
            .cloned()
            .collect();
        Self {
            entries: entries.0,
            vocabulary,
        }
    }
}

/// The words of `text` worth searching for: stop words left out.
fn searchable(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .collect()
}

/// The index's entries, in the order they are added (the order ties are listed in).
struct Entries(Vec<Entry>);

impl Entries {
    /// An entry found by its title and by `fields`, each text with its weight.
    fn add(
        &mut self,
        kind: Kind,
        target: Target,
        title: String,
        detail: String,
        fields: Vec<(&str, f32)>,
    ) {
        let title_words = searchable(&title);
        let mut all = vec![Field {
            words: title_words.clone(),
            weight: TITLE,
        }];
        all.extend(fields.into_iter().map(|(text, weight)| Field {
            words: searchable(text),
            weight,
        }));
        self.0.push(Entry {
            kind,
            target,
            title_lower: title.to_lowercase(),
            title_words: title_words.len(),
            title,
            detail,
            fields: all,
            aliases: Vec::new(),
        });
    }

    /// The everyday words, each given to the entry of every thing it finds: the first entry
    /// that leads there (a region's own, not its complaints').
    fn everyday_words(&mut self, guide: &Guide) {
        let mut first: HashMap<&Target, usize> = HashMap::new();
        for (i, entry) in self.0.iter().enumerate() {
            first.entry(&entry.target).or_insert(i);
        }
        let mut given: Vec<(usize, Alias)> = Vec::new();
        for entry in &guide.everyday_words {
            for word in &entry.words {
                let words = searchable(word);
                if words.is_empty() {
                    continue;
                }
                let phrase = words
                    .iter()
                    .map(|w| singular(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                for target in &entry.finds {
                    if let Some(&i) = first.get(target) {
                        given.push((
                            i,
                            Alias {
                                words: words.clone(),
                                phrase: phrase.clone(),
                            },
                        ));
                    }
                }
            }
        }
        for (i, alias) in given {
            if let Some(entry) = self.0.get_mut(i) {
                entry.aliases.push(alias);
            }
        }
    }

    /// Techniques and routines.
    fn practice(&mut self, guide: &Guide) {
        for technique in &guide.techniques {
            let tools: Vec<_> = technique.tools.iter().map(|t| t.label()).collect();
            let tools = tools.join(" ");
            self.add(
                Kind::Technique,
                Target::Technique(technique.id.clone()),
                technique.name.clone(),
                capitalised(&format!(
                    "{} pressure · {}",
                    technique.pressure.label(),
                    crate::data::format_duration(technique.total_seconds())
                )),
                // The summary says what the technique is for in a reader's words ("a tender
                // knot"), so a word in it alone can surface the technique.
                vec![(&tools, NEAR), (&technique.summary, NEAR)],
            );
        }
        for routine in &guide.routines {
            self.add(
                Kind::Routine,
                Target::Routine(routine.id.clone()),
                routine.name.clone(),
                crate::data::format_duration(routine.total_seconds()),
                vec![(&routine.summary, TEXT)],
            );
        }
    }

    /// Muscles and regions, and each region's common complaints as symptoms.
    fn anatomy(&mut self, guide: &Guide) {
        for muscle in &guide.muscles {
            let places: Vec<String> = muscle
                .regions
                .iter()
                .filter_map(|id| guide.region(id))
                .map(|r| in_a_phrase(&r.display_name()))
                .collect();
            self.add(
                Kind::Muscle,
                Target::Muscle(muscle.id.clone()),
                muscle.name.clone(),
                format!("In {}", places.join("; ")),
                vec![
                    (&muscle.latin, NEAR),
                    (&muscle.does, TEXT),
                    (&muscle.why_tight, TEXT),
                    (&muscle.from, TEXT),
                    (&muscle.to, TEXT),
                    (&muscle.nerve, TEXT),
                    (&muscle.find, TEXT),
                ],
            );
        }
        for region in &guide.regions {
            let target = Target::Region(region.id.clone());
            let name = region.display_name();
            self.add(
                Kind::Region,
                target.clone(),
                name.clone(),
                format!("Levels {}", region.levels),
                vec![(&region.levels, NEAR), (&region.summary, TEXT)],
            );
            for complaint in &region.common_complaints {
                self.add(
                    Kind::Symptom,
                    target.clone(),
                    complaint.clone(),
                    format!("In {}", in_a_phrase(&name)),
                    Vec::new(),
                );
            }
        }
    }

    /// Benefits and cautions, and each caution's "stop if" signs as symptoms.
    fn advice(&mut self, guide: &Guide) {
        for benefit in &guide.benefits {
            self.add(
                Kind::Benefit,
                Target::Benefit(benefit.id.clone()),
                benefit.name.clone(),
                // The label says "evidence" itself: "limited evidence".
                capitalised(benefit.evidence.label()),
                vec![(&benefit.explanation, TEXT)],
            );
        }
        for caution in &guide.cautions {
            let target = Target::Caution(caution.id.clone());
            self.add(
                Kind::Caution,
                target.clone(),
                caution.name.clone(),
                format!(
                    "{}: {}",
                    caution.kind.label(),
                    in_a_phrase(caution.action.label())
                ),
                vec![(&caution.stop, TEXT), (&caution.why, TEXT)],
            );
            for line in &caution.stop_if {
                self.add(
                    Kind::Symptom,
                    target.clone(),
                    format!("Stop if {}", line.sign),
                    caution.name.clone(),
                    Vec::new(),
                );
            }
        }
    }

    /// The tools the techniques use.
    fn tools(&mut self, guide: &Guide) {
        for tool in guide.tools_in_use() {
            let count = guide
                .techniques
                .iter()
                .filter(|t| t.tools.contains(&tool))
                .count();
            self.add(
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
    }

    /// Basics topics and claims.
    fn reading(&mut self, guide: &Guide) {
        for topic in &guide.topics {
            let points = topic.points.join(" ");
            self.add(
                Kind::Topic,
                Target::Topic(topic.id.clone()),
                topic.title.clone(),
                topic.part.label().to_owned(),
                vec![(&topic.summary, NEAR), (&points, TEXT)],
            );
        }
        for claim in &guide.claims {
            self.add(
                Kind::Claim,
                Target::Claim(claim.id.clone()),
                claim.claim.clone(),
                format!("{} · {}", claim.verdict.label(), claim.evidence.label()),
                vec![(claim.topic.label(), NEAR), (&claim.says, TEXT)],
            );
        }
        for look_alike in &guide.look_alikes {
            self.add(
                Kind::LookAlike,
                Target::LookAlike(look_alike.id.clone()),
                look_alike.name.clone(),
                "May not be the muscles".to_owned(),
                vec![(&look_alike.r#where, TEXT), (&look_alike.differs, TEXT)],
            );
        }
    }
}

/// "hip and buttock, left side" from "Hip and buttock, left side": a name as it reads inside a
/// sentence ("In hip and buttock"). A name that starts with capitals, as "C7" or "SI joint"
/// would, keeps them.
fn in_a_phrase(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_owned(),
    }
}

/// "Foam roller" from "foam roller": a label as a title, or as a line of its own.
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_in_lower_case_inside_a_phrase() {
        assert_eq!(
            in_a_phrase("Hip and buttock, left side"),
            "hip and buttock, left side"
        );
        assert_eq!(
            in_a_phrase("Stop and call emergency services"),
            "stop and call emergency services"
        );
        assert_eq!(in_a_phrase("C7 and T1"), "C7 and T1");
        assert_eq!(in_a_phrase("SI joint"), "SI joint");
        assert_eq!(in_a_phrase(""), "");
        assert_eq!(
            capitalised("light pressure · 2 min"),
            "Light pressure · 2 min"
        );
    }
}
