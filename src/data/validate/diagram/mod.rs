//! The rules of the outlines: the diagram's own (size, head, body, levels, regions) and places
//! not to press here; landmarks and muscles in `anatomy`, path checks in `outline`.

mod anatomy;
mod body;
mod outline;

use foldhash::{HashMap, HashMapExt as _, HashSet};

use super::{Item, MAX_DIAGRAM_SIZE, Validator};
use crate::data::files::GuideFiles;
use crate::data::guide::Guide;
use crate::data::model::CautionKind;
use body::Body;

impl Validator {
    /// Checks the diagram's size, head, body, levels and region outlines; returns the body,
    /// which every other outline must lie inside, when it is sound.
    pub(super) fn diagram(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
    ) -> Option<Body> {
        let file = &files.diagram;
        let diagram = &guide.diagram;
        let (w, h) = diagram.size;
        let whole = |field: &str| Item::whole(file, "diagram", Some(field));
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            let item = whole("size");
            self.report(
                &item,
                format!(
                    "size ({w}, {h}) must be two positive numbers no larger than \
                     {MAX_DIAGRAM_SIZE}"
                ),
            );
            return None; // Every bounds check below would repeat this problem.
        }
        let size = (w, h);
        self.outline(
            &whole("head"),
            "head",
            "the head outline",
            &diagram.head,
            size,
            None,
        );
        let body = self
            .outline(
                &whole("body"),
                "body",
                "the body outline",
                &diagram.body,
                size,
                None,
            )
            .map(|path| Body::new(&path));
        if !(0.0..=w).contains(&diagram.spine_x) {
            let item = whole("spine_x");
            self.report(
                &item,
                format!("spine_x = {} must lie within 0..{w}", diagram.spine_x),
            );
        }
        for tick in &diagram.levels {
            if tick.label.trim().is_empty() || !(0.0..=h).contains(&tick.y) {
                let item = whole("levels");
                self.report(
                    &item,
                    format!(
                        "level tick \"{}\" at y = {} must have a label and lie within 0..{h}",
                        tick.label, tick.y
                    ),
                );
            }
        }

        let mut outlined: HashMap<&str, usize> = HashMap::new();
        for outline in &diagram.outlines {
            let id = outline.region.as_str();
            let count = outlined.entry(id).or_default();
            let item = Item::located(file, "outline", id, "region", *count);
            *count += 1;
            if !region_ids.contains(id) {
                self.report(
                    &item,
                    format!("outline for region \"{id}\", which does not exist"),
                );
            } else if *count > 1 {
                self.report(&item, format!("region \"{id}\" has more than one outline"));
            }
            self.outline(
                &item,
                "path",
                &format!("the outline of \"{id}\""),
                &outline.path,
                size,
                body.as_ref(),
            );
        }
        for region in &guide.regions {
            if !outlined.contains_key(region.id.as_str()) {
                let item = Item::new(&files.regions, "region", region.id.as_str());
                self.report(
                    &item,
                    format!("{} has no outline in diagram.ron", item.describe()),
                );
            }
        }
        body
    }

    /// Each danger zone names an endangerment-site caution and has a sane outline.
    pub(super) fn danger_zones(&mut self, guide: &Guide, files: &GuideFiles, body: Option<&Body>) {
        let file = &files.diagram;
        let (w, h) = guide.diagram.size;
        if !(is_diagram_length(w) && is_diagram_length(h)) {
            return; // Reported once with the diagram's size.
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for zone in &guide.diagram.danger_zones {
            let id = zone.caution.as_str();
            let count = seen.entry(id).or_default();
            let item = Item::located(file, "danger zone", id, "caution", *count);
            *count += 1;
            match guide.caution(&zone.caution) {
                None => self.report(
                    &item,
                    format!("danger zone for caution \"{id}\", which does not exist"),
                ),
                Some(c) if c.kind != CautionKind::EndangermentSite => self.report(
                    &item,
                    format!(
                        "danger zone for caution \"{id}\", which is {:?}, not EndangermentSite",
                        c.kind
                    ),
                ),
                Some(_) => {}
            }
            self.outline(
                &item,
                "path",
                &format!("the danger zone \"{id}\""),
                &zone.path,
                (w, h),
                body,
            );
        }
    }
}

fn is_diagram_length(x: f32) -> bool {
    x.is_finite() && x > 0.0 && x <= MAX_DIAGRAM_SIZE
}
