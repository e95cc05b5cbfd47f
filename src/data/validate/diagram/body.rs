//! The body outline in a form quick to test points against, since every corner of every other
//! outline must lie inside it.

use egui::Pos2;
use kurbo::{BezPath, Line, ParamCurveNearest as _, Point, Shape as _};

use crate::data::validate::{BODY_EDGE_SLACK, CHECK_TOLERANCE};
use crate::geometry::path;

/// The body's outline as straight lines no further than [`CHECK_TOLERANCE`] from its curves,
/// sorted into horizontal bands: every corner of every other outline is tested against it, and
/// a test then looks at the few edges of its band instead of all of them.
pub(in crate::data::validate) struct Body {
    top: f64,
    band_height: f64,
    /// The edges that reach into each band, top to bottom.
    bands: Vec<Vec<Line>>,
}

impl Body {
    const BANDS: usize = 64;

    pub(super) fn new(curves: &BezPath) -> Self {
        let mut edges = Vec::new();
        for piece in path::flatten(curves, CHECK_TOLERANCE) {
            let points: Vec<Point> = piece
                .points
                .iter()
                .map(|p| Point::new(p.x.into(), p.y.into()))
                .collect();
            for (i, a) in points.iter().enumerate() {
                edges.push(Line::new(*a, points[(i + 1) % points.len()]));
            }
        }
        let bounds = curves.bounding_box();
        let band_height = (bounds.height() / Self::BANDS as f64).max(f64::MIN_POSITIVE);
        let mut body = Self {
            top: bounds.y0,
            band_height,
            bands: vec![Vec::new(); Self::BANDS],
        };
        for edge in edges {
            let (top, bottom) = (edge.p0.y.min(edge.p1.y), edge.p0.y.max(edge.p1.y));
            for band in body.band_of(top)..=body.band_of(bottom) {
                body.bands[band].push(edge);
            }
        }
        body
    }

    pub(super) fn band_of(&self, y: f64) -> usize {
        let band = ((y - self.top) / self.band_height).floor();
        (band.max(0.0) as usize).min(Self::BANDS - 1)
    }

    /// Inside (by the even-odd rule), or within [`BODY_EDGE_SLACK`] of the edge, give or take
    /// the flattening.
    pub(super) fn holds(&self, pos: Pos2) -> bool {
        let point = Point::new(pos.x.into(), pos.y.into());
        let slack = f64::from(BODY_EDGE_SLACK) + CHECK_TOLERANCE;
        let crossings = self.bands[self.band_of(point.y)]
            .iter()
            .filter(|e| (e.p0.y > point.y) != (e.p1.y > point.y))
            .filter(|e| {
                let x = e.p0.x + (point.y - e.p0.y) / (e.p1.y - e.p0.y) * (e.p1.x - e.p0.x);
                point.x < x
            })
            .count();
        let inside = crossings % 2 == 1
            && (self.top..=self.top + self.band_height * Self::BANDS as f64).contains(&point.y);
        inside
            || (self.band_of(point.y - slack)..=self.band_of(point.y + slack)).any(|band| {
                self.bands[band]
                    .iter()
                    .any(|edge| edge.nearest(point, 0.0).distance_sq <= slack * slack)
            })
    }
}
