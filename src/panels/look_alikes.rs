//! "Pain that may not be the muscles": the causes that hurt where back muscles do, what sets
//! each apart, and whom to call. Reached from the red flags, the welcome page, each area's page
//! and search; it informs and never names the reader's cause.

use egui::{Frame, RichText, Ui};

use super::ViewCtx;
use super::cards::sources_ui;
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::app_core::Reveal;
use crate::command::Command;
use crate::data::{Guide, LookAlike, Region, Target};
use crate::state::Page;
use crate::theme;

/// The page's title, also the name of the links that lead to it.
pub(super) const TITLE: &str = "Pain that may not be the muscles";

/// Every cause, most dangerous first; `reveal` scrolls to one once (a search hit or an area's
/// link led there).
pub(super) fn look_alikes_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let guide = ctx.guide;
    let reveal = ctx.reveal.and_then(Reveal::look_alike);
    ui.page_title_ui(TITLE);
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Some pain in the back comes from the heart, lungs, gut, kidneys, nerves or joints, not \
         from the muscles. Massage does not help it, and some of it is urgent. This page helps \
         you notice such pain; it cannot tell you what your pain is. If your pain could be one \
         of these, do not massage: get help as it says.",
    );
    if ui
        .link("Red flags: signs that mean stop and get help")
        .clicked()
    {
        out.push(Command::ShowPage(Page::RedFlags));
    }
    for look_alike in &guide.look_alikes {
        ui.add_space(theme::SPACE_S);
        let response = look_alike_card_ui(ui, guide, look_alike);
        if reveal == Some(&look_alike.id) {
            response.scroll_to_me(Some(egui::Align::TOP));
        }
    }
    sources_ui(ui, guide, guide.look_alikes.iter().flat_map(|l| &l.sources));
}

/// One cause: where it can hurt, how it differs from muscle pain, and whom to call in the
/// reader's country, most urgent first.
fn look_alike_card_ui(ui: &mut Ui, guide: &Guide, look_alike: &LookAlike) -> egui::Response {
    let here = guide.here();
    Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.section_title_ui(&look_alike.name);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Where it can hurt:").strong());
                ui.label(&look_alike.r#where);
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Unlike muscle pain:").strong());
                ui.label(&look_alike.differs);
            });
            for line in &look_alike.calls {
                ui.label(RichText::new(line.line(here)).strong());
            }
        })
        .response
}

/// On an area's page: the causes that can hurt there, each a link to its card.
pub(super) fn here_too_ui(ui: &mut Ui, guide: &Guide, region: &Region, out: &mut Vec<Command>) {
    let here: Vec<&LookAlike> = guide
        .look_alikes
        .iter()
        .filter(|l| l.regions.contains(&region.id))
        .collect();
    if here.is_empty() {
        return;
    }
    ui.section_heading_ui(TITLE, here.len());
    ui.label("Pain here can also come from these. Read what sets each apart before you massage.");
    ui.horizontal_wrapped(|ui| {
        for look_alike in here {
            if ui.link(&look_alike.name).clicked() {
                out.push(Command::Open(Target::LookAlike(look_alike.id.clone())));
            }
        }
    });
}

/// "Pain that may not be the muscles".
pub(super) struct LookAlikesPage;

impl PageView for LookAlikesPage {
    fn tab(&self) -> Option<Tab> {
        None
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        look_alikes_ui(ui, ctx, out);
    }
}
