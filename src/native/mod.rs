//! The desktop's side of the platform seam.
//!
//! The command line and the window (`desktop`), guide folders on disk and their watch, the
//! system's dialogs, the state file, the frame probe for `scripts/perf.sh`, and the command
//! line's `check` report.

pub mod background;
pub mod check;
pub mod desktop;
pub mod dialogs;
pub mod guide_dir;
pub mod guide_source;
pub mod probe;
pub mod state_file;
pub mod watch;
