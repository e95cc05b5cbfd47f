//! Keeping the reader's state: a moment after it changes, and on exit. The core only says what
//! to save and when; the shell writes it where the platform keeps it.

use super::{Core, Effects, Notice, Now, StateToSave};
use crate::platform::SaveFailure;
use crate::state::AppState;
use crate::state_format::WindowSize;

/// How long the state must rest after a change before it is saved.
const SAVE_AFTER_SECONDS: f64 = 0.5;

/// Saving the state: a moment after it changes, and on exit.
pub(super) struct Saving {
    /// Whether the state is kept between runs at all.
    saves: bool,
    /// What was last handed to the shell to save.
    state: AppState,
    window: Option<WindowSize>,
    /// The window as it is now.
    window_now: Option<WindowSize>,
    /// The time of the first tick whose state differed from what was saved.
    dirty_since: Option<f64>,
}

impl Saving {
    pub(super) fn new(saves: bool, state: &AppState, window: Option<WindowSize>) -> Self {
        Self {
            saves,
            state: state.clone(),
            window,
            window_now: window,
            dirty_since: None,
        }
    }

    fn is_dirty(&self, state: &AppState) -> bool {
        self.saves && (&self.state != state || self.window != self.window_now)
    }
}

impl Core {
    /// How saving went: a failure is told to the reader once.
    pub(super) fn state_saved(&mut self, saved: Result<(), SaveFailure>) {
        if let Err(SaveFailure { to, why }) = saved {
            self.notice = Some(Notice::StateNotSaved { to, why });
        }
    }

    /// The state to save now, if it changed since the last save. The shell writes it and
    /// answers with `Command::StateSaved`; a failure is told to the reader once, the state
    /// stays in memory and the next change tries again.
    pub(crate) fn save_now(&mut self) -> Option<StateToSave> {
        let saving = &mut self.saving;
        saving.dirty_since = None;
        if !saving.is_dirty(&self.state) {
            return None;
        }
        // Taken as saved even if the save fails: trying again every frame would not help, the
        // next change will.
        saving.state = self.state.clone();
        saving.window = saving.window_now;
        Some(StateToSave {
            state: self.state.clone(),
            window: saving.window_now,
        })
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
                save: self.save_now(),
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
