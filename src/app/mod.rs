//! The eframe app, split by concern as rerun's viewer is: this file holds the app's state and
//! its start; `commands` applies what the views and keys ask for, `keys` turns the shortcut
//! table into commands, `practice_clock` runs guided sessions, `saving` keeps the state, and
//! `layout` lays out the views. Applying a command and ticking the clock never touch egui: they
//! return [`Effects`] (a theme, a zoom, frames wanted, a call for attention) that the
//! `eframe::App` impl below applies once. Reading input (`keys`, `Input::of`, `Now::of`),
//! laying out and saving's timer do use egui's `Context`.

mod commands;
mod keys;
mod layout;
mod practice_clock;
mod saving;

use crate::data::{Guide, GuideFiles, load_guide};
use crate::diagram::MapShapes;
use crate::dropped::{DroppedFile, DroppedGuide};
use crate::panels::{LoadProblems, SearchBox, Showing};
use crate::platform::{GuideSource, StateStore};
use crate::practice::Session;
use crate::search::SearchIndex;
use crate::state::{AppState, Page};
use crate::state_format::Restored;

pub use commands::{Effects, Input, Now};
use practice_clock::Practice;
use saving::Saving;

/// How the toolbar names the embedded guide.
const BUILT_IN: &str = "Built-in guide";

/// Back Massage Guide.
pub struct App {
    guide: Guide,
    /// The map's shapes and the search index, prepared once per guide rather than every frame.
    shapes: MapShapes,
    index: SearchIndex,
    state: AppState,
    /// Where the guide on screen came from, as the toolbar shows it.
    origin: String,
    /// The guide shown instead of the built-in one (a folder given on the command line), if any.
    folder: Option<Folder>,
    /// Problems with that folder, shown in a banner until they are fixed.
    problems: Option<LoadProblems>,
    /// Where the state is saved, what was last saved, and since when it differs.
    saving: Saving,
    /// Said once: why the saved state could not be used, or why saving failed.
    notice: Option<String>,
    /// Scroll the safety check to its first warning sign on the next frame.
    reveal_warning: bool,
    /// Pages shown before this one, for Back.
    history: Vec<Page>,
    search: SearchBox,
    practice: Option<Practice>,
    /// The reader's routine open in the editor.
    editing: Option<u32>,
    /// The page was just opened by keyboard: put the keyboard on its main button.
    focus_page: bool,
    /// The app can speak what has the keyboard (see `Startup::speech`).
    speech: bool,
}

/// A guide the app shows instead of the built-in one, reloaded when it changes.
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
}

impl Startup {
    /// Restores the state from `store`, as on every start of the real app.
    pub fn from_store(store: impl StateStore, guide: Option<Box<dyn GuideSource>>) -> Self {
        Self {
            restored: store.load(),
            store: Some(Box::new(store)),
            guide,
            speech: false,
        }
    }

    /// A run that starts from `state` and saves nothing.
    pub fn in_memory(state: AppState) -> Self {
        Self {
            guide: None,
            store: None,
            speech: false,
            restored: Restored {
                state,
                ..Restored::default()
            },
        }
    }
}

impl App {
    /// The app as `startup` says: its guide, its saved state, and a watch on its folder.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let Startup {
            guide: source,
            store,
            restored,
            speech,
        } = startup;
        let mut state = restored.state;
        if !state.safety_check_offered {
            // First start: offer the safety check before anything else; it can be skipped.
            state.page = Page::SafetyCheck;
        }
        if state.page == Page::Practice {
            // Sessions are not saved; the routines are where one starts again.
            state.page = Page::Routines;
        }
        let ctx = &cc.egui_ctx;
        ctx.set_theme(state.theme);
        // Zoom is the app's own, so it is kept within bounds and saved with the rest.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(state.zoom.get());
        ctx.options_mut(|o| o.screen_reader = speech && state.speak_focus);

        let (guide, problems) = match load_guide(&GuideFiles::embedded()) {
            Ok(guide) => (guide, None),
            // The tests check the embedded guide, so this only happens in a broken build;
            // even then the app opens, empty, and says why.
            Err(problems) => (
                Guide::empty(),
                Some(LoadProblems {
                    folder: "the built-in guide".to_owned(),
                    problems,
                    showing: Showing::BuiltIn,
                }),
            ),
        };
        let mut notice = restored.notice;
        let folder = source.map(|mut source| {
            let wake = ctx.clone();
            if let Err(err) = source.watch(Box::new(move || wake.request_repaint())) {
                notice.get_or_insert(format!(
                    "Changes to {} will show only when the app is started again: the folder \
                     cannot be watched ({err}).",
                    source.name()
                ));
            }
            Folder {
                source,
                loaded: false,
            }
        });
        let mut app = Self {
            shapes: MapShapes::new(&guide),
            index: SearchIndex::new(&guide),
            guide,
            saving: Saving {
                store,
                state: state.clone(),
                window: restored.window,
                window_now: restored.window,
                dirty_since: None,
            },
            state,
            origin: BUILT_IN.to_owned(),
            folder,
            problems,
            notice,
            reveal_warning: false,
            history: Vec::new(),
            search: SearchBox::default(),
            practice: None,
            editing: None,
            focus_page: false,
            speech,
        };
        app.reload();
        app
    }

    /// Reads the guide folder again. A guide that loads replaces the one on screen; one that
    /// does not leaves it there and lists its problems.
    pub fn reload(&mut self) {
        let Some(folder) = &mut self.folder else {
            return;
        };
        match folder.source.read().and_then(|files| load_guide(&files)) {
            Ok(guide) => {
                folder.loaded = true;
                self.origin = format!("Guide from {}", folder.source.name());
                self.problems = None;
                self.shapes = MapShapes::new(&guide);
                self.index = SearchIndex::new(&guide);
                self.guide = guide;
                self.search.forget_results();
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

    /// Whether the guide folder is watched for changes (false without a folder, or when the
    /// system refused the watch).
    pub fn is_watching(&self) -> bool {
        self.folder.as_ref().is_some_and(|f| f.source.is_watching())
    }

    /// Where the state is saved, if anywhere.
    pub fn state_store(&self) -> Option<&dyn StateStore> {
        self.saving.store.as_deref()
    }

    /// What the reader is told about their saved state, if anything.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Shows guide files dropped on the window in place of the guide on screen, or lists their
    /// problems. The shells read the files (the browser only hands them over asynchronously).
    pub fn open_dropped(&mut self, files: Vec<DroppedFile>) {
        if files.is_empty() {
            return;
        }
        let before = self.origin.clone();
        self.folder = Some(Folder {
            source: Box::new(DroppedGuide::new(files)),
            loaded: false,
        });
        self.reload();
        if let Some(problems) = &mut self.problems
            && before != BUILT_IN
        {
            // The guide on screen is the one from before the drop, not the built-in one.
            problems.showing = Showing::Unchanged(before);
        }
    }

    /// Looks for changes in the guide folder; the watcher wakes the app when there are some.
    fn watch_folder(&mut self) {
        let changed = self.folder.as_mut().is_some_and(|f| f.source.changed());
        if changed {
            self.reload();
        }
    }

    /// The state that is saved between runs.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The guided session in progress, if any.
    pub fn session(&self) -> Option<&Session> {
        self.practice.as_ref().map(|p| &p.session)
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.watch_folder();
        let input = Input::of(ctx);
        for command in self.shortcuts(ctx) {
            let effects = self.apply(command, input);
            effects.apply_to(ctx);
        }
        self.tick(Now::of(ctx)).apply_to(ctx);
        self.autosave(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let input = Input::of(ui.ctx());
        for command in self.layout_ui(ui) {
            let effects = self.apply(command, input);
            effects.apply_to(ui.ctx());
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_now();
    }
}
