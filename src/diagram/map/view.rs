//! Looking closer: zoom and pan by wheel, pinch, drag, keys and the buttons in the map's corner.

use egui::{CursorIcon, Key, Modifiers, Pos2, Rect, Response, Role, Ui, Vec2, WidgetInfo, vec2};

use crate::geometry::MapView;
use crate::theme;

use super::BackMap;

impl BackMap<'_> {
    /// Wheel, pinch, drag and keys move the view; returns the new one.
    pub(super) fn steer_view(
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
    pub(super) fn view_buttons_ui(&self, ui: &mut Ui, view: &mut MapView, inner: Rect, rect: Rect) {
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
}
