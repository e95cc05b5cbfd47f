//! The map's layers: muscles, bones and places not to press, each drawn plain for the cached
//! picture or strong for the one pointed at.

use egui::{Pos2, Shape, Stroke};

use super::canvas::Canvas;
use crate::data::Depth;
use crate::diagram::shapes::{DangerShape, LandmarkShape, MuscleShape};
use crate::geometry;
use crate::theme::{self, MapColors};

/// One side of a muscle: a see-through fill and fine lines along the fibres. Deeper muscles
/// have dashed (one layer down) or dotted (deepest) edges and show through the ones over
/// them; `strong` is the muscle pointed at, or the one whose page is open.
pub(super) fn paint_muscle(
    c: &mut Canvas<'_>,
    colors: &MapColors,
    muscle: &MuscleShape,
    strong: bool,
) {
    let (fill_color, edge_color, width) = if strong {
        (colors.muscle_strong, colors.muscle_edge_strong, 2.5)
    } else {
        (colors.muscle_fill(muscle.depth), colors.muscle_edge, 1.2)
    };
    c.fill(&muscle.outline, fill_color);
    let fibre = Stroke::new(0.8, colors.fibre);
    for [a, b] in &muscle.fibres {
        c.out.push(Shape::line_segment(
            [c.t.transform_pos(*a), c.t.transform_pos(*b)],
            fibre,
        ));
    }
    let stroke = Stroke::new(width, edge_color);
    match muscle.depth {
        _ if strong => c.edge(&muscle.outline, stroke),
        Depth::Surface => c.edge(&muscle.outline, stroke),
        Depth::Middle => c.dashed_edge(&muscle.outline, stroke, theme::MIDDLE_MUSCLE_DASH),
        Depth::Deep => c.dashed_edge(&muscle.outline, stroke, theme::DEEP_MUSCLE_DASH),
    }
}

/// A bone or landmark: a filled shape in a bone colour, or a ridge or rib edge as a line.
pub(super) fn paint_bone(
    c: &mut Canvas<'_>,
    colors: &MapColors,
    landmark: &LandmarkShape,
    strong: bool,
) {
    let (fill_color, edge_color, width) = if strong {
        (colors.bone_strong, colors.bone_edge_strong, 2.5)
    } else {
        (colors.bone, colors.bone_edge, 1.2)
    };
    c.fill(&landmark.outline, fill_color);
    c.edge(&landmark.outline, Stroke::new(width, edge_color));
    for line in &landmark.outline.lines {
        let points: Vec<Pos2> = line.iter().map(|p| c.t.transform_pos(*p)).collect();
        // A wide pale line under a narrow dark one reads as a ridge of bone.
        c.out.push(Shape::line(
            points.clone(),
            Stroke::new(width + 3.0, fill_color),
        ));
        c.out
            .push(Shape::line(points, Stroke::new(width, edge_color)));
    }
}

/// A place not to press: a see-through warning fill with diagonal hatching and a bold edge on a
/// contrasting band, so it reads as "keep off" in both themes, without colour vision, and over
/// the red of the muscles.
pub(super) fn paint_danger_zone(
    c: &mut Canvas<'_>,
    colors: &MapColors,
    zone: &DangerShape,
    strong: bool,
) {
    let fill_color = if strong {
        colors.danger_hovered
    } else {
        colors.danger
    };
    c.fill(&zone.outline, fill_color);
    let hatch = Stroke::new(1.0, colors.danger_edge);
    for points in zone.outline.edges() {
        let outline: Vec<Pos2> = points.iter().map(|p| c.t.transform_pos(*p)).collect();
        for segment in geometry::hatch_lines(&outline, theme::DANGER_HATCH_SPACING) {
            c.out.push(Shape::line_segment(segment, hatch));
        }
    }
    let width = if strong { 2.5 } else { 1.5 };
    c.edge(&zone.outline, Stroke::new(width + 2.5, colors.danger_halo));
    c.edge(&zone.outline, Stroke::new(width, colors.danger_edge));
}
