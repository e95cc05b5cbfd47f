//! Pictures that guard the look: each main view rendered (wgpu; on Mesa's lavapipe where there
//! is no GPU) in light and dark, at 1280×800 and 800×600, and compared with the picture under
//! `tests/snapshots/`. A changed picture fails the test and leaves `NAME.new.png` and
//! `NAME.diff.png` beside the old one. After a wanted change, `UPDATE_SNAPSHOTS=1 cargo test
//! --test ui_snapshots` writes the new pictures: look at them before committing.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use egui::{Theme, Vec2};
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotResults};
use massage_guide::data::{Part, RegionId};
use massage_guide::state::{AppState, Page};
use massage_guide::{App, Startup};

const THEMES: [(Theme, &str); 2] = [(Theme::Light, "light"), (Theme::Dark, "dark")];
const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (800.0, 600.0)];

/// A returning reader (the safety check was offered) in `theme`, with `change` applied.
fn state(theme: Theme, change: impl Fn(&mut AppState)) -> AppState {
    let mut state = AppState {
        theme: theme.into(),
        safety_check_offered: true,
        ..AppState::default()
    };
    change(&mut state);
    state
}

/// Renders the app started on each theme and size with `change` applied to its state, after
/// `act` has done what a reader would, and compares each picture with `NAME-THEME-WxH.png`.
fn snapshots(name: &str, change: impl Fn(&mut AppState), act: impl Fn(&mut Harness<'static, App>)) {
    let mut results = SnapshotResults::new();
    for (theme, theme_name) in THEMES {
        for (width, height) in SIZES {
            let startup = Startup::in_memory(state(theme, &change));
            let mut harness = Harness::builder()
                .with_size(Vec2::new(width, height))
                .with_theme(theme)
                .wgpu()
                .build_eframe(move |cc| App::new(cc, startup));
            harness.run();
            act(&mut harness);
            // The pointer is not part of the look.
            harness.remove_cursor();
            harness.run();
            harness.snapshot(format!("{name}-{theme_name}-{width}x{height}"));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

fn select(region: &'static str) -> impl Fn(&mut AppState) {
    move |state| state.selected = Some(RegionId(region.to_owned()))
}

fn nothing(_: &mut Harness<'static, App>) {}

#[test]
fn welcome() {
    snapshots("welcome", |_| {}, nothing);
}

/// One region of each group: the left side, the right side and the midline (the spine).
#[test]
fn left_region_selected() {
    snapshots("region-lumbar-left", select("lumbar_left"), nothing);
}

#[test]
fn right_region_selected() {
    snapshots(
        "region-shoulder-blade-right",
        select("shoulder_blade_right"),
        nothing,
    );
}

#[test]
fn midline_region_selected() {
    snapshots("region-spine", select("spine"), nothing);
}

#[test]
fn technique_browser() {
    snapshots(
        "technique-browser",
        |state| {
            select("lumbar_left")(state);
            state.page = Page::Techniques;
        },
        nothing,
    );
}

#[test]
fn guided_session() {
    snapshots(
        "guided-session",
        |state| state.page = Page::Routines,
        |harness| {
            let start = "Start Five-minute shoulder and neck break";
            harness.get_by_label(start).scroll_to_me();
            harness.run();
            harness.get_by_label(start).click();
        },
    );
}

#[test]
fn red_flags() {
    snapshots("red-flags", |state| state.page = Page::RedFlags, nothing);
}

#[test]
fn before_you_start() {
    snapshots(
        "before-you-start",
        |state| state.page = Page::Basics(Part::BeforeYouStart),
        nothing,
    );
}

#[test]
fn how_massage_works() {
    snapshots(
        "how-massage-works",
        |state| state.page = Page::Claims,
        nothing,
    );
}

/// The places not to press drawn over the map, with a region open beside it.
#[test]
fn safety_layer() {
    snapshots(
        "safety-layer",
        |state| {
            select("lumbar_left")(state);
            state.where_not_to_press = true;
        },
        nothing,
    );
}

/// Every layer at once (muscles, bones and the places not to press), with a muscle's page
/// open: the map shows it.
#[test]
fn anatomy_layers() {
    snapshots(
        "anatomy-layers",
        |state| {
            state.muscles = true;
            state.bones = true;
            state.where_not_to_press = true;
            state.page = Page::Muscle(massage_guide::data::MuscleId("rhomboids".into()));
        },
        nothing,
    );
}

/// The bones and landmarks by themselves over the map, with an area open beside it.
#[test]
fn bones_layer() {
    snapshots(
        "bones-layer",
        |state| {
            select("shoulder_blade_left")(state);
            state.bones = true;
        },
        nothing,
    );
}

/// The muscles by themselves over the map: the surface ones solid, the deeper ones dashed and
/// dotted under them, fine lines along the fibres.
#[test]
fn muscles_layer() {
    snapshots("muscles-layer", |state| state.muscles = true, nothing);
}

/// The map zoomed in with the muscles on: the figure fills the map and the zoom buttons stay on
/// top of it.
#[test]
fn map_zoomed_in() {
    snapshots(
        "map-zoomed-in",
        |state| state.muscles = true,
        |harness| {
            for _ in 0..4 {
                harness.get_by_label("Zoom the map in").click();
                harness.run();
            }
        },
    );
}

/// Search results for "knot": the technique first, each hit's place or grade on its own line
/// under it.
#[test]
fn search_results() {
    snapshots(
        "search-knot",
        |_| {},
        |harness| {
            harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
            harness.run();
            harness.event(egui::Event::Text("knot".to_owned()));
            harness.run();
        },
    );
}
