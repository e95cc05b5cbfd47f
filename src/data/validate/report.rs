//! Reporting problems against the item they belong to, and the rules every file shares
//! (ids, texts, lists, references, durations).

use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};
use std::cell::OnceCell;

use super::{MAX_ID_CHARS, MAX_LOCATED, MAX_SECONDS, MAX_TEXT_CHARS};
use crate::data::diagnostic::Diagnostic;
use crate::data::files::SourceFile;
use crate::data::locate::Locator;
use crate::data::model::Id;
use crate::data::suggest::did_you_mean_id;

/// Where `id` is written in the list `field` of an item, or the item itself.
pub(super) fn listed_at(item: &Item<'_>, field: &str, id: &str) -> Option<usize> {
    item.offset()
        .and_then(|from| {
            let list = item.locator.word_after(&format!("{field}:"), from)?;
            item.locator.quoted_after(id, list)
        })
        .or(item.offset())
}

/// An item of a content file, found by its id, that problems are reported against.
pub(super) struct Item<'a> {
    pub(super) file: &'a SourceFile,
    pub(super) locator: Locator<'a>,
    pub(super) kind: &'a str,
    pub(super) id: &'a str,
    /// The field whose `nth` value is the item's id.
    pub(super) field: &'a str,
    pub(super) nth: usize,
    /// The item is the `nth` record with a `field`, whatever its value: a record with no id.
    pub(super) by_order: bool,
    /// Where the item's id is written; problems inside the item are searched from here. Found
    /// only when a problem is reported: searching for every item would make validation
    /// quadratic in the file's size.
    pub(super) offset: OnceCell<Option<usize>>,
}

impl<'a> Item<'a> {
    pub(super) fn new(file: &'a SourceFile, kind: &'a str, id: &'a str) -> Self {
        Self::located(file, kind, id, "id", 0)
    }

    pub(super) fn located(
        file: &'a SourceFile,
        kind: &'a str,
        id: &'a str,
        field: &'a str,
        nth: usize,
    ) -> Self {
        Self {
            file,
            locator: Locator::new(&file.text),
            kind,
            id,
            field,
            nth,
            by_order: false,
            offset: OnceCell::new(),
        }
    }

    /// The `nth` record of a file whose records have no id, found as the `nth` `field:` in it
    /// and named `name` in messages.
    pub(super) fn nth_record(
        file: &'a SourceFile,
        kind: &'a str,
        name: &'a str,
        field: &'a str,
        nth: usize,
    ) -> Self {
        Self {
            by_order: true,
            ..Self::located(file, kind, name, field, nth)
        }
    }

    /// The whole file, for problems that belong to no item; located at `field:` if given.
    pub(super) fn whole(file: &'a SourceFile, kind: &'a str, field: Option<&str>) -> Self {
        let locator = Locator::new(&file.text);
        let offset = field.and_then(|f| locator.word_after(&format!("{f}:"), 0));
        Self {
            file,
            locator,
            kind,
            id: "",
            field: "",
            nth: 0,
            by_order: false,
            offset: OnceCell::from(offset),
        }
    }

    pub(super) fn offset(&self) -> Option<usize> {
        *self.offset.get_or_init(|| {
            if self.by_order {
                self.locator.nth_field(self.field, self.nth)
            } else {
                self.locator.field_value(self.field, self.id, self.nth)
            }
        })
    }

    pub(super) fn describe(&self) -> String {
        format!("{} \"{}\"", self.kind, self.id)
    }
}

pub(super) struct Validator {
    pub(super) problems: Vec<Diagnostic>,
}

impl Validator {
    pub(super) fn report(&mut self, item: &Item<'_>, message: String) {
        self.report_at(item, || item.offset(), message);
    }

    pub(super) fn report_at(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        message: String,
    ) {
        self.report_with_hint(item, offset, message, None);
    }

    /// Records a problem at the offset `offset` finds. Finding it searches the file, so past
    /// [`MAX_LOCATED`] problems they are recorded without a place: a file with thousands of
    /// faults is reported quickly, and its first faults are the ones to fix.
    pub(super) fn report_with_hint(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        message: String,
        hint: Option<String>,
    ) {
        self.report_spanning(item, offset, None, message, hint);
    }

    /// Records a problem marked from the offset `offset` finds: `len` characters, or the whole
    /// token there.
    pub(super) fn report_spanning(
        &mut self,
        item: &Item<'_>,
        offset: impl FnOnce() -> Option<usize>,
        len: Option<usize>,
        message: String,
        hint: Option<String>,
    ) {
        let offset = if self.problems.len() < MAX_LOCATED {
            offset()
        } else {
            None
        };
        let position = offset.map(|o| item.locator.position(o));
        let len = offset.map_or(0, |o| len.unwrap_or_else(|| item.locator.token_len(o)));
        self.problems.push(
            Diagnostic::new(&item.file.path, position, message)
                .spanning(len)
                .with_hint(hint),
        );
    }

    /// Reports empty and repeated ids; returns the set of ids for reference checks.
    pub(super) fn unique_ids<'a>(
        &mut self,
        file: &'a SourceFile,
        kind: &'a str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let count = seen.entry(id).or_default();
            let item = Item::located(file, kind, id, "id", *count);
            if id.trim().is_empty() {
                self.report(&item, format!("a {kind} has an empty id"));
            } else if !is_valid_id(id) {
                self.report(
                    &item,
                    format!(
                        "{} is not a valid id: use 1 to {MAX_ID_CHARS} lowercase letters, \
                         digits and underscores",
                        item.describe()
                    ),
                );
            } else if *count > 0 {
                self.report(
                    &item,
                    format!("{} is defined more than once", item.describe()),
                );
            }
            *count += 1;
        }
        seen.into_keys().collect()
    }

    pub(super) fn not_empty(&mut self, item: &Item<'_>, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(item, format!("{} has an empty {field}", item.describe()));
        }
        self.not_too_long(item, field, value);
    }

    /// Texts are read on screen: anything longer than a few pages is a mistake (or an attack
    /// on the layout), not content.
    pub(super) fn not_too_long(&mut self, item: &Item<'_>, field: &str, value: &str) {
        let chars = value.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                item,
                format!(
                    "the {field} of {} is {chars} characters long; a text may be at most \
                     {MAX_TEXT_CHARS}",
                    item.describe()
                ),
            );
        }
    }

    /// More than `max` entries in a list is a mistake (or an attack), not content.
    pub(super) fn at_most(&mut self, item: &Item<'_>, what: &str, len: usize, max: usize) {
        if len > max {
            self.report(
                item,
                format!(
                    "{} has {len} {what}; at most {max} are allowed",
                    item.describe()
                ),
            );
        }
    }

    /// Timings are read as minutes and seconds on screen and summed into routines.
    pub(super) fn seconds(&mut self, item: &Item<'_>, what: &str, seconds: u32) {
        if seconds == 0 {
            self.report(
                item,
                format!("{what} of {} lasts 0 seconds", item.describe()),
            );
        } else if seconds > MAX_SECONDS {
            self.report(
                item,
                format!(
                    "{what} of {} lasts {seconds} seconds; at most {MAX_SECONDS} (one hour) \
                     is allowed",
                    item.describe()
                ),
            );
        }
    }

    pub(super) fn non_empty_list(&mut self, item: &Item<'_>, field: &str, len: usize) {
        if len == 0 {
            let offset = || {
                item.offset()
                    .and_then(|from| item.locator.word_after(&format!("{field}:"), from))
                    .or(item.offset())
            };
            self.report_at(
                item,
                offset,
                format!("{} lists no {field}", item.describe()),
            );
        }
    }

    /// Reports ids that `item` lists twice or that are not `known`, naming their kind by type.
    pub(super) fn refs<'a, I: Id + 'a>(
        &mut self,
        item: &Item<'_>,
        ids: impl IntoIterator<Item = &'a I>,
        known: &HashSet<&str>,
    ) {
        let target_kind = I::KIND;
        let mut listed = HashSet::new();
        for id in ids.into_iter().map(Id::as_str) {
            if !listed.insert(id) {
                let offset = || {
                    item.offset()
                        .and_then(|from| {
                            let first = item.locator.quoted_after(id, from + 1)?;
                            item.locator.quoted_after(id, first + 1)
                        })
                        .or(item.offset())
                };
                self.report_at(
                    item,
                    offset,
                    format!(
                        "{} lists {target_kind} \"{id}\" more than once",
                        item.describe()
                    ),
                );
            } else if !known.contains(id) {
                let offset = || {
                    item.offset()
                        .and_then(|from| item.locator.quoted_after(id, from + 1))
                        .or(item.offset())
                };
                self.report_with_hint(
                    item,
                    offset,
                    format!(
                        "{} refers to {target_kind} \"{id}\", which does not exist",
                        item.describe()
                    ),
                    did_you_mean_id(id, known.iter().copied()),
                );
            }
        }
    }
}

/// Ids are written by hand and compared exactly: plain lowercase words joined by underscores
/// leave no room for look-alike letters or stray spaces.
pub(super) fn is_valid_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
