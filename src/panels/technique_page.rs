//! One technique in full, opened from the browser or a search: its regions light up on the map.

use egui::Ui;

use super::ViewCtx;
use super::cards::{
    back_button_ui, handout_answers_ui, handout_button_ui, muscle_link_ui, sources_ui,
};
use super::pages::{MapOverlay, PageView, Tab};
use super::technique::{meta_line, technique_body_ui};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::TechniqueId;
use crate::handout::HandoutSubject;
use crate::page_model::{TechniquePage as Model, no_such};
use crate::theme;

pub(super) fn technique_page_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    id: &TechniqueId,
    out: &mut Vec<Command>,
) {
    let (guide, state, profile) = (ctx.guide, ctx.state, ctx.profile);
    let focus = ctx.focus;
    back_button_ui(ui, out);
    let Some(technique) = guide.technique(id) else {
        ui.label(no_such("technique", id.as_str()));
        return;
    };
    ui.page_title_ui(&technique.name);
    ui.weak(meta_line(technique));
    ui.weak("Where it is done is marked on the map.");
    // None where the app cannot save files; else whether the answers go in.
    if ctx.caps.save_files {
        ui.horizontal_wrapped(|ui| {
            let subject = HandoutSubject::Technique(technique.id.clone());
            handout_button_ui(ui, &technique.name, subject, out);
            handout_answers_ui(ui, ctx.state.handout_answers, out);
        });
    }
    let page = Model::new(guide, technique, profile);
    if !page.muscles.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Muscles of those areas:");
            for muscle in &page.muscles {
                muscle_link_ui(ui, ctx.hover, muscle, out);
            }
        });
    }
    ui.add_space(theme::SPACE_M);
    let starred = state.favourites.contains(&technique.id);
    let practise = technique_body_ui(ui, guide, technique, &page.advice, starred, out);
    if focus {
        practise.request_focus();
    }
    // What the page says in its own words cites these, as its handout does.
    sources_ui(ui, guide, page.sources.iter().copied());
}

/// One technique in full.
pub(super) struct TechniquePage<'a>(pub &'a TechniqueId);

impl PageView for TechniquePage<'_> {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Techniques)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        technique_page_ui(ui, ctx, self.0, out);
    }

    /// The technique's areas light up.
    fn map_overlay(&self, ctx: &ViewCtx<'_>) -> MapOverlay {
        MapOverlay {
            highlighted: ctx
                .guide
                .technique(self.0)
                .map(|t| t.regions.clone())
                .unwrap_or_default(),
            ..MapOverlay::default()
        }
    }
}
