//! Looking closer: zoom and pan by wheel, pinch, drag, keys and the buttons in the map's corner.

use egui::{CursorIcon, Pos2, Rect, Response, Role, Ui, Vec2, WidgetInfo, vec2};
use strum::VariantArray as _;

use crate::geometry::{Heading, MapView};
use crate::shortcuts::{self, ShortcutAction};
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
                if shortcuts::pressed(i, ShortcutAction::MapZoomIn) {
                    view = view.zoomed(MapView::STEP, center, size, inner);
                }
                if shortcuts::pressed(i, ShortcutAction::MapZoomOut) {
                    view = view.zoomed(1.0 / MapView::STEP, center, size, inner);
                }
                if shortcuts::pressed(i, ShortcutAction::MapFit) {
                    view = MapView::default();
                }
                for &heading in Heading::VARIANTS {
                    if shortcuts::pressed(i, ShortcutAction::MapPan(heading)) {
                        // The picture moves the other way, so the view goes where asked.
                        let delta = match heading {
                            Heading::Up => vec2(0.0, pan_step),
                            Heading::Down => vec2(0.0, -pan_step),
                            Heading::Left => vec2(pan_step, 0.0),
                            Heading::Right => vec2(-pan_step, 0.0),
                        };
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
        // From the right: Fit, then out, then in.
        for &which in MapButton::VARIANTS {
            let enabled = match which {
                MapButton::Fit => !view.is_fitted(),
                MapButton::ZoomOut => view.zoom > 1.0,
                MapButton::ZoomIn => view.zoom < MapView::MAX_ZOOM,
            };
            // "Fit" is a word, wider than a sign.
            let width = match which {
                MapButton::Fit => button.x * 1.6,
                MapButton::ZoomOut | MapButton::ZoomIn => button.x,
            };
            at.x -= width - button.x;
            let place = Rect::from_min_size(at, vec2(width, button.y));
            let response = ui
                .put(
                    place,
                    egui::Button::new(which.label()).min_size(place.size()),
                )
                .on_hover_text(which.tooltip(ui.ctx()));
            response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, which.name()));
            if response.clicked() && enabled {
                *view = match which {
                    MapButton::Fit => MapView::default(),
                    MapButton::ZoomOut => {
                        view.zoomed(1.0 / MapView::STEP, inner.center(), size, inner)
                    }
                    MapButton::ZoomIn => view.zoomed(MapView::STEP, inner.center(), size, inner),
                };
            }
            at.x -= button.x + gap;
        }
    }
}

/// The buttons in the map's corner, from the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
enum MapButton {
    Fit,
    ZoomOut,
    ZoomIn,
}

impl MapButton {
    /// What the button shows.
    fn label(self) -> &'static str {
        match self {
            Self::Fit => "Fit",
            Self::ZoomOut => "−",
            Self::ZoomIn => "+",
        }
    }

    /// Its accessible name: the sign alone says nothing to a screen reader.
    fn name(self) -> &'static str {
        match self {
            Self::Fit => "Fit the map",
            Self::ZoomOut => "Zoom the map out",
            Self::ZoomIn => "Zoom the map in",
        }
    }

    /// Its tooltip, with its key.
    fn tooltip(self, ctx: &egui::Context) -> String {
        match self {
            Self::Fit => format!(
                "Show the whole map ({})",
                shortcuts::text(ctx, ShortcutAction::MapFit)
            ),
            Self::ZoomOut => format!(
                "Zoom out ({}, or the wheel)",
                shortcuts::text(ctx, ShortcutAction::MapZoomOut)
            ),
            Self::ZoomIn => format!(
                "Zoom in ({}, or the wheel)",
                shortcuts::text(ctx, ShortcutAction::MapZoomIn)
            ),
        }
    }
}
