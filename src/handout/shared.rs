//! What the kinds of handout share: the opening with the map, the reader's answers, and the
//! choices of what to show (benefits, cautions, red flags, sources), so a technique, a routine
//! and an area say the same things the same way. `sections` writes the parts.

use super::html::Html;
use super::map::{MapMarks, map_svg};
use super::sections;
use crate::data::{
    Benefit, BenefitId, Caution, CautionKind, Direction, Guide, Region, RegionId, SourceId,
    Technique, format_duration,
};
use crate::practice::PlannedStep;
use crate::safety::{Profile, StopLine, stop_lines};

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

/// The benefits of some techniques, each once: those research supports, and, apart, those it
/// does not show.
pub(super) fn benefits_of<'g>(
    guide: &'g Guide,
    techniques: impl IntoIterator<Item = &'g Technique> + Clone,
) -> (Vec<&'g Benefit>, Vec<&'g Benefit>) {
    let collect = |ids: Vec<&BenefitId>| {
        let mut list: Vec<&Benefit> = Vec::new();
        for benefit in ids.into_iter().filter_map(|id| guide.benefit(id)) {
            if !list.iter().any(|b| b.id == benefit.id) {
                list.push(benefit);
            }
        }
        list
    };
    let helps = collect(
        techniques
            .clone()
            .into_iter()
            .flat_map(|t| &t.benefits)
            .collect(),
    );
    let not_shown = collect(
        techniques
            .into_iter()
            .flat_map(|t| &t.research_does_not_show)
            .collect(),
    );
    (helps, not_shown)
}

/// The cautions some techniques list, each once, most serious first; red flags go to "when to
/// stop" and cautions for everyone to their own list.
pub(super) fn own_cautions<'g>(
    guide: &'g Guide,
    techniques: impl IntoIterator<Item = &'g Technique>,
) -> Vec<&'g Caution> {
    let mut list: Vec<&Caution> = Vec::new();
    for caution in techniques
        .into_iter()
        .flat_map(|t| &t.cautions)
        .filter_map(|id| guide.caution(id))
    {
        let elsewhere = matches!(caution.kind, CautionKind::RedFlag | CautionKind::General);
        if !elsewhere && !list.iter().any(|c| c.id == caution.id) {
            list.push(caution);
        }
    }
    list.sort_by_key(|c| std::cmp::Reverse(c.action));
    list
}

/// "Take care": the cautions of what the handout covers, then those for everyone.
pub(super) fn take_care(out: &mut Html, guide: &Guide, heading: &str, own: &[&Caution]) {
    out.open("section", "take-care")
        .element("h2", "", "Take care");
    sections::cautions(out, heading, own);
    general(out, guide, own);
    out.close("section");
}

/// The cautions for everyone not listed already, as one list of names and what to do.
pub(super) fn general(out: &mut Html, guide: &Guide, listed: &[&Caution]) {
    sections::checklist(
        out,
        "For everyone.",
        "Before any massage, ask whether one of these applies. The app explains each and \
         gives its sources.",
        &general_not_listed(guide, listed),
    );
}

/// The cautions for everyone that `listed` does not have already.
fn general_not_listed<'g>(guide: &'g Guide, listed: &[&Caution]) -> Vec<&'g Caution> {
    guide
        .general_cautions()
        .into_iter()
        .filter(|c| !listed.iter().any(|l| l.id == c.id))
        .collect()
}

/// The lines to stop at for some techniques, each once, most serious first; those of red
/// flags are left to the red flags' own block, which names them and whom to call.
pub(super) fn stop_lines_of<'g>(
    guide: &'g Guide,
    techniques: impl IntoIterator<Item = &'g Technique>,
) -> Vec<StopLine<'g>> {
    let mut lines: Vec<StopLine<'g>> = Vec::new();
    for line in techniques
        .into_iter()
        .flat_map(|t| stop_lines(guide, t))
        .filter(|l| l.caution.kind != CautionKind::RedFlag)
    {
        if !lines.iter().any(|l| l.sign.sign == line.sign.sign) {
            lines.push(line);
        }
    }
    lines.sort_by_key(|l| std::cmp::Reverse(l.caution.action));
    lines
}

/// The red flags that bear on the areas, or that the techniques list, in file order.
pub(super) fn red_flags<'g>(
    guide: &'g Guide,
    regions: &[&RegionId],
    techniques: impl IntoIterator<Item = &'g Technique>,
) -> Vec<&'g Caution> {
    let listed: Vec<_> = techniques.into_iter().flat_map(|t| &t.cautions).collect();
    guide
        .red_flags()
        .filter(|c| {
            c.regions.is_empty()
                || c.regions.iter().any(|r| regions.contains(&r))
                || listed.contains(&&c.id)
        })
        .collect()
}

/// The cautions the reader's answers bring into the handout: the warning signs, what changes
/// for each technique, and for an area what applies there.
pub(super) fn answer_cautions<'g>(
    check: Option<&Check<'_, 'g>>,
    techniques: &[&Technique],
    region: Option<&Region>,
) -> Vec<&'g Caution> {
    let Some(check) = check.filter(|c| c.answered) else {
        return Vec::new();
    };
    let profile = check.profile;
    let mut list: Vec<&'g Caution> = profile.alerts().iter().map(|a| a.caution).collect();
    for technique in techniques {
        list.extend(profile.advice(technique).marks.iter().map(|m| m.caution));
    }
    if let Some(region) = region {
        list.extend(profile.for_region(region).iter().map(|a| a.caution));
    }
    list
}

/// The sources of the cautions the handout says something about in its own words: its own
/// cautions, those behind the stop lines, and those the reader's answers bring in. The lists
/// for everyone and the red flags name their cautions only (the app has the reasons and the
/// sources), so they cite nothing.
pub(super) fn cited_by_cautions<'g>(
    own: &[&'g Caution],
    lines: &[StopLine<'g>],
    answers: &[&'g Caution],
) -> Vec<&'g SourceId> {
    own.iter()
        .copied()
        .chain(lines.iter().map(|l| l.caution))
        .chain(answers.iter().copied())
        .flat_map(|c| &c.sources)
        .collect()
}
