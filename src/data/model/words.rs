//! `everyday_words.ron`: the words people type for what the guide calls by other names.

use serde::{Deserialize, Serialize};

use super::Target;

/// Words and phrases a reader might type ("knot", "trigger point") and what in the guide they
/// find: search treats each as another name of those things.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EverydayWords {
    /// As people say them, in any case; a phrase counts when every word of it is typed.
    pub words: Vec<String>,
    /// What a search for any of the words finds.
    pub finds: Vec<Target>,
}
