//! The bar across the top: the app's name, the pages, where the guide comes from, and the theme
//! switch.

use egui::{RichText, ThemePreference, Ui};

use crate::command::Command;
use crate::state::{AppState, Page};

pub fn toolbar_ui(ui: &mut Ui, origin: &str, state: &AppState) -> Option<Command> {
    let mut command = None;
    let theme = state.theme;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Back Massage Guide").heading().strong());
        ui.separator();
        let mut page = state.page;
        ui.selectable_value(&mut page, Page::Guide, "Guide")
            .on_hover_text("The chosen area of the back");
        ui.selectable_value(&mut page, Page::RedFlags, "Red flags")
            .on_hover_text("When to stop and get help");
        ui.selectable_value(&mut page, Page::SafetyCheck, "Safety check")
            .on_hover_text("Questions that mark what to avoid or change for you");
        ui.selectable_value(&mut page, Page::Sources, "Sources")
            .on_hover_text("Every source this guide draws on");
        if page != state.page {
            command = Some(Command::ShowPage(page));
        }
        ui.separator();
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left, so the order reads System, Light, Dark on screen.
            let mut chosen = theme;
            ui.selectable_value(&mut chosen, ThemePreference::Dark, "Dark")
                .on_hover_text("Use dark colours");
            ui.selectable_value(&mut chosen, ThemePreference::Light, "Light")
                .on_hover_text("Use light colours");
            ui.selectable_value(&mut chosen, ThemePreference::System, "System")
                .on_hover_text("Follow the system's light or dark setting");
            ui.label("Theme:");
            ui.separator();
            // Last, so it takes only the room left and shortens with "…" in a narrow window.
            ui.add(egui::Label::new(RichText::new(origin).weak()).truncate())
                .on_hover_text(origin);
            if chosen != theme {
                command = Some(Command::SetTheme(chosen));
            }
        });
    });
    command
}
