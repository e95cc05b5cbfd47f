//! The rules of bones, landmarks and muscles: named, explained, sourced, cross-listed with
//! their regions, and drawn inside the body.

use foldhash::HashSet;

use super::body::Body;
use super::is_diagram_length;
use crate::data::files::GuideFiles;
use crate::data::guide::Guide;
use crate::data::model::Muscle;
use crate::data::validate::report::{Item, Validator, listed_at};

impl Validator {
    /// Bones and landmarks: named, explained, sourced, drawn inside the body. Their paths may
    /// be open (a ridge, the edge of a rib).
    pub(in crate::data::validate) fn landmarks(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        source_ids: &HashSet<&str>,
        body: Option<&Body>,
    ) {
        let (w, h) = guide.diagram.size;
        for landmark in &guide.diagram.landmarks {
            let item = Item::new(&files.diagram, "landmark", landmark.id.as_str());
            self.not_empty(&item, "name", &landmark.name);
            self.not_empty(&item, "level", &landmark.level);
            self.not_empty(&item, "about", &landmark.about);
            self.not_empty(&item, "find", &landmark.find);
            self.refs(&item, &landmark.sources, source_ids);
            if is_diagram_length(w) && is_diagram_length(h) {
                let what = format!("the path of {}", item.describe());
                self.path(&item, "path", &what, &landmark.path, (w, h), body);
            }
        }
    }

    /// Muscles: named, explained, sourced, and listed by every region they name.
    pub(in crate::data::validate) fn muscles(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            self.not_empty(&item, "name", &muscle.name);
            self.not_empty(&item, "latin", &muscle.latin);
            self.not_empty(&item, "does", &muscle.does);
            self.not_empty(&item, "why_tight", &muscle.why_tight);
            self.not_empty(&item, "from", &muscle.from);
            self.not_empty(&item, "to", &muscle.to);
            self.not_empty(&item, "nerve", &muscle.nerve);
            self.not_empty(&item, "find", &muscle.find);
            if let Some(why) = &muscle.do_not_press {
                self.not_empty(&item, "do_not_press", why);
            }
            self.outlines_given(&item, muscle);
            if !(-90.0..=90.0).contains(&muscle.fibre_angle) {
                self.report_at(
                    &item,
                    || {
                        let field = "fibre_angle:";
                        let at = item.locator.word_after(field, item.offset()?)? + field.len();
                        let text = item.locator.text().get(at..)?;
                        Some(at + text.len() - text.trim_start().len())
                    },
                    format!(
                        "the fibre_angle of {} is {}; it must lie within -90..90 degrees",
                        item.describe(),
                        muscle.fibre_angle
                    ),
                );
            }
            self.non_empty_list(&item, "regions", muscle.regions.len());
            self.refs(&item, &muscle.regions, region_ids);
            for region in muscle.regions.iter().filter_map(|r| guide.region(r)) {
                if !region.muscles.contains(&muscle.id) {
                    self.report_at(
                        &item,
                        || listed_at(&item, "regions", region.id.as_str()),
                        format!(
                            "{} lies in the region \"{}\", but that region's muscles in \
                             regions.ron do not include it: list each pairing on both sides",
                            item.describe(),
                            region.id
                        ),
                    );
                }
            }
            self.refs(&item, &muscle.sources, source_ids);
        }
    }

    /// A muscle is drawn on both sides, or on neither; only one a lay giver must not press may
    /// go undrawn (the scalenes and iliopsoas do not show on a back view).
    fn outlines_given(&mut self, item: &Item<'_>, muscle: &Muscle) {
        let at = |field: &str| {
            item.offset()
                .and_then(|from| item.locator.word_after(&format!("{field}:"), from))
                .or(item.offset())
        };
        match (&muscle.left, &muscle.right) {
            (Some(_), None) | (None, Some(_)) => {
                let (given, missing) = if muscle.left.is_some() {
                    ("left", "right")
                } else {
                    ("right", "left")
                };
                self.report_at(
                    item,
                    || at(given),
                    format!(
                        "{} has a {given} outline but no {missing} one: draw both sides, or \
                         neither",
                        item.describe()
                    ),
                );
            }
            (None, None) if muscle.may_press() => self.report(
                item,
                format!(
                    "{} has no outlines: draw its left and right sides, or, if a lay giver \
                     must not press it, say why in do_not_press",
                    item.describe()
                ),
            ),
            // Both sides drawn, or neither for a muscle not to be pressed.
            _ => {}
        }
    }

    /// Each muscle's outlines, left and right, inside the body.
    pub(in crate::data::validate) fn muscle_outlines(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        body: Option<&Body>,
    ) {
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        for muscle in &guide.muscles {
            let item = Item::new(&files.muscles, "muscle", muscle.id.as_str());
            for (field, data) in [("left", &muscle.left), ("right", &muscle.right)] {
                if let Some(data) = data {
                    let what = format!("the {field} outline of {}", item.describe());
                    self.outline(&item, field, &what, data, (w, h), body);
                }
            }
        }
    }
}
