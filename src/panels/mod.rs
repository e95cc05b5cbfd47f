//! The views beside the map, one file each. Views read the guide and emit commands; they never
//! change state themselves.

mod basics;
mod bibliography;
mod browse;
mod cards;
mod caution_page;
mod claims;
mod context;
mod country;
mod look_alikes;
mod muscle;
mod notice;
mod pages;
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

pub(crate) use context::{Caps, Hover, ViewCtx};
pub(crate) use notice::notice_text;
pub(crate) use pages::{PageView, page_ui, view};
pub(crate) use problems::{notice_ui, problems_ui};
pub(crate) use safety_effects::alert_banner_ui;
pub(crate) use search::{search_box_ui, search_results_ui};
pub(crate) use toolbar::{SettingsPlace, toolbar_ui, view_settings_ui};

pub(crate) use crate::data::DISCLAIMER;
