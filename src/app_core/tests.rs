//! The core without a window or a UI harness: commands in, state and effects out.

use super::*;
use crate::command::{Command, PlanSource, PracticeCommand, Steer};
use crate::data::Origin;
use crate::data::RegionId;
use crate::platform::StateStore;
use crate::search::Target;
use crate::state::AppState;

fn app() -> Core {
    core_from(AppState {
        safety_check_offered: true,
        ..AppState::default()
    })
}

fn core_from(state: AppState) -> Core {
    Core::new(CoreInputs::in_memory(state))
}

const MOUSE: Input = Input {
    now: 10.0,
    by_keyboard: false,
};

/// A command by mouse where the test checks the state it leaves, not the effects it returns.
fn click(app: &mut Core, command: Command) {
    let _effects = app.apply(command, MOUSE);
}

#[test]
fn theme_and_zoom_come_back_as_effects_and_are_kept() {
    let mut app = app();
    let effects = app.apply(Command::SetTheme(egui::ThemePreference::Dark), MOUSE);
    assert_eq!(effects.theme, Some(egui::ThemePreference::Dark));
    assert_eq!(app.state().theme, egui::ThemePreference::Dark);
    let larger = app.state().zoom.larger();
    let effects = app.apply(Command::SetZoom(larger), MOUSE);
    assert_eq!(effects.zoom, Some(larger));
    assert_eq!(
        app.apply(Command::ClearSelection, MOUSE),
        Effects::default()
    );
}

#[test]
fn a_region_opens_its_page_and_back_returns() {
    let mut app = app();
    let neck = RegionId("neck".to_owned());
    click(&mut app, Command::ShowPage(Page::Routines));
    click(&mut app, Command::SelectRegion(neck.clone()));
    assert_eq!(app.state().selected, Some(neck));
    assert_eq!(app.state().page, Page::Guide);
    assert!(
        !app.apply(Command::ShowPage(Page::Sources), MOUSE)
            .focus_page,
        "a click puts no focus ring anywhere"
    );
    click(&mut app, Command::Back);
    click(&mut app, Command::Back);
    assert_eq!(app.state().page, Page::Routines);
}

#[test]
fn the_clock_asks_for_frames_while_a_session_runs_and_calls_when_a_step_ends() {
    let mut app = app();
    assert_eq!(
        app.tick(Now::default()),
        Effects::default(),
        "idle: no frames"
    );
    let technique = app.guide.techniques[0].id.clone();
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Technique(technique))),
    );
    let away = |now| Now {
        now,
        window_focused: false,
        keyboard_in_use: false,
        window: None,
    };
    let first = app.tick(away(10.0));
    assert!(first.repaint_after.is_some_and(|s| s > 0.0 && s <= 1.0));
    assert!(!first.attention);
    // Ticks a second apart (the clock moves at most a second a frame) until a step ends.
    let mut now = 10.0;
    let called = (0..600).any(|_| {
        now += 1.0;
        app.tick(away(now)).attention
    });
    assert!(
        called,
        "a step ended while the window was in the background"
    );
    click(
        &mut app,
        Command::Practice(PracticeCommand::Steer(Steer::Pause)),
    );
    assert_eq!(
        app.tick(away(now + 1.0)),
        Effects::default(),
        "paused: no frames"
    );
}

#[test]
fn spoken_focus_is_turned_on_only_where_the_app_speaks() {
    let mut desktop = app();
    let effects = desktop.apply(Command::ReadFocusAloud(true), MOUSE);
    assert_eq!(
        effects.read_focus_aloud,
        Some(false),
        "AccessKit serves screen readers there"
    );
    let mut browser = app();
    browser.can_read_focus_aloud = true;
    let effects = browser.apply(Command::ReadFocusAloud(true), MOUSE);
    assert_eq!(effects.read_focus_aloud, Some(true));
    assert!(
        browser.state().read_focus_aloud,
        "kept with the rest of the settings"
    );
}

#[test]
fn a_page_opened_by_keyboard_asks_for_focus() {
    let mut app = app();
    let keyboard = Input {
        by_keyboard: true,
        ..MOUSE
    };
    assert!(
        app.apply(Command::ShowPage(Page::Techniques), keyboard)
            .focus_page
    );
    assert!(
        !app.apply(Command::ShowPage(Page::Techniques), keyboard)
            .focus_page,
        "the page did not change"
    );
}

#[test]
fn a_session_stops_where_it_began_and_pauses_when_left() {
    let mut app = app();
    click(&mut app, Command::ShowPage(Page::Techniques));
    let technique = app.guide.techniques[0].id.clone();
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Technique(technique))),
    );
    assert_eq!(app.state().page, Page::Practice);
    assert_eq!(
        app.session().unwrap().clock(),
        crate::practice::Clock::Running
    );
    click(&mut app, Command::ShowPage(Page::Sources));
    assert_eq!(
        app.session().unwrap().clock(),
        crate::practice::Clock::Paused
    );
    click(&mut app, Command::Back);
    click(
        &mut app,
        Command::Practice(PracticeCommand::Steer(Steer::Stop)),
    );
    assert_eq!(app.state().page, Page::Techniques);
    assert!(app.session().is_none());
}

#[test]
fn the_warning_signs_open_the_check_scrolled_to_the_first() {
    let mut app = app();
    let effects = app.apply(Command::ShowWarningSigns, MOUSE);
    assert_eq!(app.state().page, Page::SafetyCheck);
    assert_eq!(effects.reveal, Some(Reveal::WarningSign));
}

#[test]
fn search_is_changed_by_commands_and_opening_a_hit_closes_it() {
    let mut app = app();
    assert!(app.apply(Command::FocusSearch, MOUSE).focus_search);
    click(&mut app, Command::Search("shoulder".to_owned()));
    assert!(app.search().is_open());
    let listed = app.search().listed().count();
    assert!(listed >= 2, "areas, techniques and muscles");
    let moved = app.apply(Command::MoveSearchHighlight(-1), MOUSE);
    assert_eq!(moved.reveal, Some(Reveal::SearchHighlight));
    assert_eq!(app.search().highlight(), listed - 1, "round from the first");
    click(&mut app, Command::MoveSearchHighlight(1));
    assert_eq!(app.search().highlight(), 0, "and back round to the first");
    let target = app.search().highlighted().unwrap().target.clone();
    click(&mut app, Command::Open(target));
    assert!(!app.search().is_open());
    assert_eq!(app.search().query(), "");
}

#[test]
fn a_routine_found_by_search_is_revealed_on_its_page() {
    let mut app = app();
    let routine = app.guide().routines[0].id.clone();
    let effects = app.apply(Command::Open(Target::Routine(routine.clone())), MOUSE);
    assert_eq!(app.state().page, Page::Routines);
    assert_eq!(
        effects.reveal,
        Some(Reveal::Routine(crate::reader_data::RoutineRef::Guide(
            routine
        )))
    );
}

/// A store that keeps what is saved in memory, to see when the core asks for a save.
struct Memory(std::rc::Rc<std::cell::RefCell<Vec<AppState>>>);

impl StateStore for Memory {
    fn read(&self) -> Result<Option<String>, crate::platform::ReadError> {
        let state = AppState {
            safety_check_offered: true,
            ..AppState::default()
        };
        Ok(crate::state_format::to_text(&state, None).ok())
    }

    fn write(&self, text: &str) -> Result<(), crate::platform::SaveError> {
        let (state, _window) = crate::state_format::parse_saved(text)
            .map_err(|err| crate::platform::SaveError::Format(err.to_string()))?;
        self.0.borrow_mut().push(state);
        Ok(())
    }

    fn keep_aside(&self) -> Option<String> {
        None
    }

    fn location(&self) -> crate::platform::StateLocation {
        crate::platform::StateLocation::Browser
    }
}

#[test]
fn a_change_is_saved_once_it_has_rested_half_a_second() {
    let saved = std::rc::Rc::default();
    let store = Memory(std::rc::Rc::clone(&saved));
    let mut app = Core::new(CoreInputs {
        restored: crate::state_format::restore(&store),
        can_read_focus_aloud: false,
        saves: true,
    });
    let at = |now| Now {
        now,
        ..Now::default()
    };
    assert!(app.tick(at(1.0)).save.is_none(), "nothing changed");
    click(&mut app, Command::HideAvoided(true));
    let first = app.tick(at(10.0));
    assert!(first.save.is_none());
    assert!(first.repaint_after.is_some_and(|s| s > 0.0 && s <= 0.5));
    assert!(app.tick(at(10.3)).save.is_none(), "still changing, perhaps");
    let due = app.tick(at(10.6));
    assert!(due.save.is_some(), "rested");
    assert!(saved.borrow().is_empty(), "the shell saves, not the tick");
    // The shell writes what the tick handed it, and answers how it went.
    let to_save = due.save.unwrap();
    crate::state_format::save(&store, &to_save.state, to_save.window).unwrap();
    click(&mut app, Command::StateSaved(Ok(())));
    assert!(saved.borrow()[0].hide_avoided);
    assert!(
        app.tick(at(11.0)).save.is_none(),
        "saved: nothing more to do"
    );
    assert_eq!(app.save_now(), None, "nothing changed since");
}

#[test]
fn a_failed_save_is_told_once_and_the_state_kept() {
    let mut app = app();
    let failed = crate::platform::SaveFailure {
        to: crate::platform::StateLocation::Browser,
        why: crate::platform::SaveError::StorageRefused,
    };
    click(&mut app, Command::StateSaved(Err(failed.clone())));
    assert_eq!(
        app.notice(),
        Some(&Notice::StateNotSaved {
            to: failed.to,
            why: failed.why
        })
    );
}

/// A guide as the shell reads it from a folder.
fn read(files: Result<GuideFiles, Vec<crate::data::Diagnostic>>, why: ReadWhy) -> Box<GuideRead> {
    Box::new(GuideRead {
        name: "my-guide".to_owned(),
        location: Some("/home/sam/my-guide".to_owned()),
        why,
        files,
    })
}

#[test]
fn a_guide_the_shell_read_is_shown_and_a_broken_change_keeps_it() {
    let mut app = app();
    let broken = || {
        Err(vec![crate::data::Diagnostic::new(
            "regions.ron",
            None,
            "bad",
        )])
    };
    click(
        &mut app,
        Command::GuideRead(read(broken(), ReadWhy::Opened)),
    );
    assert_eq!(
        app.origin(),
        &Origin::BuiltIn,
        "a broken folder leaves the built-in guide"
    );
    assert_eq!(app.problems().map(|p| &p.showing), Some(&Showing::BuiltIn));

    let files = Ok(GuideFiles::embedded());
    click(&mut app, Command::GuideRead(read(files, ReadWhy::Changed)));
    assert_eq!(app.origin(), &Origin::Folder("my-guide".to_owned()));
    assert!(app.problems().is_none());
    assert_eq!(app.state().recent_guides, ["/home/sam/my-guide"]);

    click(
        &mut app,
        Command::GuideRead(read(broken(), ReadWhy::Changed)),
    );
    assert_eq!(app.origin(), &Origin::Folder("my-guide".to_owned()));
    assert_eq!(app.problems().map(|p| &p.showing), Some(&Showing::LastGood));

    let effects = app.apply(Command::BackToBuiltInGuide, MOUSE);
    assert!(effects.close_guide, "the shell stops watching the folder");
    assert_eq!(app.origin(), &Origin::BuiltIn);
    click(
        &mut app,
        Command::GuideRead(read(broken(), ReadWhy::Changed)),
    );
    assert!(
        app.problems().is_none(),
        "a change read too late is old news"
    );
}

#[test]
fn a_finished_session_puts_a_keyboard_user_on_its_buttons() {
    let mut app = app();
    let technique = app.guide().techniques[0].id.clone();
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Technique(technique))),
    );
    let keyboard = |now| Now {
        now,
        window_focused: true,
        keyboard_in_use: true,
        window: None,
    };
    let mut now = 10.0;
    // The first tick starts the clock; the test looks at the ticks that end the session.
    let _started = app.tick(keyboard(now));
    let focused = (0..2000).any(|_| {
        now += 1.0;
        let effects = app.tick(keyboard(now));
        app.session().unwrap().clock() == crate::practice::Clock::Finished && effects.focus_page
    });
    assert!(focused);
}

#[test]
fn none_of_these_apply_answers_no_to_the_urgent_questions_only() {
    let mut app = app();
    let (urgent, others) = crate::safety::questions_in_asking_order(app.guide());
    let (urgent, others): (Vec<_>, Vec<_>) = (
        urgent.iter().map(|q| q.id.clone()).collect(),
        others.iter().map(|q| q.id.clone()).collect(),
    );
    click(&mut app, Command::Answer(urgent[0].clone(), Some(true)));
    click(&mut app, Command::NoUrgentSigns);
    for id in &urgent {
        assert_eq!(app.state().answers.get(id), Some(false), "{id}");
    }
    for id in &others {
        assert_eq!(app.state().answers.get(id), None, "{id}");
    }
}

#[test]
fn a_routine_with_nothing_left_to_play_does_not_start() {
    use crate::data::{QuestionId, RoutineId};
    use crate::reader_data::RoutineRef;
    let mut app = app();
    click(
        &mut app,
        Command::Answer(QuestionId("blood_thinners".into()), Some(true)),
    );
    let balls = RoutineRef::Guide(RoutineId("self_ball_and_roller".into()));
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Routine(balls))),
    );
    assert!(app.session().is_none());
    assert_eq!(app.state().page, Page::Guide);

    // A session under way ends if a new answer leaves it nothing to play.
    let mut app = self::app();
    let balls = RoutineRef::Guide(RoutineId("self_ball_and_roller".into()));
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Routine(balls))),
    );
    assert_eq!(app.state().page, Page::Practice);
    click(
        &mut app,
        Command::Answer(QuestionId("blood_thinners".into()), Some(true)),
    );
    assert!(app.session().is_none());
}

#[test]
fn skipping_a_technique_is_for_routines() {
    use crate::data::RoutineId;
    use crate::reader_data::RoutineRef;
    let mut app = app();
    let technique = app.guide().techniques[0].id.clone();
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Technique(technique))),
    );
    click(
        &mut app,
        Command::Practice(PracticeCommand::Steer(Steer::SkipTechnique)),
    );
    let session = app.session().expect("a session");
    assert_eq!(session.current_index(), 0, "a single technique has Stop");
    assert_eq!(session.clock(), crate::practice::Clock::Running);

    let quick = RoutineRef::Guide(RoutineId("quick_shoulder_and_neck".into()));
    click(
        &mut app,
        Command::Practice(PracticeCommand::Start(PlanSource::Routine(quick))),
    );
    click(
        &mut app,
        Command::Practice(PracticeCommand::Steer(Steer::SkipTechnique)),
    );
    let step = app.session().and_then(|s| s.current()).expect("a step");
    assert_eq!((step.item, step.step_of_technique.0), (1, 0));
}
