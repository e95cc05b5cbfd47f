//! Painting the back map from its prepared shapes, in order: the shaded figure, the regions,
//! the layers, then strokes and labels on top. Only reads the shapes and moves them on screen.

mod canvas;
mod layers;
mod marks;

use egui::{Color32, Mesh, Painter, Shape, Stroke, pos2};

use super::shapes::MapShapes;
use super::types::{Focus, Hovered, Strokes};
use crate::data::MuscleId;
use crate::geometry::ScreenFromDiagram;
use crate::state::Layers;
use crate::theme::{self, MapColors};
use canvas::{CacheKey, Canvas, Part, cached};

/// Everything one frame of the map shows.
pub(super) struct Picture<'a> {
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
    pub(super) fn paint(&self, painter: &Painter, t: &ScreenFromDiagram, colors: &MapColors) {
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
                    layers::paint_muscle(c, colors, muscle, false);
                }
            }
            if self.layers.bones {
                for landmark in &shapes.landmarks {
                    layers::paint_bone(c, colors, landmark, false);
                }
            }
            c.edge(&shapes.body, Stroke::new(1.5, colors.outline));
            c.edge(&shapes.head, Stroke::new(1.5, colors.outline));
            if self.layers.where_not_to_press {
                for zone in &shapes.danger_zones {
                    layers::paint_danger_zone(c, colors, zone, false);
                }
            }
        }));

        // What the pointer or the keyboard is on, drawn over the cached picture.
        for (index, muscle) in shapes.muscles.iter().enumerate() {
            let pointed =
                self.hovered == Some(Hovered::Muscle(index)) || self.focus.muscle == Some(index);
            if pointed || self.muscle == Some(&muscle.muscle) {
                layers::paint_muscle(&mut c, colors, muscle, true);
            }
        }
        for (index, landmark) in shapes.landmarks.iter().enumerate() {
            if self.hovered == Some(Hovered::Landmark(index)) || self.focus.landmark == Some(index)
            {
                layers::paint_bone(&mut c, colors, landmark, true);
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
            layers::paint_danger_zone(&mut c, colors, zone, true);
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
}
