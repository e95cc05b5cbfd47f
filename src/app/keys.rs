//! The keyboard shortcuts pressed in a frame, as commands (the keys are in `shortcuts.rs`).

use super::App;
use crate::command::{Command, PracticeCommand, Steer};
use crate::practice::Clock;
use crate::shortcuts::{self, SEARCH_CHARACTER, SHORTCUTS, Scope, ShortcutAction};
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
                actions.push(ShortcutAction::FocusSearch);
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
    fn command_for(&self, action: ShortcutAction) -> Option<Command> {
        let zoom = self.core.state().zoom;
        Some(match action {
            ShortcutAction::FocusSearch => Command::FocusSearch,
            ShortcutAction::Back => Command::Back,
            ShortcutAction::ZoomIn => Command::SetZoom(zoom.larger()),
            ShortcutAction::ZoomOut => Command::SetZoom(zoom.smaller()),
            ShortcutAction::ZoomReset => Command::SetZoom(Zoom::default()),
            ShortcutAction::ToggleLayer(layer) => {
                Command::ShowLayer(layer, !self.core.state().layers().shows(layer))
            }
            ShortcutAction::PauseOrResume => {
                let session = self.core.session()?;
                Command::Practice(if session.clock() == Clock::Running {
                    PracticeCommand::Steer(Steer::Pause)
                } else {
                    PracticeCommand::Steer(Steer::Resume)
                })
            }
            ShortcutAction::NextStep => Command::Practice(PracticeCommand::Steer(Steer::Next)),
            ShortcutAction::PreviousStep => {
                Command::Practice(PracticeCommand::Steer(Steer::Previous))
            }
            ShortcutAction::SkipTechnique => {
                Command::Practice(PracticeCommand::Steer(Steer::SkipTechnique))
            }
            ShortcutAction::Dismiss => {
                if self.core.search().is_open() {
                    Command::CloseSearch
                } else {
                    Command::ClearSelection
                }
            }
            // Read by the map and the search box themselves.
            ShortcutAction::MapZoomIn
            | ShortcutAction::MapZoomOut
            | ShortcutAction::MapFit
            | ShortcutAction::MapPan(_)
            | ShortcutAction::MapNeighbour(_)
            | ShortcutAction::SearchNext
            | ShortcutAction::SearchPrevious
            | ShortcutAction::SearchOpen => return None,
        })
    }
}
