//! Guided practice: a technique or a routine laid out as timed steps, and the session that
//! counts them down. Pure: time comes in as seconds passed, so tests drive it without sleeping.

use crate::data::{
    CautionId, Direction, Guide, Pressure, RegionId, RoutineItem, Step, Technique, TechniqueId,
};
use crate::safety::{Profile, TechniqueVerdict};

/// One step as the session shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedStep {
    pub technique: TechniqueId,
    pub technique_name: String,
    /// Which item of the routine the step belongs to, from 0 (0 for a single technique).
    pub item: usize,
    /// Which step of its technique this is, from 0, as the technique numbers them.
    pub step: usize,
    /// Which of the item's kept steps this is, from 0, and how many it keeps.
    pub step_of_technique: (usize, usize),
    pub text: String,
    pub seconds: u32,
    pub pressure: Pressure,
    /// How the hands move: the step's own direction; none for a step without one; all of the
    /// technique's if none of its steps names one.
    pub directions: Vec<Direction>,
    /// Where the hands work: the technique's areas, or the fewer that the routine keeps.
    pub regions: Vec<RegionId>,
}

/// A technique the safety check rules out for this reader, left out of the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub item: usize,
    pub technique: TechniqueId,
    pub name: String,
    /// The cautions that rule it out, each with its reason.
    pub because: Vec<(CautionId, String)>,
}

/// What a session walks through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub title: String,
    pub steps: Vec<PlannedStep>,
    /// Techniques the routine names that the guide does not have; they are left out.
    pub missing: Vec<TechniqueId>,
    /// Techniques the reader's safety check rules out; they are never played.
    pub left_out: Vec<LeftOut>,
}

impl Plan {
    /// A technique's steps at their own times.
    pub fn technique(technique: &Technique) -> Self {
        let whole = RoutineItem::new(technique.id.clone(), technique.total_seconds());
        Self {
            title: technique.name.clone(),
            steps: planned_steps(technique, &whole, 0),
            missing: Vec::new(),
            left_out: Vec::new(),
        }
    }

    /// A routine's techniques in order, each with the steps and areas its item keeps, fitted
    /// to its item's time.
    pub fn routine(guide: &Guide, title: &str, items: &[RoutineItem]) -> Self {
        let mut steps = Vec::new();
        let mut missing = Vec::new();
        for (n, item) in items.iter().enumerate() {
            match guide.technique(&item.technique) {
                Some(technique) => steps.extend(planned_steps(technique, item, n)),
                None => missing.push(item.technique.clone()),
            }
        }
        Self {
            title: title.to_owned(),
            steps,
            missing,
            left_out: Vec::new(),
        }
    }

    /// The plan without the techniques `profile` says to avoid, each named in `left_out` with
    /// why. For safety they are left out, not offered to skip: a session never plays them.
    #[must_use]
    pub fn leave_out_avoided(mut self, guide: &Guide, profile: &Profile<'_>) -> Self {
        let mut left_out: Vec<LeftOut> = Vec::new();
        self.steps.retain(|step| {
            if left_out.iter().any(|l| l.item == step.item) {
                return false;
            }
            let Some(technique) = guide.technique(&step.technique) else {
                return true;
            };
            let advice = profile.advice(technique);
            if !advice.avoid() {
                return true;
            }
            let because = advice
                .marks
                .iter()
                .filter_map(|mark| match mark.verdict {
                    TechniqueVerdict::Avoid(why) => Some((mark.caution.id.clone(), why.to_owned())),
                    TechniqueVerdict::Modify(_) => None,
                })
                .collect();
            left_out.push(LeftOut {
                item: step.item,
                technique: technique.id.clone(),
                name: technique.name.clone(),
                because,
            });
            false
        });
        self.left_out = left_out;
        self
    }

    pub fn total_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// Whether the plan has more than one technique to go through.
    pub fn has_several_items(&self) -> bool {
        self.steps
            .first()
            .is_some_and(|first| self.steps.iter().any(|s| s.item != first.item))
    }
}

/// A step keeps at least this much of its own time when a routine shortens its technique, so
/// a "get ready" step is not squeezed to nothing.
const KEEP_SECONDS: u32 = 15;

/// The steps `item` keeps of `technique`, fitted to the item's seconds in all, on the areas it
/// keeps. Each step keeps up to [`KEEP_SECONDS`] of its own time; the rest of the time is shared
/// in proportion to what each step has beyond that. Step ends are rounded from the running
/// total, so the times add up exactly.
///
/// A step number or area the technique lacks is ignored (`check` reports them in a guide; a
/// saved routine may outlive a change to its technique). If that leaves no step or no area, the
/// item has them all.
fn planned_steps(technique: &Technique, item: &RoutineItem, item_index: usize) -> Vec<PlannedStep> {
    let mut kept: Vec<(usize, &Step)> = technique
        .steps
        .iter()
        .enumerate()
        .filter(|(n, _)| item.keeps_step(*n))
        .collect();
    if kept.is_empty() {
        kept = technique.steps.iter().enumerate().collect();
    }
    let mut regions: Vec<RegionId> = technique
        .regions
        .iter()
        .filter(|r| item.regions.contains(r))
        .cloned()
        .collect();
    if regions.is_empty() {
        regions.clone_from(&technique.regions);
    }
    let seconds = item.seconds;
    let own: Vec<u32> = kept.iter().map(|(_, s)| s.seconds).collect();
    let floor: Vec<u32> = own.iter().map(|s| (*s).min(KEEP_SECONDS)).collect();
    let floor_total: u32 = floor.iter().sum();
    // Too little time even for the kept part: share all of it in proportion instead.
    let (floor, shared): (Vec<u32>, Vec<u32>) = if floor_total <= seconds {
        let shared = own.iter().zip(&floor).map(|(s, k)| s - k).collect();
        (floor, shared)
    } else {
        (vec![0; own.len()], own)
    };
    let to_share = f64::from(seconds - floor.iter().sum::<u32>());
    let shared_total = f64::from(shared.iter().sum::<u32>());
    let count = kept.len();
    // A technique whose author gave no step a direction shows all of its own on every step;
    // otherwise a step without one (getting ready, checking in) shows no arrows.
    let steps_say = technique.steps.iter().any(|s| s.direction.is_some());
    let mut exact_end = 0.0;
    let mut done = 0u32;
    kept.iter()
        .enumerate()
        .map(|(n, (step_index, step))| {
            let part = shared.get(n).copied().map_or(0.0, f64::from);
            let share = if shared_total > 0.0 {
                to_share * part / shared_total
            } else {
                // Nothing to share in proportion to: share evenly.
                to_share / count as f64
            };
            exact_end += f64::from(floor.get(n).copied().unwrap_or(0)) + share;
            // Rounded from the running total; never a zero-second step the reader cannot see.
            let end = exact_end.round() as u32;
            let length = end.saturating_sub(done).max(1);
            done += length;
            PlannedStep {
                technique: technique.id.clone(),
                technique_name: technique.name.clone(),
                item: item_index,
                step: *step_index,
                step_of_technique: (n, count),
                text: step.text.clone(),
                seconds: length,
                pressure: technique.pressure,
                directions: match step.direction {
                    Some(direction) => vec![direction],
                    None if steps_say => Vec::new(),
                    None => technique.directions.clone(),
                },
                regions: regions.clone(),
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
    /// The techniques the reader chose to skip, as the items they belong to.
    skipped: Vec<usize>,
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
            skipped: Vec::new(),
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

    /// Skips the rest of the current technique: on to the first step of the next one, or to
    /// the end if it was the last. The clock keeps running or stays paused, as with "next".
    pub fn skip_technique(&mut self) {
        if self.clock == Clock::Finished {
            return;
        }
        let Some(item) = self.current().map(|s| s.item) else {
            return;
        };
        if !self.skipped.contains(&item) {
            self.skipped.push(item);
        }
        let next = self.plan.steps[self.current..]
            .iter()
            .position(|s| s.item != item)
            .map(|ahead| self.current + ahead);
        if let Some(next) = next {
            self.current = next;
            self.elapsed = 0.0;
        } else {
            self.current = self.plan.steps.len().saturating_sub(1);
            self.elapsed = self.current().map_or(0.0, |s| f64::from(s.seconds));
            self.clock = Clock::Finished;
        }
    }

    /// The names of the techniques the reader skipped, in the order of the session.
    pub fn skipped(&self) -> Vec<&str> {
        let mut items = self.skipped.clone();
        items.sort_unstable();
        items
            .iter()
            .filter_map(|item| self.plan.steps.iter().find(|s| s.item == *item))
            .map(|s| s.technique_name.as_str())
            .collect()
    }

    /// Follows a new plan of the same routine (the safety check's answers changed): the same
    /// step if it is still there, else the next one kept. Nothing changes if the plan is the
    /// same; a plan with nothing left after this point ends the session.
    pub fn replan(&mut self, plan: Plan) {
        if plan == self.plan {
            return;
        }
        let here = self.current().map(|s| (s.item, s.step));
        let same = here.and_then(|here| plan.steps.iter().position(|s| (s.item, s.step) == here));
        let later = here.and_then(|here| plan.steps.iter().position(|s| (s.item, s.step) > here));
        self.plan = plan;
        self.skipped
            .retain(|item| self.plan.steps.iter().any(|s| s.item == *item));
        if self.clock == Clock::Finished {
            self.current = self.plan.steps.len().saturating_sub(1);
            self.elapsed = self.current().map_or(0.0, |s| f64::from(s.seconds));
            return;
        }
        match (same, later) {
            (Some(at), _) => {
                self.current = at;
                let length = self.current().map_or(0.0, |s| f64::from(s.seconds));
                self.elapsed = self.elapsed.min(length);
            }
            (None, Some(at)) => {
                self.current = at;
                self.elapsed = 0.0;
            }
            (None, None) => {
                self.current = self.plan.steps.len().saturating_sub(1);
                self.elapsed = self.current().map_or(0.0, |s| f64::from(s.seconds));
                self.clock = Clock::Finished;
            }
        }
    }

    /// Back to the first step, running.
    pub fn restart(&mut self) {
        *self = Self::start(self.plan.clone());
    }
}

/// After this many seconds into a step, "previous" restarts it instead of going back.
const RESTART_STEP_AFTER: f64 = 3.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{GuideFiles, QuestionId, RoutineId, load_guide};
    use crate::safety::Answers;

    fn guide() -> Guide {
        load_guide(&GuideFiles::embedded()).expect("the built-in guide loads")
    }

    fn desk_worker(guide: &Guide) -> Plan {
        let routine = guide
            .routine(&RoutineId("desk_worker_upper_back".into()))
            .expect("the built-in guide has the desk worker's routine");
        Plan::routine(guide, &routine.name, &routine.items)
    }

    fn steps_of<'p>(plan: &'p Plan, technique: &str) -> Vec<&'p PlannedStep> {
        plan.steps
            .iter()
            .filter(|s| s.technique.as_str() == technique)
            .collect()
    }

    fn yes_to(question: &str) -> Answers {
        let mut answers = Answers::default();
        answers.set(QuestionId(question.to_owned()), Some(true));
        answers
    }

    #[test]
    fn an_item_plays_only_its_kept_steps_on_its_areas_within_its_time() {
        let guide = guide();
        let kneading = guide
            .technique(&TechniqueId("petrissage_kneading".into()))
            .expect("kneading");
        let regions: Vec<RegionId> = ["shoulder_left", "mid_thoracic_right"]
            .map(|r| RegionId(r.to_owned()))
            .to_vec();
        let item = RoutineItem {
            regions: regions.clone(),
            skip_steps: vec![1, 5],
            ..RoutineItem::new(kneading.id.clone(), 150)
        };
        let plan = Plan::routine(&guide, "r", std::slice::from_ref(&item));
        let kept: Vec<usize> = plan.steps.iter().map(|s| s.step).collect();
        let all: Vec<usize> = (0..kneading.steps.len())
            .filter(|n| ![0, 4].contains(n))
            .collect();
        assert_eq!(kept, all, "steps 1 and 5 (from 1) are left out");
        for (n, step) in plan.steps.iter().enumerate() {
            assert_eq!(step.text, kneading.steps[step.step].text);
            assert_eq!(step.step_of_technique, (n, all.len()));
            assert_eq!(step.regions, regions, "only the kept areas are shown");
        }
        assert_eq!(
            plan.total_seconds(),
            150,
            "the kept steps share the item's time"
        );

        // Step numbers and areas the technique lacks are ignored; leaving out every step (or
        // keeping no area it has) plays the whole technique rather than nothing.
        let odd = RoutineItem {
            regions: vec![RegionId("nowhere".into())],
            skip_steps: (0..=kneading.steps.len() + 3).collect(),
            ..RoutineItem::new(kneading.id.clone(), 100)
        };
        let plan = Plan::routine(&guide, "r", &[odd]);
        assert_eq!(plan.steps.len(), kneading.steps.len());
        assert!(plan.steps.iter().all(|s| s.regions == kneading.regions));
        assert_eq!(plan.total_seconds(), 100);
    }

    #[test]
    fn the_desk_workers_routine_works_no_buttocks_and_warms_up_once() {
        let guide = guide();
        let plan = desk_worker(&guide);
        for step in &plan.steps {
            assert!(
                step.regions.iter().all(|r| !r.as_str().starts_with("hip")),
                "{} works the buttocks: {}",
                step.technique,
                step.text
            );
        }
        // Kneading's buttock work is a step of its own, left out here. (Held pressure's search
        // for a knot names the buttock among other places; the session says where to work.)
        for step in steps_of(&plan, "petrissage_kneading") {
            assert!(!step.text.contains("buttock"), "{}", step.text);
        }
        // Palm gliding warms the back first; no later technique does it again.
        let warm_ups: Vec<_> = plan
            .steps
            .iter()
            .filter(|s| s.text.contains("Warm the area first"))
            .map(|s| s.technique.as_str())
            .collect();
        assert!(warm_ups.is_empty(), "warmed up again in {warm_ups:?}");
        assert_eq!(steps_of(&plan, "palm_effleurage")[0].item, 0);
    }

    #[test]
    fn techniques_to_avoid_are_left_out_with_why_and_the_rest_keep_their_time() {
        let guide = guide();
        let whole = desk_worker(&guide);
        let answers = yes_to("blood_thinners");
        let profile = Profile::new(&guide, &answers);
        let plan = desk_worker(&guide).leave_out_avoided(&guide, &profile);
        assert!(steps_of(&plan, "held_pressure_tender_spot").is_empty());
        assert_eq!(plan.left_out.len(), 1);
        let left = &plan.left_out[0];
        assert_eq!(left.technique.as_str(), "held_pressure_tender_spot");
        assert_eq!(left.item, 3);
        let (caution, because) = &left.because[0];
        assert_eq!(caution.as_str(), "bleeding_or_blood_thinners");
        let bleeding = guide.caution(caution).expect("the caution");
        assert_eq!(because, &bleeding.for_you.because);
        // The others play as before, to the second.
        let kept: Vec<_> = whole
            .steps
            .iter()
            .filter(|s| s.technique.as_str() != "held_pressure_tender_spot")
            .cloned()
            .collect();
        assert_eq!(plan.steps, kept);

        // No answers: nothing is left out.
        let none = Answers::default();
        let plan = desk_worker(&guide).leave_out_avoided(&guide, &Profile::new(&guide, &none));
        assert_eq!(plan, whole);
    }

    #[test]
    fn skipping_a_technique_goes_on_to_the_next_and_past_the_last_finishes() {
        let guide = guide();
        let mut session = Session::start(desk_worker(&guide));
        session.next();
        session.pause();
        session.skip_technique();
        let step = session.current().expect("a step");
        assert_eq!((step.item, step.step_of_technique.0), (1, 0));
        assert_eq!(
            session.clock(),
            Clock::Paused,
            "skipping keeps the clock as it was"
        );
        // To the last technique, then past it.
        while session.current().is_some_and(|s| s.item < 4) {
            session.skip_technique();
        }
        assert_eq!(session.clock(), Clock::Paused);
        session.skip_technique();
        assert_eq!(session.clock(), Clock::Finished);
        assert_eq!(session.skipped().len(), 5);
        assert_eq!(session.skipped()[0], "Palm gliding (effleurage)");
    }

    #[test]
    fn a_new_answer_plans_the_session_again_from_where_it_is() {
        let guide = guide();
        let answers = yes_to("blood_thinners");
        let profile = Profile::new(&guide, &answers);
        let leaving_out = || desk_worker(&guide).leave_out_avoided(&guide, &profile);

        // In the middle of kneading: the same step, the same time into it.
        let mut session = Session::start(desk_worker(&guide));
        while session.current().is_some_and(|s| s.item < 2) {
            session.next();
        }
        session.next();
        session.advance(2.0);
        let here = session.current().cloned();
        session.replan(leaving_out());
        assert_eq!(session.current().cloned(), here);
        assert_eq!(session.seconds_left(), here.map_or(0, |s| s.seconds - 2));

        // In the middle of held pressure, now to avoid: on to the next technique's start.
        let mut session = Session::start(desk_worker(&guide));
        while session.current().is_some_and(|s| s.item < 3) {
            session.next();
        }
        session.next();
        session.replan(leaving_out());
        let step = session.current().expect("a step");
        assert_eq!(step.technique.as_str(), "neck_squeeze");
        assert_eq!(step.step_of_technique.0, 0);
        assert_eq!(session.clock(), Clock::Running);
    }
}
