//! Outlines as SVG path data ("M 178 104 C 175 120 …"), the notation drawing programs write.
//!
//! kurbo parses, flattens and hit-tests them; this module adds what a content file needs on top:
//! which command in the string is wrong, and the flattened polygons the painter fills.

use egui::{Pos2, pos2};
use kurbo::{BezPath, PathEl, Point, Shape as _};

/// How far a flattened outline may stray from the true curve, in diagram units. At the map's
/// largest zoom one unit is under ten pixels, so the error stays under a pixel.
pub const TOLERANCE: f64 = 0.1;

/// A path that does not parse: what is wrong and where, as a byte range of the path string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    pub offset: usize,
    pub len: usize,
    pub message: String,
}

/// Parses SVG path data. On failure the error points at the command whose arguments are wrong
/// (kurbo says what is wrong but not where, so each command is re-parsed in turn to find it).
pub fn parse(data: &str) -> Result<BezPath, PathError> {
    // kurbo stops quietly at a character it cannot read and keeps what came before: such a
    // character must be an error, not a path cut short.
    if let Some(err) = stray_character(data) {
        return Err(err);
    }
    let err = match BezPath::from_svg(data) {
        Ok(path) if path.elements().is_empty() => {
            return Err(PathError {
                offset: 0,
                len: data.len(),
                message: "the path is empty; it must start with a move-to, e.g. \"M 10 20\""
                    .to_owned(),
            });
        }
        Ok(path) => return Ok(path),
        Err(err) => err,
    };
    let commands = command_starts(data);
    // The first prefix, command by command, that kurbo rejects ends in the faulty command.
    let faulty = commands
        .iter()
        .enumerate()
        .find(|(n, _)| {
            let end = commands.get(n + 1).copied().unwrap_or(data.len());
            data.get(..end)
                .is_some_and(|p| BezPath::from_svg(p).is_err())
        })
        .map(|(n, &start)| (start, commands.get(n + 1).copied().unwrap_or(data.len())));
    let (start, end) = faulty.unwrap_or((0, data.len()));
    let command = data.get(start..end).unwrap_or_default().trim_end();
    let message = match err {
        kurbo::SvgParseError::UnknownCommand(c) => {
            let at = command.find(c).map_or(start, |i| start + i);
            return Err(PathError {
                offset: at,
                len: c.len_utf8(),
                message: format!("`{c}` is not a path command; use M, L, H, V, C, S, Q, T, A or Z"),
            });
        }
        kurbo::SvgParseError::UninitializedPath => {
            "a path must start with a move-to (M), e.g. \"M 10 20\"".to_owned()
        }
        // Wrong or missing numbers (and any kind of error a later kurbo adds).
        _ => format!("`{command}` has the wrong numbers: {}", expects(command)),
    };
    Err(PathError {
        offset: start,
        len: command.len().max(1),
        message,
    })
}

/// The first character that cannot be part of path data where it stands, if any.
fn stray_character(data: &str) -> Option<PathError> {
    let mut previous = ' ';
    let mut comma = false;
    for (offset, c) in data.char_indices() {
        let allowed = c.is_ascii_digit()
            || c.is_ascii_whitespace()
            || matches!(c, '.' | '-' | 'e' | 'E')
            || (c.is_ascii_alphabetic() && !matches!(c, 'e' | 'E'))
            || (c == '+' && matches!(previous, 'e' | 'E'))
            || (c == ',' && !comma);
        if !allowed {
            let message = match c {
                '+' => "write numbers without a plus sign".to_owned(),
                ',' => "two commas in a row: put one comma or a space between numbers".to_owned(),
                _ => format!(
                    "`{c}` cannot appear in a path: use command letters, numbers, spaces and commas"
                ),
            };
            return Some(PathError {
                offset,
                len: c.len_utf8(),
                message,
            });
        }
        if c == ',' {
            comma = true;
        } else if !c.is_ascii_whitespace() {
            comma = false;
        }
        previous = c;
    }
    None
}

/// Byte offsets where each command letter of `data` starts.
fn command_starts(data: &str) -> Vec<usize> {
    data.char_indices()
        .filter(|(_, c)| c.is_ascii_alphabetic() && !matches!(c, 'e' | 'E'))
        .map(|(i, _)| i)
        .collect()
}

/// What a command's arguments should be, for the error message.
fn expects(command: &str) -> &'static str {
    match command.chars().next().map(|c| c.to_ascii_uppercase()) {
        Some('M' | 'L' | 'T') => "it takes x y pairs",
        Some('H' | 'V') => "it takes one number per step",
        Some('C') => "it takes x1 y1 x2 y2 x y (six numbers per curve)",
        Some('S' | 'Q') => "it takes four numbers per curve",
        Some('A') => "it takes rx ry rotation large-arc sweep x y (seven numbers)",
        Some('Z') => "it takes no numbers",
        _ => "numbers must be plain decimals such as 12 or 3.5",
    }
}

/// One piece of a flattened path: a polygon when closed, a polyline when open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubPath {
    pub points: Vec<Pos2>,
    pub closed: bool,
}

/// The path as straight pieces no further than `tolerance` from the curves, one per subpath.
pub fn flatten(path: &BezPath, tolerance: f64) -> Vec<SubPath> {
    let mut subpaths: Vec<SubPath> = Vec::new();
    let to_pos = |p: Point| pos2(p.x as f32, p.y as f32);
    kurbo::flatten(path.iter(), tolerance, |el| match el {
        PathEl::MoveTo(p) => subpaths.push(SubPath {
            points: vec![to_pos(p)],
            closed: false,
        }),
        PathEl::LineTo(p) => {
            if let Some(sub) = subpaths.last_mut() {
                let p = to_pos(p);
                // Flattening can end one piece where the next begins: keep one of the two.
                if sub.points.last().is_none_or(|last| last.distance(p) > 1e-3) {
                    sub.points.push(p);
                }
            }
        }
        PathEl::ClosePath => {
            if let Some(sub) = subpaths.last_mut() {
                sub.closed = true;
                // The closing edge is implied; a repeated first point would be a zero edge.
                if sub.points.len() > 1
                    && let (Some(first), Some(last)) = (sub.points.first(), sub.points.last())
                    && first.distance(*last) <= 1e-3
                {
                    sub.points.pop();
                }
            }
        }
        // Flattening yields only moves, lines and closes.
        PathEl::QuadTo(..) | PathEl::CurveTo(..) => {}
    });
    subpaths.retain(|s| s.points.len() > 1);
    subpaths
}

/// Whether every subpath of `path` ends with Z, so it encloses an area.
pub fn is_closed(path: &BezPath) -> bool {
    let mut open = false;
    for el in path.elements() {
        match el {
            PathEl::MoveTo(_) => {
                if open {
                    return false;
                }
                open = true;
            }
            PathEl::ClosePath => open = false,
            _ => {}
        }
    }
    !open
}

/// Whether `pos` is inside the area `path` encloses (non-zero rule, on the true curves).
pub fn contains(path: &BezPath, pos: Pos2) -> bool {
    path.contains(Point::new(f64::from(pos.x), f64::from(pos.y)))
}

/// Whether every coordinate (end and control points) is a finite number.
pub fn is_finite(path: &BezPath) -> bool {
    path.elements().iter().all(|el| {
        let points: &[Point] = match el {
            PathEl::MoveTo(p) | PathEl::LineTo(p) => std::slice::from_ref(p),
            PathEl::QuadTo(a, b) => &[*a, *b],
            PathEl::CurveTo(a, b, c) => &[*a, *b, *c],
            PathEl::ClosePath => &[],
        };
        points.iter().all(|p| p.is_finite())
    })
}

/// The points the path passes through: where each line or curve ends (not its control points).
pub fn corners(path: &BezPath) -> impl Iterator<Item = Pos2> + '_ {
    path.elements().iter().filter_map(|el| match el {
        PathEl::MoveTo(p) | PathEl::LineTo(p) | PathEl::QuadTo(_, p) | PathEl::CurveTo(_, _, p) => {
            Some(pos2(p.x as f32, p.y as f32))
        }
        PathEl::ClosePath => None,
    })
}

/// The shortest distance from `pos` to the path's curves (open or closed).
pub fn distance(path: &BezPath, pos: Pos2) -> f32 {
    use kurbo::ParamCurveNearest as _;
    let point = Point::new(f64::from(pos.x), f64::from(pos.y));
    path.segments()
        .map(|seg| seg.nearest(point, 1e-3).distance_sq)
        .fold(f64::INFINITY, f64::min)
        .sqrt() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_parse_and_flatten_within_tolerance() {
        let path = parse("M 0 0 C 0 50 100 50 100 0 Z").unwrap();
        let subs = flatten(&path, 0.1);
        assert_eq!(subs.len(), 1);
        assert!(subs[0].closed);
        assert!(subs[0].points.len() > 8, "a curve becomes many points");
        // The curve's lowest point is at y = 37.5 (the Bézier midpoint).
        let lowest = subs[0].points.iter().map(|p| p.y).fold(0.0, f32::max);
        assert!((lowest - 37.5).abs() < 0.11, "{lowest}");
        assert!(contains(&path, pos2(50.0, 30.0)));
        assert!(!contains(&path, pos2(50.0, 40.0)));
        assert!(is_closed(&path));
    }

    #[test]
    fn a_half_circle_flattens_without_repeated_points() {
        let path = parse("M 60 20 L 80 20 L 80 80 A 10 10 0 0 1 60 80 Z").unwrap();
        let subs = flatten(&path, 0.5);
        let points = &subs[0].points;
        for (i, p) in points.iter().enumerate() {
            let next = points[(i + 1) % points.len()];
            assert!(p.distance(next) > 1e-3, "point {i} repeats");
        }
    }

    #[test]
    fn open_paths_and_several_subpaths() {
        let path = parse("M 0 0 L 10 0 Z M 20 0 L 30 0 L 30 10").unwrap();
        assert!(!is_closed(&path));
        let subs = flatten(&path, 0.1);
        assert_eq!(subs.len(), 2);
        assert!(subs[0].closed && !subs[1].closed);
        assert!((distance(&path, pos2(30.0, 5.0))).abs() < 1e-3);
        assert!((distance(&path, pos2(25.0, 3.0)) - 3.0).abs() < 1e-3);
    }

    #[test]
    fn a_bad_command_is_pointed_at() {
        let data = "M 10 10 L 20 20 C 1 2 3 Z";
        let err = parse(data).unwrap_err();
        assert_eq!(&data[err.offset..err.offset + err.len], "C 1 2 3");
        assert!(err.message.contains("six numbers"), "{}", err.message);

        let err = parse("M 1 1 X 2 2").unwrap_err();
        assert_eq!(err.offset, 6);
        assert!(err.message.contains("`X` is not a path command"));

        let err = parse("L 1 1").unwrap_err();
        assert_eq!(err.offset, 0);
        assert!(err.message.contains("move-to"));

        assert!(parse("").unwrap_err().message.contains("empty"));
        // Nothing after a good path is dropped quietly.
        let err = parse("M 1 1 L 2 2 Z ; L 3 3").unwrap_err();
        assert_eq!((err.offset, err.len), (14, 1));
        assert!(
            parse("M 1 1 L +2 2")
                .unwrap_err()
                .message
                .contains("plus sign")
        );
        assert!(
            parse("M 1 1 L 2,, 2")
                .unwrap_err()
                .message
                .contains("two commas")
        );
        assert!(parse("M 1 1 L 2, 2 3,4 Z").is_ok());
        // Exponents are numbers, not commands.
        assert!(parse("M 1e1 2E1 L 3 4").is_ok());
    }
}
