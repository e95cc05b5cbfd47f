//! Helpers for driving the whole app through egui_kittest.

use std::collections::HashMap;

use egui::Vec2;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, HarnessBuilder};
use massage_guide::App;
use massage_guide::data::{Guide, GuideFiles, load_guide};
use massage_guide::state::AppState;

pub fn guide() -> Guide {
    load_guide(&GuideFiles::embedded()).expect("embedded guide loads")
}

pub fn builder(size: Vec2) -> HarnessBuilder<App> {
    Harness::builder().with_size(size)
}

/// eframe storage kept in memory, to restart the app within a test.
#[derive(Default)]
pub struct MemoryStorage(HashMap<String, String>);

impl MemoryStorage {
    /// Storage holding `state` as the app saves it.
    pub fn with(state: &AppState) -> Self {
        let mut storage = Self::default();
        eframe::set_value(&mut storage, eframe::APP_KEY, state);
        storage
    }
}

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// The app in a 1280×800 window, started from `storage` as if it were the last run's save.
pub fn app_from(storage: MemoryStorage) -> Harness<'static, App> {
    // The harness borrows the storage for its whole life; a test's leak is harmless.
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    builder(Vec2::new(1280.0, 800.0)).build_eframe(|cc| {
        cc.storage = Some(storage);
        App::new(cc)
    })
}

/// The app on its built-in guide in a 1280×800 window, as a returning user who has been
/// offered the safety check and answered nothing.
pub fn app() -> Harness<'static, App> {
    app_from(MemoryStorage::with(&AppState {
        safety_check_offered: true,
        ..AppState::default()
    }))
}

/// The app as on the very first start: nothing saved at all.
pub fn first_start() -> Harness<'static, App> {
    builder(Vec2::new(1280.0, 800.0)).build_eframe(|cc| App::new(cc))
}

/// Whether some text on screen (a label) reads exactly `text`.
pub fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
}

pub fn region_button<'a>(harness: &'a Harness<'_, App>, name: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, name)
}

/// Presses Tab `tabs` times from the start, then Enter: how a keyboard user opens the toolbar's
/// pages (Guide, Techniques, Routines, Red flags, Safety check, Sources, in that order).
pub fn tab_then_enter(harness: &mut Harness<'_, App>, tabs: usize) {
    harness.run();
    for _ in 0..tabs {
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
}
