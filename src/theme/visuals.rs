//! egui's look, made readable: its default visuals with the text and control colours raised to
//! WCAG 2.2 AA (4.5:1 for text, 3:1 for a control's outline) against what they are drawn on.
//! `super::contrast` measures every pair.

use egui::{Color32, Context, Stroke, Theme, Visuals};

/// The app's visuals for `theme`: egui's own, with these colours changed.
#[expect(
    clippy::disallowed_methods,
    reason = "theme.rs is where colours are declared"
)]
pub fn visuals(theme: Theme) -> Visuals {
    let gray = Color32::from_gray;
    match theme {
        Theme::Dark => {
            let mut v = Visuals::dark();
            // Three clear steps on the panel (#1B1B1B): weak 5.1:1, normal 8.2:1, strong white.
            v.widgets.noninteractive.fg_stroke.color = gray(180);
            v.weak_text_color = Some(gray(140));
            // Boxes, circles, buttons and text fields: egui draws no edge, and their fill is
            // 1.3–1.6:1 on the panel, so an outline says where each one is: 3.9:1 (a radio
            // button's smoothed circle measures 3.6:1 on screen).
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, gray(120));
            v.widgets.open.bg_stroke = Stroke::new(1.0, gray(120));
            v.error_fg_color = Color32::from_rgb(255, 90, 90);
            v
        }
        Theme::Light => {
            let mut v = Visuals::light();
            // On the panel (#F8F8F8): weak 5.2:1, normal 10:1, strong black.
            v.widgets.noninteractive.fg_stroke.color = gray(60);
            v.weak_text_color = Some(gray(105));
            // 4.2:1 (egui's fill: 1.2:1), so a radio button's smoothed circle still measures
            // over 3:1 on screen.
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, gray(120));
            v.widgets.open.bg_stroke = Stroke::new(1.0, gray(120));
            // egui's bright blue, orange and red are under 4.5:1 on white.
            v.hyperlink_color = Color32::from_rgb(0, 100, 190);
            v.warn_fg_color = Color32::from_rgb(185, 70, 0);
            v.error_fg_color = Color32::from_rgb(200, 0, 0);
            v
        }
    }
}

/// Gives the window these visuals in both themes, whichever the reader picks.
pub fn install(ctx: &Context) {
    for theme in [Theme::Dark, Theme::Light] {
        ctx.set_visuals_of(theme, visuals(theme));
    }
}
