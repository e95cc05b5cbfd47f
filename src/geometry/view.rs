//! Named coordinate spaces: `ScreenFromDiagram` maps the guide's diagram units onto the screen,
//! and `MapView` is the reader's zoom and pan on top of it.

use egui::{Pos2, Rect, Vec2};

/// Maps diagram space (the fixed units of `diagram.ron`) into a screen rectangle, keeping the
/// diagram's proportions and centring it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenFromDiagram {
    scale: f32,
    offset: Vec2,
}

impl ScreenFromDiagram {
    /// The largest uniform scale that fits `diagram_size` into `screen_rect`, centred.
    pub fn fit(diagram_size: Vec2, screen_rect: Rect) -> Self {
        let scale = (screen_rect.width() / diagram_size.x)
            .min(screen_rect.height() / diagram_size.y)
            .max(0.0);
        let used = diagram_size * scale;
        let offset = screen_rect.min.to_vec2() + (screen_rect.size() - used) / 2.0;
        Self { scale, offset }
    }

    /// The transform that scales by `scale`, then moves by `offset`.
    pub fn from_parts(scale: f32, offset: Vec2) -> Self {
        Self { scale, offset }
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn transform_pos(&self, pos_in_diagram: Pos2) -> Pos2 {
        pos_in_diagram * self.scale + self.offset
    }

    /// The inverse transform. A zero scale (an empty screen rect) maps everything to the origin.
    pub fn diagram_from_screen(&self, pos_in_screen: Pos2) -> Pos2 {
        if self.scale > 0.0 {
            ((pos_in_screen - self.offset).to_vec2() / self.scale).to_pos2()
        } else {
            Pos2::ZERO
        }
    }
}

/// How the reader has zoomed and panned the map: a zoom factor over the fitted view, and the
/// point of diagram space shown at the middle of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub zoom: f32,
    /// `None` until the reader pans or zooms: the diagram's own centre.
    pub center: Option<Pos2>,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            center: None,
        }
    }
}

impl MapView {
    pub const MAX_ZOOM: f32 = 8.0;
    /// One press of a zoom button or key.
    pub const STEP: f32 = 1.25;

    pub fn is_fitted(&self) -> bool {
        *self == Self::default()
    }

    /// The transform for this view of a diagram of `size` in `screen_rect`.
    pub fn screen_from_diagram(&self, size: Vec2, screen_rect: Rect) -> ScreenFromDiagram {
        let fit = ScreenFromDiagram::fit(size, screen_rect);
        let scale = fit.scale * self.zoom;
        let center = self.center.unwrap_or((size / 2.0).to_pos2());
        ScreenFromDiagram {
            scale,
            offset: screen_rect.center().to_vec2() - center.to_vec2() * scale,
        }
    }

    /// Zoomed by `factor` about the screen point `fixed`, which keeps showing the same place.
    pub fn zoomed(self, factor: f32, fixed: Pos2, size: Vec2, screen_rect: Rect) -> Self {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let before = self.screen_from_diagram(size, screen_rect);
        let zoom = (self.zoom * factor).clamp(1.0, Self::MAX_ZOOM);
        if zoom == 1.0 {
            return Self::default();
        }
        let under = before.diagram_from_screen(fixed);
        let scale = before.scale() / self.zoom * zoom;
        // Keep `under` at `fixed`: the centre moves by the pointer's offset at the new scale.
        let center = under - (fixed - screen_rect.center()) / scale;
        Self {
            zoom,
            center: Some(center),
        }
        .clamped(size)
    }

    /// Moved so the picture follows a drag of `delta` screen pixels.
    pub fn panned(self, delta: Vec2, size: Vec2, screen_rect: Rect) -> Self {
        let scale = self.screen_from_diagram(size, screen_rect).scale();
        if scale <= 0.0 || !delta.is_finite() {
            return self;
        }
        let center = self.center.unwrap_or((size / 2.0).to_pos2()) - delta / scale;
        Self {
            center: Some(center),
            ..self
        }
        .clamped(size)
    }

    /// The centre kept on the diagram, so the picture can never be lost off screen.
    fn clamped(self, size: Vec2) -> Self {
        Self {
            center: self.center.map(|c| c.clamp(Pos2::ZERO, size.to_pos2())),
            ..self
        }
    }
}
