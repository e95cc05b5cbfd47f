//! A region's page: its anatomy, the techniques that suit it with what the reader's answers
//! make of them, its benefits, its cautions and the sources of all of it.

use super::{each_once, levels_line, push_new};
use crate::data::{Benefit, Caution, Guide, Muscle, Region, SourceId, Technique};
use crate::safety::{Advice, Profile};

/// What a region's page shows, in the order it shows it.
pub struct RegionPage<'g> {
    pub region: &'g Region,
    /// "Levels T1–T4 · the spine's bones, counted from the top: …".
    pub levels: String,
    /// The cautions the reader's answers make apply here.
    pub applied: Vec<&'g Caution>,
    pub muscles: Vec<&'g Muscle>,
    /// In the guide's order, each with what the answers change for it.
    pub techniques: Vec<(&'g Technique, Advice<'g>)>,
    pub benefits: Vec<&'g Benefit>,
    pub cautions: RegionCautions<'g>,
    /// Everything above cites these, each once, in the order the page cites them.
    pub sources: Vec<&'g SourceId>,
}

/// A region's cautions in the four lists a page shows; no caution is in two.
pub struct RegionCautions<'g> {
    /// Those special to the area, most serious first.
    pub area: Vec<&'g Caution>,
    /// Those that name every area (skin problems, bruises, ...), most serious first.
    pub whole_back: Vec<&'g Caution>,
    /// Those for everyone that the lists above do not hold, most serious first.
    pub general: Vec<&'g Caution>,
    /// The red flags that name the area or no area, most serious first.
    pub red_flags: Vec<&'g Caution>,
}

impl<'g> RegionPage<'g> {
    pub fn new(guide: &'g Guide, region: &'g Region, profile: &Profile<'g>) -> Self {
        let id = &region.id;
        let area = guide.area_cautions(id);
        let whole_back = guide.whole_back_cautions(id);
        let general: Vec<&Caution> = guide
            .general_cautions()
            .into_iter()
            .filter(|c| !area.iter().chain(&whole_back).any(|l| l.id == c.id))
            .collect();
        let mut red_flags: Vec<&Caution> = guide
            .red_flags()
            .filter(|c| c.regions.is_empty() || c.regions.contains(id))
            .collect();
        red_flags.sort_by_key(|c| std::cmp::Reverse(c.action));
        let cautions = RegionCautions {
            area,
            whole_back,
            general,
            red_flags,
        };
        let applied: Vec<&Caution> = profile
            .for_region(region)
            .iter()
            .map(|a| a.caution)
            .collect();
        let muscles: Vec<&Muscle> = guide.muscles_of(region).collect();
        let techniques: Vec<(&Technique, Advice<'g>)> = guide
            .techniques_for(id)
            .map(|t| (t, profile.advice(t)))
            .collect();
        let benefits: Vec<&Benefit> = guide.benefits_for(id).collect();
        let mut cited: Vec<&Caution> = applied.clone();
        push_new(
            &mut cited,
            techniques
                .iter()
                .flat_map(|(_, advice)| advice.marks.iter().map(|m| m.caution)),
        );
        let sources = each_once(
            region
                .sources
                .iter()
                .chain(muscles.iter().flat_map(|m| &m.sources))
                .chain(techniques.iter().flat_map(|(t, _)| &t.sources))
                .chain(cited.iter().flat_map(|c| &c.sources))
                .chain(benefits.iter().flat_map(|b| &b.sources))
                .chain(cautions.all().flat_map(|c| &c.sources)),
        );
        Self {
            region,
            levels: levels_line(&region.levels),
            applied,
            muscles,
            techniques,
            benefits,
            cautions,
            sources,
        }
    }
}

impl<'g> RegionCautions<'g> {
    /// Every caution of the four lists, in the order they are shown.
    pub fn all(&self) -> impl Iterator<Item = &'g Caution> + '_ {
        self.area
            .iter()
            .chain(&self.whole_back)
            .chain(&self.general)
            .chain(&self.red_flags)
            .copied()
    }
}
