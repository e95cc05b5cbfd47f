//! What the user asked for. Views emit commands; only the app applies them to its state.

use crate::data::RegionId;
use crate::state::Page;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SelectRegion(RegionId),
    ClearSelection,
    SetTheme(egui::ThemePreference),
    ShowPage(Page),
}
