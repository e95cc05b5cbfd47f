//! One technique in full, opened from the browser or a search: its regions light up on the map.

use egui::Ui;

use super::cards::{back_button_ui, muscle_link_ui};
use super::technique::{meta_line, technique_body_ui};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Guide, TechniqueId};
use crate::safety::Profile;
use crate::state::AppState;
use crate::theme;

pub fn technique_page_ui(
    ui: &mut Ui,
    guide: &Guide,
    id: &TechniqueId,
    state: &AppState,
    profile: &Profile<'_>,
    focus: bool,
    out: &mut Vec<Command>,
) {
    back_button_ui(ui, out);
    let Some(technique) = guide.technique(id) else {
        ui.label(format!(
            "This guide has no technique \"{id}\". It may have been renamed or removed."
        ));
        return;
    };
    ui.page_title_ui(&technique.name);
    ui.weak(meta_line(technique));
    ui.weak("Where it is done is marked on the map.");
    let muscles: Vec<_> = guide.muscles_for_technique(technique).collect();
    if !muscles.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Muscles of those areas:");
            for muscle in muscles {
                muscle_link_ui(ui, muscle, out);
            }
        });
    }
    ui.add_space(theme::SPACE_M);
    let advice = profile.advice(technique);
    let starred = state.favourites.contains(&technique.id);
    let practise = technique_body_ui(ui, guide, technique, &advice, starred, out);
    if focus {
        practise.request_focus();
    }
}
