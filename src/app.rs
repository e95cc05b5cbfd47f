//! The eframe app: holds the guide and the state, lays out the views, applies their commands.

use egui::{Key, Modifiers, RichText, ScrollArea, Ui};

use crate::browse::Filters;
use crate::command::{Command, PracticeCommand};
use crate::data::{Guide, GuideFiles, load_guide};
use crate::diagram::{BackMap, MapShapes, Strokes};
use crate::panels::{self, SearchBox};
use crate::practice::{Clock, Plan, Session, Tick};
use crate::safety::Profile;
use crate::saved::RoutineRef;
use crate::search::{SearchIndex, Target};
use crate::state::{AppState, Page};
use crate::theme;

/// How the toolbar names the embedded guide.
const BUILT_IN: &str = "Built-in guide";
/// Longest time one frame may move the practice clock: after the computer sleeps, the session
/// waits instead of jumping steps ahead.
const MAX_TICK_SECONDS: f64 = 1.0;

/// Back Massage Guide.
pub struct App {
    guide: Guide,
    /// The map's shapes and the search index, prepared once per guide rather than every frame.
    shapes: MapShapes,
    index: SearchIndex,
    state: AppState,
    /// Where the guide on screen came from, as the toolbar shows it.
    origin: String,
    /// Problems with the folder the user asked for; the built-in guide is shown meanwhile.
    problems: Option<(String, Vec<crate::data::Diagnostic>)>,
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

/// A guide read from a folder: its name for messages, and its files or why they could not be read.
pub struct FolderGuide {
    pub name: String,
    pub files: Result<GuideFiles, Vec<crate::data::Diagnostic>>,
}

impl App {
    /// The app on its embedded guide, with the state saved by the last run.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        Self::with_folder(cc, None)
    }

    /// The app on a guide folder; if the folder has problems, the embedded guide is shown and
    /// the problems are listed in a banner.
    pub fn with_folder(cc: &eframe::CreationContext<'_>, folder: Option<FolderGuide>) -> Self {
        let mut state: AppState = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        if !state.safety_check_offered {
            // First start: offer the safety check before anything else; it can be skipped.
            state.page = Page::SafetyCheck;
        }
        if state.page == Page::Practice {
            // Sessions are not saved; the routines are where one starts again.
            state.page = Page::Routines;
        }
        cc.egui_ctx.set_theme(state.theme);

        let (from_folder, problems) = match folder {
            None => (None, None),
            Some(FolderGuide { name, files }) => match files.and_then(|files| load_guide(&files)) {
                Ok(guide) => (Some((guide, format!("Guide from {name}"))), None),
                Err(problems) => (None, Some((name, problems))),
            },
        };
        let (guide, origin, problems) = match from_folder {
            Some((guide, origin)) => (guide, origin, problems),
            None => match load_guide(&GuideFiles::embedded()) {
                Ok(guide) => (guide, BUILT_IN.to_owned(), problems),
                // The tests check the embedded guide, so this only happens in a broken build;
                // even then the app opens, empty, and says why.
                Err(embedded) => (
                    Guide::empty(),
                    BUILT_IN.to_owned(),
                    Some(("the built-in guide".to_owned(), embedded)),
                ),
            },
        };
        Self {
            shapes: MapShapes::new(&guide),
            index: SearchIndex::new(&guide),
            guide,
            state,
            origin,
            problems,
            reveal_warning: false,
            history: Vec::new(),
            search: SearchBox::default(),
            practice: None,
            editing: None,
            focus_page: false,
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
            Command::ShowWhereNotToPress(show) => self.state.where_not_to_press = show,
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
                self.search.reveal = Some(RoutineRef::Guide(id));
            }
            Target::Region(id) => {
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Target::Caution(id) => self.show_page(Page::Caution(id)),
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

    /// Keys that work anywhere: search, back, and the practice controls on the practice page.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = ctx.text_edit_focused();
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::COMMAND, Key::F) {
                commands.push(Command::FocusSearch);
            }
            // A typed "/" (whatever key makes it on this keyboard), taken out of the events so
            // it is not also typed into the box it focuses.
            let slash = |e: &egui::Event| matches!(e, egui::Event::Text(t) if t == "/");
            if !typing && i.events.iter().any(slash) {
                i.events.retain(|e| !slash(e));
                commands.push(Command::FocusSearch);
            }
            if i.consume_key(Modifiers::ALT, Key::ArrowLeft) {
                commands.push(Command::Back);
            }
        });
        if self.state.page == Page::Practice
            && !typing
            && let Some(practice) = &self.practice
        {
            ctx.input_mut(|i| {
                // Space belongs to a focused button; with nothing focused it pauses.
                if nothing_focused && i.consume_key(Modifiers::NONE, Key::Space) {
                    commands.push(Command::Practice(
                        if practice.session.clock() == Clock::Running {
                            PracticeCommand::Pause
                        } else {
                            PracticeCommand::Resume
                        },
                    ));
                }
                if i.consume_key(Modifiers::NONE, Key::N)
                    || (nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowRight))
                {
                    commands.push(Command::Practice(PracticeCommand::Next));
                }
                if i.consume_key(Modifiers::NONE, Key::P)
                    || (nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowLeft))
                {
                    commands.push(Command::Practice(PracticeCommand::Previous));
                }
            });
        }
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            commands.push(if self.search.is_open() {
                Command::CloseSearch
            } else {
                Command::ClearSelection
            });
        }
        commands
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
            ctx.request_repaint_after(std::time::Duration::from_secs_f32(
                theme::PRACTICE_FRAME_SECONDS,
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

    fn map_ui(&self, ui: &mut Ui) -> Option<Command> {
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
        BackMap::new(&self.shapes, selected)
            .where_not_to_press(self.state.where_not_to_press)
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
        reveal: Option<&RoutineRef>,
        focus: bool,
    ) -> Option<Command> {
        let practice = self.practice.as_ref();
        ScrollArea::vertical()
            .id_salt("region_panel")
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
                    (Page::Routines, _) => self.routines_page_ui(ui, reveal, focus),
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
        for command in self.shortcuts(ctx) {
            self.apply(ctx, command);
        }
        self.tick_practice(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        egui::Panel::top("toolbar").show(ui, |ui| {
            commands.extend(panels::toolbar_ui(ui, &self.state));
            ui.horizontal(|ui| {
                commands.extend(panels::search_box_ui(ui, &mut self.search, &self.index));
                commands.extend(panels::theme_switch_ui(ui, &self.origin, self.state.theme));
            });
        });
        egui::Panel::bottom("disclaimer").show(ui, |ui| {
            ui.add_space(2.0);
            ui.label(RichText::new(panels::DISCLAIMER).strong());
            ui.add_space(2.0);
        });
        if let Some((folder, problems)) = &self.problems {
            egui::Panel::top("problems").show(ui, |ui| {
                panels::problems_ui(ui, folder, problems);
            });
        }
        // Once a frame, for the banner and the panel alike.
        let profile = Profile::new(&self.guide, &self.state.answers);
        if !profile.alerts().is_empty() {
            egui::Panel::top("warning_signs").show(ui, |ui| {
                commands.extend(panels::alert_banner_ui(ui, &profile));
            });
        }

        let width = ui.available_width();
        if width >= theme::STACK_BELOW_WIDTH {
            // The map comes first, so Tab reaches the regions before the panel's contents.
            egui::Panel::left("map")
                .resizable(true)
                .default_size(width * (1.0 - theme::PANEL_FRACTION))
                .size_range(width * 0.4..=width - theme::PANEL_MIN_WIDTH)
                .show(ui, |ui| {
                    commands.extend(map_caption_ui(ui, &self.state));
                    commands.extend(self.map_ui(ui));
                });
        } else {
            // Narrow windows (or large zoom): the map on top, the panel below it.
            egui::Panel::top("map")
                .resizable(true)
                .default_size(ui.available_height() * 0.55)
                .show(ui, |ui| {
                    commands.extend(map_caption_ui(ui, &self.state));
                    commands.extend(self.map_ui(ui));
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

        for command in commands {
            self.apply(ui.ctx(), command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

/// The line over the map: how it is oriented, and the "where not to press" switch.
fn map_caption_ui(ui: &mut Ui, state: &AppState) -> Option<Command> {
    ui.horizontal_wrapped(|ui| {
        let mut show = state.where_not_to_press;
        let toggled = ui
            .checkbox(&mut show, "Where not to press")
            .on_hover_text("Mark the places where pressure can do harm")
            .changed();
        ui.label(RichText::new("Seen from behind: the body's left is on your left.").weak());
        toggled.then_some(Command::ShowWhereNotToPress(show))
    })
    .inner
}
