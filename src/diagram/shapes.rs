//! The map's shapes, prepared once per loaded guide: outlines as points, their triangulation
//! and interior anchors. Painting and hit-testing then only transform them.

use egui::{Pos2, Vec2, pos2, vec2};

use super::geometry::{self, Heading};
use crate::data::{DiagramPoint, Guide, RegionId, Side};

/// One clickable region, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionShape {
    pub region: RegionId,
    /// The accessible name, e.g. "Lumbar, left side".
    pub name: String,
    pub levels: String,
    pub outline: Vec<Pos2>,
    pub triangles: Vec<u32>,
    /// A point well inside the outline, and its distance to the edge.
    pub anchor: Pos2,
    pub anchor_radius: f32,
    /// Down the middle of the back (the spine, the neck, the sacrum), not on one side.
    pub on_midline: bool,
}

/// A place not to press, in diagram space, with the caution that explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct DangerShape {
    /// The accessible name, e.g. "Where not to press: Sciatic nerve in the buttock, left side".
    pub name: String,
    /// The caution's name and text, for the tooltip.
    pub title: String,
    pub text: String,
    pub outline: Vec<Pos2>,
    pub triangles: Vec<u32>,
    pub anchor: Pos2,
    pub anchor_radius: f32,
}

/// A filled outline that is not a region (the head and body).
#[derive(Clone, Debug, PartialEq)]
pub struct Silhouette {
    pub outline: Vec<Pos2>,
    pub triangles: Vec<u32>,
}

/// Everything the map draws, in diagram space. Regions keep the order of `regions.ron`, which
/// is also the keyboard (Tab) order.
#[derive(Clone, Debug, PartialEq)]
pub struct MapShapes {
    pub size: Vec2,
    pub head: Silhouette,
    pub body: Silhouette,
    pub spine_x: f32,
    pub levels: Vec<(String, f32)>,
    /// The heart's height, which "towards the heart" strokes point to.
    pub heart_y: f32,
    pub regions: Vec<RegionShape>,
    /// Drawn over the regions when the "where not to press" layer is on.
    pub danger_zones: Vec<DangerShape>,
}

impl MapShapes {
    pub fn new(guide: &Guide) -> Self {
        let diagram = &guide.diagram;
        let regions = guide
            .regions
            .iter()
            .filter_map(|region| {
                let outline = to_points(&guide.outline(&region.id)?.points);
                let (anchor, anchor_radius) = geometry::interior_anchor(&outline);
                Some(RegionShape {
                    region: region.id.clone(),
                    name: region.display_name(),
                    levels: region.levels.clone(),
                    on_midline: region.side == Side::Midline,
                    triangles: geometry::triangulate(&outline),
                    outline,
                    anchor,
                    anchor_radius,
                })
            })
            .collect();
        let levels: Vec<(String, f32)> = diagram
            .levels
            .iter()
            .map(|tick| (tick.label.clone(), tick.y))
            .collect();
        Self {
            size: vec2(diagram.size.0, diagram.size.1),
            head: Silhouette::new(to_points(&diagram.head)),
            body: Silhouette::new(to_points(&diagram.body)),
            spine_x: diagram.spine_x,
            heart_y: super::strokes::heart_y(&levels, diagram.size.1),
            levels,
            regions,
            danger_zones: danger_shapes(guide),
        }
    }

    /// The danger zone under a point, if any.
    pub fn danger_zone_at(&self, pos_in_diagram: Pos2) -> Option<usize> {
        self.danger_zones
            .iter()
            .position(|z| geometry::contains(&z.outline, pos_in_diagram))
    }

    /// The region under a point, if any.
    pub fn region_at(&self, pos_in_diagram: Pos2) -> Option<usize> {
        self.regions
            .iter()
            .position(|r| geometry::contains(&r.outline, pos_in_diagram))
    }

    pub fn index_of(&self, id: &RegionId) -> Option<usize> {
        self.regions.iter().position(|r| &r.region == id)
    }

    /// The region an arrow key leads to from region `from`.
    pub fn neighbour(&self, from: usize, heading: Heading) -> Option<usize> {
        let polygons: Vec<(&[Pos2], Pos2)> = self
            .regions
            .iter()
            .map(|r| (r.outline.as_slice(), r.anchor))
            .collect();
        geometry::neighbour(&polygons, from, heading)
    }
}

impl Silhouette {
    fn new(outline: Vec<Pos2>) -> Self {
        Self {
            triangles: geometry::triangulate(&outline),
            outline,
        }
    }
}

fn to_points(points: &[DiagramPoint]) -> Vec<Pos2> {
    points.iter().map(|p| pos2(p.0, p.1)).collect()
}

fn danger_shapes(guide: &Guide) -> Vec<DangerShape> {
    guide
        .diagram
        .danger_zones
        .iter()
        .filter_map(|zone| {
            let caution = guide.caution(&zone.caution)?;
            let outline = to_points(&zone.points);
            let (anchor, anchor_radius) = geometry::interior_anchor(&outline);
            let title = if zone.part.trim().is_empty() {
                caution.name.clone()
            } else {
                format!("{}, {}", caution.name, zone.part)
            };
            Some(DangerShape {
                name: format!("Where not to press: {title}"),
                title,
                text: caution.text.clone(),
                triangles: geometry::triangulate(&outline),
                outline,
                anchor,
                anchor_radius,
            })
        })
        .collect()
}
