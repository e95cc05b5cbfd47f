//! The file the reader's state is saved in: read leniently, written whole, never thrown away.
//!
//! A file that cannot be read (damaged, or written by another version) is renamed and kept, the
//! reader is told once, and the app starts fresh.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::native::guide_dir::write_whole;
use crate::platform::{ReadError, SaveError, StateLocation, StateStore, WriteJob};
use crate::state::AppState;
use crate::state_format::{Restored, WindowSize, restore, to_text};

/// The file's name in the app's data folder.
pub const FILE_NAME: &str = "state.ron";
/// A save file is a few KiB; anything far larger is not one of ours.
const MAX_BYTES: u64 = 8 * 1024 * 1024;
/// The file eframe kept the state in before this one; read once, when ours does not exist yet.
const EFRAME_FILE: &str = "app.ron";
/// The key eframe stored the app's state under (`eframe::APP_KEY`).
const EFRAME_KEY: &str = "app";

/// Where the state is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
}

impl StateStore for StateFile {
    fn read(&self) -> Result<Option<String>, ReadError> {
        match read_capped(&self.path) {
            Ok(text) => Ok(Some(text)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(ReadError::Unreadable(err.to_string())),
        }
    }

    /// Writes the text whole: a crash or a full disk mid-save leaves the previous file.
    fn write(&self, text: &str) -> Result<(), SaveError> {
        let io = |err: std::io::Error| SaveError::Io(err.to_string());
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        write_whole(&self.path, text.as_bytes()).map_err(io)
    }

    fn write_job(&self, text: &str) -> Option<WriteJob> {
        let file = self.clone();
        let text = text.to_owned();
        Some(Box::new(move || StateStore::write(&file, &text)))
    }

    /// Renames the file to the first free `state.unreadable-N.ron` beside it.
    fn keep_aside(&self) -> Option<String> {
        let kept = (1..1000)
            .map(|n| {
                self.path
                    .with_file_name(format!("state.unreadable-{n}.ron"))
            })
            .find(|p| !p.exists())?;
        std::fs::rename(&self.path, &kept).ok()?;
        Some(kept.display().to_string())
    }

    /// The state as eframe saved it before this file existed, if there is one.
    fn earlier(&self) -> Option<AppState> {
        let old = self.path.with_file_name(EFRAME_FILE);
        read_capped(&old)
            .ok()
            .and_then(|text| ron::from_str::<std::collections::HashMap<String, String>>(&text).ok())
            .and_then(|map| map.get(EFRAME_KEY).cloned())
            .and_then(|state| ron::from_str::<AppState>(&state).ok())
    }

    fn location(&self) -> StateLocation {
        StateLocation::File(self.path.display().to_string())
    }
}

impl StateFile {
    /// The state file at `path`.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The state file in the platform's data folder (on Linux `~/.local/share/massage-guide`),
    /// or None when the platform has none.
    pub fn in_data_dir() -> Option<Self> {
        directories::ProjectDirs::from("", "", "massage-guide")
            .map(|dirs| Self::at(dirs.data_dir().join(FILE_NAME)))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the saved state. Never fails: whatever cannot be read is set aside and the app
    /// starts with defaults (`state_format::restore`).
    pub fn load(&self) -> Restored {
        restore(self)
    }

    /// Writes the state whole: a crash or a full disk mid-save leaves the previous file.
    pub fn save(&self, state: &AppState, window: Option<WindowSize>) -> std::io::Result<()> {
        let text = to_text(state, window).map_err(std::io::Error::other)?;
        StateStore::write(self, &text).map_err(std::io::Error::other)
    }
}

fn read_capped(path: &Path) -> std::io::Result<String> {
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_BYTES {
        return Err(std::io::Error::other("the file is far too large"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app_core::Notice;
    use crate::data::TechniqueId;
    use crate::state_format::RestoreNotice;

    /// The notice as the banner words it.
    fn said(notice: Option<RestoreNotice>) -> Option<String> {
        notice.map(|n| crate::panels::notice_text(&Notice::Restored(n)))
    }

    fn scratch() -> (tempfile::TempDir, StateFile) {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::at(dir.path().join("massage-guide").join(FILE_NAME));
        (dir, file)
    }

    fn some_state() -> AppState {
        let mut state = AppState {
            safety_check_offered: true,
            ..AppState::default()
        };
        state
            .favourites
            .toggle(&TechniqueId("palm_effleurage".to_owned()));
        state
    }

    #[test]
    fn a_missing_file_starts_fresh_without_a_word() {
        let (_dir, file) = scratch();
        let restored = file.load();
        assert_eq!(restored.state, AppState::default());
        assert_eq!(restored.notice, None);
    }

    #[test]
    fn what_is_saved_comes_back() {
        let (_dir, file) = scratch();
        let window = WindowSize {
            width: 1000.0,
            height: 700.0,
            maximized: false,
        };
        file.save(&some_state(), Some(window)).unwrap();
        let restored = file.load();
        assert_eq!(restored.notice, None);
        assert_eq!(restored.state, some_state());
        assert_eq!(restored.window, Some(window));
        assert_eq!(restored.notice, None);
        // Saved again over the old file, and nothing but the file is left in the folder.
        file.save(&AppState::default(), None).unwrap();
        assert_eq!(file.load().state, AppState::default());
        let parent = file.path().parent().unwrap();
        assert_eq!(std::fs::read_dir(parent).unwrap().count(), 1);
    }

    #[test]
    fn a_damaged_file_is_set_aside_intact_and_the_reader_told() {
        let (_dir, file) = scratch();
        file.save(&some_state(), None).unwrap();
        let good = std::fs::read_to_string(file.path()).unwrap();
        // Cut off half-way, as a crash mid-write would have left it before saves were whole.
        let damaged = &good[..good.len() / 2];
        std::fs::write(file.path(), damaged).unwrap();

        let restored = file.load();
        assert_eq!(restored.state, AppState::default());
        let kept = file.path().with_file_name("state.unreadable-1.ron");
        let notice = said(restored.notice).unwrap();
        assert!(
            notice.starts_with("Your saved settings could not be used: they are damaged at line"),
            "{notice}"
        );
        assert!(notice.ends_with(&format!("the old file is kept as {}.", kept.display())));
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), damaged);
        assert!(!file.path().exists());
        // Told once: the next start finds no file and says nothing.
        assert_eq!(file.load().notice, None);
        // A second damaged file does not replace the first one kept.
        std::fs::write(file.path(), "(((").unwrap();
        assert!(
            said(file.load().notice)
                .unwrap()
                .contains("state.unreadable-2.ron")
        );
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), damaged);
    }

    #[test]
    fn another_versions_file_is_set_aside() {
        let (_dir, file) = scratch();
        std::fs::create_dir_all(file.path().parent().unwrap()).unwrap();
        std::fs::write(file.path(), "(format: 2, state: (new_field: [1, 2]))").unwrap();
        let notice = said(file.load().notice).unwrap();
        assert!(
            notice.contains("they were saved by a different version of the app"),
            "{notice}"
        );
        std::fs::write(file.path(), "(state: ())").unwrap();
        assert!(
            said(file.load().notice)
                .unwrap()
                .contains("different version")
        );
        std::fs::write(file.path(), "not ron at all \u{0}").unwrap();
        assert!(said(file.load().notice).unwrap().contains("damaged"));
        std::fs::write(file.path(), [0xff, 0xfe, 0x00]).unwrap();
        assert!(
            said(file.load().notice)
                .unwrap()
                .contains("could not be read")
        );
    }

    #[test]
    fn the_state_eframe_saved_is_carried_over() {
        let (_dir, file) = scratch();
        let old = file.path().with_file_name(EFRAME_FILE);
        std::fs::create_dir_all(old.parent().unwrap()).unwrap();
        let mut map = std::collections::HashMap::new();
        map.insert(EFRAME_KEY, ron::to_string(&some_state()).unwrap());
        map.insert("egui", "()".to_owned());
        std::fs::write(&old, ron::to_string(&map).unwrap()).unwrap();
        let restored = file.load();
        assert_eq!(restored.state, some_state());
        assert_eq!(restored.notice, None);
        assert!(old.exists(), "eframe's file is left alone");
    }
}
