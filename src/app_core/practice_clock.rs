//! The clock of a guided session: it moves while the session runs and asks for just enough
//! frames to show it.

use super::{Core, Effects, Now};
use crate::command::PlanSource;
use crate::practice::{Clock, Session, Tick};
use crate::state::Page;

/// Longest time one frame may move the practice clock: after the computer sleeps, the session
/// waits instead of jumping steps ahead.
const MAX_TICK_SECONDS: f64 = 1.0;

/// While guided practice runs, the app draws a frame at least this often (4 a second), and also
/// when the countdown's second changes.
///
/// The stroke arrows' dots step along visibly while the app stays nearly idle. Nothing at all is
/// drawn when paused.
const PRACTICE_FRAME_SECONDS: f64 = 0.25;
/// Frames for the countdown come this long after its second changes, so they never land just
/// before the change and show the old number.
const COUNTDOWN_LATE_SECONDS: f64 = 0.005;

/// A guided session and what the app needs to run its clock.
pub(crate) struct Practice {
    pub session: Session,
    /// What the session plays, to plan it again when the safety check's answers change.
    pub(super) started: PlanSource,
    /// The page to return to when the session is stopped.
    pub(super) from: Page,
    /// `egui` time of the last frame the clock ran, to measure the time since.
    pub(super) last_tick: Option<f64>,
    /// When the current step began by running out the last one: the step-end cue shows for a
    /// moment after.
    pub cue_since: Option<f64>,
}

impl Core {
    /// Runs the practice clock; returns the frames it needs (a few a second for the countdown
    /// and the arrows, none when paused or idle) and whether to call the reader back.
    pub(super) fn tick_practice(&mut self, clock: Now) -> Effects {
        let mut effects = Effects::default();
        let Some(practice) = &mut self.practice else {
            return effects;
        };
        let now = clock.now;
        if practice.session.clock() != Clock::Running {
            practice.last_tick = None;
            return effects;
        }
        let passed = practice.last_tick.map_or(0.0, |last| now - last);
        practice.last_tick = Some(now);
        match practice
            .session
            .advance(passed.clamp(0.0, MAX_TICK_SECONDS))
        {
            Tick::Counting => {}
            Tick::NextStep | Tick::Finished => {
                practice.cue_since = Some(now);
                if practice.session.clock() == Clock::Finished && clock.keyboard_in_use {
                    // The focused Pause button is gone; a keyboard user lands on "Start again".
                    effects.focus_page = true;
                }
                // The reader may be looking at their partner, not the screen.
                effects.attention = !clock.window_focused;
            }
        }
        if practice.session.clock() == Clock::Running {
            let countdown = practice.session.seconds_to_next_change() + COUNTDOWN_LATE_SECONDS;
            effects.repaint_after = Some(countdown.min(PRACTICE_FRAME_SECONDS));
        }
        effects
    }
}
