//! The views beside the map, one file each. Views read the guide and emit commands; they never
//! change state themselves.

mod bibliography;
mod cards;
mod for_you;
mod problems;
mod red_flags;
mod region;
mod safety_check;
mod technique;
mod toolbar;
mod welcome;

pub use bibliography::bibliography_ui;
pub use for_you::alert_banner_ui;
pub use problems::problems_ui;
pub use red_flags::red_flags_ui;
pub use region::region_ui;
pub use safety_check::safety_check_ui;
pub use toolbar::toolbar_ui;
pub use welcome::welcome_ui;

/// The sentence that says what this app is not. Shown once, always visible.
pub const DISCLAIMER: &str = "This guide informs. It does not diagnose, and it does not replace advice from a doctor, physiotherapist or other clinician.";
