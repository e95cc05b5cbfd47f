//! `diagram.ron`: the drawing of the back, its places not to press and its landmarks.

use serde::{Deserialize, Serialize};

use super::{CautionId, LandmarkId, PathData, RegionId, Side, SourceId};

/// `diagram.ron`: the drawing of the back, in diagram space.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagram {
    /// Width and height of diagram space. Every point must lie inside it.
    pub size: (f32, f32),
    /// Outline of the head, drawn for orientation only.
    pub head: PathData,
    /// Outline of the body: neck, shoulders, the start of the arms, back, hips and the tops of
    /// the thighs. Every other outline lies inside it.
    pub body: PathData,
    /// Where the spine's midline runs (x), for the level ticks.
    pub spine_x: f32,
    /// Vertebral levels drawn as ticks along the spine, top to bottom.
    pub levels: Vec<LevelTick>,
    /// One clickable outline per region.
    pub outlines: Vec<RegionOutline>,
    /// Places not to press, drawn when the reader turns on the "where not to press" layer.
    #[serde(default)]
    pub danger_zones: Vec<DangerZone>,
    /// Bones and landmarks, drawn when the reader turns on the "bones" layer.
    #[serde(default)]
    pub landmarks: Vec<Landmark>,
}

/// A bone or bony landmark a reader can feel, e.g. the lower tip of the shoulder blade.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Landmark {
    pub id: LandmarkId,
    pub side: Side,
    /// Without the side, which is added from `side`, e.g. "Lower tip of the shoulder blade".
    pub name: String,
    /// The vertebral level or levels it lies at, e.g. "T7".
    pub level: String,
    /// What it is, in a sentence or two.
    pub about: String,
    /// How to find it with your fingers.
    pub find: String,
    /// Closed subpaths are drawn as bone; open ones as lines (a ridge, the edge of a rib).
    pub path: PathData,
    pub sources: Vec<SourceId>,
}

/// One place not to press, drawn over the regions: the outline of an endangerment site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DangerZone {
    /// The endangerment-site caution that says why; its name and text make the tooltip.
    pub caution: CautionId,
    /// Which one, when a site has more than one outline, e.g. "left side".
    #[serde(default)]
    pub part: String,
    /// A closed outline.
    pub path: PathData,
}

/// A labelled tick on the spine, e.g. `C7` at the base of the neck.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelTick {
    pub label: String,
    pub y: f32,
}

/// The clickable shape of one region.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionOutline {
    pub region: RegionId,
    /// A closed outline that does not cross itself.
    pub path: PathData,
}
