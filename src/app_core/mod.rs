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

use crate::data::Origin;
use crate::data::{Guide, GuideFiles, load_guide};
use crate::diagram::MapShapes;
use crate::platform::{GuideRead, ReadWhy};
use crate::practice::Session;
use crate::reader_data::RoutineKey;
use crate::search::SearchIndex;
use crate::state::{AppState, Page};
use crate::state_format::Restored;

pub(crate) use effects::{Effects, FileToSave, Input, Now, Reveal, StateToSave};
pub(crate) use load_problems::{LoadProblems, Showing};
pub(crate) use notice::{Made, Notice};
pub(crate) use practice_clock::Practice;
use saving::Saving;
pub(crate) use search::Search;

/// Everything the app knows, apart from how it is drawn.
pub(crate) struct Core {
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
    /// The app can speak what has the keyboard (see [`CoreInputs::can_read_focus_aloud`]).
    can_read_focus_aloud: bool,
}

/// A guide shown instead of the built-in one (a folder or dropped files), reloaded when it
/// changes. The shell holds the source itself and reads it; the core only knows this.
struct Folder {
    /// Whether its guide has loaded once, so a broken edit keeps it on screen.
    loaded: bool,
}

/// What the core starts from. The services the platform offers (a guide to open, where the
/// state is kept, folders, saving files) are the shell's: see `App::new`.
pub(crate) struct CoreInputs {
    /// What the last run left.
    pub restored: Restored,
    /// Whether the app itself can speak what has the keyboard (a browser can; on the desktop
    /// screen readers read the app through AccessKit instead).
    pub can_read_focus_aloud: bool,
    /// Whether the state is kept between runs (the core then asks for saves).
    pub saves: bool,
}

impl CoreInputs {
    /// A run that starts from `state` and saves nothing.
    #[cfg(test)]
    pub(crate) fn in_memory(state: AppState) -> Self {
        Self {
            restored: Restored {
                state,
                ..Restored::default()
            },
            can_read_focus_aloud: false,
            saves: false,
        }
    }
}

impl Core {
    /// The core as `inputs` say, on the built-in guide (the shell hands it any other guide as
    /// `Command::GuideRead`).
    pub(crate) fn new(inputs: CoreInputs) -> Self {
        let CoreInputs {
            restored,
            can_read_focus_aloud,
            saves,
        } = inputs;
        let mut state = restored.state;
        state.page = navigation::page_at_start(&state);
        let (loaded, problems) = built_in();
        let guide = loaded.localized(state.country.as_ref());
        Self {
            shapes: MapShapes::new(&guide),
            index: SearchIndex::new(&guide),
            loaded,
            guide,
            saving: Saving::new(saves, &state, restored.window),
            state,
            origin: Origin::BuiltIn,
            folder: None,
            problems,
            notice: restored.notice.map(Notice::Restored),
            history: VecDeque::new(),
            search: Search::default(),
            practice: None,
            editing: None,
            can_read_focus_aloud,
        }
    }

    /// Shows the built-in guide again, and forgets the folder or dropped files: the shell
    /// stops watching the folder.
    fn back_to_built_in(&mut self) -> Effects {
        self.folder = None;
        let (guide, problems) = built_in();
        self.origin = Origin::BuiltIn;
        self.problems = problems;
        self.set_guide(guide);
        Effects {
            close_guide: true,
            ..Effects::default()
        }
    }

    /// Tells the reader something once, in the notice banner (e.g. where a copy was saved).
    /// That a folder cannot be watched does not replace what is said already: that may be
    /// where a damaged saved state was put.
    pub(crate) fn tell(&mut self, notice: Notice) {
        if matches!(notice, Notice::NotWatched { .. }) {
            self.notice.get_or_insert(notice);
        } else {
            self.notice = Some(notice);
        }
    }

    /// Shows the guide the shell read, or keeps the one on screen and lists its problems.
    fn guide_read(&mut self, read: GuideRead) {
        match read.why {
            ReadWhy::Opened => {
                let before = self.origin.clone();
                self.folder = Some(Folder { loaded: false });
                self.load(read);
                if let Some(problems) = &mut self.problems
                    && before != Origin::BuiltIn
                {
                    // The guide on screen is the one from before, not the built-in one.
                    problems.showing = Showing::Unchanged(before);
                }
            }
            // A change read after the reader went back to the built-in guide is old news.
            ReadWhy::Changed if self.folder.is_none() => {}
            ReadWhy::Changed => self.load(read),
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
    pub(crate) fn start_effects(&self) -> Effects {
        Effects {
            theme: Some(self.state.theme),
            zoom: Some(self.state.zoom),
            read_focus_aloud: Some(self.can_read_focus_aloud && self.state.read_focus_aloud),
            ..Effects::default()
        }
    }

    /// Loads the guide read from the folder. A guide that loads replaces the one on screen; one
    /// that does not leaves it there and lists its problems.
    fn load(&mut self, read: GuideRead) {
        let Some(folder) = &mut self.folder else {
            return;
        };
        let origin = read.origin();
        match read.files.and_then(|files| load_guide(&files)) {
            Ok(guide) => {
                folder.loaded = true;
                self.origin = origin;
                if let Some(location) = &read.location {
                    self.state.remember_guide(location);
                }
                self.problems = None;
                self.set_guide(guide);
            }
            Err(problems) => {
                self.problems = Some(LoadProblems {
                    folder: read.name,
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
    pub(crate) fn tick(&mut self, now: Now) -> Effects {
        self.tick_practice(now).and(self.tick_saving(now))
    }

    pub(crate) fn guide(&self) -> &Guide {
        &self.guide
    }

    pub(crate) fn shapes(&self) -> &MapShapes {
        &self.shapes
    }

    /// The state that is saved between runs.
    pub(crate) fn state(&self) -> &AppState {
        &self.state
    }

    /// Where the guide on screen came from.
    pub(crate) fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Problems with the guide folder, for the banner.
    pub(crate) fn problems(&self) -> Option<&LoadProblems> {
        self.problems.as_ref()
    }

    /// What the reader is told about their saved state, if anything.
    pub(crate) fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub(crate) fn search(&self) -> &Search {
        &self.search
    }

    /// The guided session in progress and its clock, if any.
    pub(crate) fn practice(&self) -> Option<&Practice> {
        self.practice.as_ref()
    }

    /// The guided session in progress, if any.
    pub(crate) fn session(&self) -> Option<&Session> {
        self.practice.as_ref().map(|p| &p.session)
    }

    /// The reader's routine open in the editor.
    pub(crate) fn editing(&self) -> Option<RoutineKey> {
        self.editing
    }

    /// Whether the app can speak what has the keyboard.
    pub(crate) fn can_read_focus_aloud(&self) -> bool {
        self.can_read_focus_aloud
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
