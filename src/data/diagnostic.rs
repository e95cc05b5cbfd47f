//! One problem found in a guide, printed as `path:line:col: message`.

use std::fmt;

/// A problem in a content file. Line and column are 1-based, counted in characters, and absent
/// when the problem belongs to a whole file (e.g. a file that is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub position: Option<Position>,
    pub message: String,
}

/// A 1-based line and column in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Diagnostic {
    pub fn new(
        path: impl Into<String>,
        position: Option<Position>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(Position { line, col }) => {
                write!(f, "{}:{line}:{col}: {}", self.path, self.message)
            }
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
