//! The panel for the selected region: anatomy, techniques, benefits and cautions.

use egui::{RichText, Ui};

use super::basics::read_also_ui;
use super::cards::{
    benefit_card_ui, caution_card_ui, folded_cautions_ui, general_cautions_ui, handout_answers_ui,
    handout_button_ui, muscle_link_ui, sources_ui,
};
use super::look_alikes::here_too_ui;
use super::safety_effects::applied_card_ui;
use super::technique::technique_ui;
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Action, Caution, CautionKind, Guide, Region, Technique};
use crate::handout::HandoutSubject;
use crate::safety::Profile;
use crate::saved::Favourites;
use crate::state::AppState;
use crate::state::Page;
use crate::theme;

pub fn region_ui(
    ui: &mut Ui,
    guide: &Guide,
    region: &Region,
    profile: &Profile<'_>,
    state: &AppState,
    handout: Option<bool>,
    out: &mut Vec<Command>,
) {
    let (hide_avoided, favourites) = (state.hide_avoided, &state.favourites);
    ui.page_title_ui(region.display_name());
    // The level codes are read before anything explains them, so say what they count.
    ui.label(
        RichText::new(format!(
            "Levels {}  ·  the spine's bones, counted from the top: C neck, T chest, L lower \
             back, S sacrum",
            region.levels
        ))
        .weak(),
    );
    // None where the app cannot save files; else whether the answers go in.
    if let Some(with_answers) = handout {
        ui.horizontal_wrapped(|ui| {
            let subject = HandoutSubject::Region(region.id.clone());
            handout_button_ui(ui, &region.display_name(), subject, out);
            handout_answers_ui(ui, with_answers, out);
        });
    }
    ui.add_space(theme::SPACE_M);
    ui.label(&region.summary);
    applies_to_you_ui(ui, region, profile, out);

    muscles_ui(ui, guide, region, out);
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

    let techniques: Vec<&Technique> = guide.techniques_for(&region.id).collect();
    ui.section_heading_ui("Techniques", techniques.len());
    techniques_ui(
        ui,
        guide,
        &techniques,
        profile,
        hide_avoided,
        favourites,
        out,
    );

    let benefits: Vec<_> = guide.benefits_for(&region.id).collect();
    ui.section_heading_ui("Benefits", benefits.len());
    for benefit in &benefits {
        benefit_card_ui(ui, guide, benefit, out);
    }

    let cautions = guide.cautions_for(&region.id);
    let local = guide.area_cautions(&region.id);
    ui.section_heading_ui("Cautions for this area", local.len());
    for caution in &local {
        caution_card_ui(ui, guide.here(), caution);
    }
    // Cautions that name every area (skin problems, bruises, ...) would bury the ones that are
    // special to this area, so they fold away like the cautions for everyone.
    let everywhere: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| c.kind != CautionKind::RedFlag && guide.covers_whole_back(c))
        .collect();
    let (title, salt) = ("Anywhere on the back", "whole_back_cautions");
    folded_cautions_ui(ui, guide.here(), title, salt, &everywhere);
    general_cautions_ui(ui, guide);
    // Red flags are not about how to massage but about when to stop and get help, so they get
    // their own section, emergencies first.
    let red_flags: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| c.kind == CautionKind::RedFlag)
        .collect();
    if !red_flags.is_empty() {
        ui.section_heading_ui("Red flags: stop and get help", red_flags.len());
        for caution in &red_flags {
            caution_card_ui(ui, guide.here(), caution);
        }
    }

    sources_ui(
        ui,
        guide,
        region
            .sources
            .iter()
            .chain(techniques.iter().flat_map(|t| &t.sources))
            .chain(benefits.iter().flat_map(|b| &b.sources))
            .chain(cautions.iter().flat_map(|c| &c.sources))
            .chain(
                guide
                    .general_cautions()
                    .into_iter()
                    .flat_map(|c| &c.sources),
            ),
    );
}

/// The region's muscles, each a link with what it does; one a lay giver must not press is
/// marked so beside its name.
fn muscles_ui(ui: &mut Ui, guide: &Guide, region: &Region, out: &mut Vec<Command>) {
    let muscles: Vec<_> = guide.muscles_of(region).collect();
    ui.section_heading_ui("Muscles", muscles.len());
    ui.weak("Point at a name to see the muscle on the map; click it to read more.");
    for muscle in muscles {
        ui.horizontal_wrapped(|ui| {
            muscle_link_ui(ui, muscle, out);
            if !muscle.may_press() {
                let avoid = theme::action_color(Action::Avoid, ui.visuals());
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
    techniques: &[&Technique],
    profile: &Profile<'_>,
    hide_avoided: bool,
    favourites: &Favourites,
    out: &mut Vec<Command>,
) {
    // Those to avoid go last; each group keeps the guide's order.
    let (avoided, usable): (Vec<_>, Vec<_>) = techniques
        .iter()
        .map(|t| (*t, profile.advice(t)))
        .partition(|(_, advice)| advice.avoid());
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
