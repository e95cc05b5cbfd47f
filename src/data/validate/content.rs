//! The rules of the content files: routines, what a technique offers, topics, claims and the
//! safety check's cautions.

use foldhash::HashSet;

use super::{Item, MAX_LIST, Validator, listed_at};
use crate::data::files::GuideFiles;
use crate::data::guide::Guide;
use crate::data::model::{Caution, CautionAction, RoutineItem, Technique, Urgency};

impl Validator {
    /// Routines: named, not empty, no zero-length items, every technique known and suited to
    /// each giver the routine is for, and the areas and steps an item keeps its technique's own.
    pub(super) fn routines(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        technique_ids: &HashSet<&str>,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.routines,
            "routine",
            guide.routines.iter().map(|r| r.id.as_str()),
        );
        for routine in &guide.routines {
            let item = Item::new(&files.routines, "routine", routine.id.as_str());
            self.not_empty(&item, "name", &routine.name);
            self.not_empty(&item, "summary", &routine.summary);
            self.non_empty_list(&item, "givers", routine.givers.len());
            self.non_empty_list(&item, "items", routine.items.len());
            self.at_most(&item, "items", routine.items.len(), MAX_LIST);
            self.refs(
                &item,
                routine.items.iter().map(|i| &i.technique),
                technique_ids,
            );
            self.refs(&item, &routine.sources, source_ids);
            for (n, entry) in routine.items.iter().enumerate() {
                self.seconds(&item, &format!("item {}", n + 1), entry.seconds);
                let Some(technique) = guide.technique(&entry.technique) else {
                    continue;
                };
                for giver in &routine.givers {
                    if !technique.givers.contains(giver) {
                        self.report(
                            &item,
                            format!(
                                "{} is for {giver:?}, but its technique \"{}\" does not list \
                                 that giver",
                                item.describe(),
                                technique.id
                            ),
                        );
                    }
                }
                self.item_limits(&item, n, entry, technique, region_ids);
            }
        }
    }

    /// An item's `regions` are areas its technique suits, and its `skip_steps` are steps the
    /// technique has, leaving at least one.
    fn item_limits(
        &mut self,
        item: &Item<'_>,
        n: usize,
        entry: &RoutineItem,
        technique: &Technique,
        region_ids: &HashSet<&str>,
    ) {
        let what = format!("item {} of {}", n + 1, item.describe());
        // Problems are searched for after the item's technique, then after the field.
        let field_at = |field: &str| {
            item.offset()
                .and_then(|from| item.locator.quoted_after(technique.id.as_str(), from))
                .and_then(|from| item.locator.word_after(&format!("{field}:"), from))
        };
        self.at_most(item, "areas in one item", entry.regions.len(), MAX_LIST);
        self.at_most(
            item,
            "steps left out of one item",
            entry.skip_steps.len(),
            MAX_LIST,
        );
        self.refs(item, &entry.regions, region_ids);
        for region in &entry.regions {
            if technique.regions.contains(region) || !region_ids.contains(region.as_str()) {
                continue;
            }
            let offset = || {
                field_at("regions")
                    .and_then(|from| item.locator.quoted_after(region.as_str(), from))
                    .or(item.offset())
            };
            let suited: Vec<_> = technique.regions.iter().map(|r| r.as_str()).collect();
            self.report_with_hint(
                item,
                offset,
                format!(
                    "{what} works on region \"{region}\", but its technique \"{}\" is not for \
                     that area",
                    technique.id
                ),
                Some(format!(
                    "\"{}\" is for: {}",
                    technique.id,
                    suited.join(", ")
                )),
            );
        }
        let steps = technique.steps.len();
        let at_skip = || field_at("skip_steps").or(item.offset());
        let mut seen = Vec::new();
        for &step in &entry.skip_steps {
            if step == 0 || step > steps {
                self.report_with_hint(
                    item,
                    at_skip,
                    format!(
                        "{what} leaves out step {step}, but its technique \"{}\" has only \
                         {steps} {}",
                        technique.id,
                        if steps == 1 { "step" } else { "steps" }
                    ),
                    Some(
                        "steps are numbered from 1, as the technique's page shows them".to_owned(),
                    ),
                );
            } else if seen.contains(&step) {
                self.report_at(
                    item,
                    at_skip,
                    format!("{what} leaves out step {step} more than once"),
                );
            }
            seen.push(step);
        }
        if steps > 0 && (1..=steps).all(|s| entry.skip_steps.contains(&s)) {
            self.report_with_hint(
                item,
                at_skip,
                format!(
                    "{what} leaves out every step of its technique \"{}\"",
                    technique.id
                ),
                Some("keep at least one step, or take the item out of the routine".to_owned()),
            );
        }
    }

    /// "Can help with" offers only what research supports; what it does not show is kept apart,
    /// so a reader never takes an unproven benefit as a reason to massage.
    pub(super) fn benefit_grades(&mut self, item: &Item<'_>, technique: &Technique, guide: &Guide) {
        // Each list, whether its benefits must be supported, and the rule to quote.
        let lists = [
            (
                "benefits",
                &technique.benefits,
                true,
                "lists only benefits graded Strong, Moderate or Limited; move it to \
                 `research_does_not_show` or drop it",
            ),
            (
                "research_does_not_show",
                &technique.research_does_not_show,
                false,
                "lists only benefits graded Insufficient or NoBenefit; move it to `benefits`",
            ),
        ];
        for (field, ids, supported, rule) in lists {
            for id in ids {
                let Some(benefit) = guide.benefit(id) else {
                    continue;
                };
                if benefit.evidence.is_supported() != supported {
                    self.report_with_hint(
                        item,
                        || listed_at(item, field, id.as_str()),
                        format!(
                            "{} lists benefit \"{id}\" in `{field}`, but it is graded {:?}",
                            item.describe(),
                            benefit.evidence
                        ),
                        Some(format!("`{field}` {rule}")),
                    );
                }
            }
        }
        for id in &technique.benefits {
            if technique.research_does_not_show.contains(id) {
                self.report_at(
                    item,
                    || listed_at(item, "research_does_not_show", id.as_str()),
                    format!(
                        "{} lists benefit \"{id}\" both in `benefits` and in \
                         `research_does_not_show`",
                        item.describe()
                    ),
                );
            }
        }
    }

    /// Topics of the "Before you start" and "After you finish" pages: titled, with points to
    /// read, and sourced references that exist.
    pub(super) fn topics(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        region_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.basics,
            "topic",
            guide.topics.iter().map(|t| t.id.as_str()),
        );
        for topic in &guide.topics {
            let item = Item::new(&files.basics, "topic", topic.id.as_str());
            self.not_empty(&item, "title", &topic.title);
            self.not_empty(&item, "summary", &topic.summary);
            self.non_empty_list(&item, "points", topic.points.len());
            self.at_most(&item, "points", topic.points.len(), MAX_LIST);
            for (n, point) in topic.points.iter().enumerate() {
                self.not_empty(&item, &format!("point {}", n + 1), point);
            }
            self.refs(&item, &topic.regions, region_ids);
            self.refs(&item, &topic.sources, source_ids);
        }
    }

    /// Claims about how massage works: each with what research says, a grade that fits its
    /// verdict, and references that exist.
    pub(super) fn claims(
        &mut self,
        guide: &Guide,
        files: &GuideFiles,
        benefit_ids: &HashSet<&str>,
        source_ids: &HashSet<&str>,
    ) {
        self.unique_ids(
            &files.claims,
            "claim",
            guide.claims.iter().map(|c| c.id.as_str()),
        );
        for claim in &guide.claims {
            let item = Item::new(&files.claims, "claim", claim.id.as_str());
            self.not_empty(&item, "claim", &claim.claim);
            self.not_empty(&item, "says", &claim.says);
            if !claim.verdict.fits(claim.evidence) {
                let grade = format!("{:?}", claim.evidence);
                let offset = || {
                    item.offset()
                        .and_then(|from| item.locator.word_after("evidence:", from))
                        .and_then(|field| item.locator.word_after(&grade, field))
                        .or(item.offset())
                };
                self.report_with_hint(
                    &item,
                    offset,
                    format!(
                        "{} has the verdict {:?} but is graded {:?}",
                        item.describe(),
                        claim.verdict,
                        claim.evidence
                    ),
                    Some(
                        "Supported needs Strong or Moderate evidence; Partly, Moderate or \
                         Limited; NotShown, Insufficient; Myth, NoBenefit or Insufficient"
                            .to_owned(),
                    ),
                );
            }
            self.at_most(&item, "benefits", claim.benefits.len(), MAX_LIST);
            self.refs(&item, &claim.benefits, benefit_ids);
            self.refs(&item, &claim.sources, source_ids);
        }
    }

    /// A caution that a safety-check question drives must say what changes for the reader:
    /// why, if it rules out every technique; otherwise how to change the rest.
    pub(super) fn for_you(&mut self, item: &Item<'_>, caution: &Caution, asked: bool) {
        let for_you = &caution.for_you;
        if !for_you.avoid.is_empty() && for_you.because.trim().is_empty() {
            self.report(
                item,
                format!(
                    "{} lists techniques to avoid in for_you but no `because` to say why",
                    item.describe()
                ),
            );
        }
        if !asked {
            return;
        }
        if caution.rules_out_everything() {
            if for_you.because.trim().is_empty() {
                self.report(
                    item,
                    format!(
                        "{} is asked about in the safety check and rules out all massage, so \
                         for_you needs a `because`",
                        item.describe()
                    ),
                );
            }
        } else if for_you.otherwise.trim().is_empty() {
            self.report(
                item,
                format!(
                    "{} is asked about in the safety check, so for_you needs an `otherwise` \
                     that says how to change the techniques it covers",
                    item.describe()
                ),
            );
        }
    }
}

impl Validator {
    /// Whom a caution says to call fits how urgent it is: an emergency calls the emergency
    /// number; "stop and get help today" names the same day or the maternity unit.
    pub(super) fn whom_to_call(&mut self, item: &Item<'_>, caution: &Caution) {
        let fits = match caution.action {
            CautionAction::Emergency => caution.call == Some(Urgency::Emergency),
            CautionAction::StopSeekUrgentCare => {
                matches!(caution.call, Some(Urgency::Today | Urgency::Maternity))
            }
            _ => true,
        };
        if !fits {
            let wanted = match caution.action {
                CautionAction::Emergency => "`call: Emergency`",
                _ => "`call: Today` or `call: Maternity`",
            };
            self.report(
                item,
                format!(
                    "{} has the action {:?}, so it needs {wanted} to say whom to call",
                    item.describe(),
                    caution.action
                ),
            );
        }
    }

    /// A caution's avoid list takes in every technique it covers that does what its text
    /// forbids (`forbids`), so no avoid list lets through what its own caution rules out.
    pub(super) fn forbidden_avoided(&mut self, item: &Item<'_>, caution: &Caution, guide: &Guide) {
        if caution.forbids.is_empty() {
            return;
        }
        for technique in &guide.techniques {
            // Cheapest first: the technique's tools and strokes, then the avoid list, then
            // whether the caution covers it (which compares regions).
            let Some(forbidden) = caution.forbids.iter().find(|f| f.in_technique(technique)) else {
                continue;
            };
            if caution.for_you.avoid.contains(&technique.id) || !caution.covers(technique) {
                continue;
            }
            self.report_with_hint(
                item,
                || item.offset(),
                format!(
                    "{} forbids {}, but technique \"{}\" uses that and is not in \
                     for_you.avoid",
                    item.describe(),
                    forbidden.words(),
                    technique.id
                ),
                Some(format!(
                    "add \"{}\" to for_you.avoid, or take {:?} out of `forbids`",
                    technique.id, forbidden
                )),
            );
        }
    }
}
