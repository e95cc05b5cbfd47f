//! What the app needs from the system it runs on, as small traits.
//!
//! Where a guide comes from (and whether it changed), where the reader's state is kept, and,
//! where there are folders, choosing one and writing a guide into it.
//!
//! The desktop implements them with files and a folder watcher (`native`), the browser with its
//! local storage (`web`); the rest of the app sees only these.

use crate::data::{Diagnostic, GuideFiles};
use crate::state::AppState;
use crate::state_format::{Restored, WindowSize};

/// Where the guide on screen came from; the views word it (the toolbar, the handouts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// The guide built into the app.
    #[default]
    BuiltIn,
    /// A guide folder, named as the reader gave it.
    Folder(String),
    /// Guide files dropped on the window, named as they were dropped ("guide.zip", "the 2
    /// dropped files").
    Dropped(String),
}

impl Origin {
    /// Where `source`'s guide comes from: a folder if it can be opened again, else a drop.
    pub fn of(source: &dyn GuideSource) -> Self {
        let name = source.name().to_owned();
        if source.location().is_some() {
            Self::Folder(name)
        } else {
            Self::Dropped(name)
        }
    }
}

/// A guide other than the built-in one, such as a folder an author edits.
pub trait GuideSource {
    /// How the toolbar and messages name it (a folder as the reader typed it).
    fn name(&self) -> &str;

    /// Reads the guide's files, or says what could not be read.
    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>>;

    /// Starts telling of changes; `wake` asks for a frame when one comes while the app sleeps.
    /// Err says why the source cannot be watched.
    fn watch(&mut self, wake: Box<dyn Fn() + Send + Sync>) -> Result<(), String>;

    /// Whether the guide may have changed since the last call (polled once a frame).
    fn changed(&mut self) -> bool;

    /// Whether changes are being watched for.
    fn is_watching(&self) -> bool;

    /// Where it can be opened again (a folder's path), for the list of recent guides; None for
    /// a guide that cannot be reopened, such as dropped files.
    fn location(&self) -> Option<&str> {
        None
    }
}

/// What a folder is chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderPurpose {
    /// A guide to open in place of the one on screen.
    OpenGuide,
    /// Where to save a copy of the built-in guide.
    SaveBuiltInCopy,
}

/// Folders on a desktop: the system's folder dialog, and reading and writing guides in them.
/// A browser has none; there the app offers neither.
pub trait Folders {
    /// Shows the system's folder dialog without blocking the app; `answer` is told how it
    /// ended when it closes. Err says why no dialog could be started.
    fn choose(
        &self,
        purpose: FolderPurpose,
        answer: Box<dyn FnOnce(Chosen) + Send>,
    ) -> Result<(), String>;

    /// The guide in the folder at `path`, to show and watch.
    fn guide_at(&self, path: &str) -> Box<dyn GuideSource>;

    /// Writes the built-in guide's files into the folder at `path`, replacing none; Err says
    /// why nothing was written, in words for the reader.
    fn save_built_in(&self, path: &str) -> Result<(), String>;
}

/// How a folder dialog ended: the folder chosen (None if the reader cancelled), or why no
/// dialog could be shown, in words for the reader.
pub type Chosen = Result<Option<String>, String>;

/// Where the reader's state is kept between runs.
pub trait StateStore {
    /// What the last run left. Never fails: whatever cannot be used is set aside, kept, and
    /// the notice says where.
    fn load(&self) -> Restored;

    /// Keeps `state`, whole or not at all; Err says why not, in words for the reader.
    fn save(&self, state: &AppState, window: Option<WindowSize>) -> Result<(), String>;

    /// Where the state is kept, for messages: a file's path, or the browser's storage.
    fn location(&self) -> String;
}

/// How the finished save of a file went: where it went (None if the reader cancelled), or why
/// it could not be saved, in words for the reader.
pub type Saved = Result<Option<String>, String>;

/// Giving the reader a file the app made, such as a handout: the system's save dialog on the
/// desktop, a download in a browser.
pub trait FileSaver {
    /// Offers `contents` as a file named `name` without blocking the app; `done` is told how
    /// it went. Err says why nothing could be offered.
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(Saved) + Send>,
    ) -> Result<(), String>;
}
