//! `massage-guide check`: validate a guide and report what is wrong.

use crate::data::{Diagnostic, Guide, GuideFiles, TextStats, gaps, load_guide, prose};

/// Reading ease a general reader manages comfortably (Flesch 60–70 is plain English).
pub const READING_EASE_TARGET: f64 = 60.0;
/// Texts shorter than this are too short for their own score to mean much.
const MIN_WORDS_TO_SCORE: usize = 15;
/// How many of the hardest texts to name.
const HARDEST_SHOWN: usize = 5;

/// The outcome of checking a guide: the text to print and whether the guide is clean.
pub struct CheckReport {
    pub text: String,
    pub clean: bool,
}

/// Checks a guide given as files, or the problems met reading them.
pub fn check(name: &str, files: Result<GuideFiles, Vec<Diagnostic>>) -> CheckReport {
    match files.and_then(|files| load_guide(&files)) {
        Ok(guide) => {
            let mut text = format!("{name}: the guide is valid ({}).\n", counts(&guide));
            text.push_str(&reading_ease(&guide));
            let gaps = gaps(&guide);
            if !gaps.is_empty() {
                text.push_str(&format!(
                    "{} {} for a complete guide (it still loads):\n",
                    gaps.len(),
                    if gaps.len() == 1 { "gap" } else { "gaps" }
                ));
                for gap in gaps {
                    text.push_str(&format!("  {gap}\n"));
                }
            }
            CheckReport { text, clean: true }
        }
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
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(guide.regions.len(), "region", "regions"),
        count(guide.techniques.len(), "technique", "techniques"),
        count(guide.benefits.len(), "benefit", "benefits"),
        count(guide.cautions.len(), "caution", "cautions"),
        count(guide.sources.len(), "source", "sources"),
        count(
            guide.questions.len(),
            "safety-check question",
            "safety-check questions",
        ),
        count(guide.routines.len(), "routine", "routines"),
    ]
    .join(", ")
}

/// The guide's reading ease, and the texts that score below the target, hardest first.
fn reading_ease(guide: &Guide) -> String {
    let prose = prose(guide);
    let total: TextStats = prose.iter().map(|p| TextStats::of(p.text)).sum();
    let Some(score) = total.flesch() else {
        return String::new();
    };
    let mut text = format!(
        "Reading ease (Flesch, {} words of prose): {score:.1}; aim for {READING_EASE_TARGET:.0} or more.\n",
        total.words
    );
    let mut scored: Vec<(f64, &str)> = prose
        .iter()
        .filter_map(|p| {
            let stats = TextStats::of(p.text);
            let score = stats.flesch()?;
            (stats.words >= MIN_WORDS_TO_SCORE && score < READING_EASE_TARGET)
                .then_some((score, p.place.as_str()))
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    if !scored.is_empty() {
        text.push_str("Hardest to read:\n");
        for (score, place) in scored.iter().take(HARDEST_SHOWN) {
            text.push_str(&format!("  {score:5.1}  {place}\n"));
        }
    }
    text
}
