//! The routines page: those the guide ships and the reader's own, each ready to start; the
//! reader's can be renamed, reordered, retimed and deleted here.

use egui::{CollapsingHeader, ComboBox, DragValue, Frame, RichText, TextEdit, Ui};

use super::ViewCtx;
use super::basics::basics_links_ui;
use super::cards::{handout_answers_ui, handout_button_ui, verdict_words};
use super::pages::{PageView, Tab};
use super::ui_ext::{UiExt as _, bulleted};
use crate::app_core::Reveal;
use crate::command::{Command, PlanSource, PracticeCommand};
use crate::data::{
    Caution, CautionAction as Severity, Guide, RegionId, RoutineItem, SourceId, Technique,
    format_duration,
};
use crate::handout::{HandoutSubject, area_names};
use crate::page_model::RoutinePage;
use crate::practice::Clock;
use crate::practice::Plan;
use crate::reader_data::{ITEM_SECONDS, MyRoutine, RoutineEdit, RoutineKey, RoutineRef};
use crate::safety::{Advice, Profile, TechniqueVerdict};
use crate::shortcuts::{self, ShortcutAction};
use crate::state::Page;
use crate::theme;

/// The page; `reveal` is a routine to scroll to and put the keyboard on, once.
pub(super) fn routines_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    reveal: Option<&RoutineRef>,
    out: &mut Vec<Command>,
) {
    let (guide, state) = (ctx.guide, ctx.state);
    ui.page_title_ui("Routines");
    // A session left paused, to offer going back to it.
    let paused = ctx
        .practice
        .map(|p| &p.session)
        .filter(|s| s.clock() == Clock::Paused);
    if let Some(title) = paused.map(|s| s.plan.title.as_str()) {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("Your session \"{title}\" is paused."));
            if ui.button("Back to the session").clicked() {
                out.push(Command::ShowPage(Page::Practice));
            }
        });
    }
    ui.label(
        "A routine takes you through several techniques, one step at a time. Each step shows \
         in large type with a countdown, and the map shows how the hands move.",
    );
    let key = |action| shortcuts::text(ui.ctx(), action);
    ui.weak(format!(
        "During a session: {} pauses or goes on, {} skips to the next step, {} goes back, {} \
         skips the rest of a technique.",
        key(ShortcutAction::PauseOrResume),
        key(ShortcutAction::NextStep),
        key(ShortcutAction::PreviousStep),
        key(ShortcutAction::SkipTechnique),
    ));
    basics_links_ui(ui, out);
    if ctx.caps.save_files {
        handout_answers_ui(ui, ctx.state.handout_answers, out);
    }

    ui.section_heading_ui("From the guide", guide.routines.len());
    let mut focus_first = ctx.focus && reveal.is_none();
    for routine in &guide.routines {
        let this = RoutineRef::Guide(routine.id.clone());
        let this_for_handout = this.clone();
        let reveal = reveal == Some(&this);
        card_ui(ui, reveal, |ui| {
            heading_ui(ui, &routine.name, routine.total_seconds());
            let givers: Vec<_> = routine.givers.iter().map(|g| g.label()).collect();
            ui.weak(format!("For: {}", givers.join(", ")));
            ui.label(&routine.summary);
            let check = RoutineCheck::new(guide, ctx.profile, &routine.items);
            check.marks_ui(ui, routine.id.as_str(), out);
            items_ui(ui, guide, &routine.items, &check);
            let plan = Plan::routine(guide, &routine.name, &routine.items);
            let page = RoutinePage::new(guide, &plan, &routine.sources, ctx.profile);
            sources_ui(ui, guide, &routine.name, &page.sources);
            ui.horizontal_wrapped(|ui| {
                let focus = std::mem::take(&mut focus_first) || (reveal && ctx.focus);
                let start = start_button_ui(ui, &routine.name, check.why_not_start());
                if focus || reveal {
                    start.request_focus();
                }
                if start.clicked() {
                    out.push(Command::Practice(PracticeCommand::Start(
                        PlanSource::Routine(this),
                    )));
                }
                if ui
                    .button("Copy to my routines")
                    .on_hover_text("Make your own version to change")
                    .clicked()
                {
                    out.push(Command::CopyRoutine(routine.id.clone()));
                }
                if ctx.caps.save_files {
                    let subject = HandoutSubject::Routine(this_for_handout);
                    handout_button_ui(ui, &routine.name, subject, out);
                }
            });
        });
    }

    let mine = state.my_routines.all();
    ui.section_heading_ui("Your routines", mine.len());
    if mine.is_empty() {
        ui.label("Make your own: start a new one, or copy one above and change it.");
    }
    for routine in mine {
        if ctx.editing == Some(routine.key) {
            editor_ui(ui, guide, routine, out);
        } else {
            my_routine_ui(ui, ctx, routine, out);
        }
    }
    if ui.button("+ New routine").clicked() {
        out.push(Command::NewRoutine);
    }
}

/// A framed card; `reveal` scrolls it into view.
fn card_ui(ui: &mut Ui, reveal: bool, contents: impl FnOnce(&mut Ui)) {
    let response = Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            contents(ui);
        })
        .response;
    if reveal {
        response.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.add_space(theme::SPACE_S);
}

fn heading_ui(ui: &mut Ui, name: &str, seconds: u32) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        ui.weak(format_duration(seconds));
    });
}

/// What the safety check changes in a routine: the techniques it leaves out and those it
/// changes, each with its advice.
struct RoutineCheck<'a> {
    avoided: Vec<(&'a Technique, Advice<'a>)>,
    changed: Vec<(&'a Technique, Advice<'a>)>,
    /// Items whose technique the guide has.
    present: usize,
}

impl<'a> RoutineCheck<'a> {
    fn new(guide: &'a Guide, profile: &Profile<'a>, items: &[RoutineItem]) -> Self {
        let mut check = Self {
            avoided: Vec::new(),
            changed: Vec::new(),
            present: 0,
        };
        for technique in items.iter().filter_map(|i| guide.technique(&i.technique)) {
            check.present += 1;
            let advice = profile.advice(technique);
            if advice.avoid() {
                check.avoided.push((technique, advice));
            } else if !advice.is_empty() {
                check.changed.push((technique, advice));
            }
        }
        check
    }

    fn avoids(&self, technique: &Technique) -> bool {
        self.avoided.iter().any(|(t, _)| t.id == technique.id)
    }

    /// Why the routine cannot start, if it cannot: nothing would be left to play.
    fn why_not_start(&self) -> Option<&'static str> {
        if self.present == 0 {
            Some("None of its techniques is in this guide.")
        } else if self.avoided.len() == self.present {
            Some(
                "Not for you now: your safety check says to avoid every technique in it, and a \
                 technique to avoid is never played.",
            )
        } else {
            None
        }
    }

    /// "1 technique to avoid for you · 2 changed for you", opening on a click to say why, with
    /// a link to each caution; nothing when the answers change nothing.
    fn marks_ui(&self, ui: &mut Ui, id_salt: &str, out: &mut Vec<Command>) {
        let mut parts = Vec::new();
        match self.avoided.len() {
            0 => {}
            1 => parts.push("1 technique to avoid for you".to_owned()),
            n => parts.push(format!("{n} techniques to avoid for you")),
        }
        if !self.changed.is_empty() {
            parts.push(format!("{} changed for you", self.changed.len()));
        }
        if parts.is_empty() {
            return;
        }
        let severity = if self.avoided.is_empty() {
            Severity::Modify
        } else {
            Severity::Avoid
        };
        let color = theme::action_color(severity, ui.visuals());
        CollapsingHeader::new(RichText::new(parts.join(" · ")).color(color).strong())
            .id_salt(("routine_for_you", id_salt))
            .show(ui, |ui| {
                for (technique, advice) in &self.avoided {
                    ui.label(
                        RichText::new(bulleted(format!(
                            "{}: left out of the session",
                            technique.name
                        )))
                        .strong(),
                    );
                    marks_ui(ui, technique, advice, true);
                }
                for (technique, advice) in &self.changed {
                    ui.label(RichText::new(bulleted(&technique.name)).strong());
                    marks_ui(ui, technique, advice, false);
                }
                // Each caution behind them once.
                let mut cautions: Vec<&Caution> = Vec::new();
                for (_, advice) in self.avoided.iter().chain(&self.changed) {
                    for mark in &advice.marks {
                        if !cautions.iter().any(|c| c.id == mark.caution.id) {
                            cautions.push(mark.caution);
                        }
                    }
                }
                for caution in cautions {
                    let link = ui.link(format!("Read the caution: {}", caution.name));
                    if link.clicked() {
                        out.push(Command::ShowPage(Page::Caution(caution.id.clone())));
                    }
                }
            });
    }
}

/// A technique's avoid marks, or its changes.
fn marks_ui(ui: &mut Ui, technique: &Technique, advice: &Advice<'_>, avoid: bool) {
    ui.indent(("routine_marks", technique.id.as_str()), |ui| {
        let marks = advice
            .marks
            .iter()
            .filter(|m| matches!(m.verdict, TechniqueVerdict::Avoid(_)) == avoid);
        for mark in marks {
            let (text, color) = verdict_words(ui, mark.verdict);
            ui.label(RichText::new(text).color(color));
        }
    });
}

/// "1. Palm effleurage · 2 min" for each item, with the areas and steps it keeps if it keeps
/// fewer; a technique the guide lacks is named as missing, one the safety check rules out as
/// left out.
fn items_ui(ui: &mut Ui, guide: &Guide, items: &[RoutineItem], check: &RoutineCheck<'_>) {
    for (n, item) in items.iter().enumerate() {
        let technique = guide.technique(&item.technique);
        let name = technique.map_or_else(|| missing_name(item), |t| t.name.clone());
        let line = format!("{}. {name} · {}", n + 1, format_duration(item.seconds));
        if technique.is_some_and(|t| check.avoids(t)) {
            let color = theme::action_color(Severity::Avoid, ui.visuals());
            ui.label(RichText::new(format!("{line} · left out for you")).color(color));
        } else {
            ui.label(line);
        }
        if let Some(limits) = technique.and_then(|t| item_limits(guide, t, item)) {
            ui.indent(("item_limits", n), |ui| ui.weak(limits));
        }
    }
}

/// "Only on: Shoulder, both sides. Leaves out steps 1 and 5.", for an item that keeps fewer
/// areas or steps than its technique has.
fn item_limits(guide: &Guide, technique: &Technique, item: &RoutineItem) -> Option<String> {
    let mut parts = Vec::new();
    let areas: Vec<&RegionId> = technique
        .regions
        .iter()
        .filter(|r| item.regions.contains(r))
        .collect();
    if !areas.is_empty() && areas.len() < technique.regions.len() {
        parts.push(format!("Only on: {}.", area_names(guide, &areas)));
    }
    let mut steps: Vec<usize> = (1..=technique.steps.len())
        .filter(|n| item.skip_steps.contains(n))
        .collect();
    steps.dedup();
    if let Some((last, rest)) = steps.split_last() {
        let list: Vec<String> = rest.iter().map(ToString::to_string).collect();
        parts.push(match rest.len() {
            0 => format!("Leaves out step {last}."),
            _ => format!("Leaves out steps {} and {last}.", list.join(", ")),
        });
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The sources of what the routine's handout says, folded under "Sources (n)": the card is
/// one of several on the page, and its handout prints them in full.
fn sources_ui(ui: &mut Ui, guide: &Guide, name: &str, ids: &[&SourceId]) {
    let sources: Vec<_> = ids.iter().filter_map(|id| guide.source(id)).collect();
    if sources.is_empty() {
        return;
    }
    let header = CollapsingHeader::new(format!("Sources ({})", sources.len()))
        .id_salt(("routine_sources", name))
        .show(ui, |ui| {
            for source in sources {
                ui.horizontal_wrapped(|ui| {
                    ui.hyperlink_to(&source.title, &source.url);
                    ui.weak(format!("{}, {}", source.publisher, source.year));
                });
            }
        })
        .header_response;
    ui.set_accessible_label(&header, &format!("Sources of {name}"));
}

fn missing_name(item: &RoutineItem) -> String {
    format!("\"{}\" (not in this guide; left out)", item.technique)
}

/// "Start", named "Start `<routine>`" for screen readers; with a reason it cannot start, turned
/// off with the reason beside it.
fn start_button_ui(ui: &mut Ui, name: &str, why_not: Option<&str>) -> egui::Response {
    let response = ui.add_enabled(why_not.is_none(), egui::Button::new("Start"));
    ui.set_accessible_label(&response, &format!("Start {name}"));
    if let Some(why) = why_not.filter(|w| !w.is_empty()) {
        let color = theme::action_color(Severity::Avoid, ui.visuals());
        ui.label(RichText::new(why).color(color));
    }
    response
}

fn my_routine_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, routine: &MyRoutine, out: &mut Vec<Command>) {
    let guide = ctx.guide;
    // Where the app cannot save files, there are no handouts.
    let handouts = ctx.caps.save_files;
    card_ui(ui, false, |ui| {
        heading_ui(ui, &routine.name, routine.total_seconds());
        let check = RoutineCheck::new(guide, ctx.profile, &routine.items);
        if routine.items.is_empty() {
            ui.weak("No techniques yet: edit it to add some.");
        } else {
            check.marks_ui(ui, &format!("mine_{}", routine.key.0), out);
        }
        items_ui(ui, guide, &routine.items, &check);
        let plan = Plan::routine(guide, &routine.name, &routine.items);
        let page = RoutinePage::new(guide, &plan, &[], ctx.profile);
        sources_ui(ui, guide, &routine.name, &page.sources);
        let confirm_id = ui.make_persistent_id("confirm_delete_routine");
        let confirming = ui.data(|d| d.get_temp::<RoutineKey>(confirm_id)) == Some(routine.key);
        let why_not = if routine.items.is_empty() {
            // The line above already says so.
            Some("")
        } else {
            check.why_not_start()
        };
        ui.horizontal_wrapped(|ui| {
            if start_button_ui(ui, &routine.name, why_not).clicked() {
                out.push(Command::Practice(PracticeCommand::Start(
                    PlanSource::Routine(RoutineRef::Mine(routine.key)),
                )));
            }
            if handouts && !routine.items.is_empty() {
                let subject = HandoutSubject::Routine(RoutineRef::Mine(routine.key));
                handout_button_ui(ui, &routine.name, subject, out);
            }
            let edit = ui.button("Edit");
            ui.set_accessible_label(&edit, &format!("Edit {}", routine.name));
            if edit.clicked() {
                out.push(Command::EditingRoutine(Some(routine.key)));
            }
            if confirming {
                ui.label(RichText::new(format!("Delete \"{}\" for good?", routine.name)).strong());
                let yes = ui.button("Yes, delete");
                if yes.clicked() {
                    out.push(Command::DeleteRoutine(routine.key));
                    ui.data_mut(|d| d.remove::<RoutineKey>(confirm_id));
                }
                if ui.button("Keep it").clicked() {
                    ui.data_mut(|d| d.remove::<RoutineKey>(confirm_id));
                }
            } else {
                let delete = ui.button("Delete");
                ui.set_accessible_label(&delete, &format!("Delete {}", routine.name));
                if delete.clicked() {
                    ui.data_mut(|d| d.insert_temp(confirm_id, routine.key));
                }
            }
        });
    });
}

/// The editor: name, items with their times, moved up and down or removed, and a list to add
/// techniques from. Every change is saved as it is made.
fn editor_ui(ui: &mut Ui, guide: &Guide, routine: &MyRoutine, out: &mut Vec<Command>) {
    let key = routine.key;
    let edit = |e: RoutineEdit| Command::EditRoutine(key, e);
    card_ui(ui, false, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label("Name:");
            let mut name = routine.name.clone();
            let response = ui
                .add(TextEdit::singleline(&mut name).desired_width(theme::ROUTINE_NAME_WIDTH))
                .labelled_by(label.id);
            ui.set_accessible_label(&response, "Routine name");
            if response.changed() {
                out.push(edit(RoutineEdit::Rename(name)));
            }
            ui.weak(format!(
                "{} in all",
                format_duration(routine.total_seconds())
            ));
        });
        let count = routine.items.len();
        for (n, item) in routine.items.iter().enumerate() {
            let name = guide
                .technique(&item.technique)
                .map_or_else(|| missing_name(item), |t| t.name.clone());
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{}. {name}", n + 1));
                let mut seconds = item.seconds;
                let time = ui.add(
                    DragValue::new(&mut seconds)
                        .range(ITEM_SECONDS)
                        .speed(5.0)
                        .custom_formatter(|s, _| format_duration(s as u32))
                        .custom_parser(parse_duration),
                );
                ui.set_accessible_label(&time, &format!("Time for {name}"));
                if time.changed() {
                    out.push(edit(RoutineEdit::SetSeconds(n, seconds)));
                }
                let up = ui.add_enabled(n > 0, egui::Button::new("Up"));
                ui.set_accessible_label(&up, &format!("Move {name} up"));
                if up.clicked() {
                    out.push(edit(RoutineEdit::Move(n, n - 1)));
                }
                let down = ui.add_enabled(n + 1 < count, egui::Button::new("Down"));
                ui.set_accessible_label(&down, &format!("Move {name} down"));
                if down.clicked() {
                    out.push(edit(RoutineEdit::Move(n, n + 1)));
                }
                let remove = ui.button("Remove");
                ui.set_accessible_label(&remove, &format!("Remove {name}"));
                if remove.clicked() {
                    out.push(edit(RoutineEdit::Remove(n)));
                }
            });
        }
        ui.horizontal_wrapped(|ui| {
            let response = ComboBox::from_id_salt(("add_to_routine", key))
                .selected_text("Add a technique…")
                .width(theme::ROUTINE_PICKER_WIDTH)
                .show_ui(ui, |ui| {
                    for technique in &guide.techniques {
                        let text = format!(
                            "{} ({})",
                            technique.name,
                            format_duration(technique.total_seconds())
                        );
                        if ui.selectable_label(false, text).clicked() {
                            out.push(edit(RoutineEdit::Add(technique.id.clone())));
                            // Closed however it was chosen, by pointer or screen reader.
                            ui.close();
                        }
                    }
                })
                .response;
            ui.set_accessible_label(&response, "Add a technique");
            if ui.button("Done").clicked() {
                out.push(Command::EditingRoutine(None));
            }
        });
    });
}

/// Reads "2 min 30 s", "2:30", "150" (seconds) or "2 min" back into seconds.
fn parse_duration(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Some((m, s)) = text.split_once(':') {
        let m: f64 = m.trim().parse().ok()?;
        let s: f64 = s.trim().parse().ok()?;
        return Some(m * 60.0 + s);
    }
    let mut total = 0.0;
    let mut number: Option<f64> = None;
    for part in text.split_whitespace() {
        if let Ok(n) = part.parse::<f64>() {
            number = Some(n);
        } else if part.starts_with("min") {
            total += number.take()? * 60.0;
        } else if part.starts_with('s') {
            total += number.take()?;
        } else {
            return None;
        }
    }
    Some(total + number.unwrap_or(0.0))
}

/// The routines of the guide and the reader's own.
pub(super) struct RoutinesPage {
    /// Whether a routine the core asked for is scrolled to (not when the page stands in for a
    /// session that is over).
    reveal: bool,
}

impl RoutinesPage {
    pub(super) const fn new() -> Self {
        Self { reveal: true }
    }

    pub(super) const fn without_reveal() -> Self {
        Self { reveal: false }
    }
}

impl PageView for RoutinesPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Routines)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        let reveal = ctx.reveal.and_then(Reveal::routine).filter(|_| self.reveal);
        routines_ui(ui, ctx, reveal, out);
    }
}
