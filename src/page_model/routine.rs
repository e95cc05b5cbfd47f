//! A routine's page, one of the guide's or the reader's own: its techniques in turn, what they
//! can help with, their cautions, when to stop, and the sources of all of it.

use super::each_once;
use super::technique::{TechniqueCautions, benefits_of};
use crate::data::{Benefit, Guide, RegionId, SourceId, Technique};
use crate::practice::{Plan, PlannedStep};
use crate::safety::{Advice, Profile};

/// What a routine's page shows, in the order it shows it.
pub struct RoutinePage<'g, 'p> {
    /// Each technique the guide has, with its run of the plan's steps and what the reader's
    /// answers change for it, in the routine's order.
    pub parts: Vec<(&'p [PlannedStep], &'g Technique, Advice<'g>)>,
    /// The areas the routine works, which may be fewer than its techniques could, each once.
    pub regions: Vec<&'p RegionId>,
    pub helps: Vec<&'g Benefit>,
    pub not_shown: Vec<&'g Benefit>,
    pub cautions: TechniqueCautions<'g>,
    /// Everything above cites these, each once, in the order the page cites them.
    pub sources: Vec<&'g SourceId>,
}

impl<'g, 'p> RoutinePage<'g, 'p> {
    /// The page of a routine played as `plan`, which cites `sources` itself (none for the
    /// reader's own).
    pub fn new(
        guide: &'g Guide,
        plan: &'p Plan,
        sources: &'g [SourceId],
        profile: &Profile<'g>,
    ) -> Self {
        let parts: Vec<(&[PlannedStep], &Technique, Advice<'g>)> = parts_of(&plan.steps)
            .into_iter()
            .filter_map(|steps| {
                let technique = guide.technique(&steps.first()?.technique)?;
                Some((steps, technique, profile.advice(technique)))
            })
            .collect();
        let techniques: Vec<&Technique> = parts.iter().map(|(_, t, _)| *t).collect();
        let mut regions: Vec<&RegionId> = Vec::new();
        for id in plan.steps.iter().flat_map(|s| &s.regions) {
            if !regions.contains(&id) {
                regions.push(id);
            }
        }
        let (helps, not_shown) = benefits_of(guide, techniques.iter().copied());
        let cautions = TechniqueCautions::new(guide, &techniques, &regions);
        let marked = parts
            .iter()
            .flat_map(|(_, _, advice)| advice.marks.iter().map(|m| m.caution));
        let sources = each_once(
            sources
                .iter()
                .chain(techniques.iter().flat_map(|t| &t.sources))
                .chain(helps.iter().chain(&not_shown).flat_map(|b| &b.sources))
                .chain(cautions.cited(marked)),
        );
        Self {
            parts,
            regions,
            helps,
            not_shown,
            cautions,
            sources,
        }
    }

    /// The techniques, in the routine's order.
    pub fn techniques(&self) -> Vec<&'g Technique> {
        self.parts.iter().map(|(_, t, _)| *t).collect()
    }
}

/// A plan's steps cut into one run per routine item.
pub(crate) fn parts_of(steps: &[PlannedStep]) -> Vec<&[PlannedStep]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (n, step) in steps.iter().enumerate().skip(1) {
        if step.item != steps[n - 1].item {
            parts.push(&steps[start..n]);
            start = n;
        }
    }
    if start < steps.len() {
        parts.push(&steps[start..]);
    }
    parts
}
