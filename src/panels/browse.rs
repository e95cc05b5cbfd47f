//! The technique browser: every technique, narrowed by filters whose choices show how many
//! techniques each would leave, sorted, starred, and opened in full with a click.

use egui::{ComboBox, RichText, Ui};

use super::ViewCtx;
use super::cards::verdict_words;
use super::pages::{PageView, Tab};
use super::technique::{favourite_button_ui, meta_line};
use super::ui_ext::UiExt as _;
use crate::browse::{Filters, MINUTE_LIMITS, SortBy};
use crate::command::Command;
use crate::data::{Giver, Guide, Pressure};
use crate::reader_data::Favourites;
use crate::state::{AppState, Page};
use crate::theme;
use strum::VariantArray as _;

/// Width of each filter's drop-down list.
const CHOICE_WIDTH: f32 = 200.0;

pub(super) fn browser_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let (guide, state, profile) = (ctx.guide, ctx.state, ctx.profile);
    let filters = &state.filters;
    let favourites = &state.favourites;
    let shown = filters.apply(guide, favourites);
    let mut changed = filters.clone();

    ui.page_title_ui("Techniques");
    ui.horizontal_wrapped(|ui| {
        let count = |choose: fn(&mut Filters)| filters.count_with(guide, favourites, choose);
        ui.selectable_value(
            &mut changed.favourites_only,
            false,
            format!("All ({})", count(|f| f.favourites_only = false)),
        );
        ui.selectable_value(
            &mut changed.favourites_only,
            true,
            format!("Favourites ({})", count(|f| f.favourites_only = true)),
        )
        .on_hover_text("The techniques you starred");
    });
    ui.add_space(theme::SPACE_S);
    filters_ui(ui, guide, state, &mut changed);
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{} of {} techniques",
                shown.len(),
                guide.techniques.len()
            ))
            .strong(),
        );
        if !filters.is_default() && ui.button("Clear filters").clicked() {
            changed = filters.cleared();
        }
        ComboBox::from_label("Sort")
            .selected_text(filters.sort.label())
            .show_ui(ui, |ui| {
                for &sort in SortBy::VARIANTS {
                    ui.selectable_value(&mut changed.sort, sort, sort.label());
                }
            });
    });
    ui.separator();
    // Every filter widget is above the list: their change comes before a click in it.
    if changed != *filters {
        out.push(Command::SetFilters(changed));
    }

    if shown.is_empty() {
        ui.label(if filters.favourites_only && favourites.is_empty() {
            "You have no favourites yet. Star a technique with \"Add to favourites\" to keep it \
             here."
        } else {
            "No technique matches all of these filters. Clear one or two to see more."
        });
    }
    for technique in &shown {
        let advice = profile.advice(technique);
        ui.horizontal(|ui| {
            let starred = favourites.contains(&technique.id);
            if favourite_button_ui(ui, technique, starred).clicked() {
                out.push(Command::ToggleFavourite(technique.id.clone()));
            }
            if ui
                .link(RichText::new(&technique.name).strong())
                .on_hover_text("Open the whole technique")
                .clicked()
            {
                out.push(Command::ShowPage(Page::Technique(technique.id.clone())));
            }
        });
        ui.indent(("browse", technique.id.as_str()), |ui| {
            // One label for both lines: the list redraws every frame, and each widget costs.
            let tools: Vec<_> = technique.tools.iter().map(|t| t.label()).collect();
            ui.weak(format!(
                "{}\nTools: {}",
                meta_line(technique),
                tools.join(", ")
            ));
            if let Some(mark) = advice.marks.first() {
                let (text, color) = verdict_words(ui, mark.verdict);
                ui.label(RichText::new(text).color(color));
            }
        });
        ui.add_space(theme::SPACE_S);
    }
}

/// One row per filter; every choice says how many techniques it would leave.
fn filters_ui(ui: &mut Ui, guide: &Guide, state: &AppState, changed: &mut Filters) {
    let rows = FilterRows {
        guide,
        filters: &state.filters,
        favourites: &state.favourites,
    };
    egui::Grid::new("technique_filters")
        .num_columns(2)
        .spacing([theme::SPACE_L, theme::SPACE_S])
        .show(ui, |ui| {
            ui.label("Area:");
            rows.area_ui(ui, changed);
            ui.end_row();

            ui.label("Pressure:");
            // In a narrow panel "to ..." goes under "from ..." instead of off the edge.
            let side_by_side = 2.0 * CHOICE_WIDTH + ui.spacing().item_spacing.x;
            if ui.available_width() >= side_by_side {
                ui.horizontal(|ui| rows.pressure_ui(ui, changed));
            } else {
                ui.vertical(|ui| rows.pressure_ui(ui, changed));
            }
            ui.end_row();

            ui.label("Given by:");
            ui.horizontal_wrapped(|ui| rows.givers_ui(ui, changed));
            ui.end_row();

            ui.label("Tool:");
            rows.tool_ui(ui, changed);
            ui.end_row();

            ui.label("Helps with:");
            rows.benefit_ui(ui, changed);
            ui.end_row();

            ui.label("Time:");
            rows.time_ui(ui, changed);
            ui.end_row();
        });
}

/// What the filter rows read: the filters as they are, and what they filter.
struct FilterRows<'a> {
    guide: &'a Guide,
    filters: &'a Filters,
    favourites: &'a Favourites,
}

impl FilterRows<'_> {
    /// How many techniques the list would hold if `choose` changed the filters.
    fn count(&self, choose: impl FnOnce(&mut Filters)) -> usize {
        self.filters.count_with(self.guide, self.favourites, choose)
    }

    fn area_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        let guide = self.guide;
        let area = self
            .filters
            .region
            .as_ref()
            .and_then(|id| guide.region(id))
            .map_or_else(|| "Any area".to_owned(), |r| r.display_name());
        choice_ui(ui, "Area", &area, |ui| {
            let n = self.count(|f| f.region = None);
            ui.selectable_value(&mut changed.region, None, format!("Any area ({n})"));
            for region in &guide.regions {
                let id = Some(region.id.clone());
                let n = self.count(|f| f.region.clone_from(&id));
                let text = format!("{} ({n})", region.display_name());
                ui.selectable_value(&mut changed.region, id.clone(), text);
            }
        });
    }

    /// The lightest and the firmest pressure, each offering only what keeps the range whole.
    fn pressure_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        let filters = self.filters;
        choice_ui(
            ui,
            "Lightest pressure",
            &format!("from {}", filters.lightest.label()),
            |ui| {
                for p in Pressure::VARIANTS
                    .iter()
                    .copied()
                    .filter(|p| *p <= filters.firmest)
                {
                    let n = self.count(|f| f.lightest = p);
                    ui.selectable_value(
                        &mut changed.lightest,
                        p,
                        format!("from {} ({n})", p.label()),
                    );
                }
            },
        );
        choice_ui(
            ui,
            "Firmest pressure",
            &format!("to {}", filters.firmest.label()),
            |ui| {
                for p in Pressure::VARIANTS
                    .iter()
                    .copied()
                    .filter(|p| *p >= filters.lightest)
                {
                    let n = self.count(|f| f.firmest = p);
                    ui.selectable_value(&mut changed.firmest, p, format!("to {} ({n})", p.label()));
                }
            },
        );
    }

    fn givers_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        for &giver in Giver::VARIANTS {
            let on = self.filters.givers.contains(&giver);
            let n = self.count(|f| {
                if !f.givers.contains(&giver) {
                    f.givers.push(giver);
                }
            });
            let text = format!("{} ({n})", giver.label());
            let mut checked = on;
            if ui.checkbox(&mut checked, text).changed() {
                if checked {
                    changed.givers.push(giver);
                } else {
                    changed.givers.retain(|g| *g != giver);
                }
            }
        }
    }

    fn tool_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        let tools = self.guide.tools_in_use();
        choice_ui(
            ui,
            "Tool",
            self.filters.tool.map_or("Any tool", |t| t.label()),
            |ui| {
                let n = self.count(|f| f.tool = None);
                ui.selectable_value(&mut changed.tool, None, format!("Any tool ({n})"));
                for tool in tools {
                    let n = self.count(|f| f.tool = Some(tool));
                    let text = format!("{} ({n})", tool.label());
                    ui.selectable_value(&mut changed.tool, Some(tool), text);
                }
            },
        );
    }

    fn benefit_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        let guide = self.guide;
        let benefit = self
            .filters
            .benefit
            .as_ref()
            .and_then(|id| guide.benefit(id))
            .map_or("Anything", |b| b.name.as_str());
        choice_ui(ui, "Helps with", benefit, |ui| {
            let n = self.count(|f| f.benefit = None);
            ui.selectable_value(&mut changed.benefit, None, format!("Anything ({n})"));
            for benefit in &guide.benefits {
                let id = Some(benefit.id.clone());
                let n = self.count(|f| f.benefit.clone_from(&id));
                let text = format!("{} ({n})", benefit.name);
                ui.selectable_value(&mut changed.benefit, id.clone(), text);
            }
        });
    }

    fn time_ui(&self, ui: &mut Ui, changed: &mut Filters) {
        let time = self
            .filters
            .max_minutes
            .map_or_else(|| "Any length".to_owned(), |m| format!("Up to {m} min"));
        choice_ui(ui, "Time", &time, |ui| {
            let n = self.count(|f| f.max_minutes = None);
            ui.selectable_value(&mut changed.max_minutes, None, format!("Any length ({n})"));
            for minutes in MINUTE_LIMITS {
                let n = self.count(|f| f.max_minutes = Some(minutes));
                ui.selectable_value(
                    &mut changed.max_minutes,
                    Some(minutes),
                    format!("Up to {minutes} min ({n})"),
                );
            }
        });
    }
}

/// A drop-down list named for screen readers by what it filters and what it is set to, e.g.
/// "Tool: Any tool".
fn choice_ui(ui: &mut Ui, name: &str, selected: &str, contents: impl FnOnce(&mut Ui)) {
    let response = ComboBox::from_id_salt(("filter", name))
        .selected_text(selected)
        .width(CHOICE_WIDTH)
        .show_ui(ui, contents)
        .response;
    ui.set_accessible_label(&response, &format!("{name}: {selected}"));
}

/// Every technique, filtered and sorted.
pub(super) struct TechniquesPage;

impl PageView for TechniquesPage {
    fn tab(&self) -> Option<Tab> {
        Some(Tab::Techniques)
    }

    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        browser_ui(ui, ctx, out);
    }
}
