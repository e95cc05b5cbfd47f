//! Figures for `scripts/perf.sh`, printed only when `MASSAGE_GUIDE_PROBE` is set: when each
//! frame starts. Nothing is printed otherwise.
//!
//! Frame `n` starts only after frame `n - 1` was on screen, so the start of frame 2 is when the
//! first frame was shown; the first frame asks for a second one so that moment is always seen.

use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that turns the probe on.
pub const ENV_VAR: &str = "MASSAGE_GUIDE_PROBE";

#[derive(Debug, Default)]
pub struct Probe {
    frames: u64,
}

impl Probe {
    /// A probe if `MASSAGE_GUIDE_PROBE` is set (to anything), else None.
    pub fn from_env() -> Option<Self> {
        std::env::var_os(ENV_VAR).map(|_| Self::default())
    }

    /// Call at the start of every frame. Prints `probe frame=N unix_ns=T` to standard error,
    /// where T is the wall clock, which the script reads too.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let unix_ns = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos());
        eprintln!("probe frame={} unix_ns={unix_ns}", self.frames);
        if self.frames == 1 {
            ctx.request_repaint();
        }
    }
}
