//! A guide folder on disk as a [`GuideSource`]: read with `guide_dir`, watched with `watch`.

use std::path::PathBuf;

use crate::data::{Diagnostic, GuideFiles};
use crate::native::guide_dir::read_guide_dir;
use crate::native::watch::FolderWatcher;
use crate::platform::{GuideSource, ReadJob, WatchError};

pub struct GuideFolder {
    dir: PathBuf,
    /// As the reader typed it.
    name: String,
    /// The folder's absolute path, to open it again from the list of recent guides.
    location: String,
    watcher: Option<FolderWatcher>,
}

impl GuideFolder {
    pub fn new(dir: PathBuf) -> Self {
        // Absolute, not canonical: a link the reader chose stays as they chose it.
        let location = std::path::absolute(&dir)
            .unwrap_or_else(|_| dir.clone())
            .display()
            .to_string();
        Self {
            name: dir.display().to_string(),
            location,
            dir,
            watcher: None,
        }
    }
}

impl GuideSource for GuideFolder {
    fn name(&self) -> &str {
        &self.name
    }

    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>> {
        read_guide_dir(&self.dir)
    }

    fn read_job(&self) -> ReadJob {
        let dir = self.dir.clone();
        Box::new(move || read_guide_dir(&dir))
    }

    fn watch(&mut self, wake: Box<dyn Fn() + Send + Sync>) -> Result<(), WatchError> {
        self.watcher = Some(FolderWatcher::new(&self.dir, wake).map_err(WatchError::Refused)?);
        Ok(())
    }

    fn changed(&mut self) -> bool {
        self.watcher.as_ref().is_some_and(FolderWatcher::changed)
    }

    fn is_watching(&self) -> bool {
        self.watcher.is_some()
    }

    fn location(&self) -> Option<&str> {
        Some(&self.location)
    }
}
