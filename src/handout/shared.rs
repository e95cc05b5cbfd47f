//! What the kinds of handout share: the opening with the map, the reader's answers, and the
//! choices of what to show (benefits, cautions, red flags, sources), so a technique, a routine
//! and an area say the same things the same way. `sections` writes the parts.

use super::html::Html;
use super::map::{MapMarks, map_svg};
use super::sections;
use crate::data::{
    Benefit, Caution, Direction, Guide, Region, RegionId, SourceId, Technique, format_duration,
};
use crate::page_model::TechniqueCautions;
use crate::practice::PlannedStep;
use crate::safety::Profile;

/// A handout's own part, between the shared header and footer.
pub(super) struct Body<'g> {
    pub title: String,
    /// What kind of handout it is, e.g. "Technique".
    pub kind: &'static str,
    pub html: Html,
    /// Every source behind what the body says, in the order it says it.
    pub sources: Vec<&'g SourceId>,
}

/// What the reader's answers mean here, if they chose to include them.
pub(super) struct Check<'a, 'g> {
    pub profile: &'a Profile<'g>,
    /// Whether they answered any question at all.
    pub answered: bool,
}

/// The map beside the lead text and facts, which `lead` writes.
pub(super) fn overview(
    out: &mut Html,
    guide: &Guide,
    regions: &[&RegionId],
    strokes: Vec<(RegionId, Direction)>,
    marked_means: &str,
    lead: impl FnOnce(&mut Html),
) {
    let caption = if strokes.is_empty() {
        "Seen from behind: the body\u{2019}s left is on the left."
    } else {
        "Seen from behind: the body\u{2019}s left is on the left. The marks show the main \
         stroke on each area; each step says how the hands move."
    };
    let marks = MapMarks {
        regions: regions.to_vec(),
        strokes,
        marked_means,
    };
    out.open("section", "overview")
        .open("figure", "map-figure")
        .raw(&map_svg(guide, &marks))
        .element("figcaption", "", caption)
        .close("figure");
    lead(out);
    out.close("section");
}

/// "From your safety check", with what the answers change here (`changes`), or why nothing.
pub(super) fn your_check(out: &mut Html, check: &Check<'_, '_>, changes: impl FnOnce(&mut Html)) {
    sections::warning_signs(out, check.profile);
    out.open("section", "your-check")
        .element("h2", "", "From your safety check");
    if check.answered {
        changes(out);
    } else {
        out.element("p", "", "The safety check has not been answered yet.");
    }
    out.close("section");
}

/// What the answers change for one technique; `named` puts its name first (a routine's list).
pub(super) fn technique_advice(
    out: &mut Html,
    profile: &Profile<'_>,
    technique: &Technique,
    named: bool,
) {
    let advice = profile.advice(technique);
    if advice.is_empty() {
        if !named {
            out.element("p", "", "Nothing in your answers changes this technique.");
        }
        return;
    }
    if named {
        out.element("p", "technique-name", &technique.name);
    }
    sections::advice(out, profile, &advice);
}

/// The main stroke on each area the steps work on: the direction the hands move in for the
/// longest time there. One per area, so the map stays readable on paper; the steps say the rest.
pub(super) fn main_strokes(steps: &[PlannedStep]) -> Vec<(RegionId, Direction)> {
    let mut time: Vec<(&RegionId, Direction, f64)> = Vec::new();
    for step in steps {
        let share = f64::from(step.seconds) / step.directions.len().max(1) as f64;
        for region in &step.regions {
            for direction in &step.directions {
                match time
                    .iter_mut()
                    .find(|(r, d, _)| *r == region && d == direction)
                {
                    Some((_, _, seconds)) => *seconds += share,
                    None => time.push((region, *direction, share)),
                }
            }
        }
    }
    let mut main: Vec<(RegionId, Direction, f64)> = Vec::new();
    for (region, direction, seconds) in time {
        match main.iter_mut().find(|(r, _, _)| r == region) {
            // Strictly longer: on a tie the direction met first stays.
            Some(best) if seconds > best.2 => *best = (region.clone(), direction, seconds),
            Some(_) => {}
            None => main.push((region.clone(), direction, seconds)),
        }
    }
    main.into_iter().map(|(r, d, _)| (r, d)).collect()
}

/// "light pressure · 4 min · given by partner, therapist · hands, towel"; without the time
/// in a routine, which sets its own.
pub(super) fn meta_line(technique: &Technique, with_time: bool) -> String {
    let givers: Vec<_> = technique.givers.iter().map(|g| g.label()).collect();
    let tools: Vec<_> = technique.tools.iter().map(|t| t.label()).collect();
    let mut parts = vec![format!("{} pressure", technique.pressure.label())];
    if with_time {
        parts.push(format_duration(technique.total_seconds()));
    }
    parts.push(format!("given by {}", givers.join(", ")));
    parts.push(tools.join(", "));
    parts.join(" · ")
}

/// Area names, a left and right side of one area said once: "Shoulder, both sides; Spine".
pub(crate) fn area_names(guide: &Guide, ids: &[&RegionId]) -> String {
    let regions: Vec<&Region> = ids.iter().filter_map(|id| guide.region(id)).collect();
    let mut names: Vec<String> = Vec::new();
    for region in &regions {
        let pair = regions
            .iter()
            .any(|r| r.name == region.name && r.side != region.side);
        let name = if pair {
            format!("{}, both sides", region.name)
        } else {
            region.display_name()
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("; ")
}

/// "Take care": the cautions of what the handout covers, then those for everyone.
/// How a technique's and a routine's handouts end: what they can help with, what to take care
/// with (`heading` names whose cautions these are), and when to stop and get help.
pub(super) fn benefits_care_and_stop(
    out: &mut Html,
    guide: &Guide,
    (helps, not_shown): (&[&Benefit], &[&Benefit]),
    heading: &str,
    cautions: &TechniqueCautions<'_>,
) {
    sections::benefits(out, helps, not_shown);
    take_care(out, heading, cautions);
    sections::stop(out, guide.here(), &cautions.stop_lines, &cautions.red_flags);
}

fn take_care(out: &mut Html, heading: &str, cautions: &TechniqueCautions<'_>) {
    out.open("section", "take-care")
        .element("h2", "", "Take care");
    sections::cautions(out, heading, &cautions.own);
    general(out, &cautions.general);
    out.close("section");
}

/// The cautions for everyone, as one list of names and what to do.
pub(super) fn general(out: &mut Html, general: &[&Caution]) {
    sections::checklist(
        out,
        "For everyone.",
        "Before any massage, ask whether one of these applies. The app explains each and \
         gives its sources.",
        general,
    );
}

/// The sources of the warning signs in the reader's answers, which a handout shows first
/// when they chose to put their answers in (the app shows them with the safety check).
pub(super) fn alert_sources<'g>(check: Option<&Check<'_, 'g>>) -> Vec<&'g SourceId> {
    let Some(check) = check.filter(|c| c.answered) else {
        return Vec::new();
    };
    check
        .profile
        .alerts()
        .iter()
        .flat_map(|a| &a.caution.sources)
        .collect()
}
