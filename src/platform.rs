//! What the app needs from the system it runs on, as two small traits: where a guide comes from
//! (and whether it changed), and where the reader's state is kept.
//!
//! The desktop implements them with files and a folder watcher (`native`), the browser with its
//! local storage (`web`); the rest of the app sees only these.

use std::any::Any;

use crate::data::{Diagnostic, GuideFiles};
use crate::state::AppState;
use crate::state_format::{Restored, WindowSize};

/// A guide other than the built-in one, such as a folder an author edits.
pub trait GuideSource: Any {
    /// How the toolbar and messages name it (a folder as the reader typed it).
    fn name(&self) -> &str;

    /// Reads the guide's files, or says what could not be read.
    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>>;

    /// Starts telling of changes; `wake` asks for a frame when one comes while the app sleeps.
    /// Err says why the source cannot be watched.
    fn watch(&mut self, wake: Box<dyn Fn() + Send + Sync>) -> Result<(), String>;

    /// Whether the guide may have changed since the last call (polled once a frame).
    fn changed(&mut self) -> bool;

    /// Whether changes are being watched for.
    fn is_watching(&self) -> bool;
}

/// Where the reader's state is kept between runs.
pub trait StateStore: Any {
    /// What the last run left. Never fails: whatever cannot be used is set aside, kept, and
    /// the notice says where.
    fn load(&self) -> Restored;

    /// Keeps `state`, whole or not at all; Err says why not, in words for the reader.
    fn save(&self, state: &AppState, window: Option<WindowSize>) -> Result<(), String>;

    /// Where the state is kept, for messages: a file's path, or the browser's storage.
    fn location(&self) -> String;
}
