//! A loaded, validated guide and the lookups the views need.

use super::model::{
    Benefit, Caution, CautionKind, Diagram, Region, RegionId, RegionOutline, Side, Source,
    SourceId, Technique,
};

/// Everything the app shows, parsed and cross-checked. Immutable once loaded: views read it,
/// and a reload replaces it whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub diagram: Diagram,
    pub regions: Vec<Region>,
    pub techniques: Vec<Technique>,
    pub benefits: Vec<Benefit>,
    pub cautions: Vec<Caution>,
    pub sources: Vec<Source>,
}

impl Guide {
    /// A guide with nothing in it, for when not even the built-in guide loads.
    pub fn empty() -> Self {
        Self {
            diagram: Diagram {
                size: (1.0, 1.0),
                head: Vec::new(),
                body: Vec::new(),
                spine_x: 0.5,
                levels: Vec::new(),
                outlines: Vec::new(),
            },
            regions: Vec::new(),
            techniques: Vec::new(),
            benefits: Vec::new(),
            cautions: Vec::new(),
            sources: Vec::new(),
        }
    }

    pub fn region(&self, id: &RegionId) -> Option<&Region> {
        self.regions.iter().find(|r| &r.id == id)
    }

    pub fn outline(&self, id: &RegionId) -> Option<&RegionOutline> {
        self.diagram.outlines.iter().find(|o| &o.region == id)
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// Techniques that suit a region, in file order.
    pub fn techniques_for<'a>(&'a self, id: &'a RegionId) -> impl Iterator<Item = &'a Technique> {
        self.techniques
            .iter()
            .filter(move |t| t.regions.contains(id))
    }

    pub fn benefits_for<'a>(&'a self, id: &'a RegionId) -> impl Iterator<Item = &'a Benefit> {
        self.benefits.iter().filter(move |b| b.regions.contains(id))
    }

    /// Cautions that name this region, most serious action first.
    pub fn cautions_for(&self, id: &RegionId) -> Vec<&Caution> {
        let mut cautions: Vec<_> = self
            .cautions
            .iter()
            .filter(|c| c.regions.contains(id))
            .collect();
        cautions.sort_by_key(|c| std::cmp::Reverse(c.action));
        cautions
    }

    /// Cautions that apply wherever you massage.
    pub fn general_cautions(&self) -> impl Iterator<Item = &Caution> {
        self.cautions
            .iter()
            .filter(|c| c.kind == CautionKind::General)
    }
}

impl Region {
    /// The name a person hears and reads, with the side, e.g. "Lumbar, left side".
    pub fn display_name(&self) -> String {
        match self.side {
            Side::Left => format!("{}, left side", self.name),
            Side::Right => format!("{}, right side", self.name),
            Side::Midline => self.name.clone(),
        }
    }
}

impl Technique {
    /// The time the steps take together.
    pub fn total_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }
}
