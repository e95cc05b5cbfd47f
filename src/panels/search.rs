//! The search box under the toolbar and the results that replace the panel while it has text.
//! Up and Down move the highlight, Enter opens the highlighted hit, Esc closes the search.

use egui::{TextEdit, Ui};

use super::ViewCtx;
use super::ui_ext::UiExt as _;
use crate::app_core::Search;
use crate::command::Command;
use crate::search::Target;
use crate::shortcuts::{self, SEARCH_CHARACTER, ShortcutAction};
use crate::theme;

/// The search box: typing, Clear, Up and Down, and Enter become commands, pushed in that order.
/// `focus` puts the keyboard in it (Ctrl+F or "/").
pub(crate) fn search_box_ui(ui: &mut Ui, search: &Search, focus: bool, out: &mut Vec<Command>) {
    let box_id = ui.make_persistent_id("search_box");
    let mut query = search.query().to_owned();
    let response = ui
        .horizontal(|ui| {
            let label = ui.label("Search:");
            let width = (ui.available_width() * 0.5)
                .clamp(theme::SEARCH_BOX_MIN_WIDTH, theme::SEARCH_BOX_MAX_WIDTH);
            let response = ui
                .add(
                    TextEdit::singleline(&mut query)
                        .id(box_id)
                        .hint_text(format!(
                            "techniques, areas, muscles, symptoms… ({} or {SEARCH_CHARACTER})",
                            shortcuts::text(ui.ctx(), ShortcutAction::FocusSearch)
                        ))
                        .desired_width(width),
                )
                .labelled_by(label.id);
            // Pushed here, before the Clear button's, so commands follow the widgets' order.
            if response.changed() {
                out.push(Command::Search(query));
            }
            if search.is_open() && ui.button("Clear").clicked() {
                out.push(Command::CloseSearch);
            }
            response
        })
        .inner;
    if focus {
        response.request_focus();
    }
    if response.has_focus() && search.listed().next().is_some() {
        ui.input_mut(|i| {
            if shortcuts::pressed(i, ShortcutAction::SearchNext) {
                out.push(Command::MoveSearchHighlight(1));
            }
            if shortcuts::pressed(i, ShortcutAction::SearchPrevious) {
                out.push(Command::MoveSearchHighlight(-1));
            }
        });
    }
    let entered = response.lost_focus()
        && ui.input_mut(|i| shortcuts::pressed(i, ShortcutAction::SearchOpen));
    if entered && let Some(hit) = search.highlighted() {
        out.push(Command::Open(hit.target.clone()));
    }
}

/// The results, grouped by kind, best group first; the highlighted hit is what Enter opens.
/// `scroll` brings the highlighted hit into view (the highlight moved by key).
pub(crate) fn search_results_ui(
    ui: &mut Ui,
    ctx: &ViewCtx<'_>,
    scroll: bool,
    out: &mut Vec<Command>,
) {
    let search = ctx.search;
    egui::ScrollArea::vertical()
        .id_salt("search_results")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.page_title_ui(format!("Search: {}", search.query().trim()));
            if search.results().is_empty() {
                ui.label(
                    "Nothing matches. Try fewer words or another spelling, or browse the \
                     techniques.",
                );
                return;
            }
            let key = |action| shortcuts::text(ui.ctx(), action);
            ui.weak(format!(
                "{} and {} choose, {} opens, {} closes.",
                key(ShortcutAction::SearchPrevious),
                key(ShortcutAction::SearchNext),
                key(ShortcutAction::SearchOpen),
                key(ShortcutAction::Dismiss)
            ));
            for (group, hits) in search.listed_groups() {
                ui.add_space(theme::SPACE_L);
                ui.section_title_ui(format!("{} ({})", group.kind.heading(), group.hits.len()));
                let more = group.hits.len() - hits.len();
                for (n, hit) in hits {
                    let chosen = n == search.highlight();
                    let response = ui.selectable_label(chosen, &hit.title);
                    if chosen && scroll {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        out.push(Command::Open(hit.target.clone()));
                    }
                    // The muscle chosen or pointed at is shown on the map as you search.
                    if let Target::Muscle(id) = &hit.target
                        && (chosen || response.hovered())
                    {
                        ctx.hover.point_at(id);
                    }
                    // Where or what it is, on a line of its own under the title: beside a long
                    // title it would wrap to the left edge and read as the next hit.
                    ui.indent(("search_hit", n), |ui| ui.weak(&hit.detail));
                    ui.add_space(theme::SPACE_S);
                }
                if more > 0 {
                    ui.weak(format!("and {more} more: add a word to narrow the search"));
                }
            }
        });
}
