//! The platform-free core: the guide on screen and its prepared caches, the reader's state,
//! navigation, search, guided practice and the banners.
//!
//! [`Core::apply`] and [`Core::tick`] change it and return [`Effects`], what only the shell can do
//! (focus, scroll, theme, zoom, frames, attention, saving). Nothing here reads input or draws: the
//! same core runs in the desktop window, in a browser and in unit tests without a UI harness.

mod commands;
mod effects;
mod load_problems;
mod navigation;
mod notice;
mod practice_clock;
mod saving;
mod search;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::sync::Arc;

use crate::data::{Guide, GuideFiles, load_guide};
use crate::diagram::MapShapes;
use crate::dropped::{DroppedFile, DroppedGuide};
use crate::platform::{FileSaver, Folders, GuideSource, Origin, StateStore};
use crate::practice::Session;
use crate::saved::RoutineKey;
use crate::search::SearchIndex;
use crate::state::{AppState, Page};
use crate::state_format::{Restored, restore};

pub use effects::{Effects, FileToSave, Input, Now, Reveal};
pub use load_problems::{LoadProblems, Showing};
pub use notice::{Made, Notice};
pub use practice_clock::Practice;
use saving::Saving;
pub use search::Search;

/// Everything the app knows, apart from how it is drawn.
pub struct Core {
    /// The guide as it loaded, before the reader's country was put into its texts.
    loaded: Guide,
    /// The guide on screen: `loaded` in the words of the reader's country.
    guide: Guide,
    /// The map's shapes and the search index, prepared once per guide rather than every frame.
    shapes: MapShapes,
    index: SearchIndex,
    state: AppState,
    /// Where the guide on screen came from.
    origin: Origin,
    /// The guide shown instead of the built-in one (a folder or dropped files), if any.
    folder: Option<Folder>,
    /// Problems with that guide, shown in a banner until they are fixed.
    problems: Option<LoadProblems>,
    /// Where the state is saved, what was last saved, and since when it differs.
    saving: Saving,
    /// Said once: why the saved state could not be used, or why saving failed.
    notice: Option<Notice>,
    /// Pages shown before this one, for Back.
    history: VecDeque<Page>,
    search: Search,
    practice: Option<Practice>,
    /// The reader's routine open in the editor.
    editing: Option<RoutineKey>,
    /// The app can speak what has the keyboard (see `Startup::speech`).
    speech: bool,
    /// Asks the shell for a frame; a watched folder calls it when it changes.
    wake: Arc<dyn Fn() + Send + Sync>,
}

/// A guide shown instead of the built-in one, reloaded when it changes.
struct Folder {
    source: Box<dyn GuideSource>,
    /// Whether its guide has loaded once, so a broken edit keeps it on screen.
    loaded: bool,
}

/// How the app starts: which guide, and where the state is kept.
pub struct Startup {
    /// A guide to show, and watch for changes, instead of the built-in guide.
    pub guide: Option<Box<dyn GuideSource>>,
    /// Where the state is saved; None keeps it for this run only.
    pub store: Option<Box<dyn StateStore>>,
    /// What the last run left.
    pub restored: Restored,
    /// Whether the app itself can speak what has the keyboard (a browser can; on the desktop
    /// screen readers read the app through AccessKit instead).
    pub speech: bool,
    /// Folders to open guides from and save copies to, where the platform has them (the
    /// shell uses them; the core only asks).
    pub folders: Option<Box<dyn Folders>>,
    /// How files the app makes reach the reader (the shell uses it; the core only asks).
    pub saver: Option<Box<dyn FileSaver>>,
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
            speech: false,
            folders: None,
            saver: None,
        }
    }

    /// A run that starts from `state` and saves nothing.
    pub fn in_memory(state: AppState) -> Self {
        Self {
            guide: None,
            store: None,
            speech: false,
            folders: None,
            saver: None,
            restored: Restored {
                state,
                ..Restored::default()
            },
        }
    }
}

impl Core {
    /// The core as `startup` says: its guide, its saved state, and a watch on its folder that
    /// calls `wake` when the folder changes.
    pub fn new(startup: Startup, wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let Startup {
            guide: source,
            store,
            restored,
            speech,
            folders: _,
            saver: _,
        } = startup;
        let mut state = restored.state;
        state.page = navigation::page_at_start(&state);
        let (loaded, problems) = built_in();
        let guide = loaded.localized(state.country.as_ref());
        let mut core = Self {
            shapes: MapShapes::new(&guide),
            index: SearchIndex::new(&guide),
            loaded,
            guide,
            saving: Saving::new(store, &state, restored.window),
            state,
            origin: Origin::BuiltIn,
            folder: None,
            problems,
            notice: restored.notice.map(Notice::Restored),
            history: VecDeque::new(),
            search: Search::default(),
            practice: None,
            editing: None,
            speech,
            wake,
        };
        if let Some(source) = source {
            core.use_guide(source);
        }
        core
    }

    /// Shows the guide from `source` in place of the one on screen, and watches it for
    /// changes. If it does not load, the guide on screen stays and the banner says why.
    pub fn use_guide(&mut self, mut source: Box<dyn GuideSource>) {
        let wake = Arc::clone(&self.wake);
        if let Err(err) = source.watch(Box::new(move || wake())) {
            // The first notice stays: it may say where a damaged saved state was put.
            self.notice.get_or_insert(Notice::NotWatched {
                guide: source.name().to_owned(),
                why: err,
            });
        }
        self.show(source);
    }

    /// Shows the built-in guide again, and forgets the folder or dropped files.
    pub fn back_to_built_in(&mut self) {
        self.folder = None;
        let (guide, problems) = built_in();
        self.origin = Origin::BuiltIn;
        self.problems = problems;
        self.set_guide(guide);
    }

    /// Tells the reader something once, in the notice banner (e.g. where a copy was saved).
    pub fn tell(&mut self, notice: Notice) {
        self.notice = Some(notice);
    }

    /// Shows `source`'s guide, or keeps the one on screen and lists its problems.
    fn show(&mut self, source: Box<dyn GuideSource>) {
        let before = self.origin.clone();
        self.folder = Some(Folder {
            source,
            loaded: false,
        });
        self.reload();
        if let Some(problems) = &mut self.problems
            && before != Origin::BuiltIn
        {
            // The guide on screen is the one from before, not the built-in one.
            problems.showing = Showing::Unchanged(before);
        }
    }

    fn set_guide(&mut self, guide: Guide) {
        self.loaded = guide;
        self.localize();
    }

    /// Puts the reader's country into the guide on screen, and prepares its caches.
    fn localize(&mut self) {
        let guide = self.loaded.localized(self.state.country.as_ref());
        self.shapes = MapShapes::new(&guide);
        self.index = SearchIndex::new(&guide);
        self.guide = guide;
        self.search.search(&self.index);
    }

    /// What the window must take from the saved state before the first frame.
    pub fn start_effects(&self) -> Effects {
        Effects {
            theme: Some(self.state.theme),
            zoom: Some(self.state.zoom),
            speak: Some(self.speech && self.state.speak_focus),
            ..Effects::default()
        }
    }

    /// Reads the guide folder again. A guide that loads replaces the one on screen; one that
    /// does not leaves it there and lists its problems.
    fn reload(&mut self) {
        let Some(folder) = &mut self.folder else {
            return;
        };
        match folder.source.read().and_then(|files| load_guide(&files)) {
            Ok(guide) => {
                folder.loaded = true;
                self.origin = Origin::of(folder.source.as_ref());
                if let Some(location) = folder.source.location() {
                    self.state.remember_guide(location);
                }
                self.problems = None;
                self.set_guide(guide);
            }
            Err(problems) => {
                self.problems = Some(LoadProblems {
                    folder: folder.source.name().to_owned(),
                    problems,
                    showing: if folder.loaded {
                        Showing::LastGood
                    } else {
                        Showing::BuiltIn
                    },
                });
            }
        }
    }

    /// Runs the clocks: the guided session's, and the one that saves the state a moment after
    /// it changed.
    pub fn tick(&mut self, now: Now) -> Effects {
        self.tick_practice(now).and(self.tick_saving(now))
    }

    /// Reloads the guide if its source says it changed (the watcher wakes the shell then).
    pub fn reload_if_changed(&mut self) {
        let changed = self.folder.as_mut().is_some_and(|f| f.source.changed());
        if changed {
            self.reload();
        }
    }

    /// Shows guide files dropped on the window in place of the guide on screen, or lists their
    /// problems. The shells read the files (the browser only hands them over asynchronously).
    /// Dropped files are read once: nothing to watch.
    pub fn open_dropped(&mut self, files: Vec<DroppedFile>) {
        if !files.is_empty() {
            self.show(Box::new(DroppedGuide::new(files)));
        }
    }

    /// Whether the guide folder is watched for changes (false without a folder, or when the
    /// system refused the watch).
    pub fn is_watching(&self) -> bool {
        self.folder.as_ref().is_some_and(|f| f.source.is_watching())
    }

    /// Where the state is saved, if anywhere.
    pub fn state_store(&self) -> Option<&dyn StateStore> {
        self.saving.store()
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    pub fn shapes(&self) -> &MapShapes {
        &self.shapes
    }

    /// The state that is saved between runs.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Where the guide on screen came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Whether the built-in guide is on screen (no folder or drop, or none that loaded).
    pub fn is_built_in(&self) -> bool {
        self.origin == Origin::BuiltIn
    }

    /// Problems with the guide folder, for the banner.
    pub fn problems(&self) -> Option<&LoadProblems> {
        self.problems.as_ref()
    }

    /// What the reader is told about their saved state, if anything.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The guided session in progress and its clock, if any.
    pub fn practice(&self) -> Option<&Practice> {
        self.practice.as_ref()
    }

    /// The guided session in progress, if any.
    pub fn session(&self) -> Option<&Session> {
        self.practice.as_ref().map(|p| &p.session)
    }

    /// The reader's routine open in the editor.
    pub fn editing(&self) -> Option<RoutineKey> {
        self.editing
    }

    /// Whether the app can speak what has the keyboard.
    pub fn speech(&self) -> bool {
        self.speech
    }
}

/// The built-in guide, and its problems in a broken build (the tests check it, so this only
/// happens there; even then the app opens, empty, and says why).
fn built_in() -> (Guide, Option<LoadProblems>) {
    match load_guide(&GuideFiles::embedded()) {
        Ok(guide) => (guide, None),
        Err(problems) => (
            Guide::empty(),
            Some(LoadProblems {
                folder: "the built-in guide".to_owned(),
                problems,
                showing: Showing::BuiltIn,
            }),
        ),
    }
}
