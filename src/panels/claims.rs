//! "How massage works, and what is a myth": what people say about why massage helps, each with
//! a verdict and the strength of the evidence, grouped by what it is about.

use egui::{Frame, RichText, Ui};

use super::ViewCtx;
use super::cards::{grade_ui, sources_ui};
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::app_core::Reveal;
use crate::command::Command;
use crate::data::{Claim, Guide, Part};
use crate::state::Page;
use crate::theme;

pub(super) const TITLE: &str = "How massage works, and what is a myth";

/// The whole page; `reveal` scrolls to a claim once (a link or a search hit led there).
pub(super) fn claims_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let guide = ctx.guide;
    let reveal = ctx.reveal.and_then(Reveal::claim);
    ui.page_title_ui(TITLE);
    ui.add_space(theme::SPACE_S);
    ui.label(
        "People say many things about why massage helps. Here is what research says about each \
         claim, with a verdict and how strong the evidence is.",
    );
    for line in [
        "Supported: good research shows it.",
        "Partly true: some of it holds, or the research is thin.",
        "Not shown: it has not been tested well enough to say.",
        "Myth: research shows it is wrong, or it rests on a wrong idea of the body.",
    ] {
        ui.bullet_ui(line);
    }
    let mut topics: Vec<_> = guide.claims.iter().map(|c| c.topic).collect();
    topics.sort();
    topics.dedup();
    for topic in topics {
        let claims: Vec<_> = guide.claims.iter().filter(|c| c.topic == topic).collect();
        ui.section_heading_ui(topic.label(), claims.len());
        for claim in claims {
            let response = claim_card_ui(ui, guide, claim);
            if reveal == Some(&claim.id) {
                response.scroll_to_me(Some(egui::Align::TOP));
            }
        }
    }
    ui.add_space(theme::SPACE_M);
    if ui.button("Before you start").clicked() {
        out.push(Command::ShowPage(Page::Basics(Part::BeforeYouStart)));
    }
    sources_ui(ui, guide, guide.claims.iter().flat_map(|c| &c.sources));
}

fn claim_card_ui(ui: &mut Ui, guide: &Guide, claim: &Claim) -> egui::Response {
    let response = Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("“{}”", claim.claim)).strong());
            ui.horizontal_wrapped(|ui| {
                let color = theme::evidence_color(claim.evidence, ui.visuals());
                ui.label(RichText::new(claim.verdict.label()).color(color).strong());
                ui.label("·");
                grade_ui(ui, claim.evidence);
            });
            ui.label(&claim.says);
            let benefits: Vec<_> = claim
                .benefits
                .iter()
                .filter_map(|id| guide.benefit(id))
                .map(|b| b.name.as_str())
                .collect();
            if !benefits.is_empty() {
                ui.weak(format!("Concerns: {}", benefits.join("; ")));
            }
        })
        .response;
    ui.add_space(theme::SPACE_S);
    response
}

/// "How massage works, and what is a myth".
pub(super) struct ClaimsPage;

impl PageView for ClaimsPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Claims)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        claims_ui(ui, ctx, out);
    }
}
