//! The back map: pure geometry, the shapes prepared from a guide, and the widget.

pub mod geometry;
mod map;
mod shapes;
pub mod strokes;

pub use map::{BackMap, Strokes};
pub use shapes::{DangerShape, MapShapes, RegionShape};
