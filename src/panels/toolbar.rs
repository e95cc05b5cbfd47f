//! The bar across the top: the app's name and pages on the first line; where the guide comes
//! from and the theme switch at the end of the second, after the search box.

use egui::{RichText, ThemePreference, Ui};
use strum::VariantArray as _;

use super::ViewCtx;
use super::country::country_choice_ui;
use super::pages::Tab;
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::Origin;
use crate::shortcuts::{self, ShortcutAction};
use crate::state::Zoom;

/// The first line: the app's name and its pages, `current` (the open page's tab) lit.
pub(crate) fn toolbar_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    current: Option<Tab>,
    out: &mut Vec<Command>,
) {
    let state = ctx.state;
    // Wrapped, so a narrow window (or a large zoom) moves pages to a second line, never off
    // screen.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Back Massage Guide").heading().strong());
        ui.separator();
        for &tab in Tab::VARIANTS {
            if ui
                .selectable_label(current == Some(tab), tab.label())
                .on_hover_text(tab.tooltip())
                .clicked()
            {
                let page = tab.opens(&state.page);
                if page != state.page {
                    out.push(Command::ShowPage(page));
                }
            }
        }
    });
}

/// Where the view settings go on the toolbar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SettingsPlace {
    /// Right-aligned at the end of the search box's line, when they fit there.
    EndOfLine,
    /// On lines of their own, wrapping in a narrow window.
    OwnLines,
}

/// Where the guide comes from, the theme switch and the zoom, in reading (and Tab) order, and
/// whether the app speaks what has the keyboard (only where it does so itself: in a browser).
/// Each change is pushed as a command, in that order.
pub(crate) fn view_settings_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    place: SettingsPlace,
    out: &mut Vec<Command>,
) {
    let (state, guide) = (ctx.state, ctx.guide);
    let (theme, zoom, country) = (state.theme, state.zoom, state.country.as_ref());
    let origin = ctx.origin;
    let built_in = *origin == Origin::BuiltIn;
    let folders = ctx.caps.folders.then_some(state.recent_guides.as_slice());
    let speak = ctx.caps.read_focus_aloud.then_some(state.read_focus_aloud);
    let wrap = place == SettingsPlace::OwnLines;
    let width_id = ui.make_persistent_id("view_settings_width");
    if !wrap {
        // Right-aligned by the width these took last frame, so Tab still goes left to right.
        let last: f32 = ui.data(|d| d.get_temp(width_id)).unwrap_or(0.0);
        ui.add_space((ui.available_width() - last).max(0.0));
    }
    let row = |ui: &mut Ui| {
        guide_menu_ui(ui, &origin_text(origin), built_in, folders, out);
        ui.separator();
        ui.label("Theme:");
        let mut chosen = theme;
        ui.selectable_value(&mut chosen, ThemePreference::System, "System")
            .on_hover_text("Follow the system's light or dark setting");
        ui.selectable_value(&mut chosen, ThemePreference::Light, "Light")
            .on_hover_text("Use light colours");
        ui.selectable_value(&mut chosen, ThemePreference::Dark, "Dark")
            .on_hover_text("Use dark colours");
        if chosen != theme {
            out.push(Command::SetTheme(chosen));
        }
        ui.separator();
        ui.label("Zoom:");
        let smaller = ui
            .add_enabled(zoom.get() > Zoom::MIN, egui::Button::new("-"))
            .on_hover_text(format!(
                "Zoom out ({})",
                shortcuts::text(ui.ctx(), ShortcutAction::ZoomOut)
            ));
        ui.set_accessible_label(&smaller, "Zoom out");
        if smaller.clicked() {
            out.push(Command::SetZoom(zoom.smaller()));
        }
        let reset = ui
            .button(format!("{}%", zoom.percent()))
            .on_hover_text(format!(
                "Back to 100% ({})",
                shortcuts::text(ui.ctx(), ShortcutAction::ZoomReset)
            ));
        ui.set_accessible_label(&reset, &format!("Zoom {}%, reset to 100%", zoom.percent()));
        if reset.clicked() {
            out.push(Command::SetZoom(Zoom::default()));
        }
        let larger = ui
            .add_enabled(zoom.get() < Zoom::MAX, egui::Button::new("+"))
            .on_hover_text(format!(
                "Zoom in ({})",
                shortcuts::text(ui.ctx(), ShortcutAction::ZoomIn)
            ));
        ui.set_accessible_label(&larger, "Zoom in");
        if larger.clicked() {
            out.push(Command::SetZoom(zoom.larger()));
        }
        ui.separator();
        ui.label("Numbers for:");
        country_choice_ui(ui, guide, country, "settings", out);
        if let Some(speaking) = speak {
            ui.separator();
            let mut on = speaking;
            if ui
                .checkbox(&mut on, "Speak")
                .on_hover_text(
                    "Say aloud what has the keyboard (Tab moves it), for readers who cannot see \
                     the screen well. Screen readers cannot read this page; the desktop app \
                     works with them.",
                )
                .changed()
            {
                out.push(Command::ReadFocusAloud(on));
            }
        }
    };
    let response = if wrap {
        ui.horizontal_wrapped(row)
    } else {
        ui.horizontal(row)
    };
    let width = response.response.rect.width();
    ui.data_mut(|d| d.insert_temp(width_id, width));
}

/// Where the guide on screen came from, as the toolbar and the banners say it.
pub(super) fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::BuiltIn => "Built-in guide".to_owned(),
        Origin::Folder(name) | Origin::Dropped(name) => format!("Guide from {name}"),
    }
}

/// Longest guide name the toolbar shows whole; a longer one keeps its end (a path's last
/// folders say most) and shows whole on hover.
const ORIGIN_CHARS: usize = 40;

/// The Guide menu, named by where the guide on screen comes from: open a guide folder, open
/// one opened before, save a copy of the built-in guide, or go back to it.
fn guide_menu_ui(
    ui: &mut Ui,
    origin: &str,
    built_in: bool,
    folders: Option<&[String]>,
    out: &mut Vec<Command>,
) {
    let count = origin.chars().count();
    let shown = if count > ORIGIN_CHARS {
        let tail: String = origin.chars().skip(count - (ORIGIN_CHARS - 1)).collect();
        format!("…{tail}")
    } else {
        origin.to_owned()
    };
    let menu = ui.menu_button(shown, |ui| {
        if let Some(recent) = folders {
            if ui.button("Open guide folder…").clicked() {
                out.push(Command::ChooseGuideFolder);
            }
            if !recent.is_empty() {
                ui.separator();
                ui.weak("Recent guide folders");
                for folder in recent {
                    if ui.button(folder.as_str()).clicked() {
                        out.push(Command::OpenRecentGuide(folder.clone()));
                    }
                }
            }
            ui.separator();
            if ui.button("Save a copy of the built-in guide…").clicked() {
                out.push(Command::SaveBuiltInCopy);
            }
        }
        if ui
            .add_enabled(!built_in, egui::Button::new("Back to the built-in guide"))
            .clicked()
        {
            out.push(Command::BackToBuiltInGuide);
        }
    });
    let hover = if folders.is_some() {
        format!(
            "{origin}. Open a guide folder, go back to the built-in guide, or save a copy of it"
        )
    } else {
        format!("{origin}. Drop a guide's files or its zip on the page to try it")
    };
    let response = menu.response.on_hover_text(hover);
    ui.set_accessible_label(&response, &format!("Guide menu: {origin}"));
}
