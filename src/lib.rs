//! Back Massage Guide: a map of the back to click, region by region, for techniques, benefits
//! and cautions loaded from RON files.

mod app;
pub mod browse;
pub mod command;
pub mod core;
pub mod data;
pub mod diagram;
pub mod dropped;
pub mod geometry;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
mod panels;
pub mod platform;
pub mod practice;
pub mod safety;
pub mod saved;
pub mod search;
pub mod shortcuts;
pub mod state;
pub mod state_format;
pub mod theme;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::core::{Core, Effects, Input, Now, Startup};
pub use app::App;
pub use panels::DISCLAIMER;
