//! Laying out the views around the map, and collecting the commands they emit.

use egui::{RichText, Ui};
use strum::VariantArray as _;

use super::App;
use crate::app_core::Reveal;
use crate::command::Command;
use crate::diagram::BackMap;
use crate::panels;
use crate::panels::{Caps, Hover, PageView, SettingsPlace, ViewCtx};
use crate::safety::Profile;
use crate::shortcuts::{self, ShortcutAction};
use crate::state::{AppState, Layer};
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
                read_focus_aloud: core.can_read_focus_aloud(),
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
        // The page open, asked once a frame what it shows and how.
        let page = panels::view(&state.page);
        egui::Panel::top("toolbar").show(ui, |ui| {
            panels::toolbar_ui(ui, &ctx, page.tab(), &mut commands);
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
        // Worded by the shell when the notice changed, not every frame.
        if let Some((_, words)) = &self.notice_words {
            egui::Panel::top("notice").show(ui, |ui| {
                panels::notice_ui(ui, words, &mut commands);
            });
        }
        if !profile.alerts().is_empty() && page.shows_warning_banner() {
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
                    self.map_ui(ui, &ctx, page.as_ref(), &mut commands);
                });
        } else {
            // Narrow windows (or large zoom): the map on top, the panel below it.
            egui::Panel::top("map")
                .resizable(true)
                .default_size(ui.available_height() * 0.55)
                .show(ui, |ui| {
                    map_caption_ui(ui, state, &mut commands);
                    self.map_ui(ui, &ctx, page.as_ref(), &mut commands);
                });
        }
        if core.search().is_open() {
            let scroll = view.reveal == Some(Reveal::SearchHighlight);
            egui::CentralPanel::default().show(ui, |ui| {
                panels::search_results_ui(ui, &ctx, scroll, &mut commands);
            });
        } else {
            egui::CentralPanel::default().show(ui, |ui| {
                panels::page_ui(ui, &ctx, page.as_ref(), &mut commands);
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

    /// The map, marked as the page on show asks; what a click means is the page's to say.
    fn map_ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, page: &dyn PageView, out: &mut Vec<Command>) {
        let shapes = self.core.shapes();
        let selected = ctx
            .state
            .selected
            .as_ref()
            .and_then(|id| shapes.index_of(id));
        let overlay = page.map_overlay(ctx);
        let highlighted = overlay
            .highlighted
            .iter()
            .filter_map(|id| shapes.index_of(id))
            .collect();
        // A muscle pointed at in the text comes before the page's own.
        let muscle = ctx.hover.muscle().cloned().or(overlay.muscle);
        let map = BackMap::new(shapes, selected)
            .layers(ctx.state.layers())
            .muscle(muscle)
            .highlighted(highlighted)
            .strokes(overlay.strokes)
            .ui(ui);
        if let Some(click) = map.clicked {
            page.map_clicked(click, ctx, out);
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
            let shortcut = shortcuts::text(ui.ctx(), ShortcutAction::ToggleLayer(layer));
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
