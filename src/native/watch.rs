//! Watching a guide folder, so an author's saved edit shows in the running app.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

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
    /// Set by the watcher's thread when a guide file changed, taken by `changed`.
    changed: Arc<AtomicBool>,
}

/// Each guide file's size and modification time, or None where it is missing.
type Fingerprint = Vec<Option<(u64, SystemTime)>>;

fn fingerprint(dir: &Path) -> Fingerprint {
    GuideFile::ALL
        .iter()
        .map(|file| {
            let meta = std::fs::metadata(dir.join(file.file_name())).ok()?;
            Some((meta.len(), meta.modified().ok()?))
        })
        .collect()
}

impl FolderWatcher {
    /// Starts watching `dir`. `wake` runs on the watcher's thread after a burst of changes
    /// that changed a guide file, e.g. to ask the UI for a frame while it sleeps.
    pub fn new(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let folder = dir.to_path_buf();
        // The guide files as last seen. The system also reports a file merely opened
        // (inotify's `IN_OPEN`, which notify watches), and the app opens every file when it
        // reloads: only a file whose size or time changed counts, or each reload would wake
        // the app and start the next.
        let mut seen = fingerprint(dir);
        let mut debouncer = new_debouncer(SETTLE, move |result: DebounceEventResult| {
            let touched = match &result {
                Ok(events) => events.iter().any(|e| is_guide_file(&e.path)),
                // An error counts as a change: reading the folder again finds out its state.
                Err(_) => true,
            };
            if !touched {
                return;
            }
            let now = fingerprint(&folder);
            if now != seen || result.is_err() {
                seen = now;
                flag.store(true, Ordering::Release);
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
            changed,
        })
    }

    /// Whether a guide file changed since the last call.
    pub fn changed(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
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

    /// Waits for the watcher's report on what happened just before (its debounce is 150 ms).
    fn settled(watcher: &FolderWatcher) -> bool {
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            std::thread::sleep(Duration::from_millis(50));
            if watcher.changed() {
                return true;
            }
            // Quiet for well over the debounce: nothing more is coming.
            if std::time::Instant::now() > deadline {
                return false;
            }
        }
    }

    #[test]
    fn reading_the_files_is_not_a_change_but_writing_one_is() {
        let dir = tempfile::tempdir().unwrap();
        for file in GuideFile::ALL {
            std::fs::write(dir.path().join(file.file_name()), file.embedded()).unwrap();
        }
        let watcher = FolderWatcher::new(dir.path(), || {}).unwrap();
        // What a reload does: open and read every file.
        for file in GuideFile::ALL {
            std::fs::read_to_string(dir.path().join(file.file_name())).unwrap();
        }
        std::thread::sleep(Duration::from_millis(600));
        assert!(!watcher.changed(), "reading must not start another reload");

        std::fs::write(dir.path().join("regions.ron"), "// edited\n").unwrap();
        assert!(settled(&watcher), "an edit is a change");
    }
}
