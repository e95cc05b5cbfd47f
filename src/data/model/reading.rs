//! `sources.ron`, `routines.ron`, `basics.ron` and `claims.ron`: the sources, the guided
//! routines, the pages before and after, and how massage works.

use serde::{Deserialize, Serialize};

use super::{
    BenefitId, ClaimId, Evidence, Giver, RegionId, RoutineId, SourceId, TechniqueId, TopicId,
};

/// `sources.ron`: a reference that claims point to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    /// Publisher, or the journal for a paper.
    pub publisher: String,
    pub year: u16,
    pub url: String,
}

/// `routines.ron`: techniques in order, each with a time, to follow as one guided session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub id: RoutineId,
    pub name: String,
    /// Who it is for and what it does, in a sentence or two.
    pub summary: String,
    /// Who can give it; every technique in it must suit each of them.
    pub givers: Vec<Giver>,
    pub items: Vec<RoutineItem>,
    pub sources: Vec<SourceId>,
}

/// One technique of a routine and how long to spend on it, perhaps on fewer areas or with
/// fewer steps than the technique has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineItem {
    pub technique: TechniqueId,
    /// The time for the whole technique (its kept steps); they are stretched or shortened in
    /// proportion.
    pub seconds: u32,
    /// The areas worked in this routine, each one the technique suits; empty for all of the
    /// technique's areas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<RegionId>,
    /// Steps of the technique left out in this routine, numbered from 1 as the technique page
    /// shows them, e.g. a warm-up the step before has already done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skip_steps: Vec<usize>,
}

impl RoutineItem {
    /// The whole technique for `seconds`.
    pub fn new(technique: TechniqueId, seconds: u32) -> Self {
        Self {
            technique,
            seconds,
            regions: Vec::new(),
            skip_steps: Vec::new(),
        }
    }

    /// Whether the item keeps step `n` (from 0) of its technique.
    pub fn keeps_step(&self, n: usize) -> bool {
        !self.skip_steps.contains(&(n + 1))
    }
}

/// Which page of the guide's basics a topic is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Part {
    BeforeYouStart,
    AfterYouFinish,
}

/// `basics.ron`: one topic of the "Before you start" or "After you finish" page, e.g. consent,
/// positioning or aftercare.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: TopicId,
    pub part: Part,
    /// A short heading.
    pub title: String,
    /// The gist in a sentence or two.
    pub summary: String,
    /// Short paragraphs, shown as a list.
    pub points: Vec<String>,
    /// Areas whose pages link to the topic ("Read also"), e.g. the low back for what to do
    /// instead of pressing the kidney band.
    #[serde(default)]
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
}

/// What a claim about how massage works is about; the "How massage works" page groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClaimTopic {
    NervousSystem,
    Pain,
    Hormones,
    BloodAndLymph,
    Muscles,
    ImmuneSystem,
    Spine,
    DailyLife,
}

/// What research makes of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
// Messages to authors name the type by this name, as they did before the Rust type was renamed.
#[serde(rename = "Verdict")]
pub enum ClaimVerdict {
    /// Good evidence says it happens (graded Strong or Moderate).
    Supported,
    /// Part of it holds, or the evidence is limited (graded Moderate or Limited).
    Partly,
    /// Not tested well enough to say (graded Insufficient).
    NotShown,
    /// Tested and wrong, or built on a false idea of the body (graded `NoBenefit` or
    /// Insufficient).
    Myth,
}

impl ClaimVerdict {
    /// The grades that fit this verdict: `check` rejects any other pairing.
    pub fn fits(self, evidence: Evidence) -> bool {
        use Evidence as E;
        match self {
            Self::Supported => matches!(evidence, E::Strong | E::Moderate),
            Self::Partly => matches!(evidence, E::Moderate | E::Limited),
            Self::NotShown => evidence == E::Insufficient,
            Self::Myth => matches!(evidence, E::NoBenefit | E::Insufficient),
        }
    }
}

/// `claims.ron`: something people say about how or why massage works, and what research says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: ClaimId,
    pub topic: ClaimTopic,
    /// The claim as people make it, e.g. "Massage flushes lactic acid out of your muscles".
    pub claim: String,
    pub verdict: ClaimVerdict,
    pub evidence: Evidence,
    /// What research says, in plain words.
    pub says: String,
    /// Benefits this claim concerns; each links to it.
    #[serde(default)]
    pub benefits: Vec<BenefitId>,
    pub sources: Vec<SourceId>,
}
