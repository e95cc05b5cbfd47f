//! Guided practice: a technique or a routine laid out as timed steps, and the session that
//! counts them down. Pure: time comes in as seconds passed, so tests drive it without sleeping.

use crate::data::{Direction, Guide, Pressure, RegionId, RoutineItem, Technique, TechniqueId};

/// One step as the session shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedStep {
    pub technique: TechniqueId,
    pub technique_name: String,
    /// Which step of its technique this is, from 0, and how many the technique has.
    pub step_of_technique: (usize, usize),
    pub text: String,
    pub seconds: u32,
    pub pressure: Pressure,
    /// How the hands move: the step's own direction; none for a step without one; all of the
    /// technique's if none of its steps names one.
    pub directions: Vec<Direction>,
    pub regions: Vec<RegionId>,
}

/// What a session walks through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub title: String,
    pub steps: Vec<PlannedStep>,
    /// Techniques the routine names that the guide does not have; they are left out.
    pub missing: Vec<TechniqueId>,
}

impl Plan {
    /// A technique's steps at their own times.
    pub fn technique(technique: &Technique) -> Self {
        Self {
            title: technique.name.clone(),
            steps: planned_steps(technique, technique.total_seconds()),
            missing: Vec::new(),
        }
    }

    /// A routine's techniques in order, each stretched or shortened to its item's time.
    pub fn routine(guide: &Guide, title: &str, items: &[RoutineItem]) -> Self {
        let mut steps = Vec::new();
        let mut missing = Vec::new();
        for item in items {
            match guide.technique(&item.technique) {
                Some(technique) => steps.extend(planned_steps(technique, item.seconds)),
                None => missing.push(item.technique.clone()),
            }
        }
        Self {
            title: title.to_owned(),
            steps,
            missing,
        }
    }

    pub fn total_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }
}

/// A step keeps at least this much of its own time when a routine shortens its technique, so
/// a "get ready" step is not squeezed to nothing.
const KEEP_SECONDS: u32 = 15;

/// The technique's steps fitted to `seconds` in all. Each step keeps up to [`KEEP_SECONDS`] of
/// its own time; the rest of the time is shared in proportion to what each step has beyond
/// that. Step ends are rounded from the running total, so the times add up exactly.
fn planned_steps(technique: &Technique, seconds: u32) -> Vec<PlannedStep> {
    let kept: Vec<u32> = technique
        .steps
        .iter()
        .map(|s| s.seconds.min(KEEP_SECONDS))
        .collect();
    let kept_total: u32 = kept.iter().sum();
    // Too little time even for the kept part: share all of it in proportion instead.
    let (kept, shared): (Vec<u32>, Vec<u32>) = if kept_total <= seconds {
        let shared = technique
            .steps
            .iter()
            .zip(&kept)
            .map(|(s, k)| s.seconds - k)
            .collect();
        (kept, shared)
    } else {
        let own = technique.steps.iter().map(|s| s.seconds).collect();
        (vec![0; technique.steps.len()], own)
    };
    let to_share = f64::from(seconds - kept.iter().sum::<u32>());
    let shared_total = f64::from(shared.iter().sum::<u32>());
    let count = technique.steps.len();
    // A technique whose author gave no step a direction shows all of its own on every step;
    // otherwise a step without one (getting ready, checking in) shows no arrows.
    let steps_say = technique.steps.iter().any(|s| s.direction.is_some());
    let mut exact_end = 0.0;
    let mut done = 0u32;
    technique
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let part = shared.get(n).copied().map_or(0.0, f64::from);
            let share = if shared_total > 0.0 {
                to_share * part / shared_total
            } else {
                // Nothing to share in proportion to: share evenly.
                to_share / count as f64
            };
            exact_end += f64::from(kept.get(n).copied().unwrap_or(0)) + share;
            // Rounded from the running total; never a zero-second step the reader cannot see.
            let end = exact_end.round() as u32;
            let length = end.saturating_sub(done).max(1);
            done += length;
            PlannedStep {
                technique: technique.id.clone(),
                technique_name: technique.name.clone(),
                step_of_technique: (n, count),
                text: step.text.clone(),
                seconds: length,
                pressure: technique.pressure,
                directions: match step.direction {
                    Some(direction) => vec![direction],
                    None if steps_say => Vec::new(),
                    None => technique.directions.clone(),
                },
                regions: technique.regions.clone(),
            }
        })
        .collect()
}

/// Whether the clock is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    Running,
    Paused,
    Finished,
}

/// What happened while time passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    /// Nothing changed but the countdown.
    Counting,
    /// The step ran out and the next one began.
    NextStep,
    /// The last step ran out.
    Finished,
}

/// A guided session in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub plan: Plan,
    current: usize,
    /// Seconds spent on the current step.
    elapsed: f64,
    clock: Clock,
}

impl Session {
    /// Starts at the first step, running. A plan with no steps is finished at once.
    pub fn start(plan: Plan) -> Self {
        let clock = if plan.steps.is_empty() {
            Clock::Finished
        } else {
            Clock::Running
        };
        Self {
            plan,
            current: 0,
            elapsed: 0.0,
            clock,
        }
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> Option<&PlannedStep> {
        self.plan.steps.get(self.current)
    }

    pub fn upcoming(&self) -> Option<&PlannedStep> {
        self.plan.steps.get(self.current + 1)
    }

    /// Whole seconds left in the current step, rounded up so "0" shows only at the end.
    pub fn seconds_left(&self) -> u32 {
        let Some(step) = self.current() else {
            return 0;
        };
        let left = (f64::from(step.seconds) - self.elapsed).max(0.0).ceil();
        // `left` is between 0 and the step's length, so it fits.
        left as u32
    }

    /// Seconds until [`Session::seconds_left`] next changes (at most 1), so the countdown can be
    /// redrawn on time without drawing frames in between.
    pub fn seconds_to_next_change(&self) -> f64 {
        let Some(step) = self.current() else {
            return 1.0;
        };
        let left = (f64::from(step.seconds) - self.elapsed).max(0.0);
        let into_second = left - left.floor();
        if into_second > 0.0 { into_second } else { 1.0 }
    }

    /// How far through the current step, 0 to 1.
    pub fn step_fraction(&self) -> f32 {
        match self.current() {
            Some(step) => (self.elapsed / f64::from(step.seconds.max(1))).clamp(0.0, 1.0) as f32,
            None => 1.0,
        }
    }

    /// How far through the whole session, 0 to 1.
    pub fn total_fraction(&self) -> f32 {
        let total = f64::from(self.plan.total_seconds().max(1));
        if self.clock == Clock::Finished {
            return 1.0;
        }
        let before: u32 = self.plan.steps[..self.current]
            .iter()
            .map(|s| s.seconds)
            .sum();
        ((f64::from(before) + self.elapsed) / total).clamp(0.0, 1.0) as f32
    }

    /// Lets `seconds` pass. Runs into the following steps if it is longer than what is left.
    pub fn advance(&mut self, seconds: f64) -> Tick {
        if self.clock != Clock::Running {
            return Tick::Counting;
        }
        self.elapsed += seconds.max(0.0);
        let mut tick = Tick::Counting;
        while let Some(step) = self.current() {
            let length = f64::from(step.seconds);
            if self.elapsed < length {
                break;
            }
            self.elapsed -= length;
            if self.current + 1 < self.plan.steps.len() {
                self.current += 1;
                tick = Tick::NextStep;
            } else {
                self.elapsed = length;
                self.clock = Clock::Finished;
                return Tick::Finished;
            }
        }
        tick
    }

    pub fn pause(&mut self) {
        if self.clock == Clock::Running {
            self.clock = Clock::Paused;
        }
    }

    pub fn resume(&mut self) {
        if self.clock == Clock::Paused {
            self.clock = Clock::Running;
        }
    }

    /// Skips to the start of the next step; past the last one, the session is finished.
    pub fn next(&mut self) {
        if self.clock == Clock::Finished {
            return;
        }
        if self.current + 1 < self.plan.steps.len() {
            self.current += 1;
            self.elapsed = 0.0;
        } else {
            self.elapsed = self.current().map_or(0.0, |s| f64::from(s.seconds));
            self.clock = Clock::Finished;
        }
    }

    /// Back to the start of this step if it has run a few seconds, else to the previous step,
    /// as media players do. From the end, back to the last step.
    pub fn previous(&mut self) {
        if self.clock == Clock::Finished {
            self.clock = Clock::Paused;
            self.elapsed = 0.0;
            return;
        }
        if self.elapsed < RESTART_STEP_AFTER && self.current > 0 {
            self.current -= 1;
        }
        self.elapsed = 0.0;
    }

    /// Back to the first step, running.
    pub fn restart(&mut self) {
        *self = Self::start(self.plan.clone());
    }
}

/// After this many seconds into a step, "previous" restarts it instead of going back.
const RESTART_STEP_AFTER: f64 = 3.0;
