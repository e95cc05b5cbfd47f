//! Helpers for driving the whole app through egui_kittest.

use egui::Vec2;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, HarnessBuilder};
use massage_guide::App;
use massage_guide::data::{Guide, GuideFiles, load_guide};

pub fn guide() -> Guide {
    load_guide(&GuideFiles::embedded()).expect("embedded guide loads")
}

pub fn builder(size: Vec2) -> HarnessBuilder<App> {
    Harness::builder().with_size(size)
}

/// The app on its built-in guide in a 1280×800 window, with nothing saved.
pub fn app() -> Harness<'static, App> {
    builder(Vec2::new(1280.0, 800.0)).build_eframe(|cc| App::new(cc))
}

/// Whether some text on screen (a label) reads exactly `text`.
pub fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
}

pub fn region_button<'a>(harness: &'a Harness<'_, App>, name: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, name)
}
