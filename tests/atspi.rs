//! The desktop app as a screen reader meets it (`scripts/atspi_test.py`): the release binary
//! in a virtual display with a D-Bus session of its own and the AT-SPI registry, accessibility
//! turned on, and Debian's pyatspi walking the app's tree: every region of the map is there by
//! name, a region pressed through its accessibility action opens its page, and the "Where not
//! to press" switch flips through its action.
//!
//! The names to find and the region to press are taken here from the built-in guide.
//!
//! Needs xvfb-run (xvfb, xauth), dbus-run-session (dbus-daemon), at-spi2-core and
//! python3-pyatspi, and `target/release/massage-guide`; `.ci/run` installs them and sets
//! `MASSAGE_GUIDE_ATSPI_TEST=required`, which also builds the release binary first so a stale one
//! is never tested. Without them the test says what is missing and passes, unless that
//! variable is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::os::unix::fs::DirBuilderExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Scratch;

/// The variable that makes a missing tool a failure rather than a skip.
const REQUIRED: &str = "MASSAGE_GUIDE_ATSPI_TEST";

fn binary() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/massage-guide")
}

/// What is missing to run the test, if anything.
fn missing() -> Vec<&'static str> {
    let runs = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    let mut missing = Vec::new();
    if !on_path("xvfb-run") {
        missing.push("xvfb-run (xvfb)");
    }
    if !runs("xauth", &["version"]) {
        missing.push("xauth");
    }
    if !runs("dbus-run-session", &["--version"]) {
        missing.push("dbus-run-session (dbus-daemon)");
    }
    if !Path::new("/usr/libexec/at-spi-bus-launcher").is_file() {
        missing.push("at-spi2-core");
    }
    if !runs("/usr/bin/python3", &["-c", "import pyatspi"]) {
        missing.push("/usr/bin/python3 with pyatspi (python3-pyatspi)");
    }
    if !binary().is_file() {
        missing.push("target/release/massage-guide (cargo build --release)");
    }
    missing
}

/// Every region's accessible name, and the region to press with a sentence its page shows,
/// as JSON.
fn expectations() -> String {
    let guide = common::built_in();
    let names: Vec<String> = guide.regions.iter().map(|r| r.display_name()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "two regions share a name");
    // One from the middle of the map's list: not the first, which a keyboard reaches first.
    let region = &guide.regions[guide.regions.len() / 2];
    let summary = region.summary.trim();
    // The summary's first sentence: its page shows the summary whole.
    let sentence = summary
        .find(". ")
        .map_or(summary, |end| &summary[..=end])
        .to_owned();
    assert!(!sentence.is_empty(), "{} has no summary", region.id);
    serde_json::json!({
        "regions": names,
        "press": { "name": region.display_name(), "sentence": sentence },
    })
    .to_string()
}

#[test]
fn a_screen_reader_finds_the_regions_presses_one_and_reads_its_page() {
    let required = std::env::var(REQUIRED).is_ok_and(|v| v == "required");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if required {
        // The release binary is what is tested: rebuilt here so it is never stale (a no-op
        // when it is fresh).
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let built = Command::new(cargo)
            .args(["build", "--release", "--locked"])
            .current_dir(root)
            .status()
            .expect("cargo runs");
        assert!(built.success(), "cargo build --release --locked failed");
    }
    let missing = missing();
    if !missing.is_empty() {
        let message = format!(
            "AT-SPI test not run: missing {} (see README, \"Development\")",
            missing.join(", ")
        );
        assert!(!required, "{message}");
        eprintln!("{message}");
        return;
    }

    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("atspi-test");
    std::fs::create_dir_all(&out).unwrap();
    let expect = out.join("expect.json");
    std::fs::write(&expect, expectations()).unwrap();

    // A throwaway home for the whole D-Bus session, set before it starts: turning
    // accessibility on makes the bus launcher write a dconf setting under the session's home.
    let home = Scratch::new("atspi-home");
    let runtime = home.join("run");
    std::fs::DirBuilder::new()
        .mode(0o700)
        .create(&runtime)
        .unwrap();
    // -noreset: by default the X server resets when its last client leaves, and the AT-SPI
    // bus launcher is one that comes and goes just as the app connects (a reset then refuses
    // the app, about one start in seven).
    let tested = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x1024x24 -noreset"])
        .args(["dbus-run-session", "--", "/usr/bin/python3"])
        .arg(root.join("scripts/atspi_test.py"))
        .arg(binary())
        .arg(&expect)
        .arg(&out)
        .env("HOME", &*home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("XDG_RUNTIME_DIR", &runtime)
        // The session's own buses, never the caller's.
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("AT_SPI_BUS_ADDRESS")
        .env_remove("WAYLAND_DISPLAY")
        .current_dir(root)
        .status()
        .expect("xvfb-run runs");
    assert!(
        tested.success(),
        "the AT-SPI test failed; its output above, a screenshot and the app's log in {}",
        out.display()
    );
}
