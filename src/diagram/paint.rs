//! Painting the back map: the figure with some shading for form, the regions, the layers
//! (muscles, bones, places not to press), the stroke arrows and the level labels. Only reads
//! the prepared shapes and transforms them to the screen.

use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Shape, Stroke, pos2, vec2};

use super::geometry::{self, ScreenFromDiagram};
use super::map::{Hovered, Layers, Strokes};
use super::shapes::{MapShapes, Outline};
use super::strokes::{Mark, Place, StrokeMark, arrowhead, stroke_marks};
use crate::data::{Depth, MuscleId};
use crate::theme::{self, MapColors};

/// What has the keyboard focus on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    pub region: Option<usize>,
    pub muscle: Option<usize>,
    pub landmark: Option<usize>,
}

/// Everything one frame of the map shows.
pub struct Picture<'a> {
    pub shapes: &'a MapShapes,
    pub layers: Layers,
    pub selected: Option<usize>,
    pub highlighted: &'a [usize],
    pub muscle: Option<&'a MuscleId>,
    pub hovered: Option<Hovered>,
    pub focus: Focus,
    /// The strokes and how far along their cycle the dots are.
    pub strokes: Option<(&'a Strokes, f32)>,
}

impl Picture<'_> {
    pub fn paint(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let shapes = self.shapes;
        for silhouette in [&shapes.body, &shapes.head] {
            fill(painter, t, silhouette, colors.skin);
            shade_rim(painter, t, silhouette, colors.shade);
        }
        self.spine_groove(painter, t, colors);

        let hovered_region = match self.hovered {
            Some(Hovered::Region(index)) => Some(index),
            _ => None,
        };
        for (index, shape) in shapes.regions.iter().enumerate() {
            let tint = if self.selected == Some(index) {
                Some(colors.selected)
            } else if hovered_region == Some(index) {
                Some(colors.hovered)
            } else if self.highlighted.contains(&index) {
                Some(colors.suits)
            } else {
                None
            };
            if let Some(tint) = tint {
                fill(painter, t, &shape.outline, tint);
            }
            edge(
                painter,
                t,
                &shape.outline,
                Stroke::new(1.0, colors.region_border),
            );
        }

        self.paint_muscles(painter, t, colors);
        if self.layers.bones {
            self.paint_bones(painter, t, colors);
        }
        edge(painter, t, &shapes.body, Stroke::new(1.5, colors.outline));
        edge(painter, t, &shapes.head, Stroke::new(1.5, colors.outline));

        // Strong outlines after all fills, so neighbours never paint over them.
        for (index, stroke) in [
            (hovered_region, Stroke::new(2.0, colors.hover_outline)),
            (self.selected, Stroke::new(2.5, colors.selected_outline)),
            (self.focus.region, Stroke::new(3.0, colors.focus)),
        ] {
            if let Some(shape) = index.and_then(|i| shapes.regions.get(i)) {
                edge(painter, t, &shape.outline, stroke);
            }
        }
        if self.layers.where_not_to_press {
            self.paint_danger_zones(painter, t, colors);
        }
        if let Some((strokes, phase)) = self.strokes {
            self.paint_strokes(painter, t, colors, strokes, phase);
        }
        // Text last, so no outline crosses it.
        self.paint_levels(painter, t, colors);
        self.paint_side_labels(painter, t, colors);
    }

    /// A soft shadow down the middle of the back, where the spine lies in a shallow groove
    /// between the muscles either side.
    fn spine_groove(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let shapes = self.shapes;
        let (Some(top), Some(bottom)) = (shapes.levels.first(), shapes.levels.last()) else {
            return;
        };
        let half = theme::SPINE_GROOVE_HALF_WIDTH;
        let clear = Color32::TRANSPARENT;
        let mut mesh = Mesh::default();
        for y in [top.1, bottom.1] {
            for (dx, color) in [(-half, clear), (0.0, colors.shade), (half, clear)] {
                mesh.colored_vertex(t.transform_pos(pos2(shapes.spine_x + dx, y)), color);
            }
        }
        mesh.indices
            .extend_from_slice(&[0, 1, 4, 0, 4, 3, 1, 2, 5, 1, 5, 4]);
        painter.add(Shape::mesh(mesh));
    }

    /// Muscles, deepest first: a see-through fill and fine lines along the fibres. Deeper
    /// muscles have dashed edges and show through the ones over them.
    fn paint_muscles(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let hovered = match self.hovered {
            Some(Hovered::Muscle(index)) => Some(index),
            _ => None,
        };
        for (index, muscle) in self.shapes.muscles.iter().enumerate() {
            let featured = self.muscle == Some(&muscle.muscle);
            let pointed = hovered == Some(index) || self.focus.muscle == Some(index);
            if !(self.layers.muscles || featured) {
                continue;
            }
            let (fill_color, edge_color) = if featured || pointed {
                (colors.muscle_strong, colors.muscle_edge_strong)
            } else {
                (colors.muscle_fill(muscle.depth), colors.muscle_edge)
            };
            fill(painter, t, &muscle.outline, fill_color);
            let fibre = Stroke::new(0.8, colors.fibre);
            for [a, b] in &muscle.fibres {
                painter.line_segment([t.transform_pos(*a), t.transform_pos(*b)], fibre);
            }
            let width = if featured || pointed { 2.5 } else { 1.2 };
            let stroke = Stroke::new(width, edge_color);
            if muscle.depth == Depth::Surface || featured || pointed {
                edge(painter, t, &muscle.outline, stroke);
            } else {
                for points in muscle.outline.edges() {
                    let mut closed: Vec<Pos2> =
                        points.iter().map(|p| t.transform_pos(*p)).collect();
                    if let Some(first) = closed.first().copied() {
                        closed.push(first);
                    }
                    painter.extend(Shape::dashed_line(&closed, stroke, 5.0, 4.0));
                }
            }
        }
    }

    /// Bones and landmarks: filled shapes in a bone colour, ridges and rib edges as lines.
    fn paint_bones(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let hovered = match self.hovered {
            Some(Hovered::Landmark(index)) => Some(index),
            _ => None,
        };
        for (index, landmark) in self.shapes.landmarks.iter().enumerate() {
            let pointed = hovered == Some(index) || self.focus.landmark == Some(index);
            let (fill_color, edge_color, width) = if pointed {
                (colors.bone_strong, colors.bone_edge_strong, 2.5)
            } else {
                (colors.bone, colors.bone_edge, 1.2)
            };
            fill(painter, t, &landmark.outline, fill_color);
            edge(
                painter,
                t,
                &landmark.outline,
                Stroke::new(width, edge_color),
            );
            for line in &landmark.outline.lines {
                let points: Vec<Pos2> = line.iter().map(|p| t.transform_pos(*p)).collect();
                // A wide pale line under a narrow dark one reads as a ridge of bone.
                painter.add(Shape::line(
                    points.clone(),
                    Stroke::new(width + 3.0, fill_color),
                ));
                painter.add(Shape::line(points, Stroke::new(width, edge_color)));
            }
        }
    }

    /// Places not to press: a see-through warning fill with diagonal hatching and a bold edge,
    /// so they read as "keep off" in both themes and without colour vision.
    fn paint_danger_zones(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        for (index, zone) in self.shapes.danger_zones.iter().enumerate() {
            let strong = self.hovered == Some(Hovered::DangerZone(index));
            let fill_color = if strong {
                colors.danger_hovered
            } else {
                colors.danger
            };
            fill(painter, t, &zone.outline, fill_color);
            let hatch = Stroke::new(1.0, colors.danger_edge);
            for points in zone.outline.edges() {
                let outline: Vec<Pos2> = points.iter().map(|p| t.transform_pos(*p)).collect();
                for segment in geometry::hatch_lines(&outline, theme::DANGER_HATCH_SPACING) {
                    painter.line_segment(segment, hatch);
                }
            }
            let width = if strong { 2.5 } else { 1.5 };
            edge(
                painter,
                t,
                &zone.outline,
                Stroke::new(width, colors.danger_edge),
            );
        }
    }

    /// Arrows, circles and rings for how the hands move, each with a dot travelling along it.
    fn paint_strokes(
        &self,
        painter: &Painter,
        t: &ScreenFromDiagram,
        colors: &MapColors,
        strokes: &Strokes,
        phase: f32,
    ) {
        let scale = t.scale();
        let line = Stroke::new(theme::STROKE_WIDTH, colors.stroke);
        let head = theme::STROKE_HEAD * scale.max(0.5);
        let to_screen = |p: Pos2| t.transform_pos(p);
        // No arrow down the middle of a place not to press (the bony bumps of the spine): a
        // stroke drawn there would look like an invitation to press on bone. Strokes beside the
        // spine, on the muscles, are drawn.
        let shapes = self
            .highlighted
            .iter()
            .filter_map(|i| self.shapes.regions.get(*i))
            .filter(|shape| {
                !(shape.on_midline && self.shapes.danger_zone_at(shape.outline.anchor).is_some())
            });
        for shape in shapes {
            let place = Place {
                anchor: shape.outline.anchor,
                radius: shape.outline.anchor_radius,
                spine_x: self.shapes.spine_x,
                heart_y: self.shapes.heart_y,
                fibres: shape.fibres,
            };
            for direction in &strokes.directions {
                for StrokeMark { mark, dot } in stroke_marks(place, *direction, phase) {
                    match mark {
                        Mark::Arrow { from, to } => {
                            let (from, to) = (to_screen(from), to_screen(to));
                            painter.line_segment([from, to], line);
                            for barb in arrowhead(from, to, head) {
                                painter.line_segment(barb, line);
                            }
                        }
                        Mark::TwoWay { a, b } => {
                            let (a, b) = (to_screen(a), to_screen(b));
                            painter.line_segment([a, b], line);
                            for barb in arrowhead(a, b, head)
                                .into_iter()
                                .chain(arrowhead(b, a, head))
                            {
                                painter.line_segment(barb, line);
                            }
                        }
                        Mark::Circle { center, radius } | Mark::Ring { center, radius } => {
                            painter.circle_stroke(to_screen(center), radius * scale, line);
                        }
                    }
                    painter.circle_filled(to_screen(dot), theme::STROKE_DOT, colors.stroke);
                }
            }
        }
    }

    /// Vertebral levels as ticks across the spine with their labels beside them.
    fn paint_levels(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let scale = t.scale();
        let font = FontId::proportional((10.0 * scale).clamp(theme::MIN_MAP_TEXT, 14.0));
        let half_tick = theme::LEVEL_TICK_HALF * scale;
        let label_offset = theme::LEVEL_LABEL_OFFSET * scale + 2.0;
        for (label, y) in &self.shapes.levels {
            let center = t.transform_pos(pos2(self.shapes.spine_x, *y));
            painter.line_segment(
                [center - vec2(half_tick, 0.0), center + vec2(half_tick, 0.0)],
                Stroke::new(1.0, colors.tick),
            );
            painter.text(
                center + vec2(label_offset, 0.0),
                Align2::LEFT_CENTER,
                label,
                font.clone(),
                colors.text,
            );
        }
    }

    /// "Left" and "Right" over the shoulders: the map is seen from behind.
    fn paint_side_labels(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
        let font = FontId::proportional(theme::MAP_SIDE_LABEL);
        let y = self.shapes.size.y * 0.08;
        for (x, text, align) in [
            (0.0, "Left", Align2::LEFT_CENTER),
            (self.shapes.size.x, "Right", Align2::RIGHT_CENTER),
        ] {
            let pos = t.transform_pos(pos2(x, y));
            painter.text(pos, align, text, font.clone(), colors.text);
        }
    }
}

/// Fills every closed piece of an outline.
fn fill(painter: &Painter, t: &ScreenFromDiagram, outline: &Outline, color: Color32) {
    for (points, triangles) in &outline.fills {
        let mut mesh = Mesh::default();
        for p in points {
            mesh.colored_vertex(t.transform_pos(*p), color);
        }
        mesh.indices.extend_from_slice(triangles);
        painter.add(Shape::mesh(mesh));
    }
}

/// Strokes the edge of every closed piece of an outline.
fn edge(painter: &Painter, t: &ScreenFromDiagram, outline: &Outline, stroke: Stroke) {
    for points in outline.edges() {
        let points: Vec<Pos2> = points.iter().map(|p| t.transform_pos(*p)).collect();
        painter.add(Shape::closed_line(points, stroke));
    }
}

/// A shadow just inside the edge of a shape that fades towards its middle, so a flat fill
/// reads as a rounded body.
fn shade_rim(painter: &Painter, t: &ScreenFromDiagram, outline: &Outline, shade: Color32) {
    for (points, _) in &outline.fills {
        let inner = geometry::inset(points, theme::RIM_SHADE_WIDTH);
        let mut mesh = Mesh::default();
        for (outer, inner) in points.iter().zip(&inner) {
            mesh.colored_vertex(t.transform_pos(*outer), shade);
            mesh.colored_vertex(t.transform_pos(*inner), Color32::TRANSPARENT);
        }
        let n = points.len() as u32;
        for i in 0..n {
            let j = (i + 1) % n;
            let (o1, i1, o2, i2) = (2 * i, 2 * i + 1, 2 * j, 2 * j + 1);
            mesh.indices.extend_from_slice(&[o1, o2, i1, i1, o2, i2]);
        }
        painter.add(Shape::mesh(mesh));
    }
}
