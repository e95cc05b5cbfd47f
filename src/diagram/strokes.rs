//! How a stroke direction is drawn over a region during guided practice: arrows, circles and rings
//! in diagram space, with a dot that moves along them as `phase` goes from 0 to 1.
//!
//! Pure, so the drawing is tested without a screen.

use egui::{Pos2, Vec2, vec2};

use crate::data::Direction;

/// One mark to draw, in diagram space.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line with an arrowhead at `to`.
    Arrow { from: Pos2, to: Pos2 },
    /// A back-and-forth line with an arrowhead at each end.
    TwoWay { a: Pos2, b: Pos2 },
    /// A circle travelled clockwise.
    Circle { center: Pos2, radius: f32 },
    /// Held pressure: a ring that swells and settles.
    Ring { center: Pos2, radius: f32 },
}

/// A mark and where its moving dot is now.
#[derive(Clone, Debug, PartialEq)]
pub struct StrokeMark {
    pub mark: Mark,
    pub dot: Pos2,
}

/// Where a region sits, as the marks need it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// A point well inside the region, and its distance to the edge.
    pub anchor: Pos2,
    pub radius: f32,
    /// The spine's midline (x) and the heart's height (y), in diagram space.
    pub spine_x: f32,
    pub heart_y: f32,
    /// Which way the fibres of the region's main muscle run (a unit vector), if known:
    /// strokes along and across the fibres follow it.
    pub fibres: Option<Vec2>,
}

/// How far apart two parallel arrows are, and how long arrows are, in region radii.
const SPREAD: f32 = 0.45;
const LENGTH: f32 = 1.5;

/// The marks for one direction over one region at `phase` (0 to 1, wrapping).
pub fn stroke_marks(place: Place, direction: Direction, phase: f32) -> Vec<StrokeMark> {
    let phase = phase.rem_euclid(1.0);
    let Place {
        anchor, radius: r, ..
    } = place;
    let half = LENGTH * r / 2.0;
    // Back and forth: out on the first half of the cycle, back on the second.
    let there_and_back = 1.0 - (2.0 * phase - 1.0).abs();
    match direction {
        Direction::TowardsHeart => {
            // Upwards below the heart (most of the back), downwards on the neck.
            let up = if anchor.y >= place.heart_y { -1.0 } else { 1.0 };
            [-SPREAD * r, SPREAD * r]
                .into_iter()
                .map(|dx| {
                    let from = anchor + vec2(dx, -up * half);
                    let to = anchor + vec2(dx, up * half);
                    arrow(from, to, phase)
                })
                .collect()
        }
        Direction::Longitudinal | Direction::Transverse => {
            // Along the fibres, or straight up and down where they are not known; across is
            // at right angles to that.
            let along = place.fibres.unwrap_or(vec2(0.0, 1.0));
            let way = if direction == Direction::Longitudinal {
                along
            } else {
                along.rot90()
            };
            vec![two_way(
                anchor - way * half,
                anchor + way * half,
                there_and_back,
            )]
        }
        Direction::OutwardFromSpine => {
            let dx = anchor.x - place.spine_x;
            let sides: Vec<f32> = if dx.abs() < r * 0.5 {
                // On the midline: out to both sides.
                vec![-1.0, 1.0]
            } else {
                vec![dx.signum()]
            };
            sides
                .into_iter()
                .flat_map(|side| {
                    [-SPREAD * r, SPREAD * r].map(|dy| {
                        let start = anchor + vec2(-side * half * 0.5, dy);
                        arrow(start, start + vec2(side * half * 1.5, 0.0), phase)
                    })
                })
                .collect()
        }
        Direction::Circular => {
            let radius = r * 0.5;
            let angle = phase * std::f32::consts::TAU;
            vec![StrokeMark {
                mark: Mark::Circle {
                    center: anchor,
                    radius,
                },
                dot: anchor + radius * Vec2::angled(angle),
            }]
        }
        Direction::Static => vec![StrokeMark {
            mark: Mark::Ring {
                center: anchor,
                radius: r * (0.3 + 0.2 * there_and_back),
            },
            dot: anchor,
        }],
        Direction::Percussive => {
            // Three taps in a row, struck in turn.
            let spots = [-half * 0.6, 0.0, half * 0.6].map(|dx| anchor + vec2(dx, 0.0));
            let struck = ((phase * 3.0) as usize).min(2);
            spots
                .iter()
                .enumerate()
                .map(|(n, spot)| StrokeMark {
                    mark: Mark::Ring {
                        center: *spot,
                        radius: r * if n == struck { 0.22 } else { 0.12 },
                    },
                    dot: *spot,
                })
                .collect()
        }
    }
}

fn arrow(from: Pos2, to: Pos2, phase: f32) -> StrokeMark {
    StrokeMark {
        mark: Mark::Arrow { from, to },
        dot: from.lerp(to, phase),
    }
}

fn two_way(a: Pos2, b: Pos2, t: f32) -> StrokeMark {
    StrokeMark {
        mark: Mark::TwoWay { a, b },
        dot: a.lerp(b, t),
    }
}

/// The two short lines of an arrowhead at `tip`, pointing away from `from`.
pub fn arrowhead(from: Pos2, tip: Pos2, size: f32) -> [[Pos2; 2]; 2] {
    let back = (from - tip).normalized() * size;
    let side = back.rot90() * 0.6;
    [[tip, tip + back + side], [tip, tip + back - side]]
}

/// The heart's height in diagram space, for which way "towards the heart" points: two fifths of
/// the way from C7 to T12 (about T5), or a third of the way down if the diagram lacks those.
pub fn heart_y(levels: &[(String, f32)], height: f32) -> f32 {
    let level = |name: &str| levels.iter().find(|(l, _)| l == name).map(|(_, y)| *y);
    match (level("C7"), level("T12")) {
        (Some(c7), Some(t12)) => c7 + 0.4 * (t12 - c7),
        _ => height / 3.0,
    }
}
