//! The banners above the map: problems with the guide folder, and a notice about the saved
//! state.

use egui::{CollapsingHeader, RichText, Ui};

use super::ui_ext::UiExt as _;
use crate::app_core::{LoadProblems, Showing};
use crate::command::Command;
use crate::data::MAX_LISTED;

/// Lists each problem as `path:line:col: message`, so an author can go straight to it.
pub(crate) fn problems_ui(ui: &mut Ui, load: &LoadProblems) {
    let color = ui.visuals().warn_fg_color;
    let count = load.problems.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    let folder = &load.folder;
    let headline = match &load.showing {
        Showing::BuiltIn => format!(
            "Could not load the guide in {folder} ({count} {noun}). Showing the built-in guide \
             instead."
        ),
        Showing::Unchanged(origin) => format!(
            "Could not load the guide in {folder} ({count} {noun}). Still showing the guide \
             from before ({}).",
            super::toolbar::origin_text(origin)
        ),
        Showing::LastGood => format!(
            "The guide in {folder} has {count} {noun} since the last change. Still showing it \
             as it was before; fix the files and it updates by itself."
        ),
    };
    let response = ui.add(egui::Label::new(
        RichText::new(&headline).color(color).strong(),
    ));
    // A screen reader hears the banner when it appears, not only when the reader finds it.
    ui.announce(&response);
    CollapsingHeader::new("Show the problems")
        .id_salt("load_problems")
        .default_open(count <= 5)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for problem in load.problems.iter().take(MAX_LISTED) {
                        ui.label(RichText::new(problem.to_string()).monospace());
                    }
                    if count > MAX_LISTED {
                        ui.label(format!(
                            "… and {} more. Fix these first, then check again.",
                            count - MAX_LISTED
                        ));
                    }
                });
        });
}

/// A notice the reader closes once read, e.g. that their saved settings were set aside.
pub(crate) fn notice_ui(ui: &mut Ui, notice: &str, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui.button("Dismiss").clicked() {
            out.push(Command::DismissNotice);
        }
        let response = ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
        ui.announce(&response);
    });
}
