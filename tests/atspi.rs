//! The desktop app as a screen reader meets it (`scripts/atspi_test.py`): the release binary
//! in a virtual display with a D-Bus session of its own and the AT-SPI registry, accessibility
//! turned on, and Debian's pyatspi walking the app's tree: every region of the map is there by
//! name, a region pressed through its accessibility action opens its page, and the "Where not
//! to press" switch flips through its action. Then, as a therapist would without a terminal,
//! a guide folder is opened from the Guide menu: "Open guide folder…" runs the app's real
//! folder dialog code (rfd, which asks the XDG desktop portal over D-Bus), answered by a fake
//! portal in the test's D-Bus session (`scripts/fake_portal.py`) with a copy of the built-in
//! guide made here; the menu's button then names the folder, an edit to one region's summary
//! saved in the folder shows on its page (live reload), and "Back to the built-in guide"
//! returns.
//!
//! The names to find, the regions to press and the folder's edit are taken here from the
//! built-in guide.
//!
//! Needs xvfb-run (xvfb, xauth), dbus-run-session (dbus-daemon), at-spi2-core,
//! python3-pyatspi and python3-dbus, and `target/release/massage-guide`; `.ci/run` installs
//! them and sets `MASSAGE_GUIDE_ATSPI_TEST=required`, which also builds the release binary
//! first so a stale one is never tested. Without them the test says what is missing and
//! passes, unless that variable is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::os::unix::fs::DirBuilderExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Scratch;
use massage_guide::data::{GuideFile, GuideFiles, load_guide};

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
    // The fake desktop portal (scripts/fake_portal.py).
    if !runs(
        "/usr/bin/python3",
        &["-c", "import dbus.service, dbus.mainloop.glib"],
    ) {
        missing.push("/usr/bin/python3 with dbus (python3-dbus)");
    }
    if !binary().is_file() {
        missing.push("target/release/massage-guide (cargo build --release)");
    }
    missing
}

/// The summary's first sentence: a region's page shows the summary whole.
fn first_sentence(summary: &str) -> String {
    let summary = summary.trim();
    summary
        .find(". ")
        .map_or(summary, |end| &summary[..=end])
        .to_owned()
}

/// What the summary of the region edited in the guide folder becomes.
const EDITED: &str = "Edited in the guide folder while the app was running: this sentence shows \
                      without a restart.";

/// A copy of the built-in guide's files in `dir`, for the fake portal to hand to the app, and
/// what to check once it is open, as JSON: a region whose summary is its own (no other region
/// shares it, so its page is the only place it shows), the first sentence of that summary,
/// and the folder's regions.ron with the summary replaced by [`EDITED`].
fn guide_folder(dir: &Path) -> serde_json::Value {
    for &file in GuideFile::ALL {
        std::fs::write(dir.join(file.file_name()), file.embedded()).unwrap();
    }
    let guide = common::built_in();
    let region = guide
        .regions
        .iter()
        .rev()
        .find(|r| {
            guide
                .regions
                .iter()
                .filter(|o| o.summary == r.summary)
                .count()
                == 1
        })
        .expect("a region whose summary no other region shares");
    // The region's entry, then its summary as the file spells it.
    let text = GuideFile::Regions.embedded();
    let entry = text
        .find(&format!("id: \"{}\",", region.id))
        .expect("the region's id in regions.ron");
    let literal = format!("summary: \"{}\",", region.summary);
    let at = entry
        + text[entry..]
            .find(&literal)
            .expect("the region's summary in regions.ron, written without escapes");
    let edited = format!(
        "{}summary: \"{EDITED}\",{}",
        &text[..at],
        &text[at + literal.len()..]
    );
    // The edit is a valid guide that changes that summary and nothing else.
    let mut files = GuideFiles::embedded();
    files.regions.text.clone_from(&edited);
    let after = load_guide(&files).expect("the edited guide loads");
    let mut expected = guide.clone();
    expected
        .regions
        .iter_mut()
        .find(|r| r.id == region.id)
        .unwrap()
        .summary = EDITED.to_owned();
    assert!(after == expected, "the edit changes more than one summary");
    serde_json::json!({
        "path": dir,
        "region": region.display_name(),
        "before": first_sentence(&region.summary),
        "after": EDITED,
        "regions_ron": edited,
    })
}

/// Every region's accessible name, the region to press with a sentence its page shows, and
/// the guide folder to open (see [`guide_folder`]), as JSON.
fn expectations(folder: &Path) -> String {
    let guide = common::built_in();
    let names: Vec<String> = guide.regions.iter().map(|r| r.display_name()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "two regions share a name");
    // One from the middle of the map's list: not the first, which a keyboard reaches first.
    let region = &guide.regions[guide.regions.len() / 2];
    let sentence = first_sentence(&region.summary);
    assert!(!sentence.is_empty(), "{} has no summary", region.id);
    serde_json::json!({
        "regions": names,
        "press": { "name": region.display_name(), "sentence": sentence },
        "folder": guide_folder(folder),
    })
    .to_string()
}

#[test]
fn a_screen_reader_reads_the_map_and_opens_a_guide_folder_that_reloads() {
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
    // The guide folder the fake portal hands over; a space in its name, as in many a
    // therapist's folder, which the portal's file:// URI percent-encodes.
    let folder = Scratch::new("atspi guide");
    let expect = out.join("expect.json");
    std::fs::write(&expect, expectations(&folder)).unwrap();

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
        "the AT-SPI test failed; its output above, a screenshot, the app's log and the fake \
         portal's in {}",
        out.display()
    );
}
