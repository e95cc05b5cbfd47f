//! `regions.ron` and `muscles.ron`: the areas of the back and the muscles in them.

use serde::{Deserialize, Serialize};

use super::{MuscleId, PathData, RegionId, SourceId};

/// Which side of the body a region is on. The map is a posterior view, so the body's left is
/// drawn on the viewer's left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
    Midline,
}

/// `regions.ron`: one area of the back, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: RegionId,
    /// Name without the side, e.g. "Lumbar"; the side is added from [`Region::side`].
    pub name: String,
    pub side: Side,
    /// Vertebral levels the region spans, e.g. "L1–L5".
    pub levels: String,
    /// The muscles that lie here, most important for massage first.
    pub muscles: Vec<MuscleId>,
    /// What this region is and does, in two or three plain sentences.
    pub summary: String,
    /// Why it tends to get tight or sore.
    pub why_tight: String,
    pub common_complaints: Vec<String>,
    pub sources: Vec<SourceId>,
}

/// How deep a muscle lies, as a hand meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Depth {
    /// Just under the skin.
    Surface,
    /// Under one other muscle.
    Middle,
    /// Under two or more layers, or on the bone.
    Deep,
}

/// `muscles.ron`: one muscle of the back, described once and drawn on both sides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Muscle {
    pub id: MuscleId,
    /// The plain name, e.g. "Trapezius, upper part".
    pub name: String,
    /// The anatomical (Latin) name.
    pub latin: String,
    pub depth: Depth,
    /// Set for a muscle a lay giver must not press, saying why in a sentence or two, e.g. the
    /// nerves and vessels beside it. Its page opens with this; no technique is offered for it,
    /// and it may go undrawn (a back view does not show it).
    #[serde(default)]
    pub do_not_press: Option<String>,
    /// What it does, in a sentence or two.
    pub does: String,
    /// Why it gets tight or sore.
    pub why_tight: String,
    /// Where it starts, in plain words: usually the end nearer the spine.
    pub from: String,
    /// Where it ends: its other attachment.
    pub to: String,
    /// The nerve that works it, with the spinal levels it comes from.
    pub nerve: String,
    /// How to find it with the fingers, in a line or two.
    pub find: String,
    /// The direction of its fibres on the body's left side as drawn, in degrees from horizontal:
    /// positive rises towards the spine, 90 is straight up and down. The right side is mirrored.
    pub fibre_angle: f32,
    /// Its outline on the body's left side and on its right: both, or (only for a muscle that
    /// is not to be pressed) neither.
    #[serde(default)]
    pub left: Option<PathData>,
    #[serde(default)]
    pub right: Option<PathData>,
    /// Every region it lies in; each of those regions lists it too.
    pub regions: Vec<RegionId>,
    pub sources: Vec<SourceId>,
}

impl Muscle {
    /// Whether a lay giver may press it: false for one marked `do_not_press`.
    pub fn may_press(&self) -> bool {
        self.do_not_press.is_none()
    }

    /// Whether the map draws it: it has an outline on each side.
    pub fn is_drawn(&self) -> bool {
        self.left.is_some() && self.right.is_some()
    }

    /// The name with the Latin after it, as the map's tooltip heads a muscle: "Rhomboids
    /// (Rhomboideus major et minor)". Where the Latin is the name ("Piriformis") or begins with
    /// it ("Erector spinae (iliocostalis, longissimus, spinalis)"), it is said once.
    pub fn title(&self) -> String {
        let starts_with_name = self
            .latin
            .get(..self.name.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(&self.name));
        if starts_with_name {
            self.latin.clone()
        } else {
            format!("{} ({})", self.name, self.latin)
        }
    }
}
