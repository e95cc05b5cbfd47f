//! Checks one path: it parses, fits the diagram, stays inside the body and, when closed, is
//! closed properly, not too detailed and does not cross itself. Problems point into the string.

use kurbo::{BezPath, Shape as _};

use super::body::Body;
use crate::data::model::PathData;
use crate::data::validate::report::{Item, Validator};
use crate::data::validate::{CHECK_TOLERANCE, MAX_POINTS};
use crate::geometry::{self, path};

impl Validator {
    /// Parses the closed outline in `field` of `item`; reports a path that does not parse (at
    /// the faulty command inside the string), is open, reaches outside the diagram, crosses
    /// itself, or strays outside `body`. Returns the path when it parses.
    pub(super) fn outline(
        &mut self,
        item: &Item<'_>,
        field: &str,
        what: &str,
        data: &PathData,
        size: (f32, f32),
        body: Option<&Body>,
    ) -> Option<BezPath> {
        let path = self.path(item, field, what, data, size, body)?;
        if !path::is_closed(&path) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} is open: end each of its shapes with Z"),
            );
            return Some(path);
        }
        let flat = path::flatten(&path, CHECK_TOLERANCE);
        let points: usize = flat.iter().map(|s| s.points.len()).sum();
        if points > MAX_POINTS {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} is too detailed: {points} points once its curves are followed, at \
                     most {MAX_POINTS}"
                ),
            );
        } else if flat.iter().any(|s| !geometry::is_simple(&s.points)) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} crosses itself or repeats a point"),
            );
        }
        Some(path)
    }

    /// Parses any path (open or closed) and checks that it stays inside the diagram and the
    /// body. The checks that need only the path come first; `None` if it does not parse or
    /// reaches outside the diagram.
    pub(super) fn path(
        &mut self,
        item: &Item<'_>,
        field: &str,
        what: &str,
        data: &PathData,
        (w, h): (f32, f32),
        body: Option<&Body>,
    ) -> Option<BezPath> {
        let path = match path::parse(data.as_str()) {
            Ok(path) => path,
            Err(err) => {
                let len = data
                    .as_str()
                    .get(err.offset..err.offset + err.len)
                    .map(|s| s.chars().count());
                self.report_spanning(
                    item,
                    || path_at(item, field, data).map(|quote| quote + 1 + err.offset),
                    len,
                    format!("{what} does not parse: {}", err.message),
                    Some(
                        "paths are SVG path data, e.g. \"M 10 10 C 20 0 40 0 50 10 L 30 40 Z\""
                            .to_owned(),
                    ),
                );
                return None;
            }
        };
        if path.elements().len() > MAX_POINTS {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} has {} commands; at most {MAX_POINTS} are allowed",
                    path.elements().len()
                ),
            );
            return None;
        }
        if !path::is_finite(&path) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!("{what} holds a number too large to draw"),
            );
            return None;
        }
        let bounds = path.bounding_box();
        let fits = |lo: f64, hi: f64, max: f32| lo >= 0.0 && hi <= f64::from(max);
        if !(fits(bounds.x0, bounds.x1, w) && fits(bounds.y0, bounds.y1, h)) {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} reaches from ({:.0}, {:.0}) to ({:.0}, {:.0}), outside the diagram \
                     (0..{w}, 0..{h})",
                    bounds.x0, bounds.y0, bounds.x1, bounds.y1
                ),
            );
            // Not followed any further: a curve thousands of times the diagram's size would
            // flatten into more pieces than memory holds (found by fuzzing).
            return None;
        }
        if let Some(body) = body
            && let Some(outside) = path::corners(&path).find(|p| !body.holds(*p))
        {
            self.report_at(
                item,
                || path_at(item, field, data),
                format!(
                    "{what} passes through ({:.0}, {:.0}), outside the body outline",
                    outside.x, outside.y
                ),
            );
        }
        Some(path)
    }
}

/// Where the path string in `field` of `item` starts (its opening quote).
fn path_at(item: &Item<'_>, field: &str, data: &PathData) -> Option<usize> {
    let from = item.offset()?;
    let field_at = item.locator.word_after(&format!("{field}:"), from)?;
    item.locator.quoted_after(data.as_str(), field_at)
}
