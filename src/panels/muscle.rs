//! One muscle: its names, whether a lay giver may press it, how deep it lies, what it does, why
//! it gets tight, where it attaches, its nerve, how to find it, where it lies and the techniques
//! for the areas it lies in. The map shows it while this page is open.

use egui::{RichText, Ui};

use super::ViewCtx;
use super::cards::{back_button_ui, do_not_press_card_ui, sources_ui};
use super::pages::{MapOverlay, PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Depth, MuscleId};
use crate::diagram::depth_words;
use crate::page_model::no_such;
use crate::state::Page;
use crate::theme;

pub(super) fn muscle_page_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    id: &MuscleId,
    out: &mut Vec<Command>,
) {
    let guide = ctx.guide;
    back_button_ui(ui, out);
    let Some(muscle) = guide.muscle(id) else {
        ui.label(no_such("muscle", id.as_str()));
        return;
    };
    ui.page_title_ui(&muscle.name);
    // Many muscles go by their anatomical name in plain English too: no need to say it twice.
    if !muscle.latin.eq_ignore_ascii_case(&muscle.name) {
        ui.label(RichText::new(format!("Anatomical name: {}", muscle.latin)).weak());
    }
    // Before anything else: a reader who stops here must already know not to press it.
    if let Some(why) = &muscle.do_not_press {
        ui.add_space(theme::SPACE_S);
        do_not_press_card_ui(ui, why);
    }
    ui.label(
        RichText::new(if muscle.is_drawn() {
            "Shown on the map, on both sides."
        } else {
            "Not drawn on the map: a view of the back does not show it."
        })
        .weak(),
    );
    for (heading, text) in [
        ("How deep it lies", depth_words(muscle.depth)),
        ("What it does", muscle.does.as_str()),
        ("Why it gets tight", muscle.why_tight.as_str()),
    ] {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new(heading).strong());
        ui.label(text);
    }
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("Where it attaches").strong());
    ui.label(format!("From: {}", muscle.from));
    ui.label(format!("To: {}", muscle.to));
    for (heading, text) in [("Nerve", &muscle.nerve), ("How to find it", &muscle.find)] {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new(heading).strong());
        ui.label(text);
    }

    let regions: Vec<_> = muscle
        .regions
        .iter()
        .filter_map(|r| guide.region(r))
        .collect();
    ui.section_heading_ui("Where it lies", regions.len());
    ui.horizontal_wrapped(|ui| {
        for region in regions {
            if ui.link(region.display_name()).clicked() {
                out.push(Command::SelectRegion(region.id.clone()));
            }
        }
    });

    if !muscle.may_press() {
        // The areas' techniques work on the muscles round it, never on it: listing them here
        // would read as a way to reach it.
        ui.add_space(theme::SPACE_M);
        ui.weak("No technique in this guide is for this muscle.");
        sources_ui(ui, guide, muscle.sources.iter());
        return;
    }
    // Derived from the areas, not curated: the heading says so rather than promise that each
    // one reaches this muscle. The pressure beside each helps judge that.
    let techniques: Vec<_> = guide.techniques_for_muscle(muscle).collect();
    ui.section_heading_ui("Techniques for the areas it lies in", techniques.len());
    if muscle.depth != Depth::Surface {
        ui.weak("It lies under other muscles, so these work on it through the ones above it.");
    }
    for technique in techniques {
        ui.horizontal_wrapped(|ui| {
            if ui.link(&technique.name).clicked() {
                out.push(Command::ShowPage(Page::Technique(technique.id.clone())));
            }
            ui.weak(format!("{} pressure", technique.pressure.label()));
        });
    }
    sources_ui(ui, guide, muscle.sources.iter());
}

/// One muscle in full.
pub(super) struct MusclePage<'a>(pub &'a MuscleId);

impl PageView for MusclePage<'_> {
    fn tab(&self) -> Option<Tab> {
        None
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        muscle_page_ui(ui, ctx, self.0, out);
    }

    /// The muscle is drawn on the map.
    fn map_overlay(&self, _ctx: &ViewCtx<'_>) -> MapOverlay {
        MapOverlay {
            muscle: Some(self.0.clone()),
            ..MapOverlay::default()
        }
    }
}
