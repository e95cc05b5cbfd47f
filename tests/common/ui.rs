//! Helpers for driving the whole app through `egui_kittest`.

use egui::Vec2;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, HarnessBuilder};
use massage_guide::data::Guide;
use massage_guide::native::guide_source::GuideFolder;
use massage_guide::native::state_file::StateFile;
use massage_guide::platform::StateLocation;
use massage_guide::state::AppState;
use massage_guide::{App, Startup};

pub(crate) fn guide() -> Guide {
    super::built_in()
}

pub(crate) fn builder(size: Vec2) -> HarnessBuilder<App> {
    Harness::builder().with_size(size)
}

/// A state file in a fresh scratch folder, holding `state` if one is given. The folder must
/// outlive the harness and its restarts, which own only the file's path, so it is kept; the
/// runs after sweep away those left more than an hour ago.
pub(crate) fn state_file(state: Option<&AppState>) -> StateFile {
    let scratch = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    sweep_old(scratch, "state-");
    let dir = tempfile::Builder::new()
        .prefix("state-")
        .tempdir_in(scratch)
        .unwrap()
        .keep();
    let file = StateFile::at(dir.join("state.ron"));
    if let Some(state) = state {
        file.save(state, None).unwrap();
    }
    file
}

/// Removes folders named `prefix…` in `dir` last changed over an hour ago: left by earlier
/// runs, never by a test still running.
fn sweep_old(dir: &std::path::Path, prefix: &str) {
    let hour = std::time::Duration::from_secs(3600);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > hour);
        if old && entry.file_name().to_string_lossy().starts_with(prefix) {
            std::fs::remove_dir_all(entry.path()).ok();
        }
    }
}

/// The app in a 1280×800 window, started from what `file` holds, as after a restart.
pub(crate) fn app_from(file: &StateFile) -> Harness<'static, App> {
    let file = file.clone();
    builder(Vec2::new(1280.0, 800.0))
        .build_eframe(move |cc| App::new(cc, Startup::from_store(file, None)))
}

/// The app started from `state`, saving to a scratch file.
pub(crate) fn app_with(state: &AppState) -> Harness<'static, App> {
    app_from(&state_file(Some(state)))
}

/// The app on its built-in guide in a 1280×800 window, as a returning user who has been
/// offered the safety check and answered nothing.
pub(crate) fn app() -> Harness<'static, App> {
    app_with(&AppState {
        safety_check_offered: true,
        ..AppState::default()
    })
}

/// The app as on the very first start: nothing saved at all.
pub(crate) fn first_start() -> Harness<'static, App> {
    app_from(&state_file(None))
}

/// The app on the guide in `dir`, watching it, as a returning user; saves nothing.
pub(crate) fn app_on_folder(dir: &std::path::Path) -> Harness<'static, App> {
    let startup = Startup {
        guide: Some(Box::new(GuideFolder::new(dir.to_path_buf()))),
        ..Startup::in_memory(AppState {
            safety_check_offered: true,
            ..AppState::default()
        })
    };
    builder(Vec2::new(1280.0, 800.0)).build_eframe(move |cc| App::new(cc, startup))
}

/// Closes the app (saving, as on exit) and starts it again from what it saved.
pub(crate) fn restart(harness: &mut Harness<'_, App>) -> Harness<'static, App> {
    harness.state_mut().save_now();
    // The store says where it keeps the state: the same file, opened again as a new run would.
    let StateLocation::File(path) = harness.state().state_store().unwrap().location() else {
        panic!("the app saves to a file")
    };
    let file = StateFile::at(path);
    app_from(&file)
}

/// Whether the Guide menu names `origin` as where the guide on screen comes from.
pub(crate) fn origin_is(harness: &Harness<'_, App>, origin: &str) -> bool {
    harness
        .query_by_label(&format!("Guide menu: {origin}"))
        .is_some()
}

/// Opens the Guide menu and chooses `item` in it.
pub(crate) fn guide_menu(harness: &mut Harness<'_, App>, item: &str) {
    harness.get_by_label_contains("Guide menu: ").click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

/// Whether some text on screen (a label) reads exactly `text`.
pub(crate) fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
}

pub(crate) fn region_button<'a>(
    harness: &'a Harness<'_, App>,
    name: &'a str,
) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, name)
}

/// Presses Tab `tabs` times from the start, then Enter: how a keyboard user opens the toolbar's
/// pages (Guide, Techniques, Routines, Before you start, How it works, Red flags, Safety check,
/// Sources, in that order).
pub(crate) fn tab_then_enter(harness: &mut Harness<'_, App>, tabs: usize) {
    harness.run();
    for _ in 0..tabs {
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Clicks the widget named `label` after scrolling it into view, as a person would.
pub(crate) fn press(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Whether some text or widget name on screen starts with `prefix`.
pub(crate) fn shows_starting(harness: &Harness<'_, App>, prefix: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.value()
                .or_else(|| node.label())
                .is_some_and(|text| text.starts_with(prefix))
        })
        .next()
        .is_some()
}

/// Types `query` into the search box, as Ctrl+F and typing do.
pub(crate) fn type_search(harness: &mut Harness<'_, App>, query: &str) {
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.event(egui::Event::Text(query.to_owned()));
    harness.run();
}
