//! The signs to stop at during a technique, grouped by whom to call in the reader's country,
//! most urgent first: in full on a technique's page, and in a session only the technique's own,
//! with the red flags one click away.

use egui::{CollapsingHeader, RichText, Ui};

use super::ui_ext::UiExt as _;
use crate::data::{CautionKind, Country, Guide, Technique};
use crate::safety::{self, StopLine};
use crate::theme;

/// Every sign to stop at, last so it is what the reader sees before starting.
pub(super) fn stop_if_ui(ui: &mut Ui, guide: &Guide, technique: &Technique) {
    let lines = safety::stop_lines(guide, technique);
    if lines.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_S);
    ui.label(RichText::new("Stop at once if:").strong());
    grouped_ui(ui, guide.here(), &lines);
}

/// In a session: the signs of the technique's own cautions, the few that matter while the
/// hands are busy; the red flags fold under them, one click away.
pub(super) fn session_stop_ui(ui: &mut Ui, guide: &Guide, technique: &Technique) {
    let (flags, own): (Vec<StopLine<'_>>, Vec<StopLine<'_>>) = safety::stop_lines(guide, technique)
        .into_iter()
        .partition(|l| l.caution.kind == CautionKind::RedFlag);
    if own.is_empty() && flags.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("Stop at once if:").strong());
    grouped_ui(ui, guide.here(), &own);
    if !flags.is_empty() {
        CollapsingHeader::new(format!("Red flags for this technique ({})", flags.len()))
            .id_salt("session_red_flags")
            .show(ui, |ui| grouped_ui(ui, guide.here(), &flags));
    }
}

/// The lines under one heading per whom to call, most urgent first; lines that call no one go
/// last, under "Stop and change what you do".
fn grouped_ui(ui: &mut Ui, here: &Country, lines: &[StopLine<'_>]) {
    for (group, lines) in safety::stop_groups(lines) {
        ui.label(RichText::new(safety::stop_group_title(here, group)).strong());
        for line in lines {
            let color = theme::action_color(line.caution.action, ui.visuals());
            ui.colored_bullet_ui(line.sign.item(), color);
        }
    }
}
