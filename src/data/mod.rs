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

pub use calls::{ELSEWHERE, PLACEHOLDERS, capitalized};
pub use completeness::{CARD_WORDS, MIN_PER_REGION, STOP_LINE_WORDS, gaps, longest_safety_lines};
pub use diagnostic::Position;
pub use diagnostic::{Diagnostic, MAX_LISTED};
pub use files::{FILE_COUNT, GuideFile, GuideFiles, MAX_FILE_BYTES, SourceFile};
pub use guide::{Citation, Guide};
pub use labels::format_duration;
pub use load::{MAX_NESTING, load_guide};
pub use locate::Locator;
pub use model::*;
pub use readability::{Prose, TextStats, prose};
pub use suggest::closest;
pub use validate::{
    MAX_DIAGRAM_SIZE, MAX_ID_CHARS, MAX_ITEMS, MAX_LIST, MAX_LOCATED, MAX_POINTS, MAX_SECONDS,
    MAX_TEXT_CHARS,
};
