//! A routine's handout, one of the guide's or the reader's own: each technique in turn with its
//! steps at the routine's times, then what they can help with, their cautions and when to stop.

use super::html::Html;
use super::sections;
use super::shared::{
    Body, Check, answer_cautions, area_names, benefits_of, cited_by_cautions, main_strokes,
    meta_line, overview, own_cautions, red_flags, stop_lines_of, take_care, technique_advice,
    your_check,
};
use crate::data::{Giver, Guide, RegionId, SourceId, Technique, format_duration};
use crate::practice::{Plan, PlannedStep};

/// A routine to print: its name and, for the guide's own, its summary and givers.
pub(super) struct RoutineSheet<'g> {
    pub name: &'g str,
    pub summary: Option<&'g str>,
    pub givers: Vec<Giver>,
    pub plan: Plan,
    pub sources: &'g [SourceId],
}

pub(super) fn routine_body<'g>(
    guide: &'g Guide,
    sheet: &RoutineSheet<'g>,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let parts: Vec<(&[PlannedStep], &Technique)> = parts_of(&sheet.plan.steps)
        .into_iter()
        .filter_map(|steps| Some((steps, guide.technique(&steps.first()?.technique)?)))
        .collect();
    let techniques: Vec<&Technique> = parts.iter().map(|(_, t)| *t).collect();
    // The areas the routine works, which may be fewer than its techniques could.
    let mut regions: Vec<&RegionId> = Vec::new();
    for id in sheet.plan.steps.iter().flat_map(|s| &s.regions) {
        if !regions.contains(&id) {
            regions.push(id);
        }
    }
    let mut html = Html::new();
    let strokes = main_strokes(&sheet.plan.steps);
    overview(
        &mut html,
        guide,
        &regions,
        strokes,
        "Where it is done",
        |out| {
            if let Some(summary) = sheet.summary {
                out.element("p", "lead", summary);
            }
            let givers: Vec<_> = sheet.givers.iter().map(|g| g.label()).collect();
            sections::facts(
                out,
                &[
                    ("Time", format_duration(sheet.plan.total_seconds())),
                    ("Given by", givers.join(", ")),
                    ("Techniques", techniques.len().to_string()),
                    ("Where", area_names(guide, &regions)),
                ],
            );
        },
    );
    if let Some(check) = check {
        your_check(&mut html, check, |out| {
            if techniques
                .iter()
                .all(|t| check.profile.advice(t).is_empty())
            {
                out.element("p", "", "Nothing in your answers changes these techniques.");
            }
            for technique in &techniques {
                technique_advice(out, check.profile, technique, true);
            }
        });
    }
    html.open("section", "session")
        .element("h2", "", "The session");
    for (n, (steps, technique)) in parts.iter().enumerate() {
        let seconds: u32 = steps.iter().map(|s| s.seconds).sum();
        html.open("section", "part")
            .open("h3", "")
            .text(&format!("{}. {} ", n + 1, technique.name))
            .element("span", "time", &format_duration(seconds))
            .close("h3")
            .element("p", "meta", &meta_line(technique, false));
        sections::steps(&mut html, steps);
        html.close("section");
    }
    for id in &sheet.plan.missing {
        html.element(
            "p",
            "missing",
            &format!("\u{201c}{id}\u{201d} is not in this guide, so it is left out."),
        );
    }
    html.close("section");
    let (helps, not_shown) = benefits_of(guide, techniques.iter().copied());
    sections::benefits(&mut html, &helps, &not_shown);
    let own = own_cautions(guide, techniques.iter().copied());
    take_care(&mut html, guide, "For these techniques", &own);
    let lines = stop_lines_of(guide, techniques.iter().copied());
    let flags = red_flags(guide, &regions, techniques.iter().copied());
    sections::stop(&mut html, guide.here(), &lines, &flags);
    let sources = sheet
        .sources
        .iter()
        .chain(techniques.iter().flat_map(|t| &t.sources))
        .chain(helps.iter().chain(&not_shown).flat_map(|b| &b.sources))
        .chain(cited_by_cautions(
            &own,
            &lines,
            &answer_cautions(check, &techniques, None),
        ))
        .collect();
    Body {
        title: sheet.name.to_owned(),
        kind: "Routine",
        html,
        sources,
    }
}

/// A plan's steps cut into one run per routine item.
pub(super) fn parts_of(steps: &[PlannedStep]) -> Vec<&[PlannedStep]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (n, step) in steps.iter().enumerate().skip(1) {
        if step.item != steps[n - 1].item {
            parts.push(&steps[start..n]);
            start = n;
        }
    }
    if start < steps.len() {
        parts.push(&steps[start..]);
    }
    parts
}
