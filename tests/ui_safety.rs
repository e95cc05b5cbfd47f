//! The safety features driven as a person would: the check on first start, answers that mark
//! techniques, the warning-sign banner, the "where not to press" layer, and "stop if" lines.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, first_start, guide, region_button, restart, shows, tab_then_enter};
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use massage_guide::App;
use massage_guide::data::{Guide, Question, QuestionId, Technique, Urgency, capitalized};
use massage_guide::safety::{Answers, Profile, stop_group_title, stop_groups};

fn question<'a>(guide: &'a Guide, id: &str) -> &'a Question {
    guide
        .questions
        .iter()
        .find(|q| q.id.as_str() == id)
        .unwrap_or_else(|| panic!("the built-in safety check asks {id}"))
}

fn open_safety_check(harness: &mut Harness<'_, App>) {
    harness.get_by_label("Safety check").click();
    harness.run();
}

fn answer(harness: &mut Harness<'_, App>, question: &Question, word: &str) {
    harness
        .get_by_role_and_label(Role::RadioButton, &format!("{word}: {}", question.ask))
        .click_accesskit();
    harness.run();
}

/// The header of a technique in the region panel, if shown: its accessible label holds all its
/// lines.
fn query_technique_header<'a>(
    harness: &'a Harness<'_, App>,
    technique: &'a Technique,
) -> Option<egui_kittest::Node<'a>> {
    harness
        .query_all_by(|node| {
            node.label()
                .is_some_and(|l| l.starts_with(&format!("{}\n", technique.name)))
        })
        .next()
}

fn technique_header<'a>(
    harness: &'a Harness<'_, App>,
    technique: &'a Technique,
) -> egui_kittest::Node<'a> {
    query_technique_header(harness, technique)
        .unwrap_or_else(|| panic!("{} has a header", technique.name))
}

fn header_label(harness: &Harness<'_, App>, technique: &Technique) -> String {
    technique_header(harness, technique)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

/// What the answers `yes` change, computed from the data, to compare with the screen.
fn profile_answers(yes: &[&str]) -> Answers {
    let mut answers = Answers::default();
    for id in yes {
        answers.set(QuestionId((*id).to_owned()), Some(true));
    }
    answers
}

#[test]
fn the_safety_check_is_offered_on_first_start_and_can_be_skipped() {
    let mut harness = first_start();
    harness.run();
    assert!(shows(&harness, "Safety check"));
    assert!(!shows(&harness, "Welcome"));
    harness.get_by_label("Skip for now").click();
    harness.run();
    assert!(shows(&harness, "Welcome"));
    assert!(harness.state().state().safety_check_offered);
    // Offered once: the next start goes straight to the guide.
    let mut harness = restart(&mut harness);
    harness.run();
    assert!(shows(&harness, "Welcome"));
}

#[test]
fn the_safety_check_opens_from_the_toolbar_by_keyboard() {
    let mut harness = app();
    // Safety check is the seventh page in the toolbar.
    tab_then_enter(&mut harness, 7);
    assert!(shows(&harness, "What your answers change"));
}

#[test]
fn yes_to_blood_thinners_marks_the_techniques_to_avoid_with_the_reason() {
    let guide = guide();
    let thinners = question(&guide, "blood_thinners");
    let mut harness = app();
    open_safety_check(&mut harness);
    answer(&mut harness, thinners, "Yes");
    let profile_source = profile_answers(&["blood_thinners"]);
    let profile = Profile::new(&guide, &profile_source);
    let caution = profile.applied[0].caution;
    assert_eq!(caution.id.as_str(), "bleeding_or_blood_thinners");

    // The check page itself lists the techniques to avoid, without hunting.
    let avoided: Vec<&Technique> = guide
        .techniques
        .iter()
        .filter(|t| profile.advice(t).avoid())
        .collect();
    assert!(!avoided.is_empty());
    assert!(shows(
        &harness,
        &format!("Techniques to avoid ({})", avoided.len())
    ));
    for technique in &avoided {
        assert!(shows(&harness, &format!("•  {}", technique.name)));
    }
    assert!(shows(
        &harness,
        &format!("Avoid for you: {}", caution.for_you.because)
    ));

    // In an area's panel: the caution applies, and each technique says what to do.
    let region = guide
        .regions
        .iter()
        .find(|r| r.id.as_str() == "lumbar_left")
        .unwrap();
    region_button(&harness, &region.display_name()).click();
    harness.run();
    assert!(shows(&harness, "Applies to you (1)"));
    assert!(shows(&harness, &caution.name));
    let techniques: Vec<&Technique> = guide.techniques_for(&region.id).collect();
    let mut last_usable_y = f32::MIN;
    let mut first_avoided_y = f32::MAX;
    for technique in &techniques {
        let label = header_label(&harness, technique);
        let y = technique_header(&harness, technique).rect().min.y;
        if profile.advice(technique).avoid() {
            assert!(
                label.contains(&format!("Avoid for you: {}", caution.for_you.because)),
                "{label}"
            );
            first_avoided_y = first_avoided_y.min(y);
        } else {
            assert!(
                label.contains(&format!("For you: {}", caution.for_you.otherwise)),
                "{label}"
            );
            last_usable_y = last_usable_y.max(y);
        }
    }
    assert!(
        last_usable_y < first_avoided_y,
        "techniques to avoid come last"
    );
}

#[test]
fn the_hide_switch_hides_techniques_to_avoid_but_still_names_them() {
    let guide = guide();
    let mut harness = app();
    open_safety_check(&mut harness);
    answer(&mut harness, question(&guide, "blood_thinners"), "Yes");
    region_button(&harness, "Lumbar, left side").click();
    harness.run();
    let answers = profile_answers(&["blood_thinners"]);
    let profile = Profile::new(&guide, &answers);
    let region = guide
        .regions
        .iter()
        .find(|r| r.id.as_str() == "lumbar_left")
        .unwrap();
    let avoided: Vec<&Technique> = guide
        .techniques_for(&region.id)
        .filter(|t| profile.advice(t).avoid())
        .collect();
    let switch = match avoided.len() {
        1 => "Hide the technique to avoid".to_owned(),
        n => format!("Hide the {n} techniques to avoid"),
    };
    // The region page is long: bring the switch into view, as a reader scrolls to it.
    harness.get_by_label(&switch).scroll_to_me();
    harness.run();
    harness.get_by_label(&switch).click();
    harness.run();
    assert!(harness.state().state().hide_avoided);
    let hidden = avoided.iter().map(|t| t.name.as_str()).collect::<Vec<_>>();
    assert!(shows(
        &harness,
        &format!(
            "Hidden because of your safety check: {}.",
            hidden.join(", ")
        )
    ));
    for technique in &avoided {
        assert!(
            query_technique_header(&harness, technique).is_none(),
            "{} is hidden",
            technique.name
        );
    }
    harness.get_by_label(&switch).click();
    harness.run();
    technique_header(&harness, avoided[0]);
}

#[test]
fn a_warning_sign_answer_is_called_out_at_once() {
    let guide = guide();
    let signs = question(&guide, "emergency_signs");
    let mut harness = app();
    open_safety_check(&mut harness);
    answer(&mut harness, signs, "Yes");
    // On the check, the sign shows under its answer (the banner would push the questions
    // away from under the pointer).
    assert!(shows(
        &harness,
        "This is a warning sign. Do not massage; get help as below."
    ));
    assert!(!shows(
        &harness,
        "Warning sign in your safety check: do not massage."
    ));
    // The banner is on every other page until the answer changes...
    harness.get_by_label("Guide").click();
    harness.run();
    assert!(shows(
        &harness,
        "Warning sign in your safety check: do not massage."
    ));
    let names: Vec<_> = signs
        .cautions
        .iter()
        .map(|id| guide.caution(id).unwrap().name.as_str())
        .collect();
    // Whom to call, in the words of the reader's country (none chosen here).
    let localized = guide.localized(None);
    let call = capitalized(&localized.here().phrase(Urgency::Emergency));
    assert!(shows(&harness, &format!("{call}: {}.", names.join("; "))));
    // ...and leads back to the sign in full, scrolled into view.
    harness.get_by_label("What to do").click();
    harness.run();
    harness.run();
    let sign = harness.get_by_label("This is a warning sign. Do not massage; get help as below.");
    let y = sign.rect().min.y;
    assert!(
        (0.0..800.0).contains(&y),
        "the sign is on screen, at y = {y}"
    );

    answer(&mut harness, signs, "No");
    assert!(!shows(
        &harness,
        "This is a warning sign. Do not massage; get help as below."
    ));
    harness.get_by_label("Guide").click();
    harness.run();
    assert!(!shows(
        &harness,
        "Warning sign in your safety check: do not massage."
    ));
}

/// Where the widget named `label` is on screen.
fn rect_of(harness: &Harness<'_, App>, label: &str) -> egui::Rect {
    harness.get_by_label(label).rect()
}

#[test]
fn nothing_moves_under_the_pointer_when_a_warning_comes_or_goes() {
    let guide = guide();
    let (urgent, _) = massage_guide::safety::questions_in_asking_order(&guide);
    let third = urgent[2];
    let yes = format!("Yes: {}", third.ask);
    let no = format!("No: {}", third.ask);
    let mut harness = app();
    open_safety_check(&mut harness);
    harness.get_by_label(&yes).scroll_to_me();
    harness.run();
    let title = "First: is anything urgent right now?";
    let map = "Lumbar, left side";
    let before = [rect_of(&harness, &yes), rect_of(&harness, &no)];
    let (title_before, map_before) = (rect_of(&harness, title), rect_of(&harness, map));

    // Clicked where a person clicks: the warning comes in, and the answers stay put.
    harness.get_by_label(&yes).click();
    harness.run();
    assert_eq!(harness.state().state().answers.get(&third.id), Some(true));
    assert!(shows(
        &harness,
        "This is a warning sign. Do not massage; get help as below."
    ));
    assert_eq!([rect_of(&harness, &yes), rect_of(&harness, &no)], before);
    assert_eq!(rect_of(&harness, title), title_before);
    assert_eq!(rect_of(&harness, map), map_before, "the map stays too");

    // And back: the warning goes, and No is still under the pointer.
    harness.get_by_label(&no).click();
    harness.run();
    assert_eq!(harness.state().state().answers.get(&third.id), Some(false));
    assert_eq!([rect_of(&harness, &yes), rect_of(&harness, &no)], before);
    assert_eq!(rect_of(&harness, map), map_before);
}

#[test]
fn none_of_these_apply_answers_no_to_every_urgent_question() {
    let guide = guide();
    let (urgent, others) = massage_guide::safety::questions_in_asking_order(&guide);
    let mut harness = app();
    open_safety_check(&mut harness);
    // One urgent question already answered yes, by mistake.
    answer(&mut harness, urgent[1], "Yes");
    harness.get_by_label("None of these apply").click();
    harness.run();
    let answers = &harness.state().state().answers;
    for question in &urgent {
        assert_eq!(answers.get(&question.id), Some(false), "{}", question.id);
    }
    for question in &others {
        assert_eq!(
            answers.get(&question.id),
            None,
            "{} is left to answer",
            question.id
        );
    }
    // The radio buttons say so, and the warning is gone.
    for question in &urgent {
        let no = harness
            .get_by_role_and_label(Role::RadioButton, &format!("No: {}", question.ask))
            .accesskit_node()
            .toggled();
        assert_eq!(no, Some(Toggled::True), "{}", question.id);
    }
    assert!(!shows(
        &harness,
        "This is a warning sign. Do not massage; get help as below."
    ));
    assert!(shows(&harness, "You answered No to all of these."));
    assert!(
        harness
            .get_by_label("None of these apply")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn answers_survive_a_restart_and_can_be_cleared() {
    let guide = guide();
    let thinners = question(&guide, "blood_thinners");
    let pregnant = question(&guide, "pregnant");
    let mut harness = app();
    open_safety_check(&mut harness);
    answer(&mut harness, thinners, "Yes");
    answer(&mut harness, pregnant, "No");
    harness.get_by_label("Done").click();
    harness.run();
    let mut harness = restart(&mut harness);
    harness.run();
    let answers = &harness.state().state().answers;
    assert_eq!(answers.get(&thinners.id), Some(true));
    assert_eq!(answers.get(&pregnant.id), Some(false));
    assert!(shows(
        &harness,
        &format!(
            "2 of {} questions answered: 1 caution applies. Areas and techniques are marked to \
             match.",
            guide.questions.len()
        )
    ));

    open_safety_check(&mut harness);
    assert!(!shows(
        &harness,
        "Nothing yet: no answer so far makes a caution apply."
    ));
    harness.get_by_label("Clear all answers").click();
    harness.run();
    assert_eq!(harness.state().state().answers, Answers::default());
    assert!(shows(
        &harness,
        "Nothing yet: no answer so far makes a caution apply."
    ));
}

#[test]
fn the_where_not_to_press_layer_toggles_named_zones_with_tooltips() {
    let guide = guide();
    let zone_names: Vec<String> = guide
        .diagram
        .danger_zones
        .iter()
        .map(|z| {
            let caution = guide.caution(&z.caution).unwrap();
            if z.part.is_empty() {
                format!("Where not to press: {}", caution.name)
            } else {
                format!("Where not to press: {}, {}", caution.name, z.part)
            }
        })
        .collect();
    assert!(zone_names.len() >= 3);
    let zone = |harness: &Harness<'_, App>, name: &str| {
        harness
            .query_all_by_role_and_label(Role::Image, name)
            .next()
            .is_some()
    };
    let mut harness = app();
    harness.run();
    assert!(!zone(&harness, &zone_names[0]), "off by default");

    harness.get_by_label("Where not to press").click();
    harness.run();
    for name in &zone_names {
        assert!(zone(&harness, name), "{name} is drawn and named");
    }
    // Pointing at a zone explains it.
    let kidney = zone_names
        .iter()
        .find(|n| n.contains("Kidney"))
        .expect("the kidney area is drawn");
    harness.get_by_role_and_label(Role::Image, kidney).hover();
    harness.run();
    let guide = guide.localized(None);
    let kidney_caution = guide
        .cautions
        .iter()
        .find(|c| c.id.as_str() == "kidney_area")
        .unwrap();
    assert!(shows(&harness, &kidney_caution.card_text(guide.here())));
    // A zone does not block the region under it.
    region_button(&harness, "Lumbar, left side").click();
    harness.run();
    assert!(shows(&harness, "Lumbar, left side"));

    harness.get_by_label("Where not to press").click();
    harness.run();
    assert!(!zone(&harness, &zone_names[0]), "off again");
}

#[test]
fn every_technique_view_ends_with_its_stop_if_lines() {
    let guide = guide().localized(None);
    let region = &guide.regions[0];
    let technique = guide.techniques_for(&region.id).next().unwrap();
    let lines = massage_guide::safety::stop_lines(&guide, technique);
    assert!(!lines.is_empty());
    let mut harness = app();
    region_button(&harness, &region.display_name()).click();
    harness.run();
    technique_header(&harness, technique).scroll_to_me();
    harness.run();
    technique_header(&harness, technique).click();
    harness.run();
    let take_care_y = harness.get_by_label("Take care:").rect().min.y;
    let heading_y = harness.get_by_label("Stop at once if:").rect().min.y;
    assert!(take_care_y < heading_y, "stop lines come last");
    for (group, lines) in stop_groups(&lines) {
        let title = stop_group_title(guide.here(), group);
        assert!(shows(&harness, &title), "{title}");
        for line in lines {
            let text = format!("•  {}", line.sign.item());
            assert!(shows(&harness, &text), "{text}");
        }
    }
}

#[test]
fn the_safety_check_asks_about_warning_signs_first() {
    use massage_guide::safety::is_warning_sign;
    let guide = guide();
    let urgent = |q: &Question| {
        q.cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .any(is_warning_sign)
    };
    let mut harness = app();
    harness.run();
    open_safety_check(&mut harness);
    // Every question is numbered in the order it is shown: warning signs first, emergencies
    // before same-day signs, then the rest in file order.
    let most_urgent = |q: &Question| {
        q.cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .map(|c| c.action)
            .max()
    };
    let mut first: Vec<&Question> = guide.questions.iter().filter(|q| urgent(q)).collect();
    first.sort_by_key(|q| std::cmp::Reverse(most_urgent(q)));
    assert_eq!(
        most_urgent(first[0]),
        Some(massage_guide::data::CautionAction::Emergency),
        "emergencies are asked first of all"
    );
    let shown: Vec<&Question> = first
        .into_iter()
        .chain(guide.questions.iter().filter(|q| !urgent(q)))
        .collect();
    assert!(urgent(shown[0]) && !urgent(shown[shown.len() - 1]));
    for (n, q) in shown.iter().enumerate() {
        assert!(
            shows(&harness, &format!("{}. {}", n + 1, q.ask)),
            "{}",
            q.id
        );
    }
    let y = |label: &str| harness.get_by_label(label).rect().min.y;
    let first_other = shown.iter().position(|q| !urgent(q)).unwrap();
    assert!(y("First: is anything urgent right now?") < y(&format!("1. {}", shown[0].ask)));
    assert!(
        y(&format!("{first_other}. {}", shown[first_other - 1].ask))
            < y("Then: health matters that change the massage")
    );
    assert!(
        y("Then: health matters that change the massage")
            < y(&format!("{}. {}", first_other + 1, shown[first_other].ask))
    );
}
