//! The embedded diagram as geometry: every region reachable, no overlaps, sensible neighbours.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use egui::pos2;
use massage_guide::data::{GuideFiles, load_guide};
use massage_guide::diagram::MapShapes;
use massage_guide::diagram::geometry::{self, Heading};

fn shapes() -> MapShapes {
    MapShapes::new(&load_guide(&GuideFiles::embedded()).expect("embedded guide loads"))
}

#[test]
fn each_anchor_lies_in_its_own_region_and_no_other() {
    let shapes = shapes();
    for (index, region) in shapes.regions.iter().enumerate() {
        assert_eq!(
            shapes.region_at(region.anchor),
            Some(index),
            "{}",
            region.name
        );
        assert!(
            region.anchor_radius >= 8.0,
            "{} is too thin to hit",
            region.name
        );
    }
}

#[test]
fn regions_do_not_overlap() {
    let shapes = shapes();
    // Sample the diagram on a grid: no point may be inside two regions.
    for y in (0..640).step_by(3) {
        for x in (0..400).step_by(3) {
            let p = pos2(x as f32 + 0.5, y as f32 + 0.5);
            let hits: Vec<&str> = shapes
                .regions
                .iter()
                .filter(|r| geometry::contains(&r.outline, p))
                .map(|r| r.name.as_str())
                .collect();
            assert!(hits.len() <= 1, "{p:?} is in {hits:?}");
        }
    }
}

#[test]
fn left_regions_are_drawn_on_the_viewers_left() {
    let shapes = shapes();
    for region in &shapes.regions {
        if region.name.ends_with("left side") {
            assert!(region.anchor.x < shapes.spine_x, "{}", region.name);
        } else if region.name.ends_with("right side") {
            assert!(region.anchor.x > shapes.spine_x, "{}", region.name);
        }
    }
}

#[test]
fn arrow_neighbours_follow_the_body() {
    let shapes = shapes();
    let name = |i: Option<usize>| i.map(|i| shapes.regions[i].name.clone());
    let from = |n: &str| {
        shapes
            .regions
            .iter()
            .position(|r| r.name == n)
            .expect("region exists")
    };
    let cases = [
        ("Neck", Heading::Down, Some("Spine")),
        ("Neck", Heading::Left, Some("Shoulder, left side")),
        ("Lumbar, left side", Heading::Right, Some("Spine")),
        (
            "Lumbar, left side",
            Heading::Up,
            Some("Lower ribs, left side"),
        ),
        (
            "Lumbar, left side",
            Heading::Down,
            Some("Hip and buttock, left side"),
        ),
        ("Lumbar, left side", Heading::Left, None),
        ("Spine", Heading::Down, Some("Sacrum")),
        ("Sacrum", Heading::Up, Some("Spine")),
        (
            "Mid back, right side",
            Heading::Up,
            Some("Shoulder blade, right side"),
        ),
    ];
    for (start, heading, expected) in cases {
        assert_eq!(
            name(shapes.neighbour(from(start), heading)).as_deref(),
            expected,
            "{start} {heading:?}"
        );
    }
}

use massage_guide::data::Direction;
use massage_guide::diagram::strokes::{Mark, Place, arrowhead, heart_y, stroke_marks};

fn place(x: f32, y: f32) -> Place {
    Place {
        anchor: pos2(x, y),
        radius: 20.0,
        spine_x: 200.0,
        heart_y: 200.0,
    }
}

#[test]
fn strokes_towards_the_heart_point_up_the_back_and_down_the_neck() {
    let arrow_dy = |p: Place| match &stroke_marks(p, Direction::TowardsHeart, 0.0)[0].mark {
        Mark::Arrow { from, to } => to.y - from.y,
        other => panic!("{other:?}"),
    };
    assert!(arrow_dy(place(150.0, 400.0)) < 0.0, "lower back: upwards");
    assert!(arrow_dy(place(200.0, 80.0)) > 0.0, "neck: downwards");
}

#[test]
fn outward_strokes_leave_the_spine_on_each_side_and_both_ways_on_the_midline() {
    let dx = |p: Place| -> Vec<f32> {
        stroke_marks(p, Direction::OutwardFromSpine, 0.5)
            .iter()
            .map(|m| match &m.mark {
                Mark::Arrow { from, to } => to.x - from.x,
                other => panic!("{other:?}"),
            })
            .collect()
    };
    assert!(dx(place(120.0, 300.0)).iter().all(|d| *d < 0.0));
    assert!(dx(place(280.0, 300.0)).iter().all(|d| *d > 0.0));
    let both = dx(place(200.0, 300.0));
    assert!(both.iter().any(|d| *d < 0.0) && both.iter().any(|d| *d > 0.0));
}

#[test]
fn the_dot_travels_along_its_mark_and_comes_back_on_two_way_strokes() {
    let p = place(120.0, 300.0);
    let at = |direction, phase| stroke_marks(p, direction, phase)[0].clone();
    let start = at(Direction::TowardsHeart, 0.0);
    let half = at(Direction::TowardsHeart, 0.5);
    if let Mark::Arrow { from, to } = start.mark {
        assert_eq!(start.dot, from);
        assert!((half.dot - from.lerp(to, 0.5)).length() < 1e-3);
    }
    // Along the muscle and back: the dot is at the far end half way, home again at the end.
    let there = at(Direction::Longitudinal, 0.5);
    let back = at(Direction::Longitudinal, 0.999);
    if let Mark::TwoWay { a, b } = there.mark {
        assert!((there.dot - b).length() < 1e-3);
        assert!((back.dot - a).length() < 0.1);
    }
    // Circles keep the dot on the circle.
    let circle = at(Direction::Circular, 0.3);
    if let Mark::Circle { center, radius } = circle.mark {
        assert!(((circle.dot - center).length() - radius).abs() < 1e-3);
    }
    // Every direction draws something, whatever the phase.
    for direction in [
        Direction::TowardsHeart,
        Direction::Longitudinal,
        Direction::Transverse,
        Direction::OutwardFromSpine,
        Direction::Circular,
        Direction::Static,
        Direction::Percussive,
    ] {
        for phase in [0.0, 0.25, 0.99, 1.5, -0.2] {
            assert!(!stroke_marks(p, direction, phase).is_empty());
        }
    }
}

#[test]
fn arrowheads_point_back_along_the_line_and_the_heart_sits_in_the_upper_back() {
    let [[tip, left], [_, right]] = arrowhead(pos2(0.0, 100.0), pos2(0.0, 0.0), 10.0);
    assert_eq!(tip, pos2(0.0, 0.0));
    assert!(left.y > 0.0 && right.y > 0.0 && left.x * right.x < 0.0);
    let levels = vec![("C7".to_owned(), 100.0), ("T12".to_owned(), 350.0)];
    assert_eq!(heart_y(&levels, 640.0), 200.0);
    assert!((heart_y(&[], 600.0) - 200.0).abs() < 1e-3);
}
