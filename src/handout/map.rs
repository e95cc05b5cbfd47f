//! The map as inline SVG: the guide's own outlines (prepared by `crate::diagram` as for the
//! screen), the areas a handout is about stippled and outlined, the rest quiet, the places not
//! to press hatched, and how the hands move drawn with the map's own stroke geometry.
//!
//! Grey on paper must still read: marked areas differ from the rest by pattern and outline, not
//! by colour alone, and the legend says what each mark means in words.

use egui::{Pos2, Rect, Vec2, pos2, vec2};
use kurbo::{BezPath, PathEl};

use super::html::{Html, escape, num};
use crate::data::{Direction, Guide, RegionId};
use crate::diagram::MapShapes;
use crate::diagram::strokes::{Mark, Place, StrokeMark, arrowhead, stroke_marks};

/// Where on their cycle the marks are drawn: halfway, so a held ring is at its middle size and
/// the middle of three taps is the one struck.
const PHASE: f32 = 0.5;
/// Arrowheads and dots, in diagram units.
const HEAD: f32 = 9.0;
const DOT: f32 = 3.0;
/// Space around the figure, and the height of one legend row, in diagram units.
const MARGIN: f32 = 10.0;
const ROW: f32 = 30.0;

/// What the map marks.
pub(super) struct MapMarks<'a> {
    /// The areas the handout is about.
    pub regions: Vec<&'a RegionId>,
    /// How the hands move, per area.
    pub strokes: Vec<(RegionId, Direction)>,
    /// What the marked areas are, for the legend: "Where it is done", "This area".
    pub marked_means: &'a str,
}

/// The map as one `<svg>` element, with a title naming the marked areas for screen readers.
pub(super) fn map_svg(guide: &Guide, marks: &MapMarks<'_>) -> String {
    let shapes = MapShapes::new(guide);
    let figure = figure_bounds(&shapes);
    let strokes = stroke_paths(&shapes, marks);
    let legend_rows = 2 + usize::from(!strokes.is_empty());
    let legend_top = figure.max.y + MARGIN;
    let height = legend_top + ROW * legend_rows as f32 - figure.min.y;
    let mut out = Html::new();
    out.raw(&format!(
        "<svg class=\"map\" viewBox=\"{} {} {} {}\" role=\"img\" aria-labelledby=\"map-title\">",
        num(figure.min.x.into()),
        num(figure.min.y.into()),
        num(figure.width().into()),
        num(height.into()),
    ));
    let names: Vec<String> = marks
        .regions
        .iter()
        .filter_map(|id| guide.region(id))
        .map(|r| r.display_name())
        .collect();
    out.raw("<title id=\"map-title\">")
        .text(&format!(
            "Map of the back, seen from behind. {}: {}.",
            marks.marked_means,
            names.join("; ")
        ))
        .raw("</title>");
    out.raw(DEFS);
    for (class, outline) in [("head", &shapes.head), ("body", &shapes.body)] {
        out.raw(&format!(
            "<path class=\"{class}\" d=\"{}\"/>",
            path_data(&outline.path)
        ));
    }
    // The marked areas last, so their outlines lie over their neighbours'.
    let (marked, quiet): (Vec<_>, Vec<_>) = shapes
        .regions
        .iter()
        .partition(|shape| marks.regions.contains(&&shape.region));
    for (class, group) in [("region", quiet), ("region marked", marked)] {
        for shape in group {
            out.raw(&format!("<path class=\"{class}\" data-region=\""))
                .text(shape.region.as_str())
                .raw(&format!(
                    "\" d=\"{}\"><title>",
                    path_data(&shape.outline.path)
                ))
                .text(&shape.name)
                .raw("</title></path>");
        }
    }
    for zone in &shapes.danger_zones {
        out.raw(&format!(
            "<path class=\"no-press\" d=\"{}\"><title>",
            path_data(&zone.outline.path)
        ))
        .text(&zone.name)
        .raw("</title></path>");
    }
    if !strokes.is_empty() {
        // Twice: a white halo first, so the ink reads over the stipple and the hatching.
        for class in ["halo", "ink"] {
            out.raw(&format!("<g class=\"strokes {class}\">{strokes}</g>"));
        }
    }
    side_labels(&mut out, figure);
    legend(&mut out, figure, legend_top, marks, !strokes.is_empty());
    out.raw("</svg>");
    out.into_string()
}

/// Patterns for the marked areas (a stipple) and the places not to press (a hatch), drawn in
/// the page's own colours by the style sheet's classes.
const DEFS: &str = "<defs>\
<pattern id=\"stipple\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">\
<rect class=\"stipple-ground\" width=\"8\" height=\"8\"/>\
<circle class=\"stipple-dot\" cx=\"4\" cy=\"4\" r=\"1\"/></pattern>\
<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
patternTransform=\"rotate(-45)\"><rect class=\"hatch-ground\" width=\"6\" height=\"6\"/>\
<line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>";

/// The head and body with a margin: the map's empty edges would only shrink the figure.
fn figure_bounds(shapes: &MapShapes) -> Rect {
    let outline = shapes.head.bounds.union(shapes.body.bounds);
    let bounds = if outline.is_positive() && outline.is_finite() {
        outline
    } else {
        Rect::from_min_size(Pos2::ZERO, shapes.size)
    };
    bounds.expand(MARGIN)
}

/// The marks for how the hands move, as SVG elements in diagram space.
fn stroke_paths(shapes: &MapShapes, marks: &MapMarks<'_>) -> String {
    let mut lines = String::new();
    let mut circles = String::new();
    for (region, direction) in &marks.strokes {
        let Some(shape) = shapes.regions.iter().find(|s| &s.region == region) else {
            continue;
        };
        // As on the screen: no stroke down the middle of a place not to press (the bony bumps of
        // the spine), which would read as an invitation to press on bone.
        if shape.on_midline && shapes.danger_zone_at(shape.outline.anchor).is_some() {
            continue;
        }
        // Small areas get small heads, so an arrow stays an arrow.
        let head = HEAD.min(shape.outline.anchor_radius * 0.45);
        let place = Place {
            anchor: shape.outline.anchor,
            radius: shape.outline.anchor_radius,
            spine_x: shapes.spine_x,
            heart_y: shapes.heart_y,
            fibres: shape.fibres,
        };
        for StrokeMark { mark, .. } in stroke_marks(place, *direction, PHASE) {
            match mark {
                Mark::Arrow { from, to } => {
                    segment(&mut lines, from, to);
                    barbs(&mut lines, from, to, head);
                }
                Mark::TwoWay { a, b } => {
                    segment(&mut lines, a, b);
                    barbs(&mut lines, a, b, head);
                    barbs(&mut lines, b, a, head);
                }
                Mark::Circle { center, radius } => {
                    circle(&mut circles, center, radius);
                    // An arrowhead on the right-hand side, pointing down: clockwise.
                    let tip = center + vec2(radius, 0.0);
                    let behind = center + radius * Vec2::angled(-0.4);
                    barbs(&mut lines, behind, tip, head);
                }
                Mark::Ring { center, radius } => {
                    circle(&mut circles, center, radius);
                    circles.push_str(&format!(
                        "<circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"{DOT}\"/>",
                        num(center.x.into()),
                        num(center.y.into()),
                    ));
                }
            }
        }
    }
    if lines.is_empty() && circles.is_empty() {
        return String::new();
    }
    format!("<path d=\"{}\"/>{circles}", lines.trim_end())
}

fn segment(out: &mut String, from: Pos2, to: Pos2) {
    out.push_str(&format!(
        "M{} {}L{} {} ",
        num(from.x.into()),
        num(from.y.into()),
        num(to.x.into()),
        num(to.y.into())
    ));
}

/// The arrowhead at `tip` of a line from `from`, from the map's own geometry.
fn barbs(out: &mut String, from: Pos2, tip: Pos2, size: f32) {
    for [a, b] in arrowhead(from, tip, size) {
        segment(out, a, b);
    }
}

fn circle(out: &mut String, center: Pos2, radius: f32) {
    out.push_str(&format!(
        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
        num(center.x.into()),
        num(center.y.into()),
        num(radius.into())
    ));
}

/// "Left" and "Right" at the top corners: the map is seen from behind.
fn side_labels(out: &mut Html, figure: Rect) {
    let y = figure.min.y + 2.0 * MARGIN;
    out.raw(&format!(
        "<text class=\"side\" x=\"{}\" y=\"{}\">Left</text>\
         <text class=\"side\" x=\"{}\" y=\"{}\" text-anchor=\"end\">Right</text>",
        num((figure.min.x + MARGIN).into()),
        num(y.into()),
        num((figure.max.x - MARGIN).into()),
        num(y.into()),
    ));
}

/// A swatch and words for each kind of mark, under the figure.
fn legend(out: &mut Html, figure: Rect, top: f32, marks: &MapMarks<'_>, strokes: bool) {
    let x = figure.min.x + MARGIN;
    let swatch = vec2(34.0, 20.0);
    let mut rows = vec![
        ("region marked", escape(marks.marked_means).into_owned()),
        ("no-press", "Where not to press".to_owned()),
    ];
    if strokes {
        rows.push(("", "How the hands move".to_owned()));
    }
    for (n, (class, words)) in rows.into_iter().enumerate() {
        let y = top + ROW * n as f32;
        if class.is_empty() {
            let (from, to) = (
                pos2(x, y + swatch.y / 2.0),
                pos2(x + swatch.x, y + swatch.y / 2.0),
            );
            let mut arrow = String::new();
            segment(&mut arrow, from, to);
            barbs(&mut arrow, from, to, HEAD);
            for layer in ["halo", "ink"] {
                out.raw(&format!(
                    "<g class=\"strokes {layer}\"><path d=\"{}\"/></g>",
                    arrow.trim_end()
                ));
            }
        } else {
            out.raw(&format!(
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                num(x.into()),
                num(y.into()),
                num(swatch.x.into()),
                num(swatch.y.into())
            ));
        }
        out.raw(&format!(
            "<text class=\"key\" x=\"{}\" y=\"{}\">{words}</text>",
            num((x + swatch.x + 10.0).into()),
            num((y + swatch.y * 0.8).into())
        ));
    }
}

/// A parsed outline written back as path data: numbers only, so nothing of the guide's own
/// string reaches the page.
fn path_data(path: &BezPath) -> String {
    let mut out = String::new();
    let point = |out: &mut String, p: kurbo::Point| {
        out.push_str(&num(p.x));
        out.push(' ');
        out.push_str(&num(p.y));
        out.push(' ');
    };
    for element in path.elements() {
        match *element {
            PathEl::MoveTo(p) => {
                out.push('M');
                point(&mut out, p);
            }
            PathEl::LineTo(p) => {
                out.push('L');
                point(&mut out, p);
            }
            PathEl::QuadTo(a, p) => {
                out.push('Q');
                point(&mut out, a);
                point(&mut out, p);
            }
            PathEl::CurveTo(a, b, p) => {
                out.push('C');
                point(&mut out, a);
                point(&mut out, b);
                point(&mut out, p);
            }
            PathEl::ClosePath => out.push('Z'),
        }
    }
    out.trim_end().to_owned()
}
