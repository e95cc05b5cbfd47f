//! Painting the back map: the figure with some shading for form, the regions, the layers
//! (muscles, bones, places not to press), the stroke arrows and the level labels. Only reads
//! the prepared shapes and transforms them to the screen.

use std::sync::Arc;

use egui::epaint::Tessellator;
use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Shape, Stroke, pos2, vec2};

use super::map::{Hovered, Layers, Strokes};
use super::shapes::{DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline};
use super::strokes::{Mark, Place, StrokeMark, arrowhead, stroke_marks};
use crate::data::{Depth, MuscleId};
use crate::geometry::{self, ScreenFromDiagram};
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
        // What does not change as the pointer moves is tessellated once per view and kept:
        // the figure, and the layers as they look when nothing is pointed at.
        let key = |part| CacheKey::new(part, shapes, t, painter, colors, self.layers);
        painter.add(cached(painter, key(Part::Figure), |c| {
            for silhouette in [&shapes.body, &shapes.head] {
                c.fill(silhouette, colors.skin);
                c.shade_rim(silhouette, colors.shade);
            }
            self.spine_groove(c, colors);
            for shape in &shapes.regions {
                c.edge(&shape.outline, Stroke::new(1.0, colors.region_border));
            }
        }));

        let mut c = Canvas::new(t);
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
                c.fill(&shape.outline, tint);
            }
        }
        painter.extend(c.take());

        painter.add(cached(painter, key(Part::Layers), |c| {
            if self.layers.muscles {
                for muscle in &shapes.muscles {
                    self.paint_muscle(c, colors, muscle, false);
                }
            }
            if self.layers.bones {
                for landmark in &shapes.landmarks {
                    self.paint_bone(c, colors, landmark, false);
                }
            }
            c.edge(&shapes.body, Stroke::new(1.5, colors.outline));
            c.edge(&shapes.head, Stroke::new(1.5, colors.outline));
            if self.layers.where_not_to_press {
                for zone in &shapes.danger_zones {
                    self.paint_danger_zone(c, colors, zone, false);
                }
            }
        }));

        // What the pointer or the keyboard is on, drawn over the cached picture.
        for (index, muscle) in shapes.muscles.iter().enumerate() {
            let pointed =
                self.hovered == Some(Hovered::Muscle(index)) || self.focus.muscle == Some(index);
            if pointed || self.muscle == Some(&muscle.muscle) {
                self.paint_muscle(&mut c, colors, muscle, true);
            }
        }
        for (index, landmark) in shapes.landmarks.iter().enumerate() {
            if self.hovered == Some(Hovered::Landmark(index)) || self.focus.landmark == Some(index)
            {
                self.paint_bone(&mut c, colors, landmark, true);
            }
        }
        // Strong outlines after all fills, so neighbours never paint over them.
        for (index, stroke) in [
            (hovered_region, Stroke::new(2.0, colors.hover_outline)),
            (self.selected, Stroke::new(2.5, colors.selected_outline)),
            (self.focus.region, Stroke::new(3.0, colors.focus)),
        ] {
            if let Some(shape) = index.and_then(|i| shapes.regions.get(i)) {
                c.edge(&shape.outline, stroke);
            }
        }
        if let Some(Hovered::DangerZone(index)) = self.hovered
            && let Some(zone) = shapes.danger_zones.get(index)
        {
            self.paint_danger_zone(&mut c, colors, zone, true);
        }
        painter.extend(c.take());
        if let Some((strokes, phase)) = self.strokes {
            self.paint_strokes(painter, t, colors, strokes, phase);
        }
        // Text last, so no outline crosses it.
        self.paint_levels(painter, t, colors);
        self.paint_side_labels(painter, t, colors);
    }

    /// A soft shadow down the middle of the back, where the spine lies in a shallow groove
    /// between the muscles either side.
    fn spine_groove(&self, c: &mut Canvas<'_>, colors: &MapColors) {
        let shapes = self.shapes;
        let (Some(top), Some(bottom)) = (shapes.levels.first(), shapes.levels.last()) else {
            return;
        };
        let half = theme::SPINE_GROOVE_HALF_WIDTH;
        let clear = Color32::TRANSPARENT;
        let mut mesh = Mesh::default();
        for y in [top.1, bottom.1] {
            for (dx, color) in [(-half, clear), (0.0, colors.shade), (half, clear)] {
                mesh.colored_vertex(c.t.transform_pos(pos2(shapes.spine_x + dx, y)), color);
            }
        }
        mesh.indices
            .extend_from_slice(&[0, 1, 4, 0, 4, 3, 1, 2, 5, 1, 5, 4]);
        c.out.push(Shape::mesh(mesh));
    }

    /// One side of a muscle: a see-through fill and fine lines along the fibres. Deeper muscles
    /// have dashed (one layer down) or dotted (deepest) edges and show through the ones over
    /// them; `strong` is the muscle pointed at, or the one whose page is open.
    fn paint_muscle(
        &self,
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
    fn paint_bone(
        &self,
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

    /// A place not to press: a see-through warning fill with diagonal hatching and a bold edge,
    /// so it reads as "keep off" in both themes and without colour vision.
    fn paint_danger_zone(
        &self,
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
        c.edge(&zone.outline, Stroke::new(width, colors.danger_edge));
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

/// Shapes in screen space, collected to be painted or tessellated together.
struct Canvas<'a> {
    t: &'a ScreenFromDiagram,
    out: Vec<Shape>,
}

impl<'a> Canvas<'a> {
    fn new(t: &'a ScreenFromDiagram) -> Self {
        Self { t, out: Vec::new() }
    }

    fn take(&mut self) -> Vec<Shape> {
        std::mem::take(&mut self.out)
    }

    fn screen(&self, points: &[Pos2]) -> Vec<Pos2> {
        points.iter().map(|p| self.t.transform_pos(*p)).collect()
    }

    /// Fills every closed piece of an outline.
    fn fill(&mut self, outline: &Outline, color: Color32) {
        for (points, triangles) in &outline.fills {
            let mut mesh = Mesh::default();
            for p in points {
                mesh.colored_vertex(self.t.transform_pos(*p), color);
            }
            mesh.indices.extend_from_slice(triangles);
            self.out.push(Shape::mesh(mesh));
        }
    }

    /// Strokes the edge of every closed piece of an outline.
    fn edge(&mut self, outline: &Outline, stroke: Stroke) {
        for points in outline.edges() {
            let points = self.screen(points);
            self.out.push(Shape::closed_line(points, stroke));
        }
    }

    /// The same edge in dashes of `(dash, gap)` points.
    fn dashed_edge(&mut self, outline: &Outline, stroke: Stroke, (dash, gap): (f32, f32)) {
        for points in outline.edges() {
            let mut closed = self.screen(points);
            if let Some(first) = closed.first().copied() {
                closed.push(first);
            }
            Shape::dashed_line_many(&closed, stroke, dash, gap, &mut self.out);
        }
    }

    /// A shadow just inside the edge of a shape that fades towards its middle, so a flat fill
    /// reads as a rounded body.
    fn shade_rim(&mut self, outline: &Outline, shade: Color32) {
        for (points, _) in &outline.fills {
            let inner = geometry::inset(points, theme::RIM_SHADE_WIDTH);
            let mut mesh = Mesh::default();
            for (outer, inner) in points.iter().zip(&inner) {
                mesh.colored_vertex(self.t.transform_pos(*outer), shade);
                mesh.colored_vertex(self.t.transform_pos(*inner), Color32::TRANSPARENT);
            }
            let n = points.len() as u32;
            for i in 0..n {
                let j = (i + 1) % n;
                let (o1, i1, o2, i2) = (2 * i, 2 * i + 1, 2 * j, 2 * j + 1);
                mesh.indices.extend_from_slice(&[o1, o2, i1, i1, o2, i2]);
            }
            self.out.push(Shape::mesh(mesh));
        }
    }
}

/// The cached parts of the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Part {
    Figure,
    Layers,
}

/// Everything a cached part depends on: the shapes, the view, the pixel density, the theme and
/// the layers. Any change draws it anew.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CacheKey {
    part: Part,
    revision: u64,
    scale: f32,
    offset: egui::Vec2,
    pixels_per_point: f32,
    /// Stands for the theme: every theme has its own skin colour.
    skin: Color32,
    layers: Layers,
}

impl CacheKey {
    fn new(
        part: Part,
        shapes: &MapShapes,
        t: &ScreenFromDiagram,
        painter: &Painter,
        colors: &MapColors,
        layers: Layers,
    ) -> Self {
        Self {
            part,
            revision: shapes.revision,
            scale: t.scale(),
            offset: t.transform_pos(Pos2::ZERO).to_vec2(),
            pixels_per_point: painter.pixels_per_point(),
            skin: colors.skin,
            layers,
        }
    }
}

/// The part `key` names as one tessellated mesh: kept in egui's memory and drawn anew only
/// when the key changes.
fn cached(painter: &Painter, key: CacheKey, draw: impl FnOnce(&mut Canvas<'_>)) -> Shape {
    let ctx = painter.ctx();
    let id = egui::Id::unique(("back_map_paint_cache", key.part));
    if let Some((kept, mesh)) = ctx.data(|d| d.get_temp::<(CacheKey, Arc<Mesh>)>(id))
        && kept == key
    {
        return Shape::Mesh(mesh);
    }
    let t = ScreenFromDiagram::from_parts(key.scale, key.offset);
    let mut canvas = Canvas::new(&t);
    draw(&mut canvas);
    let options = ctx.options(|o| o.tessellation_options);
    let mut tessellator = Tessellator::new(key.pixels_per_point, options, [1, 1], Vec::new());
    let mut mesh = Mesh::default();
    for shape in canvas.out {
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    let mesh = Arc::new(mesh);
    ctx.data_mut(|d| d.insert_temp(id, (key, Arc::clone(&mesh))));
    Shape::Mesh(mesh)
}
