//! Laying out the views around the map, and collecting the commands they emit.

use egui::{RichText, ScrollArea, Ui};
use strum::VariantArray as _;

use super::App;
use crate::command::Command;
use crate::core::Reveal;
use crate::data::MuscleId;
use crate::diagram::{BackMap, MapClick, Strokes};
use crate::panels;
use crate::practice::Clock;
use crate::safety::Profile;
use crate::saved::RoutineRef;
use crate::shortcuts::{self, Action};
use crate::state::{AppState, Layer, Page};
use crate::theme;

impl App {
    /// One frame of the whole window; returns what the reader asked for, in order.
    pub(super) fn layout_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let core = &self.core;
        let state = core.state();
        let settings = panels::ViewSettings {
            origin: core.origin(),
            built_in: core.is_built_in(),
            folders: self
                .folders
                .is_some()
                .then_some(state.recent_guides.as_slice()),
            theme: state.theme,
            zoom: state.zoom,
            speak: core.speech().then_some(state.speak_focus),
            guide: core.guide(),
            country: state.country.as_ref(),
        };
        let view = std::mem::take(&mut self.view);
        egui::Panel::top("toolbar").show(ui, |ui| {
            panels::toolbar_ui(ui, state, &mut commands);
            let one_line = ui.available_width() >= theme::TOOLBAR_ONE_LINE_WIDTH;
            ui.horizontal(|ui| {
                panels::search_box_ui(ui, core.search(), view.focus_search, &mut commands);
                if one_line {
                    panels::view_settings_ui(ui, &settings, false, &mut commands);
                }
            });
            if !one_line {
                panels::view_settings_ui(ui, &settings, true, &mut commands);
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
                panels::notice_ui(ui, notice, &mut commands);
            });
        }
        // Once a frame, for the banner and the panel alike.
        let profile = Profile::new(core.guide(), &state.answers);
        // Not over the safety check itself: there each warning shows under its own answer, so
        // answering never pushes the questions away from under the pointer (and the banner's
        // "What to do" would only lead back to the same page).
        if !profile.alerts().is_empty() && state.page != Page::SafetyCheck {
            egui::Panel::top("warning_signs").show(ui, |ui| {
                panels::alert_banner_ui(ui, &profile, &mut commands);
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
                    map_caption_ui(ui, state, &mut commands);
                    self.map_ui(ui, pointed.clone(), &mut commands);
                });
        } else {
            // Narrow windows (or large zoom): the map on top, the panel below it.
            egui::Panel::top("map")
                .resizable(true)
                .default_size(ui.available_height() * 0.55)
                .show(ui, |ui| {
                    map_caption_ui(ui, state, &mut commands);
                    self.map_ui(ui, pointed.clone(), &mut commands);
                });
        }
        if core.search().is_open() {
            let scroll = view.reveal == Some(Reveal::SearchHighlight);
            egui::CentralPanel::default().show(ui, |ui| {
                panels::search_results_ui(ui, core.search(), scroll, &mut commands);
            });
        } else {
            // Revealed once; after that the reader scrolls freely.
            let focus = view.focus_page || view.reveal.is_some();
            egui::CentralPanel::default().show(ui, |ui| {
                self.panel_ui(ui, &profile, view.reveal.as_ref(), focus, &mut commands);
            });
        }
        // The map was drawn before the panel: when the pointed muscle changed, draw again.
        let pointed_now = ui
            .ctx()
            .data(|d| d.get_temp::<MuscleId>(panels::pointed_muscle_id()));
        if pointed_now != pointed {
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

    fn routines_page_ui(
        &self,
        ui: &mut Ui,
        profile: &Profile<'_>,
        reveal: Option<&RoutineRef>,
        focus: bool,
        out: &mut Vec<Command>,
    ) {
        let view = panels::RoutinesView {
            editing: self.core.editing(),
            reveal,
            focus,
            handout: self
                .saver
                .is_some()
                .then_some(self.core.state().handout_answers),
            paused_session: self
                .session()
                .filter(|s| s.clock() == Clock::Paused)
                .map(|s| s.plan.title.as_str()),
            profile,
        };
        panels::routines_ui(ui, self.core.guide(), self.core.state(), &view, out);
    }

    fn panel_ui(
        &self,
        ui: &mut Ui,
        profile: &Profile<'_>,
        reveal: Option<&Reveal>,
        focus: bool,
        out: &mut Vec<Command>,
    ) {
        let practice = self.core.practice();
        // One scroll position per page (and per area on the guide page): a page opens at its
        // top, not at wherever the page before it was scrolled to.
        let region =
            (self.core.state().page == Page::Guide).then_some(self.core.state().selected.as_ref());
        ScrollArea::vertical()
            .id_salt(("region_panel", &self.core.state().page, region))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let guide = self.core.guide();
                let state = self.core.state();
                let region = state.selected.as_ref().and_then(|id| guide.region(id));
                // Handouts where files can be saved, with the answers if the reader chose.
                let handout = self.saver.is_some().then_some(state.handout_answers);
                match (&state.page, region) {
                    (Page::LookAlikes, _) => {
                        panels::look_alikes_ui(ui, guide, reveal.and_then(Reveal::look_alike), out);
                    }
                    (Page::RedFlags, _) => {
                        panels::red_flags_ui(ui, guide, state.country.as_ref(), out);
                    }
                    (Page::Sources, _) => panels::bibliography_ui(ui, guide),
                    (Page::Basics(part), _) => {
                        panels::basics_ui(ui, guide, *part, reveal.and_then(Reveal::topic), out);
                    }
                    (Page::Claims, _) => {
                        panels::claims_ui(ui, guide, reveal.and_then(Reveal::claim), out);
                    }
                    (Page::SafetyCheck, _) => panels::safety_check_ui(
                        ui,
                        guide,
                        state.country.as_ref(),
                        &state.answers,
                        profile,
                        reveal == Some(&Reveal::WarningSign),
                        out,
                    ),
                    (Page::Techniques, _) => panels::browser_ui(ui, guide, state, profile, out),
                    (Page::Technique(id), _) => {
                        let page = panels::PageOptions { focus, handout };
                        panels::technique_page_ui(ui, guide, id, state, profile, page, out);
                    }
                    (Page::Caution(id), _) => panels::caution_page_ui(ui, guide, id, out),
                    (Page::Muscle(id), _) => panels::muscle_page_ui(ui, guide, id, out),
                    (Page::Practice, _) => match practice {
                        Some(practice) => {
                            let now = ui.input(|i| i.time);
                            let view = panels::PracticeView {
                                session: &practice.session,
                                cue_age: practice.cue_since.map(|since| now - since),
                                focus,
                                profile,
                            };
                            panels::practice_ui(ui, guide, &view, out);
                        }
                        None => self.routines_page_ui(ui, profile, None, focus, out),
                    },
                    (Page::Routines, _) => {
                        let reveal = reveal.and_then(Reveal::routine);
                        self.routines_page_ui(ui, profile, reveal, focus, out);
                    }
                    (Page::Guide, Some(region)) => {
                        panels::region_ui(ui, guide, region, profile, state, handout, out);
                    }
                    (Page::Guide, None) => {
                        panels::welcome_ui(ui, guide, &state.answers, profile, out);
                    }
                }
            });
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
