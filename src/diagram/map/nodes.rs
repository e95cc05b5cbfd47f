//! The map's accessible nodes, each on the anchor square of its outline: a button per region
//! (the arrow keys move between them), per muscle while that layer shows, and named places for
//! bones, places not to press and a muscle shown on its own.

use egui::{EventFilter, Id, Pos2, Rect, Response, Role, Sense, Ui, Vec2, WidgetInfo};
use strum::VariantArray as _;

use super::hover::tooltip_ui;
use super::{BackMap, MapClick};
use crate::diagram::shapes::RegionShape;
use crate::diagram::types::Focus;
use crate::geometry::{Heading, ScreenFromDiagram};
use crate::shortcuts::{self, ShortcutAction};

impl BackMap<'_> {
    /// The accessibility id of a region's button, stable across frames and reloads.
    fn region_id(map_id: Id, shape: &RegionShape) -> Id {
        map_id.with(("region", shape.region.as_str()))
    }

    /// A button per region. A focused region hands the focus on when an arrow key is pressed.
    /// Returns what a click on one landed on.
    pub(super) fn region_buttons_ui(
        &self,
        ui: &Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
        focus: &mut Focus,
    ) -> Option<MapClick> {
        let mut clicked = None;
        for (index, shape) in self.shapes.regions.iter().enumerate() {
            let response = self.region_button(ui, map_id, screen_from_diagram, index, shape);
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
            if response.clicked() && clicked.is_none() {
                clicked = Some(match response.interact_pointer_pos() {
                    Some(pos) => self.click_at(screen_from_diagram, pos),
                    None => MapClick::Region(shape.region.clone()),
                });
            }
        }
        clicked
    }

    /// A button per muscle while the muscles layer shows; without it, the muscle shown on its
    /// own is named for a screen reader. Returns what a click on one landed on.
    pub(super) fn muscle_nodes_ui(
        &self,
        ui: &Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
        focus: &mut Focus,
    ) -> Option<MapClick> {
        let mut clicked = None;
        if self.layers.muscles {
            for (index, muscle) in self.shapes.muscles.iter().enumerate() {
                let rect = anchor_square(
                    screen_from_diagram,
                    muscle.outline.anchor,
                    muscle.outline.anchor_radius,
                );
                let response = ui.interact(rect, map_id.with(("muscle", index)), Sense::click());
                response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &muscle.name));
                if response.has_focus() {
                    focus.muscle = Some(index);
                    tooltip_ui(ui, map_id, &response, rect, &muscle.title, &muscle.text);
                }
                if response.clicked() && clicked.is_none() {
                    clicked = Some(match response.interact_pointer_pos() {
                        Some(pos) => self.click_at(screen_from_diagram, pos),
                        None => MapClick::Muscle(muscle.muscle.clone()),
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
                        screen_from_diagram,
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
        clicked
    }

    /// Bones, focusable for their names and tooltips, while their layer shows.
    pub(super) fn landmark_nodes_ui(
        &self,
        ui: &Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
        focus: &mut Focus,
    ) {
        if self.layers.bones {
            for (index, landmark) in self.shapes.landmarks.iter().enumerate() {
                let rect = anchor_square(
                    screen_from_diagram,
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
    }

    /// Places not to press, named on hover while their layer shows.
    pub(super) fn danger_zone_nodes_ui(
        &self,
        ui: &Ui,
        map_id: Id,
        screen_from_diagram: &ScreenFromDiagram,
    ) {
        if self.layers.where_not_to_press {
            for (index, zone) in self.shapes.danger_zones.iter().enumerate() {
                // Hover only: a click there still reaches the muscle or region underneath.
                let rect = anchor_square(
                    screen_from_diagram,
                    zone.outline.anchor,
                    zone.outline.anchor_radius,
                );
                let response =
                    ui.interact(rect, map_id.with(("danger_zone", index)), Sense::hover());
                response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &zone.name));
            }
        }
    }

    fn region_button(
        &self,
        ui: &Ui,
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
    fn arrow_target(&self, ui: &Ui, map_id: Id, index: usize) -> Option<usize> {
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
            Heading::VARIANTS
                .iter()
                .copied()
                .find(|&heading| shortcuts::pressed(i, ShortcutAction::MapNeighbour(heading)))
        })?;
        self.shapes.neighbour(index, heading)
    }
}

/// The largest square centred on an outline's anchor that stays inside it, on screen: its centre
/// is where tests and assistive tools point, and it never overlaps a neighbour.
fn anchor_square(screen_from_diagram: &ScreenFromDiagram, anchor: Pos2, radius: f32) -> Rect {
    let half = (radius * std::f32::consts::FRAC_1_SQRT_2 * screen_from_diagram.scale()).max(1.0);
    let center = screen_from_diagram.transform_pos(anchor);
    Rect::from_center_size(center, Vec2::splat(2.0 * half))
}
