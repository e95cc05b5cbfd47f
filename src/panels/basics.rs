//! The "Before you start" and "After you finish" pages: consent, positioning, oils, aftercare
//! and the rest a reader needs around a massage, one topic per card.

use egui::{Frame, Ui};

use super::ViewCtx;
use super::cards::sources_ui;
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::app_core::Reveal;
use crate::command::Command;
use crate::data::{Guide, Part, Region, Target};
use crate::state::Page;
use crate::theme;

/// The other page of the pair, for the switch at the top.
fn other(part: Part) -> Part {
    match part {
        Part::BeforeYouStart => Part::AfterYouFinish,
        Part::AfterYouFinish => Part::BeforeYouStart,
    }
}

/// One page of topics; `reveal` scrolls to a topic once (a search hit led there).
pub(super) fn basics_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, part: Part, out: &mut Vec<Command>) {
    let guide = ctx.guide;
    let reveal = ctx.reveal.and_then(Reveal::topic);
    ui.page_title_ui(part.label());
    ui.horizontal_wrapped(|ui| {
        for page in [Part::BeforeYouStart, Part::AfterYouFinish] {
            if ui.selectable_label(page == part, page.label()).clicked() && page != part {
                out.push(Command::ShowPage(Page::Basics(page)));
            }
        }
    });
    ui.add_space(theme::SPACE_S);
    ui.label(match part {
        Part::BeforeYouStart => {
            "Read this before your first massage: how to agree on what you do, how to lie or sit, \
             what to put on the skin, where not to press and where to go light."
        }
        Part::AfterYouFinish => {
            "What is normal after a massage, what is not, how often to massage, and how to find \
             a qualified therapist."
        }
    });
    let topics: Vec<_> = guide.topics_of(part).collect();
    for topic in &topics {
        let response = Frame::group(ui.style())
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.section_title_ui(&topic.title);
                ui.label(&topic.summary);
                for point in &topic.points {
                    ui.bullet_ui(point);
                }
            })
            .response;
        if reveal == Some(&topic.id) {
            response.scroll_to_me(Some(egui::Align::TOP));
        }
        ui.add_space(theme::SPACE_S);
    }
    ui.add_space(theme::SPACE_M);
    ui.horizontal_wrapped(|ui| {
        let next = other(part);
        if ui.button(format!("Read {}", next.label())).clicked() {
            out.push(Command::ShowPage(Page::Basics(next)));
        }
        if ui.button(super::claims::TITLE).clicked() {
            out.push(Command::ShowPage(Page::Claims));
        }
    });
    sources_ui(ui, guide, topics.iter().flat_map(|t| &t.sources));
}

/// The line every technique and routine carries: the way to the basics pages.
pub(super) fn basics_links_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("Consent, positioning, oils and aftercare:");
        for part in [Part::BeforeYouStart, Part::AfterYouFinish] {
            if ui.link(part.label()).clicked() {
                out.push(Command::ShowPage(Page::Basics(part)));
            }
        }
    });
}

/// On an area's page: the topics written for it, such as what to do for the low back instead
/// of pressing it, each a link to its card.
pub(super) fn read_also_ui(ui: &mut Ui, guide: &Guide, region: &Region, out: &mut Vec<Command>) {
    let topics: Vec<_> = guide
        .topics
        .iter()
        .filter(|t| t.regions.contains(&region.id))
        .collect();
    if topics.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Read also:").strong());
        for topic in topics {
            if ui.link(&topic.title).clicked() {
                out.push(Command::Open(Target::Topic(topic.id.clone())));
            }
        }
    });
}

/// "Before you start" or "After you finish".
pub(super) struct BasicsPage(pub Part);

impl PageView for BasicsPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Basics)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        basics_ui(ui, ctx, self.0, out);
    }
}
