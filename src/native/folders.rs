//! The desktop's folders: the system's folder dialog (rfd: the XDG desktop portal on Linux,
//! falling back to zenity; the native dialogs on macOS and Windows), and guides read from and
//! written to folders.

use std::path::PathBuf;

use crate::native::folder::{ExportError, export_guide};
use crate::native::guide_folder::GuideFolder;
use crate::platform::{FolderPurpose, Folders, GuideSource};

/// Folders through the operating system.
pub struct NativeFolders;

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
        let dialog = rfd::FileDialog::new()
            .set_title(title)
            .set_can_create_directories(true);
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
pub struct NativeFileSaver;

impl crate::platform::FileSaver for NativeFileSaver {
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(crate::platform::Saved) + Send>,
    ) -> Result<(), String> {
        let dialog = rfd::FileDialog::new()
            .set_title("Save the handout")
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
