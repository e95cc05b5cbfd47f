//! Every keyboard shortcut in one table: the app's key handling reads it, and every hint and
//! tooltip that names a key is written from it.
//!
//! It uses egui's own formatting, so macOS says Cmd (or ⌘ with a font that has it) where Linux and
//! Windows say Ctrl.

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use crate::state::Layer;

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    FocusSearch,
    Back,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ToggleLayer(Layer),
    /// During practice, on the practice page.
    PauseOrResume,
    NextStep,
    PreviousStep,
    /// On to the next technique of a routine.
    SkipTechnique,
}

/// When a shortcut is listened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere, even while typing (it has a modifier key).
    Anywhere,
    /// On the practice page, while no text box has the keyboard.
    Practice,
    /// On the practice page, and only while nothing has the keyboard (a focused button or
    /// the map takes the key itself).
    PracticeNothingFocused,
}

/// One key combination for an action. The first row of each action is the one hints name.
#[derive(Clone, Copy, Debug)]
pub struct Shortcut {
    pub action: Action,
    pub keys: KeyboardShortcut,
    pub scope: Scope,
}

const fn key(action: Action, modifiers: Modifiers, key: Key, scope: Scope) -> Shortcut {
    Shortcut {
        action,
        keys: KeyboardShortcut::new(modifiers, key),
        scope,
    }
}

// The variants by name, so the table below reads as a list of keys.
use Action::{
    Back, FocusSearch, NextStep, PauseOrResume, PreviousStep, SkipTechnique, ToggleLayer, ZoomIn,
    ZoomOut, ZoomReset,
};
use Scope::{Anywhere, Practice, PracticeNothingFocused};

/// The shortcuts, in the order they are tried. A typed "/" also focuses the search; it is a
/// character, not a key, since keyboards make it with different keys.
pub const SHORTCUTS: &[Shortcut] = &[
    key(FocusSearch, Modifiers::COMMAND, Key::F, Anywhere),
    key(Back, Modifiers::ALT, Key::ArrowLeft, Anywhere),
    key(
        ToggleLayer(Layer::WhereNotToPress),
        Modifiers::ALT,
        Key::W,
        Anywhere,
    ),
    key(ToggleLayer(Layer::Bones), Modifiers::ALT, Key::B, Anywhere),
    key(
        ToggleLayer(Layer::Muscles),
        Modifiers::ALT,
        Key::M,
        Anywhere,
    ),
    key(ZoomIn, Modifiers::COMMAND, Key::Plus, Anywhere),
    // The same key unshifted, as most keyboards have it.
    key(ZoomIn, Modifiers::COMMAND, Key::Equals, Anywhere),
    key(ZoomOut, Modifiers::COMMAND, Key::Minus, Anywhere),
    key(ZoomReset, Modifiers::COMMAND, Key::Num0, Anywhere),
    key(
        PauseOrResume,
        Modifiers::NONE,
        Key::Space,
        PracticeNothingFocused,
    ),
    key(NextStep, Modifiers::NONE, Key::N, Practice),
    key(
        NextStep,
        Modifiers::NONE,
        Key::ArrowRight,
        PracticeNothingFocused,
    ),
    key(PreviousStep, Modifiers::NONE, Key::P, Practice),
    key(
        PreviousStep,
        Modifiers::NONE,
        Key::ArrowLeft,
        PracticeNothingFocused,
    ),
    key(SkipTechnique, Modifiers::NONE, Key::S, Practice),
];

/// The typed character that also focuses the search.
pub const SEARCH_CHARACTER: &str = "/";

/// The key combination hints name for `action`, as this platform writes it ("Ctrl+F", "⌘F").
pub fn text(ctx: &Context, action: Action) -> String {
    SHORTCUTS
        .iter()
        .find(|s| s.action == action)
        .map(|s| ctx.format_shortcut(&s.keys))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_key_and_no_key_does_two_things() {
        for action in [
            FocusSearch,
            Back,
            ZoomIn,
            ZoomOut,
            ZoomReset,
            ToggleLayer(Layer::WhereNotToPress),
            ToggleLayer(Layer::Bones),
            ToggleLayer(Layer::Muscles),
            PauseOrResume,
            NextStep,
            PreviousStep,
            SkipTechnique,
        ] {
            assert!(SHORTCUTS.iter().any(|s| s.action == action), "{action:?}");
        }
        for (i, a) in SHORTCUTS.iter().enumerate() {
            for b in &SHORTCUTS[i + 1..] {
                assert!(
                    a.keys != b.keys,
                    "{:?} and {:?} share a key",
                    a.action,
                    b.action
                );
            }
        }
    }

    #[test]
    fn hints_use_the_platforms_names() {
        let ctx = Context::default();
        // Fonts exist after a first pass; macOS's symbols are used only if the font has them.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        assert_eq!(text(&ctx, FocusSearch), "Ctrl+F");
        assert_eq!(text(&ctx, Back), "Alt+Left");
        assert_eq!(text(&ctx, ZoomOut), "Ctrl+Minus");
        // egui's built-in fonts have no ⌘ sign, so egui spells it out.
        ctx.set_os(egui::os::OperatingSystem::Mac);
        assert_eq!(text(&ctx, FocusSearch), "Cmd+F");
    }
}
