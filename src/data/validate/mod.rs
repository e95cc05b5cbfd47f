//! Cross-checks a parsed guide: unique ids, no dangling references, sane outlines, no empty
//! names. Every problem is collected; nothing stops at the first.

mod content;
mod diagram;
mod report;

use std::collections::HashSet;

use super::diagnostic::Diagnostic;
use super::files::GuideFiles;
use super::guide::Guide;
use super::model::CautionKind;
use report::{Item, Validator, listed_at};

/// Most items one file may hold. The built-in guide has at most a few dozen per file; the cap
/// keeps a runaway or hostile file from making the app crawl.
pub const MAX_ITEMS: usize = 10_000;
/// Most characters in one text (a summary, a step, a caution). The longest built-in text is
/// under a thousand.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Most characters in an id.
pub const MAX_ID_CHARS: usize = 64;
/// Most steps in a technique, items in a routine or entries in any other list of an item.
pub const MAX_LIST: usize = 100;
/// Most points in one outline: enough for a smooth curve, few enough for the crossing check.
pub const MAX_POINTS: usize = 1_000;
/// How closely outlines are followed for the crossing check, in diagram units.
const CHECK_TOLERANCE: f64 = 1.0;
/// How far outside the body's edge an outline's corner may lie: outlines that follow the edge
/// share its points, give or take rounding.
const BODY_EDGE_SLACK: f32 = 1.0;
/// Longest step or routine item.
pub const MAX_SECONDS: u32 = 3_600;
/// Problems located in their file; any more are reported without a line and column.
pub const MAX_LOCATED: usize = 200;
/// Largest diagram side, in diagram units.
pub const MAX_DIAGRAM_SIZE: f32 = 100_000.0;

/// Every problem in `guide`, located in `files` where the text allows.
pub fn validate(guide: &Guide, files: &GuideFiles) -> Vec<Diagnostic> {
    let mut v = Validator {
        problems: Vec::new(),
    };
    let lists = [
        (&files.regions, "regions", guide.regions.len()),
        (&files.techniques, "techniques", guide.techniques.len()),
        (&files.benefits, "benefits", guide.benefits.len()),
        (&files.cautions, "cautions", guide.cautions.len()),
        (&files.sources, "sources", guide.sources.len()),
        (&files.safety_check, "questions", guide.questions.len()),
        (&files.routines, "routines", guide.routines.len()),
        (&files.basics, "topics", guide.topics.len()),
        (&files.claims, "claims", guide.claims.len()),
        (&files.muscles, "muscles", guide.muscles.len()),
        (&files.diagram, "landmarks", guide.diagram.landmarks.len()),
        (&files.diagram, "outlines", guide.diagram.outlines.len()),
        (
            &files.diagram,
            "danger zones",
            guide.diagram.danger_zones.len(),
        ),
        (&files.diagram, "level ticks", guide.diagram.levels.len()),
    ];
    for (file, what, len) in lists {
        if len > MAX_ITEMS {
            let item = Item::whole(file, what, None);
            v.report_at(
                &item,
                || Some(0),
                format!("the file holds {len} {what}; at most {MAX_ITEMS} are allowed"),
            );
        }
    }
    if !v.problems.is_empty() {
        // Checking that many items would only bury this problem under thousands of others.
        return v.problems;
    }
    let region_ids = v.unique_ids(
        &files.regions,
        "region",
        guide.regions.iter().map(|r| r.id.as_str()),
    );
    let technique_ids = v.unique_ids(
        &files.techniques,
        "technique",
        guide.techniques.iter().map(|t| t.id.as_str()),
    );
    let benefit_ids = v.unique_ids(
        &files.benefits,
        "benefit",
        guide.benefits.iter().map(|b| b.id.as_str()),
    );
    let caution_ids = v.unique_ids(
        &files.cautions,
        "caution",
        guide.cautions.iter().map(|c| c.id.as_str()),
    );
    let source_ids = v.unique_ids(
        &files.sources,
        "source",
        guide.sources.iter().map(|s| s.id.as_str()),
    );

    let muscle_ids = v.unique_ids(
        &files.muscles,
        "muscle",
        guide.muscles.iter().map(|m| m.id.as_str()),
    );
    v.unique_ids(
        &files.diagram,
        "landmark",
        guide.diagram.landmarks.iter().map(|l| l.id.as_str()),
    );
    v.unique_ids(
        &files.safety_check,
        "question",
        guide.questions.iter().map(|q| q.id.as_str()),
    );
    // Ids of cautions some question drives, so they must say what changes for the reader.
    let asked: HashSet<&str> = guide
        .questions
        .iter()
        .flat_map(|q| q.cautions.iter().map(|c| c.as_str()))
        .collect();

    for region in &guide.regions {
        let item = Item::new(&files.regions, "region", region.id.as_str());
        v.not_empty(&item, "name", &region.name);
        v.not_empty(&item, "levels", &region.levels);
        v.not_empty(&item, "summary", &region.summary);
        v.not_empty(&item, "why_tight", &region.why_tight);
        v.refs(&item, &region.muscles, &muscle_ids);
        for muscle in region.muscles.iter().filter_map(|m| guide.muscle(m)) {
            if !muscle.regions.contains(&region.id) {
                v.report_at(
                    &item,
                    || listed_at(&item, "muscles", muscle.id.as_str()),
                    format!(
                        "{} lists the muscle \"{}\", but that muscle's regions in muscles.ron \
                         do not include it: list each pairing on both sides",
                        item.describe(),
                        muscle.id
                    ),
                );
            }
        }
        for (n, complaint) in region.common_complaints.iter().enumerate() {
            v.not_too_long(&item, &format!("complaint {}", n + 1), complaint);
        }
        v.refs(&item, &region.sources, &source_ids);
    }
    for technique in &guide.techniques {
        let item = Item::new(&files.techniques, "technique", technique.id.as_str());
        v.not_empty(&item, "name", &technique.name);
        v.not_empty(&item, "summary", &technique.summary);
        v.non_empty_list(&item, "steps", technique.steps.len());
        v.non_empty_list(&item, "givers", technique.givers.len());
        v.non_empty_list(&item, "tools", technique.tools.len());
        v.non_empty_list(&item, "directions", technique.directions.len());
        v.at_most(&item, "steps", technique.steps.len(), MAX_LIST);
        for (n, step) in technique.steps.iter().enumerate() {
            v.not_empty(&item, &format!("step {}", n + 1), &step.text);
            v.seconds(&item, &format!("step {}", n + 1), step.seconds);
            if let Some(direction) = step.direction
                && !technique.directions.contains(&direction)
            {
                v.report(
                    &item,
                    format!(
                        "step {} of {} moves {direction:?}, which is not among the technique's \
                         directions",
                        n + 1,
                        item.describe()
                    ),
                );
            }
        }
        v.refs(&item, &technique.regions, &region_ids);
        v.refs(&item, &technique.benefits, &benefit_ids);
        v.refs(&item, &technique.research_does_not_show, &benefit_ids);
        v.benefit_grades(&item, technique, guide);
        v.refs(&item, &technique.cautions, &caution_ids);
        v.refs(&item, &technique.sources, &source_ids);
    }
    for benefit in &guide.benefits {
        let item = Item::new(&files.benefits, "benefit", benefit.id.as_str());
        v.not_empty(&item, "name", &benefit.name);
        v.not_empty(&item, "explanation", &benefit.explanation);
        v.refs(&item, &benefit.regions, &region_ids);
        v.refs(&item, &benefit.sources, &source_ids);
    }
    for caution in &guide.cautions {
        let item = Item::new(&files.cautions, "caution", caution.id.as_str());
        v.not_empty(&item, "name", &caution.name);
        v.not_empty(&item, "text", &caution.text);
        if caution.kind == CautionKind::General && !caution.regions.is_empty() {
            v.report(
                &item,
                format!(
                    "{} is General, so it applies everywhere and must list no regions",
                    item.describe()
                ),
            );
        }
        if caution.kind != CautionKind::General {
            // Only General cautions show without regions; any other would show nowhere.
            v.non_empty_list(&item, "regions", caution.regions.len());
        }
        v.refs(&item, &caution.regions, &region_ids);
        v.refs(&item, &caution.sources, &source_ids);
        v.for_you(&item, caution, asked.contains(caution.id.as_str()));
        v.refs(&item, &caution.for_you.avoid, &technique_ids);
        for (n, line) in caution.stop_if.iter().enumerate() {
            v.not_empty(&item, &format!("stop_if line {}", n + 1), line);
        }
        v.not_too_long(&item, "for_you because", &caution.for_you.because);
        v.not_too_long(&item, "for_you otherwise", &caution.for_you.otherwise);
    }
    for question in &guide.questions {
        let item = Item::new(&files.safety_check, "question", question.id.as_str());
        v.not_empty(&item, "ask", &question.ask);
        v.not_too_long(&item, "help", &question.help);
        v.non_empty_list(&item, "cautions", question.cautions.len());
        v.refs(&item, &question.cautions, &caution_ids);
    }
    v.routines(guide, files, &technique_ids, &source_ids);
    v.topics(guide, files, &source_ids);
    v.claims(guide, files, &benefit_ids, &source_ids);
    for source in &guide.sources {
        let item = Item::new(&files.sources, "source", source.id.as_str());
        v.not_empty(&item, "title", &source.title);
        v.not_empty(&item, "publisher", &source.publisher);
        v.not_empty(&item, "url", &source.url);
        // Links open in the reader's browser: only web pages, never a file or a script.
        let url = source.url.trim();
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            let offset = || {
                item.offset()
                    .and_then(|from| item.locator.quoted_after(&source.url, from + 1))
                    .or(item.offset())
            };
            v.report_at(
                &item,
                offset,
                format!(
                    "the url of {} must start with https:// (or http://)",
                    item.describe()
                ),
            );
        }
    }
    v.muscles(guide, files, &region_ids, &source_ids);
    let body = v.diagram(guide, files, &region_ids);
    v.danger_zones(guide, files, body.as_ref());
    v.landmarks(guide, files, &source_ids, body.as_ref());
    v.muscle_outlines(guide, files, body.as_ref());
    v.problems
}
