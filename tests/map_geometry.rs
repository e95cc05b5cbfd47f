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
