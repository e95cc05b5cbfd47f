//! What the pointer is over, and the tooltips that explain it.

use egui::{CursorIcon, Id, PopupAnchor, Pos2, Rect, Response, Tooltip, Ui};

use crate::theme;

use super::BackMap;
use crate::diagram::types::Hovered;

impl BackMap<'_> {
    pub(super) fn hovered_at(&self, pos: Pos2, reach: f32) -> Option<Hovered> {
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

    pub(super) fn hover_tooltip_ui(
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
}

/// A tooltip beside a shape that has the keyboard focus.
pub(super) fn tooltip_ui(
    ui: &Ui,
    map_id: Id,
    response: &Response,
    rect: Rect,
    title: &str,
    text: &str,
) {
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
