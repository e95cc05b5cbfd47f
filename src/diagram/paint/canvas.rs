//! Shapes collected in screen space, and a cache that keeps what does not change as the pointer
//! moves tessellated between frames, so a hover redraws only a few shapes.

use std::sync::Arc;

use egui::epaint::Tessellator;
use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke};

use crate::diagram::shapes::{MapShapes, Outline};
use crate::geometry::{self, ScreenFromDiagram};
use crate::state::Layers;
use crate::theme::{self, MapColors};

/// Shapes in screen space, collected to be painted or tessellated together.
pub(super) struct Canvas<'a> {
    pub(super) t: &'a ScreenFromDiagram,
    pub(super) out: Vec<Shape>,
}

impl<'a> Canvas<'a> {
    pub(super) fn new(t: &'a ScreenFromDiagram) -> Self {
        Self { t, out: Vec::new() }
    }

    pub(super) fn take(&mut self) -> Vec<Shape> {
        std::mem::take(&mut self.out)
    }

    fn screen(&self, points: &[Pos2]) -> Vec<Pos2> {
        points.iter().map(|p| self.t.transform_pos(*p)).collect()
    }

    /// Fills every closed piece of an outline.
    pub(super) fn fill(&mut self, outline: &Outline, color: Color32) {
        for (points, triangles) in &outline.fills {
            let mut mesh = Mesh::default();
            for p in points {
                mesh.colored_vertex(self.t.transform_pos(*p), color);
            }
            mesh.indices.extend_from_slice(triangles);
            self.out.push(Shape::mesh(mesh));
        }
    }

    /// Strokes the edge of every closed piece of an outline.
    pub(super) fn edge(&mut self, outline: &Outline, stroke: Stroke) {
        for points in outline.edges() {
            let points = self.screen(points);
            self.out.push(Shape::closed_line(points, stroke));
        }
    }

    /// The same edge in dashes of `(dash, gap)` points.
    pub(super) fn dashed_edge(
        &mut self,
        outline: &Outline,
        stroke: Stroke,
        (dash, gap): (f32, f32),
    ) {
        for points in outline.edges() {
            let mut closed = self.screen(points);
            if let Some(first) = closed.first().copied() {
                closed.push(first);
            }
            Shape::dashed_line_many(&closed, stroke, dash, gap, &mut self.out);
        }
    }

    /// A shadow just inside the edge of a shape that fades towards its middle, so a flat fill
    /// reads as a rounded body.
    pub(super) fn shade_rim(&mut self, outline: &Outline, shade: Color32) {
        for (points, _) in &outline.fills {
            let inner = geometry::inset(points, theme::RIM_SHADE_WIDTH);
            let mut mesh = Mesh::default();
            for (outer, inner) in points.iter().zip(&inner) {
                mesh.colored_vertex(self.t.transform_pos(*outer), shade);
                mesh.colored_vertex(self.t.transform_pos(*inner), Color32::TRANSPARENT);
            }
            let n = points.len() as u32;
            for i in 0..n {
                let j = (i + 1) % n;
                let (o1, i1, o2, i2) = (2 * i, 2 * i + 1, 2 * j, 2 * j + 1);
                mesh.indices.extend_from_slice(&[o1, o2, i1, i1, o2, i2]);
            }
            self.out.push(Shape::mesh(mesh));
        }
    }
}

/// The cached parts of the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Part {
    Figure,
    Layers,
}

/// Everything a cached part depends on: the shapes, the view, the pixel density, the theme and
/// the layers. Any change draws it anew.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CacheKey {
    part: Part,
    revision: u64,
    scale: f32,
    offset: egui::Vec2,
    pixels_per_point: f32,
    /// Stands for the theme: every theme has its own skin colour.
    skin: Color32,
    layers: Layers,
}

impl CacheKey {
    pub(super) fn new(
        part: Part,
        shapes: &MapShapes,
        t: &ScreenFromDiagram,
        painter: &Painter,
        colors: &MapColors,
        layers: Layers,
    ) -> Self {
        Self {
            part,
            revision: shapes.revision,
            scale: t.scale(),
            offset: t.transform_pos(Pos2::ZERO).to_vec2(),
            pixels_per_point: painter.pixels_per_point(),
            skin: colors.skin,
            layers,
        }
    }
}

/// The part `key` names as one tessellated mesh: kept in egui's memory and drawn anew only
/// when the key changes.
pub(super) fn cached(
    painter: &Painter,
    key: CacheKey,
    draw: impl FnOnce(&mut Canvas<'_>),
) -> Shape {
    let ctx = painter.ctx();
    let id = egui::Id::unique(("back_map_paint_cache", key.part));
    if let Some((kept, mesh)) = ctx.data(|d| d.get_temp::<(CacheKey, Arc<Mesh>)>(id))
        && kept == key
    {
        return Shape::Mesh(mesh);
    }
    let t = ScreenFromDiagram::from_parts(key.scale, key.offset);
    let mut canvas = Canvas::new(&t);
    draw(&mut canvas);
    let options = ctx.options(|o| o.tessellation_options);
    let mut tessellator = Tessellator::new(key.pixels_per_point, options, [1, 1], Vec::new());
    let mut mesh = Mesh::default();
    for shape in canvas.out {
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    let mesh = Arc::new(mesh);
    ctx.data_mut(|d| d.insert_temp(id, (key, Arc::clone(&mesh))));
    Shape::Mesh(mesh)
}
