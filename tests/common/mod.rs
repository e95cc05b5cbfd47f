//! Helpers shared by the integration tests.

#![allow(clippy::unwrap_used, dead_code)]

use std::path::{Path, PathBuf};

pub mod ui;

/// The small, valid guide that tests break on purpose.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

/// A scratch folder of one test: a fresh name of its own (tests run in parallel, and a name
/// shared by two would race), removed when the test ends.
pub struct Scratch(tempfile::TempDir);

impl Scratch {
    pub fn new(name: &str) -> Self {
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
pub fn scratch_copy(name: &str) -> Scratch {
    let dir = Scratch::new(name);
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}
