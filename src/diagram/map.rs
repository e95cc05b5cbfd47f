//! The back-map widget: one accessible, focusable button per region (and per muscle when that
//! layer is on), hit-tested on the true outlines, zoomed and panned by the reader.
//!
//! What a click does: a click lands on the topmost thing drawn that takes clicks. With the
//! muscles layer on, that is the muscle nearest the skin under the pointer, and its page opens;
//! otherwise it is the region, which is selected. Places not to press and bones take no clicks
//! (they explain themselves on hover), so the muscle or region under them still answers. A
//! region under a muscle stays reachable by Tab and the arrow keys, and by the links on the
//! muscle's page.

use egui::{
    CursorIcon, EventFilter, Id, Key, Modifiers, PopupAnchor, Pos2, Rect, Response, Role, Sense,
    Tooltip, Ui, Vec2, WidgetInfo, vec2,
};

use super::paint::{self, Focus};
use super::shapes::{MapShapes, RegionShape};
use crate::command::{Command, Layer};
use crate::data::{Direction, MuscleId};
use crate::geometry::{Heading, MapView, ScreenFromDiagram};
use crate::state::Page;
use crate::theme;

/// Which layers are drawn over the regions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layers {
    pub where_not_to_press: bool,
    pub bones: bool,
    pub muscles: bool,
}

impl Layers {
    /// Whether `layer` is drawn.
    pub fn shows(self, layer: Layer) -> bool {
        match layer {
            Layer::WhereNotToPress => self.where_not_to_press,
            Layer::Bones => self.bones,
            Layer::Muscles => self.muscles,
        }
    }
}

/// Shows the map of `shapes` with `selected` highlighted.
pub struct BackMap<'a> {
    shapes: &'a MapShapes,
    selected: Option<usize>,
    layers: Layers,
    /// Regions the technique on show suits.
    highlighted: Vec<usize>,
    /// A muscle to show on the map whatever the layers: the one whose page is open, or one
    /// pointed at in the text beside the map.
    muscle: Option<MuscleId>,
    strokes: Option<Strokes>,
}

/// The stroke directions drawn over the highlighted regions during guided practice.
#[derive(Clone, Debug, PartialEq)]
pub struct Strokes {
    pub directions: Vec<Direction>,
    /// Animated while the session runs; still while it is paused.
    pub moving: bool,
}

/// What the pointer is over, in the order the tooltip looks: a place not to press, a bone, a
/// muscle, then the region under them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hovered {
    Region(usize),
    DangerZone(usize),
    Landmark(usize),
    Muscle(usize),
}

/// How far from a bone drawn as a line the pointer may be and still point at it, in pixels.
const LINE_REACH_PX: f32 = 6.0;

impl<'a> BackMap<'a> {
    pub fn new(shapes: &'a MapShapes, selected: Option<usize>) -> Self {
        Self {
            shapes,
            selected,
            layers: Layers::default(),
            highlighted: Vec::new(),
            muscle: None,
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

    pub fn layers(mut self, layers: Layers) -> Self {
        self.layers = layers;
        self
    }

    /// Shows this muscle (both sides) whatever the layers.
    pub fn muscle(mut self, muscle: Option<MuscleId>) -> Self {
        self.muscle = muscle;
        self
    }

    /// The accessibility id of a region's button, stable across frames and reloads.
    fn region_id(map_id: Id, shape: &RegionShape) -> Id {
        map_id.with(("region", shape.region.as_str()))
    }

    /// Shows the map; returns what the user asked for, if anything.
    pub fn ui(self, ui: &mut Ui) -> Option<Command> {
        let map_id = ui.make_persistent_id("back_map");
        // The whole area listens for clicks so that a click on empty space clears the selection,
        // and for drags to pan; it is not focusable, so Tab goes straight to the regions.
        let (rect, background) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        background.widget_info(|| {
            WidgetInfo::labeled(Role::Image, true, "Map of the back, seen from behind")
        });
        let inner = rect.shrink(theme::MAP_MARGIN);
        let view_id = map_id.with("view");
        let mut view: MapView = ui.data(|d| d.get_temp(view_id)).unwrap_or_default();

        // Nodes outside the map's rectangle (when zoomed in) must not catch the pointer.
        let mut ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        ui.set_clip_rect(rect.intersect(ui.clip_rect()));
        let ui = &mut ui;

        let pointer = ui
            .rect_contains_pointer(rect)
            .then(|| ui.ctx().pointer_hover_pos())
            .flatten();
        view = self.steer_view(ui, view, &background, pointer, inner);
        let screen_from_diagram = view.screen_from_diagram(self.shapes.size, inner);

        let reach = LINE_REACH_PX / screen_from_diagram.scale().max(1e-3);
        let pointer_in_diagram = pointer.map(|pos| screen_from_diagram.diagram_from_screen(pos));
        let hovered = pointer_in_diagram.and_then(|pos| self.hovered_at(pos, reach));
        // The deeper muscles under the one pointed at: the tooltip names them too.
        let deeper: Vec<&str> = match (hovered, pointer_in_diagram) {
            (Some(Hovered::Muscle(_)), Some(pos)) => self
                .shapes
                .muscles_at(pos)
                .into_iter()
                .skip(1)
                .map(|i| self.shapes.muscles[i].name.as_str())
                .collect(),
            _ => Vec::new(),
        };

        let mut command = None;
        let mut focus = Focus::default();
        for (index, shape) in self.shapes.regions.iter().enumerate() {
            let response = self.region_button(ui, map_id, &screen_from_diagram, index, shape);
            if response.has_focus() {
                focus.region = Some(index);
                if let Some(next) = self.arrow_target(ui, map_id, index) {
                    let next_id = Self::region_id(map_id, &self.shapes.regions[next]);
                    ui.memory_mut(|m| m.request_focus(next_id));
                }
            }
            // A pointer click selects whatever outline is under the pointer, whichever button
            // egui thinks was hit: buttons are squares inside their shapes, the outlines are
            // the truth. Keyboard and screen-reader clicks carry no pointer position and select
            // their own region.
            if response.clicked() {
                command = Some(match response.interact_pointer_pos() {
                    Some(pos) => self.click_at(&screen_from_diagram, pos),
                    None => Command::SelectRegion(shape.region.clone()),
                });
            }
        }
        if self.layers.muscles {
            for (index, muscle) in self.shapes.muscles.iter().enumerate() {
                let rect = anchor_square(
                    &screen_from_diagram,
                    muscle.outline.anchor,
                    muscle.outline.anchor_radius,
                );
                let response = ui.interact(rect, map_id.with(("muscle", index)), Sense::click());
                response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &muscle.name));
                if response.has_focus() {
                    focus.muscle = Some(index);
                    tooltip_ui(ui, map_id, &response, rect, &muscle.title, &muscle.text);
                }
                if response.clicked() {
                    command = Some(match response.interact_pointer_pos() {
                        Some(pos) => self.click_at(&screen_from_diagram, pos),
                        None => Command::ShowPage(Page::Muscle(muscle.muscle.clone())),
                    });
                }
            }
        }
        if !self.layers.muscles
            && let Some(featured) = &self.muscle
        {
            // The muscle shown on its own (its page is open, or it is pointed at in the text):
            // named for a screen reader, as the picture says it to everyone else.
            for (index, muscle) in self.shapes.muscles.iter().enumerate() {
                if &muscle.muscle == featured {
                    let rect = anchor_square(
                        &screen_from_diagram,
                        muscle.outline.anchor,
                        muscle.outline.anchor_radius,
                    );
                    let response = ui.interact(rect, map_id.with(("shown", index)), Sense::hover());
                    response.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::Image,
                            true,
                            format!("Shown on the map: {}", muscle.name),
                        )
                    });
                }
            }
        }
        if self.layers.bones {
            for (index, landmark) in self.shapes.landmarks.iter().enumerate() {
                let rect = anchor_square(
                    &screen_from_diagram,
                    landmark.outline.anchor,
                    landmark.outline.anchor_radius,
                );
                let response = ui.interact(
                    rect,
                    map_id.with(("landmark", index)),
                    Sense::focusable_noninteractive(),
                );
                response.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::Image,
                        true,
                        format!("Bone: {}. {}", landmark.name, landmark.text),
                    )
                });
                if response.has_focus() {
                    focus.landmark = Some(index);
                    tooltip_ui(ui, map_id, &response, rect, &landmark.name, &landmark.text);
                }
            }
        }
        if background.clicked()
            && let Some(pos) = background.interact_pointer_pos()
        {
            command = Some(self.click_at(&screen_from_diagram, pos));
        }
        if self.layers.where_not_to_press {
            for (index, zone) in self.shapes.danger_zones.iter().enumerate() {
                // Hover only: a click there still reaches the muscle or region underneath.
                let rect = anchor_square(
                    &screen_from_diagram,
                    zone.outline.anchor,
                    zone.outline.anchor_radius,
                );
                let response =
                    ui.interact(rect, map_id.with(("danger_zone", index)), Sense::hover());
                response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &zone.name));
            }
        }

        if !background.dragged() {
            self.hover_tooltip_ui(ui, map_id, &background, hovered, &deeper);
        }
        self.view_buttons_ui(ui, &mut view, inner, rect);
        ui.data_mut(|d| d.insert_temp(view_id, view));

        if ui.is_rect_visible(rect) {
            let painter = ui.painter_at(rect);
            let colors = theme::MapColors::for_visuals(ui.visuals());
            let phase = self.strokes.as_ref().map(|strokes| {
                if strokes.moving {
                    (ui.input(|i| i.time) / f64::from(theme::STROKE_CYCLE_SECONDS)).fract() as f32
                } else {
                    // Paused: the dot rests a little way along, so the direction still reads.
                    0.3
                }
            });
            paint::Picture {
                shapes: self.shapes,
                layers: self.layers,
                selected: self.selected,
                highlighted: &self.highlighted,
                muscle: self.muscle.as_ref(),
                hovered,
                focus,
                strokes: self.strokes.as_ref().zip(phase),
            }
            .paint(&painter, &screen_from_diagram, &colors);
        }
        command
    }

    /// Wheel, pinch, drag and keys move the view; returns the new one.
    fn steer_view(
        &self,
        ui: &Ui,
        mut view: MapView,
        background: &Response,
        pointer: Option<Pos2>,
        inner: Rect,
    ) -> MapView {
        let size = self.shapes.size;
        if let Some(pos) = pointer {
            // Pinch, Ctrl + wheel, or the plain wheel: the map does not scroll otherwise.
            let (pinch, wheel) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta.y));
            let factor = pinch * (wheel * theme::MAP_WHEEL_ZOOM).exp();
            if (factor - 1.0).abs() > 1e-4 {
                view = view.zoomed(factor, pos, size, inner);
            }
        }
        if background.dragged() {
            view = view.panned(background.drag_delta(), size, inner);
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
        }
        // Keys work while the pointer is over the map or one of its shapes has the focus.
        let map_focused = ui.memory(|m| m.focused()).is_some_and(|id| {
            ui.ctx()
                .read_response(id)
                .is_some_and(|r| inner.expand(theme::MAP_MARGIN).contains(r.rect.center()))
        });
        if (pointer.is_some() || map_focused) && !ui.ctx().text_edit_focused() {
            let center = inner.center();
            let pan_step = inner.size().min_elem() * 0.15;
            ui.input_mut(|i| {
                if i.consume_key(Modifiers::NONE, Key::Plus)
                    || i.consume_key(Modifiers::NONE, Key::Equals)
                    || i.consume_key(Modifiers::SHIFT, Key::Equals)
                {
                    view = view.zoomed(MapView::STEP, center, size, inner);
                }
                if i.consume_key(Modifiers::NONE, Key::Minus) {
                    view = view.zoomed(1.0 / MapView::STEP, center, size, inner);
                }
                if i.consume_key(Modifiers::NONE, Key::Num0) {
                    view = MapView::default();
                }
                for (key, delta) in [
                    (Key::ArrowUp, vec2(0.0, pan_step)),
                    (Key::ArrowDown, vec2(0.0, -pan_step)),
                    (Key::ArrowLeft, vec2(pan_step, 0.0)),
                    (Key::ArrowRight, vec2(-pan_step, 0.0)),
                ] {
                    if i.consume_key(Modifiers::SHIFT, key) {
                        view = view.panned(delta, size, inner);
                    }
                }
            });
        }
        view
    }

    /// Zoom in, zoom out and fit, in the map's bottom right corner: the top corners hold the
    /// "Left" and "Right" labels, and a phone's narrow map has no room beside them.
    fn view_buttons_ui(&self, ui: &mut Ui, view: &mut MapView, inner: Rect, rect: Rect) {
        let size = self.shapes.size;
        let button = Vec2::splat(theme::MAP_BUTTON);
        let gap = theme::MAP_BUTTON_GAP;
        let mut at = rect.right_bottom() + vec2(-gap - button.x, -gap - button.y);
        let buttons: [(&str, &str, bool); 3] = [
            ("Fit", "Show the whole map (0)", !view.is_fitted()),
            ("−", "Zoom out (-, or the wheel)", view.zoom > 1.0),
            (
                "+",
                "Zoom in (+, or the wheel)",
                view.zoom < MapView::MAX_ZOOM,
            ),
        ];
        for (text, hover, enabled) in buttons {
            let width = if text == "Fit" {
                button.x * 1.6
            } else {
                button.x
            };
            at.x -= width - button.x;
            let place = Rect::from_min_size(at, vec2(width, button.y));
            let name = match text {
                "Fit" => "Fit the map",
                "−" => "Zoom the map out",
                _ => "Zoom the map in",
            };
            let response = ui
                .put(place, egui::Button::new(text).min_size(place.size()))
                .on_hover_text(hover);
            response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
            if response.clicked() && enabled {
                *view = match text {
                    "Fit" => MapView::default(),
                    "−" => view.zoomed(1.0 / MapView::STEP, inner.center(), size, inner),
                    _ => view.zoomed(MapView::STEP, inner.center(), size, inner),
                };
            }
            at.x -= button.x + gap;
        }
    }

    fn hovered_at(&self, pos: Pos2, reach: f32) -> Option<Hovered> {
        let layers = self.layers;
        let shapes = self.shapes;
        let zone = layers
            .where_not_to_press
            .then(|| shapes.danger_zone_at(pos))
            .flatten();
        let landmark = || {
            layers
                .bones
                .then(|| shapes.landmark_at(pos, reach))
                .flatten()
        };
        let muscle = || layers.muscles.then(|| shapes.muscle_at(pos)).flatten();
        zone.map(Hovered::DangerZone)
            .or_else(|| landmark().map(Hovered::Landmark))
            .or_else(|| muscle().map(Hovered::Muscle))
            .or_else(|| shapes.region_at(pos).map(Hovered::Region))
    }

    fn hover_tooltip_ui(
        &self,
        ui: &Ui,
        map_id: Id,
        background: &Response,
        hovered: Option<Hovered>,
        deeper: &[&str],
    ) {
        let anchor = PopupAnchor::Pointer;
        let show = |title: &str, text: &str| {
            Tooltip::always_open(
                ui.ctx().clone(),
                background.layer_id,
                map_id.with("tooltip"),
                anchor,
            )
            .show(|ui| {
                ui.set_max_width(theme::MAP_TOOLTIP_WIDTH);
                ui.strong(title);
                ui.label(text);
            });
        };
        match hovered {
            Some(Hovered::Region(index)) => {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                let shape = &self.shapes.regions[index];
                show(&shape.name, &shape.levels);
            }
            Some(Hovered::Muscle(index)) => {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                let muscle = &self.shapes.muscles[index];
                let under = if deeper.is_empty() {
                    String::new()
                } else {
                    format!(" Under it here: {}.", deeper.join("; "))
                };
                show(
                    &muscle.title,
                    &format!("{}{under} Click to read more.", muscle.text),
                );
            }
            Some(Hovered::DangerZone(index)) => {
                let zone = &self.shapes.danger_zones[index];
                show(&zone.title, &zone.text);
            }
            Some(Hovered::Landmark(index)) => {
                let landmark = &self.shapes.landmarks[index];
                show(&landmark.name, &landmark.text);
            }
            None => {}
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
        let rect = anchor_square(
            screen_from_diagram,
            shape.outline.anchor,
            shape.outline.anchor_radius,
        );
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
        let pos = screen_from_diagram.diagram_from_screen(pos_in_screen);
        if self.layers.muscles
            && let Some(index) = self.shapes.muscle_at(pos)
        {
            return Command::ShowPage(Page::Muscle(self.shapes.muscles[index].muscle.clone()));
        }
        match self.shapes.region_at(pos) {
            Some(index) => Command::SelectRegion(self.shapes.regions[index].region.clone()),
            None => Command::ClearSelection,
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

/// A tooltip beside a shape that has the keyboard focus.
fn tooltip_ui(ui: &Ui, map_id: Id, response: &Response, rect: Rect, title: &str, text: &str) {
    Tooltip::always_open(
        ui.ctx().clone(),
        response.layer_id,
        map_id.with("focus_tooltip"),
        PopupAnchor::ParentRect(rect),
    )
    .show(|ui| {
        ui.set_max_width(theme::MAP_TOOLTIP_WIDTH);
        ui.strong(title);
        ui.label(text);
    });
}
