//! Building the map's shapes from a loaded guide: every outline prepared, muscles on both sides
//! with their fibre lines, and the tooltips' names and texts put together once.

use std::sync::atomic::{AtomicU64, Ordering};

use egui::vec2;

use super::{DangerShape, LandmarkShape, MapShapes, MuscleShape, Outline, RegionShape};
use crate::data::{Depth, Guide, Side};
use crate::geometry;

/// Space between the fine lines that show a muscle's fibres, in diagram units.
const FIBRE_SPACING: f32 = 5.0;

impl MapShapes {
    pub fn new(guide: &Guide) -> Self {
        let diagram = &guide.diagram;
        let muscles = muscle_shapes(guide);
        let regions = guide
            .regions
            .iter()
            .filter_map(|region| {
                let outline = Outline::new(&guide.outline(&region.id)?.path)?;
                // The region's first muscle on its own side (or either side on the midline).
                let fibres = region.muscles.first().and_then(|id| {
                    muscles
                        .iter()
                        .filter(|m| &m.muscle == id)
                        .min_by(|a, b| {
                            let d = |m: &MuscleShape| m.outline.anchor.distance(outline.anchor);
                            d(a).total_cmp(&d(b))
                        })
                        .map(|m| m.fibre_direction)
                });
                Some(RegionShape {
                    region: region.id.clone(),
                    name: region.display_name(),
                    levels: region.levels.clone(),
                    on_midline: region.side == Side::Midline,
                    outline,
                    fibres,
                })
            })
            .collect();
        let levels: Vec<(String, f32)> = diagram
            .levels
            .iter()
            .map(|tick| (tick.label.clone(), tick.y))
            .collect();
        let mut landmarks: Vec<LandmarkShape> = diagram
            .landmarks
            .iter()
            .filter_map(|landmark| {
                Some(LandmarkShape {
                    landmark: landmark.id.clone(),
                    name: landmark.display_name(),
                    text: format!(
                        "{} {} Level: {}.",
                        landmark.about,
                        landmark.find,
                        landmark.level.trim_end_matches('.')
                    ),
                    outline: Outline::new(&landmark.path)?,
                })
            })
            .collect();
        // Largest first, so small bones (a dimple on the sacrum) are drawn over large ones and
        // answer the pointer; lines (no area) come last of all.
        landmarks.sort_by(|a, b| b.outline.area().total_cmp(&a.outline.area()));
        static REVISIONS: AtomicU64 = AtomicU64::new(0);
        Self {
            revision: REVISIONS.fetch_add(1, Ordering::Relaxed),
            size: vec2(diagram.size.0, diagram.size.1),
            head: Outline::figure(&diagram.head).unwrap_or_default(),
            body: Outline::figure(&diagram.body).unwrap_or_default(),
            spine_x: diagram.spine_x,
            heart_y: crate::diagram::strokes::heart_y(&levels, diagram.size.1),
            levels,
            regions,
            danger_zones: danger_shapes(guide),
            muscles,
            landmarks,
        }
    }
}

/// Both sides of every muscle, deepest first (file order within a depth).
fn muscle_shapes(guide: &Guide) -> Vec<MuscleShape> {
    let mut muscles: Vec<_> = guide.muscles.iter().collect();
    muscles.sort_by_key(|m| std::cmp::Reverse(m.depth));
    muscles
        .into_iter()
        .flat_map(|muscle| {
            let angle = muscle.fibre_angle.to_radians();
            // On the left, a positive angle rises towards the spine (up and to the right on
            // screen, where y grows downwards); the right side is its mirror image.
            let left = vec2(angle.cos(), -angle.sin());
            let right = vec2(-left.x, left.y);
            [
                (Side::Left, &muscle.left, left),
                (Side::Right, &muscle.right, right),
            ]
            .into_iter()
            .filter_map(move |(side, data, direction)| {
                // A muscle a back view does not show has no outline to draw.
                let outline = Outline::new(data.as_ref()?)?;
                let fibres = outline
                    .fills
                    .iter()
                    .flat_map(|(points, _)| {
                        geometry::parallel_lines(points, direction, FIBRE_SPACING)
                    })
                    .collect();
                let side_name = match side {
                    Side::Left => "left side",
                    Side::Right | Side::Midline => "right side",
                };
                Some(MuscleShape {
                    muscle: muscle.id.clone(),
                    name: format!("{}, {side_name}", muscle.name),
                    title: muscle.title(),
                    text: format!("{} {}", depth_words(muscle.depth), muscle.does),
                    depth: muscle.depth,
                    outline,
                    fibres,
                    fibre_direction: direction,
                })
            })
        })
        .collect()
}

/// How deep a muscle lies, as a sentence for tooltips and pages.
pub fn depth_words(depth: Depth) -> &'static str {
    match depth {
        Depth::Surface => "Lies just under the skin.",
        Depth::Middle => "Lies under another muscle.",
        Depth::Deep => "Lies deep, under other muscles.",
    }
}

fn danger_shapes(guide: &Guide) -> Vec<DangerShape> {
    guide
        .diagram
        .danger_zones
        .iter()
        .filter_map(|zone| {
            let caution = guide.caution(&zone.caution)?;
            let title = if zone.part.trim().is_empty() {
                caution.name.clone()
            } else {
                format!("{}, {}", caution.name, zone.part)
            };
            Some(DangerShape {
                name: format!("Where not to press: {title}"),
                title,
                text: caution.card_text(guide.here()),
                outline: Outline::new(&zone.path)?,
            })
        })
        .collect()
}
