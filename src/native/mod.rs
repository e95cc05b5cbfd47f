//! The desktop's side of the platform seam: guide folders on disk and their watch, the state
//! file, the frame probe for `scripts/perf.sh`, and the command line's `check` report.

pub mod check;
pub mod folder;
pub mod folders;
pub mod guide_folder;
pub mod probe;
pub mod state_file;
pub mod watch;
