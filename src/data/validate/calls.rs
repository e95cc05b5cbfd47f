//! The table of numbers by country, and the placeholders prose uses to name whom to call.

use foldhash::HashSet;

use super::{Item, Validator};
use crate::data::calls::{ELSEWHERE, PLACEHOLDERS};
use crate::data::diagnostic::Diagnostic;
use crate::data::files::{GuideFile, GuideFiles};
use crate::data::guide::Guide;
use crate::data::locate::Locator;
use crate::data::suggest::closest;

impl Validator {
    /// Countries: unique, every phrase written, sourced, and one for everyone else.
    pub(super) fn countries(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.countries,
            "country",
            guide.countries.iter().map(|c| c.id.as_str()),
        );
        for country in &guide.countries {
            let item = Item::new(&files.countries, "country", country.id.as_str());
            for (field, value) in [
                ("name", &country.name),
                ("emergency", &country.emergency),
                ("today", &country.today),
                ("maternity", &country.maternity),
                ("routine", &country.routine),
            ] {
                self.not_empty(&item, field, value);
                self.not_too_long(&item, field, value);
            }
            self.not_too_long(&item, "note", &country.note);
            if !files.countries.missing {
                // A stand-in cites the built-in guide's sources, lent after checking.
                self.refs(&item, &country.sources, source_ids);
            }
        }
        if !guide.countries.iter().any(|c| c.id.as_str() == ELSEWHERE) {
            let item = Item::whole(&files.countries, "country", None);
            self.report(
                &item,
                format!(
                    "countries.ron has no country \"{ELSEWHERE}\": the words for a reader \
                     anywhere else, or who has not chosen (\"your local emergency number\")"
                ),
            );
        }
    }

    /// Causes of pain that are not the muscles: named, placed on the map's areas, set apart from
    /// muscle pain, with whom to call (most urgent first) and sources.
    pub(super) fn look_alikes(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.look_alikes,
            "look-alike",
            guide.look_alikes.iter().map(|l| l.id.as_str()),
        );
        for look_alike in &guide.look_alikes {
            let item = Item::new(&files.look_alikes, "look-alike", look_alike.id.as_str());
            self.not_empty(&item, "name", &look_alike.name);
            self.not_empty(&item, "where", &look_alike.r#where);
            self.not_empty(&item, "differs", &look_alike.differs);
            self.non_empty_list(&item, "calls", look_alike.calls.len());
            for (n, line) in look_alike.calls.iter().enumerate() {
                self.not_empty(&item, &format!("call {} when", n + 1), &line.when);
            }
            if look_alike.calls.windows(2).any(|w| w[0].call < w[1].call) {
                self.report(
                    &item,
                    format!(
                        "{} lists its calls out of order: put the most urgent first",
                        item.describe()
                    ),
                );
            }
            self.refs(&item, &look_alike.regions, region_ids);
            if !files.look_alikes.missing {
                self.refs(&item, &look_alike.sources, source_ids);
            }
        }
    }

    /// Every `{…}` in a text is a placeholder the app knows: a misspelt one would be shown to
    /// the reader as it is, in place of whom to call.
    pub(super) fn placeholders(&mut self, files: &GuideFiles) {
        for &file in GuideFile::ALL {
            let source = files.get(file);
            let locator = Locator::new(&source.text);
            let mut from = 0;
            while let Some(start) = source.text.get(from..).and_then(|t| t.find('{')) {
                let at = from + start;
                let rest = source.text.get(at..).unwrap_or_default();
                let token = rest
                    .find(['}', '"', '\n'])
                    .filter(|&end| rest.get(end..end + 1) == Some("}"))
                    .and_then(|end| rest.get(..=end));
                from = at + 1;
                // RON's own `\u{…}` escapes are characters, not placeholders.
                let escape = at >= 2 && source.text.get(at - 2..at) == Some("\\u");
                if escape || token.is_some_and(|t| PLACEHOLDERS.iter().any(|(p, _)| *p == t)) {
                    continue;
                }
                let known: Vec<&str> = PLACEHOLDERS.iter().map(|(p, _)| *p).collect();
                self.problems.push(
                    Diagnostic::new(
                        &source.path,
                        Some(locator.position(at)),
                        match token {
                            Some(token) => format!("{token} is not a placeholder the app knows"),
                            None => "a `{` here starts no placeholder".to_owned(),
                        },
                    )
                    .spanning(token.map_or(1, |t| t.chars().count()))
                    .with_hint(Some(
                        match token.and_then(|t| closest(t, known.iter().copied())) {
                            Some(near) => format!("did you mean {near}?"),
                            None => {
                                format!("to say whom to call, write one of {}", known.join(", "))
                            }
                        },
                    )),
                );
            }
        }
    }
}
