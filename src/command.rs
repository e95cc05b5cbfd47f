//! What the user asked for. Views emit commands; only the app applies them to its state.

use crate::browse::Filters;
use crate::data::{CountryId, QuestionId, RegionId, RoutineId, TechniqueId};
use crate::handout::HandoutSubject;
use crate::platform::{GuideRead, SaveFailure};
use crate::reader_data::{RoutineEdit, RoutineKey, RoutineRef};
use crate::search::Target;
use crate::state::{Layer, Page, Zoom};

/// What a view or a key asks of the app. A command made and then dropped is a click that does
/// nothing, hence `must_use`.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Command {
    /// Say aloud what has the keyboard (in a browser, where screen readers cannot read the app).
    ReadFocusAloud(bool),
    SelectRegion(RegionId),
    ClearSelection,
    /// Make everything larger or smaller.
    SetZoom(Zoom),
    /// Close the notice about the saved state.
    DismissNotice,
    SetTheme(egui::ThemePreference),
    ShowPage(Page),
    /// Back to the page shown before this one.
    Back,
    /// Answer a safety-check question yes (`Some(true)`) or no, or forget the answer (`None`).
    Answer(QuestionId, Option<bool>),
    /// Answer No to every urgent question of the safety check at once ("None of these apply").
    NoUrgentSigns,
    ClearAnswers,
    /// Choose where the reader is, for the numbers and services the guide names; `None` for
    /// somewhere else.
    SetCountry(Option<CountryId>),
    /// Leave the safety check, done or skipped, for the guide.
    CloseSafetyCheck,
    /// Open the safety check at the first answer that is a warning sign.
    ShowWarningSigns,
    HideAvoided(bool),
    /// Draw a layer over the map, or stop drawing it.
    ShowLayer(Layer, bool),
    /// Change the browser's filters.
    SetFilters(Filters),
    ToggleFavourite(TechniqueId),
    /// Go where a search hit leads, and close the search.
    Open(Target),
    /// Focus the search box (Ctrl+F or "/").
    FocusSearch,
    /// The search box's text, as typed.
    Search(String),
    /// Move the highlighted search hit down (positive) or up the list, round at the ends.
    MoveSearchHighlight(isize),
    /// Close the search results and go back to the page under them.
    CloseSearch,
    Practice(PracticeCommand),
    /// Choose a guide folder with the system's dialog and show its guide, watched for changes.
    ChooseGuideFolder,
    /// Show the guide in a folder opened before.
    OpenRecentGuide(String),
    /// Stop showing a guide folder (or dropped files) and show the built-in guide again.
    BackToBuiltInGuide,
    /// Choose an empty folder with the system's dialog and save the built-in guide's files
    /// there, as `massage-guide export` does.
    SaveBuiltInCopy,
    /// Make a handout (one HTML file to print or send) and offer it to save.
    SaveHandout(HandoutSubject),
    /// Put the safety check's answers in handouts, or leave them out.
    HandoutWithAnswers(bool),
    /// Make a new empty routine of the reader's own, or a copy of a shipped one, and edit it.
    NewRoutine,
    CopyRoutine(RoutineId),
    EditRoutine(RoutineKey, RoutineEdit),
    /// Open or close a routine of the reader's in the editor.
    EditingRoutine(Option<RoutineKey>),
    DeleteRoutine(RoutineKey),
    /// A guide's files, read by the shell: opened, or changed since (the answer to
    /// `Effects::open_guide`, a drop or a change the folder's watch saw).
    GuideRead(Box<GuideRead>),
    /// How saving the state went (the answer to `Effects::save`).
    StateSaved(Result<(), SaveFailure>),
}

/// Starting and steering guided practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PracticeCommand {
    /// Start a session (ending any other) from a technique or a routine.
    Start(PlanSource),
    /// Steer the session running, if there is one.
    Steer(Steer),
}

/// What a session is planned from, and planned again from when the answers change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PlanSource {
    Technique(TechniqueId),
    Routine(RoutineRef),
}

/// What the reader does to the session running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Steer {
    Pause,
    Resume,
    Next,
    Previous,
    /// On to the next technique of a routine, leaving the rest of this one.
    SkipTechnique,
    Restart,
    /// End the session and go back to where it was started.
    Stop,
}
