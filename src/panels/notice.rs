//! The words of the notice banner: every [`Notice`] the core keeps, and the platform's typed
//! answers and errors in it, are worded here and only here.

use crate::app_core::{Made, Notice};
use crate::platform::{Saved, StateLocation};
use crate::state_format::RestoreNotice;

/// What the banner says for `notice`.
pub(crate) fn notice_text(notice: &Notice) -> String {
    match notice {
        Notice::Restored(restored) => restore_text(restored),
        Notice::NotWatched { guide, why } => format!(
            "Changes to {guide} will show only when it is opened again: the folder cannot be \
             watched ({why})."
        ),
        Notice::StateNotSaved { to, why } => format!(
            "Your settings could not be saved to {}: {why}. They are kept while the app stays \
             open.",
            location_text(to)
        ),
        Notice::Handout(err) => err.to_string(),
        Notice::FileSaved { what, to } => {
            let place = match to {
                Saved::To(path) => path.as_str(),
                Saved::Downloads => "your downloads",
            };
            format!(
                "Saved {} to {place}. Open it in a web browser to read or print it.",
                made_text(what)
            )
        }
        Notice::FileNotSaved { what, why } => format!("Could not save {}: {why}.", made_text(what)),
        Notice::Dialog(err) => format!("Sorry: {err}."),
        Notice::CopySaved { folder } => format!(
            "Saved a copy of the built-in guide in {folder}, and opened it: edit its files and \
             each change shows here."
        ),
        Notice::CopyNotSaved(err) => format!("Nothing was saved: {err}."),
    }
}

/// Why the app started fresh, and where the old state went.
fn restore_text(restored: &RestoreNotice) -> String {
    match restored {
        RestoreNotice::SetAside { why, from, kept } => {
            let then = match (from, kept) {
                (StateLocation::File(_), Some(kept)) => {
                    format!("; the old file is kept as {kept}.")
                }
                (StateLocation::File(file), None) => format!(
                    ". The file {file} could not be moved aside, so it will be replaced when the \
                     app next saves; copy it now if it matters to you."
                ),
                (StateLocation::Browser, Some(key)) => {
                    format!("; the old settings are kept in this browser's storage as \"{key}\".")
                }
                (StateLocation::Browser, None) => ". They could not be copied aside, so they \
                                                   will be replaced when the app next saves."
                    .to_owned(),
            };
            format!("Your saved settings could not be used: {why}. The app started fresh{then}")
        }
        RestoreNotice::StorageRefused => "Your saved settings could not be read: this browser \
                                          refused its storage. The app started fresh."
            .to_owned(),
        RestoreNotice::NoStorage => "This browser keeps no storage for this page (a private \
                                     window may not), so your settings last only until the page \
                                     is closed."
            .to_owned(),
    }
}

fn location_text(location: &StateLocation) -> &str {
    match location {
        StateLocation::File(path) => path,
        StateLocation::Browser => "this browser's storage",
    }
}

fn made_text(made: &Made) -> String {
    match made {
        Made::Handout { title } => format!("the handout for {title}"),
    }
}
