//! The back-map widget: one accessible, focusable button per region (and per muscle when that
//! layer is on), hit-tested on the true outlines, zoomed and panned by the reader.
//!
//! What a click lands on: the topmost thing drawn that takes clicks. With the muscles layer on,
//! that is the muscle nearest the skin under the pointer; otherwise it is the region. The widget
//! only reports it (`MapResponse`); the app decides what it means (open the muscle's page, select
//! the region). Places not to press and bones take no clicks
//! (they explain themselves on hover), so the muscle or region under them still answers. A
//! region under a muscle stays reachable by Tab and the arrow keys, and by the links on the
//! muscle's page.

mod hover;
mod nodes;
mod view;

use egui::{Pos2, Role, Sense, Ui, WidgetInfo};

use super::paint;
use super::shapes::MapShapes;
use super::types::{Focus, Hovered, Strokes};
use crate::data::{MuscleId, RegionId};
use crate::geometry::{MapView, ScreenFromDiagram};
use crate::state::Layers;
use crate::theme;

/// Shows the map of `shapes` with `selected` highlighted.
pub(crate) struct BackMap<'a> {
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

/// What happened on the map this frame, as egui's widgets answer with a `Response`.
#[must_use]
pub(crate) struct MapResponse {
    /// What a click (or a keyboard or screen-reader press) landed on, if anything was clicked.
    pub clicked: Option<MapClick>,
}

/// What a click on the map landed on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MapClick {
    Region(RegionId),
    /// A muscle drawn by the muscles layer.
    Muscle(MuscleId),
    /// The map, away from every region.
    Nothing,
}

/// How far from a bone drawn as a line the pointer may be and still point at it, in pixels.
const LINE_REACH_PX: f32 = 6.0;

impl<'a> BackMap<'a> {
    pub(crate) fn new(shapes: &'a MapShapes, selected: Option<usize>) -> Self {
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
    pub(crate) fn highlighted(mut self, regions: Vec<usize>) -> Self {
        self.highlighted = regions;
        self
    }

    /// Draws how the hands move over the highlighted regions.
    pub(crate) fn strokes(mut self, strokes: Option<Strokes>) -> Self {
        self.strokes = strokes;
        self
    }

    pub(crate) fn layers(mut self, layers: Layers) -> Self {
        self.layers = layers;
        self
    }

    /// Shows this muscle (both sides) whatever the layers.
    pub(crate) fn muscle(mut self, muscle: Option<MuscleId>) -> Self {
        self.muscle = muscle;
        self
    }

    /// Shows the map; says what was clicked and what the pointer is over.
    pub(crate) fn ui(self, ui: &mut Ui) -> MapResponse {
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
        // In the order they are checked, the first click counts (egui gives a press to one).
        let mut clicked = self.region_buttons_ui(ui, map_id, &screen_from_diagram, &mut focus);
        let muscle_clicked = self.muscle_nodes_ui(ui, map_id, &screen_from_diagram, &mut focus);
        clicked = clicked.or(muscle_clicked);
        self.landmark_nodes_ui(ui, map_id, &screen_from_diagram, &mut focus);
        if background.clicked()
            && let Some(pos) = background.interact_pointer_pos()
        {
            clicked = clicked.or(Some(self.click_at(&screen_from_diagram, pos)));
        }
        self.danger_zone_nodes_ui(ui, map_id, &screen_from_diagram);

        if !background.dragged() {
            self.hover_tooltip_ui(ui, map_id, &background, hovered, &deeper);
        }
        // The picture first, so the zoom buttons stay on top of a zoomed-in figure.
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
        self.view_buttons_ui(ui, &mut view, inner, rect);
        ui.data_mut(|d| d.insert_temp(view_id, view));
        MapResponse { clicked }
    }

    /// What a pointer click at `pos_in_screen` lands on.
    fn click_at(&self, screen_from_diagram: &ScreenFromDiagram, pos_in_screen: Pos2) -> MapClick {
        let pos = screen_from_diagram.diagram_from_screen(pos_in_screen);
        if self.layers.muscles
            && let Some(index) = self.shapes.muscle_at(pos)
        {
            return MapClick::Muscle(self.shapes.muscles[index].muscle.clone());
        }
        match self.shapes.region_at(pos) {
            Some(index) => MapClick::Region(self.shapes.regions[index].region.clone()),
            None => MapClick::Nothing,
        }
    }
}
