//! The back map: the shapes prepared from a guide, the widget and its painting. Its geometry
//! is in `crate::geometry`.

mod map;
mod paint;
mod shapes;
pub mod strokes;
mod types;

pub(crate) use map::{BackMap, MapClick};
pub use shapes::{
    DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline, RegionShape, depth_words,
};
pub(crate) use types::Strokes;
