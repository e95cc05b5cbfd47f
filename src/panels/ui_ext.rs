//! Helpers every view uses, as methods on [`Ui`] (rerun's `re_ui::UiExt`): titles, headings and
//! bullets at the theme's sizes, and what screen readers are told. Blocks about the guide's
//! content (cautions, benefits, sources) are in `cards.rs`.

use std::fmt::Display;

use egui::{Color32, Response, RichText, Ui};

use crate::theme;

/// What goes before each item of a list: a bullet and two spaces.
pub(super) fn bulleted(text: impl Display) -> String {
    format!("•  {text}")
}

/// Extra methods on [`Ui`]; bring them in with `use super::ui_ext::UiExt as _`.
pub(super) trait UiExt {
    fn ui(&self) -> &Ui;
    fn ui_mut(&mut self) -> &mut Ui;

    /// A page's title, at the top of the panel.
    fn page_title_ui(&mut self, title: impl Into<String>) -> Response {
        self.ui_mut()
            .label(RichText::new(title).size(theme::HEADING_SIZE).strong())
    }

    /// A section title with a count, e.g. "Techniques (4)", set apart from what comes before.
    fn section_heading_ui(&mut self, title: &str, count: usize) {
        let ui = self.ui_mut();
        ui.add_space(theme::SPACE_XL);
        ui.label(
            RichText::new(format!("{title} ({count})"))
                .heading()
                .size(theme::SECTION_HEADING_SIZE),
        );
        ui.add_space(theme::SPACE_XS);
    }

    /// A title at the section size without a count or spacing, e.g. a group of questions.
    fn section_title_ui(&mut self, title: impl Into<String>) -> Response {
        self.ui_mut().label(
            RichText::new(title)
                .size(theme::SECTION_HEADING_SIZE)
                .strong(),
        )
    }

    /// One item of a list, after a bullet.
    fn bullet_ui(&mut self, text: impl Display) -> Response {
        self.ui_mut().label(bulleted(text))
    }

    /// One item of a list in a colour, e.g. an action's; the words say it too.
    fn colored_bullet_ui(&mut self, text: impl Display, color: Color32) -> Response {
        self.ui_mut()
            .label(RichText::new(bulleted(text)).color(color))
    }

    /// Gives a widget a fuller name for screen readers (and tests) than its short visible text.
    fn set_accessible_label(&self, response: &Response, label: &str) {
        self.ui()
            .ctx()
            .accesskit_node_builder(response.id, |node| node.set_label(label.to_owned()));
    }

    /// Asks screen readers to read a label out when it appears or changes, without
    /// interrupting.
    fn announce(&self, response: &Response) {
        self.ui().ctx().accesskit_node_builder(response.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    }
}

impl UiExt for Ui {
    fn ui(&self) -> &Ui {
        self
    }

    fn ui_mut(&mut self) -> &mut Ui {
        self
    }
}
