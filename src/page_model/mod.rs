//! What the region, technique and routine pages show, in order, with no egui.
//!
//! The screen (`panels`) and the handout (`handout`) both render these models, so the two
//! cannot list different cautions or cite different sources.

mod region;
mod routine;
mod technique;

pub use region::{RegionCautions, RegionPage};
pub use routine::RoutinePage;
#[cfg(test)]
pub(crate) use routine::parts_of;
pub use technique::{TechniqueCautions, TechniquePage};

use crate::data::{Caution, SourceId};

/// The line under a region's name: its levels, and what the codes count (they are read before
/// anything explains them).
pub fn levels_line(levels: &str) -> String {
    format!(
        "Levels {levels}  ·  the spine's bones, counted from the top: C neck, T chest, L lower \
         back, S sacrum"
    )
}

/// What a page or handout says when the guide lacks what it was asked for, e.g. `no_such(
/// "technique", "rolling")`: an id may go when a guide folder is edited or replaced.
pub fn no_such(kind: &str, id: &str) -> String {
    format!("This guide has no {kind} \"{id}\". It may have been renamed or removed.")
}

/// Each source once, in the order first cited.
fn each_once<'g>(ids: impl IntoIterator<Item = &'g SourceId>) -> Vec<&'g SourceId> {
    let mut seen: Vec<&SourceId> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen
}

/// Each caution once, in the order first met.
fn push_new<'g>(list: &mut Vec<&'g Caution>, more: impl IntoIterator<Item = &'g Caution>) {
    for caution in more {
        if !list.iter().any(|c| c.id == caution.id) {
            list.push(caution);
        }
    }
}
