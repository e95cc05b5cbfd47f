//! The panel for the selected region: anatomy, techniques, benefits and cautions.

use egui::text::{LayoutJob, TextFormat};
use egui::{CollapsingHeader, FontId, RichText, TextStyle, Ui, WidgetText};

use super::cards::{benefit_card_ui, caution_card_ui, section_heading_ui, sources_ui};
use crate::data::{Caution, CautionKind, Guide, Region, Technique, format_duration};
use crate::theme;

pub fn region_ui(ui: &mut Ui, guide: &Guide, region: &Region) {
    ui.label(
        RichText::new(region.display_name())
            .size(theme::HEADING_SIZE)
            .strong(),
    );
    ui.label(RichText::new(format!("Levels {}", region.levels)).weak());
    ui.add_space(6.0);
    ui.label(&region.summary);

    section_heading_ui(ui, "Muscles", region.muscles.len());
    for muscle in &region.muscles {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&muscle.name).strong());
            ui.label(&muscle.does);
        });
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Why it gets tight").strong());
    ui.label(&region.why_tight);
    if !region.common_complaints.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Common complaints").strong());
        for complaint in &region.common_complaints {
            ui.label(format!("•  {complaint}"));
        }
    }

    let techniques: Vec<&Technique> = guide.techniques_for(&region.id).collect();
    section_heading_ui(ui, "Techniques", techniques.len());
    for technique in &techniques {
        technique_ui(ui, guide, technique);
    }

    let benefits: Vec<_> = guide.benefits_for(&region.id).collect();
    section_heading_ui(ui, "Benefits", benefits.len());
    for benefit in &benefits {
        benefit_card_ui(ui, benefit);
    }

    let cautions = guide.cautions_for(&region.id);
    let local = guide.area_cautions(&region.id);
    section_heading_ui(ui, "Cautions for this area", local.len());
    for caution in &local {
        caution_card_ui(ui, caution);
    }
    // Cautions that name every area (skin problems, bruises, ...) would bury the ones that are
    // special to this area, so they fold away like the cautions for everyone.
    let everywhere: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| c.kind != CautionKind::RedFlag && guide.covers_whole_back(c))
        .collect();
    folded_cautions_ui(
        ui,
        "Anywhere on the back",
        "whole_back_cautions",
        &everywhere,
    );
    general_cautions_ui(ui, guide);
    // Red flags are not about how to massage but about when to stop and get help, so they get
    // their own section, emergencies first.
    let red_flags: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| c.kind == CautionKind::RedFlag)
        .collect();
    if !red_flags.is_empty() {
        section_heading_ui(ui, "Red flags: stop and get help", red_flags.len());
        for caution in &red_flags {
            caution_card_ui(ui, caution);
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

/// The cautions that apply to everyone, folded so they stay one click away on every view.
pub fn general_cautions_ui(ui: &mut Ui, guide: &Guide) {
    let general = guide.general_cautions();
    folded_cautions_ui(ui, "Cautions for everyone", "general_cautions", &general);
}

/// Cautions under a header that opens on a click, titled with their count; nothing if none.
fn folded_cautions_ui(ui: &mut Ui, title: &str, id_salt: &str, cautions: &[&Caution]) {
    if cautions.is_empty() {
        return;
    }
    ui.add_space(6.0);
    CollapsingHeader::new(format!("{title} ({})", cautions.len()))
        .id_salt(id_salt)
        .show(ui, |ui| {
            for caution in cautions {
                caution_card_ui(ui, caution);
            }
        });
}

fn technique_ui(ui: &mut Ui, guide: &Guide, technique: &Technique) {
    let givers: Vec<_> = technique.givers.iter().map(|g| g.label()).collect();
    let meta = format!(
        "{} pressure  ·  {}  ·  {}",
        technique.pressure.label(),
        format_duration(technique.total_seconds()),
        givers.join(", ")
    );
    CollapsingHeader::new(header_text(ui, &technique.name, &meta))
        .id_salt(("technique", technique.id.as_str()))
        .show(ui, |ui| {
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
                ui.label(RichText::new("Pressure:").strong());
                ui.label(format!(
                    "{} ({} of 5)",
                    technique.pressure.label(),
                    technique.pressure.level()
                ));
            });
            ui.add_space(4.0);
            for (n, step) in technique.steps.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{}.", n + 1)).strong());
                    ui.label(&step.text);
                    ui.weak(format!("({})", format_duration(step.seconds)));
                });
            }
            technique_links_ui(ui, guide, technique);
        });
}

/// Where a technique suits, what it can help, and when to hold back, each item with its grade or
/// action so the reader need not look it up.
fn technique_links_ui(ui: &mut Ui, guide: &Guide, technique: &Technique) {
    ui.add_space(4.0);
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
    ui.label(RichText::new("Can help with:").strong());
    for benefit in technique.benefits.iter().filter_map(|id| guide.benefit(id)) {
        let color = theme::evidence_color(benefit.evidence, ui.visuals());
        tagged_bullet_ui(ui, &benefit.name, benefit.evidence.label(), color);
    }
    ui.label(RichText::new("Take care:").strong());
    for caution in technique.cautions.iter().filter_map(|id| guide.caution(id)) {
        let color = theme::action_color(caution.action, ui.visuals());
        tagged_bullet_ui(ui, &caution.name, caution.action.label(), color);
    }
}

/// "•  Name (tag)", the tag in its colour, e.g. an evidence grade or an action.
fn tagged_bullet_ui(ui: &mut Ui, name: &str, tag: &str, color: egui::Color32) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("•  {name}"));
        ui.label(RichText::new(format!("({tag})")).color(color));
    });
}

/// A two-line header, name over details, wrapped to the panel: a collapsing header's own text
/// never wraps and would be cut off in a narrow window.
fn header_text(ui: &Ui, name: &str, details: &str) -> WidgetText {
    let style = ui.style();
    let font_id = TextStyle::Button.resolve(style);
    let mut job = LayoutJob::default();
    job.append(
        name,
        0.0,
        TextFormat::simple(font_id.clone(), ui.visuals().strong_text_color()),
    );
    job.append(
        &format!("\n{details}"),
        0.0,
        TextFormat::simple(
            FontId::proportional(font_id.size * 0.9),
            ui.visuals().weak_text_color(),
        ),
    );
    job.wrap.max_width =
        (ui.available_width() - style.spacing.indent - 2.0 * style.spacing.button_padding.x)
            .max(40.0);
    WidgetText::Galley(ui.ctx().fonts_mut(|fonts| fonts.layout_job(job)))
}
