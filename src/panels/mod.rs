//! The views beside the map, one file each. Views read the guide and emit commands; they never
//! change state themselves.

mod basics;
mod bibliography;
mod browse;
mod cards;
mod caution_page;
mod claims;
mod country;
mod look_alikes;
mod muscle;
mod practice;
mod problems;
mod red_flags;
mod region;
mod routines;
mod safety_check;
mod safety_effects;
mod search;
mod stop_signs;
mod technique;
mod technique_page;
mod toolbar;
mod ui_ext;
mod welcome;

pub use basics::basics_ui;
pub use bibliography::bibliography_ui;
pub use browse::browser_ui;
pub use cards::pointed_muscle_id;
pub use caution_page::caution_page_ui;
pub use claims::claims_ui;
pub use look_alikes::look_alikes_ui;
pub use muscle::muscle_page_ui;
pub use practice::{PracticeView, practice_ui};
pub use problems::{notice_ui, problems_ui};
pub use red_flags::red_flags_ui;
pub use region::region_ui;
pub use routines::{RoutinesView, routines_ui};
pub use safety_check::safety_check_ui;
pub use safety_effects::alert_banner_ui;
pub use search::{search_box_ui, search_results_ui};
pub use technique_page::{PageOptions, technique_page_ui};
pub use toolbar::{ViewSettings, toolbar_ui, view_settings_ui};
pub use welcome::welcome_ui;

pub use crate::data::DISCLAIMER;
