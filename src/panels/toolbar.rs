//! The bar across the top: the app's name and pages on the first line; where the guide comes
//! from and the theme switch at the end of the second, after the search box.

use egui::{RichText, ThemePreference, Ui};

use super::technique::set_accessible_label;
use crate::command::Command;
use crate::state::{AppState, Page, Zoom};

/// The first line: the app's name and its pages.
pub fn toolbar_ui(ui: &mut Ui, state: &AppState) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Back Massage Guide").heading().strong());
        ui.separator();
        let mut page = state.page.clone();
        ui.selectable_value(&mut page, Page::Guide, "Guide")
            .on_hover_text("The chosen area of the back");
        let browsing = matches!(state.page, Page::Techniques | Page::Technique(_));
        if ui
            .selectable_label(browsing, "Techniques")
            .on_hover_text("Every technique, to filter, sort and star")
            .clicked()
        {
            page = Page::Techniques;
        }
        let practising = matches!(state.page, Page::Routines | Page::Practice);
        if ui
            .selectable_label(practising, "Routines")
            .on_hover_text("Guided sessions with a timer, and routines of your own")
            .clicked()
        {
            page = Page::Routines;
        }
        ui.selectable_value(&mut page, Page::RedFlags, "Red flags")
            .on_hover_text("When to stop and get help");
        ui.selectable_value(&mut page, Page::SafetyCheck, "Safety check")
            .on_hover_text("Questions that mark what to avoid or change for you");
        ui.selectable_value(&mut page, Page::Sources, "Sources")
            .on_hover_text("Every source this guide draws on");
        if page != state.page {
            command = Some(Command::ShowPage(page));
        }
    });
    command
}

/// Where the guide comes from and the theme switch, laid out right to left at the end of a line.
pub fn view_settings_ui(
    ui: &mut Ui,
    origin: &str,
    theme: ThemePreference,
    zoom: Zoom,
) -> Option<Command> {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        // Right to left, so the order reads "Zoom: - 100% +" and System, Light, Dark on screen.
        let mut command = None;
        let larger = ui
            .add_enabled(zoom.get() < Zoom::MAX, egui::Button::new("+"))
            .on_hover_text("Zoom in (Ctrl and +)");
        set_accessible_label(ui, &larger, "Zoom in");
        if larger.clicked() {
            command = Some(Command::SetZoom(zoom.larger()));
        }
        let reset = ui
            .button(format!("{}%", zoom.percent()))
            .on_hover_text("Back to 100% (Ctrl and 0)");
        set_accessible_label(
            ui,
            &reset,
            &format!("Zoom {}%, reset to 100%", zoom.percent()),
        );
        if reset.clicked() {
            command = Some(Command::SetZoom(Zoom::default()));
        }
        let smaller = ui
            .add_enabled(zoom.get() > Zoom::MIN, egui::Button::new("-"))
            .on_hover_text("Zoom out (Ctrl and -)");
        set_accessible_label(ui, &smaller, "Zoom out");
        if smaller.clicked() {
            command = Some(Command::SetZoom(zoom.smaller()));
        }
        ui.label("Zoom:");
        ui.separator();
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
        command.or((chosen != theme).then_some(Command::SetTheme(chosen)))
    })
    .inner
}
