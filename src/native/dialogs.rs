//! The desktop's dialogs: the system's folder and save dialogs, and what is done with them.
//!
//! rfd shows them: the XDG desktop portal on Linux, falling back to zenity; the native dialogs
//! on macOS and Windows. A folder chosen opens a guide or takes a copy of the built-in one; a
//! file chosen takes a handout.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use raw_window_handle::{HasDisplayHandle, HasWindowHandle};

use crate::native::guide_dir::{ExportError, export_guide};
use crate::native::guide_source::GuideFolder;
use crate::platform::{
    Chosen, CopyError, DialogError, DialogKind, FileSaveError, FolderPurpose, Folders, GuideSource,
    Saved,
};

/// The dialogs' common settings: the window they belong to, so the system opens them over it
/// (and, with the desktop portal, keeps them with it) rather than anywhere on screen.
#[derive(Clone, Default)]
struct Dialogs(rfd::FileDialog);

impl Dialogs {
    fn over<W: HasWindowHandle + HasDisplayHandle>(window: &W) -> Self {
        Self(rfd::FileDialog::new().set_parent(window))
    }

    fn dialog(&self, title: &str) -> rfd::FileDialog {
        self.0.clone().set_title(title)
    }
}

/// Folders through the operating system.
#[derive(Default)]
pub struct NativeFolders(Dialogs);

impl NativeFolders {
    /// Folders whose dialogs open over `window`.
    pub fn over<W: HasWindowHandle + HasDisplayHandle>(window: &W) -> Self {
        Self(Dialogs::over(window))
    }
}

impl Folders for NativeFolders {
    fn choose(
        &self,
        purpose: FolderPurpose,
        answer: Box<dyn FnOnce(Result<Chosen, DialogError>) + Send>,
    ) -> Result<(), DialogError> {
        let title = match purpose {
            FolderPurpose::OpenGuide => "Open a guide folder",
            FolderPurpose::SaveBuiltInCopy => "Choose an empty folder for a copy of the guide",
        };
        let dialog = self.0.dialog(title).set_can_create_directories(true);
        // The dialog blocks until the reader answers; on its own thread the app keeps
        // drawing meanwhile.
        std::thread::Builder::new()
            .name("folder dialog".to_owned())
            .spawn(move || {
                let asked = Instant::now();
                let chosen = dialog.pick_folder();
                let chosen = answer_of(chosen, asked.elapsed(), DialogKind::Folder);
                answer(chosen.map(|folder| folder.map_or(Chosen::Cancelled, Chosen::Folder)));
            })
            .map(drop)
            .map_err(|err| DialogError::CannotOpen {
                kind: DialogKind::Folder,
                why: err.to_string(),
            })
    }

    fn guide_at(&self, path: &str) -> Box<dyn GuideSource> {
        Box::new(GuideFolder::new(PathBuf::from(path)))
    }

    fn save_built_in(&self, path: &str) -> Result<(), CopyError> {
        match export_guide(&PathBuf::from(path), false) {
            Ok(_) => Ok(()),
            Err(ExportError::WouldOverwrite { names, .. }) => Err(CopyError::WouldOverwrite {
                folder: path.to_owned(),
                names,
            }),
            Err(ExportError::Io { path, source }) => Err(CopyError::CannotWrite {
                path: path.display().to_string(),
                why: source.to_string(),
            }),
        }
    }
}

/// Files saved where the reader chooses, with the system's save dialog.
#[derive(Default)]
pub struct NativeFileSaver(Dialogs);

impl NativeFileSaver {
    /// Saves whose dialogs open over `window`.
    pub fn over<W: HasWindowHandle + HasDisplayHandle>(window: &W) -> Self {
        Self(Dialogs::over(window))
    }
}

impl crate::platform::FileSaver for NativeFileSaver {
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(Result<Option<Saved>, FileSaveError>) + Send>,
    ) -> Result<(), FileSaveError> {
        let dialog = self
            .0
            .dialog("Save the handout")
            .set_file_name(name)
            .add_filter("Web page", &["html"]);
        std::thread::Builder::new()
            .name("save dialog".to_owned())
            .spawn(move || {
                let asked = Instant::now();
                let chosen = dialog.save_file();
                let saved = match chosen {
                    None => answer_of(None, asked.elapsed(), DialogKind::Save)
                        .map(|_| None)
                        .map_err(FileSaveError::from),
                    Some(path) => crate::native::guide_dir::write_whole(&path, contents.as_bytes())
                        .map(|()| Some(Saved::To(path.display().to_string())))
                        .map_err(|err| FileSaveError::CannotWrite {
                            path: path.display().to_string(),
                            why: err.to_string(),
                        }),
                };
                done(saved);
            })
            .map(drop)
            .map_err(|err| {
                FileSaveError::Dialog(DialogError::CannotOpen {
                    kind: DialogKind::Save,
                    why: err.to_string(),
                })
            })
    }
}

/// No one cancels a dialog this fast: an empty answer sooner means none was shown. rfd then
/// answers as if cancelled (on Linux: neither the desktop portal nor zenity could show one).
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(300);

/// How a dialog ended: the path chosen, None if cancelled, or, when an empty answer came too
/// fast for a person, that no dialog was shown.
fn answer_of(
    chosen: Option<PathBuf>,
    took: Duration,
    dialog: DialogKind,
) -> Result<Option<String>, DialogError> {
    match chosen {
        Some(path) => Ok(Some(path.display().to_string())),
        None if took < NO_DIALOG_WITHIN => Err(DialogError::NoneShown(dialog)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fast_empty_answer_means_no_dialog_and_a_slow_one_a_cancel() {
        let chosen = Some(PathBuf::from("/home/sam/guide"));
        let now = Duration::from_millis(5);
        let later = Duration::from_secs(4);
        assert_eq!(
            answer_of(chosen.clone(), now, DialogKind::Folder),
            Ok(Some("/home/sam/guide".to_owned()))
        );
        assert_eq!(
            answer_of(chosen, later, DialogKind::Folder),
            Ok(Some("/home/sam/guide".to_owned()))
        );
        assert_eq!(answer_of(None, later, DialogKind::Folder), Ok(None));
        let none = answer_of(None, now, DialogKind::Folder)
            .unwrap_err()
            .to_string();
        assert!(
            none.contains("no folder dialog") && none.contains("--data"),
            "{none}"
        );
        let none = answer_of(None, now, DialogKind::Save)
            .unwrap_err()
            .to_string();
        assert!(
            none.contains("no save dialog") && !none.contains("--data"),
            "{none}"
        );
    }
}
