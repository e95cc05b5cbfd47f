//! The banner shown when a guide folder could not be loaded.

use egui::{CollapsingHeader, RichText, Ui};

use crate::data::Diagnostic;

/// Lists each problem as `path:line:col: message`, so an author can go straight to it.
pub fn problems_ui(ui: &mut Ui, folder: &str, problems: &[Diagnostic]) {
    let color = ui.visuals().warn_fg_color;
    let count = problems.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    ui.label(
        RichText::new(format!(
            "Could not load the guide in {folder} ({count} {noun}). Showing the built-in guide instead."
        ))
        .color(color)
        .strong(),
    );
    CollapsingHeader::new("Show the problems")
        .id_salt("load_problems")
        .default_open(count <= 5)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for problem in problems {
                        ui.label(RichText::new(problem.to_string()).monospace());
                    }
                });
        });
}
