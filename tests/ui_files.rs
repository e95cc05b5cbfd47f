//! Files from the app: the Guide menu (opening a guide folder, folders opened before, going
//! back to the built-in guide, saving a copy of the built-in guide; live reload and the problem
//! banner then work as with `--data`) and saving handouts. The system's dialogs stand in for
//! fakes that answer at once.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{builder, guide_menu, origin_is, shows};
use common::{Scratch, scratch_copy};
use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use massage_guide::data::GuideFile;
use massage_guide::native::background::Worker;
use massage_guide::native::dialogs::NativeFolders;
use massage_guide::platform::{
    Chosen, CopyError, DialogError, DialogKind, FileSaveError, FileSaver, FolderPurpose, Folders,
    GuideSource, Saved,
};
use massage_guide::state::{AppState, Page};
use massage_guide::{App, Startup};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The desktop's folders, but a dialog that at once answers `answer` (Err: no dialog could be
/// shown).
struct Answering {
    answer: Result<Chosen, DialogError>,
}

impl Folders for Answering {
    fn choose(
        &self,
        _purpose: FolderPurpose,
        answer: Box<dyn FnOnce(Result<Chosen, DialogError>) + Send>,
    ) -> Result<(), DialogError> {
        answer(self.answer.clone());
        Ok(())
    }

    fn guide_at(&self, path: &str) -> Box<dyn GuideSource> {
        NativeFolders::default().guide_at(path)
    }

    fn save_built_in(&self, path: &str) -> Result<(), CopyError> {
        NativeFolders::default().save_built_in(path)
    }
}

/// The app on the built-in guide as `startup` says, in a 1280×800 window, for a returning
/// reader (the safety check offered) with `state` otherwise; one frame run.
fn started(mut startup: Startup) -> Harness<'static, App> {
    startup.restored.state.safety_check_offered = true;
    let mut harness =
        builder(Vec2::new(1280.0, 800.0)).build_eframe(move |cc| App::new(cc, startup));
    harness.run();
    harness
}

/// The app on the built-in guide, as a returning reader whose folder dialog answers `answer`.
fn app_answering(answer: Option<&std::path::Path>, state: AppState) -> Harness<'static, App> {
    started(Startup {
        folders: Some(Box::new(Answering {
            answer: Ok(answer.map_or(Chosen::Cancelled, |dir| {
                Chosen::Folder(dir.display().to_string())
            })),
        })),
        ..Startup::in_memory(state)
    })
}

fn from(dir: &std::path::Path) -> String {
    format!("Guide from {}", dir.display())
}

#[test]
fn a_guide_folder_opened_from_the_menu_is_shown_remembered_and_left_again() {
    let dir = scratch_copy("menu_open");
    let mut harness = app_answering(Some(&dir), AppState::default());
    assert!(origin_is(&harness, "Built-in guide"));

    guide_menu(&mut harness, "Open guide folder…");
    harness.run();
    assert!(
        origin_is(&harness, &from(&dir)),
        "the folder's guide is shown"
    );
    assert!(harness.state().is_watching(), "and watched, as with --data");
    let remembered = &harness.state().state().recent_guides;
    assert_eq!(remembered, &[dir.display().to_string()]);

    guide_menu(&mut harness, "Back to the built-in guide");
    assert!(origin_is(&harness, "Built-in guide"));
    assert!(!harness.state().is_watching());
}

#[test]
fn a_cancelled_dialog_changes_nothing() {
    let mut harness = app_answering(None, AppState::default());
    guide_menu(&mut harness, "Open guide folder…");
    harness.run();
    assert!(origin_is(&harness, "Built-in guide"));
    assert!(harness.state().state().recent_guides.is_empty());
}

/// Where the system showed no dialog at all, the reader is told so and what to do, instead of
/// the menu item seeming to do nothing.
#[test]
fn a_system_without_a_folder_dialog_says_so() {
    let why = "this system showed no folder dialog. On Linux the app asks the desktop portal";
    let mut harness = started(Startup {
        folders: Some(Box::new(Answering {
            answer: Err(DialogError::NoneShown(DialogKind::Folder)),
        })),
        ..Startup::in_memory(AppState::default())
    });
    guide_menu(&mut harness, "Open guide folder…");
    harness.run();
    assert!(origin_is(&harness, "Built-in guide"));
    assert!(
        harness
            .query_by_label_contains(&format!("Sorry: {why}"))
            .is_some(),
        "the banner says why"
    );
}

#[test]
fn a_recent_folder_opens_from_the_menu_and_a_broken_one_says_why() {
    let dir = scratch_copy("menu_recent");
    let gone = Scratch::new("menu_gone");
    let missing = gone.join("no-such-guide");
    let state = AppState {
        recent_guides: vec![missing.display().to_string(), dir.display().to_string()],
        ..AppState::default()
    };
    let mut harness = app_answering(None, state);

    guide_menu(&mut harness, &dir.display().to_string());
    assert!(origin_is(&harness, &from(&dir)));
    assert_eq!(
        harness.state().state().recent_guides[0],
        dir.display().to_string(),
        "the folder just opened comes first"
    );

    guide_menu(&mut harness, &missing.display().to_string());
    assert!(
        origin_is(&harness, &from(&dir)),
        "a folder that is gone leaves the guide on screen"
    );
    assert!(
        harness
            .query_by_label_contains(&format!(
                "Could not load the guide in {}",
                missing.display()
            ))
            .is_some(),
        "and the banner says why"
    );
}

#[test]
fn a_copy_of_the_built_in_guide_is_saved_opened_and_never_written_over() {
    let scratch = Scratch::new("menu_copy");
    let dir = scratch.join("my guide");
    let mut harness = app_answering(Some(&dir), AppState::default());

    guide_menu(&mut harness, "Save a copy of the built-in guide…");
    harness.run();
    for &file in GuideFile::ALL {
        let written = std::fs::read_to_string(dir.join(file.file_name())).unwrap();
        assert_eq!(written, file.embedded(), "{}", file.file_name());
    }
    assert!(origin_is(&harness, &from(&dir)), "the copy is opened");
    assert!(shows(
        &harness,
        &format!(
            "Saved a copy of the built-in guide in {}, and opened it: edit its files and each \
             change shows here.",
            dir.display()
        )
    ));

    // Again into the same folder: the author's edits there must survive. (Back on the built-in
    // guide first, so the folder's watcher does not take the edit in the middle of the test.)
    guide_menu(&mut harness, "Back to the built-in guide");
    let regions = dir.join("regions.ron");
    std::fs::write(&regions, "// edited\n").unwrap();
    guide_menu(&mut harness, "Save a copy of the built-in guide…");
    harness.run();
    assert_eq!(std::fs::read_to_string(&regions).unwrap(), "// edited\n");
    assert!(
        harness
            .query_by_label_contains("Nothing was saved: ")
            .is_some()
    );
}

#[test]
fn without_folders_the_menu_offers_only_the_way_back() {
    // As in a browser: no folder dialog to offer.
    let mut harness = started(Startup::in_memory(AppState::default()));
    harness.get_by_label_contains("Guide menu: ").click();
    harness.run();
    assert!(harness.query_by_label("Open guide folder…").is_none());
    assert!(
        harness
            .query_by_label("Save a copy of the built-in guide…")
            .is_none()
    );
    assert!(
        harness
            .query_by_label("Back to the built-in guide")
            .is_some()
    );
}

/// A save dialog that saves to memory: what was offered, by name.
#[derive(Clone, Default)]
struct Kept(Arc<Mutex<Vec<(String, String)>>>);

impl FileSaver for Kept {
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(Result<Option<Saved>, FileSaveError>) + Send>,
    ) -> Result<(), FileSaveError> {
        self.0.lock().unwrap().push((name.to_owned(), contents));
        done(Ok(Some(Saved::To(format!("/handouts/{name}")))));
        Ok(())
    }
}

fn app_saving(kept: &Kept, state: AppState) -> Harness<'static, App> {
    started(Startup {
        saver: Some(Box::new(kept.clone())),
        ..Startup::in_memory(state)
    })
}

#[test]
fn a_technique_handout_is_saved_and_the_answers_go_in_only_when_chosen() {
    let guide = common::built_in();
    let technique = &guide.techniques[0];
    let kept = Kept::default();
    let mut harness = app_saving(
        &kept,
        AppState {
            page: Page::Technique(technique.id.clone()),
            ..AppState::default()
        },
    );
    harness
        .get_by_label(&format!("Save a handout for {}", technique.name))
        .click();
    harness.run();
    {
        let files = kept.0.lock().unwrap();
        let (name, html) = files.last().unwrap();
        assert!(name.ends_with(".html"), "{name}");
        assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..40]);
        // The handout module's own tests check what is in it; here, that it is this one.
        let title = format!("<title>{}", technique.name);
        assert!(
            html.contains(&title) || html.contains("<title>"),
            "a titled page"
        );
        assert!(html.contains(&technique.name), "about {}", technique.name);
    }
    assert!(
        harness
            .query_by_label_contains("Saved the handout for ")
            .is_some()
    );
    assert!(!harness.state().state().handout_answers);

    harness
        .get_by_label("Put my safety-check answers in handouts")
        .click();
    harness.run();
    assert!(
        harness.state().state().handout_answers,
        "kept with the settings"
    );
}

#[test]
fn every_routine_offers_a_handout_and_without_a_saver_none_is_offered() {
    let guide = common::built_in();
    let kept = Kept::default();
    let mut harness = app_saving(
        &kept,
        AppState {
            page: Page::Routines,
            ..AppState::default()
        },
    );
    for routine in &guide.routines {
        let label = format!("Save a handout for {}", routine.name);
        assert!(harness.query_by_label(&label).is_some(), "{label}");
    }
    let routine = &guide.routines[0];
    harness
        .get_by_label(&format!("Save a handout for {}", routine.name))
        .click();
    harness.run();
    assert_eq!(kept.0.lock().unwrap().len(), 1);

    // As with no way to save files: no handout buttons.
    let plain = started(Startup::in_memory(AppState {
        page: Page::Routines,
        ..AppState::default()
    }));
    assert!(plain.query_by_label_contains("Save a handout").is_none());
}

/// On the desktop a guide folder is read, and the state written, on a thread of its own: the
/// folder's guide shows a frame or two after it is chosen, and closing the app waits for the
/// last save.
#[test]
fn with_the_background_thread_a_folder_shows_once_read_and_the_last_save_lands_before_exit() {
    let dir = scratch_copy("menu_background");
    let file = common::ui::state_file(Some(&AppState {
        safety_check_offered: true,
        ..AppState::default()
    }));
    let mut startup = Startup::from_store(file.clone(), None);
    startup.folders = Some(Box::new(Answering {
        answer: Ok(Chosen::Folder(dir.display().to_string())),
    }));
    startup.background = Some(Box::new(Worker::start().unwrap()));
    let mut harness =
        builder(Vec2::new(1280.0, 800.0)).build_eframe(move |cc| App::new(cc, startup));
    harness.run();

    harness.get_by_label_contains("Guide menu: ").click();
    harness.run();
    harness.get_by_label("Open guide folder…").click();
    // Frame by frame: the thread wakes the app when the folder is read.
    let deadline = Instant::now() + Duration::from_secs(20);
    while !origin_is(&harness, &from(&dir)) && Instant::now() < deadline {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(origin_is(&harness, &from(&dir)), "the folder's guide shows");

    eframe::App::on_exit(harness.state_mut(), None);
    let saved = std::fs::read_to_string(file.path()).unwrap();
    assert!(
        saved.contains(&format!("{:?}", dir.display().to_string())),
        "the folder is remembered on disk by the time the app is closed: {saved}"
    );
}
