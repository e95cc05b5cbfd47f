//! The back map: pure geometry, the shapes prepared from a guide, and the widget.

pub mod geometry;
mod map;
mod paint;
pub mod path;
mod shapes;
pub mod strokes;

pub use map::{BackMap, Hovered, Layers, Strokes};
pub use shapes::{
    DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline, RegionShape, depth_words,
};
