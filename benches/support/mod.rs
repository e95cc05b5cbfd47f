//! Shared by the benches; each bench uses only part of it.
#![allow(dead_code)]

pub(crate) mod headless;
pub(crate) mod synthetic;
