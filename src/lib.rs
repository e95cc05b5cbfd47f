//! Back Massage Guide: a map of the back to click, region by region, for techniques, benefits
//! and cautions loaded from RON files.

mod app;
pub mod browse;
pub mod check;
pub mod command;
pub mod data;
pub mod diagram;
pub mod folder;
mod panels;
pub mod practice;
pub mod probe;
pub mod safety;
pub mod saved;
pub mod search;
pub mod state;
pub mod state_file;
pub mod theme;
pub mod watch;

pub use app::{App, Startup};
pub use panels::DISCLAIMER;
