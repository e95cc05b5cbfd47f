//! Pure 2-D geometry for the back map: hit tests, triangulation and the transform from diagram
//! space to screen space, and outlines as SVG path data (`path`).
//!
//! No egui state here, only `emath` types and kurbo, so everything is unit-tested; a leaf module,
//! which both the data checks and the map use.

pub mod path;
mod view;

pub use view::{MapView, ScreenFromDiagram};

use egui::{Pos2, Rect, Vec2, vec2};
use kurbo::{BezPath, Line, ParamCurveNearest as _, PathSeg, Point, Shape as _};

/// Parallel diagonal lines (rising to the right on screen) spaced `spacing` apart, clipped to the
/// inside of `polygon`: the hatching of a place not to press.
pub fn hatch_lines(polygon: &[Pos2], spacing: f32) -> Vec<[Pos2; 2]> {
    parallel_lines(polygon, vec2(1.0, -1.0), spacing)
}

/// Lines running along `along`, spaced `spacing` apart, clipped to the inside of `polygon` by
/// the even-odd rule: hatching, or the fibres of a muscle.
pub fn parallel_lines(polygon: &[Pos2], along: Vec2, spacing: f32) -> Vec<[Pos2; 2]> {
    let along = along.normalized();
    if polygon.len() < 3 || !along.is_finite() || spacing.is_nan() || spacing <= 0.0 {
        return Vec::new();
    }
    // Each line is the set of points whose projection on `across` is k.
    let across = along.rot90();
    let project = |p: Pos2| p.to_vec2().dot(across);
    let (lo, hi) = polygon
        .iter()
        .map(|p| project(*p))
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), k| {
            (lo.min(k), hi.max(k))
        });
    let mut lines = Vec::new();
    // Half a step in, so no line grazes a corner.
    let mut k = lo + spacing / 2.0;
    while k < hi {
        let mut hits: Vec<Pos2> = Vec::new();
        for (i, a) in polygon.iter().enumerate() {
            let b = polygon[(i + 1) % polygon.len()];
            let (sa, sb) = (project(*a) - k, project(b) - k);
            if (sa > 0.0) != (sb > 0.0) {
                hits.push(*a + (b - *a) * (sa / (sa - sb)));
            }
        }
        hits.sort_by(|p, q| p.to_vec2().dot(along).total_cmp(&q.to_vec2().dot(along)));
        lines.extend(hits.chunks_exact(2).map(|pair| [pair[0], pair[1]]));
        k += spacing;
    }
    lines
}

/// A polygon as a kurbo path of straight lines, for kurbo's hit tests and measures.
fn polygon_path(polygon: &[Pos2]) -> BezPath {
    let mut path = BezPath::new();
    let mut points = polygon.iter().map(|p| Point::new(p.x.into(), p.y.into()));
    if let Some(first) = points.next() {
        path.move_to(first);
        points.for_each(|p| path.line_to(p));
        path.close_path();
    }
    path
}

/// Whether a point is inside a polygon (concave shapes included). Points exactly on an edge
/// may fall either way; neighbouring regions share edges, so one of them wins.
pub fn contains(polygon: &[Pos2], point: Pos2) -> bool {
    polygon_path(polygon).contains(Point::new(point.x.into(), point.y.into()))
}

/// Triangle indices (three per triangle) covering a simple polygon, concave or not. egui fills
/// only convex polygons, so concave regions are painted as a mesh of these triangles.
pub fn triangulate(polygon: &[Pos2]) -> Vec<u32> {
    let coords: Vec<[f32; 2]> = polygon.iter().map(|p| [p.x, p.y]).collect();
    let mut indices = Vec::new();
    earcut::Earcut::new().earcut(coords, &[], &mut indices);
    indices
}

/// Area of a polygon (always positive).
pub fn area(polygon: &[Pos2]) -> f32 {
    polygon_path(polygon).area().abs() as f32
}

/// Each corner of a polygon moved `width` inwards, along the mean of its two edges' normals: the
/// inner edge of a band just inside the outline (for shading).
///
/// Tight concave corners may fold over; a soft shadow hides that.
pub fn inset(polygon: &[Pos2], width: f32) -> Vec<Pos2> {
    let n = polygon.len();
    if n < 3 {
        return polygon.to_vec();
    }
    // Which side of each edge is inside depends on which way the polygon runs (its signed area).
    let signed: f32 = (0..n)
        .map(|i| {
            let (a, b) = (polygon[i], polygon[(i + 1) % n]);
            (b.x - a.x) * (b.y + a.y)
        })
        .sum();
    let inward = if signed < 0.0 { -1.0 } else { 1.0 };
    (0..n)
        .map(|i| {
            let prev = polygon[(i + n - 1) % n];
            let next = polygon[(i + 1) % n];
            let here = polygon[i];
            let normal = |a: Pos2, b: Pos2| (b - a).normalized().rot90() * inward;
            let mean = (normal(prev, here) + normal(here, next)).normalized();
            if mean.is_finite() {
                here + mean * width
            } else {
                here
            }
        })
        .collect()
}

/// Whether no two edges of the polygon cross or touch, apart from neighbours at their shared
/// corner. Earcut and the even-odd test both assume this.
pub fn is_simple(polygon: &[Pos2]) -> bool {
    let n = polygon.len();
    if n < 3 {
        return false;
    }
    let edge = |i: usize| (polygon[i], polygon[(i + 1) % n]);
    for i in 0..n {
        for j in (i + 1)..n {
            let adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if adjacent {
                if polygon[i] == polygon[(i + 1) % n] || polygon[j] == polygon[(j + 1) % n] {
                    return false; // a repeated point makes a zero-length edge
                }
                continue;
            }
            let (a, b) = edge(i);
            let (c, d) = edge(j);
            if segments_touch(a, b, c, d) {
                return false;
            }
        }
    }
    true
}

fn cross(o: Pos2, a: Pos2, b: Pos2) -> f32 {
    (a - o).x * (b - o).y - (a - o).y * (b - o).x
}

fn segments_touch(a: Pos2, b: Pos2, c: Pos2, d: Pos2) -> bool {
    let on_segment = |p: Pos2, q: Pos2, r: Pos2| {
        r.x >= p.x.min(q.x) && r.x <= p.x.max(q.x) && r.y >= p.y.min(q.y) && r.y <= p.y.max(q.y)
    };
    let d1 = cross(c, d, a);
    let d2 = cross(c, d, b);
    let d3 = cross(a, b, c);
    let d4 = cross(a, b, d);
    if ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0))
        && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0))
    {
        return true;
    }
    (d1 == 0.0 && on_segment(c, d, a))
        || (d2 == 0.0 && on_segment(c, d, b))
        || (d3 == 0.0 && on_segment(a, b, c))
        || (d4 == 0.0 && on_segment(a, b, d))
}

/// A point well inside the polygon (roughly the centre of its largest inscribed circle) and its
/// distance to the outline.
///
/// Used to place the accessible bounds of a region and to start arrow-key moves: the bounding-box
/// centre of a concave shape can lie outside it. Among nearly equal candidates (a long strip has
/// many), the one nearest the middle wins.
pub fn interior_anchor(polygon: &[Pos2]) -> (Pos2, f32) {
    // A coarse grid finds the place, a fine grid around it the point: a few hundred tests
    // instead of thousands, as every region, muscle and bone needs one at load.
    const COARSE: usize = 20;
    const FINE: usize = 8;
    let bounds = Rect::from_points(polygon);
    let path = polygon_path(polygon);
    let edges: Vec<Line> = path
        .segments()
        .filter_map(|seg| match seg {
            PathSeg::Line(line) => Some(line),
            _ => None,
        })
        .collect();
    let point = |p: Pos2| Point::new(p.x.into(), p.y.into());
    let clearance = |p: Pos2| {
        edges
            .iter()
            .map(|edge| edge.nearest(point(p), 0.0).distance_sq)
            .fold(f64::INFINITY, f64::min)
            .sqrt() as f32
    };
    let grid = |area: Rect, steps: usize| -> Vec<(Pos2, f32)> {
        let cell = area.size() / steps as f32;
        (0..=steps)
            .flat_map(|iy| (0..=steps).map(move |ix| (ix, iy)))
            .map(|(ix, iy)| area.min + vec2(ix as f32 * cell.x, iy as f32 * cell.y))
            .filter(|p| path.contains(point(*p)))
            .map(|p| (p, clearance(p)))
            .collect()
    };
    // Among nearly equal candidates, the one nearest `to`.
    let pick = |samples: &[(Pos2, f32)], slack: f32, to: Pos2| {
        let best = samples
            .iter()
            .map(|(_, d)| *d)
            .fold(f32::NEG_INFINITY, f32::max);
        samples
            .iter()
            .filter(|(_, d)| *d >= best - slack)
            .min_by(|a, b| a.0.distance_sq(to).total_cmp(&b.0.distance_sq(to)))
            .copied()
    };
    let cell = bounds.size() / COARSE as f32;
    let Some(rough) = pick(&grid(bounds, COARSE), cell.max_elem(), bounds.center()) else {
        return (bounds.center(), 0.0);
    };
    let mut fine = grid(Rect::from_center_size(rough.0, cell * 2.0), FINE);
    fine.push(rough);
    pick(&fine, cell.max_elem() / FINE as f32, rough.0).unwrap_or(rough)
}

/// An arrow-key direction on the map. (`Default` only so `strum` can list the shortcut actions
/// that carry one.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum Heading {
    #[default]
    Up,
    Down,
    Left,
    Right,
}

impl Heading {
    pub fn unit(self) -> Vec2 {
        match self {
            Self::Up => Vec2::UP,
            Self::Down => Vec2::DOWN,
            Self::Left => Vec2::LEFT,
            Self::Right => Vec2::RIGHT,
        }
    }
}

/// The polygon a person would expect to reach by pressing an arrow key from `from` (an index into
/// `polygons`, whose interior anchor is `start`).
///
/// We walk from the anchor in that direction and take the first other polygon we enter; if the walk
/// meets none, we take the nearest anchor that lies roughly in that direction.
pub fn neighbour(polygons: &[(&[Pos2], Pos2)], from: usize, heading: Heading) -> Option<usize> {
    let (_, start) = *polygons.get(from)?;
    let bounds = Rect::from_points(
        &polygons
            .iter()
            .flat_map(|(poly, _)| poly.iter().copied())
            .collect::<Vec<_>>(),
    );
    let step = bounds.size().max_elem() / 400.0;
    let dir = heading.unit();
    let mut p = start;
    while step > 0.0 && bounds.expand(step).contains(p) {
        p += dir * step;
        if let Some(hit) = polygons
            .iter()
            .enumerate()
            .position(|(i, (poly, _))| i != from && contains(poly, p))
        {
            return Some(hit);
        }
    }
    polygons
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, (_, anchor))| {
            let delta = *anchor - start;
            let along = delta.dot(dir);
            let across = (delta - dir * along).length();
            (along > 0.0 && across <= along * 2.0).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests;
