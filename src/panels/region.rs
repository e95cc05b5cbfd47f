//! The panel for the selected region: anatomy, techniques, benefits and cautions.

use egui::{RichText, Ui};

use super::ViewCtx;
use super::basics::read_also_ui;
use super::cards::{
    benefit_card_ui, caution_card_ui, folded_cautions_ui, handout_answers_ui, handout_button_ui,
    muscle_link_ui, sources_ui,
};
use super::look_alikes::here_too_ui;
use super::pages::{PageView, Tab};
use super::safety_effects::applied_card_ui;
use super::technique::technique_ui;
use super::ui_ext::UiExt as _;
use super::welcome::welcome_ui;
use crate::command::Command;
use crate::data::{CautionAction, Guide, Muscle, Region, Technique};
use crate::handout::HandoutSubject;
use crate::page_model::RegionPage;
use crate::reader_data::Favourites;
use crate::safety::{Advice, Profile};
use crate::state::Page;
use crate::theme;

pub(super) fn region_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, region: &Region, out: &mut Vec<Command>) {
    let (guide, profile, state) = (ctx.guide, ctx.profile, ctx.state);
    let (hide_avoided, favourites) = (state.hide_avoided, &state.favourites);
    let page = RegionPage::new(guide, region, profile);
    ui.page_title_ui(region.display_name());
    // The level codes are read before anything explains them, so say what they count.
    ui.label(RichText::new(&page.levels).weak());
    // Handouts only where the app can save files.
    if ctx.caps.save_files {
        ui.horizontal_wrapped(|ui| {
            let subject = HandoutSubject::Region(region.id.clone());
            handout_button_ui(ui, &region.display_name(), subject, out);
            handout_answers_ui(ui, ctx.state.handout_answers, out);
        });
    }
    ui.add_space(theme::SPACE_M);
    ui.label(&region.summary);
    applies_to_you_ui(ui, region, profile, out);

    muscles_ui(ui, ctx, &page.muscles, out);
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("Why it gets tight").strong());
    ui.label(&region.why_tight);
    if !region.common_complaints.is_empty() {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new("Common complaints").strong());
        for complaint in &region.common_complaints {
            ui.bullet_ui(complaint);
        }
    }
    read_also_ui(ui, guide, region, out);
    here_too_ui(ui, guide, region, out);

    ui.section_heading_ui("Techniques", page.techniques.len());
    techniques_ui(ui, guide, &page.techniques, hide_avoided, favourites, out);

    ui.section_heading_ui("Benefits", page.benefits.len());
    for benefit in &page.benefits {
        benefit_card_ui(ui, guide, benefit, out);
    }

    let cautions = &page.cautions;
    ui.section_heading_ui("Cautions for this area", cautions.area.len());
    for caution in &cautions.area {
        caution_card_ui(ui, guide.here(), caution);
    }
    // Cautions that name every area (skin problems, bruises, ...) would bury the ones that are
    // special to this area, so they fold away like the cautions for everyone.
    let (title, salt) = ("Anywhere on the back", "whole_back_cautions");
    folded_cautions_ui(ui, guide.here(), title, salt, &cautions.whole_back);
    let (title, salt) = ("Cautions for everyone", "general_cautions");
    folded_cautions_ui(ui, guide.here(), title, salt, &cautions.general);
    // Red flags are not about how to massage but about when to stop and get help, so they get
    // their own section, emergencies first.
    if !cautions.red_flags.is_empty() {
        ui.section_heading_ui("Red flags: stop and get help", cautions.red_flags.len());
        for caution in &cautions.red_flags {
            caution_card_ui(ui, guide.here(), caution);
        }
    }

    sources_ui(ui, guide, page.sources.iter().copied());
}

/// The region's muscles, each a link with what it does; one a lay giver must not press is
/// marked so beside its name.
fn muscles_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, muscles: &[&Muscle], out: &mut Vec<Command>) {
    ui.section_heading_ui("Muscles", muscles.len());
    ui.weak("Point at a name to see the muscle on the map; click it to read more.");
    for muscle in muscles {
        ui.horizontal_wrapped(|ui| {
            muscle_link_ui(ui, ctx.hover, muscle, out);
            if !muscle.may_press() {
                let avoid = theme::action_color(CautionAction::Avoid, ui.visuals());
                ui.label(RichText::new("Do not press.").color(avoid).strong());
            }
            ui.label(&muscle.does);
        });
    }
}

/// The cautions this reader's answers make apply here, first thing under the summary; or, if
/// they have not answered, a pointer to the safety check.
fn applies_to_you_ui(ui: &mut Ui, region: &Region, profile: &Profile<'_>, out: &mut Vec<Command>) {
    let applied = profile.for_region(region);
    if applied.is_empty() {
        return;
    }
    ui.section_heading_ui("Applies to you", applied.len());
    for applied in &applied {
        applied_card_ui(ui, profile.here, applied);
    }
    if ui.button("Change your answers").clicked() {
        out.push(Command::ShowPage(Page::SafetyCheck));
    }
}

/// The techniques, those to avoid last, or hidden if the reader asked; hidden ones are still
/// named, so nothing disappears without a word.
fn techniques_ui(
    ui: &mut Ui,
    guide: &Guide,
    techniques: &[(&Technique, Advice<'_>)],
    hide_avoided: bool,
    favourites: &Favourites,
    out: &mut Vec<Command>,
) {
    // Those to avoid go last; each group keeps the guide's order.
    let (avoided, usable): (Vec<_>, Vec<_>) =
        techniques.iter().partition(|(_, advice)| advice.avoid());
    if !avoided.is_empty() {
        let mut hide = hide_avoided;
        if ui
            .checkbox(
                &mut hide,
                match avoided.len() {
                    1 => "Hide the technique to avoid".to_owned(),
                    n => format!("Hide the {n} techniques to avoid"),
                },
            )
            .changed()
        {
            out.push(Command::HideAvoided(hide));
        }
    }
    for (technique, advice) in &usable {
        let starred = favourites.contains(&technique.id);
        technique_ui(ui, guide, technique, advice, starred, out);
    }
    if hide_avoided && !avoided.is_empty() {
        let names: Vec<_> = avoided.iter().map(|(t, _)| t.name.as_str()).collect();
        ui.label(format!(
            "Hidden because of your safety check: {}.",
            names.join(", ")
        ));
    } else {
        for (technique, advice) in &avoided {
            let starred = favourites.contains(&technique.id);
            technique_ui(ui, guide, technique, advice, starred, out);
        }
    }
}

/// The chosen area of the back, or the welcome text when none is chosen.
pub(super) struct GuidePage;

impl PageView for GuidePage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Guide)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        let guide = ctx.guide;
        match ctx.state.selected.as_ref().and_then(|id| guide.region(id)) {
            Some(region) => region_ui(ui, ctx, region, out),
            None => welcome_ui(ui, ctx, out),
        }
    }
}
