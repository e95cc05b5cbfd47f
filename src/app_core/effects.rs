//! What goes into the core besides commands (the moment, what the window knows) and what comes
//! out of it: [`Effects`], the things only the shell can do, done once by it.

use super::Made;
use crate::data::{ClaimId, LookAlikeId, TopicId};
use crate::platform::FolderPurpose;
use crate::reader_data::RoutineRef;
use crate::state::{AppState, Zoom};
use crate::state_format::WindowSize;

/// What the moment of a command says about it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Input {
    /// The shell's clock, in seconds.
    pub now: f64,
    /// Enter or Space was pressed this frame: a page opened now was opened by keyboard.
    pub by_keyboard: bool,
}

/// The moment the core's clocks run at, and what they need to know of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Now {
    /// The shell's clock, in seconds.
    pub now: f64,
    /// The window has the system's focus (the reader may be looking elsewhere when not).
    pub window_focused: bool,
    /// Something in the app has the keyboard.
    pub keyboard_in_use: bool,
    /// The window's size now, saved for the next start where the platform has windows.
    pub window: Option<WindowSize>,
}

/// Something on a page to scroll into view once and put the keyboard on: where a search hit or
/// a link led.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reveal {
    Routine(RoutineRef),
    Topic(TopicId),
    Claim(ClaimId),
    LookAlike(LookAlikeId),
    /// The safety check's first answer that is a warning sign.
    WarningSign,
    /// The search hit that Enter opens, after Up or Down moved it.
    SearchHighlight,
}

impl Reveal {
    pub(crate) fn routine(&self) -> Option<&RoutineRef> {
        match self {
            Self::Routine(r) => Some(r),
            _ => None,
        }
    }

    pub(crate) fn topic(&self) -> Option<&TopicId> {
        match self {
            Self::Topic(t) => Some(t),
            _ => None,
        }
    }

    pub(crate) fn claim(&self) -> Option<&ClaimId> {
        match self {
            Self::Claim(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn look_alike(&self) -> Option<&LookAlikeId> {
        match self {
            Self::LookAlike(l) => Some(l),
            _ => None,
        }
    }
}

/// What the shell must do after a command or a tick: the core keeps no flags for the next
/// frame and never calls the window itself.
#[must_use]
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Effects {
    pub theme: Option<egui::ThemePreference>,
    pub zoom: Option<Zoom>,
    /// Turn spoken focus on or off (eframe speaks it in a browser).
    pub read_focus_aloud: Option<bool>,
    /// Ask the system to draw the reader's attention to the window (a step ended).
    pub attention: bool,
    /// Draw again after this many seconds, even without input.
    pub repaint_after: Option<f64>,
    /// Put the keyboard on the main button of the page now shown.
    pub focus_page: bool,
    /// Scroll to this on the page now shown, once.
    pub reveal: Option<Reveal>,
    /// Put the keyboard in the search box.
    pub focus_search: bool,
    /// The state has rested since it changed: save this (`Command::StateSaved` answers).
    pub save: Option<StateToSave>,
    /// Show the system's folder dialog for this.
    pub choose_folder: Option<FolderPurpose>,
    /// Open, watch and read the guide in this folder (`Command::GuideRead` answers).
    pub open_guide: Option<String>,
    /// Stop watching the guide folder: the built-in guide is back.
    pub close_guide: bool,
    /// Offer this file to the reader to save (a handout).
    pub save_file: Option<FileToSave>,
}

/// The state to save, as it is now.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StateToSave {
    pub state: AppState,
    pub window: Option<WindowSize>,
}

/// A file the app made, to offer the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FileToSave {
    /// What it is, for the message once it is saved.
    pub what: Made,
    /// The name to suggest.
    pub name: String,
    pub contents: String,
}

impl Effects {
    /// Both `self` and `later`, the later one winning where they differ.
    ///
    /// Both sides are taken apart field by field, so a new effect cannot be dropped here
    /// silently: the compiler asks how it merges.
    pub(crate) fn and(self, later: Self) -> Self {
        let Self {
            theme,
            zoom,
            read_focus_aloud,
            attention,
            repaint_after,
            focus_page,
            reveal,
            focus_search,
            save,
            choose_folder,
            open_guide,
            close_guide,
            save_file,
        } = self;
        let Self {
            theme: later_theme,
            zoom: later_zoom,
            read_focus_aloud: later_read_focus_aloud,
            attention: later_attention,
            repaint_after: later_repaint_after,
            focus_page: later_focus_page,
            reveal: later_reveal,
            focus_search: later_focus_search,
            save: later_save,
            choose_folder: later_choose_folder,
            open_guide: later_open_guide,
            close_guide: later_close_guide,
            save_file: later_save_file,
        } = later;
        Self {
            theme: later_theme.or(theme),
            zoom: later_zoom.or(zoom),
            read_focus_aloud: later_read_focus_aloud.or(read_focus_aloud),
            attention: attention || later_attention,
            repaint_after: match (repaint_after, later_repaint_after) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            focus_page: focus_page || later_focus_page,
            reveal: later_reveal.or(reveal),
            focus_search: focus_search || later_focus_search,
            save: later_save.or(save),
            choose_folder: later_choose_folder.or(choose_folder),
            open_guide: later_open_guide.or(open_guide),
            close_guide: close_guide || later_close_guide,
            save_file: later_save_file.or(save_file),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effects_add_up_with_the_later_winning_and_the_soonest_frame_kept() {
        let first = Effects {
            zoom: Some(Zoom::default()),
            repaint_after: Some(0.5),
            reveal: Some(Reveal::WarningSign),
            ..Effects::default()
        };
        let later = Effects {
            zoom: Some(Zoom::default().larger()),
            repaint_after: Some(0.2),
            attention: true,
            ..Effects::default()
        };
        let both = first.and(later);
        assert_eq!(both.zoom, Some(Zoom::default().larger()));
        assert_eq!(both.repaint_after, Some(0.2));
        assert_eq!(both.reveal, Some(Reveal::WarningSign));
        assert!(both.attention);
    }
}
