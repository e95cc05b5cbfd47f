//! The back map: pure geometry, the shapes prepared from a guide, and the widget.

pub mod geometry;
mod map;
mod shapes;

pub use map::BackMap;
pub use shapes::{DangerShape, MapShapes, RegionShape};
