//! Browsing, searching, favourites, routines and guided practice, driven through the
//! accessibility tree as a person would: by the names a screen reader reads.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::ui::{app, builder, guide, press, restart, shows_starting, tab_then_enter};
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Vec2, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use massage_guide::data::{CautionId, QuestionId, RoutineId, TechniqueId, Tool};
use massage_guide::practice::Clock;
use massage_guide::safety::{Answers, Profile};
use massage_guide::state::{AppState, Page};
use massage_guide::{App, Startup};

fn open_techniques(harness: &mut Harness<'_, App>) {
    press(harness, "Techniques");
}

/// Whether some text or widget on screen reads exactly `text`.
fn visible(harness: &Harness<'_, App>, text: &str) -> bool {
    harness
        .query_all_by(|node| node.value().or_else(|| node.label()).as_deref() == Some(text))
        .next()
        .is_some()
}

/// Clicks the entry of an open drop-down list that starts with `prefix`.
///
/// The entry is clicked through the accessibility tree, as a screen reader does: kittest's
/// pointer click lands before the list has settled where it opens.
fn choose(harness: &mut Harness<'_, App>, list: &str, prefix: &str) {
    let entry = |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        node.role() == Role::Button && node.label().is_some_and(|l| l.starts_with(prefix))
    };
    if harness.query_by(entry).is_none() {
        press(harness, list);
    }
    harness.get_by(entry).click_accesskit();
    harness.run();
}

fn search(harness: &mut Harness<'_, App>, query: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.event(Event::Text(query.to_owned()));
    harness.run();
}

fn page(harness: &Harness<'_, App>) -> Page {
    harness.state().state().page.clone()
}

#[test]
fn filters_narrow_the_list_and_each_choice_shows_what_it_leaves() {
    let mut harness = app();
    open_techniques(&mut harness);
    assert!(visible(&harness, "22 of 22 techniques"));
    assert!(visible(&harness, "Palm gliding (effleurage)"));

    choose(&mut harness, "Tool: Any tool", "foam roller (1)");
    assert!(visible(&harness, "1 of 22 techniques"));
    assert!(visible(&harness, "Foam roller for the buttocks"));
    assert!(!visible(&harness, "Palm gliding (effleurage)"));
    // The other filters count within the tool's one: no partner uses a roller.
    assert!(visible(&harness, "partner (0)"));
    assert!(visible(&harness, "self (1)"));

    press(&mut harness, "partner (0)");
    assert!(visible(&harness, "0 of 22 techniques"));
    assert!(shows_starting(
        &harness,
        "No technique matches all of these filters"
    ));

    press(&mut harness, "Clear filters");
    assert!(visible(&harness, "22 of 22 techniques"));

    choose(&mut harness, "Firmest pressure: to deep", "to light");
    let guide = common::ui::guide();
    let state = harness.state().state();
    let shown = state.filters.apply(&guide, &state.favourites).len();
    assert!(shown < 22);
    assert!(visible(&harness, &format!("{shown} of 22 techniques")));
    assert!(!visible(&harness, "Deep tissue strokes"));
}

#[test]
fn a_technique_opens_in_full_and_back_returns() {
    let mut harness = app();
    open_techniques(&mut harness);
    press(
        &mut harness,
        "Two balls in a sock for the upper back (self-massage)",
    );
    assert_eq!(
        page(&harness),
        Page::Technique(TechniqueId("peanut_balls_upper_back".into()))
    );
    press(
        &mut harness,
        "Practise Two balls in a sock for the upper back (self-massage) with a timer",
    );
    assert_eq!(page(&harness), Page::Practice);
    press(&mut harness, "Stop");
    // Stopping returns to where the session began.
    assert!(matches!(page(&harness), Page::Technique(_)));
    press(&mut harness, "Back");
    assert_eq!(page(&harness), Page::Techniques);
}

#[test]
fn searches_land_on_the_right_things() {
    let guide = guide();
    let mut harness = app();
    search(&mut harness, "sciatica");
    assert!(visible(&harness, "Sciatica: get it checked first"));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        page(&harness),
        Page::Caution(CautionId("sciatica_assess_first".into()))
    );
    assert!(visible(&harness, "Where it applies"));

    // "/" focuses the search too, and is not typed into it.
    harness.event(Event::Text("/".into()));
    harness.run();
    harness.event(Event::Text("foam roller".into()));
    harness.run();
    assert!(visible(&harness, "Search: foam roller"));
    harness.key_press(Key::Enter);
    harness.run();
    let filters = &harness.state().state().filters;
    let opened_roller = filters.tool == Some(Tool::FoamRoller)
        || matches!(page(&harness), Page::Technique(ref id) if id.as_str().starts_with("foam_roller"));
    assert!(opened_roller, "{:?} {filters:?}", page(&harness));

    search(&mut harness, "rhomboid");
    assert!(visible(&harness, "Muscles (1)"));
    // Enter opens the first hit: the muscle's own page, which the map shows.
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        page(&harness),
        Page::Muscle(massage_guide::data::MuscleId("rhomboids".into()))
    );
    let rhomboids = guide
        .muscle(&massage_guide::data::MuscleId("rhomboids".into()))
        .unwrap();
    assert!(visible(
        &harness,
        &format!("Where it lies ({})", rhomboids.regions.len())
    ));

    // Esc closes the search without going anywhere.
    search(&mut harness, "neck");
    assert!(visible(&harness, "Search: neck"));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!visible(&harness, "Search: neck"));
    assert_eq!(
        page(&harness),
        Page::Muscle(massage_guide::data::MuscleId("rhomboids".into()))
    );
}

#[test]
fn favourites_have_their_own_list_and_survive_a_restart() {
    let mut harness = app();
    open_techniques(&mut harness);
    press(&mut harness, "Add Tapping (tapotement) to favourites");
    press(&mut harness, "Favourites (1)");
    assert!(visible(&harness, "1 of 22 techniques"));
    assert!(visible(&harness, "Tapping (tapotement)"));

    let mut restarted = restart(&mut harness);
    restarted.run();
    assert!(visible(&restarted, "1 of 22 techniques"));
    press(
        &mut restarted,
        "Remove Tapping (tapotement) from favourites",
    );
    assert!(visible(&restarted, "Favourites (0)"));
    assert!(shows_starting(&restarted, "You have no favourites yet"));
}

#[test]
fn own_routines_are_built_reordered_and_kept_after_a_restart() {
    let mut harness = app();
    tab_then_enter(&mut harness, 3);
    assert_eq!(page(&harness), Page::Routines);
    press(&mut harness, "+ New routine");
    let name = harness.get_by_label("Routine name");
    name.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(Event::Text("Evening back".into()));
    harness.run();
    choose(&mut harness, "Add a technique", "Palm gliding (effleurage)");
    choose(&mut harness, "Add a technique", "Kneading (petrissage)");
    press(&mut harness, "Move Kneading (petrissage) up");
    press(&mut harness, "Done");
    assert!(visible(&harness, "Evening back"));

    let mut restarted = restart(&mut harness);
    restarted.run();
    let mine = restarted.state().state().my_routines.all().to_vec();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].name, "Evening back");
    let order: Vec<_> = mine[0].items.iter().map(|i| i.technique.as_str()).collect();
    assert_eq!(order, ["petrissage_kneading", "palm_effleurage"]);
    assert!(shows_starting(&restarted, "1. Kneading (petrissage)"));

    press(&mut restarted, "Delete Evening back");
    press(&mut restarted, "Yes, delete");
    assert!(restarted.state().state().my_routines.all().is_empty());
}

/// The app with each frame half a second apart, so a test can run minutes of practice quickly.
/// (A second apart, a click's press and release would be too far apart to count as a click.)
fn app_by_the_second() -> Harness<'static, App> {
    let state = AppState {
        safety_check_offered: true,
        ..AppState::default()
    };
    builder(Vec2::new(1280.0, 800.0))
        .with_step_dt(0.5)
        .build_eframe(|cc| App::new(cc, Startup::in_memory(state)))
}

fn repaint_delay(harness: &Harness<'_, App>) -> Duration {
    harness.output().viewport_output[&ViewportId::ROOT].repaint_delay
}

#[test]
fn a_guided_session_counts_down_moves_on_and_pauses() {
    let mut harness = app_by_the_second();
    harness.run();
    press(&mut harness, "Routines");
    press(&mut harness, "Start Five-minute shoulder and neck break");
    let session = harness.state().session().unwrap();
    let first = session.current().unwrap().clone();
    assert!(visible(&harness, &first.text));
    assert!(shows_starting(&harness, "Step 1 of"));
    // While it runs, it asks for a frame at most a quarter of a second ahead, not at once.
    let delay = repaint_delay(&harness);
    assert!(delay > Duration::ZERO && delay <= Duration::from_millis(250));

    harness.run_steps(2 * first.seconds as usize + 2);
    let session = harness.state().session().unwrap();
    assert_eq!(session.current_index(), 1);
    let second = session.current().unwrap().clone();
    assert!(visible(&harness, &second.text));
    // The gentle cue: the new step says it is new, for a moment.
    assert!(visible(&harness, "Next step"));
    harness.run_steps(8);
    assert!(!visible(&harness, "Next step"));

    press(&mut harness, "Pause (Space)");
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Paused);
    let left = harness.state().session().unwrap().seconds_left();
    harness.run_steps(60);
    assert_eq!(harness.state().session().unwrap().seconds_left(), left);
    assert!(visible(&harness, "Paused"));
    // Paused, the app asks for no frames at all.
    assert_eq!(repaint_delay(&harness), Duration::MAX);

    // Next and Previous work while paused too, and the session stays paused.
    let at = harness.state().session().unwrap().current_index();
    press(&mut harness, "Next (N)");
    assert_eq!(harness.state().session().unwrap().current_index(), at + 1);
    press(&mut harness, "Previous (P)");
    assert_eq!(harness.state().session().unwrap().current_index(), at);
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Paused);
    press(&mut harness, "Resume (Space)");
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Running);

    // Leaving the page pauses the session; the routines page offers to go back to it.
    press(&mut harness, "Guide");
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Paused);
    press(&mut harness, "Routines");
    press(&mut harness, "Back to the session");
    assert_eq!(page(&harness), Page::Practice);
}

#[test]
fn a_whole_routine_can_be_followed_with_the_keyboard_alone() {
    let mut harness = app_by_the_second();
    // Tab to "Routines" in the toolbar and open it: the first routine's Start gets the focus.
    tab_then_enter(&mut harness, 3);
    assert_eq!(page(&harness), Page::Routines);
    let start = harness.get_by_label("Start Desk worker's upper back");
    assert!(start.is_focused());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(page(&harness), Page::Practice);
    let pause = harness.get_by_role_and_label(Role::Button, "Pause (Space)");
    assert!(pause.is_focused());

    // Space on the focused Pause button pauses, again resumes; N skips, P goes back.
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Paused);
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Running);
    harness.key_press(Key::N);
    harness.run();
    assert_eq!(harness.state().session().unwrap().current_index(), 1);
    harness.key_press(Key::P);
    harness.run();
    assert_eq!(harness.state().session().unwrap().current_index(), 0);

    // Then the clock runs the whole ten minutes, step after step, to the end.
    let steps = harness.state().session().unwrap().plan.steps.len();
    let mut seen = vec![false; steps];
    for _ in 0..1400 {
        let session = harness.state().session().unwrap();
        if session.clock() == Clock::Finished {
            break;
        }
        seen[session.current_index()] = true;
        harness.step();
    }
    harness.run();
    assert!(seen.iter().all(|s| *s), "every step was shown: {seen:?}");
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Finished);
    assert!(visible(
        &harness,
        "Well done: you finished Desk worker's upper back (10 min)."
    ));
    // Finished, nothing moves and nothing is drawn.
    assert_eq!(repaint_delay(&harness), Duration::MAX);
    // The keyboard lands on "Start again".
    assert!(harness.get_by_label("Start again").is_focused());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Running);
}

#[test]
fn a_session_started_low_on_the_routines_page_opens_at_its_top() {
    let guide = common::ui::guide();
    let routine = guide.routines.last().unwrap();
    let mut harness = builder(Vec2::new(800.0, 600.0)).build_eframe(|cc| {
        App::new(
            cc,
            Startup::in_memory(AppState {
                safety_check_offered: true,
                page: Page::Routines,
                ..AppState::default()
            }),
        )
    });
    harness.run();
    // The last routine's Start button is below the fold: the page scrolls down to it.
    press(&mut harness, &format!("Start {}", routine.name));
    assert_eq!(page(&harness), Page::Practice);
    // The session's heading and Pause button are in view, not wherever the routines page was.
    let panel_top = harness
        .get_by_label(&format!("Guided practice: {}", routine.name))
        .rect()
        .min
        .y;
    assert!(
        (0.0..200.0).contains(&panel_top),
        "the heading is at y {panel_top}"
    );
    let pause = harness.get_by_label("Pause (Space)").rect();
    assert!(
        pause.min.y > 0.0 && pause.max.y < 600.0,
        "Pause is on screen: {pause:?}"
    );
}

/// The app by the half second, as a returning user who answered yes to `yes`, on `page`.
fn app_answering(yes: &[&str], page: Page) -> Harness<'static, App> {
    let mut answers = Answers::default();
    for id in yes {
        answers.set(QuestionId((*id).to_owned()), Some(true));
    }
    let state = AppState {
        safety_check_offered: true,
        answers,
        page,
        ..AppState::default()
    };
    builder(Vec2::new(1280.0, 800.0))
        .with_step_dt(0.5)
        .build_eframe(|cc| App::new(cc, Startup::in_memory(state)))
}

/// What the safety check changes in a routine, as its card says it.
fn routine_mark(guide: &massage_guide::data::Guide, profile: &Profile<'_>, id: &str) -> String {
    let routine = guide.routine(&RoutineId(id.into())).unwrap();
    let advice: Vec<_> = routine
        .items
        .iter()
        .map(|i| profile.advice(guide.technique(&i.technique).unwrap()))
        .collect();
    let avoid = advice.iter().filter(|a| a.avoid()).count();
    let changed = advice
        .iter()
        .filter(|a| !a.avoid() && !a.is_empty())
        .count();
    let mut parts = Vec::new();
    match avoid {
        0 => {}
        1 => parts.push("1 technique to avoid for you".to_owned()),
        n => parts.push(format!("{n} techniques to avoid for you")),
    }
    if changed > 0 {
        parts.push(format!("{changed} changed for you"));
    }
    parts.join(" · ")
}

#[test]
fn routine_cards_say_what_the_safety_check_changes_and_why() {
    let guide = guide();
    let mut answers = Answers::default();
    answers.set(QuestionId("blood_thinners".into()), Some(true));
    let profile = Profile::new(&guide, &answers);
    let caution = guide
        .caution(&CautionId("bleeding_or_blood_thinners".into()))
        .unwrap();

    // No answers, no marks.
    let mut harness = app_answering(&[], Page::Routines);
    harness.run();
    assert!(!shows_starting(&harness, "1 technique to avoid for you"));

    let mut harness = app_answering(&["blood_thinners"], Page::Routines);
    harness.run();
    let desk = routine_mark(&guide, &profile, "desk_worker_upper_back");
    assert_eq!(desk, "1 technique to avoid for you · 4 changed for you");
    assert!(visible(&harness, &desk));
    assert!(shows_starting(
        &harness,
        "4. Held pressure on a tender spot · 2 min · left out for you"
    ));
    // The reasons are one click away, each with its caution.
    assert!(!visible(
        &harness,
        &format!("Avoid for you: {}", caution.for_you.because)
    ));
    press(&mut harness, &desk);
    assert!(visible(
        &harness,
        "•  Held pressure on a tender spot: left out of the session"
    ));
    assert!(visible(
        &harness,
        &format!("Avoid for you: {}", caution.for_you.because)
    ));
    assert!(visible(
        &harness,
        &format!("For you: {}", caution.for_you.otherwise)
    ));

    // Every technique of the self-massage routine is one to avoid: Start says why and does
    // nothing.
    let balls = routine_mark(&guide, &profile, "self_ball_and_roller");
    assert_eq!(balls, "3 techniques to avoid for you");
    assert!(visible(&harness, &balls));
    let start = "Start Self-massage with a ball and a roller";
    harness.get_by_label(start).scroll_to_me();
    harness.run();
    assert!(harness.get_by_label(start).accesskit_node().is_disabled());
    assert!(shows_starting(
        &harness,
        "Not for you now: your safety check says to avoid every technique in it"
    ));
    harness.get_by_label(start).click();
    harness.run();
    assert_eq!(page(&harness), Page::Routines);
    assert!(harness.state().session().is_none());

    // The reader's own copy is marked the same way.
    // The desk worker's routine comes first.
    let copy = "Copy to my routines";
    harness
        .query_all_by_label(copy)
        .next()
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness.query_all_by_label(copy).next().unwrap().click();
    harness.run();
    press(&mut harness, "Done");
    let marks = harness
        .query_all_by(|node| node.value().or_else(|| node.label()).as_deref() == Some(&desk))
        .count();
    assert_eq!(marks, 2, "on the guide's routine and on the copy");

    // A caution is a click away.
    let link = format!("Read the caution: {}", caution.name);
    press(&mut harness, &link);
    assert_eq!(page(&harness), Page::Caution(caution.id.clone()));
}

#[test]
fn a_session_never_plays_a_technique_to_avoid_and_says_why() {
    let guide = guide();
    let caution = guide
        .caution(&CautionId("bleeding_or_blood_thinners".into()))
        .unwrap();
    let mut harness = app_answering(&["blood_thinners"], Page::Routines);
    harness.run();
    press(&mut harness, "Start Desk worker's upper back");
    assert_eq!(page(&harness), Page::Practice);
    assert!(visible(
        &harness,
        "Left out for your safety: Held pressure on a tender spot."
    ));
    assert!(visible(
        &harness,
        &format!("Why: {}", caution.for_you.because)
    ));
    assert!(visible(
        &harness,
        &format!("Read the caution: {}", caution.name)
    ));
    let plan = harness.state().session().unwrap().plan.clone();
    assert!(
        plan.steps
            .iter()
            .all(|s| s.technique.as_str() != "held_pressure_tender_spot")
    );

    // Every step of a changed technique says how to change it, and where to work in this
    // routine.
    press(&mut harness, "Pause (Space)");
    let for_you = format!("For you: {}", caution.for_you.otherwise);
    let mut kneading_steps = 0;
    loop {
        let session = harness.state().session().unwrap();
        if session.clock() == Clock::Finished {
            break;
        }
        let step = session.current().unwrap().clone();
        assert!(visible(&harness, &for_you), "step {}", step.text);
        if step.technique.as_str() == "petrissage_kneading" {
            kneading_steps += 1;
            assert!(visible(
                &harness,
                "In this routine, work only here: Shoulder, both sides; Mid back, both sides."
            ));
        }
        press(&mut harness, "Next (N)");
    }
    assert_eq!(
        kneading_steps, 4,
        "kneading without its warm-up and buttock steps"
    );
}

#[test]
fn answering_yes_during_a_session_takes_the_technique_out_of_it() {
    let mut harness = app_answering(&[], Page::Routines);
    harness.run();
    press(&mut harness, "Start Desk worker's upper back");
    let held = |harness: &Harness<'_, App>| {
        harness
            .state()
            .session()
            .unwrap()
            .plan
            .steps
            .iter()
            .any(|s| s.technique.as_str() == "held_pressure_tender_spot")
    };
    assert!(held(&harness));
    press(&mut harness, "Safety check");
    let guide = guide();
    let thinners = guide
        .questions
        .iter()
        .find(|q| q.id.as_str() == "blood_thinners")
        .unwrap();
    press(&mut harness, &format!("Yes: {}", thinners.ask));
    assert!(!held(&harness));
    press(&mut harness, "Routines");
    press(&mut harness, "Back to the session");
    assert!(visible(
        &harness,
        "Left out for your safety: Held pressure on a tender spot."
    ));
}

#[test]
fn a_technique_can_be_skipped_by_click_and_by_key() {
    let mut harness = app_answering(&[], Page::Routines);
    harness.run();
    let technique = |harness: &Harness<'_, App>| {
        let session = harness.state().session().unwrap();
        session.current().unwrap().technique.as_str().to_owned()
    };
    press(&mut harness, "Start Five-minute shoulder and neck break");
    assert_eq!(technique(&harness), "petrissage_kneading");
    press(&mut harness, "Skip this technique (S)");
    assert_eq!(technique(&harness), "neck_squeeze");
    let session = harness.state().session().unwrap();
    assert_eq!(session.current().unwrap().step_of_technique.0, 0);
    assert_eq!(session.clock(), Clock::Running);

    press(&mut harness, "Stop");
    press(&mut harness, "Start Five-minute shoulder and neck break");
    assert_eq!(technique(&harness), "petrissage_kneading");
    harness.key_press(Key::S);
    harness.run();
    assert_eq!(technique(&harness), "neck_squeeze");
    // Skipping the last technique ends the session, which says what was skipped.
    harness.key_press(Key::S);
    harness.run();
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Finished);
    assert!(visible(
        &harness,
        "You skipped: Kneading (petrissage); Back-of-neck squeeze."
    ));

    // A single technique has Stop instead, and S does nothing there.
    press(&mut harness, "Close");
    press(&mut harness, "Techniques");
    press(&mut harness, "Palm gliding (effleurage)");
    press(
        &mut harness,
        "Practise Palm gliding (effleurage) with a timer",
    );
    assert!(!shows_starting(&harness, "Skip this technique"));
    harness.key_press(Key::S);
    harness.run();
    assert_eq!(harness.state().session().unwrap().current_index(), 0);
    assert_eq!(harness.state().session().unwrap().clock(), Clock::Running);
}

#[test]
fn a_technique_to_avoid_cannot_be_practised() {
    let mut harness = app_answering(&["blood_thinners"], Page::Techniques);
    harness.run();
    press(&mut harness, "Held pressure on a tender spot");
    let button = "Practise Held pressure on a tender spot with a timer";
    assert!(harness.get_by_label(button).accesskit_node().is_disabled());
    harness.get_by_label(button).click();
    harness.run();
    assert!(harness.state().session().is_none());
}

#[test]
fn over_the_map_during_practice_shift_right_pans_and_right_alone_steps() {
    let mut harness = app_by_the_second();
    harness.run();
    press(&mut harness, "Routines");
    press(&mut harness, "Start Five-minute shoulder and neck break");
    // Paused, so only keys move the session on.
    press(&mut harness, "Pause (Space)");
    harness.get_by_label("Zoom the map in").click();
    harness.run();
    // Nothing has the keyboard, and the pointer is over the map.
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_label("Map of the back, seen from behind")
        .hover();
    harness.run();
    let index = |h: &Harness<'_, App>| h.state().session().unwrap().current_index();
    let neck = |h: &Harness<'_, App>| {
        h.get_by_role_and_label(Role::Button, "Neck")
            .rect()
            .center()
    };
    let at = index(&harness);
    let before = neck(&harness);

    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    assert_eq!(index(&harness), at, "Shift+Right skipped a step");
    let moved = neck(&harness) - before;
    assert!(moved.x < -10.0, "Shift+Right pans the map: {moved:?}");

    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(index(&harness), at + 1, "Right alone goes to the next step");
}
