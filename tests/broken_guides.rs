//! Every folder under `tests/broken/` is the minimal guide with one thing broken: its `.ron`
//! files replace the fixture's, names listed in `delete` are removed, and `expected.txt` holds
//! exactly what `massage-guide check` must print for it (the folder shown as `guide`).
//!
//! To accept new output after changing a message on purpose, run
//! `UPDATE_EXPECTED=1 cargo test --test broken_guides` and read the diff before committing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use common::{Scratch, fixture_dir};
use massage_guide::data::MAX_ITEMS;
use massage_guide::native::check::{Format, check};
use massage_guide::native::guide_dir::{MAX_FILE_BYTES, read_guide_dir};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")
}

/// The minimal guide in a scratch folder, changed as `case` says.
fn assemble(case: &Path) -> Scratch {
    let dir = common::scratch_copy(&case.file_name().unwrap().to_string_lossy());
    for entry in std::fs::read_dir(case).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    if let Ok(list) = std::fs::read_to_string(case.join("delete")) {
        for name in list.lines().filter(|l| !l.trim().is_empty()) {
            std::fs::remove_file(dir.join(name.trim())).unwrap();
        }
    }
    dir
}

/// What `check` prints for the folder, with its scratch path shown as `guide`.
fn check_output(dir: &Path, format: Format) -> (String, bool) {
    let report = check("guide", read_guide_dir(dir), format);
    let shown = dir.display().to_string();
    (report.text.replace(&shown, "guide"), report.clean)
}

#[test]
fn each_broken_guide_gets_its_exact_message() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 25, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let (text, clean) = check_output(&assemble(case), Format::Human);
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!clean, "{name}: the broken guide was accepted:\n{text}");
        let expected_path = case.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{name} has no expected.txt"));
        if text != expected {
            failures.push(format!(
                "--- {name}: expected\n{expected}--- {name}: got\n{text}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_gives_tools_the_same_problems() {
    let dir = assemble(&cases_dir().join("unknown-region"));
    let (text, clean) = check_output(&dir, Format::Json);
    assert!(!clean);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["valid"], false);
    let problem = &json["problems"][0];
    assert_eq!(problem["path"], "guide/techniques.ron");
    assert_eq!(problem["line"], 11);
    assert_eq!(problem["column"], 19);
    assert_eq!(problem["length"], 10);
    assert_eq!(
        problem["message"],
        "technique \"glide\" refers to region \"back_lft\", which does not exist"
    );
    assert_eq!(problem["hint"], "did you mean \"back_left\"?");
    assert_eq!(json["problems"].as_array().unwrap().len(), 1);

    let (text, clean) = check_output(&fixture_dir(), Format::Json);
    assert!(clean);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["valid"], true);
    assert_eq!(json["counts"]["regions"], 2);
    assert_eq!(json["problems"].as_array().unwrap().len(), 0);
    assert!(!json["gaps"].as_array().unwrap().is_empty());
}

/// Cases that cannot live in the repository as files: they are made here.
fn scratch(name: &str) -> PathBuf {
    let parent = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken");
    // Tests run in any order: the first to get here makes the folder.
    std::fs::create_dir_all(&parent).unwrap();
    parent.join(name)
}

fn made_case(name: &str, make: impl FnOnce(&Path)) -> String {
    let dir = scratch(name);
    // What an earlier run left, if anything: no folder is fine.
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    make(&dir);
    let (text, clean) = check_output(&dir, Format::Human);
    assert!(!clean, "{text}");
    text
}

#[test]
fn an_oversized_file_is_not_read() {
    let text = made_case("oversized", |dir| {
        let big = "// padding\n".repeat(MAX_FILE_BYTES as usize / 11 + 1);
        std::fs::write(dir.join("regions.ron"), big).unwrap();
    });
    assert_eq!(
        text,
        "error: the file is over 4 MiB; a guide file may be at most 4194304 bytes\n  \
         --> guide/regions.ron\n\nguide: 1 problem found.\n"
    );
}

#[test]
fn too_many_items_are_refused_before_checking_them() {
    let text = made_case("too-many", |dir| {
        let sources = std::fs::read_to_string(dir.join("sources.ron")).unwrap();
        let one = "(id: \"s\", title: \"t\", publisher: \"p\", year: 2020, url: \"https://a.b\"),";
        let many = sources.replacen('[', &format!("[{}", one.repeat(MAX_ITEMS)), 1);
        std::fs::write(dir.join("sources.ron"), many).unwrap();
    });
    assert_eq!(
        text,
        "error: the file holds 10001 sources; at most 10000 are allowed\n  --> \
         guide/sources.ron:1:1\n\nguide: 1 problem found.\n"
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_not_followed() {
    let outside = scratch("outside.ron");
    std::fs::write(&outside, "[]").unwrap();
    let text = made_case("linked-out", |dir| {
        std::fs::remove_file(dir.join("routines.ron")).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("routines.ron")).unwrap();
    });
    let outside = std::fs::canonicalize(outside).unwrap();
    assert_eq!(
        text,
        format!(
            "error: this is a link to {}, outside the guide folder; copy the file into the \
             folder instead\n  --> guide/routines.ron\n\nguide: 1 problem found.\n",
            outside.display()
        )
    );
}

#[cfg(unix)]
#[test]
fn a_link_within_the_folder_is_fine() {
    let dir = scratch("linked-in");
    // What an earlier run left, if anything: no folder is fine.
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    std::fs::rename(dir.join("routines.ron"), dir.join("drafts/routines.ron")).unwrap();
    std::os::unix::fs::symlink("drafts/routines.ron", dir.join("routines.ron")).unwrap();
    let (text, clean) = check_output(&dir, Format::Human);
    assert!(clean, "{text}");
}

#[test]
fn a_folder_in_place_of_a_file_is_not_read() {
    let text = made_case("folder-as-file", |dir| {
        std::fs::remove_file(dir.join("benefits.ron")).unwrap();
        std::fs::create_dir(dir.join("benefits.ron")).unwrap();
    });
    assert_eq!(
        text,
        "error: this is not a plain file\n  --> guide/benefits.ron\n\nguide: 1 problem found.\n"
    );
}

#[test]
fn thousands_of_faults_are_counted_and_the_first_hundred_listed() {
    let text = made_case("many-faults", |dir| {
        let one = "(id: \"s\", title: \"\", publisher: \"p\", year: 2020, url: \"https://a.b\"),";
        // 9,000 sources, all with the same id and an empty title: 8,999 repeats, 9,000 empty
        // titles, and the 12 places that cite the fixture's own source, now gone.
        std::fs::write(dir.join("sources.ron"), format!("[{}]", one.repeat(9_000))).unwrap();
    });
    assert!(
        text.ends_with(
            "guide: 18011 problems found; the first 100 are listed above (fix those first, or \
             use --format json for all).\n"
        ),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
    assert_eq!(text.matches("error: ").count(), 100);
}
