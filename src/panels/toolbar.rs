//! The bar across the top: the app's name, where the guide comes from, and the theme switch.

use egui::{RichText, ThemePreference, Ui};

use crate::command::Command;

pub fn toolbar_ui(ui: &mut Ui, origin: &str, theme: ThemePreference) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Back Massage Guide").heading().strong());
        ui.separator();
        ui.weak(origin);
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
            if chosen != theme {
                command = Some(Command::SetTheme(chosen));
            }
        });
    });
    command
}
