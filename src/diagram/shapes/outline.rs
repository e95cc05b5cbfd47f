//! One outline, parsed once: its curves for exact hit tests, flattened and triangulated pieces
//! to paint, and a point well inside it for its accessible bounds.

use egui::{Pos2, pos2};
use kurbo::BezPath;

use crate::data::PathData;
use crate::geometry;
use crate::geometry::path::{self, SubPath, TOLERANCE};

/// A parsed outline, ready to paint and hit-test, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// The true curves, for exact hit tests.
    pub path: BezPath,
    /// A box around the curves' control points: a point outside it misses the outline
    /// without the costlier test on the curves (several shapes are tested every frame).
    pub bounds: egui::Rect,
    /// Closed pieces, flattened, each with its triangles (three indices each).
    pub fills: Vec<(Vec<Pos2>, Vec<u32>)>,
    /// Open pieces (a ridge, the edge of a rib), flattened.
    pub lines: Vec<Vec<Pos2>>,
    /// A point well inside the largest piece, and its distance to the edge.
    pub anchor: Pos2,
    pub anchor_radius: f32,
}

/// An empty outline: nothing to draw, and nothing hits it.
impl Default for Outline {
    fn default() -> Self {
        Self {
            path: BezPath::new(),
            bounds: egui::Rect::NOTHING,
            fills: Vec::new(),
            lines: Vec::new(),
            anchor: Pos2::ZERO,
            anchor_radius: 0.0,
        }
    }
}

impl Outline {
    /// Parses and prepares `data`, with an anchor for its accessible bounds; `None` if it does
    /// not parse (a validated guide always does).
    pub fn new(data: &PathData) -> Option<Self> {
        let mut outline = Self::figure(data)?;
        (outline.anchor, outline.anchor_radius) = outline.find_anchor();
        Some(outline)
    }

    /// The same without an anchor: for the head and body, which are not pointed at.
    pub fn figure(data: &PathData) -> Option<Self> {
        let path = path::parse(data.as_str()).ok()?;
        let mut fills = Vec::new();
        let mut lines = Vec::new();
        for SubPath { points, closed } in path::flatten(&path, TOLERANCE) {
            if closed && points.len() >= 3 {
                let triangles = geometry::triangulate(&points);
                fills.push((points, triangles));
            } else {
                lines.push(points);
            }
        }
        let bounds = path.control_box();
        let bounds = egui::Rect::from_min_max(
            pos2(bounds.x0 as f32, bounds.y0 as f32),
            pos2(bounds.x1 as f32, bounds.y1 as f32),
        );
        Some(Self {
            path,
            bounds,
            fills,
            lines,
            anchor: Pos2::ZERO,
            anchor_radius: 0.0,
        })
    }

    /// A point well inside the largest filled piece and its distance to the edge, or the middle
    /// of the longest line. Searched on a coarser copy of the outline: a unit off is nothing for
    /// an anchor, and the search tests thousands of points.
    fn find_anchor(&self) -> (Pos2, f32) {
        let coarse: Vec<Vec<Pos2>> = path::flatten(&self.path, ANCHOR_TOLERANCE)
            .into_iter()
            .filter(|s| s.closed && s.points.len() >= 3)
            .map(|s| s.points)
            .collect();
        let largest = coarse
            .iter()
            .max_by(|a, b| geometry::area(a).total_cmp(&geometry::area(b)));
        match largest {
            Some(points) => geometry::interior_anchor(points),
            // A landmark drawn only as lines: the middle of its longest line.
            None => self
                .lines
                .iter()
                .max_by_key(|l| l.len())
                .and_then(|l| l.get(l.len() / 2))
                .map_or((Pos2::ZERO, 0.0), |p| (*p, LINE_ANCHOR_RADIUS)),
        }
    }

    /// Whether a point is inside (for filled shapes) or within `reach` of a line.
    pub fn hit(&self, pos: Pos2, reach: f32) -> bool {
        if !self.bounds.expand(reach).contains(pos) {
            return false;
        }
        if !self.fills.is_empty() && path::contains(&self.path, pos) {
            return true;
        }
        !self.lines.is_empty() && path::distance(&self.path, pos) <= reach
    }

    /// The edge of each filled piece, to stroke.
    pub fn edges(&self) -> impl Iterator<Item = &[Pos2]> {
        self.fills.iter().map(|(points, _)| points.as_slice())
    }

    /// The area of its filled pieces, in square diagram units.
    pub fn area(&self) -> f32 {
        self.fills
            .iter()
            .map(|(points, _)| geometry::area(points))
            .sum()
    }
}

/// How closely the anchor search follows an outline, in diagram units.
const ANCHOR_TOLERANCE: f64 = 1.0;
/// How near a landmark drawn as a line its accessible bounds reach, in diagram units.
const LINE_ANCHOR_RADIUS: f32 = 5.0;
