//! The guide's data model: what the RON files in `assets/data/` deserialize into.
//!
//! Every struct denies unknown fields and every closed vocabulary is an enum, so a typo in a
//! content file is an error with a position, never a silently ignored field.

mod anatomy;
mod diagram;
mod reading;
mod safety;
mod technique;

pub use anatomy::*;
pub use diagram::*;
pub use reading::*;
pub use safety::*;
use serde::{Deserialize, Serialize};
pub use technique::*;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`Region`], e.g. `"lumbar_left"`.
    RegionId
);
id_type!(
    /// Identifies a [`Technique`].
    TechniqueId
);
id_type!(
    /// Identifies a [`Benefit`].
    BenefitId
);
id_type!(
    /// Identifies a [`Caution`].
    CautionId
);
id_type!(
    /// Identifies a [`Source`].
    SourceId
);
id_type!(
    /// Identifies a [`Question`] of the safety check.
    QuestionId
);
id_type!(
    /// Identifies a [`Routine`].
    RoutineId
);
id_type!(
    /// Identifies a [`Topic`] of the "Before you start" and "After you finish" pages.
    TopicId
);
id_type!(
    /// Identifies a [`Claim`] of the "How massage works" page.
    ClaimId
);
id_type!(
    /// Identifies a [`Muscle`], e.g. `"rhomboids"`.
    MuscleId
);
id_type!(
    /// Identifies a [`Landmark`] of the map, e.g. `"c7"`.
    LandmarkId
);

/// An outline as SVG path data, e.g. `"M 178 104 C 175 120 150 146 115 158 Z"`: the notation
/// drawing programs such as Inkscape write, so an author can draw a shape and paste it in.
/// `check` parses it and points at the command that is wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PathData(pub String);

impl PathData {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
