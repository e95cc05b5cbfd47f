//! Design tokens: every colour and size the app chooses, in one place.

use egui::{Color32, Visuals};

use crate::data::{CautionAction, Depth, Evidence};

mod visuals;

pub use visuals::{install, visuals};

/// Space between the map's edge and the drawing.
pub const MAP_MARGIN: f32 = 8.0;
/// Smallest text drawn on the map, in points, so labels stay readable on small windows.
pub const MIN_MAP_TEXT: f32 = 9.5;
pub const MAP_SIDE_LABEL: f32 = 13.0;
/// Half the length of a vertebral level tick, in diagram units.
pub const LEVEL_TICK_HALF: f32 = 8.0;
/// Where level labels start, right of the spine's midline, in diagram units: clear of the spine
/// strip's outline, so a highlighted strip never covers them.
pub const LEVEL_LABEL_OFFSET: f32 = 17.0;
/// Below this width (in points) the panel goes under the map instead of beside it.
pub const STACK_BELOW_WIDTH: f32 = 640.0;
/// Narrower than this (in points), the search box and the view settings take a line each.
pub const TOOLBAR_ONE_LINE_WIDTH: f32 = 1000.0;
/// The region panel's share of the window when side by side.
pub const PANEL_FRACTION: f32 = 0.5;
pub const PANEL_MIN_WIDTH: f32 = 280.0;
/// Vertical space between blocks, in points, from smallest to largest.
///
/// Under a heading (XS), between cards and list items (S), between paragraphs and sub-blocks
/// (M), before a sub-heading (L), before a section heading (XL). Five steps keep the panels'
/// rhythm even.
pub const SPACE_XS: f32 = 2.0;
pub const SPACE_S: f32 = 4.0;
pub const SPACE_M: f32 = 6.0;
pub const SPACE_L: f32 = 8.0;
pub const SPACE_XL: f32 = 10.0;
pub const HEADING_SIZE: f32 = 22.0;
pub const SECTION_HEADING_SIZE: f32 = 17.0;
/// The coloured dot before a benefit's evidence grade.
pub const EVIDENCE_DOT_RADIUS: f32 = 4.0;
pub const CARD_BAR_WIDTH: f32 = 4.0;
/// Edges of framed blocks, in points: a caution card's, a box of techniques left out, and the
/// bold one of a warning sign, the warning banner and a new step's card.
pub const CARD_EDGE: f32 = 1.0;
pub const LEFT_OUT_EDGE: f32 = 1.5;
pub const WARNING_EDGE: f32 = 2.0;
/// How much of its action's colour tints the warning banner (text on it is measured by
/// `tests/contrast.rs`).
pub const BANNER_TINT: f32 = 0.15;
/// How much of the selection colour tints a new step's card as its glow starts.
pub const CUE_GLOW: f32 = 0.35;
/// Space inside the guided session's step card, in points.
pub const STEP_CARD_MARGIN: i8 = 12;
/// The search box takes half the toolbar, within these widths (points).
pub const SEARCH_BOX_MIN_WIDTH: f32 = 160.0;
pub const SEARCH_BOX_MAX_WIDTH: f32 = 420.0;
/// The routine editor's name field and its "Add a technique…" list, in points.
pub const ROUTINE_NAME_WIDTH: f32 = 260.0;
pub const ROUTINE_PICKER_WIDTH: f32 = 240.0;
/// Gap between the hatch lines of a place not to press, in points.
pub const DANGER_HATCH_SPACING: f32 = 6.0;
/// Map tooltips wrap at this width, so a caution's text stays readable.
pub const MAP_TOOLTIP_WIDTH: f32 = 300.0;
/// The edges of muscles under others: dashes for one layer down, dots for the deepest (lengths
/// of dash and gap, in points).
pub const MIDDLE_MUSCLE_DASH: (f32, f32) = (6.0, 4.0);
pub const DEEP_MUSCLE_DASH: (f32, f32) = (2.0, 3.0);
/// The zoom buttons in the map's corner: side and gap, in points.
pub const MAP_BUTTON: f32 = 26.0;
pub const MAP_BUTTON_GAP: f32 = 6.0;
/// How much one point of wheel scrolling zooms the map (as the exponent of the factor).
pub const MAP_WHEEL_ZOOM: f32 = 0.004;
/// How far in from the body's edge its shading fades out, and half the width of the shadow of
/// the spine's groove, in diagram units.
pub const RIM_SHADE_WIDTH: f32 = 16.0;
pub const SPINE_GROOVE_HALF_WIDTH: f32 = 9.0;

/// One pass of a stroke arrow's dot, in seconds: about the pace of a slow stroke.
pub const STROKE_CYCLE_SECONDS: f32 = 2.0;
pub const STROKE_WIDTH: f32 = 2.5;
/// Arrowhead length in diagram units, and the moving dot's radius in points.
pub const STROKE_HEAD: f32 = 9.0;
pub const STROKE_DOT: f32 = 5.0;
/// The guided session's step text and countdown.
pub const PRACTICE_STEP_SIZE: f32 = 24.0;
pub const COUNTDOWN_SIZE: f32 = 48.0;
/// How long the step-end cue shows, in seconds.
pub const CUE_SECONDS: f64 = 2.5;

/// Colours of the back map.
pub struct MapColors {
    /// The figure: skin, its edge, and the shadow that gives it form.
    pub skin: Color32,
    pub outline: Color32,
    pub shade: Color32,
    /// The quiet border between regions, and the see-through tints over them.
    pub region_border: Color32,
    pub hovered: Color32,
    pub selected: Color32,
    pub hover_outline: Color32,
    pub selected_outline: Color32,
    pub focus: Color32,
    pub tick: Color32,
    pub text: Color32,
    /// Places not to press: see-through fill, brighter when pointed at, and the edge and hatch.
    pub danger: Color32,
    pub danger_hovered: Color32,
    pub danger_edge: Color32,
    /// A contrasting band under the edge, so the place stands out over red muscles too.
    pub danger_halo: Color32,
    /// Regions the technique on show suits, and the stroke arrows over them.
    pub suits: Color32,
    pub stroke: Color32,
    /// Muscles: fills by depth (see [`Self::muscle_fill`]), edges, fibres, and the one shown.
    pub muscle_surface: Color32,
    pub muscle_middle: Color32,
    pub muscle_deep: Color32,
    pub muscle_edge: Color32,
    pub fibre: Color32,
    pub muscle_strong: Color32,
    pub muscle_edge_strong: Color32,
    /// Bones and landmarks.
    pub bone: Color32,
    pub bone_edge: Color32,
    pub bone_strong: Color32,
    pub bone_edge_strong: Color32,
}

impl MapColors {
    #[expect(
        clippy::disallowed_methods,
        reason = "theme.rs is where colours are declared"
    )]
    pub fn for_visuals(visuals: &Visuals) -> Self {
        let focus = visuals.selection.stroke.color;
        let rgba = Color32::from_rgba_unmultiplied;
        if visuals.dark_mode {
            Self {
                // Dark enough for the light labels on it to read at 4.7:1.
                skin: Color32::from_rgb(138, 102, 84),
                outline: Color32::from_rgb(70, 48, 40),
                shade: rgba(30, 16, 10, 110),
                region_border: rgba(70, 45, 35, 150),
                hovered: rgba(255, 210, 150, 70),
                selected: rgba(70, 160, 230, 150),
                hover_outline: Color32::from_rgb(255, 220, 160),
                selected_outline: Color32::from_rgb(140, 210, 255),
                focus,
                tick: Color32::from_rgb(250, 240, 230),
                text: Color32::from_rgb(250, 245, 240),
                danger: rgba(230, 60, 60, 90),
                danger_hovered: rgba(255, 80, 80, 150),
                danger_edge: Color32::from_rgb(255, 120, 120),
                danger_halo: rgba(20, 10, 10, 220),
                suits: rgba(90, 200, 120, 110),
                stroke: Color32::from_rgb(255, 235, 140),
                muscle_surface: rgba(150, 40, 40, 120),
                muscle_middle: rgba(150, 40, 40, 70),
                muscle_deep: rgba(150, 40, 40, 40),
                muscle_edge: rgba(255, 190, 180, 200),
                fibre: rgba(255, 200, 190, 90),
                muscle_strong: rgba(210, 60, 60, 170),
                muscle_edge_strong: Color32::from_rgb(255, 230, 220),
                bone: rgba(235, 228, 210, 120),
                bone_edge: Color32::from_rgb(120, 105, 85),
                bone_strong: Color32::from_rgb(255, 250, 235),
                bone_edge_strong: Color32::from_rgb(255, 220, 120),
            }
        } else {
            Self {
                skin: Color32::from_rgb(238, 206, 184),
                outline: Color32::from_rgb(150, 110, 90),
                shade: rgba(150, 90, 60, 70),
                region_border: rgba(150, 105, 85, 110),
                hovered: rgba(255, 200, 120, 110),
                selected: rgba(60, 140, 220, 120),
                hover_outline: Color32::from_rgb(170, 100, 30),
                selected_outline: Color32::from_rgb(20, 80, 150),
                focus,
                tick: Color32::from_rgb(60, 45, 40),
                text: Color32::from_rgb(40, 30, 26),
                danger: rgba(200, 30, 30, 70),
                danger_hovered: rgba(200, 30, 30, 130),
                danger_edge: Color32::from_rgb(170, 20, 20),
                danger_halo: rgba(255, 255, 255, 230),
                suits: rgba(60, 170, 90, 90),
                stroke: Color32::from_rgb(20, 70, 40),
                muscle_surface: rgba(185, 60, 55, 95),
                muscle_middle: rgba(185, 60, 55, 55),
                muscle_deep: rgba(185, 60, 55, 30),
                muscle_edge: rgba(130, 30, 30, 200),
                fibre: rgba(120, 25, 25, 80),
                muscle_strong: rgba(200, 50, 45, 140),
                muscle_edge_strong: Color32::from_rgb(110, 10, 10),
                bone: rgba(250, 246, 232, 150),
                bone_edge: Color32::from_rgb(140, 120, 95),
                bone_strong: Color32::from_rgb(255, 255, 245),
                bone_edge_strong: Color32::from_rgb(150, 90, 0),
            }
        }
    }

    /// Muscles nearer the skin are drawn more solid; deeper ones show through.
    pub fn muscle_fill(&self, depth: Depth) -> Color32 {
        match depth {
            Depth::Surface => self.muscle_surface,
            Depth::Middle => self.muscle_middle,
            Depth::Deep => self.muscle_deep,
        }
    }
}

/// The colour of a caution's bar and of its action's words: one hue per action, most urgent
/// reddest.
///
/// The action is also written out, so colour is never the only cue. Each reads at 4.5:1 on the
/// panel and on the warning banner tinted with it.
#[expect(
    clippy::disallowed_methods,
    reason = "theme.rs is where colours are declared"
)]
pub fn action_color(action: CautionAction, visuals: &Visuals) -> Color32 {
    let (dark, light) = match action {
        CautionAction::Emergency => (
            Color32::from_rgb(255, 90, 90),
            Color32::from_rgb(190, 20, 20),
        ),
        CautionAction::StopSeekUrgentCare => (
            Color32::from_rgb(255, 140, 70),
            Color32::from_rgb(165, 60, 0),
        ),
        CautionAction::Avoid => (
            Color32::from_rgb(250, 190, 70),
            Color32::from_rgb(140, 85, 0),
        ),
        CautionAction::AskClinician => (
            Color32::from_rgb(200, 170, 255),
            Color32::from_rgb(110, 60, 170),
        ),
        CautionAction::Modify => (
            Color32::from_rgb(120, 190, 255),
            Color32::from_rgb(20, 100, 170),
        ),
    };
    if visuals.dark_mode { dark } else { light }
}

#[expect(
    clippy::disallowed_methods,
    reason = "theme.rs is where colours are declared"
)]
pub fn evidence_color(evidence: Evidence, visuals: &Visuals) -> Color32 {
    let (dark, light) = match evidence {
        Evidence::Strong => (
            Color32::from_rgb(110, 210, 120),
            Color32::from_rgb(20, 120, 40),
        ),
        Evidence::Moderate => (
            Color32::from_rgb(160, 200, 110),
            Color32::from_rgb(80, 120, 20),
        ),
        Evidence::Limited => (
            Color32::from_rgb(220, 190, 110),
            Color32::from_rgb(140, 100, 10),
        ),
        Evidence::Insufficient => (
            Color32::from_rgb(180, 180, 180),
            Color32::from_rgb(100, 100, 100),
        ),
        // Brown, not red: red is for danger, and the grade's words say the rest.
        Evidence::NoBenefit => (
            Color32::from_rgb(190, 150, 130),
            Color32::from_rgb(120, 70, 50),
        ),
    };
    if visuals.dark_mode { dark } else { light }
}
