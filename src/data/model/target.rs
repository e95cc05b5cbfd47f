//! The things in the guide a reader can be taken to.

use serde::{Deserialize, Serialize};

use super::{
    BenefitId, CautionId, ClaimId, LookAlikeId, MuscleId, RegionId, RoutineId, TechniqueId, Tool,
    TopicId,
};

/// Something in the guide a reader can be taken to: where a search hit leads, and what an
/// everyday word finds. Written in a guide file as `Technique("held_pressure_tender_spot")`.
///
/// The one list of destinations. A new kind (a page, a new sort of item) is a new variant
/// here; the compiler then asks for it where a destination is checked (`data::validate::words`),
/// found (`search::index`) and opened (`app_core::commands`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    Technique(TechniqueId),
    Routine(RoutineId),
    Region(RegionId),
    Muscle(MuscleId),
    Benefit(BenefitId),
    Caution(CautionId),
    /// The techniques that use a tool.
    Tool(Tool),
    /// A topic of the "Before you start" or "After you finish" page.
    Topic(TopicId),
    /// A claim of the "How massage works" page.
    Claim(ClaimId),
    /// A cause of the page "Pain that may not be the muscles".
    LookAlike(LookAlikeId),
}
