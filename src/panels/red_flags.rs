//! The red flags: symptoms with back pain that mean stop and get help, grouped by how urgently.

use egui::Ui;

use super::ViewCtx;
use super::cards::{caution_card_ui, urgency_title};
use super::country::country_choice_ui;
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::Caution;
use crate::safety::{CallGroup, by_call};
use crate::state::Page;
use crate::theme;

pub(super) fn red_flags_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let (guide, country) = (ctx.guide, ctx.state.country.as_ref());
    ui.page_title_ui("Red flags: stop and get help");
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Most back pain is not serious. But if any of these signs appear, before, during or \
         after a massage, stop. Do not massage again until a clinician has checked the person.",
    );
    ui.horizontal_wrapped(|ui| {
        ui.label("Numbers for:");
        country_choice_ui(ui, guide, country, "red_flags", out);
    });
    if !guide.look_alikes.is_empty() && ui.link(super::look_alikes::TITLE).clicked() {
        out.push(Command::ShowPage(Page::LookAlikes));
    }
    // Most urgent first, grouped by whom to call; a red flag that names no one still shows,
    // last, under its action.
    let here = guide.here();
    let flags: Vec<&Caution> = guide.red_flags().collect();
    for (group, flags) in by_call(&flags, |c| CallGroup::new(c.call, c.action)) {
        ui.section_heading_ui(&urgency_title(here, group), flags.len());
        for caution in flags {
            caution_card_ui(ui, here, caution);
        }
    }
}

/// The red flags, most urgent first.
pub(super) struct RedFlagsPage;

impl PageView for RedFlagsPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::RedFlags)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        red_flags_ui(ui, ctx, out);
    }
}
