//! The whole app run frame by frame without a window, as eframe runs it: `App::logic` and
//! `App::ui` in one egui pass, then tessellation into triangles. Only the GPU work is left out.

use eframe::App as _;
use egui::{Event, Pos2, RawInput, Rect, Vec2};
use massage_guide::state::AppState;
use massage_guide::{App, Startup};

/// Seconds between frames, as at 60 frames a second.
const FRAME_SECONDS: f64 = 1.0 / 60.0;

pub(crate) struct Headless {
    ctx: egui::Context,
    app: App,
    frame: eframe::Frame,
    size: Vec2,
    time: f64,
}

impl Headless {
    /// The app started on `state` (saving nothing) in a window of `size` points, after a few
    /// frames so fonts and layouts are ready, as they are once a real window is up.
    pub(crate) fn new(state: AppState, size: Vec2) -> Self {
        let ctx = egui::Context::default();
        let app = App::new(
            &eframe::CreationContext::_new_kittest(ctx.clone()),
            Startup::in_memory(state),
        );
        let mut headless = Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            size,
            time: 0.0,
        };
        for _ in 0..5 {
            headless.frame(Vec::new());
        }
        headless
    }

    /// Runs one frame with `events` as its input; returns the number of meshes to draw, so the
    /// work cannot be optimised away.
    pub(crate) fn frame(&mut self, events: Vec<Event>) -> usize {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            predicted_dt: FRAME_SECONDS as f32,
            events,
            ..RawInput::default()
        };
        self.time += FRAME_SECONDS;
        let Self {
            ctx, app, frame, ..
        } = self;
        let output = ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        ctx.tessellate(output.shapes, output.pixels_per_point).len()
    }
}

/// Pointer positions that sweep the map in the left half of a 1280×800 window, row by row.
pub(crate) fn sweep_over_map() -> Vec<Pos2> {
    let mut points = Vec::new();
    for row in 0..24 {
        let y = 60.0 + row as f32 * 30.0;
        let xs: Vec<f32> = (0..40).map(|i| 20.0 + i as f32 * 15.0).collect();
        if row % 2 == 0 {
            points.extend(xs.iter().map(|&x| Pos2::new(x, y)));
        } else {
            points.extend(xs.iter().rev().map(|&x| Pos2::new(x, y)));
        }
    }
    points
}
