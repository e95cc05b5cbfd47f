//! The eframe app: holds the guide and the state, lays out the views, applies their commands.

use egui::{Key, RichText, ScrollArea, Ui};

use crate::browse::Filters;
use crate::command::{Command, Layer, PracticeCommand};
use crate::data::{Guide, GuideFiles, MuscleId, Part, load_guide};
use crate::diagram::{BackMap, MapShapes, Strokes};
use crate::dropped::{DroppedFile, DroppedGuide};
use crate::panels::{self, LoadProblems, Reveal, SearchBox, Showing};
use crate::platform::{GuideSource, StateStore};
use crate::practice::{Clock, Plan, Session, Tick};
use crate::safety::Profile;
use crate::saved::RoutineRef;
use crate::search::{SearchIndex, Target};
use crate::shortcuts::{self, Action, SEARCH_CHARACTER, SHORTCUTS, Scope};
use crate::state::{AppState, Page, Zoom};
use crate::state_format::{Restored, WindowSize};
use crate::theme;

/// How the toolbar names the embedded guide.
const BUILT_IN: &str = "Built-in guide";
/// Longest time one frame may move the practice clock: after the computer sleeps, the session
/// waits instead of jumping steps ahead.
const MAX_TICK_SECONDS: f64 = 1.0;
/// How long the state must rest after a change before it is saved.
const SAVE_AFTER_SECONDS: f64 = 0.5;

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
}

/// A guided session and what the app needs to run its clock.
struct Practice {
    session: Session,
    /// The page to return to when the session is stopped.
    from: Page,
    /// `egui` time of the last frame the clock ran, to measure the time since.
    last_tick: Option<f64>,
    /// When the current step began by running out the last one: the step-end cue shows for a
    /// moment after.
    cue_since: Option<f64>,
}

/// A guide the app shows instead of the built-in one, reloaded when it changes.
struct Folder {
    source: Box<dyn GuideSource>,
    /// Whether its guide has loaded once, so a broken edit keeps it on screen.
    loaded: bool,
}

/// Saving the state: a moment after it changes, and on exit.
struct Saving {
    store: Option<Box<dyn StateStore>>,
    /// What the file holds now.
    state: AppState,
    window: Option<WindowSize>,
    /// The window as it is now.
    window_now: Option<WindowSize>,
    /// `egui` time of the first frame whose state differed from the file.
    dirty_since: Option<f64>,
}

impl Saving {
    fn is_dirty(&self, state: &AppState) -> bool {
        self.store.is_some() && (&self.state != state || self.window != self.window_now)
    }
}

/// How the app starts: which guide, and where the state is kept.
pub struct Startup {
    /// A guide to show, and watch for changes, instead of the built-in guide.
    pub guide: Option<Box<dyn GuideSource>>,
    /// Where the state is saved; None keeps it for this run only.
    pub store: Option<Box<dyn StateStore>>,
    /// What the last run left.
    pub restored: Restored,
}

impl Startup {
    /// Restores the state from `store`, as on every start of the real app.
    pub fn from_store(store: impl StateStore, guide: Option<Box<dyn GuideSource>>) -> Self {
        Self {
            restored: store.load(),
            store: Some(Box::new(store)),
            guide,
        }
    }

    /// A run that starts from `state` and saves nothing.
    pub fn in_memory(state: AppState) -> Self {
        Self {
            guide: None,
            store: None,
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

    /// Saves the state now if it changed since the last save. A failure is told to the reader
    /// once; the state stays in memory and the next change tries again.
    pub fn save_now(&mut self) {
        let saving = &mut self.saving;
        saving.dirty_since = None;
        if !saving.is_dirty(&self.state) {
            return;
        }
        let Some(store) = &saving.store else {
            return;
        };
        if let Err(err) = store.save(&self.state, saving.window_now) {
            self.notice = Some(format!(
                "Your settings could not be saved to {}: {err}. They are kept while the app \
                 stays open.",
                store.location()
            ));
        }
        // Even on failure: trying again every frame would not help, the next change will.
        saving.state = self.state.clone();
        saving.window = saving.window_now;
    }

    /// Saves a moment after the state last changed: soon enough that a crash loses almost
    /// nothing, late enough that typing a routine's name is not a write per key.
    fn autosave(&mut self, ctx: &egui::Context) {
        self.saving.window_now = window_size(ctx).or(self.saving.window_now);
        if !self.saving.is_dirty(&self.state) {
            self.saving.dirty_since = None;
            return;
        }
        let now = ctx.input(|i| i.time);
        let since = *self.saving.dirty_since.get_or_insert(now);
        let wait = SAVE_AFTER_SECONDS - (now - since);
        if wait <= 0.0 {
            self.save_now();
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
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

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let before = self.state.page.clone();
        self.apply_to_state(ctx, command);
        if self.state.page != before
            && ctx.input(|i| i.key_pressed(Key::Enter) || i.key_pressed(Key::Space))
        {
            // Opened by keyboard: the new page puts the keyboard on its main button. A mouse
            // user needs no focus ring.
            self.focus_page = true;
        }
    }

    fn apply_to_state(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SelectRegion(id) => {
                // Choosing an area on the map is asking to read about it.
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Command::ClearSelection => self.state.selected = None,
            Command::SetTheme(theme) => {
                self.state.theme = theme;
                ctx.set_theme(theme);
            }
            Command::SetZoom(zoom) => {
                self.state.zoom = zoom;
                ctx.set_zoom_factor(zoom.get());
            }
            Command::DismissNotice => self.notice = None,
            Command::ShowPage(page) => self.show_page(page),
            Command::Back => {
                if let Some(page) = self.history.pop() {
                    self.leave_page();
                    self.state.page = page;
                }
            }
            Command::Answer(question, answer) => self.state.answers.set(question, answer),
            Command::ClearAnswers => self.state.answers.clear(),
            Command::CloseSafetyCheck => self.show_page(Page::Guide),
            Command::ShowWarningSigns => {
                self.show_page(Page::SafetyCheck);
                self.reveal_warning = true;
            }
            Command::HideAvoided(hide) => self.state.hide_avoided = hide,
            Command::ShowLayer(layer, show) => self.state.show_layer(layer, show),
            Command::SetFilters(filters) => self.state.filters = filters,
            Command::Browse(filters) => {
                self.state.filters = filters;
                self.show_page(Page::Techniques);
            }
            Command::ToggleFavourite(id) => self.state.favourites.toggle(&id),
            Command::Open(target) => {
                self.search.close();
                self.open(target);
            }
            Command::FocusSearch => self.search.request_focus(),
            Command::CloseSearch => self.search.close(),
            Command::Practice(command) => self.practice_command(ctx, command),
            Command::NewRoutine => {
                self.editing = Some(self.state.my_routines.create());
                self.show_page(Page::Routines);
            }
            Command::CopyRoutine(id) => {
                if let Some(routine) = self.guide.routine(&id) {
                    self.editing = Some(self.state.my_routines.copy_of(routine));
                }
            }
            Command::EditRoutine(key, edit) => {
                self.state.my_routines.edit(key, edit, &self.guide);
            }
            Command::EditingRoutine(key) => self.editing = key,
            Command::DeleteRoutine(key) => {
                self.state.my_routines.delete(key);
                if self.editing == Some(key) {
                    self.editing = None;
                }
            }
        }
    }

    /// Goes where a search hit leads.
    fn open(&mut self, target: Target) {
        match target {
            Target::Technique(id) => self.show_page(Page::Technique(id)),
            Target::Routine(id) => {
                self.show_page(Page::Routines);
                self.search.reveal = Some(Reveal::Routine(RoutineRef::Guide(id)));
            }
            Target::Topic(id) => {
                let part = self.guide.topic(&id).map(|t| t.part);
                self.show_page(Page::Basics(part.unwrap_or(Part::BeforeYouStart)));
                self.search.reveal = Some(Reveal::Topic(id));
            }
            Target::Claim(id) => {
                self.show_page(Page::Claims);
                self.search.reveal = Some(Reveal::Claim(id));
            }
            Target::Region(id) => {
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Target::Caution(id) => self.show_page(Page::Caution(id)),
            Target::Muscle(id) => self.show_page(Page::Muscle(id)),
            Target::Benefit(id) => self.browse_only(Filters {
                benefit: Some(id),
                ..Filters::default()
            }),
            Target::Tool(tool) => self.browse_only(Filters {
                tool: Some(tool),
                ..Filters::default()
            }),
        }
    }

    /// Opens the browser with only `filters` applied, keeping the reader's sort order.
    fn browse_only(&mut self, filters: Filters) {
        self.state.filters = Filters {
            sort: self.state.filters.sort,
            ..filters
        };
        self.show_page(Page::Techniques);
    }

    fn practice_command(&mut self, ctx: &egui::Context, command: PracticeCommand) {
        let plan = match &command {
            PracticeCommand::StartTechnique(id) => self.guide.technique(id).map(Plan::technique),
            PracticeCommand::StartRoutine(RoutineRef::Guide(id)) => self
                .guide
                .routine(id)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
            PracticeCommand::StartRoutine(RoutineRef::Mine(key)) => self
                .state
                .my_routines
                .get(*key)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
            _ => None,
        };
        if let Some(plan) = plan {
            let from = match &self.state.page {
                Page::Practice => self
                    .practice
                    .as_ref()
                    .map_or(Page::Guide, |p| p.from.clone()),
                page => page.clone(),
            };
            self.practice = Some(Practice {
                session: Session::start(plan),
                from,
                last_tick: None,
                cue_since: None,
            });
            self.show_page(Page::Practice);
            return;
        }
        let Some(practice) = &mut self.practice else {
            return;
        };
        let session = &mut practice.session;
        match command {
            PracticeCommand::Pause => session.pause(),
            PracticeCommand::Resume => session.resume(),
            PracticeCommand::Next => session.next(),
            PracticeCommand::Previous => session.previous(),
            PracticeCommand::Restart => session.restart(),
            PracticeCommand::Stop => {
                let from = practice.from.clone();
                self.practice = None;
                // Back where the session began, as if it had not been opened: Back then goes
                // where it went before.
                if self.history.last() == Some(&from) {
                    self.history.pop();
                }
                self.state.page = from;
                return;
            }
            PracticeCommand::StartTechnique(_) | PracticeCommand::StartRoutine(_) => {}
        }
        // A jump or a restart is not a step running out: no cue.
        practice.cue_since = None;
        practice.last_tick = Some(ctx.input(|i| i.time));
    }

    fn show_page(&mut self, page: Page) {
        if page == self.state.page {
            return;
        }
        self.leave_page();
        let previous = std::mem::replace(&mut self.state.page, page);
        self.history.push(previous);
        // Enough to step back through a reading session, not a record of the whole day.
        if self.history.len() > 50 {
            self.history.remove(0);
        }
    }

    fn leave_page(&mut self) {
        if self.state.page == Page::Practice
            && let Some(practice) = &mut self.practice
        {
            // Nobody is following the countdown on another page; it waits for them.
            practice.session.pause();
        }
        if self.state.page == Page::SafetyCheck {
            // Leaving the check, done or not, means it was offered: it will not open by itself
            // again.
            self.state.safety_check_offered = true;
        }
    }

    /// The keyboard shortcuts pressed this frame (see `shortcuts::SHORTCUTS`), as commands.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.text_edit_focused();
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        let practising = self.state.page == Page::Practice && self.practice.is_some();
        let mut actions = Vec::new();
        ctx.input_mut(|i| {
            // A typed "/" (whatever key makes it on this keyboard), taken out of the events so
            // it is not also typed into the box it focuses.
            let slash =
                |e: &egui::Event| matches!(e, egui::Event::Text(t) if t == SEARCH_CHARACTER);
            if !typing && i.events.iter().any(slash) {
                i.events.retain(|e| !slash(e));
                actions.push(Action::FocusSearch);
            }
            for shortcut in SHORTCUTS {
                let listening = match shortcut.scope {
                    Scope::Anywhere => true,
                    Scope::Practice => practising && !typing,
                    Scope::PracticeNothingFocused => practising && !typing && nothing_focused,
                };
                if listening && i.consume_shortcut(&shortcut.keys) {
                    actions.push(shortcut.action);
                }
            }
        });
        let mut commands: Vec<Command> = actions
            .into_iter()
            .filter_map(|action| self.command_for(action))
            .collect();
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            commands.push(if self.search.is_open() {
                Command::CloseSearch
            } else {
                Command::ClearSelection
            });
        }
        commands
    }

    /// What a shortcut's action means now.
    fn command_for(&self, action: Action) -> Option<Command> {
        let zoom = self.state.zoom;
        Some(match action {
            Action::FocusSearch => Command::FocusSearch,
            Action::Back => Command::Back,
            Action::ZoomIn => Command::SetZoom(zoom.larger()),
            Action::ZoomOut => Command::SetZoom(zoom.smaller()),
            Action::ZoomReset => Command::SetZoom(Zoom::default()),
            Action::ToggleLayer(layer) => {
                Command::ShowLayer(layer, !self.state.layers().shows(layer))
            }
            Action::PauseOrResume => {
                let session = &self.practice.as_ref()?.session;
                Command::Practice(if session.clock() == Clock::Running {
                    PracticeCommand::Pause
                } else {
                    PracticeCommand::Resume
                })
            }
            Action::NextStep => Command::Practice(PracticeCommand::Next),
            Action::PreviousStep => Command::Practice(PracticeCommand::Previous),
        })
    }

    /// Runs the practice clock and asks for the next frame while it runs: a few frames a
    /// second for the countdown and the arrows, none when paused or idle.
    fn tick_practice(&mut self, ctx: &egui::Context) {
        let Some(practice) = &mut self.practice else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if practice.session.clock() != Clock::Running {
            practice.last_tick = None;
            return;
        }
        let passed = practice.last_tick.map_or(0.0, |last| now - last);
        practice.last_tick = Some(now);
        match practice
            .session
            .advance(passed.clamp(0.0, MAX_TICK_SECONDS))
        {
            Tick::Counting => {}
            Tick::NextStep | Tick::Finished => {
                practice.cue_since = Some(now);
                if practice.session.clock() == Clock::Finished
                    && ctx.memory(|m| m.focused().is_some())
                {
                    // The focused Pause button is gone; a keyboard user lands on "Start again".
                    self.focus_page = true;
                }
                if !ctx.input(|i| i.focused) {
                    // The reader may be looking at their partner, not the screen.
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                        egui::UserAttentionType::Informational,
                    ));
                }
            }
        }
        if practice.session.clock() == Clock::Running {
            let countdown =
                practice.session.seconds_to_next_change() + theme::COUNTDOWN_LATE_SECONDS;
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                countdown.min(theme::PRACTICE_FRAME_SECONDS),
            ));
        }
    }

    /// Regions to mark on the map: those of the technique on show, or of the step in practice.
    fn highlighted(&self) -> Vec<usize> {
        let regions = match &self.state.page {
            Page::Technique(id) => self.guide.technique(id).map(|t| t.regions.clone()),
            Page::Practice => self
                .session()
                .and_then(|s| s.current().map(|c| c.regions.clone())),
            _ => None,
        };
        regions
            .unwrap_or_default()
            .iter()
            .filter_map(|id| self.shapes.index_of(id))
            .collect()
    }

    /// `pointed` is a muscle the reader points at in the text beside the map.
    fn map_ui(&self, ui: &mut Ui, pointed: Option<MuscleId>) -> Option<Command> {
        let selected = self
            .state
            .selected
            .as_ref()
            .and_then(|id| self.shapes.index_of(id));
        let strokes = match (&self.state.page, self.session()) {
            (Page::Practice, Some(session)) if session.clock() != Clock::Finished => {
                session.current().map(|step| Strokes {
                    directions: step.directions.clone(),
                    moving: session.clock() == Clock::Running,
                })
            }
            _ => None,
        };
        let muscle = match &self.state.page {
            Page::Muscle(id) => pointed.or(Some(id.clone())),
            _ => pointed,
        };
        BackMap::new(&self.shapes, selected)
            .layers(self.state.layers())
            .muscle(muscle)
            .highlighted(self.highlighted())
            .strokes(strokes)
            .ui(ui)
    }

    fn routines_page_ui(
        &self,
        ui: &mut Ui,
        reveal: Option<&RoutineRef>,
        focus: bool,
    ) -> Option<Command> {
        let view = panels::RoutinesView {
            editing: self.editing,
            reveal,
            focus,
            paused_session: self
                .session()
                .filter(|s| s.clock() == Clock::Paused)
                .map(|s| s.plan.title.as_str()),
        };
        panels::routines_ui(ui, &self.guide, &self.state, &view)
    }

    fn panel_ui(
        &self,
        ui: &mut Ui,
        profile: &Profile<'_>,
        reveal: Option<&Reveal>,
        focus: bool,
    ) -> Option<Command> {
        let practice = self.practice.as_ref();
        // One scroll position per page (and per area on the guide page): a page opens at its
        // top, not at wherever the page before it was scrolled to.
        let region = (self.state.page == Page::Guide).then_some(self.state.selected.as_ref());
        ScrollArea::vertical()
            .id_salt(("region_panel", &self.state.page, region))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let guide = &self.guide;
                let state = &self.state;
                let region = state.selected.as_ref().and_then(|id| guide.region(id));
                match (&state.page, region) {
                    (Page::RedFlags, _) => {
                        panels::red_flags_ui(ui, guide);
                        None
                    }
                    (Page::Sources, _) => {
                        panels::bibliography_ui(ui, guide);
                        None
                    }
                    (Page::Basics(part), _) => {
                        panels::basics_ui(ui, guide, *part, reveal.and_then(Reveal::topic))
                    }
                    (Page::Claims, _) => {
                        panels::claims_ui(ui, guide, reveal.and_then(Reveal::claim))
                    }
                    (Page::SafetyCheck, _) => panels::safety_check_ui(
                        ui,
                        guide,
                        &state.answers,
                        profile,
                        self.reveal_warning,
                    ),
                    (Page::Techniques, _) => panels::browser_ui(ui, guide, state, profile),
                    (Page::Technique(id), _) => {
                        panels::technique_page_ui(ui, guide, id, state, profile, focus)
                    }
                    (Page::Caution(id), _) => panels::caution_page_ui(ui, guide, id),
                    (Page::Muscle(id), _) => panels::muscle_page_ui(ui, guide, id),
                    (Page::Practice, _) => match practice {
                        Some(practice) => {
                            let now = ui.input(|i| i.time);
                            let view = panels::PracticeView {
                                session: &practice.session,
                                cue_age: practice.cue_since.map(|since| now - since),
                                focus,
                                profile,
                            };
                            panels::practice_ui(ui, guide, &view)
                        }
                        None => self.routines_page_ui(ui, None, focus),
                    },
                    (Page::Routines, _) => {
                        self.routines_page_ui(ui, reveal.and_then(Reveal::routine), focus)
                    }
                    (Page::Guide, Some(region)) => panels::region_ui(
                        ui,
                        guide,
                        region,
                        profile,
                        state.hide_avoided,
                        &state.favourites,
                    ),
                    (Page::Guide, None) => panels::welcome_ui(ui, guide, &state.answers, profile),
                }
            })
            .inner
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.watch_folder();
        for command in self.shortcuts(ctx) {
            self.apply(ctx, command);
        }
        self.tick_practice(ctx);
        self.autosave(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        egui::Panel::top("toolbar").show(ui, |ui| {
            commands.extend(panels::toolbar_ui(ui, &self.state));
            let one_line = ui.available_width() >= theme::TOOLBAR_ONE_LINE_WIDTH;
            ui.horizontal(|ui| {
                commands.extend(panels::search_box_ui(ui, &mut self.search, &self.index));
                if one_line {
                    commands.extend(panels::view_settings_ui(
                        ui,
                        &self.origin,
                        self.state.theme,
                        self.state.zoom,
                        false,
                    ));
                }
            });
            if !one_line {
                commands.extend(panels::view_settings_ui(
                    ui,
                    &self.origin,
                    self.state.theme,
                    self.state.zoom,
                    true,
                ));
            }
        });
        egui::Panel::bottom("disclaimer").show(ui, |ui| {
            ui.add_space(2.0);
            ui.label(RichText::new(panels::DISCLAIMER).strong());
            ui.add_space(2.0);
        });
        if let Some(problems) = &self.problems {
            egui::Panel::top("problems").show(ui, |ui| {
                panels::problems_ui(ui, problems);
            });
        }
        if let Some(notice) = &self.notice {
            egui::Panel::top("notice").show(ui, |ui| {
                commands.extend(panels::notice_ui(ui, notice));
            });
        }
        // Once a frame, for the banner and the panel alike.
        let profile = Profile::new(&self.guide, &self.state.answers);
        if !profile.alerts().is_empty() {
            egui::Panel::top("warning_signs").show(ui, |ui| {
                commands.extend(panels::alert_banner_ui(ui, &profile));
            });
        }

        // A muscle pointed at in the panel last frame: the map (drawn first) shows it.
        let pointed = ui.ctx().data_mut(|d| {
            let id = panels::pointed_muscle_id();
            let pointed = d.get_temp::<MuscleId>(id);
            d.remove::<MuscleId>(id);
            pointed
        });
        let width = ui.available_width();
        if width >= theme::STACK_BELOW_WIDTH {
            // The map comes first, so Tab reaches the regions before the panel's contents.
            egui::Panel::left("map")
                .resizable(true)
                .default_size(width * (1.0 - theme::PANEL_FRACTION))
                .size_range(width * 0.4..=width - theme::PANEL_MIN_WIDTH)
                .show(ui, |ui| {
                    commands.extend(map_caption_ui(ui, &self.state));
                    commands.extend(self.map_ui(ui, pointed.clone()));
                });
        } else {
            // Narrow windows (or large zoom): the map on top, the panel below it.
            egui::Panel::top("map")
                .resizable(true)
                .default_size(ui.available_height() * 0.55)
                .show(ui, |ui| {
                    commands.extend(map_caption_ui(ui, &self.state));
                    commands.extend(self.map_ui(ui, pointed.clone()));
                });
        }
        if self.search.is_open() {
            let (search, index) = (&mut self.search, &self.index);
            egui::CentralPanel::default().show(ui, |ui| {
                commands.extend(panels::search_results_ui(ui, search, index));
            });
        } else {
            let reveal = self.search.reveal.take();
            let focus = std::mem::take(&mut self.focus_page) || reveal.is_some();
            let this = &*self;
            egui::CentralPanel::default().show(ui, |ui| {
                commands.extend(this.panel_ui(ui, &profile, reveal.as_ref(), focus));
            });
        }
        // Revealed once; after that the reader scrolls freely.
        self.reveal_warning = false;
        // The map was drawn before the panel: when the pointed muscle changed, draw again.
        let pointed_now = ui
            .ctx()
            .data(|d| d.get_temp::<MuscleId>(panels::pointed_muscle_id()));
        if pointed_now != pointed {
            ui.ctx().request_repaint();
        }

        for command in commands {
            self.apply(ui.ctx(), command);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_now();
    }
}

/// The window's size in logical pixels (what the next start asks for), if the platform says.
fn window_size(ctx: &egui::Context) -> Option<WindowSize> {
    let zoom = ctx.zoom_factor();
    ctx.input(|i| {
        let viewport = i.viewport();
        let size = viewport.inner_rect?.size() * zoom;
        Some(WindowSize {
            width: size.x,
            height: size.y,
            maximized: viewport.maximized.unwrap_or(false),
        })
    })
}

/// The layers of the map and their keys, in the order of the switches over it.
const LAYER_SWITCHES: [(Layer, &str, &str); 3] = [
    (
        Layer::WhereNotToPress,
        "Where not to press",
        "Mark the places where pressure can do harm",
    ),
    (
        Layer::Bones,
        "Bones",
        "Show the bones and landmarks you can feel",
    ),
    (
        Layer::Muscles,
        "Muscles",
        "Show the muscles and which way their fibres run",
    ),
];

/// The line over the map: the layer switches and how the map is oriented.
fn map_caption_ui(ui: &mut Ui, state: &AppState) -> Option<Command> {
    let layers = state.layers();
    ui.horizontal_wrapped(|ui| {
        let mut command = None;
        for (layer, label, hover) in LAYER_SWITCHES {
            let mut show = layers.shows(layer);
            let shortcut = shortcuts::text(ui.ctx(), Action::ToggleLayer(layer));
            if ui
                .checkbox(&mut show, label)
                .on_hover_text(format!("{hover} ({shortcut})"))
                .changed()
            {
                command = Some(Command::ShowLayer(layer, show));
            }
        }
        ui.label(RichText::new("Seen from behind: the body's left is on your left.").weak());
        command
    })
    .inner
}
