//! The back-map widget: one accessible, focusable button per region, hit-tested on the real
//! outline, painted as triangle meshes so concave shapes fill correctly.

use egui::{
    Align2, Color32, CursorIcon, EventFilter, FontId, Id, Key, Mesh, Modifiers, PopupAnchor, Pos2,
    Rect, Response, Role, Sense, Shape, Stroke, Tooltip, Ui, Vec2, WidgetInfo, pos2, vec2,
};

use super::geometry::{self, Heading, ScreenFromDiagram};
use super::shapes::{DangerShape, MapShapes, RegionShape, Silhouette};
use super::strokes::{Mark, Place, StrokeMark, arrowhead, stroke_marks};
use crate::command::Command;
use crate::data::Direction;
use crate::theme;

/// Shows the map of `shapes` with `selected` highlighted.
pub struct BackMap<'a> {
    shapes: &'a MapShapes,
    selected: Option<usize>,
    where_not_to_press: bool,
    /// Regions the technique on show suits.
    highlighted: Vec<usize>,
    strokes: Option<Strokes>,
}

/// The stroke directions drawn over the highlighted regions during guided practice.
#[derive(Clone, Debug, PartialEq)]
pub struct Strokes {
    pub directions: Vec<Direction>,
    /// Animated while the session runs; still while it is paused.
    pub moving: bool,
}

/// What the pointer is over: a place not to press (when drawn) comes before the region under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hovered {
    Region(usize),
    DangerZone(usize),
}

impl<'a> BackMap<'a> {
    pub fn new(shapes: &'a MapShapes, selected: Option<usize>) -> Self {
        Self {
            shapes,
            selected,
            where_not_to_press: false,
            highlighted: Vec::new(),
            strokes: None,
        }
    }

    /// Tints these regions: where the technique on show, or the step in practice, is done.
    pub fn highlighted(mut self, regions: Vec<usize>) -> Self {
        self.highlighted = regions;
        self
    }

    /// Draws how the hands move over the highlighted regions.
    pub fn strokes(mut self, strokes: Option<Strokes>) -> Self {
        self.strokes = strokes;
        self
    }

    /// Draws the places not to press over the regions, each with a tooltip and a name.
    pub fn where_not_to_press(mut self, show: bool) -> Self {
        self.where_not_to_press = show;
        self
    }

    /// The accessibility id of a region's button, stable across frames and reloads.
    fn region_id(map_id: Id, shape: &RegionShape) -> Id {
        map_id.with(("region", shape.region.as_str()))
    }

    /// Shows the map; returns what the user asked for, if anything.
    pub fn ui(self, ui: &mut Ui) -> Option<Command> {
        let map_id = ui.make_persistent_id("back_map");
        // The whole area listens for clicks so that a click on empty space clears the selection;
        // it is not focusable, so Tab goes straight to the regions.
        let (rect, background) = ui.allocate_exact_size(ui.available_size(), Sense::CLICK);
        background.widget_info(|| {
            WidgetInfo::labeled(Role::Image, true, "Map of the back, seen from behind")
        });
        let screen_from_diagram =
            ScreenFromDiagram::fit(self.shapes.size, rect.shrink(theme::MAP_MARGIN));

        let hovered = ui
            .rect_contains_pointer(rect)
            .then(|| ui.ctx().pointer_hover_pos())
            .flatten()
            .and_then(|pos| self.hovered_at(screen_from_diagram.diagram_from_screen(pos)));
        let hovered_region = match hovered {
            Some(Hovered::Region(index)) => Some(index),
            _ => None,
        };

        let mut command = None;
        let mut focused = None;
        for (index, shape) in self.shapes.regions.iter().enumerate() {
            let response = self.region_button(ui, map_id, &screen_from_diagram, index, shape);
            if response.has_focus() {
                focused = Some(index);
                if let Some(next) = self.arrow_target(ui, map_id, index) {
                    let next_id = Self::region_id(map_id, &self.shapes.regions[next]);
                    ui.memory_mut(|m| m.request_focus(next_id));
                }
            }
            // A pointer click selects whatever outline is under the pointer, whichever button
            // egui thinks was hit: buttons are squares inside their regions, the outlines are
            // the truth. Keyboard and screen-reader clicks carry no pointer position and select
            // their own region.
            if response.clicked() {
                command = Some(match response.interact_pointer_pos() {
                    Some(pos) => self.click_at(&screen_from_diagram, pos),
                    None => Command::SelectRegion(shape.region.clone()),
                });
            }
        }
        if background.clicked()
            && let Some(pos) = background.interact_pointer_pos()
        {
            command = Some(self.click_at(&screen_from_diagram, pos));
        }

        if self.where_not_to_press {
            for (index, zone) in self.shapes.danger_zones.iter().enumerate() {
                Self::danger_zone_widget(ui, map_id, &screen_from_diagram, index, zone);
            }
        }

        match hovered {
            Some(Hovered::Region(index)) => {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                let shape = &self.shapes.regions[index];
                tooltip_ui(ui, map_id, &background, &shape.name, &shape.levels);
            }
            Some(Hovered::DangerZone(index)) => {
                let zone = &self.shapes.danger_zones[index];
                tooltip_ui(ui, map_id, &background, &zone.title, &zone.text);
            }
            None => {}
        }
        if ui.is_rect_visible(rect) {
            self.paint(ui, rect, &screen_from_diagram, hovered_region, focused);
            if self.where_not_to_press {
                self.paint_danger_zones(ui, rect, &screen_from_diagram, hovered);
            }
        }
        command
    }

    fn hovered_at(&self, pos_in_diagram: Pos2) -> Option<Hovered> {
        let zone = if self.where_not_to_press {
            self.shapes.danger_zone_at(pos_in_diagram)
        } else {
            None
        };
        zone.map(Hovered::DangerZone)
            .or_else(|| self.shapes.region_at(pos_in_diagram).map(Hovered::Region))
    }

    /// A place not to press as an accessible, hoverable node centred well inside its outline,
    /// so a screen reader can list it and tests can point at it. It takes no clicks: a click
    /// there still selects the region underneath.
    fn danger_zone_widget(
        ui: &mut Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
        index: usize,
        zone: &DangerShape,
    ) {
        let rect = anchor_square(screen_from_diagram, zone.anchor, zone.anchor_radius);
        let response = ui.interact(rect, map_id.with(("danger_zone", index)), Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &zone.name));
    }

    /// Places not to press: a see-through warning fill with diagonal hatching and a bold edge,
    /// so they read as "keep off" in both themes and without colour vision.
    fn paint_danger_zones(
        &self,
        ui: &Ui,
        rect: Rect,
        screen_from_diagram: &ScreenFromDiagram,
        hovered: Option<Hovered>,
    ) {
        let colors = theme::MapColors::for_visuals(ui.visuals());
        let painter = ui.painter_at(rect);
        for (index, zone) in self.shapes.danger_zones.iter().enumerate() {
            let outline: Vec<Pos2> = zone
                .outline
                .iter()
                .map(|p| screen_from_diagram.transform_pos(*p))
                .collect();
            let strong = hovered == Some(Hovered::DangerZone(index));
            let fill = if strong {
                colors.danger_hovered
            } else {
                colors.danger
            };
            painter.add(mesh(&outline, &zone.triangles, fill));
            let hatch = Stroke::new(1.0, colors.danger_edge);
            for segment in geometry::hatch_lines(&outline, theme::DANGER_HATCH_SPACING) {
                painter.line_segment(segment, hatch);
            }
            let width = if strong { 2.5 } else { 1.5 };
            painter.add(Shape::closed_line(
                outline,
                Stroke::new(width, colors.danger_edge),
            ));
        }
    }

    fn region_button(
        &self,
        ui: &mut Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
        index: usize,
        shape: &RegionShape,
    ) -> Response {
        let id = Self::region_id(map_id, shape);
        let rect = anchor_square(screen_from_diagram, shape.anchor, shape.anchor_radius);
        let response = ui.interact(rect, id, Sense::click());
        let selected = self.selected == Some(index);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &shape.name));
        response
    }

    /// The region an arrow key moves focus to, if one was pressed while `index` had focus.
    fn arrow_target(&self, ui: &mut Ui, map_id: Id, index: usize) -> Option<usize> {
        let id = Self::region_id(map_id, &self.shapes.regions[index]);
        // Arrow keys move between regions on the map, not through egui's focus order.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..EventFilter::default()
                },
            );
        });
        // Consumed, so the region that receives focus does not act on the same press this frame.
        let heading = ui.input_mut(|i| {
            [
                (Key::ArrowUp, Heading::Up),
                (Key::ArrowDown, Heading::Down),
                (Key::ArrowLeft, Heading::Left),
                (Key::ArrowRight, Heading::Right),
            ]
            .into_iter()
            .find(|(key, _)| i.consume_key(Modifiers::NONE, *key))
            .map(|(_, heading)| heading)
        })?;
        self.shapes.neighbour(index, heading)
    }

    fn click_at(&self, screen_from_diagram: &ScreenFromDiagram, pos_in_screen: Pos2) -> Command {
        match self
            .shapes
            .region_at(screen_from_diagram.diagram_from_screen(pos_in_screen))
        {
            Some(index) => Command::SelectRegion(self.shapes.regions[index].region.clone()),
            None => Command::ClearSelection,
        }
    }

    fn paint(
        &self,
        ui: &Ui,
        rect: Rect,
        screen_from_diagram: &ScreenFromDiagram,
        hovered: Option<usize>,
        focused: Option<usize>,
    ) {
        let colors = theme::MapColors::for_visuals(ui.visuals());
        let painter = ui.painter_at(rect);
        let to_screen = |points: &[Pos2]| -> Vec<Pos2> {
            points
                .iter()
                .map(|p| screen_from_diagram.transform_pos(*p))
                .collect()
        };
        let silhouette = |s: &Silhouette, fill: Color32| {
            let outline = to_screen(&s.outline);
            painter.add(mesh(&outline, &s.triangles, fill));
            painter.add(Shape::closed_line(
                outline,
                Stroke::new(1.5, colors.outline),
            ));
        };
        silhouette(&self.shapes.body, colors.body);
        silhouette(&self.shapes.head, colors.body);

        for (index, shape) in self.shapes.regions.iter().enumerate() {
            let fill = if self.selected == Some(index) {
                colors.selected
            } else if hovered == Some(index) {
                colors.hovered
            } else if self.highlighted.contains(&index) {
                colors.suits
            } else {
                colors.region
            };
            let outline = to_screen(&shape.outline);
            painter.add(mesh(&outline, &shape.triangles, fill));
            painter.add(Shape::closed_line(
                outline,
                Stroke::new(1.0, colors.outline),
            ));
        }
        // Strong outlines after all fills, so neighbours never paint over them.
        for (index, stroke) in [
            (hovered, Stroke::new(2.0, colors.hover_outline)),
            (self.selected, Stroke::new(2.5, colors.selected_outline)),
            (focused, Stroke::new(3.0, colors.focus)),
        ] {
            if let Some(shape) = index.and_then(|i| self.shapes.regions.get(i)) {
                painter.add(Shape::closed_line(to_screen(&shape.outline), stroke));
            }
        }
        if let Some(strokes) = &self.strokes {
            let phase = if strokes.moving {
                (ui.input(|i| i.time) / f64::from(theme::STROKE_CYCLE_SECONDS)).fract() as f32
            } else {
                // Paused: the dot rests a little way along, so the direction still reads.
                0.3
            };
            self.paint_strokes(&painter, screen_from_diagram, &colors, strokes, phase);
        }
        // Text last, so no outline crosses it.
        self.paint_levels(&painter, screen_from_diagram, &colors);
        self.paint_side_labels(&painter, screen_from_diagram, &colors);
    }

    /// Arrows, circles and rings for how the hands move, each with a dot travelling along it.
    fn paint_strokes(
        &self,
        painter: &egui::Painter,
        screen_from_diagram: &ScreenFromDiagram,
        colors: &theme::MapColors,
        strokes: &Strokes,
        phase: f32,
    ) {
        let scale = screen_from_diagram.scale();
        let line = Stroke::new(theme::STROKE_WIDTH, colors.stroke);
        let head = theme::STROKE_HEAD * scale.max(0.5);
        let to_screen = |p: Pos2| screen_from_diagram.transform_pos(p);
        // No arrow down the middle of a place not to press (the bony bumps of the spine): a
        // stroke drawn there would look like an invitation to press on bone. Strokes beside the
        // spine, on the muscles, are drawn.
        let shapes = self
            .highlighted
            .iter()
            .filter_map(|i| self.shapes.regions.get(*i))
            .filter(|shape| {
                !(shape.on_midline && self.shapes.danger_zone_at(shape.anchor).is_some())
            });
        for shape in shapes {
            let place = Place {
                anchor: shape.anchor,
                radius: shape.anchor_radius,
                spine_x: self.shapes.spine_x,
                heart_y: self.shapes.heart_y,
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
    fn paint_levels(
        &self,
        painter: &egui::Painter,
        screen_from_diagram: &ScreenFromDiagram,
        colors: &theme::MapColors,
    ) {
        let scale = screen_from_diagram.scale();
        let font = FontId::proportional((10.0 * scale).clamp(theme::MIN_MAP_TEXT, 14.0));
        let half_tick = theme::LEVEL_TICK_HALF * scale;
        let label_offset = theme::LEVEL_LABEL_OFFSET * scale + 2.0;
        for (label, y) in &self.shapes.levels {
            let center = screen_from_diagram.transform_pos(pos2(self.shapes.spine_x, *y));
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
    fn paint_side_labels(
        &self,
        painter: &egui::Painter,
        screen_from_diagram: &ScreenFromDiagram,
        colors: &theme::MapColors,
    ) {
        let font = FontId::proportional(theme::MAP_SIDE_LABEL);
        let y = self.shapes.size.y * 0.08;
        for (x, text, align) in [
            (0.0, "Left", Align2::LEFT_CENTER),
            (self.shapes.size.x, "Right", Align2::RIGHT_CENTER),
        ] {
            let pos = screen_from_diagram.transform_pos(pos2(x, y));
            painter.text(pos, align, text, font.clone(), colors.text);
        }
    }
}

/// The largest square centred on an outline's anchor that stays inside it, on screen: its centre
/// is where tests and assistive tools point, and it never overlaps a neighbour.
fn anchor_square(screen_from_diagram: &ScreenFromDiagram, anchor: Pos2, radius: f32) -> Rect {
    let half = (radius * std::f32::consts::FRAC_1_SQRT_2 * screen_from_diagram.scale()).max(1.0);
    let center = screen_from_diagram.transform_pos(anchor);
    Rect::from_center_size(center, Vec2::splat(2.0 * half))
}

/// A tooltip at the pointer: a title and a line or two under it.
fn tooltip_ui(ui: &Ui, map_id: Id, background: &Response, title: &str, text: &str) {
    Tooltip::always_open(
        ui.ctx().clone(),
        background.layer_id,
        map_id.with("tooltip"),
        PopupAnchor::Pointer,
    )
    .show(|ui| {
        ui.set_max_width(theme::MAP_TOOLTIP_WIDTH);
        ui.strong(title);
        ui.label(text);
    });
}

fn mesh(outline: &[Pos2], triangles: &[u32], fill: Color32) -> Shape {
    let mut mesh = Mesh::default();
    for p in outline {
        mesh.colored_vertex(*p, fill);
    }
    mesh.indices.extend_from_slice(triangles);
    Shape::mesh(mesh)
}
