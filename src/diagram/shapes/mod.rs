//! The map's shapes, prepared once per loaded guide (in `build`) so that painting and
//! hit-testing only transform them. This file holds the shapes and the hit tests.

mod build;
mod outline;

use egui::{Pos2, Vec2};

use crate::data::{Depth, LandmarkId, MuscleId, RegionId};
use crate::geometry::{self, Heading};

pub use build::depth_words;
pub use outline::Outline;

/// One clickable region, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionShape {
    pub region: RegionId,
    /// The accessible name, e.g. "Lumbar, left side".
    pub name: String,
    pub levels: String,
    pub outline: Outline,
    /// Down the middle of the back (the spine, the neck, the sacrum), not on one side.
    pub on_midline: bool,
    /// The way the fibres of the region's main muscle run, for strokes "along the fibres".
    pub fibres: Option<Vec2>,
}

/// A place not to press, in diagram space, with the caution that explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct DangerShape {
    /// The accessible name, e.g. "Where not to press: Sciatic nerve in the buttock, left side".
    pub name: String,
    /// The caution's name and text, for the tooltip.
    pub title: String,
    pub text: String,
    pub outline: Outline,
}

/// One side of a muscle, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub struct MuscleShape {
    pub muscle: MuscleId,
    /// The accessible name, e.g. "Rhomboids, left side".
    pub name: String,
    /// The plain and Latin names and what it does, for the tooltip.
    pub title: String,
    pub text: String,
    pub depth: Depth,
    pub outline: Outline,
    /// The fine lines that show which way its fibres run.
    pub fibres: Vec<[Pos2; 2]>,
    /// A unit vector along the fibres.
    pub fibre_direction: Vec2,
}

/// A bone or landmark, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub struct LandmarkShape {
    pub landmark: LandmarkId,
    /// The accessible name, e.g. "Lower tip of the shoulder blade, left side".
    pub name: String,
    /// What it is, how to find it and its level, for the tooltip.
    pub text: String,
    pub outline: Outline,
}

/// Everything the map draws, in diagram space. Regions keep the order of `regions.ron`, which
/// is also the keyboard (Tab) order.
#[derive(Clone, Debug, PartialEq)]
pub struct MapShapes {
    /// Different for every set of shapes made, so pictures kept for one are never shown for
    /// another (a reloaded guide).
    pub revision: u64,
    pub size: Vec2,
    pub head: Outline,
    pub body: Outline,
    pub spine_x: f32,
    pub levels: Vec<(String, f32)>,
    /// The heart's height, which "towards the heart" strokes point to.
    pub heart_y: f32,
    pub regions: Vec<RegionShape>,
    /// Drawn over the regions when the "where not to press" layer is on.
    pub danger_zones: Vec<DangerShape>,
    /// Drawn deepest first, so the ones nearer the skin lie on top.
    pub muscles: Vec<MuscleShape>,
    /// Drawn largest first, so the smaller ones lie on top.
    pub landmarks: Vec<LandmarkShape>,
}

impl MapShapes {
    /// The danger zone under a point, if any.
    pub fn danger_zone_at(&self, pos_in_diagram: Pos2) -> Option<usize> {
        self.danger_zones
            .iter()
            .position(|z| z.outline.hit(pos_in_diagram, 0.0))
    }

    /// The region under a point, if any.
    pub fn region_at(&self, pos_in_diagram: Pos2) -> Option<usize> {
        self.regions
            .iter()
            .position(|r| r.outline.hit(pos_in_diagram, 0.0))
    }

    /// The muscle nearest the skin under a point: the one drawn on top.
    pub fn muscle_at(&self, pos_in_diagram: Pos2) -> Option<usize> {
        self.muscles
            .iter()
            .rposition(|m| m.outline.hit(pos_in_diagram, 0.0))
    }

    /// Every muscle under a point, nearest the skin first.
    pub fn muscles_at(&self, pos_in_diagram: Pos2) -> Vec<usize> {
        let mut hits: Vec<usize> = (0..self.muscles.len())
            .filter(|&i| self.muscles[i].outline.hit(pos_in_diagram, 0.0))
            .collect();
        hits.reverse();
        hits
    }

    /// The landmark under a point, or within `reach` of a landmark drawn as a line.
    pub fn landmark_at(&self, pos_in_diagram: Pos2, reach: f32) -> Option<usize> {
        self.landmarks
            .iter()
            .rposition(|l| l.outline.hit(pos_in_diagram, reach))
    }

    pub fn index_of(&self, id: &RegionId) -> Option<usize> {
        self.regions.iter().position(|r| &r.region == id)
    }

    /// The region an arrow key leads to from region `from`.
    pub fn neighbour(&self, from: usize, heading: Heading) -> Option<usize> {
        let polygons: Vec<(&[Pos2], Pos2)> = self
            .regions
            .iter()
            // Indices must match the regions', so a shape without a fill stays in as empty.
            .map(|r| (r.outline.edges().next().unwrap_or(&[]), r.outline.anchor))
            .collect();
        geometry::neighbour(&polygons, from, heading)
    }
}
