//! An area's handout: its anatomy in plain words, the techniques that suit it, its benefits,
//! its cautions and red flags.

use super::html::Html;
use super::sections;
use super::shared::{
    Body, Check, answer_cautions, cited_by_cautions, general, overview, red_flags,
    technique_advice, your_check,
};
use crate::data::{Benefit, Caution, CautionKind, Guide, Region, Technique, format_duration};

pub(super) fn region_body<'g>(
    guide: &'g Guide,
    region: &'g Region,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let regions = [&region.id];
    let mut html = Html::new();
    let muscles: Vec<_> = guide.muscles_of(region).collect();
    overview(&mut html, guide, &regions, Vec::new(), "This area", |out| {
        out.element(
            "p",
            "levels",
            &format!(
                "Levels {} (the bones of the spine, counted from the top: C neck, T chest, \
                 L lower back, S sacrum)",
                region.levels
            ),
        )
        .element("p", "lead", &region.summary);
        if !muscles.is_empty() {
            out.element("h3", "", "Muscles").open("ul", "muscles");
            for muscle in &muscles {
                out.open("li", "").element("strong", "", &muscle.name);
                // On paper there is no page to click through to: the warning goes beside it.
                if let Some(why) = &muscle.do_not_press {
                    out.text(": ")
                        .element("span", "do-not-press", "Do not press.")
                        .text(&format!(" {why} {}", muscle.does));
                } else {
                    out.text(&format!(": {}", muscle.does));
                }
                out.close("li");
            }
            out.close("ul");
        }
        out.element("h3", "", "Why it gets tight")
            .element("p", "", &region.why_tight);
        if !region.common_complaints.is_empty() {
            out.element("h3", "", "Common complaints")
                .open("ul", "complaints");
            for complaint in &region.common_complaints {
                out.element("li", "", complaint);
            }
            out.close("ul");
        }
    });
    if let Some(check) = check {
        your_check(&mut html, check, |out| {
            let applied = check.profile.for_region(region);
            if applied.is_empty() {
                out.element("p", "", "Nothing in your answers changes massage here.");
            }
            out.open("ul", "cautions");
            for applied in applied {
                sections::applied_card(out, applied);
            }
            out.close("ul");
        });
    }
    let techniques: Vec<&Technique> = guide.techniques_for(&region.id).collect();
    technique_list(&mut html, &techniques, check);
    let benefits: Vec<&Benefit> = guide.benefits_for(&region.id).collect();
    let (helps, not_shown): (Vec<&Benefit>, Vec<&Benefit>) =
        benefits.iter().partition(|b| b.evidence.is_supported());
    sections::benefits(&mut html, &helps, &not_shown);
    let area = guide.area_cautions(&region.id);
    let whole_back: Vec<&Caution> = guide
        .cautions_for(&region.id)
        .into_iter()
        .filter(|c| c.kind != CautionKind::RedFlag && guide.covers_whole_back(c))
        .collect();
    html.open("section", "take-care")
        .element("h2", "", "Take care");
    sections::cautions(&mut html, "For this area", &area);
    // Cautions that name every area say nothing special to this one: names to check, as for
    // the cautions for everyone; the app explains each.
    sections::checklist(
        &mut html,
        "Anywhere on the back.",
        "Work around any of these where you find it.",
        &whole_back,
    );
    let mut listed = area.clone();
    listed.extend(&whole_back);
    general(&mut html, guide, &listed);
    let own = area;
    html.close("section");
    let flags = red_flags(guide, &regions, []);
    sections::stop(&mut html, guide.here(), &[], &flags);
    let answers = answer_cautions(check, &techniques, Some(region));
    let sources = region
        .sources
        .iter()
        .chain(muscles.iter().flat_map(|m| &m.sources))
        .chain(benefits.iter().flat_map(|b| &b.sources))
        .chain(cited_by_cautions(&own, &[], &answers))
        .collect();
    Body {
        title: region.display_name(),
        kind: "Area of the back",
        html,
        sources,
    }
}

/// The techniques by name, pressure and time only, one line each: each has its own handout.
fn technique_list(html: &mut Html, techniques: &[&Technique], check: Option<&Check<'_, '_>>) {
    html.open("section", "techniques")
        .element("h2", "", "Techniques for this area")
        .open("ul", "technique-list");
    for technique in techniques {
        html.open("li", "technique")
            .element("span", "technique-name", &technique.name)
            .raw(" ")
            .element(
                "span",
                "meta",
                &format!(
                    "{} pressure · {}",
                    technique.pressure.label(),
                    format_duration(technique.total_seconds())
                ),
            );
        if let Some(check) = check {
            technique_advice(html, check.profile, technique, false);
        }
        html.close("li");
    }
    html.close("ul").close("section");
}
