//! The technique browser's logic: which techniques pass the filters, in what order, and how many
//! each choice would leave. Pure, so the counts the view shows are tested without a window.

use serde::{Deserialize, Serialize};

use crate::data::{BenefitId, Giver, Guide, Pressure, RegionId, Technique, Tool};
use crate::reader_data::Favourites;

/// What the reader narrowed the list to. Every field's default lets everything through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub region: Option<RegionId>,
    /// Lightest and firmest pressure to show, both included.
    pub lightest: Pressure,
    pub firmest: Pressure,
    /// Who gives it; a technique passes if it suits any of them. Empty: anyone.
    pub givers: Vec<Giver>,
    pub tool: Option<Tool>,
    pub benefit: Option<BenefitId>,
    /// Longest duration to show, in minutes.
    pub max_minutes: Option<u32>,
    pub favourites_only: bool,
    pub sort: SortBy,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            region: None,
            lightest: Pressure::VeryLight,
            firmest: Pressure::Deep,
            givers: Vec::new(),
            tool: None,
            benefit: None,
            max_minutes: None,
            favourites_only: false,
            sort: SortBy::Guide,
        }
    }
}

/// The orders the list can be sorted in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray,
)]
pub enum SortBy {
    /// As the guide lists them.
    #[default]
    Guide,
    Name,
    /// Shortest first.
    Duration,
    /// Lightest first.
    Pressure,
}

impl SortBy {
    pub fn label(self) -> &'static str {
        match self {
            Self::Guide => "Guide order",
            Self::Name => "Name",
            Self::Duration => "Shortest first",
            Self::Pressure => "Lightest first",
        }
    }
}

/// The duration limits offered, in minutes.
pub const MINUTE_LIMITS: [u32; 4] = [5, 10, 20, 30];

impl Filters {
    pub fn is_default(&self) -> bool {
        self.cleared() == *self
    }

    /// No filter, but the reader's sort order kept: "Clear filters", and the start of a list
    /// opened from a search.
    pub fn cleared(&self) -> Self {
        Self {
            sort: self.sort,
            ..Self::default()
        }
    }

    /// Whether a technique passes every filter.
    pub fn passes(&self, technique: &Technique, favourites: &Favourites) -> bool {
        let region = self
            .region
            .as_ref()
            .is_none_or(|r| technique.regions.contains(r));
        let pressure = (self.lightest..=self.firmest).contains(&technique.pressure);
        let giver =
            self.givers.is_empty() || self.givers.iter().any(|g| technique.givers.contains(g));
        let tool = self.tool.is_none_or(|t| technique.tools.contains(&t));
        let benefit = self
            .benefit
            .as_ref()
            .is_none_or(|b| technique.benefits.contains(b));
        let duration = self
            .max_minutes
            .is_none_or(|m| technique.total_seconds() <= m * 60);
        let favourite = !self.favourites_only || favourites.contains(&technique.id);
        region && pressure && giver && tool && benefit && duration && favourite
    }

    /// The techniques that pass, sorted as asked (ties keep the guide's order).
    pub fn apply<'a>(&self, guide: &'a Guide, favourites: &Favourites) -> Vec<&'a Technique> {
        let mut list: Vec<&Technique> = guide
            .techniques
            .iter()
            .filter(|t| self.passes(t, favourites))
            .collect();
        match self.sort {
            SortBy::Guide => {}
            SortBy::Name => list.sort_by_key(|t| t.name.to_lowercase()),
            SortBy::Duration => list.sort_by_key(|t| t.total_seconds()),
            SortBy::Pressure => list.sort_by_key(|t| t.pressure),
        }
        list
    }

    /// How many techniques the list would hold if `choose` changed the filters: the number
    /// shown beside each choice, so the reader sees before choosing what it leaves.
    pub fn count_with(
        &self,
        guide: &Guide,
        favourites: &Favourites,
        choose: impl FnOnce(&mut Self),
    ) -> usize {
        let mut changed = self.clone();
        choose(&mut changed);
        guide
            .techniques
            .iter()
            .filter(|t| changed.passes(t, favourites))
            .count()
    }
}
