//! The map's shapes, prepared once per loaded guide: paths parsed and flattened, fills
//! triangulated, interior anchors and fibre lines found. Painting and hit-testing then only
//! transform them.

use std::sync::atomic::{AtomicU64, Ordering};

use egui::{Pos2, Vec2, pos2, vec2};
use kurbo::BezPath;

use crate::data::{Depth, Guide, LandmarkId, MuscleId, PathData, RegionId, Side};
use crate::geometry::path::{self, SubPath, TOLERANCE};
use crate::geometry::{self, Heading};

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
/// Space between the fine lines that show a muscle's fibres, in diagram units.
const FIBRE_SPACING: f32 = 5.0;

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
    pub fn new(guide: &Guide) -> Self {
        let diagram = &guide.diagram;
        let muscles = muscle_shapes(guide);
        let regions = guide
            .regions
            .iter()
            .filter_map(|region| {
                let outline = Outline::new(&guide.outline(&region.id)?.path)?;
                // The region's first muscle on its own side (or either side on the midline).
                let fibres = region.muscles.first().and_then(|id| {
                    muscles
                        .iter()
                        .filter(|m| &m.muscle == id)
                        .min_by(|a, b| {
                            let d = |m: &MuscleShape| m.outline.anchor.distance(outline.anchor);
                            d(a).total_cmp(&d(b))
                        })
                        .map(|m| m.fibre_direction)
                });
                Some(RegionShape {
                    region: region.id.clone(),
                    name: region.display_name(),
                    levels: region.levels.clone(),
                    on_midline: region.side == Side::Midline,
                    outline,
                    fibres,
                })
            })
            .collect();
        let levels: Vec<(String, f32)> = diagram
            .levels
            .iter()
            .map(|tick| (tick.label.clone(), tick.y))
            .collect();
        let mut landmarks: Vec<LandmarkShape> = diagram
            .landmarks
            .iter()
            .filter_map(|landmark| {
                Some(LandmarkShape {
                    landmark: landmark.id.clone(),
                    name: landmark.display_name(),
                    text: format!(
                        "{} {} Level: {}.",
                        landmark.about,
                        landmark.find,
                        landmark.level.trim_end_matches('.')
                    ),
                    outline: Outline::new(&landmark.path)?,
                })
            })
            .collect();
        // Largest first, so small bones (a dimple on the sacrum) are drawn over large ones and
        // answer the pointer; lines (no area) come last of all.
        landmarks.sort_by(|a, b| b.outline.area().total_cmp(&a.outline.area()));
        static REVISIONS: AtomicU64 = AtomicU64::new(0);
        Self {
            revision: REVISIONS.fetch_add(1, Ordering::Relaxed),
            size: vec2(diagram.size.0, diagram.size.1),
            head: Outline::figure(&diagram.head).unwrap_or_default(),
            body: Outline::figure(&diagram.body).unwrap_or_default(),
            spine_x: diagram.spine_x,
            heart_y: super::strokes::heart_y(&levels, diagram.size.1),
            levels,
            regions,
            danger_zones: danger_shapes(guide),
            muscles,
            landmarks,
        }
    }

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

/// Both sides of every muscle, deepest first (file order within a depth).
fn muscle_shapes(guide: &Guide) -> Vec<MuscleShape> {
    let mut muscles: Vec<_> = guide.muscles.iter().collect();
    muscles.sort_by_key(|m| std::cmp::Reverse(m.depth));
    muscles
        .into_iter()
        .flat_map(|muscle| {
            let angle = muscle.fibre_angle.to_radians();
            // On the left, a positive angle rises towards the spine (up and to the right on
            // screen, where y grows downwards); the right side is its mirror image.
            let left = vec2(angle.cos(), -angle.sin());
            let right = vec2(-left.x, left.y);
            [
                (Side::Left, &muscle.left, left),
                (Side::Right, &muscle.right, right),
            ]
            .into_iter()
            .filter_map(move |(side, data, direction)| {
                let outline = Outline::new(data)?;
                let fibres = outline
                    .fills
                    .iter()
                    .flat_map(|(points, _)| {
                        geometry::parallel_lines(points, direction, FIBRE_SPACING)
                    })
                    .collect();
                let side_name = match side {
                    Side::Left => "left side",
                    Side::Right | Side::Midline => "right side",
                };
                Some(MuscleShape {
                    muscle: muscle.id.clone(),
                    name: format!("{}, {side_name}", muscle.name),
                    title: if muscle.latin.eq_ignore_ascii_case(&muscle.name) {
                        muscle.name.clone()
                    } else {
                        format!("{} ({})", muscle.name, muscle.latin)
                    },
                    text: format!("{} {}", depth_words(muscle.depth), muscle.does),
                    depth: muscle.depth,
                    outline,
                    fibres,
                    fibre_direction: direction,
                })
            })
        })
        .collect()
}

/// How deep a muscle lies, as a sentence for tooltips and pages.
pub fn depth_words(depth: Depth) -> &'static str {
    match depth {
        Depth::Surface => "Lies just under the skin.",
        Depth::Middle => "Lies under another muscle.",
        Depth::Deep => "Lies deep, under other muscles.",
    }
}

fn danger_shapes(guide: &Guide) -> Vec<DangerShape> {
    guide
        .diagram
        .danger_zones
        .iter()
        .filter_map(|zone| {
            let caution = guide.caution(&zone.caution)?;
            let title = if zone.part.trim().is_empty() {
                caution.name.clone()
            } else {
                format!("{}, {}", caution.name, zone.part)
            };
            Some(DangerShape {
                name: format!("Where not to press: {title}"),
                title,
                text: caution.text.clone(),
                outline: Outline::new(&zone.path)?,
            })
        })
        .collect()
}
