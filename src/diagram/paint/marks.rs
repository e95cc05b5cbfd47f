//! What is drawn over the layers each frame: the stroke arrows with their moving dots, the
//! vertebral levels and the side labels.

use egui::{Align2, FontId, Painter, Pos2, Stroke, pos2, vec2};

use super::Picture;
use crate::diagram::strokes::{Mark, Place, StrokeMark, arrowhead, stroke_marks};
use crate::diagram::types::Strokes;
use crate::geometry::ScreenFromDiagram;
use crate::theme::{self, MapColors};

impl Picture<'_> {
    /// Arrows, circles and rings for how the hands move, each with a dot travelling along it.
    pub(super) fn paint_strokes(
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
    pub(super) fn paint_levels(
        &self,
        painter: &Painter,
        t: &ScreenFromDiagram,
        colors: &MapColors,
    ) {
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
    pub(super) fn paint_side_labels(
        &self,
        painter: &Painter,
        t: &ScreenFromDiagram,
        colors: &MapColors,
    ) {
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
