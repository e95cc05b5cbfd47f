//! What the app needs from the system it runs on, as small traits.
//!
//! Where a guide comes from (and whether it changed), where the reader's state is kept, and,
//! where there are folders, choosing one and writing a guide into it.
//!
//! The desktop implements them with files and a folder watcher (`native`), the browser with its
//! local storage (`web`); the rest of the app sees only these.

use crate::data::{Diagnostic, GuideFiles, Origin};
use crate::state::AppState;

/// A guide's files as the shell read them from a [`GuideSource`], handed to the core as
/// `Command::GuideRead`: the core itself reads nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideRead {
    /// The source as the reader named it.
    pub name: String,
    /// Where it can be opened again (see [`GuideSource::location`]).
    pub location: Option<String>,
    pub why: ReadWhy,
    pub files: Result<GuideFiles, Vec<Diagnostic>>,
}

/// Why a guide was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadWhy {
    /// It was just opened, in place of the guide on screen.
    Opened,
    /// Its source said it changed.
    Changed,
}

impl GuideRead {
    /// Reads `source`'s files now.
    pub fn from(source: &dyn GuideSource, why: ReadWhy) -> Self {
        Self {
            name: source.name().to_owned(),
            location: source.location().map(str::to_owned),
            why,
            files: source.read(),
        }
    }

    /// Where the guide comes from: a folder if it can be opened again, else a drop.
    pub fn origin(&self) -> Origin {
        if self.location.is_some() {
            Origin::Folder(self.name.clone())
        } else {
            Origin::Dropped(self.name.clone())
        }
    }
}

/// A guide other than the built-in one, such as a folder an author edits.
pub trait GuideSource {
    /// How the toolbar and messages name it (a folder as the reader typed it).
    fn name(&self) -> &str;

    /// Reads the guide's files, or says what could not be read.
    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>>;

    /// The same reading as [`read`](Self::read), as a job another thread can run. By default
    /// the files are read at once (a source in memory has nothing slow to do).
    fn read_job(&self) -> ReadJob {
        let files = self.read();
        Box::new(move || files)
    }

    /// Starts telling of changes; `wake` asks for a frame when one comes while the app sleeps.
    /// Err says why the source cannot be watched.
    fn watch(&mut self, wake: Box<dyn Fn() + Send + Sync>) -> Result<(), WatchError>;

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

/// Reading a guide's files, to run away from the window's thread.
pub type ReadJob = Box<dyn FnOnce() -> Result<GuideFiles, Vec<Diagnostic>> + Send>;

/// Writing the state's text, to run away from the window's thread.
pub type WriteJob = Box<dyn FnOnce() -> Result<(), SaveError> + Send>;

/// Runs the platform's slow work (reading a guide folder, writing the state) off the window.
///
/// Jobs run away from the window's thread, one after another in the order given, so a later
/// save always lands last. Where there is none (a browser, the tests) the shell does the work
/// itself at once.
pub trait Background {
    /// Runs `job` soon, after the jobs given before it.
    fn run(&self, job: Box<dyn FnOnce() + Send>);

    /// Waits until every job given so far has run: the last save is on disk before the app
    /// exits.
    fn finish(&self);
}

/// Why a guide folder cannot be watched for changes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WatchError {
    /// The system refused the watch (its own words: a limit reached, no such folder).
    #[error("{0}")]
    Refused(String),
    /// The guide is read once (dropped files): nothing to watch.
    #[error("dropped files are read once; drop them again after a change")]
    ReadOnce,
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
        answer: Box<dyn FnOnce(Result<Chosen, DialogError>) + Send>,
    ) -> Result<(), DialogError>;

    /// The guide in the folder at `path`, to show and watch.
    fn guide_at(&self, path: &str) -> Box<dyn GuideSource>;

    /// Writes the built-in guide's files into the folder at `path`, replacing none; Err says
    /// why nothing was written.
    fn save_built_in(&self, path: &str) -> Result<(), CopyError>;
}

/// How a folder dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// The folder chosen, as a path.
    Folder(String),
    /// The reader cancelled the dialog.
    Cancelled,
}

/// Which of the system's dialogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    Folder,
    Save,
}

/// Why no dialog could be shown.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DialogError {
    /// The system showed none (answered at once, as if cancelled): what to install.
    #[error(
        "this system showed no {} dialog. On Linux the app asks the desktop portal \
         (xdg-desktop-portal with a back end such as xdg-desktop-portal-gtk), then zenity: \
         install either{}",
        kind_word(*.0),
        match .0 {
            DialogKind::Folder => ", or start the app with --data and the guide's folder",
            DialogKind::Save => "",
        }
    )]
    NoneShown(DialogKind),
    /// The dialog's thread could not be started (the system's reason).
    #[error("the {} dialog cannot be opened ({why})", kind_word(*.kind))]
    CannotOpen { kind: DialogKind, why: String },
}

fn kind_word(kind: DialogKind) -> &'static str {
    match kind {
        DialogKind::Folder => "folder",
        DialogKind::Save => "save",
    }
}

/// Why no copy of the built-in guide was written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CopyError {
    /// The folder already holds guide files, which a copy would replace.
    #[error(
        "{folder} already holds a guide's files ({}); choose an empty folder, so nothing \
         there is replaced",
        .names.join(", ")
    )]
    WouldOverwrite { folder: String, names: Vec<String> },
    /// A file could not be written (the path and the system's reason).
    #[error("cannot write {path}: {why}")]
    CannotWrite { path: String, why: String },
}

/// Where the reader's state is kept between runs: a thin store of its text.
///
/// As thin as `eframe::Storage`: what to do with a text that cannot be used (set it aside, keep
/// it, say where) is decided once, for every platform, in `state_format::restore`.
pub trait StateStore {
    /// The saved text; None when nothing was saved yet.
    fn read(&self) -> Result<Option<String>, ReadError>;

    /// Keeps `text` in place of the saved one, whole or not at all.
    fn write(&self, text: &str) -> Result<(), SaveError>;

    /// The same writing as [`write`](Self::write), as a job another thread can run; None
    /// where the store can only be written from the window's thread (a browser's storage).
    fn write_job(&self, _text: &str) -> Option<WriteJob> {
        None
    }

    /// Moves the saved text out of the way, keeping it where no save replaces it; says where
    /// (a file's path, a storage key), or None if it could not be moved.
    fn keep_aside(&self) -> Option<String>;

    /// The state an earlier version of the app left in its own place, when nothing is saved
    /// in ours yet.
    fn earlier(&self) -> Option<AppState> {
        None
    }

    /// Where the state is kept, for messages.
    fn location(&self) -> StateLocation;
}

/// Why the saved state could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Something is there but cannot be read (the system's reason): it is set aside.
    #[error("{0}")]
    Unreadable(String),
    /// The storage itself refused (a browser's): there is nothing to set aside.
    #[error("the storage refused")]
    Refused,
}

/// Where the reader's state is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateLocation {
    /// A file, by its path.
    File(String),
    /// The browser's storage for this page.
    Browser,
}

/// Why the state could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The system's reason a file could not be written.
    #[error("{0}")]
    Io(String),
    /// The state could not be written as text (it cannot happen, but is told if it does).
    #[error("{0}")]
    Format(String),
    /// The browser refused the storage (quota exceeded, storage denied).
    #[error("the browser's storage is full or turned off")]
    StorageRefused,
}

/// The state could not be saved to `to`, for the reason `why`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveFailure {
    pub to: StateLocation,
    pub why: SaveError,
}

/// Where a file the app made went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Saved at this path.
    To(String),
    /// Given to the browser as a download.
    Downloads,
}

/// What of a download the browser refused to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadPart {
    File,
    Address,
    Link,
}

/// Why a file the app made could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileSaveError {
    #[error(transparent)]
    Dialog(#[from] DialogError),
    /// The file could not be written (the path and the system's reason).
    #[error("cannot write {path}: {why}")]
    CannotWrite { path: String, why: String },
    #[error(
        "the browser refused the download ({})",
        match .0 {
            DownloadPart::File => "a file",
            DownloadPart::Address => "an address",
            DownloadPart::Link => "a link",
        }
    )]
    DownloadRefused(DownloadPart),
}

/// Giving the reader a file the app made, such as a handout: the system's save dialog on the
/// desktop, a download in a browser.
pub trait FileSaver {
    /// Offers `contents` as a file named `name` without blocking the app; `done` is told how
    /// it went (None: the reader cancelled). Err says why nothing could be offered.
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(Result<Option<Saved>, FileSaveError>) + Send>,
    ) -> Result<(), FileSaveError>;
}
