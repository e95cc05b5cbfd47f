//! A technique's page: what the reader's answers make of it, the muscles it works, what it can
//! help with, its cautions, when to stop, and the sources of all of it.

use super::{each_once, push_new};
use crate::data::{Benefit, BenefitId, Caution, CautionKind, Guide, Muscle, SourceId, Technique};
use crate::safety::{Advice, Profile, StopLine, stop_lines};

/// What a technique's page shows, in the order it shows it.
pub struct TechniquePage<'g> {
    pub technique: &'g Technique,
    /// What the reader's answers change for it.
    pub advice: Advice<'g>,
    /// The muscles of the areas it suits that a lay giver may press, in file order.
    pub muscles: Vec<&'g Muscle>,
    /// What research supports it helps with, and, apart, what research does not show.
    pub helps: Vec<&'g Benefit>,
    pub not_shown: Vec<&'g Benefit>,
    pub cautions: TechniqueCautions<'g>,
    /// Everything above cites these, each once, in the order the page cites them.
    pub sources: Vec<&'g SourceId>,
}

/// The cautions of one or more techniques (a routine's), as a page lists them.
pub struct TechniqueCautions<'g> {
    /// Those the techniques list, red flags and cautions for everyone apart, each once, most
    /// serious first.
    pub own: Vec<&'g Caution>,
    /// The cautions for everyone that `own` does not hold, most serious first.
    pub general: Vec<&'g Caution>,
    /// The signs to stop at, red flags' apart (they have their own list), each once, most
    /// serious first.
    pub stop_lines: Vec<StopLine<'g>>,
    /// The red flags that bear on the areas worked or that the techniques list, in file order.
    pub red_flags: Vec<&'g Caution>,
}

impl<'g> TechniquePage<'g> {
    pub fn new(guide: &'g Guide, technique: &'g Technique, profile: &Profile<'g>) -> Self {
        let advice = profile.advice(technique);
        let muscles = guide.muscles_for_technique(technique).collect();
        let (helps, not_shown) = benefits_of(guide, [technique]);
        let regions: Vec<_> = technique.regions.iter().collect();
        let cautions = TechniqueCautions::new(guide, &[technique], &regions);
        let sources = each_once(
            technique
                .sources
                .iter()
                .chain(helps.iter().chain(&not_shown).flat_map(|b| &b.sources))
                .chain(cautions.cited(advice.marks.iter().map(|m| m.caution))),
        );
        Self {
            technique,
            advice,
            muscles,
            helps,
            not_shown,
            cautions,
            sources,
        }
    }
}

impl<'g> TechniqueCautions<'g> {
    /// The cautions of `techniques`, done on `regions`.
    pub fn new(
        guide: &'g Guide,
        techniques: &[&'g Technique],
        regions: &[&crate::data::RegionId],
    ) -> Self {
        let mut own: Vec<&Caution> = Vec::new();
        push_new(
            &mut own,
            techniques
                .iter()
                .flat_map(|t| &t.cautions)
                .filter_map(|id| guide.caution(id))
                .filter(|c| !matches!(c.kind, CautionKind::RedFlag | CautionKind::General)),
        );
        own.sort_by_key(|c| std::cmp::Reverse(c.action));
        let general = guide
            .general_cautions()
            .into_iter()
            .filter(|c| !own.iter().any(|o| o.id == c.id))
            .collect();
        let mut lines: Vec<StopLine<'g>> = Vec::new();
        for line in techniques
            .iter()
            .flat_map(|t| stop_lines(guide, t))
            .filter(|l| l.caution.kind != CautionKind::RedFlag)
        {
            if !lines.iter().any(|l| l.sign.sign == line.sign.sign) {
                lines.push(line);
            }
        }
        lines.sort_by_key(|l| std::cmp::Reverse(l.caution.action));
        let listed: Vec<_> = techniques.iter().flat_map(|t| &t.cautions).collect();
        let red_flags = guide
            .red_flags()
            .filter(|c| {
                c.regions.is_empty()
                    || c.regions.iter().any(|r| regions.contains(&r))
                    || listed.contains(&&c.id)
            })
            .collect();
        Self {
            own,
            general,
            stop_lines: lines,
            red_flags,
        }
    }

    /// The sources of the cautions said in their own words: `own`, those behind the stop
    /// lines, and `more` (what the reader's answers bring in). The lists for everyone and the
    /// red flags name their cautions only and link to the app's pages for them, so they cite
    /// nothing here.
    pub fn cited<'a>(
        &'a self,
        more: impl IntoIterator<Item = &'g Caution> + 'a,
    ) -> impl Iterator<Item = &'g SourceId> + 'a {
        self.own
            .iter()
            .copied()
            .chain(self.stop_lines.iter().map(|l| l.caution))
            .chain(more)
            .flat_map(|c| &c.sources)
    }
}

/// The benefits of some techniques, each once: those research supports, and, apart, those it
/// does not show.
pub(crate) fn benefits_of<'g>(
    guide: &'g Guide,
    techniques: impl IntoIterator<Item = &'g Technique> + Clone,
) -> (Vec<&'g Benefit>, Vec<&'g Benefit>) {
    let collect = |ids: Vec<&BenefitId>| {
        let mut list: Vec<&Benefit> = Vec::new();
        for benefit in ids.into_iter().filter_map(|id| guide.benefit(id)) {
            if !list.iter().any(|b| b.id == benefit.id) {
                list.push(benefit);
            }
        }
        list
    };
    let helps = collect(
        techniques
            .clone()
            .into_iter()
            .flat_map(|t| &t.benefits)
            .collect(),
    );
    let not_shown = collect(
        techniques
            .into_iter()
            .flat_map(|t| &t.research_does_not_show)
            .collect(),
    );
    (helps, not_shown)
}
