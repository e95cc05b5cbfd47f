//! What the safety check's answers mean, shown wherever they matter: the cautions that apply to
//! the reader, the techniques they change, and the warning-sign banner.

use egui::{Frame, RichText, Stroke, Ui};

use super::cards::{caution_card_with_ui, urgency_title, verdict_words};
use super::ui_ext::bulleted;
use crate::command::Command;
use crate::data::{Country, Guide};
use crate::safety::{Applied, CallGroup, Profile, TechniqueVerdict, by_call, overall_verdict};
use crate::theme;

/// A caution that applies to the reader: the caution, the answers that brought it in, and what
/// it means for their massage.
pub(super) fn applied_card_ui(ui: &mut Ui, here: &Country, applied: &Applied<'_>) {
    let caution = applied.caution;
    caution_card_with_ui(ui, here, caution, |ui| {
        ui.add_space(theme::SPACE_XS);
        for question in &applied.questions {
            ui.label(format!("You answered yes to: {}", question.ask));
        }
        if let Some(verdict) = overall_verdict(caution) {
            let (text, color) = match verdict {
                TechniqueVerdict::Avoid(because) => (
                    format!("No massage for now: {because}"),
                    theme::action_color(caution.action, ui.visuals()),
                ),
                TechniqueVerdict::Modify(_) => verdict_words(ui, verdict),
            };
            ui.label(RichText::new(text).color(color).strong());
        }
    });
}

/// The techniques the answers rule out, with why, then those they change, with how: the whole
/// effect of the answers in one place.
pub(super) fn changes_ui(ui: &mut Ui, guide: &Guide, profile: &Profile<'_>) {
    let advised: Vec<_> = guide
        .techniques
        .iter()
        .map(|t| (t, profile.advice(t)))
        .filter(|(_, advice)| !advice.is_empty())
        .collect();
    let (avoid, change): (Vec<_>, Vec<_>) = advised.iter().partition(|(_, a)| a.avoid());
    for (title, list) in [
        ("Techniques to avoid", avoid),
        ("Techniques to change", change),
    ] {
        if list.is_empty() {
            continue;
        }
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new(format!("{title} ({})", list.len())).strong());
        for (technique, advice) in list {
            ui.label(RichText::new(bulleted(&technique.name)).strong());
            ui.indent(("why", technique.id.as_str()), |ui| {
                let firsts = advice
                    .marks
                    .iter()
                    .filter(|m| matches!(m.verdict, TechniqueVerdict::Avoid(_)) == advice.avoid());
                for mark in firsts {
                    let (text, color) = verdict_words(ui, mark.verdict);
                    ui.label(RichText::new(text).color(color));
                }
            });
        }
    }
}

/// A banner across the app while an answer is a warning sign: what it is and what to do, in
/// the colour of the most urgent action. Pushes a command if the reader asks for details.
pub(crate) fn alert_banner_ui(ui: &mut Ui, profile: &Profile<'_>, out: &mut Vec<Command>) {
    let alerts = profile.alerts();
    let Some(most_urgent) = alerts.first().map(|a| a.caution.action) else {
        return;
    };
    let color = theme::action_color(most_urgent, ui.visuals());
    Frame::new()
        .fill(color.gamma_multiply(theme::BANNER_TINT))
        .stroke(Stroke::new(theme::WARNING_EDGE, color))
        .inner_margin(8)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new("Warning sign in your safety check: do not massage.")
                    .size(theme::SECTION_HEADING_SIZE)
                    .color(color)
                    .strong(),
            );
            // Grouped by whom to call, most urgent first, in the reader's country's words.
            let key = |a: &Applied<'_>| CallGroup::new(a.caution.call, a.caution.action);
            for (group, list) in by_call(&alerts, key) {
                let names: Vec<_> = list.iter().map(|a| a.caution.name.as_str()).collect();
                let title = urgency_title(profile.here, group);
                ui.label(RichText::new(format!("{title}: {}.", names.join("; "))).strong());
            }
            ui.horizontal_wrapped(|ui| {
                if ui.button("What to do").clicked() {
                    out.push(Command::ShowWarningSigns);
                }
                ui.label(
                    "Shows each sign in full in the safety check. Change the answer there if it \
                     was a mistake.",
                );
            });
        });
}
