//! What the user asked for. Views emit commands; only the app applies them to its state.

use crate::data::{QuestionId, RegionId};
use crate::state::Page;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SelectRegion(RegionId),
    ClearSelection,
    SetTheme(egui::ThemePreference),
    ShowPage(Page),
    /// Answer a safety-check question yes (`Some(true)`) or no, or forget the answer (`None`).
    Answer(QuestionId, Option<bool>),
    ClearAnswers,
    /// Leave the safety check, done or skipped, for the guide.
    CloseSafetyCheck,
    /// Open the safety check at the first answer that is a warning sign.
    ShowWarningSigns,
    HideAvoided(bool),
    ShowWhereNotToPress(bool),
}
