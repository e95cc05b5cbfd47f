//! The platform's services in the shell: where the state is kept, the guide shown instead of
//! the built-in one and its watch.
//!
//! The core asks for their work through [`Effects`] (`save`, `open_guide`, `close_guide`) and
//! never holds them; what they answer goes back to it as commands (`Command::StateSaved`,
//! `Command::GuideRead`). Where the platform has a [`Background`] (the desktop's thread), the
//! reading and writing run there and the answers come back in a later frame.
//!
//! [`Effects`]: crate::app_core::Effects

use std::sync::{Arc, PoisonError};

use super::{App, input_of};
use crate::app_core::{Notice, StateToSave};
use crate::command::Command;
use crate::dropped::{DroppedFile, DroppedGuide};
use crate::platform::{
    Background, FileSaver, Folders, GuideRead, GuideSource, ReadWhy, SaveError, SaveFailure,
    StateStore,
};
use crate::state::AppState;
use crate::state_format::{Restored, restore, to_text};

/// How the app starts: what the core starts from, and the services only the shell uses.
///
/// The core takes the state the last run left and whether the app speaks; the shell keeps the
/// guide to open, where the state is kept, folders, saving files and the background thread.
/// `App::new` splits them.
pub struct Startup {
    /// A guide to show, and watch for changes, instead of the built-in guide.
    pub guide: Option<Box<dyn GuideSource>>,
    /// Where the state is saved; None keeps it for this run only.
    pub store: Option<Box<dyn StateStore>>,
    /// What the last run left.
    pub restored: Restored,
    /// Whether the app itself can speak what has the keyboard (a browser can; on the desktop
    /// screen readers read the app through AccessKit instead).
    pub can_read_focus_aloud: bool,
    /// Folders to open guides from and save copies to, where the platform has them.
    pub folders: Option<Box<dyn Folders>>,
    /// How files the app makes reach the reader.
    pub saver: Option<Box<dyn FileSaver>>,
    /// Where slow work runs away from the window's thread; None does it at once.
    pub background: Option<Box<dyn Background>>,
}

impl Startup {
    /// Restores the state from `store`, as on every start of the real app.
    pub fn from_store(
        store: impl StateStore + 'static,
        guide: Option<Box<dyn GuideSource>>,
    ) -> Self {
        Self {
            restored: restore(&store),
            store: Some(Box::new(store)),
            guide,
            can_read_focus_aloud: false,
            folders: None,
            saver: None,
            background: None,
        }
    }

    /// A run that starts from `state` and saves nothing.
    pub fn in_memory(state: AppState) -> Self {
        Self {
            guide: None,
            store: None,
            can_read_focus_aloud: false,
            folders: None,
            saver: None,
            background: None,
            restored: Restored {
                state,
                ..Restored::default()
            },
        }
    }
}

impl App {
    /// Shows the guide from `source` in place of the one on screen, and watches it for
    /// changes. If it does not load, the guide on screen stays and the banner says why.
    pub(super) fn open_guide(&mut self, mut source: Box<dyn GuideSource>) {
        let wake = self.wake.clone();
        if let Err(why) = source.watch(Box::new(move || wake.request_repaint())) {
            self.core.tell(Notice::NotWatched {
                guide: source.name().to_owned(),
                why,
            });
        }
        self.show_guide(source);
    }

    /// Reads `source` and hands its guide to the core; the source is kept to read again
    /// when it changes.
    fn show_guide(&mut self, source: Box<dyn GuideSource>) {
        // Whatever is still being read from the guide before is no longer wanted.
        self.generation += 1;
        let read = reading(source.as_ref(), ReadWhy::Opened);
        self.source = Some(source);
        self.answer_later(read);
    }

    /// Forgets the guide folder (the built-in guide is back): its watch ends, and a reading
    /// still under way is not wanted.
    pub(super) fn close_guide(&mut self) {
        self.generation += 1;
        self.source = None;
    }

    /// Shows guide files dropped on the window in place of the guide on screen, or lists their
    /// problems. The shells read the files (the browser only hands them over asynchronously).
    /// Dropped files are read once: nothing to watch.
    pub fn open_dropped(&mut self, files: Vec<DroppedFile>) {
        if !files.is_empty() {
            self.show_guide(Box::new(DroppedGuide::new(files)));
        }
    }

    /// Reads the guide again if its source says it changed (the watcher wakes the shell then).
    pub(super) fn read_if_changed(&mut self) {
        if let Some(source) = &mut self.source
            && source.changed()
        {
            let read = reading(source.as_ref(), ReadWhy::Changed);
            self.answer_later(read);
        }
    }

    /// Writes the state where it is kept.
    pub(super) fn write_state(&mut self, to_save: &StateToSave) {
        let Some(store) = &self.store else {
            return;
        };
        let to = store.location();
        let failed = move |why| SaveFailure { to, why };
        let text = match to_text(&to_save.state, to_save.window) {
            Ok(text) => text,
            Err(err) => {
                let why = SaveError::Format(err.to_string());
                self.answers.push(Command::StateSaved(Err(failed(why))));
                return;
            }
        };
        if let Some(job) = store.write_job(&text).filter(|_| self.background.is_some()) {
            self.answer_later(move || Command::StateSaved(job().map_err(failed)));
        } else {
            let written = store.write(&text).map_err(failed);
            self.answers.push(Command::StateSaved(written));
        }
    }

    /// Runs `job` where slow work runs (at once without a background), and hands its answer to
    /// the core when it is done.
    fn answer_later(&mut self, job: impl FnOnce() -> Command + Send + 'static) {
        let Some(background) = &self.background else {
            self.answers.push(job());
            return;
        };
        let done = Arc::clone(&self.done);
        let wake = self.wake.clone();
        let generation = self.generation;
        background.run(Box::new(move || {
            let answer = job();
            done.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((generation, answer));
            wake.request_repaint();
        }));
    }

    /// Takes the answers the background has finished, leaving out readings of a guide no
    /// longer shown.
    pub(super) fn take_done(&mut self) {
        let done = std::mem::take(&mut *self.done.lock().unwrap_or_else(PoisonError::into_inner));
        for (generation, answer) in done {
            let stale = generation != self.generation && matches!(answer, Command::GuideRead(_));
            if !stale {
                self.answers.push(answer);
            }
        }
    }

    /// Hands the services' answers to the core, and does what it asks in turn.
    pub(super) fn take_answers(&mut self, ctx: &egui::Context) {
        while !self.answers.is_empty() {
            for command in std::mem::take(&mut self.answers) {
                let effects = self.core.apply(command, input_of(ctx));
                self.apply_effects(ctx, effects);
            }
        }
    }

    /// Saves the state now if it changed.
    pub fn save_now(&mut self) {
        if let Some(to_save) = self.core.save_now() {
            self.write_state(&to_save);
        }
    }

    /// Saves the state if it changed, and waits until every save is written: the app is
    /// closing.
    pub(super) fn save_before_exit(&mut self) {
        self.save_now();
        if let Some(background) = &self.background {
            background.finish();
        }
    }

    /// Whether the guide folder is watched for changes (false without a folder, or when the
    /// system refused the watch).
    pub fn is_watching(&self) -> bool {
        self.source.as_ref().is_some_and(|s| s.is_watching())
    }

    /// Where the state is saved, if anywhere.
    pub fn state_store(&self) -> Option<&dyn StateStore> {
        self.store.as_deref()
    }
}

/// Reading `source`'s guide, as a job that answers the core.
fn reading(source: &dyn GuideSource, why: ReadWhy) -> impl FnOnce() -> Command + Send + 'static {
    let name = source.name().to_owned();
    let location = source.location().map(str::to_owned);
    let job = source.read_job();
    move || {
        Command::GuideRead(Box::new(GuideRead {
            name,
            location,
            why,
            files: job(),
        }))
    }
}
