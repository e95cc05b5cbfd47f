//! The keyboard shortcuts pressed in a frame, as commands (the keys are in `shortcuts.rs`).

use super::App;
use crate::command::{Command, PracticeCommand};
use crate::practice::Clock;
use crate::shortcuts::{self, Action, SEARCH_CHARACTER, SHORTCUTS, Scope};
use crate::state::{Page, Zoom};

impl App {
    /// The keyboard shortcuts pressed this frame (see `shortcuts::SHORTCUTS`), as commands.
    pub(super) fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.text_edit_focused();
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        let practising = self.core.state().page == Page::Practice && self.core.practice().is_some();
        let mut actions = Vec::new();
        ctx.input_mut(|i| {
            // A typed "/" (whatever key makes it on this keyboard), taken out of the events so
            // it is not also typed into the box it focuses.
            let slash =
                |e: &egui::Event| matches!(e, egui::Event::Text(t) if t == SEARCH_CHARACTER);
            if !typing && i.events.iter().any(slash) {
                i.events.retain(|e| !slash(e));
                actions.push(Action::FocusSearch);
            }
            for shortcut in SHORTCUTS {
                let listening = match shortcut.scope {
                    Scope::Anywhere => true,
                    Scope::Practice => practising && !typing,
                    Scope::PracticeNothingFocused => practising && !typing && nothing_focused,
                    // These widgets read their keys themselves.
                    Scope::Map | Scope::MapRegion | Scope::SearchBox => false,
                };
                if listening && shortcuts::take(i, shortcut) {
                    actions.push(shortcut.action);
                }
            }
        });
        actions
            .into_iter()
            .filter_map(|action| self.command_for(action))
            .collect()
    }

    /// What a shortcut's action means now.
    fn command_for(&self, action: Action) -> Option<Command> {
        let zoom = self.core.state().zoom;
        Some(match action {
            Action::FocusSearch => Command::FocusSearch,
            Action::Back => Command::Back,
            Action::ZoomIn => Command::SetZoom(zoom.larger()),
            Action::ZoomOut => Command::SetZoom(zoom.smaller()),
            Action::ZoomReset => Command::SetZoom(Zoom::default()),
            Action::ToggleLayer(layer) => {
                Command::ShowLayer(layer, !self.core.state().layers().shows(layer))
            }
            Action::PauseOrResume => {
                let session = self.core.session()?;
                Command::Practice(if session.clock() == Clock::Running {
                    PracticeCommand::Pause
                } else {
                    PracticeCommand::Resume
                })
            }
            Action::NextStep => Command::Practice(PracticeCommand::Next),
            Action::PreviousStep => Command::Practice(PracticeCommand::Previous),
            Action::SkipTechnique => Command::Practice(PracticeCommand::SkipTechnique),
            Action::Dismiss => {
                if self.core.search().is_open() {
                    Command::CloseSearch
                } else {
                    Command::ClearSelection
                }
            }
            // Read by the map and the search box themselves.
            Action::MapZoomIn
            | Action::MapZoomOut
            | Action::MapFit
            | Action::MapPan(_)
            | Action::MapNeighbour(_)
            | Action::SearchNext
            | Action::SearchPrevious
            | Action::SearchOpen => return None,
        })
    }
}
