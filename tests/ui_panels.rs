//! The panel beside the map, read as a person would: a technique's details, and the sources page.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, guide, region_button, shows, tab_then_enter};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use massage_guide::data::Part;
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
    // The page is long: bring the technique into view first, as a person scrolls to it.
    harness
        .get_by_label_contains(&technique.name)
        .scroll_to_me();
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
    // Its own cautions by name; its red flags folded into one link to the Red flags page.
    let mut flags = 0;
    for id in &technique.cautions {
        let caution = guide.caution(id).unwrap();
        let named = shows(&harness, &format!("•  {}", caution.name));
        if caution.kind == massage_guide::data::CautionKind::RedFlag {
            flags += 1;
            assert!(
                !named,
                "{}: red flag {} by name",
                technique.id, caution.name
            );
        } else {
            assert!(named, "{}: caution {} missing", technique.id, caution.name);
        }
    }
    if flags > 0 {
        let link = match flags {
            1 => "1 red flag: a sign to stop and get help".to_owned(),
            n => format!("{n} red flags: signs to stop and get help"),
        };
        harness.get_by_label(&link).scroll_to_me();
        harness.run();
        harness.get_by_label(&link).click();
        harness.run();
        assert_eq!(
            harness.state().state().page,
            massage_guide::state::Page::RedFlags
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
    use massage_guide::data::{CautionAction, CautionKind, Urgency};
    let guide = guide();
    let mut harness = app();
    harness.run();
    harness.get_by_label("Red flags").click();
    harness.run();
    // Grouped under whom to call, in the words for a reader who has not chosen a country,
    // emergencies first, then the maternity unit, then the same day.
    let here = guide.localized(None);
    let count = |call| guide.red_flags().filter(|c| c.call == Some(call)).count();
    let heading = |call| {
        let phrase = massage_guide::data::capitalized(&here.here().phrase(call));
        format!("{phrase} ({})", count(call))
    };
    let heading_y = |label: &str| harness.get_by_label(label).rect().min.y;
    let order = [Urgency::Emergency, Urgency::Maternity, Urgency::Today];
    for pair in order.windows(2) {
        assert!(
            heading_y(&heading(pair[0])) < heading_y(&heading(pair[1])),
            "{:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
    assert_eq!(
        order.iter().map(|&u| count(u)).sum::<usize>(),
        guide.red_flags().count(),
        "every red flag says whom to call"
    );
    for flag in guide
        .cautions
        .iter()
        .filter(|c| c.kind == CautionKind::RedFlag)
    {
        assert!(shows(&harness, &flag.name), "{} missing", flag.id);
        assert!(shows(&harness, &flag.stop), "{}: what to do", flag.id);
        let why = format!("Why: {}", flag.why);
        assert!(shows(&harness, &why), "{}: why", flag.id);
        assert!(matches!(
            flag.action,
            CautionAction::Emergency | CautionAction::StopSeekUrgentCare
        ));
    }
}

#[test]
fn the_red_flags_page_opens_from_the_keyboard() {
    let mut harness = app();
    // Red flags is the sixth page in the toolbar.
    tab_then_enter(&mut harness, 6);
    assert!(shows(&harness, "Red flags: stop and get help"));
}

// --- Before you start, After you finish, and how massage works --------------------------------

#[test]
fn before_you_start_opens_from_the_toolbar_and_switches_to_after_you_finish() {
    let guide = guide();
    let mut harness = app();
    harness.run();
    harness.get_by_label("Before you start").click_accesskit();
    harness.run();
    for topic in guide.topics_of(Part::BeforeYouStart) {
        assert!(shows(&harness, &topic.title), "{} missing", topic.id);
        assert!(
            shows(&harness, &format!("•  {}", topic.points[0])),
            "{}",
            topic.id
        );
    }
    harness
        .get_by_label("Read After you finish")
        .click_accesskit();
    harness.run();
    for topic in guide.topics_of(Part::AfterYouFinish) {
        assert!(shows(&harness, &topic.title), "{} missing", topic.id);
    }
    assert!(!shows(
        &harness,
        &guide.topics_of(Part::BeforeYouStart).next().unwrap().title
    ));
}

#[test]
fn the_new_pages_open_from_the_keyboard() {
    let guide = guide();
    let mut harness = app();
    // Before you start is the fourth page in the toolbar, How it works the fifth.
    tab_then_enter(&mut harness, 4);
    let first = guide.topics_of(Part::BeforeYouStart).next().unwrap();
    assert!(shows(&harness, &first.title));
    let mut harness = app();
    tab_then_enter(&mut harness, 5);
    assert!(shows(&harness, "How massage works, and what is a myth"));
    for claim in &guide.claims {
        assert!(
            shows(&harness, &format!("“{}”", claim.claim)),
            "{}",
            claim.id
        );
        assert!(shows(&harness, &claim.says), "{}", claim.id);
    }
}

#[test]
fn the_welcome_page_every_technique_and_the_routines_lead_to_the_basics() {
    let guide = guide();
    let after = guide.topics_of(Part::AfterYouFinish).next().unwrap();
    let mut harness = app();
    harness.run();
    harness
        .get_by_label("Read After you finish")
        .click_accesskit();
    harness.run();
    assert!(shows(&harness, &after.title));

    // A technique's page links to both.
    let technique = &guide.techniques[0];
    let mut harness = app();
    harness.get_by_label("Techniques").click_accesskit();
    harness.run();
    harness.get_by_label(&technique.name).click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::Link, "After you finish")
        .click_accesskit();
    harness.run();
    assert!(shows(&harness, &after.title));

    let mut harness = app();
    harness.get_by_label("Routines").click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::Link, "Before you start")
        .click_accesskit();
    harness.run();
    let before = guide.topics_of(Part::BeforeYouStart).next().unwrap();
    assert!(shows(&harness, &before.title));
}

#[test]
fn a_benefit_links_to_what_research_says_about_how_it_works() {
    let guide = guide();
    let (region, benefit, claim) = guide
        .regions
        .iter()
        .find_map(|r| {
            guide
                .benefits_for(&r.id)
                .find_map(|b| guide.claims_about(&b.id).next().map(|c| (r, b, c)))
        })
        .expect("a benefit on a region page with a claim about it");
    let mut harness = app();
    region_button(&harness, &region.display_name()).click_accesskit();
    harness.run();
    assert!(shows(&harness, &benefit.explanation));
    let link = format!("{} ({})", claim.claim, claim.verdict.label().to_lowercase());
    harness
        .query_all_by_label(&link)
        .next()
        .unwrap()
        .click_accesskit();
    harness.run();
    assert!(shows(&harness, "How massage works, and what is a myth"));
    assert!(shows(&harness, &claim.says));
}

#[test]
fn searching_lactic_acid_lands_on_the_claim() {
    let guide = guide();
    let claim = guide
        .claims
        .iter()
        .find(|c| c.claim.to_lowercase().contains("lactic acid"))
        .unwrap();
    let mut harness = app();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.event(egui::Event::Text("lactic acid".to_owned()));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert!(shows(&harness, "How massage works, and what is a myth"));
    assert!(shows(&harness, &claim.says));
}

#[test]
fn a_region_page_says_what_its_level_codes_count() {
    let guide = guide();
    let region = guide
        .region(&massage_guide::data::RegionId("lumbar_left".into()))
        .unwrap();
    let mut harness = app();
    region_button(&harness, &region.display_name()).click();
    harness.run();
    assert!(shows(
        &harness,
        &format!(
            "Levels {}  ·  the spine's bones, counted from the top: C neck, T chest, L lower back, \
             S sacrum",
            region.levels
        )
    ));
}
