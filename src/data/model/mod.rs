//! The guide's data model: what the RON files in `assets/data/` deserialize into.
//!
//! Every struct denies unknown fields and every closed vocabulary is an enum, so a typo in a
//! content file is an error with a position, never a silently ignored field.

mod anatomy;
mod diagram;
mod help;
mod reading;
mod safety;
mod target;
mod technique;
mod words;

pub use anatomy::*;
pub use diagram::*;
pub use help::*;
pub use reading::*;
pub use safety::*;
use serde::{Deserialize, Serialize};
pub use target::*;
pub use technique::*;
pub use words::*;

/// An id of one kind of item, for rules that treat every kind alike (references, say) and
/// name the kind in their messages.
pub trait Id {
    /// The kind of item in words, as messages name it: "region".
    const KIND: &'static str;

    /// The id as written in the guide.
    fn as_str(&self) -> &str;
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        // Also inherent, so reading an id needs no trait in scope.
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Id for $name {
            const KIND: &'static str = $kind;

            fn as_str(&self) -> &str {
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
    RegionId,
    "region"
);
id_type!(
    /// Identifies a [`Technique`].
    TechniqueId,
    "technique"
);
id_type!(
    /// Identifies a [`Benefit`].
    BenefitId,
    "benefit"
);
id_type!(
    /// Identifies a [`Caution`].
    CautionId,
    "caution"
);
id_type!(
    /// Identifies a [`Source`].
    SourceId,
    "source"
);
id_type!(
    /// Identifies a [`Question`] of the safety check.
    QuestionId,
    "question"
);
id_type!(
    /// Identifies a [`Routine`].
    RoutineId,
    "routine"
);
id_type!(
    /// Identifies a [`Topic`] of the "Before you start" and "After you finish" pages.
    TopicId,
    "topic"
);
id_type!(
    /// Identifies a [`Claim`] of the "How massage works" page.
    ClaimId,
    "claim"
);
id_type!(
    /// Identifies a [`Muscle`], e.g. `"rhomboids"`.
    MuscleId,
    "muscle"
);
id_type!(
    /// Identifies a [`Country`] of the table of numbers, e.g. `"uk"`.
    CountryId,
    "country"
);
id_type!(
    /// Identifies a [`LookAlike`], e.g. `"gallbladder"`.
    LookAlikeId,
    "look-alike"
);
id_type!(
    /// Identifies a [`Landmark`] of the map, e.g. `"c7"`.
    LandmarkId,
    "landmark"
);

/// An outline as SVG path data, e.g. `"M 178 104 C 175 120 150 146 115 158 Z"`: the notation
/// drawing programs such as Inkscape write, so an author can draw a shape and paste it in.
///
/// `check` parses it and points at the command that is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PathData(pub String);

impl PathData {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
