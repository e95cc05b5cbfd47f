//! Where the reader is: chosen on the safety check or in the toolbar, kept between runs, and
//! then every red flag, stop line and banner names that country's numbers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, first_start, press, restart, shows_starting};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use massage_guide::App;
use massage_guide::data::CountryId;

/// Opens the drop-down named `list` (the first of that name) and picks `country` in it, through
/// the accessibility tree as a screen reader does.
fn choose_country(harness: &mut Harness<'_, App>, list: &str, country: &str) {
    harness
        .query_all_by_label(list)
        .next()
        .expect("the country list")
        .click();
    harness.run();
    harness
        .get_by(|n| n.role() == Role::Button && n.label().as_deref() == Some(country))
        .click_accesskit();
    harness.run();
}

/// Clicks the first widget whose name passes `name`, after scrolling it into view.
fn press_where(harness: &mut Harness<'_, App>, name: impl Fn(&str) -> bool) {
    let found = |n: &egui_kittest::kittest::AccessKitNode<'_>| n.label().is_some_and(|l| name(&l));
    harness
        .query_all_by(found)
        .next()
        .expect("the widget")
        .scroll_to_me();
    harness.run();
    harness
        .query_all_by(found)
        .next()
        .expect("the widget")
        .click();
    harness.run();
}

fn chosen(harness: &Harness<'_, App>) -> Option<CountryId> {
    harness.state().state().country.clone()
}

#[test]
fn a_country_chosen_on_the_safety_check_names_its_numbers_and_is_kept() {
    let mut harness = first_start();
    harness.run();
    // Before a choice, the guide speaks to anyone, anywhere.
    assert!(shows_starting(
        &harness,
        "In an emergency: call your local emergency number now."
    ));
    choose_country(&mut harness, "Where you are: Somewhere else", "Australia");
    assert_eq!(chosen(&harness), Some(CountryId("australia".to_owned())));
    assert!(shows_starting(
        &harness,
        "In an emergency: call 000 now. The same day: get help today from your GP or \
         healthdirect (1800 022 222)."
    ));

    // The red flags group under Australia's words.
    press(&mut harness, "Red flags");
    assert!(shows_starting(&harness, "Call 000 now"));
    assert!(shows_starting(
        &harness,
        "Get help today from your GP or healthdirect"
    ));
    assert!(!shows_starting(&harness, "Call 999 now"));

    // Kept between runs.
    let harness = restart(&mut harness);
    assert_eq!(chosen(&harness), Some(CountryId("australia".to_owned())));
}

#[test]
fn the_toolbar_choice_puts_the_numbers_in_a_sessions_stop_lines_and_the_banner() {
    let mut harness = app();
    harness.run();
    choose_country(&mut harness, "Where you are: Somewhere else", "New Zealand");
    assert_eq!(chosen(&harness), Some(CountryId("new_zealand".to_owned())));

    // A session: the technique's red flags fold away, and open under New Zealand's numbers.
    press(&mut harness, "Routines");
    press(&mut harness, "Start Desk worker's upper back");
    assert!(shows_starting(&harness, "Stop at once if:"));
    press_where(&mut harness, |l| {
        l.starts_with("Red flags for this technique")
    });
    assert!(shows_starting(&harness, "Call 111 now if:"));
    press(&mut harness, "Stop");

    // A warning sign in the safety check: the banner says whom to call, in New Zealand.
    press(&mut harness, "Safety check");
    press_where(&mut harness, |l| {
        l.starts_with("Yes: Along with back pain, do you have chest pain")
    });
    // The banner shows on every page but the check itself, where the sign is under its answer.
    press(&mut harness, "Guide");
    assert!(shows_starting(&harness, "Call 111 now: "));
}

/// Every country's own numbers head a guided session's stop signs: the signs of the routine's
/// techniques, grouped under whom to call, name that country's emergency number and same-day
/// service, and no other country's.
#[test]
fn every_countrys_numbers_head_a_sessions_stop_signs() {
    use massage_guide::safety::{stop_group_title, stop_groups, stop_lines};
    let built_in = common::built_in();
    let routine = &built_in.routines[0];
    for country in &built_in.countries {
        let guide = built_in.localized(Some(&country.id));
        let titles: Vec<String> = routine
            .items
            .iter()
            .filter_map(|item| guide.technique(&item.technique))
            .flat_map(|t| {
                let lines = stop_lines(&guide, t);
                stop_groups(&lines)
                    .into_iter()
                    .map(|(group, _)| stop_group_title(guide.here(), group))
                    .collect::<Vec<_>>()
            })
            .collect();
        let emergency = format!("Call {} now if:", country.emergency);
        let today = format!("Get help today from {} if:", country.today);
        assert!(titles.contains(&emergency), "{}: {titles:#?}", country.id);
        assert!(titles.contains(&today), "{}: {titles:#?}", country.id);
    }
}
