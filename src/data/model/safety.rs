//! `cautions.ron` and `safety_check.ron`: staying safe, and the questions that say what applies.

use serde::{Deserialize, Serialize};

use super::{
    CallIf, CautionId, Forbids, QuestionId, RegionId, SourceId, StopSign, TechniqueId, Urgency,
};

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
// Messages to authors name the type by this name, as they did before the Rust type was renamed.
#[serde(rename = "Action")]
pub enum CautionAction {
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
///
/// Its card says three things, briefly: what to do or not do (`stop`), whom to call and how
/// soon (`call`, `call_if`, in the reader's country's words), and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub id: CautionId,
    pub name: String,
    pub kind: CautionKind,
    pub action: CautionAction,
    /// What to do or not do, in a sentence or two: "Do not massage at all."
    pub stop: String,
    /// Whom to call and how soon; none for a caution that only changes the massage.
    #[serde(default)]
    pub call: Option<Urgency>,
    /// Signs that make it more urgent, each "If {when}: {call}."
    #[serde(default)]
    pub call_if: Vec<CallIf>,
    /// Why, in a sentence or two.
    pub why: String,
    /// What the text forbids; `check` holds `for_you.avoid` to it.
    #[serde(default)]
    pub forbids: Vec<Forbids>,
    /// Empty for general cautions, which apply everywhere.
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
    /// What changes for a person the caution applies to, after the safety check.
    #[serde(default)]
    pub for_you: ForYou,
    /// Signs that mean stop at once. Every technique that lists this caution ends with them.
    #[serde(default)]
    pub stop_if: Vec<StopSign>,
}

/// What a caution changes for a person it applies to (a "yes" in the safety check).
///
/// A red flag, or a General caution whose action is `Avoid` or stronger, rules out every
/// technique. Otherwise the techniques in `avoid` are ruled out, and every other technique the
/// caution covers is done as `otherwise` says. A General caution covers every technique; any
/// other covers the techniques that list it or suit one of its regions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ForYou {
    /// Techniques not to use at all.
    pub avoid: Vec<TechniqueId>,
    /// Why, in a sentence, shown beside each technique it rules out.
    pub because: String,
    /// How to change the other techniques, e.g. "Use light pressure only."
    pub otherwise: String,
}

/// `safety_check.ron`: one yes/no question of the safety check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
