//! A routine's handout, one of the guide's or the reader's own: each technique in turn with its
//! steps at the routine's times, then what they can help with, their cautions and when to stop.

use super::html::Html;
use super::sections;
use super::shared::{
    Body, Check, alert_sources, area_names, benefits_care_and_stop, main_strokes, meta_line,
    overview, technique_advice, your_check,
};
use crate::data::{Giver, Guide, SourceId, format_duration};
use crate::page_model::RoutinePage;
use crate::practice::Plan;
use crate::safety::Profile;

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
    profile: &Profile<'g>,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let page = RoutinePage::new(guide, &sheet.plan, sheet.sources, profile);
    let techniques = page.techniques();
    let regions = &page.regions;
    let mut html = Html::new();
    let strokes = main_strokes(&sheet.plan.steps);
    overview(
        &mut html,
        guide,
        regions,
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
                    ("Where", area_names(guide, regions)),
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
    for (n, (steps, technique, _)) in page.parts.iter().enumerate() {
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
    let benefits = (page.helps.as_slice(), page.not_shown.as_slice());
    benefits_care_and_stop(
        &mut html,
        guide,
        benefits,
        "For these techniques",
        &page.cautions,
    );
    let mut sources = page.sources;
    sources.extend(alert_sources(check));
    Body {
        title: sheet.name.to_owned(),
        kind: "Routine",
        html,
        sources,
    }
}

#[cfg(test)]
pub(super) use crate::page_model::parts_of;
