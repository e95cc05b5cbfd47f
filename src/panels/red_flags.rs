//! The red flags: symptoms with back pain that mean stop and get help, grouped by how urgently.

use egui::Ui;

use super::cards::{caution_card_ui, urgency_title};
use super::ui_ext::UiExt as _;
use crate::data::{Action, Guide};
use crate::theme;

pub fn red_flags_ui(ui: &mut Ui, guide: &Guide) {
    ui.page_title_ui("Red flags: stop and get help");
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Most back pain is not serious. But if any of these signs appear, before, during or \
         after a massage, stop. Do not massage again until a clinician has checked the person. \
         Outside the UK, the EU and the US, call your local emergency number.",
    );
    // Most urgent first; a red flag an author gave a milder action still shows, under its own.
    let mut actions: Vec<Action> = guide.red_flags().map(|c| c.action).collect();
    actions.sort_by_key(|a| std::cmp::Reverse(*a));
    actions.dedup();
    for action in actions {
        let flags: Vec<_> = guide.red_flags().filter(|c| c.action == action).collect();
        ui.section_heading_ui(urgency_title(action), flags.len());
        for caution in flags {
            caution_card_ui(ui, guide.here(), caution);
        }
    }
}
