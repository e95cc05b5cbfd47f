//! `techniques.ron` and `benefits.ron`: how to massage, and what it may do.

use serde::{Deserialize, Serialize};

use super::{BenefitId, CautionId, RegionId, SourceId, TechniqueId};

/// Who gives the massage.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
pub enum Giver {
    /// A partner, friend or family member with no training.
    Partner,
    /// The person on themselves, usually with a tool.
    SelfMassage,
    /// A trained massage therapist.
    Therapist,
}

/// How firmly to press, lightest first.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
pub enum Pressure {
    VeryLight,
    Light,
    Moderate,
    Firm,
    Deep,
}

/// What the hands or tool move like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// Along the muscle towards the heart, e.g. up either side of the spine.
    TowardsHeart,
    /// Along the length of the muscle fibres.
    Longitudinal,
    /// Across the muscle fibres.
    Transverse,
    /// Outwards from the spine to the sides.
    OutwardFromSpine,
    /// Small or large circles.
    Circular,
    /// Held in one place without gliding.
    Static,
    /// Quick rhythmic strikes or taps.
    Percussive,
}

/// Equipment a technique uses. Hands alone count as a tool so every technique lists one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tool {
    Hands,
    Thumbs,
    Fingertips,
    Knuckles,
    Forearm,
    MassageOil,
    Towel,
    MassageBall,
    TennisBall,
    FoamRoller,
    PercussionMassager,
    CuppingSet,
}

/// `techniques.ron`: one way of massaging, step by step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technique {
    pub id: TechniqueId,
    pub name: String,
    /// One or two sentences: what it is and what it feels like.
    pub summary: String,
    pub givers: Vec<Giver>,
    pub tools: Vec<Tool>,
    pub pressure: Pressure,
    pub directions: Vec<Direction>,
    /// In order; the technique's duration is the sum of the step times.
    pub steps: Vec<Step>,
    pub regions: Vec<RegionId>,
    /// What it can help with: only benefits the research supports (graded Limited or better).
    pub benefits: Vec<BenefitId>,
    /// What it is often said to do but research does not show (benefits graded Insufficient or
    /// `NoBenefit`), shown apart and never as a reason to do it.
    #[serde(default)]
    pub research_does_not_show: Vec<BenefitId>,
    /// When to avoid or modify this technique.
    pub cautions: Vec<CautionId>,
    pub sources: Vec<SourceId>,
}

/// One numbered step of a technique.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    pub seconds: u32,
    /// How the hands move in this step, drawn over the map during guided practice. Must be one
    /// of the technique's directions. Leave it out for a step without a stroke (getting ready,
    /// checking in); if no step has one, every step shows all of the technique's directions.
    #[serde(default)]
    pub direction: Option<Direction>,
}

/// How well research supports a claim, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Evidence {
    Strong,
    Moderate,
    Limited,
    /// Too little research to say either way.
    Insufficient,
    /// Trials tested it and found no benefit.
    NoBenefit,
}

impl Evidence {
    /// Whether research supports it well enough to offer it as a reason to massage: a
    /// technique's "can help with" lists only these.
    pub fn is_supported(self) -> bool {
        self <= Self::Limited
    }
}

/// `benefits.ron`: something massage may do for a person, graded honestly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    pub id: BenefitId,
    pub name: String,
    /// One line: what the benefit is and what the research says.
    pub explanation: String,
    pub evidence: Evidence,
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
}
