//! What the panel shows when no region is selected: how to use the map.

use egui::{RichText, Ui};

use super::ViewCtx;
use super::cards::general_cautions_ui;
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{Guide, Part};
use crate::safety::{Answers, Profile};
use crate::shortcuts::{self, ShortcutAction};
use crate::state::Page;
use crate::theme;

pub(super) fn welcome_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let (guide, answers, profile) = (ctx.guide, &ctx.state.answers, ctx.profile);
    ui.page_title_ui("Welcome");
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Pick an area of the back on the map to learn how to massage it: what is there, \
         which techniques suit it, what they can do, and when to be careful.",
    );
    ui.add_space(theme::SPACE_L);
    ui.label(RichText::new("Using the map").strong());
    let zoom = format!(
        "{} or {} makes everything bigger or smaller.",
        shortcuts::text(ui.ctx(), ShortcutAction::ZoomIn),
        shortcuts::text(ui.ctx(), ShortcutAction::ZoomOut)
    );
    for line in [
        "Point at an area to see its name. Click it to read about it.",
        "The map shows the back as you see it from behind: the body's left is on your left.",
        "With the keyboard: Tab moves from area to area, the arrow keys move to the area next door, and Enter or Space opens it.",
        "Esc, or a click on empty space, clears your choice.",
        &zoom,
    ] {
        ui.bullet_ui(line);
    }
    ui.add_space(theme::SPACE_L);
    ui.label(format!(
        "This guide covers {} areas and {} techniques.",
        guide.regions.len(),
        guide.techniques.len()
    ));
    new_here_ui(ui, out);
    safety_check_status_ui(ui, guide, answers, profile, out);
    general_cautions_ui(ui, guide);
}

/// The way to the basics and to what research says, for a reader new to massage.
fn new_here_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    ui.add_space(theme::SPACE_L);
    ui.label(RichText::new("New to massage?").strong());
    ui.label(
        "Read Before you start first: how to agree on what you do and how firmly, how to lie or \
         sit, oils and allergies, and where not to press. After you finish covers aftercare.",
    );
    ui.horizontal_wrapped(|ui| {
        for part in [Part::BeforeYouStart, Part::AfterYouFinish] {
            if ui.button(format!("Read {}", part.label())).clicked() {
                out.push(Command::ShowPage(Page::Basics(part)));
            }
        }
        if ui.button("Read how massage works").clicked() {
            out.push(Command::ShowPage(Page::Claims));
        }
        if ui.button(super::look_alikes::TITLE).clicked() {
            out.push(Command::ShowPage(Page::LookAlikes));
        }
    });
}

/// Whether the safety check was taken and what it changed, with the way to it.
fn safety_check_status_ui(
    ui: &mut Ui,
    guide: &Guide,
    answers: &Answers,
    profile: &Profile<'_>,
    out: &mut Vec<Command>,
) {
    if guide.questions.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_L);
    ui.label(RichText::new("Your safety check").strong());
    let answered = answers.answered(guide);
    let (status, button) = if answered == 0 {
        (
            format!(
                "Not answered yet. {} yes/no questions mark the techniques to avoid or change \
                 for the person being massaged.",
                guide.questions.len()
            ),
            "Take the safety check",
        )
    } else {
        let applies = match profile.applied.len() {
            0 => "no caution applies".to_owned(),
            1 => "1 caution applies".to_owned(),
            n => format!("{n} cautions apply"),
        };
        (
            format!(
                "{answered} of {} questions answered: {applies}. Areas and techniques are marked \
                 to match.",
                guide.questions.len()
            ),
            "Change your answers",
        )
    };
    ui.label(status);
    if ui.button(button).clicked() {
        out.push(Command::ShowPage(Page::SafetyCheck));
    }
}
