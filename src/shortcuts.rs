//! Every keyboard shortcut in one table: the app's key handling reads it, and every hint and
//! tooltip that names a key is written from it.
//!
//! It uses egui's own formatting, so macOS says Cmd (or ⌘ with a font that has it) where Linux and
//! Windows say Ctrl.

use egui::{Context, Event, InputState, Key, KeyboardShortcut, Modifiers};

use crate::geometry::Heading;
use crate::state::Layer;

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter)]
pub(crate) enum ShortcutAction {
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
    /// Close the search, or else clear the selection.
    Dismiss,
    /// The map's own view (not the whole window's zoom).
    MapZoomIn,
    MapZoomOut,
    MapFit,
    MapPan(Heading),
    /// From the focused region of the map to its neighbour that way.
    MapNeighbour(Heading),
    /// In the search box: the highlighted hit down or up the list, and open it.
    SearchNext,
    SearchPrevious,
    SearchOpen,
}

/// When a shortcut is listened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Everywhere, even while typing (it has a modifier key).
    Anywhere,
    /// On the practice page, while no text box has the keyboard.
    Practice,
    /// On the practice page, and only while nothing has the keyboard (a focused button or
    /// the map takes the key itself).
    PracticeNothingFocused,
    /// While the pointer is over the map or one of its shapes has the keyboard, and no text
    /// box has it (the map listens itself).
    Map,
    /// While a region of the map has the keyboard.
    MapRegion,
    /// While the search box has the keyboard and lists hits.
    SearchBox,
}

/// How a press is matched, and whether it is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Matching {
    /// As egui matches shortcuts: extra Shift and Alt are ignored (so Ctrl+Shift+= is Ctrl+Plus
    /// on keyboards that need Shift for "+"). The press is taken.
    Logical,
    /// Only with exactly these modifiers, so Shift+Right is left for the map's pan. Taken.
    Exact,
    /// Any modifiers, and the press is left for egui's own widgets too (Escape closes menus,
    /// Enter leaves a text box).
    Peek,
}

/// One key combination for an action. The first row of each action is the one hints name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shortcut {
    pub action: ShortcutAction,
    pub keys: KeyboardShortcut,
    pub scope: Scope,
    pub matching: Matching,
}

const fn key(action: ShortcutAction, modifiers: Modifiers, key: Key, scope: Scope) -> Shortcut {
    Shortcut {
        action,
        keys: KeyboardShortcut::new(modifiers, key),
        scope,
        matching: Matching::Logical,
    }
}

const fn exact(action: ShortcutAction, modifiers: Modifiers, key: Key, scope: Scope) -> Shortcut {
    Shortcut {
        matching: Matching::Exact,
        ..self::key(action, modifiers, key, scope)
    }
}

const fn peek(action: ShortcutAction, key: Key, scope: Scope) -> Shortcut {
    Shortcut {
        matching: Matching::Peek,
        ..self::key(action, Modifiers::NONE, key, scope)
    }
}

// The variants by name, so the table below reads as a list of keys.
use Heading::{Down, Left, Right, Up};
use Scope::{Anywhere, Map, MapRegion, Practice, PracticeNothingFocused, SearchBox};
use ShortcutAction::{
    Back, Dismiss, FocusSearch, MapFit, MapNeighbour, MapPan, MapZoomIn, MapZoomOut, NextStep,
    PauseOrResume, PreviousStep, SearchNext, SearchOpen, SearchPrevious, SkipTechnique,
    ToggleLayer, ZoomIn, ZoomOut, ZoomReset,
};

/// The shortcuts, in the order they are tried. A typed "/" also focuses the search; it is a
/// character, not a key, since keyboards make it with different keys.
pub(crate) const SHORTCUTS: &[Shortcut] = &[
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
    // Exact: with Shift, the arrows pan the map under the pointer instead.
    exact(
        NextStep,
        Modifiers::NONE,
        Key::ArrowRight,
        PracticeNothingFocused,
    ),
    key(PreviousStep, Modifiers::NONE, Key::P, Practice),
    exact(
        PreviousStep,
        Modifiers::NONE,
        Key::ArrowLeft,
        PracticeNothingFocused,
    ),
    key(SkipTechnique, Modifiers::NONE, Key::S, Practice),
    // Last of the app's own, as its command follows the others.
    peek(Dismiss, Key::Escape, Anywhere),
    // The map's, read by the map itself.
    key(MapZoomIn, Modifiers::NONE, Key::Plus, Map),
    key(MapZoomIn, Modifiers::NONE, Key::Equals, Map),
    key(MapZoomIn, Modifiers::SHIFT, Key::Equals, Map),
    key(MapZoomOut, Modifiers::NONE, Key::Minus, Map),
    key(MapFit, Modifiers::NONE, Key::Num0, Map),
    // Exact: Alt+Shift+Left is still Back (Alt+Left), as the app reads its keys first.
    exact(MapPan(Up), Modifiers::SHIFT, Key::ArrowUp, Map),
    exact(MapPan(Down), Modifiers::SHIFT, Key::ArrowDown, Map),
    exact(MapPan(Left), Modifiers::SHIFT, Key::ArrowLeft, Map),
    exact(MapPan(Right), Modifiers::SHIFT, Key::ArrowRight, Map),
    exact(MapNeighbour(Up), Modifiers::NONE, Key::ArrowUp, MapRegion),
    exact(
        MapNeighbour(Down),
        Modifiers::NONE,
        Key::ArrowDown,
        MapRegion,
    ),
    exact(
        MapNeighbour(Left),
        Modifiers::NONE,
        Key::ArrowLeft,
        MapRegion,
    ),
    exact(
        MapNeighbour(Right),
        Modifiers::NONE,
        Key::ArrowRight,
        MapRegion,
    ),
    // The search box's, read by the box itself.
    key(SearchNext, Modifiers::NONE, Key::ArrowDown, SearchBox),
    key(SearchPrevious, Modifiers::NONE, Key::ArrowUp, SearchBox),
    peek(SearchOpen, Key::Enter, SearchBox),
];

/// The typed character that also focuses the search.
pub(crate) const SEARCH_CHARACTER: &str = "/";

/// The key combination hints name for `action`, as this platform writes it ("Ctrl+F", "⌘F").
/// Escape is "Esc", as keyboards print it.
pub(crate) fn text(ctx: &Context, action: ShortcutAction) -> String {
    SHORTCUTS
        .iter()
        .find(|s| s.action == action)
        .map(|s| match s.keys.logical_key {
            Key::Escape => ctx
                .format_shortcut(&s.keys)
                .replace(Key::Escape.name(), "Esc"),
            _ => ctx.format_shortcut(&s.keys),
        })
        .unwrap_or_default()
}

/// Whether this row was pressed this frame; unless it peeks, the press is taken, so nothing
/// else acts on it.
pub(crate) fn take(input: &mut InputState, shortcut: &Shortcut) -> bool {
    let Shortcut { keys, .. } = *shortcut;
    match shortcut.matching {
        Matching::Logical => input.consume_shortcut(&keys),
        Matching::Peek => input.key_pressed(keys.logical_key),
        Matching::Exact => {
            let mut found = false;
            input.events.retain(|event| {
                let hit = matches!(
                    event,
                    Event::Key { key, modifiers, pressed: true, .. }
                        if *key == keys.logical_key && modifiers.matches_exact(keys.modifiers)
                );
                found |= hit;
                !hit
            });
            found
        }
    }
}

/// Whether a key of `action` was pressed this frame (see [`take`]); for the widgets that listen
/// themselves (the map, the search box), which know their scope.
pub(crate) fn pressed(input: &mut InputState, action: ShortcutAction) -> bool {
    SHORTCUTS
        .iter()
        .filter(|s| s.action == action)
        .any(|s| take(input, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    use strum::{IntoEnumIterator as _, VariantArray as _};

    /// Every action, with each layer and heading of those that carry one.
    fn every_action() -> Vec<ShortcutAction> {
        ShortcutAction::iter()
            .flat_map(|action| match action {
                ToggleLayer(_) => Layer::VARIANTS.iter().map(|&l| ToggleLayer(l)).collect(),
                MapPan(_) => Heading::VARIANTS.iter().map(|&h| MapPan(h)).collect(),
                MapNeighbour(_) => Heading::VARIANTS.iter().map(|&h| MapNeighbour(h)).collect(),
                action => vec![action],
            })
            .collect()
    }

    /// Whether both scopes can listen at once.
    fn overlap(a: Scope, b: Scope) -> bool {
        match (a, b) {
            (Anywhere, _) | (_, Anywhere) | (SearchBox, SearchBox) => true,
            // The search box has the keyboard: nothing else listens but keys with a modifier.
            // And while a region has the keyboard, something is focused.
            (SearchBox, _)
            | (_, SearchBox)
            | (PracticeNothingFocused, MapRegion)
            | (MapRegion, PracticeNothingFocused) => false,
            _ => true,
        }
    }

    /// Whether a press with `pressed` held sets off `row`, as `take` matches it.
    fn fires(row: &Shortcut, pressed: Modifiers) -> bool {
        match row.matching {
            Matching::Logical => pressed.matches_logically(row.keys.modifiers),
            Matching::Exact => pressed.matches_exact(row.keys.modifiers),
            Matching::Peek => true,
        }
    }

    /// Every combination of modifier keys a press can carry.
    fn every_modifiers() -> impl Iterator<Item = Modifiers> {
        (0..32u8).map(|bits| Modifiers {
            alt: bits & 1 != 0,
            ctrl: bits & 2 != 0,
            shift: bits & 4 != 0,
            mac_cmd: bits & 8 != 0,
            command: bits & 16 != 0,
        })
    }

    /// The first press (if any) that sets off both rows while both listen, with different
    /// actions.
    fn clash(a: &Shortcut, b: &Shortcut) -> Option<Modifiers> {
        if a.action == b.action
            || a.keys.logical_key != b.keys.logical_key
            || !overlap(a.scope, b.scope)
        {
            return None;
        }
        every_modifiers().find(|&m| fires(a, m) && fires(b, m))
    }

    #[test]
    fn every_action_has_a_key_and_no_key_does_two_things() {
        let actions = every_action();
        assert!(actions.len() >= 27, "{actions:?}");
        for action in actions {
            assert!(SHORTCUTS.iter().any(|s| s.action == action), "{action:?}");
        }
        for (i, a) in SHORTCUTS.iter().enumerate() {
            for b in &SHORTCUTS[i + 1..] {
                if let Some(m) = clash(a, b) {
                    panic!(
                        "{:?} and {:?} both answer {:?} with {m:?}",
                        a.action, b.action, a.keys.logical_key
                    );
                }
            }
        }
    }

    #[test]
    fn the_clash_check_sees_what_egui_sees() {
        // Shift+Right over the map during practice: a step forward matched logically would
        // take the map's pan; matched exactly, it does not.
        let pan = key(MapPan(Right), Modifiers::SHIFT, Key::ArrowRight, Map);
        let logical = key(
            NextStep,
            Modifiers::NONE,
            Key::ArrowRight,
            PracticeNothingFocused,
        );
        assert_eq!(clash(&logical, &pan), Some(Modifiers::SHIFT));
        let exact = Shortcut {
            matching: Matching::Exact,
            ..logical
        };
        assert_eq!(clash(&exact, &pan), None);
        // Scopes that never listen together do not clash.
        let search = key(SearchNext, Modifiers::NONE, Key::ArrowDown, SearchBox);
        let pan_down = key(MapPan(Down), Modifiers::SHIFT, Key::ArrowDown, Map);
        assert_eq!(clash(&search, &pan_down), None);
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
        assert_eq!(text(&ctx, Dismiss), "Esc");
        assert_eq!(text(&ctx, SearchNext), "Down");
        // egui's built-in fonts have no ⌘ sign, so egui spells it out.
        ctx.set_os(egui::os::OperatingSystem::Mac);
        assert_eq!(text(&ctx, FocusSearch), "Cmd+F");
    }
}
