//! The rules of the outlines: the diagram, places not to press, landmarks and muscles, and the
//! body every other outline must lie inside.

use std::collections::{HashMap, HashSet};

use egui::Pos2;
use kurbo::{BezPath, Line, ParamCurveNearest, Point, Shape};

use super::*;
use crate::data::guide::Guide;
use crate::data::load::GuideFiles;
use crate::data::model::{CautionKind, PathData};
use crate::geometry::{self, path};

impl Validator {
    /// Checks the diagram's size, head, body, levels and region outlines; returns the body,
    /// which every other outline must lie inside, when it is sound.
    pub(super) fn diagram(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
    ) -> Option<Body> {
        let file = &files.diagram;
        let diagram = &guide.diagram;
        let (w, h) = diagram.size;
        let whole = |field: &str| Item::whole(file, "diagram", Some(field));
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            let item = whole("size");
            self.report(
                &item,
                format!(
                    "size ({w}, {h}) must be two positive numbers no larger than \
                     {MAX_DIAGRAM_SIZE}"
                ),
            );
            return None; // Every bounds check below would repeat this problem.
        }
        let size = (w, h);
        self.outline(
            &whole("head"),
            "head",
            "the head outline",
            &diagram.head,
            size,
            None,
        );
        let body = self
            .outline(
                &whole("body"),
                "body",
                "the body outline",
                &diagram.body,
                size,
                None,
            )
            .map(|path| Body::new(&path));
        if !(0.0..=w).contains(&diagram.spine_x) {
            let item = whole("spine_x");
            self.report(
                &item,
                format!("spine_x = {} must lie within 0..{w}", diagram.spine_x),
            );
        }
        for tick in &diagram.levels {
            if tick.label.trim().is_empty() || !(0.0..=h).contains(&tick.y) {
                let item = whole("levels");
                self.report(
                    &item,
                    format!(
                        "level tick \"{}\" at y = {} must have a label and lie within 0..{h}",
                        tick.label, tick.y
                    ),
                );
            }
        }

        let mut outlined: HashMap<&str, usize> = HashMap::new();
        for outline in &diagram.outlines {
            let id = outline.region.as_str();
            let count = outlined.entry(id).or_default();
            let item = Item::located(file, "outline", id, "region", *count);
            *count += 1;
            if !region_ids.contains(id) {
                self.report(
                    &item,
                    format!("outline for region \"{id}\", which does not exist"),
                );
            } else if *count > 1 {
                self.report(&item, format!("region \"{id}\" has more than one outline"));
            }
            self.outline(
                &item,
                "path",
                &format!("the outline of \"{id}\""),
                &outline.path,
                size,
                body.as_ref(),
            );
        }
        for region in &guide.regions {
            if !outlined.contains_key(region.id.as_str()) {
                let item = Item::new(&files.regions, "region", region.id.as_str());
                self.report(
                    &item,
                    format!("{} has no outline in diagram.ron", item.describe()),
                );
            }
        }
        body
    }

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

    /// Each danger zone names an endangerment-site caution and has a sane outline.
    pub(super) fn danger_zones(&mut self, guide: &Guide, files: &GuideFiles, body: Option<&Body>) {
        let file = &files.diagram;
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for zone in &guide.diagram.danger_zones {
            let id = zone.caution.as_str();
            let count = seen.entry(id).or_default();
            let item = Item::located(file, "danger zone", id, "caution", *count);
            *count += 1;
            match guide.caution(&zone.caution) {
                None => self.report(
                    &item,
                    format!("danger zone for caution \"{id}\", which does not exist"),
                ),
                Some(c) if c.kind != CautionKind::EndangermentSite => self.report(
                    &item,
                    format!(
                        "danger zone for caution \"{id}\", which is {:?}, not EndangermentSite",
                        c.kind
                    ),
                ),
                Some(_) => {}
            }
            self.outline(
                &item,
                "path",
                &format!("the danger zone \"{id}\""),
                &zone.path,
                (w, h),
                body,
            );
        }
    }

    /// Bones and landmarks: named, explained, sourced, drawn inside the body. Their paths may
    /// be open (a ridge, the edge of a rib).
    pub(super) fn landmarks(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        source_ids: &HashSet<&str>,
        body: Option<&Body>,
    ) {
        let (w, h) = guide.diagram.size;
        for landmark in &guide.diagram.landmarks {
            let item = Item::new(&files.diagram, "landmark", landmark.id.as_str());
            self.not_empty(&item, "name", &landmark.name);
            self.not_empty(&item, "level", &landmark.level);
            self.not_empty(&item, "about", &landmark.about);
            self.not_empty(&item, "find", &landmark.find);
            self.refs(
                &item,
                "source",
                landmark.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
            if is_diagram_length(w) && is_diagram_length(h) {
                let what = format!("the path of {}", item.describe());
                self.path(&item, "path", &what, &landmark.path, (w, h), body);
            }
        }
    }

    /// Muscles: named, explained, sourced, and listed by every region they name.
    pub(super) fn muscles(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            self.not_empty(&item, "name", &muscle.name);
            self.not_empty(&item, "latin", &muscle.latin);
            self.not_empty(&item, "does", &muscle.does);
            self.not_empty(&item, "why_tight", &muscle.why_tight);
            if !(-90.0..=90.0).contains(&muscle.fibre_angle) {
                self.report_at(
                    &item,
                    || {
                        let field = "fibre_angle:";
                        let at = item.locator.word_after(field, item.offset()?)? + field.len();
                        let text = item.locator.text().get(at..)?;
                        Some(at + text.len() - text.trim_start().len())
                    },
                    format!(
                        "the fibre_angle of {} is {}; it must lie within -90..90 degrees",
                        item.describe(),
                        muscle.fibre_angle
                    ),
                );
            }
            self.non_empty_list(&item, "regions", muscle.regions.len());
            self.refs(
                &item,
                "region",
                muscle.regions.iter().map(|r| r.as_str()),
                region_ids,
            );
            for region in muscle.regions.iter().filter_map(|r| guide.region(r)) {
                if !region.muscles.contains(&muscle.id) {
                    self.report_at(
                        &item,
                        || listed_at(&item, "regions", region.id.as_str()),
                        format!(
                            "{} lies in the region \"{}\", but that region's muscles in \
                             regions.ron do not include it: list each pairing on both sides",
                            item.describe(),
                            region.id
                        ),
                    );
                }
            }
            self.refs(
                &item,
                "source",
                muscle.sources.iter().map(|s| s.as_str()),
                source_ids,
            );
        }
    }

    /// Each muscle's outlines, left and right, inside the body.
    pub(super) fn muscle_outlines(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        body: Option<&Body>,
    ) {
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            for (field, data) in [("left", &muscle.left), ("right", &muscle.right)] {
                let what = format!("the {field} outline of {}", item.describe());
                self.outline(&item, field, &what, data, (w, h), body);
            }
        }
    }
}

/// The body's outline as straight lines no further than [`CHECK_TOLERANCE`] from its curves,
/// sorted into horizontal bands: every corner of every other outline is tested against it, and
/// a test then looks at the few edges of its band instead of all of them.
pub(super) struct Body {
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

/// Where the path string in `field` of `item` starts (its opening quote).
fn path_at(item: &Item<'_>, field: &str, data: &PathData) -> Option<usize> {
    let from = item.offset()?;
    let field_at = item.locator.word_after(&format!("{field}:"), from)?;
    item.locator.quoted_after(data.as_str(), field_at)
}

fn is_diagram_length(x: f32) -> bool {
    x.is_finite() && x > 0.0 && x <= MAX_DIAGRAM_SIZE
}
