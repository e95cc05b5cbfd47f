//! What every view may read, in one value, as rerun's `ViewerContext` is: the guide, the saved
//! state, what the safety check's answers change, what the platform can do, and what is pointed
//! at. A view takes `(ui, ctx, out)`; a new thing every view needs is one field here, not a
//! parameter threaded through every signature.

use std::cell::RefCell;

use crate::app_core::{Practice, Reveal, Search};
use crate::data::Origin;
use crate::data::{Guide, MuscleId};
use crate::reader_data::RoutineKey;
use crate::safety::Profile;
use crate::state::AppState;

/// Everything a view reads this frame. Views never change it: they push commands.
pub(crate) struct ViewCtx<'a> {
    pub guide: &'a Guide,
    pub state: &'a AppState,
    /// What the safety check's answers change, worked out once a frame.
    pub profile: &'a Profile<'a>,
    pub caps: Caps,
    /// What the reader points at, shared between the panel and the map.
    pub hover: &'a Hover,
    /// Something to scroll into view and put the keyboard on, this frame only.
    pub reveal: Option<&'a Reveal>,
    /// The page was just opened by keyboard: put the keyboard on its main control.
    pub focus: bool,
    /// The guided session, running or paused, if there is one.
    pub practice: Option<&'a Practice>,
    /// The reader's routine open in the editor.
    pub editing: Option<RoutineKey>,
    /// The search box and its results.
    pub search: &'a Search,
    /// Where the guide on screen came from.
    pub origin: &'a Origin,
}

/// What the platform the app runs on can do, so a view offers only what works there.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Caps {
    /// Files the app makes (handouts) can be saved: by a dialog or a download.
    pub save_files: bool,
    /// The system has folders to open a guide from (not in a browser).
    pub folders: bool,
    /// The app itself reads aloud what has the keyboard (in a browser, where no screen reader
    /// sees the canvas); on the desktop, AccessKit serves the system's screen readers.
    pub read_focus_aloud: bool,
}

/// The muscle the reader points at, in the panel or in search results, shown on the map.
///
/// The map is drawn before the panel, so it shows what was pointed at last frame, and the shell
/// draws again when that changed (rerun's `hovered_previous_frame` / `hovered_this_frame`).
#[derive(Debug, Default)]
pub(crate) struct Hover {
    last_frame: Option<MuscleId>,
    this_frame: RefCell<Option<MuscleId>>,
}

impl Hover {
    /// A new frame, after one in which `last_frame` was pointed at.
    pub(crate) fn new(last_frame: Option<MuscleId>) -> Self {
        Self {
            last_frame,
            this_frame: RefCell::default(),
        }
    }

    /// The muscle pointed at last frame, for the map.
    pub(crate) fn muscle(&self) -> Option<&MuscleId> {
        self.last_frame.as_ref()
    }

    /// The reader points at `muscle` this frame.
    pub(crate) fn point_at(&self, muscle: &MuscleId) {
        self.this_frame.replace(Some(muscle.clone()));
    }

    /// What was pointed at this frame, and whether that differs from what the map showed.
    pub(crate) fn finish(self) -> (Option<MuscleId>, bool) {
        let now = self.this_frame.into_inner();
        let changed = now != self.last_frame;
        (now, changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_sees_last_frames_muscle_and_a_change_asks_for_another_frame() {
        let deltoid = MuscleId("deltoid".to_owned());
        let hover = Hover::new(None);
        hover.point_at(&deltoid);
        assert_eq!(hover.muscle(), None);
        let (now, changed) = hover.finish();
        assert_eq!(now.as_ref(), Some(&deltoid));
        assert!(changed);

        let hover = Hover::new(now);
        assert_eq!(hover.muscle(), Some(&deltoid));
        hover.point_at(&deltoid);
        assert_eq!(hover.finish(), (Some(deltoid), false));

        let hover = Hover::new(None);
        assert_eq!(hover.finish(), (None, false));
    }
}
