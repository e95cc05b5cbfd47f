//! The back map: the shapes prepared from a guide, the widget and its painting. Its geometry
//! is in `crate::geometry`.

mod map;
mod paint;
mod shapes;
pub mod strokes;
mod types;

pub use map::{BackMap, MapClick, MapResponse};
pub use shapes::{
    DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline, RegionShape, depth_words,
};
pub use types::{Hovered, Strokes};
