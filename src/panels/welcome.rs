//! What the panel shows when no region is selected: how to use the map.

use egui::{RichText, Ui};

use super::region::general_cautions_ui;
use crate::data::Guide;
use crate::theme;

pub fn welcome_ui(ui: &mut Ui, guide: &Guide) {
    ui.label(RichText::new("Welcome").size(theme::HEADING_SIZE).strong());
    ui.add_space(6.0);
    ui.label(
        "Pick an area of the back on the map to learn how to massage it: what is there, \
         which techniques suit it, what they can do, and when to be careful.",
    );
    ui.add_space(8.0);
    ui.label(RichText::new("Using the map").strong());
    for line in [
        "Point at an area to see its name. Click it to read about it.",
        "The map shows the back as you see it from behind: the body's left is on your left.",
        "With the keyboard: Tab moves from area to area, the arrow keys move to the area next door, and Enter or Space opens it.",
        "Esc, or a click on empty space, clears your choice.",
        "Ctrl and + or − makes everything bigger or smaller.",
    ] {
        ui.label(format!("•  {line}"));
    }
    ui.add_space(8.0);
    ui.label(format!(
        "This guide covers {} areas and {} techniques.",
        guide.regions.len(),
        guide.techniques.len()
    ));
    general_cautions_ui(ui, guide);
}
