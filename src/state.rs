//! The part of the app's state that is remembered between runs.

use serde::{Deserialize, Serialize};

use crate::browse::Filters;
use crate::data::{CautionId, CountryId, MuscleId, Part, RegionId, TechniqueId};
use crate::reader_data::{Favourites, MyRoutines};
use crate::safety::Answers;

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
    /// Draw the bones and landmarks over the map.
    pub bones: bool,
    /// Draw the muscles over the map.
    pub muscles: bool,
    /// The technique browser's filters and order.
    pub filters: Filters,
    pub favourites: Favourites,
    pub my_routines: MyRoutines,
    pub zoom: Zoom,
    /// Say aloud what has the keyboard, where the app does so itself (in a browser). Saved under
    /// its first name, so states saved before the rename keep the choice.
    #[serde(rename = "speak_focus")]
    pub read_focus_aloud: bool,
    /// Guide folders opened before, the latest first (at most [`MAX_RECENT_GUIDES`]).
    pub recent_guides: Vec<String>,
    /// Where the reader is, for the numbers and services the guide names; none until they
    /// choose (the guide then says "your local emergency number").
    pub country: Option<CountryId>,
    /// Put the safety check's answers in handouts (off unless the reader chooses: a handout
    /// may go to someone else).
    pub handout_answers: bool,
}

/// How many guide folders the Guide menu remembers.
pub const MAX_RECENT_GUIDES: usize = 6;

impl AppState {
    /// Puts `folder` first among the recent guides.
    pub fn remember_guide(&mut self, folder: &str) {
        self.recent_guides.retain(|f| f != folder);
        self.recent_guides.insert(0, folder.to_owned());
        self.recent_guides.truncate(MAX_RECENT_GUIDES);
    }
}

/// How much larger than normal everything is drawn, kept within what the layout handles.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "f32", into = "f32")]
pub struct Zoom(f32);

impl Zoom {
    pub const MIN: f32 = 0.5;
    pub const MAX: f32 = 4.0;
    /// The steps Ctrl + and Ctrl - go through, as in a web browser.
    const STEPS: [f32; 15] = [
        0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0,
    ];

    /// `factor` within bounds; a value that is not a number is taken as 100 %.
    pub fn new(factor: f32) -> Self {
        if factor.is_finite() {
            Self(factor.clamp(Self::MIN, Self::MAX))
        } else {
            Self::default()
        }
    }

    pub fn get(self) -> f32 {
        self.0
    }

    /// The next step up, or the largest.
    pub fn larger(self) -> Self {
        Self::new(
            Self::STEPS
                .into_iter()
                .find(|&s| s > self.0 + 0.001)
                .unwrap_or(Self::MAX),
        )
    }

    /// The next step down, or the smallest.
    pub fn smaller(self) -> Self {
        Self::new(
            Self::STEPS
                .into_iter()
                .rev()
                .find(|&s| s < self.0 - 0.001)
                .unwrap_or(Self::MIN),
        )
    }

    /// As a whole percentage, for the toolbar.
    pub fn percent(self) -> u32 {
        (self.0 * 100.0).round() as u32
    }
}

impl AppState {
    /// Draws `layer` over the map, or stops drawing it.
    pub fn show_layer(&mut self, layer: Layer, show: bool) {
        *self.layer_mut(layer) = show;
    }

    /// The map's layers as the map widget takes them.
    pub fn layers(&self) -> Layers {
        Layers {
            where_not_to_press: self.where_not_to_press,
            bones: self.bones,
            muscles: self.muscles,
        }
    }

    /// Where the state keeps whether `layer` shows (three fields, so saves keep their form).
    fn layer_mut(&mut self, layer: Layer) -> &mut bool {
        match layer {
            Layer::WhereNotToPress => &mut self.where_not_to_press,
            Layer::Bones => &mut self.bones,
            Layer::Muscles => &mut self.muscles,
        }
    }
}

/// A layer of the map that the reader can switch on and off, in the order of the switches over
/// the map. Its key is in `shortcuts::SHORTCUTS` (`ShortcutAction::ToggleLayer`).
///
/// (`Default` only so `strum` can list the shortcut actions that carry a layer.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum Layer {
    #[default]
    WhereNotToPress,
    Bones,
    Muscles,
}

impl Layer {
    /// The switch's label.
    pub fn label(self) -> &'static str {
        match self {
            Self::WhereNotToPress => "Where not to press",
            Self::Bones => "Bones",
            Self::Muscles => "Muscles",
        }
    }

    /// What the switch does, for its tooltip (the key follows it there).
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::WhereNotToPress => "Mark the places where pressure can do harm",
            Self::Bones => "Show the bones and landmarks you can feel",
            Self::Muscles => "Show the muscles and which way their fibres run",
        }
    }
}

/// Which layers are drawn over the map's regions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layers {
    pub where_not_to_press: bool,
    pub bones: bool,
    pub muscles: bool,
}

impl Layers {
    /// Whether `layer` is drawn.
    pub fn shows(self, layer: Layer) -> bool {
        match layer {
            Layer::WhereNotToPress => self.where_not_to_press,
            Layer::Bones => self.bones,
            Layer::Muscles => self.muscles,
        }
    }
}

impl Default for Zoom {
    fn default() -> Self {
        Self(1.0)
    }
}

impl From<f32> for Zoom {
    fn from(factor: f32) -> Self {
        Self::new(factor)
    }
}

impl From<Zoom> for f32 {
    fn from(zoom: Zoom) -> Self {
        zoom.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_stay_within_half_and_four_times() {
        let mut zoom = Zoom::default();
        let mut seen = vec![zoom.percent()];
        for _ in 0..20 {
            zoom = zoom.larger();
            seen.push(zoom.percent());
        }
        assert_eq!(zoom.get(), Zoom::MAX);
        assert_eq!(&seen[..6], &[100, 110, 125, 150, 175, 200]);
        for _ in 0..40 {
            zoom = zoom.smaller();
        }
        assert_eq!(zoom.get(), Zoom::MIN);
        assert_eq!(Zoom::new(1.05).larger().percent(), 110);
        assert_eq!(Zoom::new(1.05).smaller().percent(), 100);
        assert_eq!(Zoom::new(f32::NAN), Zoom::default());
        assert_eq!(Zoom::new(1e9).get(), Zoom::MAX);
        assert_eq!(Zoom::new(-3.0).get(), Zoom::MIN);
    }

    #[test]
    fn reading_focus_aloud_is_saved_under_its_first_name() {
        let state: AppState = ron::from_str("(speak_focus: true)").unwrap_or_default();
        assert!(state.read_focus_aloud);
        let saved = ron::to_string(&state).unwrap_or_default();
        assert!(saved.contains("speak_focus:true"), "{saved}");
    }

    #[test]
    fn a_saved_zoom_out_of_bounds_is_brought_back() {
        let state: AppState = ron::from_str("(zoom: 40.0)").unwrap_or_default();
        assert_eq!(state.zoom.get(), Zoom::MAX);
    }
}

/// The pages of the panel beside the map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// One muscle: what it does, where it lies, what works on it.
    Muscle(MuscleId),
    /// The routines of the guide and the reader's own.
    Routines,
    /// The guided session. Sessions are not saved, so after a restart this shows the routines.
    Practice,
    /// The red flags: symptoms that mean stop and get help, most urgent first.
    RedFlags,
    /// "Pain that may not be the muscles": causes that hurt where muscles do.
    LookAlikes,
    /// The bibliography: every source and what cites it.
    Sources,
    /// "Before you start" or "After you finish": consent, positioning, oils, aftercare.
    Basics(Part),
    /// "How massage works, and what is a myth".
    Claims,
    /// The safety check: yes/no questions whose answers mark techniques and cautions.
    SafetyCheck,
}
