//! Bad input never costs the reader anything: live reload that keeps the last good guide, saved
//! state that is set aside rather than lost, and any window size or zoom without a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use common::scratch_copy;
use common::ui::{
    app, app_from, app_on_folder, builder, origin_is, region_button, restart, shows, state_file,
};
use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use massage_guide::state::{AppState, Zoom};
use massage_guide::{App, Startup};

/// Runs frames until `done` holds, as the app does when its folder watcher wakes it. The
/// deadline is generous: it only stops a broken watch from hanging the test, it times nothing.
fn wait_until(
    harness: &mut Harness<'_, App>,
    what: &str,
    done: impl Fn(&Harness<'_, App>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        harness.step();
        if done(harness) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("gave up waiting until {what}");
}

/// Whether the system let the app watch its folder. Where it does not (some containers limit
/// inotify), the live-reload tests say so and stop: the app then tells the reader the same.
fn watching(harness: &Harness<'_, App>) -> bool {
    let watching = harness.state().is_watching();
    if !watching {
        eprintln!("skipped: this system does not let the app watch a folder");
    }
    watching
}

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} in {}",
        path.display()
    );
    // Written whole, then renamed over the old file, as many editors save.
    let temp = path.with_extension("ron.tmp-save");
    std::fs::write(&temp, text.replace(from, to)).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

#[test]
fn edits_show_live_and_a_broken_edit_keeps_the_last_good_guide() {
    let dir = scratch_copy("live_reload");
    let mut harness = app_on_folder(&dir);
    harness.run();
    if !watching(&harness) {
        return;
    }
    assert!(origin_is(
        &harness,
        &format!("Guide from {}", dir.display())
    ));
    region_button(&harness, "Back, left side").click();
    harness.run();
    assert!(shows(&harness, "The long muscles beside the spine."));

    let regions = dir.join("regions.ron");
    edit(
        &regions,
        "The long muscles beside the spine.",
        "Two columns of muscle beside the spine.",
    );
    wait_until(&mut harness, "the edit shows", |h| {
        shows(h, "Two columns of muscle beside the spine.")
    });

    let techniques = dir.join("techniques.ron");
    edit(&techniques, "[\"back_left\"]", "[\"back_lft\"]");
    let banner = format!(
        "The guide in {} has 1 problem since the last change. Still showing it as it was \
         before; fix the files and it updates by itself.",
        dir.display()
    );
    wait_until(&mut harness, "the problem shows", |h| shows(h, &banner));
    assert!(shows(
        &harness,
        &format!(
            "{}:11:19: technique \"glide\" refers to region \"back_lft\", which does not exist; \
             did you mean \"back_left\"?",
            techniques.display()
        )
    ));
    // The last good guide is still there, still selected, still readable.
    assert!(shows(&harness, "Two columns of muscle beside the spine."));
    assert!(origin_is(
        &harness,
        &format!("Guide from {}", dir.display())
    ));

    edit(&techniques, "[\"back_lft\"]", "[\"back_left\"]");
    wait_until(&mut harness, "the banner clears", |h| !shows(h, &banner));
    assert!(shows(&harness, "Two columns of muscle beside the spine."));
}

#[test]
fn a_folder_broken_from_the_start_loads_once_it_is_fixed() {
    let dir = scratch_copy("live_reload_fix");
    let sources = dir.join("sources.ron");
    edit(&sources, "year: 2023,", "year: 2023,,");
    let mut harness = app_on_folder(&dir);
    harness.run();
    assert!(origin_is(&harness, "Built-in guide"));
    assert!(
        harness
            .query_by_label_contains("Could not load the guide in")
            .is_some()
    );

    if !watching(&harness) {
        return;
    }
    edit(&sources, "year: 2023,,", "year: 2023,");
    wait_until(&mut harness, "the folder's guide loads", |h| {
        origin_is(h, &format!("Guide from {}", dir.display()))
    });
    assert!(
        harness
            .query_by_label_contains("Could not load the guide in")
            .is_none()
    );
}

#[test]
fn a_damaged_save_is_set_aside_and_the_reader_told_once() {
    let file = state_file(None);
    std::fs::write(
        file.path(),
        "(format: 1, state: (favourites: [\"tapotement\"",
    )
    .unwrap();
    let mut harness = app_from(&file);
    harness.run();
    let kept = file.path().with_file_name("state.unreadable-1.ron");
    let notice = format!(
        "Your saved settings could not be used: they are damaged at line 1, column 35 \
         (Expected comma). The app started fresh; the old file is kept as {}.",
        kept.display()
    );
    assert_eq!(harness.state().notice(), Some(notice.as_str()));
    assert!(shows(&harness, &notice));
    assert!(kept.exists());
    // Fresh: the first-start safety check.
    assert!(shows(&harness, "Safety check"));
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(!shows(&harness, &notice));

    let harness = restart(&mut harness);
    assert_eq!(harness.state().notice(), None);
    assert!(
        std::fs::read_to_string(&kept)
            .unwrap()
            .contains("tapotement"),
        "the damaged file is kept as it was"
    );
}

#[test]
fn changes_are_saved_a_moment_later_without_waiting_for_exit() {
    let file = state_file(Some(&AppState {
        safety_check_offered: true,
        ..AppState::default()
    }));
    let mut harness = app_from(&file);
    harness.run();
    region_button(&harness, "Lumbar, right side").click();
    harness.run();
    // Frames are 1/60 s apart: 60 of them is a second of quiet after the click.
    for _ in 0..60 {
        harness.step();
    }
    let saved = std::fs::read_to_string(file.path()).unwrap();
    assert!(
        saved.contains("selected: Some(\"lumbar_right\")"),
        "{saved}"
    );
    // Nothing but the state file in its folder: the save left no temporary file behind.
    let folder = file.path().parent().unwrap();
    assert_eq!(std::fs::read_dir(folder).unwrap().count(), 1);
}

#[test]
fn zoom_stays_between_half_and_four_times_and_is_kept() {
    let mut harness = app();
    harness.run();
    for _ in 0..20 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert_eq!(harness.state().state().zoom.get(), Zoom::MAX);
    assert_eq!(harness.ctx.zoom_factor(), Zoom::MAX);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    for _ in 0..20 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
        harness.run();
    }
    assert_eq!(harness.ctx.zoom_factor(), Zoom::MIN);
    harness.get_by_label("Zoom 50%, reset to 100%").click();
    harness.run();
    harness.get_by_label("Zoom in").click();
    harness.run();
    assert_eq!(harness.state().state().zoom.percent(), 110);

    let harness = restart(&mut harness);
    assert_eq!(harness.ctx.zoom_factor(), 1.1);
}

/// Clicks through the app's main views, as a reader would.
fn tour(harness: &mut Harness<'_, App>) {
    harness.run();
    for page in [
        "Techniques",
        "Routines",
        "Red flags",
        "Safety check",
        "Sources",
        "Guide",
    ] {
        if let Some(tab) = harness.query_by_label(page) {
            tab.click();
            harness.run();
        }
    }
    if let Some(region) = harness.query_by_label("Lumbar, left side") {
        region.click();
        harness.run();
    }
    harness.get_by_label("Where not to press").click();
    harness.run();
}

#[test]
fn any_window_size_and_zoom_works_without_a_panic() {
    let sizes = [
        Vec2::new(120.0, 90.0),
        Vec2::new(320.0, 240.0),
        Vec2::new(640.0, 480.0),
        Vec2::new(1280.0, 800.0),
        Vec2::new(3840.0, 2160.0),
    ];
    for size in sizes {
        for zoom in [0.5, 1.0, 2.0, 4.0] {
            let state = AppState {
                safety_check_offered: true,
                zoom: Zoom::new(zoom),
                ..AppState::default()
            };
            let mut harness =
                builder(size).build_eframe(move |cc| App::new(cc, Startup::in_memory(state)));
            tour(&mut harness);
            // The disclaimer is always there to read, whatever the room.
            assert!(
                harness
                    .query_by_label_contains("This guide informs.")
                    .is_some(),
                "{size:?} at {zoom}"
            );
        }
    }
}

#[test]
fn a_narrow_window_stacks_the_panel_under_the_map() {
    let state = AppState {
        safety_check_offered: true,
        ..AppState::default()
    };
    let mut harness = builder(Vec2::new(480.0, 700.0))
        .build_eframe(move |cc| App::new(cc, Startup::in_memory(state)));
    harness.run();
    region_button(&harness, "Lumbar, left side").click();
    harness.run();
    let map = harness
        .get_by_label("Map of the back, seen from behind")
        .rect();
    assert!(map.width() > 300.0, "the map uses the width: {map:?}");
    // The region's page (its heading among the map's own button) sits below the map.
    let below = harness
        .query_all_by_label("Lumbar, left side")
        .filter(|node| node.rect().top() >= map.bottom() - 1.0)
        .count();
    assert!(below >= 1, "the region's page is not under the map");
}
