//! One muscle: its names, how deep it lies, what it does, why it gets tight, where it lies and
//! the techniques for the areas it lies in. The map shows it while this page is open.

use egui::{RichText, Ui};

use super::cards::{back_button_ui, sources_ui};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Depth, Guide, MuscleId};
use crate::diagram::depth_words;
use crate::state::Page;
use crate::theme;

pub fn muscle_page_ui(ui: &mut Ui, guide: &Guide, id: &MuscleId, out: &mut Vec<Command>) {
    back_button_ui(ui, out);
    let Some(muscle) = guide.muscle(id) else {
        ui.label(format!(
            "This guide has no muscle \"{id}\". It may have been renamed or removed."
        ));
        return;
    };
    ui.page_title_ui(&muscle.name);
    // Many muscles go by their anatomical name in plain English too: no need to say it twice.
    if !muscle.latin.eq_ignore_ascii_case(&muscle.name) {
        ui.label(RichText::new(format!("Anatomical name: {}", muscle.latin)).weak());
    }
    ui.label(RichText::new("Shown on the map, on both sides.").weak());
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("How deep it lies").strong());
    ui.label(depth_words(muscle.depth));
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("What it does").strong());
    ui.label(&muscle.does);
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("Why it gets tight").strong());
    ui.label(&muscle.why_tight);

    let regions: Vec<_> = muscle
        .regions
        .iter()
        .filter_map(|r| guide.region(r))
        .collect();
    ui.section_heading_ui("Where it lies", regions.len());
    ui.horizontal_wrapped(|ui| {
        for region in regions {
            if ui.link(region.display_name()).clicked() {
                out.push(Command::SelectRegion(region.id.clone()));
            }
        }
    });

    // Derived from the areas, not curated: the heading says so rather than promise that each
    // one reaches this muscle. The pressure beside each helps judge that.
    let techniques: Vec<_> = guide.techniques_for_muscle(muscle).collect();
    ui.section_heading_ui("Techniques for the areas it lies in", techniques.len());
    if muscle.depth != Depth::Surface {
        ui.weak("It lies under other muscles, so these work on it through the ones above it.");
    }
    for technique in techniques {
        ui.horizontal_wrapped(|ui| {
            if ui.link(&technique.name).clicked() {
                out.push(Command::ShowPage(Page::Technique(technique.id.clone())));
            }
            ui.weak(format!("{} pressure", technique.pressure.label()));
        });
    }
    sources_ui(ui, guide, muscle.sources.iter());
}
