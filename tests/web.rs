//! The web build, driven in headless Chromium as a reader would use it (`scripts/web_test.py`):
//! a drawn canvas at desktop and phone sizes, a tap on a region's place that changes the panel,
//! a tap that answers the safety check, a reload that keeps both, and no console errors.
//!
//! The places to tap are found here, from the guide's own outlines through the app's
//! accessible nodes at the same window size (egui lays out alike natively and on the web).
//!
//! Needs the wasm32 target, wasm-bindgen-cli (the version in Cargo.lock), chromium and
//! chromium-driver; `.ci/run` installs them and sets `MASSAGE_GUIDE_WEB_TEST=required`. Without
//! them the test says what is missing and passes, unless that variable is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use massage_guide::data::{GuideFiles, load_guide};
use massage_guide::safety::questions_in_asking_order;
use massage_guide::state::AppState;
use massage_guide::{App, Startup};

/// The size the page is shown at on the desktop run (the phone run only looks).
const DESKTOP: (f32, f32) = (1280.0, 800.0);

/// What is missing to run the test, if anything.
fn missing() -> Vec<&'static str> {
    let runs = |program: &str, arg: &str| {
        Command::new(program)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let mut missing = Vec::new();
    if !runs("wasm-bindgen", "--version") {
        missing.push("wasm-bindgen-cli");
    }
    if !runs("chromium", "--version") {
        missing.push("chromium");
    }
    if !runs("chromedriver", "--version") {
        missing.push("chromium-driver");
    }
    if !runs("identify", "-version") {
        missing.push("imagemagick");
    }
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if !targets {
        missing.push("the wasm32-unknown-unknown target");
    }
    missing
}

/// The middle of the first region on the map and of the first question's "No", as JSON.
fn places_to_tap() -> String {
    let guide = load_guide(&GuideFiles::embedded()).unwrap();
    let region = &guide.regions[0];
    let (urgent, others) = questions_in_asking_order(&guide);
    let question = urgent.into_iter().chain(others).next().unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(DESKTOP.0, DESKTOP.1))
        .build_eframe(|cc| App::new(cc, Startup::in_memory(AppState::default())));
    harness.run();
    let center =
        |role: Role, label: &str| harness.get_by_role_and_label(role, label).rect().center();
    let r = center(Role::Button, &region.display_name());
    let no = center(Role::RadioButton, &format!("No: {}", question.ask));
    // The toolbar's country list (the topmost of that name), and Australia in it once open.
    let list = harness
        .query_all_by_label("Where you are: Somewhere else")
        .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .unwrap();
    let at = list.rect();
    list.click();
    harness.run();
    let australia = harness
        .get_by(|n| n.role() == Role::Button && n.label().as_deref() == Some("Australia"))
        .rect()
        .center();
    let list = at.center();
    format!(
        r#"{{"region": {{"id": "{}", "x": {}, "y": {}}}, "no": {{"question": "{}", "x": {}, "y": {}}}, "country": {{"id": "australia", "x": {}, "y": {}, "entry_x": {}, "entry_y": {}}}}}"#,
        region.id, r.x, r.y, question.id, no.x, no.y, list.x, list.y, australia.x, australia.y
    )
}

#[test]
fn the_web_build_runs_in_a_browser_and_keeps_the_readers_state() {
    let missing = missing();
    if !missing.is_empty() {
        let required = std::env::var("MASSAGE_GUIDE_WEB_TEST").is_ok_and(|v| v == "required");
        let message = format!(
            "web test not run: missing {} (see README, \"The web version\")",
            missing.join(", ")
        );
        assert!(!required, "{message}");
        eprintln!("{message}");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-test");
    std::fs::create_dir_all(&out).unwrap();
    let points = out.join("points.json");
    std::fs::write(&points, places_to_tap()).unwrap();

    let built = Command::new(root.join("scripts/web.sh"))
        .arg("--no-serve")
        .status()
        .unwrap();
    assert!(built.success(), "scripts/web.sh --no-serve failed");
    let tested = Command::new("/usr/bin/python3")
        .arg(root.join("scripts/web_test.py"))
        .arg(root.join("target/web"))
        .arg(&points)
        .arg(&out)
        .status()
        .unwrap();
    assert!(
        tested.success(),
        "the web test failed; screenshots in {}",
        out.display()
    );
}
