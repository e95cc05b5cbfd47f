//! The eframe app: holds the guide and the state, lays out the views, applies their commands.

use egui::{Key, RichText, ScrollArea, Ui};

use crate::command::Command;
use crate::data::{Diagnostic, Guide, GuideFiles, load_guide};
use crate::diagram::{BackMap, MapShapes};
use crate::panels;
use crate::safety::Profile;
use crate::state::{AppState, Page};
use crate::theme;

/// How the toolbar names the embedded guide.
const BUILT_IN: &str = "Built-in guide";

/// Back Massage Guide.
pub struct App {
    guide: Guide,
    /// The map's shapes, prepared once per guide rather than every frame.
    shapes: MapShapes,
    state: AppState,
    /// Where the guide on screen came from, as the toolbar shows it.
    origin: String,
    /// Problems with the folder the user asked for; the built-in guide is shown meanwhile.
    problems: Option<(String, Vec<Diagnostic>)>,
    /// Scroll the safety check to its first warning sign on the next frame.
    reveal_warning: bool,
}

/// A guide read from a folder: its name for messages, and its files or why they could not be read.
pub struct FolderGuide {
    pub name: String,
    pub files: Result<GuideFiles, Vec<Diagnostic>>,
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
            guide,
            state,
            origin,
            problems,
            reveal_warning: false,
        }
    }

    /// The state that is saved between runs.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
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
            Command::Answer(question, answer) => self.state.answers.set(question, answer),
            Command::ClearAnswers => self.state.answers.clear(),
            Command::CloseSafetyCheck => self.show_page(Page::Guide),
            Command::ShowWarningSigns => {
                self.show_page(Page::SafetyCheck);
                self.reveal_warning = true;
            }
            Command::HideAvoided(hide) => self.state.hide_avoided = hide,
            Command::ShowWhereNotToPress(show) => self.state.where_not_to_press = show,
        }
    }

    fn show_page(&mut self, page: Page) {
        if self.state.page == Page::SafetyCheck {
            // Leaving the check, done or not, means it was offered: it will not open by itself
            // again.
            self.state.safety_check_offered = true;
        }
        self.state.page = page;
    }

    fn map_ui(&self, ui: &mut Ui) -> Option<Command> {
        let selected = self
            .state
            .selected
            .as_ref()
            .and_then(|id| self.shapes.index_of(id));
        BackMap::new(&self.shapes, selected)
            .where_not_to_press(self.state.where_not_to_press)
            .ui(ui)
    }

    fn panel_ui(&self, ui: &mut Ui, profile: &Profile<'_>) -> Option<Command> {
        ScrollArea::vertical()
            .id_salt("region_panel")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let guide = &self.guide;
                let state = &self.state;
                let region = state.selected.as_ref().and_then(|id| guide.region(id));
                match (state.page, region) {
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
                    (Page::Guide, Some(region)) => {
                        panels::region_ui(ui, guide, region, profile, state.hide_avoided)
                    }
                    (Page::Guide, None) => panels::welcome_ui(ui, guide, &state.answers, profile),
                }
            })
            .inner
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            self.apply(ctx, Command::ClearSelection);
        }
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        egui::Panel::top("toolbar").show(ui, |ui| {
            commands.extend(panels::toolbar_ui(ui, &self.origin, &self.state));
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
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.panel_ui(ui, &profile));
        });
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
