//! A loaded, validated guide and the lookups the views need.

use super::model::{
    Benefit, BenefitId, Caution, CautionAction, CautionId, CautionKind, Claim, ClaimId, Country,
    Diagram, Direction, EverydayWords, Forbids, Landmark, LookAlike, Muscle, MuscleId, Part,
    PathData, Pressure, Question, Region, RegionId, RegionOutline, Routine, RoutineId, Side,
    Source, SourceId, Technique, TechniqueId, Tool, Topic, TopicId,
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
    /// The safety check, in the order it is asked.
    pub questions: Vec<Question>,
    /// Guided sessions that ship with the guide, in file order.
    pub routines: Vec<Routine>,
    /// The "Before you start" and "After you finish" topics, in reading order.
    pub topics: Vec<Topic>,
    /// What people say about how massage works, and what research says, in reading order.
    pub claims: Vec<Claim>,
    /// The muscles of the back, in file order (the map draws the deepest first).
    pub muscles: Vec<Muscle>,
    /// The words people use for what the guide names otherwise, for search. Empty when a
    /// folder leaves the file out.
    pub everyday_words: Vec<EverydayWords>,
    /// The table of numbers and services, in the order the reader chooses from.
    pub countries: Vec<Country>,
    /// Causes of pain that are not the muscles but hurt where they do, most dangerous first.
    pub look_alikes: Vec<LookAlike>,
    /// Which of `countries` the texts are written for (see [`Guide::localized`]); none for a
    /// reader who has not chosen, who gets the "elsewhere" entry.
    pub here: Option<usize>,
}

impl Guide {
    /// A guide with nothing in it, for when not even the built-in guide loads.
    pub fn empty() -> Self {
        Self {
            diagram: Diagram {
                size: (1.0, 1.0),
                head: PathData::default(),
                body: PathData::default(),
                spine_x: 0.5,
                levels: Vec::new(),
                outlines: Vec::new(),
                danger_zones: Vec::new(),
                landmarks: Vec::new(),
            },
            regions: Vec::new(),
            techniques: Vec::new(),
            benefits: Vec::new(),
            cautions: Vec::new(),
            sources: Vec::new(),
            questions: Vec::new(),
            routines: Vec::new(),
            topics: Vec::new(),
            claims: Vec::new(),
            muscles: Vec::new(),
            everyday_words: Vec::new(),
            countries: Vec::new(),
            look_alikes: Vec::new(),
            here: None,
        }
    }

    pub fn region(&self, id: &RegionId) -> Option<&Region> {
        self.regions.iter().find(|r| &r.id == id)
    }

    pub fn muscle(&self, id: &MuscleId) -> Option<&Muscle> {
        self.muscles.iter().find(|m| &m.id == id)
    }

    /// The muscles a region lists, in its order; ids that do not resolve are skipped.
    pub fn muscles_of<'a>(&'a self, region: &'a Region) -> impl Iterator<Item = &'a Muscle> {
        region.muscles.iter().filter_map(|id| self.muscle(id))
    }

    /// The techniques that work on a muscle: those that suit a region it lies in. None for a
    /// muscle a lay giver must not press: the techniques of its regions work round it.
    pub fn techniques_for_muscle<'a>(
        &'a self,
        muscle: &'a Muscle,
    ) -> impl Iterator<Item = &'a Technique> {
        self.techniques
            .iter()
            .filter(|t| muscle.may_press() && t.regions.iter().any(|r| muscle.regions.contains(r)))
    }

    /// The muscles of the regions a technique suits, in file order, leaving out those a lay
    /// giver must not press.
    pub fn muscles_for_technique<'a>(
        &'a self,
        technique: &'a Technique,
    ) -> impl Iterator<Item = &'a Muscle> {
        self.muscles
            .iter()
            .filter(|m| m.may_press() && m.regions.iter().any(|r| technique.regions.contains(r)))
    }

    pub fn outline(&self, id: &RegionId) -> Option<&RegionOutline> {
        self.diagram.outlines.iter().find(|o| &o.region == id)
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    pub fn benefit(&self, id: &BenefitId) -> Option<&Benefit> {
        self.benefits.iter().find(|b| &b.id == id)
    }

    pub fn caution(&self, id: &CautionId) -> Option<&Caution> {
        self.cautions.iter().find(|c| &c.id == id)
    }

    pub fn technique(&self, id: &TechniqueId) -> Option<&Technique> {
        self.techniques.iter().find(|t| &t.id == id)
    }

    /// Every tool some technique uses, in the order of [`Tool`]'s list.
    pub fn tools_in_use(&self) -> Vec<Tool> {
        let mut tools: Vec<Tool> = self
            .techniques
            .iter()
            .flat_map(|t| t.tools.iter().copied())
            .collect();
        tools.sort();
        tools.dedup();
        tools
    }

    pub fn routine(&self, id: &RoutineId) -> Option<&Routine> {
        self.routines.iter().find(|r| &r.id == id)
    }

    pub fn topic(&self, id: &TopicId) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.id == id)
    }

    /// The topics of one page, in reading order.
    pub fn topics_of(&self, part: Part) -> impl Iterator<Item = &Topic> {
        self.topics.iter().filter(move |t| t.part == part)
    }

    pub fn claim(&self, id: &ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| &c.id == id)
    }

    /// The claims about how massage works that concern a benefit, in file order.
    pub fn claims_about<'a>(&'a self, id: &'a BenefitId) -> impl Iterator<Item = &'a Claim> {
        self.claims.iter().filter(move |c| c.benefits.contains(id))
    }

    /// Every source id that some item cites, as written (repeats included), in file order.
    pub fn source_references(&self) -> impl Iterator<Item = &SourceId> {
        self.regions
            .iter()
            .flat_map(|r| &r.sources)
            .chain(self.techniques.iter().flat_map(|t| &t.sources))
            .chain(self.benefits.iter().flat_map(|b| &b.sources))
            .chain(self.cautions.iter().flat_map(|c| &c.sources))
            .chain(self.routines.iter().flat_map(|r| &r.sources))
            .chain(self.topics.iter().flat_map(|t| &t.sources))
            .chain(self.claims.iter().flat_map(|c| &c.sources))
            .chain(self.muscles.iter().flat_map(|m| &m.sources))
            .chain(self.diagram.landmarks.iter().flat_map(|l| &l.sources))
            .chain(self.countries.iter().flat_map(|c| &c.sources))
            .chain(self.look_alikes.iter().flat_map(|l| &l.sources))
    }

    /// Everything that cites a source, in file order: regions, techniques, benefits, cautions,
    /// routines, topics, claims, muscles, landmarks, countries, look-alikes.
    pub fn citations(&self, id: &SourceId) -> Vec<Citation<'_>> {
        let cites = |sources: &[SourceId]| sources.contains(id);
        let regions = self
            .regions
            .iter()
            .filter(|r| cites(&r.sources))
            .map(Citation::Region);
        let techniques = self
            .techniques
            .iter()
            .filter(|t| cites(&t.sources))
            .map(Citation::Technique);
        let benefits = self
            .benefits
            .iter()
            .filter(|b| cites(&b.sources))
            .map(Citation::Benefit);
        let cautions = self
            .cautions
            .iter()
            .filter(|c| cites(&c.sources))
            .map(Citation::Caution);
        let routines = self
            .routines
            .iter()
            .filter(|r| cites(&r.sources))
            .map(Citation::Routine);
        let topics = self
            .topics
            .iter()
            .filter(|t| cites(&t.sources))
            .map(Citation::Topic);
        let claims = self
            .claims
            .iter()
            .filter(|c| cites(&c.sources))
            .map(Citation::Claim);
        let muscles = self
            .muscles
            .iter()
            .filter(|m| cites(&m.sources))
            .map(Citation::Muscle);
        let landmarks = self
            .diagram
            .landmarks
            .iter()
            .filter(|l| cites(&l.sources))
            .map(Citation::Landmark);
        let countries = self
            .countries
            .iter()
            .filter(|c| cites(&c.sources))
            .map(Citation::Country);
        let look_alikes = self
            .look_alikes
            .iter()
            .filter(|l| cites(&l.sources))
            .map(Citation::LookAlike);
        regions
            .chain(techniques)
            .chain(benefits)
            .chain(cautions)
            .chain(routines)
            .chain(topics)
            .chain(claims)
            .chain(muscles)
            .chain(landmarks)
            .chain(countries)
            .chain(look_alikes)
            .collect()
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

    /// The cautions special to a region, most serious first: those that name it, but are
    /// neither red flags nor cautions that name every region.
    pub fn area_cautions(&self, id: &RegionId) -> Vec<&Caution> {
        self.cautions_for(id)
            .into_iter()
            .filter(|c| c.kind != CautionKind::RedFlag && !self.covers_whole_back(c))
            .collect()
    }

    /// The cautions that name this region and every other, most serious first, red flags
    /// apart: nothing special to the region (skin problems, bruises, ...), so pages fold them.
    pub fn whole_back_cautions(&self, id: &RegionId) -> Vec<&Caution> {
        self.cautions_for(id)
            .into_iter()
            .filter(|c| c.kind != CautionKind::RedFlag && self.covers_whole_back(c))
            .collect()
    }

    /// Whether a caution names every region of the guide.
    pub fn covers_whole_back(&self, caution: &Caution) -> bool {
        self.regions.iter().all(|r| caution.regions.contains(&r.id))
    }

    /// The red flags, in file order.
    pub fn red_flags(&self) -> impl Iterator<Item = &Caution> {
        self.cautions
            .iter()
            .filter(|c| c.kind == CautionKind::RedFlag)
    }

    /// Cautions that apply wherever you massage, most serious action first.
    pub fn general_cautions(&self) -> Vec<&Caution> {
        let mut cautions: Vec<_> = self
            .cautions
            .iter()
            .filter(|c| c.kind == CautionKind::General)
            .collect();
        cautions.sort_by_key(|c| std::cmp::Reverse(c.action));
        cautions
    }
}

/// An item of the guide that cites a source.
#[derive(Clone, Copy, Debug)]
pub enum Citation<'a> {
    Region(&'a Region),
    Technique(&'a Technique),
    Benefit(&'a Benefit),
    Caution(&'a Caution),
    Routine(&'a Routine),
    Topic(&'a Topic),
    Claim(&'a Claim),
    Muscle(&'a Muscle),
    Landmark(&'a Landmark),
    Country(&'a Country),
    LookAlike(&'a LookAlike),
}

impl Citation<'_> {
    /// The item's name as the reader knows it, e.g. "Lumbar, left side".
    pub fn name(&self) -> String {
        match self {
            Self::Region(r) => r.display_name(),
            Self::Technique(t) => t.name.clone(),
            Self::Benefit(b) => b.name.clone(),
            Self::Caution(c) => c.name.clone(),
            Self::Routine(r) => r.name.clone(),
            Self::Topic(t) => t.title.clone(),
            Self::Claim(c) => c.claim.clone(),
            Self::Muscle(m) => m.name.clone(),
            Self::Landmark(l) => l.display_name(),
            Self::Country(c) => c.name.clone(),
            Self::LookAlike(l) => l.name.clone(),
        }
    }
}

impl Region {
    /// The name a person hears and reads, with the side, e.g. "Lumbar, left side".
    pub fn display_name(&self) -> String {
        with_side(&self.name, self.side)
    }
}

impl Landmark {
    /// The name with the side, e.g. "Lower tip of the shoulder blade, left side".
    pub fn display_name(&self) -> String {
        with_side(&self.name, self.side)
    }
}

fn with_side(name: &str, side: Side) -> String {
    match side {
        Side::Left => format!("{name}, left side"),
        Side::Right => format!("{name}, right side"),
        Side::Midline => name.to_owned(),
    }
}

impl Caution {
    /// Whether the caution, once it applies to a person, rules out all massage: a General
    /// caution whose action is Avoid or stronger (a fever, a suspected blood clot), or a red
    /// flag, which means get help first.
    pub fn rules_out_everything(&self) -> bool {
        match self.kind {
            CautionKind::General => self.action >= CautionAction::Avoid,
            CautionKind::RedFlag => true,
            _ => false,
        }
    }
}

impl Caution {
    /// Whether the caution bears on a technique: a General caution on every one; any other on
    /// those that list it or suit one of its regions.
    pub fn covers(&self, technique: &Technique) -> bool {
        self.kind == CautionKind::General
            || technique.cautions.contains(&self.id)
            || technique.regions.iter().any(|r| self.regions.contains(r))
    }
}

impl Forbids {
    /// Whether `technique` does what this forbids, by its tools, pressure and strokes.
    pub fn in_technique(self, technique: &Technique) -> bool {
        let uses = |tools: &[Tool]| technique.tools.iter().any(|t| tools.contains(t));
        let at_least_moderate = technique.pressure >= Pressure::Moderate;
        match self {
            Self::BallsAndRollers => uses(&[Tool::MassageBall, Tool::TennisBall, Tool::FoamRoller]),
            Self::MassageGun => uses(&[Tool::PercussionMassager]),
            Self::Cups => uses(&[Tool::CuppingSet]),
            Self::Striking => technique.directions.contains(&Direction::Percussive),
            Self::DeepPressure => technique.pressure >= Pressure::Deep,
            Self::FirmPressure => technique.pressure >= Pressure::Firm,
            Self::PointedPressure => {
                at_least_moderate && uses(&[Tool::Thumbs, Tool::Fingertips, Tool::Knuckles])
            }
            Self::HeldPressure => {
                at_least_moderate && technique.directions.contains(&Direction::Static)
            }
        }
    }

    /// In words, as `check` names it.
    pub fn words(self) -> &'static str {
        match self {
            Self::BallsAndRollers => "balls and rollers",
            Self::MassageGun => "massage guns",
            Self::Cups => "cups",
            Self::Striking => "striking (tapping or pounding)",
            Self::DeepPressure => "deep pressure",
            Self::FirmPressure => "firm pressure",
            Self::PointedPressure => "pointed pressure (thumbs, fingertips or knuckles)",
            Self::HeldPressure => "held pressure",
        }
    }
}

impl Technique {
    /// The time the steps take together.
    pub fn total_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }
}

impl Routine {
    /// The time its items take together.
    pub fn total_seconds(&self) -> u32 {
        self.items.iter().map(|i| i.seconds).sum()
    }
}
