//! Laying out the views around the map, and collecting the commands they emit.

use egui::{RichText, Ui};
use strum::VariantArray as _;

use super::App;
use crate::command::Command;
use crate::core::Reveal;
use crate::data::MuscleId;
use crate::diagram::{BackMap, MapClick, Strokes};
use crate::panels;
use crate::panels::{Caps, Hover, SettingsPlace, ViewCtx};
use crate::practice::Clock;
use crate::safety::Profile;
use crate::shortcuts::{self, Action};
use crate::state::{AppState, Layer, Page};
use crate::theme;

impl App {
    /// One frame of the whole window; returns what the reader asked for, in order.
    pub(super) fn layout_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let core = &self.core;
        let state = core.state();
        let view = std::mem::take(&mut self.view);
        // Once a frame, for the banner and the panel alike.
        let profile = Profile::new(core.guide(), &state.answers);
        // A muscle pointed at in the panel last frame: the map (drawn first) shows it.
        let hover = Hover::new(self.pointed.take());
        let ctx = ViewCtx {
            guide: core.guide(),
            state,
            profile: &profile,
            caps: Caps {
                save_files: self.saver.is_some(),
                folders: self.folders.is_some(),
                read_focus_aloud: core.speech(),
            },
            hover: &hover,
            reveal: view.reveal.as_ref(),
            // Revealed once; after that the reader scrolls freely.
            focus: view.focus_page || view.reveal.is_some(),
            practice: core.practice(),
            editing: core.editing(),
            search: core.search(),
            origin: core.origin(),
        };
        egui::Panel::top("toolbar").show(ui, |ui| {
            panels::toolbar_ui(ui, &ctx, &mut commands);
            let one_line = ui.available_width() >= theme::TOOLBAR_ONE_LINE_WIDTH;
            ui.horizontal(|ui| {
                panels::search_box_ui(ui, core.search(), view.focus_search, &mut commands);
                if one_line {
                    panels::view_settings_ui(ui, &ctx, SettingsPlace::EndOfLine, &mut commands);
                }
            });
            if !one_line {
                panels::view_settings_ui(ui, &ctx, SettingsPlace::OwnLines, &mut commands);
            }
        });
        egui::Panel::bottom("disclaimer").show(ui, |ui| {
            ui.add_space(theme::SPACE_XS);
            ui.label(RichText::new(panels::DISCLAIMER).strong());
            ui.add_space(theme::SPACE_XS);
        });
        if let Some(problems) = core.problems() {
            egui::Panel::top("problems").show(ui, |ui| {
                panels::problems_ui(ui, problems);
            });
        }
        if let Some(notice) = core.notice() {
            egui::Panel::top("notice").show(ui, |ui| {
                panels::notice_ui(ui, &panels::notice_text(notice), &mut commands);
            });
        }
        // Not over the safety check itself: there each warning shows under its own answer, so
        // answering never pushes the questions away from under the pointer (and the banner's
        // "What to do" would only lead back to the same page).
        if !profile.alerts().is_empty() && state.page != Page::SafetyCheck {
            egui::Panel::top("warning_signs").show(ui, |ui| {
                panels::alert_banner_ui(ui, &profile, &mut commands);
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
                    map_caption_ui(ui, state, &mut commands);
                    self.map_ui(ui, hover.muscle().cloned(), &mut commands);
                });
        } else {
            // Narrow windows (or large zoom): the map on top, the panel below it.
            egui::Panel::top("map")
                .resizable(true)
                .default_size(ui.available_height() * 0.55)
                .show(ui, |ui| {
                    map_caption_ui(ui, state, &mut commands);
                    self.map_ui(ui, hover.muscle().cloned(), &mut commands);
                });
        }
        if core.search().is_open() {
            let scroll = view.reveal == Some(Reveal::SearchHighlight);
            egui::CentralPanel::default().show(ui, |ui| {
                panels::search_results_ui(ui, &ctx, scroll, &mut commands);
            });
        } else {
            egui::CentralPanel::default().show(ui, |ui| {
                panels::page_ui(ui, &ctx, &mut commands);
            });
        }
        // The map was drawn before the panel: when the pointed muscle changed, draw again.
        let (pointed, changed) = hover.finish();
        self.pointed = pointed;
        if changed {
            ui.ctx().request_repaint();
        }

        commands
    }

    /// Regions to mark on the map: those of the technique on show, or of the step in practice.
    fn highlighted(&self) -> Vec<usize> {
        let regions = match &self.core.state().page {
            Page::Technique(id) => self.core.guide().technique(id).map(|t| t.regions.clone()),
            Page::Practice => self
                .session()
                .and_then(|s| s.current().map(|c| c.regions.clone())),
            _ => None,
        };
        regions
            .unwrap_or_default()
            .iter()
            .filter_map(|id| self.core.shapes().index_of(id))
            .collect()
    }

    /// `pointed` is a muscle the reader points at in the text beside the map. A click on a
    /// muscle opens its page; on a region, selects it; elsewhere, clears the selection.
    fn map_ui(&self, ui: &mut Ui, pointed: Option<MuscleId>, out: &mut Vec<Command>) {
        let selected = self
            .core
            .state()
            .selected
            .as_ref()
            .and_then(|id| self.core.shapes().index_of(id));
        let strokes = match (&self.core.state().page, self.core.session()) {
            (Page::Practice, Some(session)) if session.clock() != Clock::Finished => {
                session.current().map(|step| Strokes {
                    directions: step.directions.clone(),
                    moving: session.clock() == Clock::Running,
                })
            }
            _ => None,
        };
        let muscle = match &self.core.state().page {
            Page::Muscle(id) => pointed.or(Some(id.clone())),
            _ => pointed,
        };
        let map = BackMap::new(self.core.shapes(), selected)
            .layers(self.core.state().layers())
            .muscle(muscle)
            .highlighted(self.highlighted())
            .strokes(strokes)
            .ui(ui);
        if let Some(clicked) = map.clicked {
            out.push(match clicked {
                MapClick::Region(id) => Command::SelectRegion(id),
                MapClick::Muscle(id) => Command::ShowPage(Page::Muscle(id)),
                MapClick::Nothing => Command::ClearSelection,
            });
        }
    }
}

/// The line over the map: the layer switches and how the map is oriented. A switch flipped
/// pushes the command that shows or hides its layer.
fn map_caption_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let layers = state.layers();
    ui.horizontal_wrapped(|ui| {
        for &layer in Layer::VARIANTS {
            let mut show = layers.shows(layer);
            let shortcut = shortcuts::text(ui.ctx(), Action::ToggleLayer(layer));
            if ui
                .checkbox(&mut show, layer.label())
                .on_hover_text(format!("{} ({shortcut})", layer.tooltip()))
                .changed()
            {
                out.push(Command::ShowLayer(layer, show));
            }
        }
        ui.label(RichText::new("Seen from behind: the body's left is on your left.").weak());
    });
}
