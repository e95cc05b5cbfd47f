//! One problem found in a guide, printed as `path:line:col: message`.

use std::fmt;

/// How many problems `check` and the app's banner list; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// A problem in a content file. Line and column are 1-based, counted in characters, and absent
/// when the problem belongs to a whole file (e.g. a file that is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub position: Option<Position>,
    /// How many characters the problem spans from `position`, for the marker under the source
    /// line; 0 marks a single point.
    pub len: usize,
    pub message: String,
    /// A likely fix, e.g. `did you mean "lumbar_left"?`.
    pub hint: Option<String>,
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
            len: 0,
            message: message.into(),
            hint: None,
        }
    }

    /// The same problem, marked over `len` characters.
    pub fn spanning(self, len: usize) -> Self {
        Self { len, ..self }
    }

    /// The same problem with a hint, if there is one.
    pub fn with_hint(self, hint: Option<String>) -> Self {
        Self { hint, ..self }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(Position { line, col }) => {
                write!(f, "{}:{line}:{col}: {}", self.path, self.message)?;
            }
            None => write!(f, "{}: {}", self.path, self.message)?,
        }
        match &self.hint {
            Some(hint) => write!(f, "; {hint}"),
            None => Ok(()),
        }
    }
}
