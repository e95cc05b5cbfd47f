//! Keeping the reader's state: a moment after it changes, and on exit.

use super::App;
use crate::platform::StateStore;
use crate::state::AppState;
use crate::state_format::WindowSize;

/// How long the state must rest after a change before it is saved.
const SAVE_AFTER_SECONDS: f64 = 0.5;

/// Saving the state: a moment after it changes, and on exit.
pub(super) struct Saving {
    pub(super) store: Option<Box<dyn StateStore>>,
    /// What the file holds now.
    pub(super) state: AppState,
    pub(super) window: Option<WindowSize>,
    /// The window as it is now.
    pub(super) window_now: Option<WindowSize>,
    /// `egui` time of the first frame whose state differed from the file.
    pub(super) dirty_since: Option<f64>,
}

impl Saving {
    pub(super) fn is_dirty(&self, state: &AppState) -> bool {
        self.store.is_some() && (&self.state != state || self.window != self.window_now)
    }
}

impl App {
    /// Saves the state now if it changed since the last save. A failure is told to the reader
    /// once; the state stays in memory and the next change tries again.
    pub fn save_now(&mut self) {
        let saving = &mut self.saving;
        saving.dirty_since = None;
        if !saving.is_dirty(&self.state) {
            return;
        }
        let Some(store) = &saving.store else {
            return;
        };
        if let Err(err) = store.save(&self.state, saving.window_now) {
            self.notice = Some(format!(
                "Your settings could not be saved to {}: {err}. They are kept while the app \
                 stays open.",
                store.location()
            ));
        }
        // Even on failure: trying again every frame would not help, the next change will.
        saving.state = self.state.clone();
        saving.window = saving.window_now;
    }

    /// Saves a moment after the state last changed: soon enough that a crash loses almost
    /// nothing, late enough that typing a routine's name is not a write per key.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        self.saving.window_now = window_size(ctx).or(self.saving.window_now);
        if !self.saving.is_dirty(&self.state) {
            self.saving.dirty_since = None;
            return;
        }
        let now = ctx.input(|i| i.time);
        let since = *self.saving.dirty_since.get_or_insert(now);
        let wait = SAVE_AFTER_SECONDS - (now - since);
        if wait <= 0.0 {
            self.save_now();
        } else {
            ctx.request_repaint_after(
                std::time::Duration::try_from_secs_f64(wait).unwrap_or_default(),
            );
        }
    }
}

/// The window's size in logical pixels (what the next start asks for), if the platform says.
fn window_size(ctx: &egui::Context) -> Option<WindowSize> {
    let zoom = ctx.zoom_factor();
    ctx.input(|i| {
        let viewport = i.viewport();
        let size = viewport.inner_rect?.size() * zoom;
        Some(WindowSize {
            width: size.x,
            height: size.y,
            maximized: viewport.maximized.unwrap_or(false),
        })
    })
}
