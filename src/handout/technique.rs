//! A technique's handout: what it is, its steps at their own times, what it can help with,
//! its cautions and when to stop, as its page in the app lists them.

use super::html::Html;
use super::sections;
use super::shared::{
    Body, Check, alert_sources, area_names, benefits_care_and_stop, main_strokes, overview,
    technique_advice, your_check,
};
use crate::data::{Guide, RegionId, Technique, format_duration};
use crate::page_model::TechniquePage;
use crate::practice::Plan;
use crate::safety::Profile;

pub(super) fn technique_body<'g>(
    guide: &'g Guide,
    technique: &'g Technique,
    profile: &Profile<'g>,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let page = TechniquePage::new(guide, technique, profile);
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
    let benefits = (page.helps.as_slice(), page.not_shown.as_slice());
    benefits_care_and_stop(
        &mut html,
        guide,
        benefits,
        "For this technique",
        &page.cautions,
    );
    let mut sources = page.sources;
    sources.extend(alert_sources(check));
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
