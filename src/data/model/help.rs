//! `countries.ron` and the parts of a caution that say whom to call: how soon is data (an
//! [`Urgency`]), and the words for it come from the reader's country.

use serde::{Deserialize, Serialize};

use super::{CountryId, LookAlikeId, RegionId, SourceId};

/// How soon to get help, and from whom; the reader's [`Country`] gives the words. Ordered
/// from the least to the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Urgency {
    /// Book an appointment with a doctor or physiotherapist.
    Routine,
    /// Get medical help the same day: not a routine appointment.
    Today,
    /// Call the midwife or maternity unit now.
    Maternity,
    /// Call the emergency number now.
    Emergency,
}

/// `countries.ron`: one country's (or region's) numbers and services.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: CountryId,
    /// As the reader chooses it, e.g. "United Kingdom".
    pub name: String,
    /// What to call in an emergency, completing "call … now": "999", or "your local emergency
    /// number".
    pub emergency: String,
    /// Who helps the same day, completing "get help today from …": "NHS 111 or your GP".
    pub today: String,
    /// Whom to call in pregnancy, completing "call … now": "your midwife or maternity unit".
    pub maternity: String,
    /// Whom to book for what can wait, completing "book an appointment with …".
    pub routine: String,
    /// Shown under the choice: what differs within the country, e.g. where 111 does not run.
    #[serde(default)]
    pub note: String,
    pub sources: Vec<SourceId>,
}

/// One sign to stop at during a technique: "Stop if {sign}, and {then}." followed by whom to
/// call, if anyone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopSign {
    /// Completes "Stop if …", e.g. "one leg turns swollen, painful and warm".
    pub sign: String,
    /// Completes ", and …": what to do besides stopping, e.g. "wash it off"; may be empty.
    #[serde(default)]
    pub then: String,
    /// Whom to call and how soon, if anyone.
    #[serde(default)]
    pub call: Option<Urgency>,
}

/// A sign that makes a caution more urgent: "If {when}: call 999 now."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallIf {
    /// Completes "If …", e.g. "you are also short of breath".
    pub when: String,
    pub call: Urgency,
}

/// What a caution's text forbids, so `check` can hold its avoid list to it: every technique
/// the caution covers that does one of these must be in `for_you.avoid`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Forbids {
    /// Massage balls, tennis balls and foam rollers.
    BallsAndRollers,
    /// A massage gun (percussion massager).
    MassageGun,
    /// A cupping set.
    Cups,
    /// Tapping, pounding and a massage gun: strokes in the percussive direction.
    Striking,
    /// Deep pressure.
    DeepPressure,
    /// Firm or deep pressure.
    FirmPressure,
    /// Thumbs, fingertips or knuckles at moderate pressure or more.
    PointedPressure,
    /// Pressure held still, at moderate pressure or more.
    HeldPressure,
}

/// `look_alikes.ron`: a cause of pain that is not the muscles but can hurt where they do,
/// shown before any muscle is blamed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookAlike {
    pub id: LookAlikeId,
    /// E.g. "Heart attack or angina".
    pub name: String,
    /// Where it can hurt, in words, including places the map does not show (an arm, the jaw).
    pub r#where: String,
    /// The map's areas where it can hurt; the side is in each area.
    pub regions: Vec<RegionId>,
    /// What sets it apart from muscle pain.
    pub differs: String,
    /// Whom to call, most urgent first: "If {when}: call 999 now."
    pub calls: Vec<CallIf>,
    pub sources: Vec<SourceId>,
}
