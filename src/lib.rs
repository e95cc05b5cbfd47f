//! Back Massage Guide: a map of the back to click, region by region, for techniques, benefits
//! and cautions loaded from RON files.

mod app;
mod app_core;
pub mod browse;
mod command;
pub mod data;
pub mod diagram;
pub mod dropped;
pub mod geometry;
pub mod handout;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod page_model;
mod panels;
pub mod platform;
pub mod practice;
pub mod reader_data;
pub mod safety;
pub mod search;
mod shortcuts;
pub mod state;
pub mod state_format;
pub mod theme;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The app's one id, reverse-DNS style, as the desktop knows the app.
///
/// It is the window's Wayland `app_id` and X11 `WM_CLASS` (so a dock matches the window to its
/// menu entry), the desktop entry's file name, `Icon=` and `StartupWMClass=`, the icon files'
/// names and the `AppStream` metainfo's `<id>` (all under `packaging/`; `tests/packaging.rs`
/// checks they agree). It is hard to change once installed, so it is written here once. The
/// saved state does not use it: that lives in the data folder named after the binary
/// (`native::state_file`).
pub const APP_ID: &str = "io.github.backmassageguide.MassageGuide";

pub use app::{App, Startup};
pub use data::DISCLAIMER;
