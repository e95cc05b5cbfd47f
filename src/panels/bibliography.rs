//! The bibliography: every source the guide draws on, and what in the guide cites it.

use egui::{RichText, Ui};

use super::ViewCtx;
use super::pages::{PageView, Tab};
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::Citation;
use crate::theme;

pub(super) fn bibliography_ui(ui: &mut Ui, ctx: &ViewCtx<'_>) {
    let guide = ctx.guide;
    ui.page_title_ui("Sources");
    ui.add_space(theme::SPACE_M);
    ui.label(
        "Every fact in this guide comes from one of these sources. The text is written in our \
         own words. Under each source you can see what in the guide it supports.",
    );
    ui.add_space(theme::SPACE_XL);
    for (n, source) in guide.sources.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}.", n + 1)).strong());
            ui.label(RichText::new(&source.title).strong());
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}, {}.", source.publisher, source.year));
            ui.hyperlink_to(&source.url, &source.url);
        });
        let citations = guide.citations(&source.id);
        if !citations.is_empty() {
            ui.label(RichText::new(cited_by(&citations)).weak());
        }
        ui.add_space(theme::SPACE_L);
    }
}

/// "Supports: 2 areas (Neck; Shoulder, left side), 1 benefit (…)", grouped by kind.
fn cited_by(citations: &[Citation<'_>]) -> String {
    let group = |one: &str, many: &str, pick: fn(&Citation<'_>) -> bool| {
        let names: Vec<String> = citations
            .iter()
            .filter(|c| pick(c))
            .map(Citation::name)
            .collect();
        match names.len() {
            0 => None,
            1 => Some(format!("1 {one} ({})", names[0])),
            n => Some(format!("{n} {many} ({})", names.join("; "))),
        }
    };
    let groups: Vec<String> = [
        group("area", "areas", |c| matches!(c, Citation::Region(_))),
        group("technique", "techniques", |c| {
            matches!(c, Citation::Technique(_))
        }),
        group("benefit", "benefits", |c| matches!(c, Citation::Benefit(_))),
        group("caution", "cautions", |c| matches!(c, Citation::Caution(_))),
        group("routine", "routines", |c| matches!(c, Citation::Routine(_))),
        group("topic", "topics", |c| matches!(c, Citation::Topic(_))),
        group("claim", "claims", |c| matches!(c, Citation::Claim(_))),
        group("muscle", "muscles", |c| matches!(c, Citation::Muscle(_))),
        group("landmark", "landmarks", |c| {
            matches!(c, Citation::Landmark(_))
        }),
        group("country's numbers", "countries' numbers", |c| {
            matches!(c, Citation::Country(_))
        }),
        group(
            "pain that may not be the muscles",
            "pains that may not be the muscles",
            |c| matches!(c, Citation::LookAlike(_)),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!("Supports: {}.", groups.join(", "))
}

/// The bibliography.
pub(super) struct SourcesPage;

impl PageView for SourcesPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Sources)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, _out: &mut Vec<Command>) {
        bibliography_ui(ui, ctx);
    }
}
