//! How the reader's state is written down, the same on every platform: a file on the desktop, an
//! entry in the browser's storage on the web.
//!
//! Read strictly, so another version's state is recognised and set aside rather than misread.
//! The rule for a saved state that cannot be used is written here once, for every platform:
//! it is set aside and kept, the app starts fresh, and the reader is told once where it went
//! ([`restore`]).

use serde::{Deserialize, Serialize};

use crate::platform::{ReadError, SaveError, StateLocation, StateStore};
use crate::state::AppState;

/// Raised when the saved state changes in a way `#[serde(default)]` cannot absorb; a saved
/// state with another number is set aside rather than misread.
pub const FORMAT: u32 = 1;

/// The window's size in logical pixels, restored at the next start.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WindowSize {
    pub width: f32,
    pub height: f32,
    pub maximized: bool,
}

impl WindowSize {
    /// Smallest and largest sizes restored: a saved size outside them (a monitor since
    /// unplugged, a damaged file) falls back to the nearest sane one.
    pub const MIN: [f32; 2] = [320.0, 240.0];
    pub const MAX: [f32; 2] = [16_384.0, 16_384.0];

    /// The size clamped to what a window can be, or None if it is not a size at all.
    pub fn sane(self) -> Option<Self> {
        (self.width.is_finite() && self.height.is_finite()).then(|| Self {
            width: self.width.clamp(Self::MIN[0], Self::MAX[0]),
            height: self.height.clamp(Self::MIN[1], Self::MAX[1]),
            maximized: self.maximized,
        })
    }
}

/// What the last run left: the state to start with, and what to tell the reader about it.
#[derive(Debug, Default)]
pub struct Restored {
    pub state: AppState,
    pub window: Option<WindowSize>,
    /// Said once, on this start: why the app starts fresh and where the old state went.
    pub notice: Option<RestoreNotice>,
}

/// Why the app started fresh, told once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreNotice {
    /// The saved state could not be used; it was moved aside to `kept` (a file's path or a
    /// storage key), or could not be and will be replaced at the next save.
    SetAside {
        why: Unusable,
        from: StateLocation,
        kept: Option<String>,
    },
    /// The browser refused its storage: nothing could be read.
    StorageRefused,
    /// The browser keeps no storage for this page: settings last until it is closed.
    NoStorage,
}

/// Why a saved state cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unusable {
    /// It could not be read at all (the system's reason).
    #[error("it could not be read ({0})")]
    Unreadable(String),
    #[error("they were saved by a different version of the app")]
    OtherVersion,
    #[error("they are damaged at line {line}, column {col} ({code})")]
    Damaged {
        line: usize,
        col: usize,
        code: String,
    },
}

/// What `store` holds from the last run. Never fails: a saved state that cannot be used is set
/// aside and kept, the app starts with defaults, and the notice says where it went.
pub fn restore(store: &dyn StateStore) -> Restored {
    let text = match store.read() {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Restored {
                state: store.earlier().unwrap_or_default(),
                ..Restored::default()
            };
        }
        Err(ReadError::Refused) => {
            return Restored {
                notice: Some(RestoreNotice::StorageRefused),
                ..Restored::default()
            };
        }
        Err(ReadError::Unreadable(why)) => return set_aside(store, Unusable::Unreadable(why)),
    };
    match parse_saved(&text) {
        Ok((state, window)) => Restored {
            state,
            window,
            notice: None,
        },
        Err(why) => set_aside(store, why),
    }
}

/// Keeps the unusable state out of the way, and says so.
fn set_aside(store: &dyn StateStore, why: Unusable) -> Restored {
    Restored {
        notice: Some(RestoreNotice::SetAside {
            why,
            from: store.location(),
            kept: store.keep_aside(),
        }),
        ..Restored::default()
    }
}

/// Keeps `state` and the window's size in `store`, whole or not at all.
pub fn save(
    store: &dyn StateStore,
    state: &AppState,
    window: Option<WindowSize>,
) -> Result<(), SaveError> {
    let text = to_text(state, window).map_err(|err| SaveError::Format(err.to_string()))?;
    store.write(&text)
}

/// What is written.
#[derive(Serialize)]
struct SavedRef<'a> {
    format: u32,
    window: Option<WindowSize>,
    state: &'a AppState,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Saved {
    #[expect(
        dead_code,
        reason = "checked through `Header` first; named here so the text stays strict"
    )]
    format: u32,
    #[serde(default)]
    window: Option<WindowSize>,
    state: AppState,
}

/// Just the format number, read before the rest so another version's state is recognised even
/// when the rest would not parse.
#[derive(Deserialize)]
struct Header {
    /// 0 when missing: no version of the app wrote a state without it.
    #[serde(default)]
    format: u32,
}

/// The state and window size as text, to be saved.
pub fn to_text(state: &AppState, window: Option<WindowSize>) -> Result<String, ron::Error> {
    let saved = SavedRef {
        format: FORMAT,
        window,
        state,
    };
    ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::default())
}

/// The saved state and window size in `text`, or why they cannot be used.
pub fn parse_saved(text: &str) -> Result<(AppState, Option<WindowSize>), Unusable> {
    let format = ron::from_str::<Header>(text)
        .map_err(|err| damaged(&err))?
        .format;
    if format != FORMAT {
        return Err(Unusable::OtherVersion);
    }
    let saved = ron::from_str::<Saved>(text).map_err(|err| damaged(&err))?;
    Ok((saved.state, saved.window.and_then(WindowSize::sane)))
}

fn damaged(err: &ron::error::SpannedError) -> Unusable {
    Unusable::Damaged {
        line: err.span.start.line,
        col: err.span.start.col,
        code: err.code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let state = AppState {
            safety_check_offered: true,
            ..AppState::default()
        };
        let window = WindowSize {
            width: 900.0,
            height: 700.0,
            maximized: true,
        };
        let text = to_text(&state, Some(window)).unwrap();
        assert_eq!(parse_saved(&text).unwrap(), (state, Some(window)));
    }

    /// A routine's key is saved as the plain number it was before it had a type of its own, so
    /// routines saved by earlier versions keep their keys.
    #[test]
    fn routine_keys_are_saved_as_plain_numbers() {
        let earlier = "(format: 1, state: (my_routines: [(key: 3, name: \"Evening\", items: [])]))";
        let (state, _) = parse_saved(earlier).unwrap();
        let routine = &state.my_routines.all()[0];
        assert_eq!(routine.key, crate::reader_data::RoutineKey(3));
        let text = to_text(&state, None).unwrap();
        assert!(text.contains("key: 3,"), "{text}");
    }

    #[test]
    fn another_version_and_damage_are_told_apart() {
        let other = parse_saved("(format: 2, state: (new_field: [1, 2]))")
            .unwrap_err()
            .to_string();
        assert!(other.contains("different version"), "{other}");
        let damaged = parse_saved("(format: 1, state: (").unwrap_err().to_string();
        assert!(
            damaged.starts_with("they are damaged at line 1"),
            "{damaged}"
        );
    }

    #[test]
    fn window_sizes_are_kept_sane() {
        let size = |width, height| WindowSize {
            width,
            height,
            maximized: true,
        };
        assert_eq!(size(10.0, 1e9).sane(), Some(size(320.0, 16_384.0)));
        assert_eq!(size(f32::NAN, 500.0).sane(), None);
        assert_eq!(size(800.0, 600.0).sane(), Some(size(800.0, 600.0)));
    }
}
