//! Building the index: an entry for each technique, routine, region, muscle, symptom, benefit,
//! caution, tool, basics topic and claim, with the texts it is found by, weighed by how telling.

use super::{Entry, Field, Kind, SearchIndex, Target, words};
use crate::data::Guide;

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
}

/// "Foam roller" from "foam roller": a label as a title.
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
