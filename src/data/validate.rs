//! Cross-checks a parsed guide: unique ids, no dangling references, sane outlines, no empty
//! names. Every problem is collected; nothing stops at the first.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use egui::Pos2;
use kurbo::{BezPath, Line, ParamCurveNearest, Point, Shape};

use super::diagnostic::Diagnostic;
use super::guide::Guide;
use super::load::{GuideFiles, SourceFile};
use super::locate::Locator;
use super::model::{Caution, CautionKind, PathData, Technique};
use super::suggest::did_you_mean_id;
use crate::diagram::{geometry, path};

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
        v.refs(
            &item,
            "muscle",
            region.muscles.iter().map(|m| m.as_str()),
            &muscle_ids,
        );
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
        v.refs(
            &item,
            "source",
            region.sources.iter().map(|s| s.as_str()),
            &source_ids,
        );
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
        v.refs(
            &item,
            "region",
            technique.regions.iter().map(|r| r.as_str()),
            &region_ids,
        );
        v.refs(
            &item,
            "benefit",
            technique.benefits.iter().map(|b| b.as_str()),
            &benefit_ids,
        );
        v.refs(
            &item,
            "benefit",
            technique.research_does_not_show.iter().map(|b| b.as_str()),
            &benefit_ids,
        );
        v.benefit_grades(&item, technique, guide);
        v.refs(
            &item,
            "caution",
            technique.cautions.iter().map(|c| c.as_str()),
            &caution_ids,
        );
        v.refs(
            &item,
            "source",
            technique.sources.iter().map(|s| s.as_str()),
            &source_ids,
        );
    }
    for benefit in &guide.benefits {
        let item = Item::new(&files.benefits, "benefit", benefit.id.as_str());
        v.not_empty(&item, "name", &benefit.name);
        v.not_empty(&item, "explanation", &benefit.explanation);
        v.refs(
            &item,
            "region",
            benefit.regions.iter().map(|r| r.as_str()),
            &region_ids,
        );
        v.refs(
            &item,
            "source",
            benefit.sources.iter().map(|s| s.as_str()),
            &source_ids,
        );
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
        v.refs(
            &item,
            "region",
            caution.regions.iter().map(|r| r.as_str()),
            &region_ids,
        );
        v.refs(
            &item,
            "source",
            caution.sources.iter().map(|s| s.as_str()),
            &source_ids,
        );
        v.for_you(&item, caution, asked.contains(caution.id.as_str()));
        v.refs(
            &item,
            "technique",
            caution.for_you.avoid.iter().map(|t| t.as_str()),
            &technique_ids,
        );
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
        v.refs(
            &item,
            "caution",
            question.cautions.iter().map(|c| c.as_str()),
            &caution_ids,
        );
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

/// Where `id` is written in the list `field` of an item, or the item itself.
fn listed_at(item: &Item<'_>, field: &str, id: &str) -> Option<usize> {
    item.offset()
        .and_then(|from| {
            let list = item.locator.word_after(&format!("{field}:"), from)?;
            item.locator.quoted_after(id, list)
        })
        .or(item.offset())
}

/// An item of a content file, found by its id, that problems are reported against.
struct Item<'a> {
    file: &'a SourceFile,
    locator: Locator<'a>,
    kind: &'a str,
    id: &'a str,
    /// The field whose `nth` value is the item's id.
    field: &'a str,
    nth: usize,
    /// Where the item's id is written; problems inside the item are searched from here. Found
    /// only when a problem is reported: searching for every item would make validation
    /// quadratic in the file's size.
    offset: OnceCell<Option<usize>>,
}

impl<'a> Item<'a> {
    fn new(file: &'a SourceFile, kind: &'a str, id: &'a str) -> Self {
        Self::located(file, kind, id, "id", 0)
    }

    fn located(
        file: &'a SourceFile,
        kind: &'a str,
        id: &'a str,
        field: &'a str,
        nth: usize,
    ) -> Self {
        Self {
            file,
            locator: Locator::new(&file.text),
            kind,
            id,
            field,
            nth,
            offset: OnceCell::new(),
        }
    }

    /// The whole file, for problems that belong to no item; located at `field:` if given.
    fn whole(file: &'a SourceFile, kind: &'a str, field: Option<&str>) -> Self {
        let locator = Locator::new(&file.text);
        let offset = field.and_then(|f| locator.word_after(&format!("{f}:"), 0));
        Self {
            file,
            locator,
            kind,
            id: "",
            field: "",
            nth: 0,
            offset: OnceCell::from(offset),
        }
    }

    fn offset(&self) -> Option<usize> {
        *self
            .offset
            .get_or_init(|| self.locator.field_value(self.field, self.id, self.nth))
    }

    fn describe(&self) -> String {
        format!("{} \"{}\"", self.kind, self.id)
    }
}

struct Validator {
    problems: Vec<Diagnostic>,
}

impl Validator {
    fn report(&mut self, item: &Item<'_>, message: String) {
        self.report_at(item, || item.offset(), message);
    }

    fn report_at(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        message: String,
    ) {
        self.report_with_hint(item, offset, message, None);
    }

    /// Records a problem at the offset `offset` finds. Finding it searches the file, so past
    /// [`MAX_LOCATED`] problems they are recorded without a place: a file with thousands of
    /// faults is reported quickly, and its first faults are the ones to fix.
    fn report_with_hint(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        message: String,
        hint: Option<String>,
    ) {
        self.report_spanning(item, offset, None, message, hint);
    }

    /// Records a problem marked from the offset `offset` finds: `len` characters, or the whole
    /// token there.
    fn report_spanning(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        len: Option<usize>,
        message: String,
        hint: Option<String>,
    ) {
        let offset = if self.problems.len() < MAX_LOCATED {
            offset()
        } else {
            None
        };
        let position = offset.map(|o| item.locator.position(o));
        let len = offset.map_or(0, |o| len.unwrap_or_else(|| item.locator.token_len(o)));
        self.problems.push(
            Diagnostic::new(&item.file.path, position, message)
                .spanning(len)
                .with_hint(hint),
        );
    }

    /// Reports empty and repeated ids; returns the set of ids for reference checks.
    fn unique_ids<'a>(
        &mut self,
        file: &'a SourceFile,
        kind: &'a str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let count = seen.entry(id).or_default();
            let item = Item::located(file, kind, id, "id", *count);
            if id.trim().is_empty() {
                self.report(&item, format!("a {kind} has an empty id"));
            } else if !is_valid_id(id) {
                self.report(
                    &item,
                    format!(
                        "{} is not a valid id: use 1 to {MAX_ID_CHARS} lowercase letters, \
                         digits and underscores",
                        item.describe()
                    ),
                );
            } else if *count > 0 {
                self.report(
                    &item,
                    format!("{} is defined more than once", item.describe()),
                );
            }
            *count += 1;
        }
        seen.into_keys().collect()
    }

    /// Routines: named, not empty, no zero-length items, every technique known and suited to
    /// each giver the routine is for.
    fn routines(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        technique_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.routines,
            "routine",
            guide.routines.iter().map(|r| r.id.as_str()),
        );
        for routine in &guide.routines {
            let item = Item::new(&files.routines, "routine", routine.id.as_str());
            self.not_empty(&item, "name", &routine.name);
            self.not_empty(&item, "summary", &routine.summary);
            self.non_empty_list(&item, "givers", routine.givers.len());
            self.non_empty_list(&item, "items", routine.items.len());
            self.at_most(&item, "items", routine.items.len(), MAX_LIST);
            self.refs(
                &item,
                "technique",
                routine.items.iter().map(|i| i.technique.as_str()),
                technique_ids,
            );
            self.refs(
                &item,
                "source",
                routine.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
            for (n, entry) in routine.items.iter().enumerate() {
                self.seconds(&item, &format!("item {}", n + 1), entry.seconds);
                let Some(technique) = guide.technique(&entry.technique) else {
                    continue;
                };
                for giver in &routine.givers {
                    if !technique.givers.contains(giver) {
                        self.report(
                            &item,
                            format!(
                                "{} is for {giver:?}, but its technique \"{}\" does not list \
                                 that giver",
                                item.describe(),
                                technique.id
                            ),
                        );
                    }
                }
            }
        }
    }

    /// "Can help with" offers only what research supports; what it does not show is kept apart,
    /// so a reader never takes an unproven benefit as a reason to massage.
    fn benefit_grades(&mut self, item: &Item<'_>, technique: &Technique, guide: &Guide) {
        // Each list, whether its benefits must be supported, and the rule to quote.
        let lists = [
            (
                "benefits",
                &technique.benefits,
                true,
                "lists only benefits graded Strong, Moderate or Limited; move it to \
                 `research_does_not_show` or drop it",
            ),
            (
                "research_does_not_show",
                &technique.research_does_not_show,
                false,
                "lists only benefits graded Insufficient or NoBenefit; move it to `benefits`",
            ),
        ];
        for (field, ids, supported, rule) in lists {
            for id in ids {
                let Some(benefit) = guide.benefit(id) else {
                    continue;
                };
                if benefit.evidence.is_supported() != supported {
                    self.report_with_hint(
                        item,
                        || listed_at(item, field, id.as_str()),
                        format!(
                            "{} lists benefit \"{id}\" in `{field}`, but it is graded {:?}",
                            item.describe(),
                            benefit.evidence
                        ),
                        Some(format!("`{field}` {rule}")),
                    );
                }
            }
        }
        for id in &technique.benefits {
            if technique.research_does_not_show.contains(id) {
                self.report_at(
                    item,
                    || listed_at(item, "research_does_not_show", id.as_str()),
                    format!(
                        "{} lists benefit \"{id}\" both in `benefits` and in \
                         `research_does_not_show`",
                        item.describe()
                    ),
                );
            }
        }
    }

    /// Topics of the "Before you start" and "After you finish" pages: titled, with points to
    /// read, and sourced references that exist.
    fn topics(&mut self, guide: &Guide, files: &GuideFiles, source_ids: &HashSet<&str>) {
        self.unique_ids(
            &files.basics,
            "topic",
            guide.topics.iter().map(|t| t.id.as_str()),
        );
        for topic in &guide.topics {
            let item = Item::new(&files.basics, "topic", topic.id.as_str());
            self.not_empty(&item, "title", &topic.title);
            self.not_empty(&item, "summary", &topic.summary);
            self.non_empty_list(&item, "points", topic.points.len());
            self.at_most(&item, "points", topic.points.len(), MAX_LIST);
            for (n, point) in topic.points.iter().enumerate() {
                self.not_empty(&item, &format!("point {}", n + 1), point);
            }
            self.refs(
                &item,
                "source",
                topic.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
        }
    }

    /// Claims about how massage works: each with what research says, a grade that fits its
    /// verdict, and references that exist.
    fn claims(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        benefit_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.claims,
            "claim",
            guide.claims.iter().map(|c| c.id.as_str()),
        );
        for claim in &guide.claims {
            let item = Item::new(&files.claims, "claim", claim.id.as_str());
            self.not_empty(&item, "claim", &claim.claim);
            self.not_empty(&item, "says", &claim.says);
            if !claim.verdict.fits(claim.evidence) {
                let grade = format!("{:?}", claim.evidence);
                let offset = || {
                    item.offset()
                        .and_then(|from| item.locator.word_after("evidence:", from))
                        .and_then(|field| item.locator.word_after(&grade, field))
                        .or(item.offset())
                };
                self.report_with_hint(
                    &item,
                    offset,
                    format!(
                        "{} has the verdict {:?} but is graded {:?}",
                        item.describe(),
                        claim.verdict,
                        claim.evidence
                    ),
                    Some(
                        "Supported needs Strong or Moderate evidence; Partly, Moderate or \
                         Limited; NotShown, Insufficient; Myth, NoBenefit or Insufficient"
                            .to_owned(),
                    ),
                );
            }
            self.at_most(&item, "benefits", claim.benefits.len(), MAX_LIST);
            self.refs(
                &item,
                "benefit",
                claim.benefits.iter().map(|b| b.as_str()),
                benefit_ids,
            );
            self.refs(
                &item,
                "source",
                claim.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
        }
    }

    fn not_empty(&mut self, item: &Item<'_>, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(item, format!("{} has an empty {field}", item.describe()));
        }
        self.not_too_long(item, field, value);
    }

    /// Texts are read on screen: anything longer than a few pages is a mistake (or an attack
    /// on the layout), not content.
    fn not_too_long(&mut self, item: &Item<'_>, field: &str, value: &str) {
        let chars = value.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                item,
                format!(
                    "the {field} of {} is {chars} characters long; a text may be at most \
                     {MAX_TEXT_CHARS}",
                    item.describe()
                ),
            );
        }
    }

    /// More than `max` entries in a list is a mistake (or an attack), not content.
    fn at_most(&mut self, item: &Item<'_>, what: &str, len: usize, max: usize) {
        if len > max {
            self.report(
                item,
                format!(
                    "{} has {len} {what}; at most {max} are allowed",
                    item.describe()
                ),
            );
        }
    }

    /// Timings are read as minutes and seconds on screen and summed into routines.
    fn seconds(&mut self, item: &Item<'_>, what: &str, seconds: u32) {
        if seconds == 0 {
            self.report(
                item,
                format!("{what} of {} lasts 0 seconds", item.describe()),
            );
        } else if seconds > MAX_SECONDS {
            self.report(
                item,
                format!(
                    "{what} of {} lasts {seconds} seconds; at most {MAX_SECONDS} (one hour) \
                     is allowed",
                    item.describe()
                ),
            );
        }
    }

    /// A caution that a safety-check question drives must say what changes for the reader:
    /// why, if it rules out every technique; otherwise how to change the rest.
    fn for_you(&mut self, item: &Item<'_>, caution: &Caution, asked: bool) {
        let for_you = &caution.for_you;
        if !for_you.avoid.is_empty() && for_you.because.trim().is_empty() {
            self.report(
                item,
                format!(
                    "{} lists techniques to avoid in for_you but no `because` to say why",
                    item.describe()
                ),
            );
        }
        if !asked {
            return;
        }
        if caution.rules_out_everything() {
            if for_you.because.trim().is_empty() {
                self.report(
                    item,
                    format!(
                        "{} is asked about in the safety check and rules out all massage, so \
                         for_you needs a `because`",
                        item.describe()
                    ),
                );
            }
        } else if for_you.otherwise.trim().is_empty() {
            self.report(
                item,
                format!(
                    "{} is asked about in the safety check, so for_you needs an `otherwise` \
                     that says how to change the techniques it covers",
                    item.describe()
                ),
            );
        }
    }

    fn non_empty_list(&mut self, item: &Item<'_>, field: &str, len: usize) {
        if len == 0 {
            let offset = || {
                item.offset()
                    .and_then(|from| item.locator.word_after(&format!("{field}:"), from))
                    .or(item.offset())
            };
            self.report_at(
                item,
                offset,
                format!("{} lists no {field}", item.describe()),
            );
        }
    }

    fn refs<'a>(
        &mut self,
        item: &Item<'_>,
        target_kind: &str,
        ids: impl Iterator<Item = &'a str>,
        known: &HashSet<&str>,
    ) {
        let mut listed = HashSet::new();
        for id in ids {
            if !listed.insert(id) {
                let offset = || {
                    item.offset()
                        .and_then(|from| {
                            let first = item.locator.quoted_after(id, from + 1)?;
                            item.locator.quoted_after(id, first + 1)
                        })
                        .or(item.offset())
                };
                self.report_at(
                    item,
                    offset,
                    format!(
                        "{} lists {target_kind} \"{id}\" more than once",
                        item.describe()
                    ),
                );
            } else if !known.contains(id) {
                let offset = || {
                    item.offset()
                        .and_then(|from| item.locator.quoted_after(id, from + 1))
                        .or(item.offset())
                };
                self.report_with_hint(
                    item,
                    offset,
                    format!(
                        "{} refers to {target_kind} \"{id}\", which does not exist",
                        item.describe()
                    ),
                    did_you_mean_id(id, known.iter().copied()),
                );
            }
        }
    }

    /// Checks the diagram's size, head, body, levels and region outlines; returns the body,
    /// which every other outline must lie inside, when it is sound.
    fn diagram(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
    ) -> Option<Body> {
        let file = &files.diagram;
        let diagram = &guide.diagram;
        let (w, h) = diagram.size;
        let whole = |field: &str| Item::whole(file, "diagram", Some(field));
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            let item = whole("size");
            self.report(
                &item,
                format!(
                    "size ({w}, {h}) must be two positive numbers no larger than \
                     {MAX_DIAGRAM_SIZE}"
                ),
            );
            return None; // Every bounds check below would repeat this problem.
        }
        let size = (w, h);
        self.outline(
            &whole("head"),
            "head",
            "the head outline",
            &diagram.head,
            size,
            None,
        );
        let body = self
            .outline(
                &whole("body"),
                "body",
                "the body outline",
                &diagram.body,
                size,
                None,
            )
            .map(|path| Body::new(&path));
        if !(0.0..=w).contains(&diagram.spine_x) {
            let item = whole("spine_x");
            self.report(
                &item,
                format!("spine_x = {} must lie within 0..{w}", diagram.spine_x),
            );
        }
        for tick in &diagram.levels {
            if tick.label.trim().is_empty() || !(0.0..=h).contains(&tick.y) {
                let item = whole("levels");
                self.report(
                    &item,
                    format!(
                        "level tick \"{}\" at y = {} must have a label and lie within 0..{h}",
                        tick.label, tick.y
                    ),
                );
            }
        }

        let mut outlined: HashMap<&str, usize> = HashMap::new();
        for outline in &diagram.outlines {
            let id = outline.region.as_str();
            let count = outlined.entry(id).or_default();
            let item = Item::located(file, "outline", id, "region", *count);
            *count += 1;
            if !region_ids.contains(id) {
                self.report(
                    &item,
                    format!("outline for region \"{id}\", which does not exist"),
                );
            } else if *count > 1 {
                self.report(&item, format!("region \"{id}\" has more than one outline"));
            }
            self.outline(
                &item,
                "path",
                &format!("the outline of \"{id}\""),
                &outline.path,
                size,
                body.as_ref(),
            );
        }
        for region in &guide.regions {
            if !outlined.contains_key(region.id.as_str()) {
                let item = Item::new(&files.regions, "region", region.id.as_str());
                self.report(
                    &item,
                    format!("{} has no outline in diagram.ron", item.describe()),
                );
            }
        }
        body
    }

    /// Parses the closed outline in `field` of `item`; reports a path that does not parse (at
    /// the faulty command inside the string), is open, reaches outside the diagram, crosses
    /// itself, or strays outside `body`. Returns the path when it parses.
    fn outline(
        &mut self,
        item: &Item<'_>,
        field: &str,
        what: &str,
        data: &PathData,
        size: (f32, f32),
        body: Option<&Body>,
    ) -> Option<BezPath> {
        let path = self.path(item, field, what, data, size, body)?;
        if !path::is_closed(&path) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} is open: end each of its shapes with Z"),
            );
            return Some(path);
        }
        let flat = path::flatten(&path, CHECK_TOLERANCE);
        let points: usize = flat.iter().map(|s| s.points.len()).sum();
        if points > MAX_POINTS {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} is too detailed: {points} points once its curves are followed, at \
                     most {MAX_POINTS}"
                ),
            );
        } else if flat.iter().any(|s| !geometry::is_simple(&s.points)) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} crosses itself or repeats a point"),
            );
        }
        Some(path)
    }

    /// Parses any path (open or closed) and checks that it stays inside the diagram and the
    /// body. The checks that need only the path come first; `None` if it does not parse or
    /// reaches outside the diagram.
    fn path(
        &mut self,
        item: &Item<'_>,
        field: &str,
        what: &str,
        data: &PathData,
        (w, h): (f32, f32),
        body: Option<&Body>,
    ) -> Option<BezPath> {
        let path = match path::parse(data.as_str()) {
            Ok(path) => path,
            Err(err) => {
                let len = data
                    .as_str()
                    .get(err.offset..err.offset + err.len)
                    .map(|s| s.chars().count());
                self.report_spanning(
                    item,
                    || path_at(item, field, data).map(|quote| quote + 1 + err.offset),
                    len,
                    format!("{what} does not parse: {}", err.message),
                    Some(
                        "paths are SVG path data, e.g. \"M 10 10 C 20 0 40 0 50 10 L 30 40 Z\""
                            .to_owned(),
                    ),
                );
                return None;
            }
        };
        if path.elements().len() > MAX_POINTS {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} has {} commands; at most {MAX_POINTS} are allowed",
                    path.elements().len()
                ),
            );
            return None;
        }
        if !path::is_finite(&path) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} holds a number too large to draw"),
            );
            return None;
        }
        let bounds = path.bounding_box();
        let fits = |lo: f64, hi: f64, max: f32| lo >= 0.0 && hi <= f64::from(max);
        if !(fits(bounds.x0, bounds.x1, w) && fits(bounds.y0, bounds.y1, h)) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} reaches from ({:.0}, {:.0}) to ({:.0}, {:.0}), outside the diagram \
                     (0..{w}, 0..{h})",
                    bounds.x0, bounds.y0, bounds.x1, bounds.y1
                ),
            );
            // Not followed any further: a curve thousands of times the diagram's size would
            // flatten into more pieces than memory holds (found by fuzzing).
            return None;
        }
        if let Some(body) = body
            && let Some(outside) = path::corners(&path).find(|p| !body.holds(*p))
        {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} passes through ({:.0}, {:.0}), outside the body outline",
                    outside.x, outside.y
                ),
            );
        }
        Some(path)
    }

    /// Each danger zone names an endangerment-site caution and has a sane outline.
    fn danger_zones(&mut self, guide: &Guide, files: &GuideFiles, body: Option<&Body>) {
        let file = &files.diagram;
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for zone in &guide.diagram.danger_zones {
            let id = zone.caution.as_str();
            let count = seen.entry(id).or_default();
            let item = Item::located(file, "danger zone", id, "caution", *count);
            *count += 1;
            match guide.caution(&zone.caution) {
                None => self.report(
                    &item,
                    format!("danger zone for caution \"{id}\", which does not exist"),
                ),
                Some(c) if c.kind != CautionKind::EndangermentSite => self.report(
                    &item,
                    format!(
                        "danger zone for caution \"{id}\", which is {:?}, not EndangermentSite",
                        c.kind
                    ),
                ),
                Some(_) => {}
            }
            self.outline(
                &item,
                "path",
                &format!("the danger zone \"{id}\""),
                &zone.path,
                (w, h),
                body,
            );
        }
    }

    /// Bones and landmarks: named, explained, sourced, drawn inside the body. Their paths may
    /// be open (a ridge, the edge of a rib).
    fn landmarks(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        source_ids: &HashSet<&str>,
        body: Option<&Body>,
    ) {
        let (w, h) = guide.diagram.size;
        for landmark in &guide.diagram.landmarks {
            let item = Item::new(&files.diagram, "landmark", landmark.id.as_str());
            self.not_empty(&item, "name", &landmark.name);
            self.not_empty(&item, "level", &landmark.level);
            self.not_empty(&item, "about", &landmark.about);
            self.not_empty(&item, "find", &landmark.find);
            self.refs(
                &item,
                "source",
                landmark.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
            if is_diagram_length(w) && is_diagram_length(h) {
                let what = format!("the path of {}", item.describe());
                self.path(&item, "path", &what, &landmark.path, (w, h), body);
            }
        }
    }

    /// Muscles: named, explained, sourced, and listed by every region they name.
    fn muscles(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            self.not_empty(&item, "name", &muscle.name);
            self.not_empty(&item, "latin", &muscle.latin);
            self.not_empty(&item, "does", &muscle.does);
            self.not_empty(&item, "why_tight", &muscle.why_tight);
            if !(-90.0..=90.0).contains(&muscle.fibre_angle) {
                self.report_at(
                    &item,
                    || {
                        let field = "fibre_angle:";
                        let at = item.locator.word_after(field, item.offset()?)? + field.len();
                        let text = item.locator.text().get(at..)?;
                        Some(at + text.len() - text.trim_start().len())
                    },
                    format!(
                        "the fibre_angle of {} is {}; it must lie within -90..90 degrees",
                        item.describe(),
                        muscle.fibre_angle
                    ),
                );
            }
            self.non_empty_list(&item, "regions", muscle.regions.len());
            self.refs(
                &item,
                "region",
                muscle.regions.iter().map(|r| r.as_str()),
                region_ids,
            );
            for region in muscle.regions.iter().filter_map(|r| guide.region(r)) {
                if !region.muscles.contains(&muscle.id) {
                    self.report_at(
                        &item,
                        || listed_at(&item, "regions", region.id.as_str()),
                        format!(
                            "{} lies in the region \"{}\", but that region's muscles in \
                             regions.ron do not include it: list each pairing on both sides",
                            item.describe(),
                            region.id
                        ),
                    );
                }
            }
            self.refs(
                &item,
                "source",
                muscle.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
        }
    }

    /// Each muscle's outlines, left and right, inside the body.
    fn muscle_outlines(&mut self, guide: &Guide, files: &GuideFiles, body: Option<&Body>) {
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            for (field, data) in [("left", &muscle.left), ("right", &muscle.right)] {
                let what = format!("the {field} outline of {}", item.describe());
                self.outline(&item, field, &what, data, (w, h), body);
            }
        }
    }
}

/// The body's outline as straight lines no further than [`CHECK_TOLERANCE`] from its curves,
/// sorted into horizontal bands: every corner of every other outline is tested against it, and
/// a test then looks at the few edges of its band instead of all of them.
struct Body {
    top: f64,
    band_height: f64,
    /// The edges that reach into each band, top to bottom.
    bands: Vec<Vec<Line>>,
}

impl Body {
    const BANDS: usize = 64;

    fn new(curves: &BezPath) -> Self {
        let mut edges = Vec::new();
        for piece in path::flatten(curves, CHECK_TOLERANCE) {
            let points: Vec<Point> = piece
                .points
                .iter()
                .map(|p| Point::new(p.x.into(), p.y.into()))
                .collect();
            for (i, a) in points.iter().enumerate() {
                edges.push(Line::new(*a, points[(i + 1) % points.len()]));
            }
        }
        let bounds = curves.bounding_box();
        let band_height = (bounds.height() / Self::BANDS as f64).max(f64::MIN_POSITIVE);
        let mut body = Self {
            top: bounds.y0,
            band_height,
            bands: vec![Vec::new(); Self::BANDS],
        };
        for edge in edges {
            let (top, bottom) = (edge.p0.y.min(edge.p1.y), edge.p0.y.max(edge.p1.y));
            for band in body.band_of(top)..=body.band_of(bottom) {
                body.bands[band].push(edge);
            }
        }
        body
    }

    fn band_of(&self, y: f64) -> usize {
        let band = ((y - self.top) / self.band_height).floor();
        (band.max(0.0) as usize).min(Self::BANDS - 1)
    }

    /// Inside (by the even-odd rule), or within [`BODY_EDGE_SLACK`] of the edge, give or take
    /// the flattening.
    fn holds(&self, pos: Pos2) -> bool {
        let point = Point::new(pos.x.into(), pos.y.into());
        let slack = f64::from(BODY_EDGE_SLACK) + CHECK_TOLERANCE;
        let crossings = self.bands[self.band_of(point.y)]
            .iter()
            .filter(|e| (e.p0.y > point.y) != (e.p1.y > point.y))
            .filter(|e| {
                let x = e.p0.x + (point.y - e.p0.y) / (e.p1.y - e.p0.y) * (e.p1.x - e.p0.x);
                point.x < x
            })
            .count();
        let inside = crossings % 2 == 1
            && (self.top..=self.top + self.band_height * Self::BANDS as f64).contains(&point.y);
        inside
            || (self.band_of(point.y - slack)..=self.band_of(point.y + slack)).any(|band| {
                self.bands[band]
                    .iter()
                    .any(|edge| edge.nearest(point, 0.0).distance_sq <= slack * slack)
            })
    }
}

/// Where the path string in `field` of `item` starts (its opening quote).
fn path_at(item: &Item<'_>, field: &str, data: &PathData) -> Option<usize> {
    let from = item.offset()?;
    let field_at = item.locator.word_after(&format!("{field}:"), from)?;
    item.locator.quoted_after(data.as_str(), field_at)
}

fn is_diagram_length(x: f32) -> bool {
    x.is_finite() && x > 0.0 && x <= MAX_DIAGRAM_SIZE
}

/// Ids are written by hand and compared exactly: plain lowercase words joined by underscores
/// leave no room for look-alike letters or stray spaces.
fn is_valid_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
