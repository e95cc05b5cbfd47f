//! The guide's data model: what the RON files in `assets/data/` deserialize into.
//!
//! Every struct denies unknown fields and every closed vocabulary is an enum, so a typo in a
//! content file is an error with a position, never a silently ignored field.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`Region`], e.g. `"lumbar_left"`.
    RegionId
);
id_type!(
    /// Identifies a [`Technique`].
    TechniqueId
);
id_type!(
    /// Identifies a [`Benefit`].
    BenefitId
);
id_type!(
    /// Identifies a [`Caution`].
    CautionId
);
id_type!(
    /// Identifies a [`Source`].
    SourceId
);
id_type!(
    /// Identifies a [`Question`] of the safety check.
    QuestionId
);
id_type!(
    /// Identifies a [`Routine`].
    RoutineId
);
id_type!(
    /// Identifies a [`Topic`] of the "Before you start" and "After you finish" pages.
    TopicId
);
id_type!(
    /// Identifies a [`Claim`] of the "How massage works" page.
    ClaimId
);
id_type!(
    /// Identifies a [`Muscle`], e.g. `"rhomboids"`.
    MuscleId
);
id_type!(
    /// Identifies a [`Landmark`] of the map, e.g. `"c7"`.
    LandmarkId
);

/// An outline as SVG path data, e.g. `"M 178 104 C 175 120 150 146 115 158 Z"`: the notation
/// drawing programs such as Inkscape write, so an author can draw a shape and paste it in.
/// `check` parses it and points at the command that is wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PathData(pub String);

impl PathData {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `diagram.ron`: the drawing of the back, in diagram space.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagram {
    /// Width and height of diagram space. Every point must lie inside it.
    pub size: (f32, f32),
    /// Outline of the head, drawn for orientation only.
    pub head: PathData,
    /// Outline of the body: neck, shoulders, the start of the arms, back, hips and the tops of
    /// the thighs. Every other outline lies inside it.
    pub body: PathData,
    /// Where the spine's midline runs (x), for the level ticks.
    pub spine_x: f32,
    /// Vertebral levels drawn as ticks along the spine, top to bottom.
    pub levels: Vec<LevelTick>,
    /// One clickable outline per region.
    pub outlines: Vec<RegionOutline>,
    /// Places not to press, drawn when the reader turns on the "where not to press" layer.
    #[serde(default)]
    pub danger_zones: Vec<DangerZone>,
    /// Bones and landmarks, drawn when the reader turns on the "bones" layer.
    #[serde(default)]
    pub landmarks: Vec<Landmark>,
}

/// A bone or bony landmark a reader can feel, e.g. the lower tip of the shoulder blade.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Landmark {
    pub id: LandmarkId,
    pub side: Side,
    /// Without the side, which is added from `side`, e.g. "Lower tip of the shoulder blade".
    pub name: String,
    /// The vertebral level or levels it lies at, e.g. "T7".
    pub level: String,
    /// What it is, in a sentence or two.
    pub about: String,
    /// How to find it with your fingers.
    pub find: String,
    /// Closed subpaths are drawn as bone; open ones as lines (a ridge, the edge of a rib).
    pub path: PathData,
    pub sources: Vec<SourceId>,
}

/// One place not to press, drawn over the regions: the outline of an endangerment site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DangerZone {
    /// The endangerment-site caution that says why; its name and text make the tooltip.
    pub caution: CautionId,
    /// Which one, when a site has more than one outline, e.g. "left side".
    #[serde(default)]
    pub part: String,
    /// A closed outline.
    pub path: PathData,
}

/// A labelled tick on the spine, e.g. `C7` at the base of the neck.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelTick {
    pub label: String,
    pub y: f32,
}

/// The clickable shape of one region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionOutline {
    pub region: RegionId,
    /// A closed outline that does not cross itself.
    pub path: PathData,
}

/// Which side of the body a region is on. The map is a posterior view, so the body's left is
/// drawn on the viewer's left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
    Midline,
}

/// `regions.ron`: one area of the back, in plain words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: RegionId,
    /// Name without the side, e.g. "Lumbar"; the side is added from [`Region::side`].
    pub name: String,
    pub side: Side,
    /// Vertebral levels the region spans, e.g. "L1–L5".
    pub levels: String,
    /// The muscles that lie here, most important for massage first.
    pub muscles: Vec<MuscleId>,
    /// What this region is and does, in two or three plain sentences.
    pub summary: String,
    /// Why it tends to get tight or sore.
    pub why_tight: String,
    pub common_complaints: Vec<String>,
    pub sources: Vec<SourceId>,
}

/// How deep a muscle lies, as a hand meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Depth {
    /// Just under the skin.
    Surface,
    /// Under one other muscle.
    Middle,
    /// Under two or more layers, or on the bone.
    Deep,
}

/// `muscles.ron`: one muscle of the back, described once and drawn on both sides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Muscle {
    pub id: MuscleId,
    /// The plain name, e.g. "Trapezius, upper part".
    pub name: String,
    /// The anatomical (Latin) name.
    pub latin: String,
    pub depth: Depth,
    /// What it does, in a sentence or two.
    pub does: String,
    /// Why it gets tight or sore.
    pub why_tight: String,
    /// The direction of its fibres on the body's left side as drawn, in degrees from horizontal:
    /// positive rises towards the spine, 90 is straight up and down. The right side is mirrored.
    pub fibre_angle: f32,
    /// Its outline on the body's left side and on its right.
    pub left: PathData,
    pub right: PathData,
    /// Every region it lies in; each of those regions lists it too.
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
}

/// Who gives the massage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Giver {
    /// A partner, friend or family member with no training.
    Partner,
    /// The person on themselves, usually with a tool.
    SelfMassage,
    /// A trained massage therapist.
    Therapist,
}

/// How firmly to press, lightest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// NoBenefit), shown apart and never as a reason to do it.
    #[serde(default)]
    pub research_does_not_show: Vec<BenefitId>,
    /// When to avoid or modify this technique.
    pub cautions: Vec<CautionId>,
    pub sources: Vec<SourceId>,
}

/// One numbered step of a technique.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// What sort of warning a caution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CautionKind {
    /// Applies to the whole body, wherever you massage.
    General,
    /// Applies to one area: work around it, not on it.
    Local,
    /// A place where nerves, vessels or organs lie close under the skin.
    EndangermentSite,
    /// A symptom that means stop and get medical help.
    RedFlag,
    /// A way to stay safe, e.g. start light when self-massaging.
    Precaution,
}

/// What the reader should do about a caution, mildest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Action {
    /// Change how you massage, e.g. lighter pressure.
    Modify,
    /// Get a clinician's advice before massaging.
    AskClinician,
    /// Do not massage here, or do not use this technique.
    Avoid,
    /// Stop and get medical advice the same day.
    StopSeekUrgentCare,
    /// Stop and call emergency services.
    Emergency,
}

/// `cautions.ron`: when not to massage, or how to do it safely.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub id: CautionId,
    pub name: String,
    pub text: String,
    pub kind: CautionKind,
    pub action: Action,
    /// Empty for general cautions, which apply everywhere.
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
    /// What changes for a person the caution applies to, after the safety check.
    #[serde(default)]
    pub for_you: ForYou,
    /// Signs that mean stop at once, each completing "Stop if …", e.g. "pain shoots down a leg".
    /// Every technique that lists this caution ends with them.
    #[serde(default)]
    pub stop_if: Vec<String>,
}

/// What a caution changes for a person it applies to (a "yes" in the safety check).
///
/// A red flag, or a General caution whose action is `Avoid` or stronger, rules out every
/// technique. Otherwise the techniques in `avoid` are ruled out, and every other technique the
/// caution covers is done as `otherwise` says. A General caution covers every technique; any
/// other covers the techniques that list it or suit one of its regions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ForYou {
    /// Techniques not to use at all.
    pub avoid: Vec<TechniqueId>,
    /// Why, in a sentence, shown beside each technique it rules out.
    pub because: String,
    /// How to change the other techniques, e.g. "Use light pressure only."
    pub otherwise: String,
}

/// `sources.ron`: a reference that claims point to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    /// Publisher, or the journal for a paper.
    pub publisher: String,
    pub year: u16,
    pub url: String,
}

/// `safety_check.ron`: one yes/no question of the safety check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    /// The question as asked, answered yes or no, e.g. "Do you take blood thinners?"
    pub ask: String,
    /// Examples or what counts, shown under the question; may be empty.
    #[serde(default)]
    pub help: String,
    /// The cautions that apply to a person who answers yes.
    pub cautions: Vec<CautionId>,
}

/// `routines.ron`: techniques in order, each with a time, to follow as one guided session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// One technique of a routine and how long to spend on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineItem {
    pub technique: TechniqueId,
    /// The time for the whole technique; its steps are stretched or shortened in proportion.
    pub seconds: u32,
}

/// Which page of the guide's basics a topic is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Part {
    BeforeYouStart,
    AfterYouFinish,
}

/// `basics.ron`: one topic of the "Before you start" or "After you finish" page, e.g. consent,
/// positioning or aftercare.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
pub enum Verdict {
    /// Good evidence says it happens (graded Strong or Moderate).
    Supported,
    /// Part of it holds, or the evidence is limited (graded Moderate or Limited).
    Partly,
    /// Not tested well enough to say (graded Insufficient).
    NotShown,
    /// Tested and wrong, or built on a false idea of the body (graded NoBenefit or
    /// Insufficient).
    Myth,
}

impl Verdict {
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: ClaimId,
    pub topic: ClaimTopic,
    /// The claim as people make it, e.g. "Massage flushes lactic acid out of your muscles".
    pub claim: String,
    pub verdict: Verdict,
    pub evidence: Evidence,
    /// What research says, in plain words.
    pub says: String,
    /// Benefits this claim concerns; each links to it.
    #[serde(default)]
    pub benefits: Vec<BenefitId>,
    pub sources: Vec<SourceId>,
}
