//! The desktop's folders: the system's folder dialog (rfd: the XDG desktop portal on Linux,
//! falling back to zenity; the native dialogs on macOS and Windows), and guides read from and
//! written to folders.

use std::path::PathBuf;

use raw_window_handle::{HasDisplayHandle, HasWindowHandle};

use crate::native::folder::{ExportError, export_guide};
use crate::native::guide_folder::GuideFolder;
use crate::platform::{FolderPurpose, Folders, GuideSource};

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
        answer: Box<dyn FnOnce(Option<String>) + Send>,
    ) -> Result<(), String> {
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
                let chosen = dialog.pick_folder();
                answer(chosen.map(|path| path.display().to_string()));
            })
            .map(drop)
            .map_err(|err| format!("the folder dialog cannot be opened ({err})"))
    }

    fn guide_at(&self, path: &str) -> Box<dyn GuideSource> {
        Box::new(GuideFolder::new(PathBuf::from(path)))
    }

    fn save_built_in(&self, path: &str) -> Result<(), String> {
        match export_guide(&PathBuf::from(path), false) {
            Ok(_) => Ok(()),
            Err(ExportError::WouldOverwrite { names, .. }) => Err(format!(
                "{path} already holds a guide's files ({}); choose an empty folder, so \
                 nothing there is replaced",
                names.join(", ")
            )),
            Err(err @ ExportError::Io { .. }) => Err(err.to_string()),
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
        done: Box<dyn FnOnce(crate::platform::Saved) + Send>,
    ) -> Result<(), String> {
        let dialog = self
            .0
            .dialog("Save the handout")
            .set_file_name(name)
            .add_filter("Web page", &["html"]);
        std::thread::Builder::new()
            .name("save dialog".to_owned())
            .spawn(move || {
                let saved = match dialog.save_file() {
                    None => Ok(None),
                    Some(path) => crate::native::folder::write_whole(&path, contents.as_bytes())
                        .map(|()| Some(path.display().to_string()))
                        .map_err(|err| format!("cannot write {}: {err}", path.display())),
                };
                done(saved);
            })
            .map(drop)
            .map_err(|err| format!("the save dialog cannot be opened ({err})"))
    }
}
