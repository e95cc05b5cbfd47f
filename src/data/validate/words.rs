//! The rules of `everyday_words.ron`: each entry has words search can use, no word is listed
//! twice in the file, and everything an entry finds exists.

use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};

use super::{Item, MAX_LIST, Validator};
use crate::data::files::GuideFiles;
use crate::data::guide::Guide;
use crate::data::model::{
    BenefitId, CautionId, ClaimId, Id, LookAlikeId, MuscleId, RegionId, RoutineId, Target,
    TechniqueId, Tool, TopicId,
};
use crate::data::suggest::did_you_mean_id;
use crate::data::words::{is_stop_word, words};

/// The ids of the guide that a [`Target`] of each kind may name.
struct Destinations<'a> {
    techniques: HashSet<&'a str>,
    routines: HashSet<&'a str>,
    regions: HashSet<&'a str>,
    muscles: HashSet<&'a str>,
    benefits: HashSet<&'a str>,
    cautions: HashSet<&'a str>,
    topics: HashSet<&'a str>,
    claims: HashSet<&'a str>,
    look_alikes: HashSet<&'a str>,
    /// Search finds a tool through the techniques that use it.
    tools: Vec<Tool>,
}

/// What a target names: its kind in words and its id, and the ids of that kind in the guide
/// (none for a tool: its names are a closed list, checked as the file is read).
struct Named<'t> {
    kind: &'static str,
    id: String,
    known: Option<&'t HashSet<&'t str>>,
}

impl<'a> Destinations<'a> {
    fn of(guide: &'a Guide) -> Self {
        Self {
            techniques: guide.techniques.iter().map(|t| t.id.as_str()).collect(),
            routines: guide.routines.iter().map(|r| r.id.as_str()).collect(),
            regions: guide.regions.iter().map(|r| r.id.as_str()).collect(),
            muscles: guide.muscles.iter().map(|m| m.id.as_str()).collect(),
            benefits: guide.benefits.iter().map(|b| b.id.as_str()).collect(),
            cautions: guide.cautions.iter().map(|c| c.id.as_str()).collect(),
            topics: guide.topics.iter().map(|t| t.id.as_str()).collect(),
            claims: guide.claims.iter().map(|c| c.id.as_str()).collect(),
            look_alikes: guide.look_alikes.iter().map(|l| l.id.as_str()).collect(),
            tools: guide.tools_in_use(),
        }
    }

    fn name<'t>(&'t self, target: &Target) -> Named<'t>
    where
        'a: 't,
    {
        fn id<'t, I: Id>(id: &I, known: &'t HashSet<&'t str>) -> Named<'t> {
            Named {
                kind: I::KIND,
                id: id.as_str().to_owned(),
                known: Some(known),
            }
        }
        match target {
            Target::Technique(i) => id::<TechniqueId>(i, &self.techniques),
            Target::Routine(i) => id::<RoutineId>(i, &self.routines),
            Target::Region(i) => id::<RegionId>(i, &self.regions),
            Target::Muscle(i) => id::<MuscleId>(i, &self.muscles),
            Target::Benefit(i) => id::<BenefitId>(i, &self.benefits),
            Target::Caution(i) => id::<CautionId>(i, &self.cautions),
            Target::Topic(i) => id::<TopicId>(i, &self.topics),
            Target::Claim(i) => id::<ClaimId>(i, &self.claims),
            Target::LookAlike(i) => id::<LookAlikeId>(i, &self.look_alikes),
            Target::Tool(tool) => Named {
                kind: "tool",
                id: format!("{tool:?}"),
                known: None,
            },
        }
    }
}

impl Validator {
    /// Everyday words: words search can use, each listed once in the file, finding things that
    /// exist.
    pub(super) fn everyday_words(&mut self, guide: &Guide, files: &GuideFiles) {
        if guide.everyday_words.is_empty() {
            return;
        }
        let file = &files.everyday_words;
        let known = Destinations::of(guide);
        // Each word as search reads it: the entry that listed it first (its place and its first
        // word), and the word as written there.
        let mut listed: HashMap<String, (usize, &str, &str)> = HashMap::new();
        for (n, entry) in guide.everyday_words.iter().enumerate() {
            let name = entry.words.first().map_or("", String::as_str);
            let item = Item::nth_record(file, "everyday word", name, "words", n);
            if entry.words.is_empty() {
                self.report(
                    &item,
                    "an entry of everyday words lists no words".to_owned(),
                );
            }
            self.at_most(&item, "words", entry.words.len(), MAX_LIST);
            // How often each word was met in this entry so far, to point at the right one.
            let mut met: HashMap<&str, usize> = HashMap::new();
            for (i, word) in entry.words.iter().enumerate() {
                let count = met.entry(word.as_str()).or_default();
                let at = || word_at(&item, word, *count);
                self.not_empty(&item, &format!("word {}", i + 1), word);
                let searched: Vec<String> = words(word)
                    .into_iter()
                    .filter(|w| !is_stop_word(w))
                    .collect();
                if searched.is_empty() {
                    if !word.trim().is_empty() {
                        self.report_at(
                            &item,
                            at,
                            format!(
                                "{} lists \"{word}\", which has no word search can use: \"the\", \
                                 \"not\" and such are too common to search for",
                                item.describe()
                            ),
                        );
                    }
                } else {
                    let key = searched.join(" ");
                    if let Some(&(entry_of, first, earlier)) = listed.get(&key) {
                        let elsewhere = if entry_of == n {
                            String::new()
                        } else {
                            format!(" in everyday word \"{first}\"")
                        };
                        let message = if earlier.to_lowercase() == word.to_lowercase() {
                            format!(
                                "{} lists \"{word}\", which is listed already{elsewhere}",
                                item.describe()
                            )
                        } else {
                            format!(
                                "{} lists \"{word}\", which search reads as \"{key}\", the same \
                                 as \"{earlier}\"{elsewhere}",
                                item.describe()
                            )
                        };
                        self.report_with_hint(
                            &item,
                            at,
                            message,
                            Some(
                                "list each word once, with everything it finds; search leaves \
                                 out \"the\", \"how\" and other common words"
                                    .to_owned(),
                            ),
                        );
                    } else {
                        listed.insert(key, (n, name, word));
                    }
                }
                *count += 1;
            }
            self.non_empty_list(&item, "finds", entry.finds.len());
            self.at_most(&item, "finds", entry.finds.len(), MAX_LIST);
            self.targets(&item, &entry.finds, &known);
        }
    }

    /// Reports targets that `item` lists twice, that do not exist, or (a tool) that no
    /// technique uses.
    fn targets(&mut self, item: &Item<'_>, targets: &[Target], known: &Destinations<'_>) {
        let mut seen: HashSet<&Target> = HashSet::new();
        for target in targets {
            let Named {
                kind,
                id,
                known: ids,
            } = known.name(target);
            let quoted = ids.is_some();
            if !seen.insert(target) {
                self.report_at(
                    item,
                    || in_finds(item, &id, quoted, 1),
                    format!("{} lists {kind} \"{id}\" more than once", item.describe()),
                );
            } else if let Some(ids) = ids {
                if !ids.contains(id.as_str()) {
                    self.report_with_hint(
                        item,
                        || in_finds(item, &id, quoted, 0),
                        format!(
                            "{} refers to {kind} \"{id}\", which does not exist",
                            item.describe()
                        ),
                        did_you_mean_id(&id, ids.iter().copied()),
                    );
                }
            } else if let Target::Tool(tool) = target
                && !known.tools.contains(tool)
            {
                self.report_with_hint(
                    item,
                    || in_finds(item, &id, quoted, 0),
                    format!(
                        "{} refers to the tool {id}, which no technique uses",
                        item.describe()
                    ),
                    Some(
                        "search finds a tool through the techniques that use it; name one of \
                         them instead"
                            .to_owned(),
                    ),
                );
            }
        }
    }
}

/// Where the `nth` (0-based) `"word"` of an entry is written, or the entry itself.
fn word_at(item: &Item<'_>, word: &str, nth: usize) -> Option<usize> {
    item.offset()
        .and_then(|from| {
            let mut at = item.locator.quoted_after(word, from)?;
            for _ in 0..nth {
                at = item.locator.quoted_after(word, at + 1)?;
            }
            Some(at)
        })
        .or(item.offset())
}

/// Where the `nth` (0-based) mention of `id` in an entry's `finds` is written (quoted, or a
/// bare word for a tool), or the entry itself.
fn in_finds(item: &Item<'_>, id: &str, quoted: bool, nth: usize) -> Option<usize> {
    let find = |from: usize| {
        if quoted {
            item.locator.quoted_after(id, from)
        } else {
            item.locator.word_after(id, from)
        }
    };
    item.offset()
        .and_then(|from| {
            let mut at = find(item.locator.word_after("finds:", from)?)?;
            for _ in 0..nth {
                at = find(at + 1)?;
            }
            Some(at)
        })
        .or(item.offset())
}
