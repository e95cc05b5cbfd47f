//! The back map: the shapes prepared from a guide, the widget and its painting. Its geometry
//! is in `crate::geometry`.

mod map;
mod paint;
mod shapes;
pub mod strokes;

pub use map::{BackMap, Hovered, Layers, Strokes};
pub use shapes::{
    DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline, RegionShape, depth_words,
};
