//! Every colour the app draws text or a control's outline in, measured against what it is drawn
//! on, in both themes: text at least 4.5:1 and outlines at least 3:1 (WCAG 2.2 AA, 1.4.3 and
//! 1.4.11). The colours are read from the running app's style and the theme's functions, so a
//! changed token is measured as it is.

// Test helpers may fail loudly; and this test makes colours to measure, not to draw.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_methods
)]

use egui::{Color32, Theme, Visuals};
use egui_kittest::Harness;
use massage_guide::data::{CautionAction, Evidence};
use massage_guide::state::AppState;
use massage_guide::theme::{self, MapColors};
use massage_guide::{App, Startup};

const TEXT: f64 = 4.5;
const OUTLINE: f64 = 3.0;

/// WCAG's relative luminance of an opaque sRGB colour.
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG's contrast ratio, 1 to 21, of two opaque colours in either order.
fn ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` painted over the opaque `bottom`, as egui blends (premultiplied, in sRGB bytes).
fn over(top: Color32, bottom: Color32) -> Color32 {
    let keep = 1.0 - f64::from(top.a()) / 255.0;
    let mix = |t: u8, b: u8| (f64::from(t) + f64::from(b) * keep).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(top.r(), bottom.r()),
        mix(top.g(), bottom.g()),
        mix(top.b(), bottom.b()),
    )
}

#[test]
fn the_ratio_matches_known_values() {
    assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((ratio(Color32::WHITE, Color32::BLACK) - 21.0).abs() < 1e-9);
    assert!((ratio(Color32::from_gray(119), Color32::WHITE) - 4.48).abs() < 0.01);
    // The figures of the UX review of 2026-12-07, before this theme.
    assert!((ratio(Color32::from_gray(0x5F), Color32::from_gray(0x1B)) - 2.7).abs() < 0.05);
    assert!((ratio(Color32::from_gray(0x93), Color32::from_gray(0xF8)) - 2.9).abs() < 0.05);
    assert!((ratio(Color32::from_gray(0xE6), Color32::from_gray(0xF8)) - 1.2).abs() < 0.05);
    assert!((ratio(Color32::RED, Color32::RED) - 1.0).abs() < 1e-9);
}

#[test]
fn blending_follows_premultiplied_alpha() {
    assert_eq!(over(Color32::TRANSPARENT, Color32::WHITE), Color32::WHITE);
    assert_eq!(over(Color32::BLACK, Color32::WHITE), Color32::BLACK);
    assert_eq!(
        over(Color32::WHITE.gamma_multiply(0.5), Color32::BLACK),
        Color32::from_gray(128)
    );
}

/// The visuals of the app itself, as started in `theme`.
fn app_visuals(theme: Theme) -> Visuals {
    let startup = Startup::in_memory(AppState {
        theme: theme.into(),
        ..AppState::default()
    });
    let mut harness = Harness::builder()
        .with_theme(theme)
        .build_eframe(move |cc| App::new(cc, startup));
    harness.run();
    assert_eq!(
        harness.ctx.theme(),
        theme,
        "the app starts in its saved theme"
    );
    harness.ctx.style_of(theme).visuals.clone()
}

/// What the app draws on what, and the least contrast it needs.
#[derive(Default)]
struct Pairs(Vec<(String, Color32, Color32, f64)>);

impl Pairs {
    fn add(&mut self, what: &str, fg: Color32, (ground, bg): (&str, Color32), least: f64) {
        self.0.push((format!("{what} on {ground}"), fg, bg, least));
    }
}

/// Each pair the app draws in `visuals`.
fn pairs(visuals: &Visuals) -> Pairs {
    let mut pairs = Pairs::default();
    text_pairs(&mut pairs, visuals);
    widget_pairs(&mut pairs, visuals);
    token_pairs(&mut pairs, visuals);
    pairs
}

/// egui's text colours on the panel, on windows (tooltips, menus) and in text fields.
fn text_pairs(out: &mut Pairs, v: &Visuals) {
    let grounds = [
        ("panel", v.panel_fill),
        ("window", v.window_fill),
        ("text field", v.text_edit_bg_color()),
    ];
    for ground in grounds {
        out.add("weak text", v.weak_text_color(), ground, TEXT);
        out.add("normal text", v.text_color(), ground, TEXT);
        out.add("strong text", v.strong_text_color(), ground, TEXT);
    }
    for ground in &grounds[..2] {
        out.add("link", v.hyperlink_color, *ground, TEXT);
        out.add("warning", v.warn_fg_color, *ground, TEXT);
        out.add("error", v.error_fg_color, *ground, TEXT);
    }
}

/// Buttons, checkboxes, radio buttons, text fields, selections and progress bars, in each state.
fn widget_pairs(out: &mut Pairs, v: &Visuals) {
    let panel = v.panel_fill;
    let w = &v.widgets;
    for (state, wv) in [
        ("inactive", &w.inactive),
        ("hovered", &w.hovered),
        ("active", &w.active),
        ("open", &w.open),
    ] {
        // A button's text on its fill, a checkbox's or radio button's label beside it.
        let button = format!("{state} button");
        out.add(
            &format!("{button} text"),
            wv.text_color(),
            (&button, wv.weak_bg_fill),
            TEXT,
        );
        out.add(
            &format!("{state} label"),
            wv.text_color(),
            ("panel", panel),
            TEXT,
        );
        // The edge of a checkbox, radio button, text field or button; none if it has no width.
        let edge = if wv.bg_stroke.width >= 1.0 {
            wv.bg_stroke.color
        } else {
            Color32::TRANSPARENT
        };
        out.add(&format!("{state} outline"), edge, ("panel", panel), OUTLINE);
        out.add(
            &format!("{state} outline"),
            edge,
            ("window", v.window_fill),
            OUTLINE,
        );
    }
    let field = ("text field", v.text_edit_bg_color());
    out.add("text field text", w.inactive.text_color(), field, TEXT);
    out.add(
        "focused text field outline",
        v.selection.stroke.color,
        ("panel", panel),
        OUTLINE,
    );
    // Selected buttons, and a progress bar's text over its filled and empty parts.
    let selected = v.selection.stroke.color;
    out.add(
        "selected text",
        selected,
        ("selection", v.selection.bg_fill),
        TEXT,
    );
    out.add("progress text", selected, ("bar", v.extreme_bg_color), TEXT);
    // The guided session's step card, at the brightest of its glow.
    let glow = over(v.selection.bg_fill.gamma_multiply(theme::CUE_GLOW), panel);
    out.add("\"Next step\"", selected, ("step glow", glow), TEXT);
    out.add(
        "step text",
        v.strong_text_color(),
        ("step glow", glow),
        TEXT,
    );
}

/// The app's own colours: actions (also on the warning banner), evidence grades, map labels.
fn token_pairs(out: &mut Pairs, v: &Visuals) {
    let panel = v.panel_fill;
    for action in [
        CautionAction::Emergency,
        CautionAction::StopSeekUrgentCare,
        CautionAction::Avoid,
        CautionAction::AskClinician,
        CautionAction::Modify,
    ] {
        let color = theme::action_color(action, v);
        let what = format!("{action:?} text");
        out.add(&what, color, ("panel", panel), TEXT);
        // The warning-sign banner: tinted with its action's colour, text in it and in strong.
        let banner = over(color.gamma_multiply(theme::BANNER_TINT), panel);
        out.add(&what, color, ("its banner", banner), TEXT);
        out.add(
            "strong text",
            v.strong_text_color(),
            ("banner", banner),
            TEXT,
        );
    }
    for evidence in [
        Evidence::Strong,
        Evidence::Moderate,
        Evidence::Limited,
        Evidence::Insufficient,
        Evidence::NoBenefit,
    ] {
        let what = format!("{evidence:?} grade");
        out.add(
            &what,
            theme::evidence_color(evidence, v),
            ("panel", panel),
            TEXT,
        );
    }
    let map = MapColors::for_visuals(v);
    out.add("map label", map.text, ("skin", map.skin), TEXT);
    out.add("map label", map.text, ("panel", panel), TEXT);
}

/// Checks every pair of the app's `theme`, and says all that fail at once.
fn check(theme: Theme) {
    let visuals = app_visuals(theme);
    let failures: Vec<String> = pairs(&visuals)
        .0
        .into_iter()
        .filter_map(|(what, fg, bg, least)| {
            // Measured as drawn: a see-through colour over what is under it.
            let fg = over(fg, bg);
            let r = ratio(fg, bg);
            (r < least).then(|| format!("{what}: {fg:?} on {bg:?} is {r:.2}:1, under {least}:1"))
        })
        .collect();
    assert!(failures.is_empty(), "{theme:?}:\n{}", failures.join("\n"));
}

#[test]
fn dark_text_and_outlines_are_readable() {
    check(Theme::Dark);
}

#[test]
fn light_text_and_outlines_are_readable() {
    check(Theme::Light);
}

/// The weak style stays a step below normal text, so it still reads as secondary.
#[test]
fn weak_text_is_weaker_than_normal_text() {
    for theme in [Theme::Dark, Theme::Light] {
        let v = app_visuals(theme);
        let on_panel = |c| ratio(over(c, v.panel_fill), v.panel_fill);
        let weak = on_panel(v.weak_text_color());
        let normal = on_panel(v.text_color());
        let strong = on_panel(v.strong_text_color());
        assert!(
            weak < normal && normal < strong,
            "{theme:?}: {weak} {normal} {strong}"
        );
    }
}
