//! One technique in full, opened from the browser or a search: its regions light up on the map.

use egui::Ui;

use super::cards::{
    back_button_ui, handout_answers_ui, handout_button_ui, muscle_link_ui, sources_ui,
};
use super::technique::{meta_line, technique_body_ui};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Guide, TechniqueId};
use crate::handout::HandoutSubject;
use crate::page_model::{TechniquePage, no_such};
use crate::safety::Profile;
use crate::state::AppState;
use crate::theme;

/// How a page is shown this frame.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageOptions {
    /// Put the keyboard on the page's main button (it was opened by keyboard).
    pub focus: bool,
    /// Offer a handout, with the safety-check answers in it or not; None where the app cannot
    /// save files.
    pub handout: Option<bool>,
}

pub fn technique_page_ui(
    ui: &mut Ui,
    guide: &Guide,
    id: &TechniqueId,
    state: &AppState,
    profile: &Profile<'_>,
    page: PageOptions,
    out: &mut Vec<Command>,
) {
    let PageOptions { focus, handout } = page;
    back_button_ui(ui, out);
    let Some(technique) = guide.technique(id) else {
        ui.label(no_such("technique", id.as_str()));
        return;
    };
    ui.page_title_ui(&technique.name);
    ui.weak(meta_line(technique));
    ui.weak("Where it is done is marked on the map.");
    // None where the app cannot save files; else whether the answers go in.
    if let Some(with_answers) = handout {
        ui.horizontal_wrapped(|ui| {
            let subject = HandoutSubject::Technique(technique.id.clone());
            handout_button_ui(ui, &technique.name, subject, out);
            handout_answers_ui(ui, with_answers, out);
        });
    }
    let page = TechniquePage::new(guide, technique, profile);
    if !page.muscles.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Muscles of those areas:");
            for muscle in &page.muscles {
                muscle_link_ui(ui, muscle, out);
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
