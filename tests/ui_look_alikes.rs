//! "Pain that may not be the muscles": reached by mouse from the Red flags page, the welcome
//! page and an area's page, by keyboard, and by search ("gallbladder", "kidney stone",
//! "shingles"), with each cause's card and whom to call in the reader's country.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, guide, press, region_button, shows, type_search};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use massage_guide::App;
use massage_guide::state::Page;

const TITLE: &str = "Pain that may not be the muscles";

fn page(harness: &Harness<'_, App>) -> Page {
    harness.state().state().page.clone()
}

/// The label of the node that has the keyboard, if any.
fn focused(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .query_all_by(|_| true)
        .find(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

#[test]
fn the_page_opens_from_the_red_flags_and_the_welcome_page_and_shows_every_cause() {
    let guide = guide().localized(None);
    assert!(guide.look_alikes.len() >= 12, "the review's table and more");
    let mut harness = app();
    harness.run();
    press(&mut harness, TITLE);
    assert_eq!(page(&harness), Page::LookAlikes, "from the welcome page");
    for look_alike in &guide.look_alikes {
        assert!(shows(&harness, &look_alike.name), "{}", look_alike.id);
        assert!(shows(&harness, &look_alike.differs), "{}", look_alike.id);
        for line in &look_alike.calls {
            let line = line.line(guide.here());
            assert!(shows(&harness, &line), "{}: {line}", look_alike.id);
        }
    }
    // It says plainly that it cannot tell what the pain is.
    assert!(
        harness
            .query_all_by(|n| n
                .value()
                .is_some_and(|v| v.contains("it cannot tell you what your pain is")))
            .next()
            .is_some()
    );

    press(&mut harness, "Red flags");
    press(&mut harness, TITLE);
    assert_eq!(page(&harness), Page::LookAlikes, "from the red flags");
}

#[test]
fn an_areas_page_links_the_causes_that_can_hurt_there() {
    let guide = guide();
    let mut harness = app();
    harness.run();
    region_button(&harness, "Shoulder blade, right side").click();
    harness.run();
    let gallbladder = guide
        .look_alikes
        .iter()
        .find(|l| l.id.as_str() == "gallbladder")
        .unwrap();
    assert!(
        gallbladder
            .regions
            .iter()
            .any(|r| r.as_str() == "shoulder_blade_right")
    );
    press(&mut harness, &gallbladder.name);
    assert_eq!(page(&harness), Page::LookAlikes);
}

#[test]
fn searching_an_organ_or_shingles_lands_on_the_page() {
    let mut harness = app();
    harness.run();
    for (query, name) in [
        ("gallbladder", "Gallbladder"),
        ("kidney stone", "Kidney"),
        ("shingles", "Shingles"),
    ] {
        type_search(&mut harness, query);
        assert!(
            harness
                .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(name)))
                .next()
                .is_some(),
            "{query} lists {name}"
        );
        let hit = harness
            .query_all_by(|n| {
                n.label().is_some_and(|l| l.starts_with(name))
                    && n.role() == egui::accesskit::Role::Button
            })
            .next()
            .expect("a hit to open");
        hit.click();
        harness.run();
        assert_eq!(page(&harness), Page::LookAlikes, "{query}");
    }
}

#[test]
fn the_page_is_reached_by_keyboard_alone() {
    let mut harness = app();
    harness.run();
    // Tab to the welcome page's button, then Enter.
    let mut found = false;
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if focused(&harness).as_deref() == Some(TITLE) {
            found = true;
            break;
        }
    }
    assert!(found, "Tab reaches the page's button");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(page(&harness), Page::LookAlikes);
}

/// M1: the low back's pages link what to do instead of pressing the kidney band.
#[test]
fn the_low_back_pages_link_what_to_do_instead() {
    let guide = guide();
    let topic = guide
        .topics
        .iter()
        .find(|t| t.id.as_str() == "low_back_instead")
        .expect("the low back topic");
    let mut harness = app();
    harness.run();
    region_button(&harness, "Lumbar, left side").click();
    harness.run();
    assert!(shows(&harness, "Read also:"));
    press(&mut harness, &topic.title);
    assert_eq!(page(&harness), Page::Basics(topic.part));
}
