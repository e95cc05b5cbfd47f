//! Guided practice: the current step in large type, its countdown and progress, the controls,
//! and a gentle cue when a step ends. The map beside it shows how the hands move.

use egui::{Button, Frame, ProgressBar, RichText, Stroke, Ui};

use super::ViewCtx;
use super::cards::verdict_words;
use super::pages::{MapOverlay, PageView, Tab};
use super::routines::RoutinesPage;
use super::stop_signs::session_stop_ui;
use super::ui_ext::UiExt as _;
use crate::app_core::Practice;
use crate::command::{Command, PracticeCommand, Steer};
use crate::data::{CautionAction as Severity, CautionId, Guide, Part, RegionId, format_duration};
use crate::diagram::Strokes;
use crate::handout::area_names;
use crate::practice::{Clock, Plan, PlannedStep, Session};
use crate::shortcuts::{self, ShortcutAction};
use crate::state::Page;
use crate::theme;

pub(super) fn practice_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    practice: &Practice,
    out: &mut Vec<Command>,
) {
    let guide = ctx.guide;
    let session = &practice.session;
    // How many seconds ago a step ran out and the current one began, if it did so lately.
    let now = ui.input(|i| i.time);
    let cue_age = practice.cue_since.map(|since| now - since);
    let plan = &session.plan;

    ui.page_title_ui(format!("Guided practice: {}", plan.title));
    left_out_ui(ui, guide, plan, out);
    if !plan.missing.is_empty() {
        let names: Vec<_> = plan.missing.iter().map(|id| format!("\"{id}\"")).collect();
        ui.weak(format!(
            "Left out, because this guide does not have them: {}.",
            names.join(", ")
        ));
    }

    if session.clock() == Clock::Finished {
        finished_ui(ui, session, ctx.focus, out);
        return;
    }
    let Some(step) = session.current() else {
        return;
    };

    let count = plan.steps.len();
    let (of_technique, in_technique) = step.step_of_technique;
    ui.label(format!(
        "Step {} of {count}  ·  {}, part {} of {in_technique}  ·  {} pressure",
        session.current_index() + 1,
        step.technique_name,
        of_technique + 1,
        step.pressure.label()
    ));
    if let Some(technique) = guide.technique(&step.technique) {
        // Every way the answers change the technique, on every one of its steps.
        let mut said: Vec<String> = Vec::new();
        for mark in ctx.profile.advice(technique).marks {
            let (text, color) = verdict_words(ui, mark.verdict);
            if !said.contains(&text) {
                ui.label(RichText::new(&text).color(color).strong());
                said.push(text);
            }
        }
        if step.regions != technique.regions {
            let ids: Vec<&RegionId> = step.regions.iter().collect();
            ui.label(format!(
                "In this routine, work only here: {}.",
                area_names(guide, &ids)
            ));
        }
    }

    step_card_ui(ui, step, cue_age);
    countdown_ui(ui, session);
    // Ids of their own: the lines above come and go from step to step, and the focused Pause
    // button must stay the same widget for the keyboard to stay on it.
    let controls = ui.make_persistent_id("practice_controls");
    ui.scope_builder(egui::UiBuilder::new().scope_id(controls), |ui| {
        controls_ui(ui, session, ctx.focus, out);
    });

    if let Some(next) = session.upcoming() {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new("Coming next").strong());
        ui.label(format!("{} ({})", next.text, format_duration(next.seconds)));
    }
    if let Some(technique) = guide.technique(&step.technique) {
        session_stop_ui(ui, guide, technique);
    }
}

/// The techniques the safety check rules out, why, and a link to each caution that does: said
/// at the top of the session, which never plays them.
fn left_out_ui(ui: &mut Ui, guide: &Guide, plan: &Plan, out: &mut Vec<Command>) {
    if plan.left_out.is_empty() {
        return;
    }
    let color = theme::action_color(Severity::Avoid, ui.visuals());
    let names: Vec<_> = plan.left_out.iter().map(|l| l.name.as_str()).collect();
    // Each reason once, however many techniques it rules out.
    let mut reasons: Vec<(&CautionId, &str)> = Vec::new();
    for (id, because) in plan.left_out.iter().flat_map(|l| &l.because) {
        if !reasons.iter().any(|(i, b)| *i == id && *b == because) {
            reasons.push((id, because));
        }
    }
    Frame::new()
        .stroke(Stroke::new(theme::LEFT_OUT_EDGE, color))
        .inner_margin(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("Left out for your safety: {}.", names.join("; ")))
                    .color(color)
                    .strong(),
            );
            ui.label(format!(
                "Your safety check says to avoid {}. A technique to avoid is never played in a \
                 session.",
                if names.len() == 1 { "it" } else { "them" }
            ));
            for (id, because) in reasons {
                ui.label(format!("Why: {because}"));
                if let Some(caution) = guide.caution(id) {
                    let link = ui.link(format!("Read the caution: {}", caution.name));
                    if link.clicked() {
                        out.push(Command::ShowPage(Page::Caution(caution.id.clone())));
                    }
                }
            }
        });
    ui.add_space(theme::SPACE_S);
}

/// The end of a session: well done, what is normal afterwards, and a way to start again.
fn finished_ui(ui: &mut Ui, session: &Session, focus: bool, out: &mut Vec<Command>) {
    let plan = &session.plan;
    ui.add_space(theme::SPACE_XL);
    let done = ui.label(
        RichText::new(format!(
            "Well done: you finished {} ({}).",
            plan.title,
            format_duration(plan.total_seconds())
        ))
        .size(theme::PRACTICE_STEP_SIZE),
    );
    ui.announce(&done);
    let skipped = session.skipped();
    if !skipped.is_empty() {
        ui.label(format!("You skipped: {}.", skipped.join("; ")));
    }
    ui.label(
        "Ask how the back feels. Mild soreness for a day or two is common; bruising or new \
         numbness means the pressure was too much.",
    );
    if ui
        .link("After you finish: what is normal, and when to get help")
        .clicked()
    {
        out.push(Command::ShowPage(Page::Basics(Part::AfterYouFinish)));
    }
    ui.add_space(theme::SPACE_L);
    ui.horizontal_wrapped(|ui| {
        let again = ui.button("Start again");
        if focus {
            again.request_focus();
        }
        if again.clicked() {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Restart)));
        }
        if ui.button("Previous step").clicked() {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Previous)));
        }
        if ui.button("Close").clicked() {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Stop)));
        }
    });
}

/// The step in large type. When it has just begun, its card glows and fades for a moment and
/// says it is new.
fn step_card_ui(ui: &mut Ui, step: &PlannedStep, cue_age: Option<f64>) {
    let glow = cue_age
        .filter(|age| *age < theme::CUE_SECONDS)
        .map(|age| 1.0 - (age / theme::CUE_SECONDS) as f32);
    let accent = ui.visuals().selection.bg_fill;
    let mut frame = Frame::group(ui.style()).inner_margin(theme::STEP_CARD_MARGIN);
    if let Some(strength) = glow {
        frame = frame
            .fill(accent.gamma_multiply(theme::CUE_GLOW * strength))
            .stroke(egui::Stroke::new(theme::WARNING_EDGE, accent));
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        if glow.is_some() {
            // The selection's text colour: the glow is the selection's colour, faded.
            let cue = ui.visuals().selection.stroke.color;
            ui.label(RichText::new("Next step").color(cue).strong());
        }
        // The main instruction: in the strong colour.
        let text = ui.label(
            RichText::new(&step.text)
                .size(theme::PRACTICE_STEP_SIZE)
                .color(ui.visuals().strong_text_color()),
        );
        ui.announce(&text);
    });
}

/// The step's countdown, and how far through the step and the session the reader is.
fn countdown_ui(ui: &mut Ui, session: &Session) {
    ui.add_space(theme::SPACE_M);
    ui.horizontal(|ui| {
        let left = session.seconds_left();
        let countdown = ui.label(
            RichText::new(format!("{}:{:02}", left / 60, left % 60))
                .size(theme::COUNTDOWN_SIZE)
                .monospace()
                .strong(),
        );
        ui.set_accessible_label(
            &countdown,
            &format!("{} left in this step", format_duration(left)),
        );
        ui.vertical(|ui| {
            ui.weak("left in this step");
            if session.clock() == Clock::Paused {
                ui.label(RichText::new("Paused").strong());
            }
        });
    });
    ui.add(ProgressBar::new(session.step_fraction()).desired_height(10.0));
    let total = session.plan.total_seconds();
    let done = (session.total_fraction() * total as f32).round() as u32;
    ui.add(ProgressBar::new(session.total_fraction()).text(format!(
        "{} of {} done",
        format_duration(done),
        format_duration(total)
    )));
}

/// Previous, Pause or Resume, Next, Skip this technique (in a routine) and Stop, with their
/// keys. `focus` puts the keyboard on Pause.
fn controls_ui(ui: &mut Ui, session: &Session, focus: bool, out: &mut Vec<Command>) {
    ui.add_space(theme::SPACE_M);
    ui.horizontal_wrapped(|ui| {
        let key = |action| shortcuts::text(ui.ctx(), action);
        let (previous, pause_key, next, skip) = (
            key(ShortcutAction::PreviousStep),
            key(ShortcutAction::PauseOrResume),
            key(ShortcutAction::NextStep),
            key(ShortcutAction::SkipTechnique),
        );
        if ui
            .button(format!("Previous ({previous})"))
            .on_hover_text("Back to the start of this step, or to the step before")
            .clicked()
        {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Previous)));
        }
        let running = session.clock() == Clock::Running;
        let pause = ui.add(Button::new(if running {
            format!("Pause ({pause_key})")
        } else {
            format!("Resume ({pause_key})")
        }));
        if focus {
            pause.request_focus();
        }
        if pause.clicked() {
            out.push(Command::Practice(if running {
                PracticeCommand::Steer(Steer::Pause)
            } else {
                PracticeCommand::Steer(Steer::Resume)
            }));
        }
        if ui.button(format!("Next ({next})")).clicked() {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Next)));
        }
        if session.plan.has_several_items()
            && let Some(step) = session.current()
            && ui
                .button(format!("Skip this technique ({skip})"))
                .on_hover_text(format!(
                    "Leave out the rest of {} and go on to the next technique",
                    step.technique_name
                ))
                .clicked()
        {
            out.push(Command::Practice(PracticeCommand::Steer(
                Steer::SkipTechnique,
            )));
        }
        if ui.button("Stop").on_hover_text("End the session").clicked() {
            out.push(Command::Practice(PracticeCommand::Steer(Steer::Stop)));
        }
    });
}

/// The guided session; the routines, where one starts, when there is none (sessions are not
/// saved).
pub(super) struct PracticePage;

impl PageView for PracticePage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Routines)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        match ctx.practice {
            Some(practice) => practice_ui(ui, ctx, practice, out),
            None => RoutinesPage::without_reveal().ui(ui, ctx, out),
        }
    }

    /// The current step's areas light up, with how the hands move while the session runs.
    fn map_overlay(&self, ctx: &ViewCtx<'_>) -> MapOverlay {
        let session = ctx.practice.map(|p| &p.session);
        let Some(step) = session.and_then(Session::current) else {
            return MapOverlay::default();
        };
        let clock = session.map_or(Clock::Finished, Session::clock);
        MapOverlay {
            highlighted: step.regions.clone(),
            strokes: (clock != Clock::Finished).then(|| Strokes {
                directions: step.directions.clone(),
                moving: clock == Clock::Running,
            }),
            muscle: None,
        }
    }
}
