//! One caution in full, opened from a search: its card, where it applies, and the techniques
//! that name it.

use egui::{RichText, Ui};

use super::ViewCtx;
use super::cards::{back_button_ui, caution_card_ui, sources_ui};
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{CautionId, CautionKind};
use crate::page_model::no_such;
use crate::state::Page;
use crate::theme;

pub(super) fn caution_page_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    id: &CautionId,
    out: &mut Vec<Command>,
) {
    let guide = ctx.guide;
    back_button_ui(ui, out);
    let Some(caution) = guide.caution(id) else {
        ui.label(no_such("caution", id.as_str()));
        return;
    };
    ui.page_title_ui(&caution.name);
    caution_card_ui(ui, guide.here(), caution);
    if !caution.stop_if.is_empty() {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new("Stop at once if:").strong());
        let color = theme::action_color(caution.action, ui.visuals());
        for line in &caution.stop_if {
            ui.colored_bullet_ui(line.line(guide.here()), color);
        }
    }
    ui.add_space(theme::SPACE_M);
    if caution.kind == CautionKind::General {
        ui.label(RichText::new("Applies everywhere on the back.").strong());
    } else {
        ui.label(RichText::new("Where it applies").strong());
        ui.horizontal_wrapped(|ui| {
            for region in caution.regions.iter().filter_map(|r| guide.region(r)) {
                if ui.link(region.display_name()).clicked() {
                    out.push(Command::SelectRegion(region.id.clone()));
                }
            }
        });
    }
    let techniques: Vec<_> = guide
        .techniques
        .iter()
        .filter(|t| t.cautions.contains(&caution.id))
        .collect();
    if !techniques.is_empty() {
        ui.add_space(theme::SPACE_M);
        ui.label(RichText::new(format!("Techniques that name it ({})", techniques.len())).strong());
        for technique in techniques {
            if ui.link(&technique.name).clicked() {
                out.push(Command::ShowPage(Page::Technique(technique.id.clone())));
            }
        }
    }
    sources_ui(ui, guide, caution.sources.iter());
}

/// One caution in full.
pub(super) struct CautionPage<'a>(pub &'a CautionId);

impl PageView for CautionPage<'_> {
    fn tab(&self) -> Option<Tab> {
        None
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        caution_page_ui(ui, ctx, self.0, out);
    }
}
