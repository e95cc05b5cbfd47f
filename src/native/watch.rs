//! Watching a guide folder, so an author's saved edit shows in the running app.

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::data::GuideFile;

/// Editors save in bursts (write, rename, touch): changes closer together than this are read
/// as one. Short enough that an edit shows well within a second.
const SETTLE: Duration = Duration::from_millis(150);

/// Reports changes to the guide files of one folder.
pub struct FolderWatcher {
    // Kept alive for as long as the folder is watched; dropping it stops the watch.
    _debouncer: Debouncer<RecommendedWatcher>,
    changes: Receiver<DebounceEventResult>,
}

impl FolderWatcher {
    /// Starts watching `dir`. `wake` runs on the watcher's thread after each burst of changes,
    /// e.g. to ask the UI for a frame while it sleeps.
    pub fn new(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        #[expect(
            clippy::disallowed_methods,
            reason = "src/native is the platform seam: the watcher's thread reports here"
        )]
        let (sender, changes) = channel();
        let mut debouncer = new_debouncer(SETTLE, move |result| {
            // The receiver is gone only when the app is closing.
            if sender.send(result).is_ok() {
                wake();
            }
        })
        .map_err(|err| err.to_string())?;
        // The folder, not the files: editors that save by writing a new file and renaming it
        // over the old one would otherwise end the watch after the first save.
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::NonRecursive)
            .map_err(|err| err.to_string())?;
        Ok(Self {
            _debouncer: debouncer,
            changes,
        })
    }

    /// Whether a guide file changed since the last call. An error from the watcher counts as a
    /// change: reading the folder again is how its state is found out.
    pub fn changed(&self) -> bool {
        let mut changed = false;
        while let Ok(result) = self.changes.try_recv() {
            changed |= match result {
                Ok(events) => events.iter().any(|e| is_guide_file(&e.path)),
                Err(_) => true,
            };
        }
        changed
    }
}

/// Whether `path` names one of the guide's files (not a swap or backup file of an editor).
fn is_guide_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .and_then(GuideFile::named)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_guide_files_count() {
        assert!(is_guide_file(Path::new("/g/regions.ron")));
        assert!(is_guide_file(Path::new("routines.ron")));
        assert!(!is_guide_file(Path::new("/g/.regions.ron.swp")));
        assert!(!is_guide_file(Path::new("/g/regions.ron~")));
        assert!(!is_guide_file(Path::new("/g/notes.txt")));
        assert!(!is_guide_file(Path::new("/")));
    }
}
