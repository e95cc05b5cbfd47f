//! Tests of the geometry.

use super::*;
use egui::pos2;

/// A regular polygon approximating an ellipse, for test shapes.
fn ellipse(center: Pos2, radius: Vec2, n: usize) -> Vec<Pos2> {
    (0..n)
        .map(|i| {
            let t = std::f32::consts::TAU * i as f32 / n as f32;
            center + vec2(radius.x * t.cos(), radius.y * t.sin())
        })
        .collect()
}

#[test]
fn inset_moves_corners_inwards_whichever_way_the_polygon_runs() {
    let square = [
        pos2(0.0, 0.0),
        pos2(10.0, 0.0),
        pos2(10.0, 10.0),
        pos2(0.0, 10.0),
    ];
    let reversed: Vec<Pos2> = square.iter().rev().copied().collect();
    for polygon in [square.to_vec(), reversed] {
        for p in inset(&polygon, 1.0) {
            assert!(contains(&polygon, p), "{p:?} is inside");
            assert!(path::distance(&polygon_path(&polygon), p) > 0.5);
        }
    }
}

#[test]
fn fibre_lines_run_along_the_given_direction_inside_the_shape() {
    let square = [
        pos2(0.0, 0.0),
        pos2(10.0, 0.0),
        pos2(10.0, 10.0),
        pos2(0.0, 10.0),
    ];
    let lines = parallel_lines(&square, vec2(0.0, 1.0), 2.0);
    assert_eq!(lines.len(), 5, "vertical lines 2 apart across 10");
    for [a, b] in lines {
        assert!((a.x - b.x).abs() < 1e-4, "vertical");
        assert!((a.y - b.y).abs() > 9.9, "from edge to edge");
    }
}

#[test]
fn zooming_keeps_the_point_under_the_pointer_and_panning_follows_the_drag() {
    let size = vec2(400.0, 640.0);
    let rect = Rect::from_min_size(pos2(10.0, 20.0), vec2(500.0, 800.0));
    let view = MapView::default();
    assert_eq!(
        view.screen_from_diagram(size, rect),
        ScreenFromDiagram::fit(size, rect),
        "the default view is the fitted one"
    );
    let pointer = pos2(200.0, 300.0);
    let under = view
        .screen_from_diagram(size, rect)
        .diagram_from_screen(pointer);
    let zoomed = view.zoomed(2.0, pointer, size, rect);
    assert_eq!(zoomed.zoom, 2.0);
    let t = zoomed.screen_from_diagram(size, rect);
    assert!((t.transform_pos(under) - pointer).length() < 1e-3);
    assert!((t.scale() - 2.0 * ScreenFromDiagram::fit(size, rect).scale()).abs() < 1e-4);

    let panned = zoomed.panned(vec2(30.0, -10.0), size, rect);
    let moved = panned.screen_from_diagram(size, rect).transform_pos(under);
    assert!((moved - (pointer + vec2(30.0, -10.0))).length() < 1e-3);

    // Bounds: never smaller than fitted, never past the largest zoom, never off the diagram.
    assert_eq!(zoomed.zoomed(0.1, pointer, size, rect), MapView::default());
    assert_eq!(
        zoomed.zoomed(100.0, pointer, size, rect).zoom,
        MapView::MAX_ZOOM
    );
    let far = zoomed.panned(vec2(1e6, 1e6), size, rect);
    assert_eq!(far.center, Some(Pos2::ZERO));
    assert_eq!(view.zoomed(f32::NAN, pointer, size, rect), view);
}

/// An L shape: its bounding-box centre (5, 5) is outside it.
fn l_shape() -> Vec<Pos2> {
    vec![
        pos2(0.0, 0.0),
        pos2(4.0, 0.0),
        pos2(4.0, 6.0),
        pos2(10.0, 6.0),
        pos2(10.0, 10.0),
        pos2(0.0, 10.0),
    ]
}

#[test]
fn contains_follows_a_concave_outline_not_its_bounding_box() {
    let l = l_shape();
    assert!(contains(&l, pos2(2.0, 2.0)));
    assert!(contains(&l, pos2(8.0, 8.0)));
    assert!(!contains(&l, pos2(5.0, 5.0)), "the notch is outside");
    assert!(!contains(&l, pos2(8.0, 2.0)));
    assert!(!contains(&l, pos2(-1.0, 5.0)));
    assert!(!contains(&l, pos2(2.0, 11.0)));
}

#[test]
fn hatch_lines_stay_inside_a_concave_outline_and_are_evenly_spaced() {
    let l = l_shape();
    let lines = hatch_lines(&l, 1.5);
    assert!(lines.len() > 5);
    for &[a, b] in &lines {
        // Each segment's midpoint is inside; the notch at (8, 2) is never crossed.
        assert!(contains(&l, pos2((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)));
        assert!(
            (b - a).x * (b - a).y < 0.0,
            "rising to the right: {a:?} {b:?}"
        );
    }
    // The line through the notch's corner region splits in two rather than spanning it.
    let crossing_notch = lines
        .iter()
        .filter(|[a, b]| a.x < 4.0 && b.x > 4.0 && a.y.max(b.y) < 6.0)
        .count();
    assert_eq!(crossing_notch, 0);
    let square = [
        pos2(0.0, 0.0),
        pos2(3.0, 0.0),
        pos2(3.0, 3.0),
        pos2(0.0, 3.0),
    ];
    // Diagonals across a 3x3 square span 3*sqrt(2) ≈ 4.24 in the across direction.
    assert_eq!(hatch_lines(&square, 1.0).len(), 4);
}

#[test]
fn hatch_lines_ignore_bad_input() {
    assert!(hatch_lines(&l_shape(), 0.0).is_empty());
    assert!(hatch_lines(&l_shape(), f32::NAN).is_empty());
    assert!(hatch_lines(&[pos2(0.0, 0.0), pos2(1.0, 1.0)], 1.0).is_empty());
}

#[test]
fn contains_is_false_for_degenerate_polygons() {
    assert!(!contains(&[], pos2(0.0, 0.0)));
    assert!(!contains(&[pos2(0.0, 0.0), pos2(1.0, 1.0)], pos2(0.5, 0.5)));
}

#[test]
fn triangulation_covers_the_concave_area_exactly() {
    let l = l_shape();
    let indices = triangulate(&l);
    assert_eq!(indices.len(), 3 * (l.len() - 2));
    let covered: f32 = indices
        .chunks(3)
        .map(|t| area(&[l[t[0] as usize], l[t[1] as usize], l[t[2] as usize]]))
        .sum();
    assert!((covered - area(&l)).abs() < 1e-3);
    assert!((area(&l) - 64.0).abs() < 1e-3);
}

#[test]
fn transform_keeps_proportions_and_round_trips() {
    let diagram = vec2(400.0, 640.0);
    let screen = Rect::from_min_size(pos2(100.0, 50.0), vec2(800.0, 320.0));
    let t = ScreenFromDiagram::fit(diagram, screen);
    assert!((t.scale() - 0.5).abs() < 1e-6, "height limits the scale");
    // Centred horizontally: 200 px used of 800, so 300 px margin each side.
    assert_eq!(t.transform_pos(Pos2::ZERO), pos2(400.0, 50.0));
    assert_eq!(t.transform_pos(pos2(400.0, 640.0)), pos2(600.0, 370.0));
    let p = pos2(123.0, 456.0);
    assert!((t.diagram_from_screen(t.transform_pos(p)) - p).length() < 1e-3);
}

#[test]
fn transform_of_an_empty_rect_does_not_divide_by_zero() {
    let t = ScreenFromDiagram::fit(
        vec2(400.0, 640.0),
        Rect::from_min_size(Pos2::ZERO, Vec2::ZERO),
    );
    assert_eq!(t.scale(), 0.0);
    assert_eq!(t.diagram_from_screen(pos2(10.0, 10.0)), Pos2::ZERO);
}

#[test]
fn simple_polygons_are_told_from_crossing_ones() {
    assert!(is_simple(&l_shape()));
    let bow_tie = [
        pos2(0.0, 0.0),
        pos2(4.0, 4.0),
        pos2(4.0, 0.0),
        pos2(0.0, 4.0),
    ];
    assert!(!is_simple(&bow_tie));
    let repeated = [
        pos2(0.0, 0.0),
        pos2(4.0, 0.0),
        pos2(4.0, 0.0),
        pos2(0.0, 4.0),
    ];
    assert!(!is_simple(&repeated));
    assert!(!is_simple(&[pos2(0.0, 0.0), pos2(1.0, 0.0)]));
}

#[test]
fn interior_anchor_lies_inside_a_concave_shape() {
    let l = l_shape();
    let (anchor, radius) = interior_anchor(&l);
    assert!(contains(&l, anchor));
    assert!(
        radius >= 1.9,
        "the widest part is 4 units across, got {radius}"
    );
    let (c, r) = interior_anchor(&ellipse(pos2(10.0, 20.0), vec2(5.0, 5.0), 64));
    assert!((c - pos2(10.0, 20.0)).length() < 0.5);
    assert!((r - 5.0).abs() < 0.5);
}

#[test]
fn neighbour_walks_in_the_arrow_direction() {
    // Three boxes in a row and one below the middle one.
    let boxes: Vec<Vec<Pos2>> = [(0.0, 0.0), (10.0, 0.0), (20.0, 0.0), (10.0, 10.0)]
        .iter()
        .map(|&(x, y)| Rect::from_min_size(pos2(x, y), vec2(10.0, 10.0)))
        .map(|r| {
            vec![
                r.left_top(),
                r.right_top(),
                r.right_bottom(),
                r.left_bottom(),
            ]
        })
        .collect();
    let polygons: Vec<(&[Pos2], Pos2)> = boxes
        .iter()
        .map(|b| (b.as_slice(), interior_anchor(b).0))
        .collect();
    assert_eq!(neighbour(&polygons, 0, Heading::Right), Some(1));
    assert_eq!(neighbour(&polygons, 1, Heading::Right), Some(2));
    assert_eq!(neighbour(&polygons, 1, Heading::Down), Some(3));
    assert_eq!(neighbour(&polygons, 3, Heading::Up), Some(1));
    assert_eq!(neighbour(&polygons, 0, Heading::Left), None);
    // Nothing lies straight below the first box, but the lower box is down and to the right.
    assert_eq!(neighbour(&polygons, 0, Heading::Down), Some(3));
    assert_eq!(neighbour(&polygons, 9, Heading::Down), None);
}
