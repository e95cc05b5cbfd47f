//! A technique's handout: what it is, its steps at their own times, what it can help with,
//! its cautions and when to stop.

use super::html::Html;
use super::sections;
use super::shared::{
    Body, Check, answer_cautions, area_names, benefits_of, cited_by_cautions, main_strokes,
    overview, own_cautions, red_flags, stop_lines_of, take_care, technique_advice, your_check,
};
use crate::data::{Guide, RegionId, Technique, format_duration};
use crate::practice::Plan;

pub(super) fn technique_body<'g>(
    guide: &'g Guide,
    technique: &'g Technique,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let plan = Plan::technique(technique);
    let regions: Vec<&RegionId> = technique.regions.iter().collect();
    let mut html = Html::new();
    let strokes = main_strokes(&plan.steps);
    overview(
        &mut html,
        guide,
        &regions,
        strokes,
        "Where it is done",
        |out| {
            out.element("p", "lead", &technique.summary);
            sections::facts(out, &technique_facts(guide, technique));
        },
    );
    if let Some(check) = check {
        your_check(&mut html, check, |out| {
            technique_advice(out, check.profile, technique, false);
        });
    }
    html.open("section", "session").element("h2", "", "Steps");
    sections::steps(&mut html, &plan.steps);
    html.close("section");
    let (helps, not_shown) = benefits_of(guide, [technique]);
    sections::benefits(&mut html, &helps, &not_shown);
    let own = own_cautions(guide, [technique]);
    take_care(&mut html, guide, "For this technique", &own);
    let lines = stop_lines_of(guide, [technique]);
    let flags = red_flags(guide, &regions, [technique]);
    sections::stop(&mut html, guide.here(), &lines, &flags);
    let sources = technique
        .sources
        .iter()
        .chain(helps.iter().chain(&not_shown).flat_map(|b| &b.sources))
        .chain(cited_by_cautions(
            &own,
            &lines,
            &answer_cautions(check, &[technique], None),
        ))
        .collect();
    Body {
        title: technique.name.clone(),
        kind: "Technique",
        html,
        sources,
    }
}

fn technique_facts(guide: &Guide, technique: &Technique) -> Vec<(&'static str, String)> {
    let join = |words: Vec<&str>| words.join(", ");
    vec![
        ("Pressure", technique.pressure.label().to_owned()),
        ("Time", format_duration(technique.total_seconds())),
        (
            "Given by",
            join(technique.givers.iter().map(|g| g.label()).collect()),
        ),
        (
            "Tools",
            join(technique.tools.iter().map(|t| t.label()).collect()),
        ),
        (
            "Hands move",
            join(technique.directions.iter().map(|d| d.label()).collect()),
        ),
        (
            "Where",
            area_names(guide, &technique.regions.iter().collect::<Vec<_>>()),
        ),
    ]
}
