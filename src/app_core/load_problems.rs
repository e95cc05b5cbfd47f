//! Problems met loading a guide, kept for the banner until they are fixed.

use crate::data::Diagnostic;
use crate::data::Origin;

/// Problems met loading the guide folder (or dropped files), shown until they are fixed.
pub(crate) struct LoadProblems {
    /// The folder as the reader named it.
    pub folder: String,
    pub problems: Vec<Diagnostic>,
    pub showing: Showing,
}

/// Which guide is on screen while the folder's is broken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Showing {
    /// The folder has not loaded yet in this run.
    BuiltIn,
    /// The folder's guide as it was before the edit that broke it.
    LastGood,
    /// Dropped files did not load; the guide from before the drop stays.
    Unchanged(Origin),
}
