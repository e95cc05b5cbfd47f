//! Keeping the reader's state: a moment after it changes, and on exit.

use super::{Core, Effects, Notice, Now};
use crate::platform::StateStore;
use crate::state::AppState;
use crate::state_format::{WindowSize, save};

/// How long the state must rest after a change before it is saved.
const SAVE_AFTER_SECONDS: f64 = 0.5;

/// Saving the state: a moment after it changes, and on exit.
pub(super) struct Saving {
    store: Option<Box<dyn StateStore>>,
    /// What the store holds now.
    state: AppState,
    window: Option<WindowSize>,
    /// The window as it is now.
    window_now: Option<WindowSize>,
    /// The time of the first tick whose state differed from the store.
    dirty_since: Option<f64>,
}

impl Saving {
    pub(super) fn new(
        store: Option<Box<dyn StateStore>>,
        state: &AppState,
        window: Option<WindowSize>,
    ) -> Self {
        Self {
            store,
            state: state.clone(),
            window,
            window_now: window,
            dirty_since: None,
        }
    }

    pub(super) fn store(&self) -> Option<&dyn StateStore> {
        self.store.as_deref()
    }

    fn is_dirty(&self, state: &AppState) -> bool {
        self.store.is_some() && (&self.state != state || self.window != self.window_now)
    }
}

impl Core {
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
        if let Err(why) = save(store.as_ref(), &self.state, saving.window_now) {
            self.notice = Some(Notice::StateNotSaved {
                to: store.location(),
                why,
            });
        }
        // Even on failure: trying again every frame would not help, the next change will.
        saving.state = self.state.clone();
        saving.window = saving.window_now;
    }

    /// Asks for a save a moment after the state last changed: soon enough that a crash loses
    /// almost nothing, late enough that typing a routine's name is not a write per key.
    pub(super) fn tick_saving(&mut self, clock: Now) -> Effects {
        let saving = &mut self.saving;
        saving.window_now = clock.window.or(saving.window_now);
        if !saving.is_dirty(&self.state) {
            saving.dirty_since = None;
            return Effects::default();
        }
        let since = *saving.dirty_since.get_or_insert(clock.now);
        let wait = SAVE_AFTER_SECONDS - (clock.now - since);
        if wait <= 0.0 {
            Effects {
                save: true,
                ..Effects::default()
            }
        } else {
            Effects {
                repaint_after: Some(wait),
                ..Effects::default()
            }
        }
    }
}
