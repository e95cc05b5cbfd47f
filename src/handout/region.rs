//! An area's handout: its anatomy in plain words, the techniques that suit it, its benefits,
//! its cautions and red flags, as its page in the app lists them.

use super::html::Html;
use super::sections;
use super::shared::{Body, Check, alert_sources, general, overview, technique_advice, your_check};
use crate::data::{Benefit, Guide, Region, Technique, format_duration};
use crate::page_model::RegionPage;
use crate::safety::Profile;

pub(super) fn region_body<'g>(
    guide: &'g Guide,
    region: &'g Region,
    profile: &Profile<'g>,
    check: Option<&Check<'_, 'g>>,
) -> Body<'g> {
    let page = RegionPage::new(guide, region, profile);
    let regions = [&region.id];
    let mut html = Html::new();
    overview(&mut html, guide, &regions, Vec::new(), "This area", |out| {
        out.element("p", "levels", &page.levels)
            .element("p", "lead", &region.summary);
        if !page.muscles.is_empty() {
            out.element("h3", "", "Muscles").open("ul", "muscles");
            for muscle in &page.muscles {
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
    let techniques: Vec<&Technique> = page.techniques.iter().map(|(t, _)| *t).collect();
    technique_list(&mut html, &techniques, check);
    let (helps, not_shown): (Vec<&Benefit>, Vec<&Benefit>) = page
        .benefits
        .iter()
        .partition(|b| b.evidence.is_supported());
    sections::benefits(&mut html, &helps, &not_shown);
    let cautions = &page.cautions;
    html.open("section", "take-care")
        .element("h2", "", "Take care");
    sections::cautions(&mut html, "For this area", &cautions.area);
    // Cautions that name every area say nothing special to this one: names to check, as for
    // the cautions for everyone; the app explains each.
    sections::checklist(
        &mut html,
        "Anywhere on the back.",
        "Work around any of these where you find it.",
        &cautions.whole_back,
    );
    general(&mut html, &cautions.general);
    html.close("section");
    sections::stop(&mut html, guide.here(), &[], &cautions.red_flags);
    let mut sources = page.sources;
    sources.extend(alert_sources(check));
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
