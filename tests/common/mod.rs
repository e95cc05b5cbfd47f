//! Helpers shared by the integration tests.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::path::{Path, PathBuf};

use massage_guide::data::{Guide, GuideFiles, load_guide};
use massage_guide::native::guide_dir::read_guide_dir;

pub(crate) mod ui;

/// The guide compiled into the app.
pub(crate) fn built_in() -> Guide {
    load_guide(&GuideFiles::embedded()).expect("the built-in guide loads")
}

/// The files of the small, valid guide in `tests/fixtures/minimal`.
pub(crate) fn minimal_files() -> GuideFiles {
    read_guide_dir(&fixture_dir()).expect("the minimal fixture reads")
}

/// The small, valid guide, loaded.
pub(crate) fn minimal() -> Guide {
    load_guide(&minimal_files()).expect("the minimal fixture loads")
}

/// The small, valid guide that tests break on purpose.
pub(crate) fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

/// A scratch folder of one test: a fresh name of its own (tests run in parallel, and a name
/// shared by two would race), removed when the test ends.
pub(crate) struct Scratch(tempfile::TempDir);

impl Scratch {
    pub(crate) fn new(name: &str) -> Self {
        let dir = tempfile::Builder::new()
            .prefix(&format!("{name}-"))
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .unwrap();
        Self(dir)
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

/// A fresh copy of the minimal guide in a scratch folder that a test may break.
pub(crate) fn scratch_copy(name: &str) -> Scratch {
    let dir = Scratch::new(name);
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}
