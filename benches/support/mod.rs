//! Shared by the benches; each bench uses only part of it.
#![allow(dead_code)]

pub mod headless;
pub mod synthetic;
