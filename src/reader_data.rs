//! What the reader builds and keeps: favourite techniques and routines of their own. Saved with
//! the app state; ids that a later guide no longer has are kept, shown as missing, never dropped.

use serde::{Deserialize, Serialize};

use crate::data::{Guide, Routine, RoutineId, RoutineItem, TechniqueId};

/// Favourite techniques, in the order they were starred.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Favourites(Vec<TechniqueId>);

impl Favourites {
    pub fn contains(&self, id: &TechniqueId) -> bool {
        self.0.contains(id)
    }

    /// Stars the technique, or unstars it if it is starred.
    pub fn toggle(&mut self, id: &TechniqueId) {
        if let Some(at) = self.0.iter().position(|f| f == id) {
            self.0.remove(at);
        } else {
            self.0.push(id.clone());
        }
    }

    pub fn ids(&self) -> &[TechniqueId] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Names one of the reader's routines. It stays the same through renames and moves, and is
/// saved as the plain number it wraps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RoutineKey(pub u32);

/// A routine the reader made. `key` stays the same through renames and moves, so commands and
/// the views' memory keep pointing at the right one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MyRoutine {
    pub key: RoutineKey,
    pub name: String,
    pub items: Vec<RoutineItem>,
}

impl MyRoutine {
    pub fn total_seconds(&self) -> u32 {
        self.items.iter().map(|i| i.seconds).sum()
    }
}

/// Names a routine, shipped or the reader's own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoutineRef {
    Guide(RoutineId),
    Mine(RoutineKey),
}

/// A change to one of the reader's routines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoutineEdit {
    Rename(String),
    /// Adds the technique at the end, for as long as its steps take.
    Add(TechniqueId),
    Remove(usize),
    /// Moves the item at the first index to the second.
    Move(usize, usize),
    SetSeconds(usize, u32),
}

/// The shortest and longest time an item may be given in the routine editor.
pub const ITEM_SECONDS: std::ops::RangeInclusive<u32> = 30..=1800;

/// The reader's routines, in the order they arrange them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MyRoutines(Vec<MyRoutine>);

impl MyRoutines {
    pub fn all(&self) -> &[MyRoutine] {
        &self.0
    }

    pub fn get(&self, key: RoutineKey) -> Option<&MyRoutine> {
        self.0.iter().find(|r| r.key == key)
    }

    /// One past the largest key; if a saved state holds the largest number there is, the first
    /// one free (keys are never shared).
    fn next_key(&self) -> RoutineKey {
        let taken = |key: u32| self.0.iter().any(|r| r.key.0 == key);
        let largest = self.0.iter().map(|r| r.key.0).max().unwrap_or(0);
        let key = largest
            .checked_add(1)
            .or_else(|| (1..u32::MAX).find(|&key| !taken(key)))
            .unwrap_or(largest);
        RoutineKey(key)
    }

    /// A new, empty routine with a name not yet taken; returns its key.
    pub fn create(&mut self) -> RoutineKey {
        let name = self.free_name("My routine");
        self.push(name, Vec::new())
    }

    /// A copy of a shipped routine to change; returns its key.
    pub fn copy_of(&mut self, routine: &Routine) -> RoutineKey {
        let name = self.free_name(&format!("{} (my copy)", routine.name));
        self.push(name, routine.items.clone())
    }

    fn push(&mut self, name: String, items: Vec<RoutineItem>) -> RoutineKey {
        let key = self.next_key();
        self.0.push(MyRoutine { key, name, items });
        key
    }

    /// `base`, or `base 2`, `base 3`, … whichever no routine has yet.
    fn free_name(&self, base: &str) -> String {
        let taken = |name: &str| self.0.iter().any(|r| r.name == name);
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base} {n}"))
            .find(|name| !taken(name))
            .unwrap_or_else(|| base.to_owned())
    }

    pub fn delete(&mut self, key: RoutineKey) {
        self.0.retain(|r| r.key != key);
    }

    /// Applies an edit; out-of-range indexes change nothing. `guide` gives a new item its time.
    pub fn edit(&mut self, key: RoutineKey, edit: RoutineEdit, guide: &Guide) {
        let Some(routine) = self.0.iter_mut().find(|r| r.key == key) else {
            return;
        };
        let items = &mut routine.items;
        match edit {
            RoutineEdit::Rename(name) => routine.name = name,
            RoutineEdit::Add(technique) => {
                let seconds = guide
                    .technique(&technique)
                    .map_or(60, |t| t.total_seconds());
                items.push(RoutineItem::new(
                    technique,
                    seconds.clamp(*ITEM_SECONDS.start(), *ITEM_SECONDS.end()),
                ));
            }
            RoutineEdit::Remove(at) => {
                if at < items.len() {
                    items.remove(at);
                }
            }
            RoutineEdit::Move(from, to) => {
                if from < items.len() && to < items.len() {
                    let item = items.remove(from);
                    items.insert(to, item);
                }
            }
            RoutineEdit::SetSeconds(at, seconds) => {
                if let Some(item) = items.get_mut(at) {
                    item.seconds = seconds.clamp(*ITEM_SECONDS.start(), *ITEM_SECONDS.end());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_routines_get_keys_no_other_routine_has() {
        let mut mine = MyRoutines::default();
        assert_eq!(mine.create(), RoutineKey(1));
        assert_eq!(mine.create(), RoutineKey(2));
        // A saved state (edited by hand, or damaged) with the largest key there is.
        mine.0[0].key = RoutineKey(u32::MAX);
        assert_eq!(mine.create(), RoutineKey(1));
        assert_eq!(mine.create(), RoutineKey(3));
    }
}
