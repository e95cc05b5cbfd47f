//! Plain values the map widget and its painting both use; here so that neither imports the
//! other's.

use crate::data::Direction;

/// The stroke directions drawn over the highlighted regions during guided practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Strokes {
    pub directions: Vec<Direction>,
    /// Animated while the session runs; still while it is paused.
    pub moving: bool,
}

/// What the pointer is over, in the order the tooltip looks: a place not to press, a bone, a
/// muscle, then the region under them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hovered {
    Region(usize),
    DangerZone(usize),
    Landmark(usize),
    Muscle(usize),
}

/// What has the keyboard focus on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Focus {
    pub region: Option<usize>,
    pub muscle: Option<usize>,
    pub landmark: Option<usize>,
}
