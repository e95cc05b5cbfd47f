//! The back-map widget: one accessible, focusable button per region (and per muscle when that
//! layer is on), hit-tested on the true outlines, zoomed and panned by the reader.
//!
//! What a click does: a click lands on the topmost thing drawn that takes clicks. With the
//! muscles layer on, that is the muscle nearest the skin under the pointer, and its page opens;
//! otherwise it is the region, which is selected. Places not to press and bones take no clicks
//! (they explain themselves on hover), so the muscle or region under them still answers. A
//! region under a muscle stays reachable by Tab and the arrow keys, and by the links on the
//! muscle's page.

mod hover;
mod view;

use hover::tooltip_ui;

use egui::{
    EventFilter, Id, Key, Modifiers, Pos2, Rect, Response, Role, Sense, Ui, Vec2, WidgetInfo,
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

    /// Shows the map; pushes what the user asked for onto `out`.
    pub fn ui(self, ui: &mut Ui, out: &mut Vec<Command>) {
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
                out.push(match response.interact_pointer_pos() {
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
                    out.push(match response.interact_pointer_pos() {
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
            out.push(self.click_at(&screen_from_diagram, pos));
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
