//! The search box under the toolbar and the results that replace the panel while it has text.
//! Up and Down move the highlight, Enter opens the highlighted hit, Esc closes the search.

use egui::{Key, Modifiers, RichText, TextEdit, Ui};

use super::cards::point_at_muscle;
use crate::command::Command;
use crate::data::{ClaimId, TopicId};
use crate::saved::RoutineRef;
use crate::search::{Group, Hit, MAX_PER_GROUP, SearchIndex, Target};
use crate::shortcuts::{self, Action, SEARCH_CHARACTER};
use crate::theme;

/// The search's text and where the reader is in its results. Not saved between runs.
#[derive(Default)]
pub struct SearchBox {
    pub query: String,
    /// Which hit Enter opens, counting down the listed hits of every group.
    highlight: usize,
    focus_requested: bool,
    /// The highlight moved by key: bring it into view once.
    scroll: bool,
    /// The results of `searched`, kept until the text changes.
    results: Vec<Group>,
    searched: String,
    /// The guide changed since `results` were found.
    stale: bool,
    /// What a hit or a link led to, for its page to scroll to once.
    pub reveal: Option<Reveal>,
}

/// Something on a page that a search hit or a link led to, to scroll into view once.
#[derive(Clone, Debug, PartialEq)]
pub enum Reveal {
    Routine(RoutineRef),
    Topic(TopicId),
    Claim(ClaimId),
}

impl Reveal {
    pub fn routine(&self) -> Option<&RoutineRef> {
        match self {
            Self::Routine(r) => Some(r),
            _ => None,
        }
    }

    pub fn topic(&self) -> Option<&TopicId> {
        match self {
            Self::Topic(t) => Some(t),
            _ => None,
        }
    }

    pub fn claim(&self) -> Option<&ClaimId> {
        match self {
            Self::Claim(c) => Some(c),
            _ => None,
        }
    }
}

impl SearchBox {
    /// Results are shown while the box holds more than spaces.
    pub fn is_open(&self) -> bool {
        !self.query.trim().is_empty()
    }

    pub fn close(&mut self) {
        self.query.clear();
        self.highlight = 0;
    }

    pub fn request_focus(&mut self) {
        self.focus_requested = true;
    }

    /// The guide was replaced: search it afresh, keeping what the reader typed.
    pub fn forget_results(&mut self) {
        self.stale = true;
    }

    fn refresh(&mut self, index: &SearchIndex) {
        if self.stale || self.searched != self.query {
            self.stale = false;
            self.results = index.search(&self.query);
            self.searched.clone_from(&self.query);
            self.highlight = 0;
        }
    }

    /// The hits as listed, in order, each group cut to [`MAX_PER_GROUP`].
    fn listed(&self) -> impl Iterator<Item = &Hit> {
        self.results
            .iter()
            .flat_map(|g| g.hits.iter().take(MAX_PER_GROUP))
    }
}

/// The search box. Returns the hit to open when Enter is pressed in it.
pub fn search_box_ui(ui: &mut Ui, search: &mut SearchBox, index: &SearchIndex) -> Option<Command> {
    let box_id = ui.make_persistent_id("search_box");
    let response = ui
        .horizontal(|ui| {
            let label = ui.label("Search:");
            let width = (ui.available_width() * 0.5).clamp(160.0, 420.0);
            let response = ui
                .add(
                    TextEdit::singleline(&mut search.query)
                        .id(box_id)
                        .hint_text(format!(
                            "techniques, areas, muscles, symptoms… ({} or {SEARCH_CHARACTER})",
                            shortcuts::text(ui.ctx(), Action::FocusSearch)
                        ))
                        .desired_width(width),
                )
                .labelled_by(label.id);
            if search.is_open() && ui.button("Clear").clicked() {
                search.close();
            }
            response
        })
        .inner;
    if std::mem::take(&mut search.focus_requested) {
        response.request_focus();
    }
    search.refresh(index);
    let count = search.listed().count();
    if response.has_focus() && count > 0 {
        ui.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                search.highlight = (search.highlight + 1) % count;
                search.scroll = true;
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                search.highlight = (search.highlight + count - 1) % count;
                search.scroll = true;
            }
        });
    }
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if entered {
        return search
            .listed()
            .nth(search.highlight)
            .map(|hit| Command::Open(hit.target.clone()));
    }
    None
}

/// The results, grouped by kind, best group first; the highlighted hit is what Enter opens.
pub fn search_results_ui(
    ui: &mut Ui,
    search: &mut SearchBox,
    index: &SearchIndex,
) -> Option<Command> {
    search.refresh(index);
    let scroll = std::mem::take(&mut search.scroll);
    let mut command = None;
    egui::ScrollArea::vertical()
        .id_salt("search_results")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(format!("Search: {}", search.query.trim()))
                    .size(theme::HEADING_SIZE)
                    .strong(),
            );
            if search.results.is_empty() {
                ui.label(
                    "Nothing matches. Try fewer words or another spelling, or browse the \
                     techniques.",
                );
                return;
            }
            ui.weak("Up and Down choose, Enter opens, Esc closes.");
            let mut n = 0;
            for group in &search.results {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(format!("{} ({})", group.kind.heading(), group.hits.len()))
                        .size(theme::SECTION_HEADING_SIZE)
                        .strong(),
                );
                for hit in group.hits.iter().take(MAX_PER_GROUP) {
                    let chosen = n == search.highlight;
                    n += 1;
                    ui.horizontal_wrapped(|ui| {
                        let response = ui.selectable_label(chosen, &hit.title);
                        if chosen && scroll {
                            response.scroll_to_me(None);
                        }
                        if response.clicked() {
                            command = Some(Command::Open(hit.target.clone()));
                        }
                        // The muscle chosen or pointed at is shown on the map as you search.
                        if let Target::Muscle(id) = &hit.target
                            && (chosen || response.hovered())
                        {
                            point_at_muscle(ui, id);
                        }
                        ui.weak(&hit.detail);
                    });
                }
                let more = group.hits.len().saturating_sub(MAX_PER_GROUP);
                if more > 0 {
                    ui.weak(format!("and {more} more: add a word to narrow the search"));
                }
            }
        });
    command
}
