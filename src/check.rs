//! `massage-guide check`: validate a guide and report what is wrong.

use crate::data::{Diagnostic, Guide, GuideFiles, load_guide};

/// The outcome of checking a guide: the text to print and whether the guide is clean.
pub struct CheckReport {
    pub text: String,
    pub clean: bool,
}

/// Checks a guide given as files, or the problems met reading them.
pub fn check(name: &str, files: Result<GuideFiles, Vec<Diagnostic>>) -> CheckReport {
    match files.and_then(|files| load_guide(&files)) {
        Ok(guide) => CheckReport {
            text: format!("{name}: the guide is valid ({}).\n", counts(&guide)),
            clean: true,
        },
        Err(problems) => {
            let mut text: String = problems.iter().map(|p| format!("{p}\n")).collect();
            let noun = if problems.len() == 1 {
                "problem"
            } else {
                "problems"
            };
            text.push_str(&format!("{name}: {} {noun} found.\n", problems.len()));
            CheckReport { text, clean: false }
        }
    }
}

fn counts(guide: &Guide) -> String {
    format!(
        "{} regions, {} techniques, {} benefits, {} cautions, {} sources",
        guide.regions.len(),
        guide.techniques.len(),
        guide.benefits.len(),
        guide.cautions.len(),
        guide.sources.len()
    )
}
