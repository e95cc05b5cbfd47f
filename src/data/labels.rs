//! Plain-language names of the closed vocabularies, as the reader sees them.

use super::model::{
    CautionAction, CautionKind, ClaimTopic, ClaimVerdict, Direction, Evidence, Giver, Part,
    Pressure, Tool,
};

impl Pressure {
    pub fn label(self) -> &'static str {
        match self {
            Self::VeryLight => "very light",
            Self::Light => "light",
            Self::Moderate => "moderate",
            Self::Firm => "firm",
            Self::Deep => "deep",
        }
    }
}

impl Giver {
    pub fn label(self) -> &'static str {
        match self {
            Self::Partner => "partner",
            Self::SelfMassage => "self",
            Self::Therapist => "therapist",
        }
    }
}

impl Tool {
    pub fn label(self) -> &'static str {
        match self {
            Self::Hands => "hands",
            Self::Thumbs => "thumbs",
            Self::Fingertips => "fingertips",
            Self::Knuckles => "knuckles",
            Self::Forearm => "forearm",
            Self::MassageOil => "massage oil or lotion",
            Self::Towel => "towel",
            Self::MassageBall => "massage ball",
            Self::TennisBall => "tennis ball",
            Self::FoamRoller => "foam roller",
            Self::PercussionMassager => "percussion massager",
            Self::CuppingSet => "cupping set",
        }
    }
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Self::TowardsHeart => "towards the heart",
            Self::Longitudinal => "along the muscle",
            Self::Transverse => "across the muscle",
            Self::OutwardFromSpine => "out from the spine",
            Self::Circular => "circles",
            Self::Static => "held still",
            Self::Percussive => "quick taps",
        }
    }
}

impl Evidence {
    pub fn label(self) -> &'static str {
        match self {
            Self::Strong => "strong evidence",
            Self::Moderate => "moderate evidence",
            Self::Limited => "limited evidence",
            Self::Insufficient => "too little evidence",
            Self::NoBenefit => "research finds no benefit",
        }
    }
}

impl ClaimVerdict {
    pub fn label(self) -> &'static str {
        match self {
            Self::Supported => "Supported",
            Self::Partly => "Partly true",
            Self::NotShown => "Not shown",
            Self::Myth => "Myth",
        }
    }
}

impl ClaimTopic {
    pub fn label(self) -> &'static str {
        match self {
            Self::NervousSystem => "Nerves and calm",
            Self::Pain => "Pain",
            Self::Hormones => "Hormones and brain chemicals",
            Self::BloodAndLymph => "Blood, lymph and “toxins”",
            Self::Muscles => "Muscles and “knots”",
            Self::ImmuneSystem => "Immune system",
            Self::Spine => "Posture and the spine",
            Self::DailyLife => "Daily life",
        }
    }
}

impl Part {
    /// The page's title.
    pub fn label(self) -> &'static str {
        match self {
            Self::BeforeYouStart => "Before you start",
            Self::AfterYouFinish => "After you finish",
        }
    }
}

impl CautionKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::General => "For everyone",
            Self::Local => "Work around it",
            Self::EndangermentSite => "Where not to press",
            Self::RedFlag => "Red flag",
            Self::Precaution => "Precaution",
        }
    }
}

impl CautionAction {
    /// What to do, as an instruction.
    pub fn label(self) -> &'static str {
        match self {
            Self::Modify => "Go gently: change how you massage",
            Self::AskClinician => "Ask a clinician first",
            Self::Avoid => "Avoid",
            Self::StopSeekUrgentCare => "Stop and get medical advice today",
            Self::Emergency => "Stop and call emergency services",
        }
    }
}

/// "1 min 30 s", "45 s", "5 min".
pub fn format_duration(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration(45), "45 s");
        assert_eq!(format_duration(300), "5 min");
        assert_eq!(format_duration(90), "1 min 30 s");
    }
}
