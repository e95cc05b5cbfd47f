//! The safety check: yes/no questions from the guide's data. Answers mark techniques and
//! cautions everywhere; a warning sign is called out under its question at once.

use egui::{Frame, RichText, Stroke, Ui, WidgetInfo};

use super::ViewCtx;
use super::country::country_block_ui;
use super::pages::{PageView, Tab};
use super::safety_effects::{applied_card_ui, changes_ui};
use super::ui_ext::UiExt as _;
use crate::app_core::Reveal;
use crate::command::Command;
use crate::data::Question;
use crate::safety::{self, Answers, Profile, is_warning_sign};
use crate::theme;

pub(super) fn safety_check_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let (guide, country) = (ctx.guide, ctx.state.country.as_ref());
    let (answers, profile) = (&ctx.state.answers, ctx.profile);
    let reveal_warning = ctx.reveal == Some(&Reveal::WarningSign);
    let mut reveal = reveal_warning;
    ui.page_title_ui("Safety check");
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Answer for the person who will be massaged: you, or the person you will massage. \
         The guide then marks the techniques to avoid or to change, and the cautions that apply. \
         Nothing is hidden unless you choose.",
    );
    ui.weak("Your answers stay on this computer. You can change or clear them at any time.");
    ui.add_space(theme::SPACE_M);
    country_block_ui(ui, guide, country, out);
    ui.add_space(theme::SPACE_M);
    ui.horizontal_wrapped(|ui| {
        let answered = answers.answered(guide);
        let label = if answered == 0 {
            "Skip for now"
        } else {
            "Done"
        };
        if ui.button(label).clicked() {
            out.push(Command::CloseSafetyCheck);
        }
        if ui
            .add_enabled(answered > 0, egui::Button::new("Clear all answers"))
            .clicked()
        {
            out.push(Command::ClearAnswers);
        }
        ui.weak(format!(
            "{answered} of {} questions answered",
            guide.questions.len()
        ));
    });

    let (urgent, others) = safety::questions_in_asking_order(guide);
    let groups = [
        (
            "First: is anything urgent right now?",
            "A yes here means stop: the answer says whom to call.",
            urgent,
        ),
        (
            "Then: health matters that change the massage",
            "A yes here marks the techniques to avoid or to change.",
            others,
        ),
    ];
    let mut number = 0;
    for (n, (title, note, questions)) in groups.into_iter().enumerate() {
        if questions.is_empty() {
            continue;
        }
        ui.add_space(theme::SPACE_XL);
        ui.section_title_ui(title);
        ui.label(note);
        if n == 0 {
            none_apply_ui(ui, &questions, answers, out);
        }
        for question in questions {
            number += 1;
            answered_question_ui(ui, number, question, answers, profile, &mut reveal, out);
        }
    }

    ui.add_space(theme::SPACE_XL);
    ui.section_title_ui("What your answers change");
    if profile.is_empty() {
        ui.label("Nothing yet: no answer so far makes a caution apply.");
    } else {
        changes_ui(ui, guide, profile);
    }
}

/// "None of these apply": one answer of No to every urgent question, for the reader who has read
/// them and has none of these signs. Above the questions, so the warnings it clears are all
/// below it and nothing moves under the pointer.
fn none_apply_ui(ui: &mut Ui, questions: &[&Question], answers: &Answers, out: &mut Vec<Command>) {
    let all_no = questions.iter().all(|q| answers.get(&q.id) == Some(false));
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        let button = ui
            .add_enabled(!all_no, egui::Button::new("None of these apply"))
            .on_hover_text(format!(
                "Answers No to the {} questions below. Read them first.",
                questions.len()
            ));
        if button.clicked() {
            out.push(Command::NoUrgentSigns);
        }
        ui.label(if all_no {
            "You answered No to all of these."
        } else {
            "Read the questions below first: this answers No to all of them."
        });
    });
}

/// One question, and under it what a yes changes; the first warning is scrolled to once when
/// `reveal` asks for it. A changed answer is pushed as a command.
fn answered_question_ui(
    ui: &mut Ui,
    number: usize,
    question: &Question,
    answers: &Answers,
    profile: &Profile<'_>,
    reveal: &mut bool,
    out: &mut Vec<Command>,
) {
    ui.add_space(theme::SPACE_L);
    if let Some(answer) = question_ui(ui, number, question, answers.get(&question.id)) {
        out.push(Command::Answer(question.id.clone(), Some(answer)));
    }
    if answers.get(&question.id) == Some(true) {
        let warned = yes_consequences_ui(ui, question, profile);
        if *reveal && let Some(frame) = warned {
            frame.scroll_to_me(Some(egui::Align::TOP));
            *reveal = false;
        }
    }
}

/// One question with Yes and No as radio buttons, each named with the question so a screen
/// reader says what it answers. Returns the new answer if the reader chose one (the buttons
/// never clear an answer).
fn question_ui(
    ui: &mut Ui,
    number: usize,
    question: &Question,
    answer: Option<bool>,
) -> Option<bool> {
    let mut changed = None;
    ui.label(RichText::new(format!("{number}. {}", question.ask)).strong());
    if !question.help.trim().is_empty() {
        // Help may say whom to call: never in the weak style.
        ui.label(&question.help);
    }
    ui.horizontal(|ui| {
        for (value, word) in [(true, "Yes"), (false, "No")] {
            let chosen = answer == Some(value);
            let response = ui.radio(chosen, word);
            response.widget_info(|| {
                WidgetInfo::selected(
                    egui::Role::RadioButton,
                    true,
                    chosen,
                    format!("{word}: {}", question.ask),
                )
            });
            if response.clicked() && !chosen {
                changed = Some(value);
            }
        }
    });
    changed
}

/// Under a question answered yes: a warning sign in a bold frame, else the cautions it brings in.
/// Returns the warning's frame, if there is one.
fn yes_consequences_ui(
    ui: &mut Ui,
    question: &Question,
    profile: &Profile<'_>,
) -> Option<egui::Response> {
    let applied: Vec<_> = profile
        .applied
        .iter()
        .filter(|a| a.questions.iter().any(|q| q.id == question.id))
        .collect();
    let (signs, others): (Vec<_>, Vec<_>) = applied
        .into_iter()
        .partition(|a| is_warning_sign(a.caution));
    let frame = signs.first().map(|first| {
        let color = theme::action_color(first.caution.action, ui.visuals());
        Frame::new()
            .stroke(Stroke::new(theme::WARNING_EDGE, color))
            .inner_margin(6)
            .show(ui, |ui| {
                ui.label(
                    RichText::new("This is a warning sign. Do not massage; get help as below.")
                        .color(color)
                        .strong(),
                );
                for applied in &signs {
                    applied_card_ui(ui, profile.here, applied);
                }
            })
            .response
    });
    for applied in &others {
        applied_card_ui(ui, profile.here, applied);
    }
    frame
}

/// The safety check.
pub(super) struct SafetyCheckPage;

impl PageView for SafetyCheckPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::SafetyCheck)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        safety_check_ui(ui, ctx, out);
    }

    /// Each warning shows under its own answer here, so answering never pushes the questions
    /// away from under the pointer (and the banner's "What to do" would only lead back here).
    fn shows_warning_banner(&self) -> bool {
        false
    }
}
