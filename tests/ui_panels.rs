//! The panel beside the map, read as a person would: a technique's details, and the sources page.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, guide, region_button, shows, tab_then_enter};
use egui_kittest::kittest::Queryable;
use massage_guide::data::format_duration;

#[test]
fn a_technique_expands_to_steps_what_it_helps_and_when_to_take_care() {
    let guide = guide();
    let region = &guide.regions[0];
    let technique = guide
        .techniques_for(&region.id)
        .next()
        .expect("a technique");
    let mut harness = app();
    region_button(&harness, &region.display_name()).click();
    harness.run();
    harness.get_by_label_contains(&technique.name).click();
    harness.run();
    assert!(shows(&harness, "1."));
    assert!(shows(&harness, &technique.steps[0].text));
    assert!(shows(
        &harness,
        &format!("({})", format_duration(technique.steps[0].seconds))
    ));

    assert!(shows(&harness, "Can help with:"));
    let benefit = guide.benefit(&technique.benefits[0]).unwrap();
    assert!(shows(&harness, &format!("•  {}", benefit.name)));
    assert!(shows(&harness, &format!("({})", benefit.evidence.label())));

    assert!(shows(&harness, "Take care:"));
    for id in &technique.cautions {
        let caution = guide.caution(id).unwrap();
        assert!(
            shows(&harness, &format!("•  {}", caution.name)),
            "{}: caution {} missing",
            technique.id,
            caution.name
        );
    }
}

#[test]
fn the_sources_page_lists_every_source_and_what_it_supports() {
    let guide = guide();
    let mut harness = app();
    harness.run();
    harness.get_by_label("Sources").click();
    harness.run();
    for source in &guide.sources {
        assert!(shows(&harness, &source.title), "{} missing", source.id);
        assert!(
            harness.query_by_label(&source.url).is_some(),
            "{}: its address is a link",
            source.id
        );
    }
    let first = &guide.sources[0];
    let citing = guide.citations(&first.id);
    assert!(!citing.is_empty());
    assert!(
        harness
            .query_all_by(|node| {
                node.value()
                    .is_some_and(|v| v.starts_with("Supports:") && v.contains(&citing[0].name()))
            })
            .next()
            .is_some(),
        "the first source says what it supports"
    );
}

#[test]
fn choosing_a_region_from_the_sources_page_opens_its_panel() {
    let guide = guide();
    let region = &guide.regions[1];
    let mut harness = app();
    harness.get_by_label("Sources").click();
    harness.run();
    region_button(&harness, &region.display_name()).click();
    harness.run();
    assert!(shows(&harness, &region.summary));
    harness.get_by_label("Guide").click();
    harness.run();
    assert!(
        shows(&harness, &region.summary),
        "Guide shows the chosen area"
    );
}

#[test]
fn the_red_flags_page_groups_flags_by_urgency_emergencies_first() {
    use massage_guide::data::{Action, CautionKind};
    let guide = guide();
    let mut harness = app();
    harness.run();
    harness.get_by_label("Red flags").click();
    harness.run();
    let emergency = "Call emergency services now";
    let today = "Get medical advice today";
    let heading_y = |prefix: &str| harness.get_by_label_contains(prefix).rect().min.y;
    assert!(heading_y(emergency) < heading_y(today), "emergencies first");
    for flag in guide
        .cautions
        .iter()
        .filter(|c| c.kind == CautionKind::RedFlag)
    {
        assert!(shows(&harness, &flag.name), "{} missing", flag.id);
        assert!(shows(&harness, &flag.text), "{}: what to do", flag.id);
        assert!(matches!(
            flag.action,
            Action::Emergency | Action::StopSeekUrgentCare
        ));
    }
}

#[test]
fn the_red_flags_page_opens_from_the_keyboard() {
    let mut harness = app();
    // Red flags is the second page in the toolbar.
    tab_then_enter(&mut harness, 4);
    assert!(shows(&harness, "Red flags: stop and get help"));
}
