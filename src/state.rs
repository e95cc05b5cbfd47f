//! The part of the app's state that is remembered between runs.

use serde::{Deserialize, Serialize};

use crate::browse::Filters;
use crate::data::{CautionId, RegionId, TechniqueId};
use crate::safety::Answers;
use crate::saved::{Favourites, MyRoutines};

/// Saved by eframe on exit and restored on start. Every field has a default, so a save from an
/// older version with fewer fields still loads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// The region whose panel is open. May name a region a later guide no longer has; lookups
    /// then find nothing and the welcome view shows.
    pub selected: Option<RegionId>,
    pub theme: egui::ThemePreference,
    /// What the panel beside the map shows.
    pub page: Page,
    /// The safety check's answers. They never leave this computer.
    pub answers: Answers,
    /// Whether the safety check has been offered (it opens by itself on the first start only).
    pub safety_check_offered: bool,
    /// Hide the techniques the answers say to avoid, instead of listing them last.
    pub hide_avoided: bool,
    /// Draw the places not to press over the map.
    pub where_not_to_press: bool,
    /// The technique browser's filters and order.
    pub filters: Filters,
    pub favourites: Favourites,
    pub my_routines: MyRoutines,
}

/// The pages of the panel beside the map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Page {
    /// The selected region, or the welcome text when none is selected.
    #[default]
    Guide,
    /// Every technique, filtered and sorted.
    Techniques,
    /// One technique in full.
    Technique(TechniqueId),
    /// One caution in full, with where it applies.
    Caution(CautionId),
    /// The routines of the guide and the reader's own.
    Routines,
    /// The guided session. Sessions are not saved, so after a restart this shows the routines.
    Practice,
    /// The red flags: symptoms that mean stop and get help, most urgent first.
    RedFlags,
    /// The bibliography: every source and what cites it.
    Sources,
    /// The safety check: yes/no questions whose answers mark techniques and cautions.
    SafetyCheck,
}
