//! The rules of each item of the files that list regions, techniques, cautions and sources,
//! and how many items a file may hold.

use foldhash::HashSet;

use super::{Item, MAX_ITEMS, MAX_LIST, Validator, listed_at};
use crate::data::files::GuideFiles;
use crate::data::guide::Guide;
use crate::data::model::CautionKind;

impl Validator {
    /// No file holds more than [`MAX_ITEMS`] items of a kind.
    pub(super) fn item_counts(&mut self, guide: &Guide, files: &GuideFiles) {
        let lists = [
            (&files.regions, "regions", guide.regions.len()),
            (&files.techniques, "techniques", guide.techniques.len()),
            (&files.benefits, "benefits", guide.benefits.len()),
            (&files.cautions, "cautions", guide.cautions.len()),
            (&files.sources, "sources", guide.sources.len()),
            (&files.safety_check, "questions", guide.questions.len()),
            (&files.routines, "routines", guide.routines.len()),
            (&files.basics, "topics", guide.topics.len()),
            (&files.claims, "claims", guide.claims.len()),
            (&files.muscles, "muscles", guide.muscles.len()),
            (&files.countries, "countries", guide.countries.len()),
            (&files.look_alikes, "look-alikes", guide.look_alikes.len()),
            (
                &files.everyday_words,
                "entries of everyday words",
                guide.everyday_words.len(),
            ),
            (&files.diagram, "landmarks", guide.diagram.landmarks.len()),
            (&files.diagram, "outlines", guide.diagram.outlines.len()),
            (
                &files.diagram,
                "danger zones",
                guide.diagram.danger_zones.len(),
            ),
            (&files.diagram, "level ticks", guide.diagram.levels.len()),
        ];
        for (file, what, len) in lists {
            if len > MAX_ITEMS {
                let item = Item::whole(file, what, None);
                self.report_at(
                    &item,
                    || Some(0),
                    format!("the file holds {len} {what}; at most {MAX_ITEMS} are allowed"),
                );
            }
        }
    }

    /// Regions: named and described, their muscles known and listing them back.
    pub(super) fn regions(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        muscle_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        for region in &guide.regions {
            let item = Item::new(&files.regions, "region", region.id.as_str());
            self.not_empty(&item, "name", &region.name);
            self.not_empty(&item, "levels", &region.levels);
            self.not_empty(&item, "summary", &region.summary);
            self.not_empty(&item, "why_tight", &region.why_tight);
            self.refs(&item, &region.muscles, muscle_ids);
            // The first muscle is the one the region's techniques are for (and it steers their
            // strokes): never one a lay giver must not press.
            if let Some(first) = region.muscles.first().and_then(|m| guide.muscle(m))
                && !first.may_press()
            {
                self.report_at(
                    &item,
                    || listed_at(&item, "muscles", first.id.as_str()),
                    format!(
                        "{} lists first the muscle \"{}\", which a lay giver must not press \
                         (it has do_not_press): put first a muscle its techniques work on",
                        item.describe(),
                        first.id
                    ),
                );
            }
            for muscle in region.muscles.iter().filter_map(|m| guide.muscle(m)) {
                if !muscle.regions.contains(&region.id) {
                    self.report_at(
                        &item,
                        || listed_at(&item, "muscles", muscle.id.as_str()),
                        format!(
                            "{} lists the muscle \"{}\", but that muscle's regions in \
                             muscles.ron do not include it: list each pairing on both sides",
                            item.describe(),
                            muscle.id
                        ),
                    );
                }
            }
            for (n, complaint) in region.common_complaints.iter().enumerate() {
                self.not_too_long(&item, &format!("complaint {}", n + 1), complaint);
            }
            self.refs(&item, &region.sources, source_ids);
        }
    }

    /// Techniques: named, with steps, givers, tools and directions, and every reference known.
    pub(super) fn techniques(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        benefit_ids: &HashSet<&str>,
        caution_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        for technique in &guide.techniques {
            let item = Item::new(&files.techniques, "technique", technique.id.as_str());
            self.not_empty(&item, "name", &technique.name);
            self.not_empty(&item, "summary", &technique.summary);
            self.non_empty_list(&item, "steps", technique.steps.len());
            self.non_empty_list(&item, "givers", technique.givers.len());
            self.non_empty_list(&item, "tools", technique.tools.len());
            self.non_empty_list(&item, "directions", technique.directions.len());
            self.at_most(&item, "steps", technique.steps.len(), MAX_LIST);
            for (n, step) in technique.steps.iter().enumerate() {
                self.not_empty(&item, &format!("step {}", n + 1), &step.text);
                self.seconds(&item, &format!("step {}", n + 1), step.seconds);
                if let Some(direction) = step.direction
                    && !technique.directions.contains(&direction)
                {
                    self.report(
                        &item,
                        format!(
                            "step {} of {} moves {direction:?}, which is not among the \
                             technique's directions",
                            n + 1,
                            item.describe()
                        ),
                    );
                }
            }
            self.refs(&item, &technique.regions, region_ids);
            self.refs(&item, &technique.benefits, benefit_ids);
            self.refs(&item, &technique.research_does_not_show, benefit_ids);
            self.benefit_grades(&item, technique, guide);
            self.refs(&item, &technique.cautions, caution_ids);
            self.refs(&item, &technique.sources, source_ids);
        }
    }

    /// Cautions: named, with text, regions as their kind needs, and what changes for a reader
    /// whom a question marks.
    pub(super) fn cautions(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        technique_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        // Ids of cautions some question drives, so they must say what changes for the reader.
        let asked: HashSet<&str> = guide
            .questions
            .iter()
            .flat_map(|q| q.cautions.iter().map(|c| c.as_str()))
            .collect();
        for caution in &guide.cautions {
            let item = Item::new(&files.cautions, "caution", caution.id.as_str());
            self.not_empty(&item, "name", &caution.name);
            self.not_empty(&item, "stop", &caution.stop);
            self.not_empty(&item, "why", &caution.why);
            self.whom_to_call(&item, caution);
            self.forbidden_avoided(&item, caution, guide);
            if caution.kind == CautionKind::General && !caution.regions.is_empty() {
                self.report(
                    &item,
                    format!(
                        "{} is General, so it applies everywhere and must list no regions",
                        item.describe()
                    ),
                );
            }
            if caution.kind != CautionKind::General {
                // Only General cautions show without regions; any other would show nowhere.
                self.non_empty_list(&item, "regions", caution.regions.len());
            }
            self.refs(&item, &caution.regions, region_ids);
            self.refs(&item, &caution.sources, source_ids);
            self.for_you(&item, caution, asked.contains(caution.id.as_str()));
            self.refs(&item, &caution.for_you.avoid, technique_ids);
            for (n, line) in caution.stop_if.iter().enumerate() {
                self.not_empty(&item, &format!("stop_if line {} sign", n + 1), &line.sign);
            }
            for (n, line) in caution.call_if.iter().enumerate() {
                self.not_empty(&item, &format!("call_if line {} when", n + 1), &line.when);
            }
            self.not_too_long(&item, "for_you because", &caution.for_you.because);
            self.not_too_long(&item, "for_you otherwise", &caution.for_you.otherwise);
        }
    }

    /// Sources: titled, published, and linked to a web page.
    pub(super) fn sources(&mut self, guide: &Guide, files: &GuideFiles) {
        for source in &guide.sources {
            let item = Item::new(&files.sources, "source", source.id.as_str());
            self.not_empty(&item, "title", &source.title);
            self.not_empty(&item, "publisher", &source.publisher);
            self.not_empty(&item, "url", &source.url);
            // Links open in the reader's browser: only web pages, never a file or a script.
            let url = source.url.trim();
            if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
                let offset = || {
                    item.offset()
                        .and_then(|from| item.locator.quoted_after(&source.url, from + 1))
                        .or(item.offset())
                };
                self.report_at(
                    &item,
                    offset,
                    format!(
                        "the url of {} must start with https:// (or http://)",
                        item.describe()
                    ),
                );
            }
        }
    }
}
