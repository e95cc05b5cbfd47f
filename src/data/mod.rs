//! Content: the serde model, loading from RON, cross-checking, and the measures of a good guide
//! (completeness, reading ease).
//!
//! Nothing here draws; outline checks borrow the pure polygon math of `crate::geometry`.

mod calls;
mod completeness;
mod control;
mod diagnostic;
mod files;
mod guide;
mod labels;
mod load;
mod locate;
pub mod model;
mod readability;
mod suggest;
mod validate;
pub mod words;

pub use calls::{ELSEWHERE, PLACEHOLDERS, capitalized};
pub use completeness::{CARD_WORDS, MIN_PER_REGION, STOP_LINE_WORDS, gaps, longest_safety_lines};
pub use diagnostic::Position;
pub use diagnostic::{Diagnostic, MAX_LISTED};
pub use files::{FILE_COUNT, GuideFile, GuideFiles, MAX_FILE_BYTES, Origin, SourceFile};
pub use guide::{Citation, Guide};
pub use labels::format_duration;
pub use load::{MAX_NESTING, load_guide};
pub use locate::Locator;
pub use model::*;
pub use readability::{Prose, TextStats, prose};
pub use suggest::closest;
/// The sentence that says what this app is not: always visible in the window, and in every
/// handout. Here, beside the content, so the handouts need not reach into the views for it.
pub const DISCLAIMER: &str = "This guide informs. It does not diagnose, and it does not replace advice from a doctor, physiotherapist or other clinician.";

pub use validate::{
    MAX_DIAGRAM_SIZE, MAX_ID_CHARS, MAX_ITEMS, MAX_LIST, MAX_LOCATED, MAX_POINTS, MAX_SECONDS,
    MAX_TEXT_CHARS,
};
