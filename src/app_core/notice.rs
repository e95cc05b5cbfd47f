//! What the reader is told once, in the notice banner: typed here, worded by the views
//! (`panels::notice`).

use crate::handout::HandoutError;
use crate::platform::{
    CopyError, DialogError, FileSaveError, SaveError, Saved, StateLocation, WatchError,
};
use crate::state_format::RestoreNotice;

/// Something the reader is told once, until they dismiss it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Notice {
    /// Why the app started fresh (the saved state set aside, or no storage).
    Restored(RestoreNotice),
    /// The guide folder cannot be watched: changes show only when it is opened again.
    NotWatched { guide: String, why: WatchError },
    /// The state could not be saved; it stays in memory.
    StateNotSaved { to: StateLocation, why: SaveError },
    /// No handout could be made.
    Handout(HandoutError),
    /// A file the app made was saved.
    FileSaved { what: Made, to: Saved },
    /// A file the app made could not be saved.
    FileNotSaved { what: Made, why: FileSaveError },
    /// No dialog could be shown.
    Dialog(DialogError),
    /// A copy of the built-in guide was written into `folder` and opened.
    CopySaved { folder: String },
    /// No copy of the built-in guide was written.
    CopyNotSaved(CopyError),
}

/// A file the app makes, for what the reader is told about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Made {
    /// The handout with this title.
    Handout { title: String },
}
