//! Cross-checks a parsed guide: unique ids, no dangling references, sane outlines, no empty
//! names. Every problem is collected; nothing stops at the first.

mod calls;
mod content;
mod diagram;
mod items;
mod report;
mod words;

use super::diagnostic::Diagnostic;
use super::files::GuideFiles;
use super::guide::Guide;
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
pub(super) fn validate(guide: &Guide, files: &GuideFiles) -> Vec<Diagnostic> {
    let mut v = Validator {
        problems: Vec::new(),
    };
    v.item_counts(guide, files);
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

    v.regions(guide, files, &muscle_ids, &source_ids);
    v.techniques(
        guide,
        files,
        &region_ids,
        &benefit_ids,
        &caution_ids,
        &source_ids,
    );
    for benefit in &guide.benefits {
        let item = Item::new(&files.benefits, "benefit", benefit.id.as_str());
        v.not_empty(&item, "name", &benefit.name);
        v.not_empty(&item, "explanation", &benefit.explanation);
        v.refs(&item, &benefit.regions, &region_ids);
        v.refs(&item, &benefit.sources, &source_ids);
    }
    v.cautions(guide, files, &region_ids, &technique_ids, &source_ids);
    for question in &guide.questions {
        let item = Item::new(&files.safety_check, "question", question.id.as_str());
        v.not_empty(&item, "ask", &question.ask);
        v.not_too_long(&item, "help", &question.help);
        v.non_empty_list(&item, "cautions", question.cautions.len());
        v.refs(&item, &question.cautions, &caution_ids);
    }
    v.routines(guide, files, &technique_ids, &region_ids, &source_ids);
    v.topics(guide, files, &region_ids, &source_ids);
    v.claims(guide, files, &benefit_ids, &source_ids);
    v.sources(guide, files);
    v.muscles(guide, files, &region_ids, &source_ids);
    v.countries(guide, files, &source_ids);
    v.look_alikes(guide, files, &region_ids, &source_ids);
    v.placeholders(files);
    v.everyday_words(guide, files);
    let body = v.diagram(guide, files, &region_ids);
    v.danger_zones(guide, files, body.as_ref());
    v.landmarks(guide, files, &source_ids, body.as_ref());
    v.muscle_outlines(guide, files, body.as_ref());
    v.problems
}
