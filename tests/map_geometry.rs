//! The embedded diagram as geometry: every region reachable, no overlaps, sensible neighbours.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use egui::pos2;
use massage_guide::data::{GuideFiles, load_guide};
use massage_guide::diagram::MapShapes;
use massage_guide::geometry::Heading;

fn shapes() -> MapShapes {
    MapShapes::new(&load_guide(&GuideFiles::embedded()).expect("embedded guide loads"))
}

#[test]
fn each_anchor_lies_in_its_own_region_and_no_other() {
    let shapes = shapes();
    for (index, region) in shapes.regions.iter().enumerate() {
        assert_eq!(
            shapes.region_at(region.outline.anchor),
            Some(index),
            "{}",
            region.name
        );
        assert!(
            region.outline.anchor_radius >= 8.0,
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
                .filter(|r| r.outline.hit(p, 0.0))
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
            assert!(region.outline.anchor.x < shapes.spine_x, "{}", region.name);
        } else if region.name.ends_with("right side") {
            assert!(region.outline.anchor.x > shapes.spine_x, "{}", region.name);
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
        fibres: None,
    }
}

#[test]
fn strokes_along_the_fibres_follow_the_muscle_and_across_cross_it() {
    let fibres = egui::vec2(1.0, -1.0).normalized();
    let along = Place {
        fibres: Some(fibres),
        ..place(120.0, 300.0)
    };
    let way = |direction| match &stroke_marks(along, direction, 0.0)[0].mark {
        Mark::TwoWay { a, b } => (*b - *a).normalized(),
        other => panic!("{other:?}"),
    };
    assert!((way(Direction::Longitudinal) - fibres).length() < 1e-4);
    assert!(way(Direction::Transverse).dot(fibres).abs() < 1e-4);
    // Unknown fibres: up and down the back.
    match &stroke_marks(place(120.0, 300.0), Direction::Longitudinal, 0.0)[0].mark {
        Mark::TwoWay { a, b } => assert_eq!(a.x, b.x),
        other => panic!("{other:?}"),
    }
}

/// The y of a level tick of the built-in diagram.
fn level_y(shapes: &MapShapes, label: &str) -> f32 {
    shapes
        .levels
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, y)| *y)
        .unwrap_or_else(|| panic!("no level {label}"))
}

fn landmark<'a>(shapes: &'a MapShapes, id: &str) -> &'a massage_guide::diagram::LandmarkShape {
    shapes
        .landmarks
        .iter()
        .find(|l| l.landmark.as_str() == id)
        .unwrap_or_else(|| panic!("no landmark {id}"))
}

#[test]
fn bones_are_drawn_at_their_levels() {
    let shapes = shapes();
    let bounds = |id: &str| {
        let b = kurbo::Shape::bounding_box(&landmark(&shapes, id).outline.path);
        (b.y0 as f32, b.y1 as f32, b.x0 as f32, b.x1 as f32)
    };
    let near = |y: f32, level: &str, slack: f32| (y - level_y(&shapes, level)).abs() <= slack;
    for side in ["left", "right"] {
        let (_, bottom, ..) = bounds(&format!("inferior_angle_{side}"));
        assert!(near(bottom, "T7", 12.0), "the blade's tip at T7: {bottom}");
        let (top, bottom, ..) = bounds(&format!("shoulder_blade_{side}"));
        assert!(near(top, "T2", 14.0), "the blade's top corner at T2: {top}");
        assert!(near(bottom, "T7", 12.0), "the blade's tip at T7: {bottom}");
        let (_, bottom, ..) = bounds(&format!("scapular_spine_{side}"));
        assert!(near(bottom, "T3", 12.0), "the ridge starts at T3: {bottom}");
        let (top, ..) = bounds(&format!("iliac_crest_{side}"));
        assert!(near(top, "L4", 12.0), "the crest's top at L4: {top}");
        let (top, ..) = bounds(&format!("lowest_ribs_{side}"));
        assert!(
            near(top, "T11", 14.0),
            "the floating ribs start at T11: {top}"
        );
        let (top, bottom, left, right) = bounds(&format!("si_dimple_{side}"));
        let middle = (top + bottom) / 2.0;
        assert!(middle > level_y(&shapes, "L5"), "the dimples lie below L5");
        let x = (left + right) / 2.0;
        assert!(
            (x - shapes.spine_x).abs() < 40.0,
            "the dimples lie near the midline"
        );
    }
    let (top, ..) = bounds("c7");
    assert!(near(top, "C7", 8.0), "C7 at its level: {top}");
    // Left on the viewer's left.
    let x = |id: &str| landmark(&shapes, id).outline.anchor.x;
    assert!(x("shoulder_blade_left") < shapes.spine_x);
    assert!(x("shoulder_blade_right") > shapes.spine_x);
}

#[test]
fn every_muscle_and_bone_can_be_pointed_at_and_the_top_muscle_wins() {
    let shapes = shapes();
    assert!(
        shapes.muscles.len() >= 2 * 24,
        "both sides of at least 24 muscles"
    );
    for (index, muscle) in shapes.muscles.iter().enumerate() {
        let anchor = muscle.outline.anchor;
        let under = shapes.muscles_at(anchor);
        assert!(
            under.contains(&index),
            "{} contains its anchor",
            muscle.name
        );
        // The one that answers a click is never deeper than any other there.
        let top = shapes.muscle_at(anchor).unwrap();
        assert_eq!(top, under[0]);
        assert!(
            under
                .iter()
                .all(|i| shapes.muscles[*i].depth >= shapes.muscles[top].depth)
        );
        assert!(
            !muscle.fibres.is_empty(),
            "{} shows its fibres",
            muscle.name
        );
    }
    for (index, landmark) in shapes.landmarks.iter().enumerate() {
        assert_eq!(
            shapes.landmark_at(landmark.outline.anchor, 1.0),
            Some(index),
            "{}",
            landmark.name
        );
    }
    // The long back muscles run up and down; the middle trapezius runs across.
    let direction = |id: &str| {
        shapes
            .muscles
            .iter()
            .find(|m| m.muscle.as_str() == id)
            .unwrap()
            .fibre_direction
    };
    assert!(direction("erector_spinae").y.abs() > 0.9);
    assert!(direction("trapezius_middle").x.abs() > 0.9);
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

/// Each muscle is listed for the regions its drawing covers, and covers the regions it lists:
/// the map and the pages tell the same story. (A muscle a back view does not show, such as the
/// scalenes, has no drawing to compare.)
#[test]
fn muscles_lie_in_the_regions_they_list() {
    let guide = load_guide(&GuideFiles::embedded()).expect("embedded guide loads");
    let shapes = MapShapes::new(&guide);
    let mut problems = Vec::new();
    let drawn: Vec<_> = guide.muscles.iter().filter(|m| m.is_drawn()).collect();
    assert!(
        drawn.len() >= 24,
        "the new muscles a back view shows are drawn"
    );
    for muscle in drawn {
        // Share of the muscle's drawn area (both sides) in each region, sampled on a grid.
        let mut inside = 0usize;
        let mut per_region = vec![0usize; shapes.regions.len()];
        for side in shapes.muscles.iter().filter(|m| m.muscle == muscle.id) {
            for y in (0..640).step_by(3) {
                for x in (0..400).step_by(3) {
                    let p = pos2(x as f32 + 0.5, y as f32 + 0.5);
                    if side.outline.hit(p, 0.0) {
                        inside += 1;
                        if let Some(r) = shapes.region_at(p) {
                            per_region[r] += 1;
                        }
                    }
                }
            }
        }
        for (index, count) in per_region.iter().enumerate() {
            let region = &shapes.regions[index].region;
            let share = *count as f32 / inside.max(1) as f32;
            let listed = muscle.regions.contains(region);
            // Over a tenth of the muscle, or over a quarter of a small region's count, must be
            // listed; a listed region must hold some of it.
            if share >= 0.1 && !listed {
                problems.push(format!(
                    "{} covers {region} ({:.0} %) but does not list it",
                    muscle.id,
                    share * 100.0
                ));
            }
            if listed && *count == 0 {
                problems.push(format!(
                    "{} lists {region} but is not drawn there",
                    muscle.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// `scripts/make_diagram.py` writes the landmarks' texts into diagram.ron from
/// `scripts/landmark_text.json` on every run: the two must agree, or the next run of the script
/// silently undoes an edit made to diagram.ron alone.
#[test]
fn the_landmark_texts_agree_with_the_script_that_writes_them() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/landmark_text.json");
    let texts: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let guide = load_guide(&GuideFiles::embedded()).unwrap();
    for landmark in &guide.diagram.landmarks {
        let key = landmark
            .id
            .as_str()
            .trim_end_matches("_left")
            .trim_end_matches("_right");
        let entry = &texts[key];
        for (field, value) in [
            ("level", &landmark.level),
            ("about", &landmark.about),
            ("find", &landmark.find),
        ] {
            assert_eq!(
                entry[field].as_str(),
                Some(value.as_str()),
                "{}: {field} differs from scripts/landmark_text.json",
                landmark.id
            );
        }
    }
}
