//! One technique, folded under a header that says what it is and, after the safety check,
//! whether to avoid or change it; opened, its steps, links, advice and "stop if" signs.

use egui::text::{LayoutJob, TextFormat};
use egui::{CollapsingHeader, Color32, FontId, RichText, TextStyle, Ui, WidgetText};

use super::basics::basics_links_ui;
use super::cards::{claim_links_ui, verdict_words};
use super::stop_signs::stop_if_ui;
use super::ui_ext::UiExt as _;
use crate::command::{Command, PlanSource, PracticeCommand};
use crate::data::{Caution, CautionKind, Guide, Technique, format_duration};
use crate::safety::Advice;
use crate::state::Page;
use crate::theme;

/// A technique folded under its header, as region panels list them.
pub(super) fn technique_ui(
    ui: &mut Ui,
    guide: &Guide,
    technique: &Technique,
    advice: &Advice<'_>,
    favourite: bool,
    out: &mut Vec<Command>,
) {
    let verdict = header_verdict(ui, advice);
    CollapsingHeader::new(header_text(
        ui,
        &technique.name,
        &meta_line(technique),
        verdict,
    ))
    .id_salt(("technique", technique.id.as_str()))
    .show(ui, |ui| {
        technique_body_ui(ui, guide, technique, advice, favourite, out);
    });
}

/// "Light pressure · 2 min · Partner, Therapist".
pub(super) fn meta_line(technique: &Technique) -> String {
    let givers: Vec<_> = technique.givers.iter().map(|g| g.label()).collect();
    format!(
        "{} pressure  ·  {}  ·  {}",
        technique.pressure.label(),
        format_duration(technique.total_seconds()),
        givers.join(", ")
    )
}

/// The buttons to practise a technique (not one to avoid: a session never plays it) and to
/// star it. Returns the practise button, for the caller to give it the keyboard.
fn technique_actions_ui(
    ui: &mut Ui,
    technique: &Technique,
    advice: &Advice<'_>,
    favourite: bool,
    out: &mut Vec<Command>,
) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        let start = ui
            .add_enabled(!advice.avoid(), egui::Button::new("Practise with a timer"))
            .on_hover_text("Follow the steps one at a time, with a countdown for each")
            .on_disabled_hover_text("Your safety check says to avoid this technique");
        ui.set_accessible_label(&start, &format!("Practise {} with a timer", technique.name));
        if start.clicked() {
            out.push(Command::Practice(PracticeCommand::Start(
                PlanSource::Technique(technique.id.clone()),
            )));
        }
        if favourite_button_ui(ui, technique, favourite).clicked() {
            out.push(Command::ToggleFavourite(technique.id.clone()));
        }
        start
    })
    .inner
}

/// A star that says, to a screen reader too, which technique it stars.
pub(super) fn favourite_button_ui(
    ui: &mut Ui,
    technique: &Technique,
    favourite: bool,
) -> egui::Response {
    let (text, tip, accessible) = if favourite {
        (
            "In your favourites",
            "Remove from your favourites",
            format!("Remove {} from favourites", technique.name),
        )
    } else {
        (
            "Add to favourites",
            "Keep it in your favourites list",
            format!("Add {} to favourites", technique.name),
        )
    };
    let response = ui.selectable_label(favourite, text).on_hover_text(tip);
    ui.set_accessible_label(&response, &accessible);
    response
}

/// Everything about a technique: the reader's advice, what it is, the steps, links and when to
/// stop. Returns its practise button, for the caller to give it the keyboard.
pub(super) fn technique_body_ui(
    ui: &mut Ui,
    guide: &Guide,
    technique: &Technique,
    advice: &Advice<'_>,
    favourite: bool,
    out: &mut Vec<Command>,
) -> egui::Response {
    let practise = technique_actions_ui(ui, technique, advice, favourite, out);
    advice_ui(ui, advice);
    ui.label(&technique.summary);
    let tools: Vec<_> = technique.tools.iter().map(|t| t.label()).collect();
    let directions: Vec<_> = technique.directions.iter().map(|d| d.label()).collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Tools:").strong());
        ui.label(tools.join(", "));
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Direction:").strong());
        ui.label(directions.join(", "));
    });
    ui.horizontal_wrapped(|ui| {
        // Words only: the one number scale, 0 to 10 in the steps, is how strong it feels.
        ui.label(RichText::new("Pressure:").strong());
        ui.label(technique.pressure.label());
    });
    ui.add_space(theme::SPACE_S);
    for (n, step) in technique.steps.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}.", n + 1)).strong());
            ui.label(&step.text);
            ui.weak(format!("({})", format_duration(step.seconds)));
        });
    }
    technique_links_ui(ui, guide, technique, out);
    stop_if_ui(ui, guide, technique);
    ui.add_space(theme::SPACE_S);
    basics_links_ui(ui, out);
    practise
}

/// The header's third line after the safety check: the first reason to avoid the technique,
/// else the first change to make, with how many more there are.
fn header_verdict(ui: &Ui, advice: &Advice<'_>) -> Option<(String, Color32)> {
    let first = advice.marks.first()?;
    let more = match advice.marks.len() - 1 {
        0 => String::new(),
        n => format!(" (+{n} more)"),
    };
    let (text, color) = verdict_words(ui, first.verdict);
    Some((format!("{text}{more}"), color))
}

/// Every mark the answers put on the technique, and the caution behind it.
fn advice_ui(ui: &mut Ui, advice: &Advice<'_>) {
    if advice.is_empty() {
        return;
    }
    ui.label(RichText::new("From your safety check:").strong());
    for mark in &advice.marks {
        let (text, color) = verdict_words(ui, mark.verdict);
        ui.horizontal_wrapped(|ui| {
            ui.colored_bullet_ui(text, color);
            ui.label(format!("({})", mark.caution.name));
        });
    }
    ui.add_space(theme::SPACE_S);
}

/// Where a technique suits, what it can help (and, apart, what research does not show), and when
/// to hold back, each item with its grade or action so the reader need not look it up.
fn technique_links_ui(ui: &mut Ui, guide: &Guide, technique: &Technique, out: &mut Vec<Command>) {
    ui.add_space(theme::SPACE_S);
    let suits: Vec<_> = technique
        .regions
        .iter()
        .filter_map(|id| guide.region(id))
        .map(|r| r.display_name())
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Suits:").strong());
        ui.label(suits.join("; "));
    });
    for (title, ids) in [
        ("Can help with:", &technique.benefits),
        ("Research does not show:", &technique.research_does_not_show),
    ] {
        if ids.is_empty() {
            continue;
        }
        ui.label(RichText::new(title).strong());
        for benefit in ids.iter().filter_map(|id| guide.benefit(id)) {
            let color = theme::evidence_color(benefit.evidence, ui.visuals());
            tagged_bullet_ui(ui, &benefit.name, benefit.evidence.label(), color);
            ui.indent(benefit.id.as_str(), |ui| {
                claim_links_ui(ui, guide, benefit, out);
            });
        }
    }
    ui.label(RichText::new("Take care:").strong());
    // The cautions of this technique by name; its red flags, the same few on most techniques,
    // fold into one link so the ones special to it stand out.
    let (flags, own): (Vec<&Caution>, Vec<&Caution>) = technique
        .cautions
        .iter()
        .filter_map(|id| guide.caution(id))
        .partition(|c| c.kind == CautionKind::RedFlag);
    for caution in own {
        let color = theme::action_color(caution.action, ui.visuals());
        tagged_bullet_ui(ui, &caution.name, caution.action.label(), color);
    }
    if !flags.is_empty() {
        let words = match flags.len() {
            1 => "1 red flag: a sign to stop and get help".to_owned(),
            n => format!("{n} red flags: signs to stop and get help"),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            if ui.link(words).clicked() {
                out.push(Command::ShowPage(Page::RedFlags));
            }
        });
    }
}

/// "•  Name (tag)", the tag in its colour, e.g. an evidence grade or an action.
fn tagged_bullet_ui(ui: &mut Ui, name: &str, tag: &str, color: Color32) {
    ui.horizontal_wrapped(|ui| {
        ui.bullet_ui(name);
        ui.label(RichText::new(format!("({tag})")).color(color));
    });
}

/// A header of two or three lines, name over details over the verdict for this person, wrapped
/// to the panel: a collapsing header's own text never wraps and would be cut off.
fn header_text(
    ui: &Ui,
    name: &str,
    details: &str,
    verdict: Option<(String, Color32)>,
) -> WidgetText {
    let style = ui.style();
    let font_id = TextStyle::Button.resolve(style);
    let small = FontId::proportional(font_id.size * 0.9);
    let mut job = LayoutJob::default();
    job.append(
        name,
        0.0,
        TextFormat::simple(font_id.clone(), ui.visuals().strong_text_color()),
    );
    job.append(
        &format!("\n{details}"),
        0.0,
        TextFormat::simple(small.clone(), ui.visuals().weak_text_color()),
    );
    if let Some((text, color)) = verdict {
        job.append(&format!("\n{text}"), 0.0, TextFormat::simple(small, color));
    }
    job.wrap.max_width =
        (ui.available_width() - style.spacing.indent - 2.0 * style.spacing.button_padding.x)
            .max(40.0);
    WidgetText::Galley(ui.ctx().fonts_mut(|fonts| fonts.layout_job(job)))
}
