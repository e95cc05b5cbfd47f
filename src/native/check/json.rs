//! `check --format json`: one JSON object for tools (validity, every problem with its place,
//! and for a valid guide its counts, reading ease and gaps).

use serde::Serialize;

use crate::data::{Diagnostic, Guide, TextStats, gaps, prose};

/// The JSON a tool reads: validity, every problem with its place, and for a valid guide its
/// counts, reading ease and gaps.
#[derive(Serialize)]
struct JsonReport<'a> {
    guide: &'a str,
    valid: bool,
    problems: Vec<JsonProblem<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counts: Option<Counts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reading_ease: Option<f64>,
    gaps: Vec<String>,
}

#[derive(Serialize)]
struct JsonProblem<'a> {
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    /// Characters the problem spans from `column`.
    length: usize,
    message: &'a str,
    hint: Option<&'a str>,
}

#[derive(Serialize)]
struct Counts {
    regions: usize,
    techniques: usize,
    benefits: usize,
    cautions: usize,
    sources: usize,
    questions: usize,
    routines: usize,
    topics: usize,
    claims: usize,
    muscles: usize,
    landmarks: usize,
    countries: usize,
    look_alikes: usize,
    /// Words and phrases in the everyday words, not entries.
    everyday_words: usize,
}

impl Counts {
    fn of(guide: &Guide) -> Self {
        Self {
            regions: guide.regions.len(),
            techniques: guide.techniques.len(),
            benefits: guide.benefits.len(),
            cautions: guide.cautions.len(),
            sources: guide.sources.len(),
            questions: guide.questions.len(),
            routines: guide.routines.len(),
            topics: guide.topics.len(),
            claims: guide.claims.len(),
            muscles: guide.muscles.len(),
            landmarks: guide.diagram.landmarks.len(),
            countries: guide.countries.len(),
            look_alikes: guide.look_alikes.len(),
            everyday_words: guide.everyday_words.iter().map(|e| e.words.len()).sum(),
        }
    }
}

/// The report as one JSON object.
pub(super) fn json(name: &str, result: &Result<Guide, Vec<Diagnostic>>) -> String {
    let report = match result {
        Ok(guide) => JsonReport {
            guide: name,
            valid: true,
            problems: Vec::new(),
            counts: Some(Counts::of(guide)),
            reading_ease: prose(guide)
                .iter()
                .map(|p| TextStats::of(p.text))
                .sum::<TextStats>()
                .flesch(),
            gaps: gaps(guide),
        },
        Err(problems) => JsonReport {
            guide: name,
            valid: false,
            problems: problems
                .iter()
                .map(|p| JsonProblem {
                    path: &p.path,
                    line: p.position.map(|p| p.line),
                    column: p.position.map(|p| p.col),
                    length: p.len,
                    message: &p.message,
                    hint: p.hint.as_deref(),
                })
                .collect(),
            counts: None,
            reading_ease: None,
            gaps: Vec::new(),
        },
    };
    match serde_json::to_string_pretty(&report) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Plain strings and numbers always serialize (a NaN reading ease is written as null),
        // but the fallback is JSON too: its message goes through serde_json's escaping.
        Err(err) => format!(
            "{{\"error\": {}}}\n",
            serde_json::Value::from(err.to_string())
        ),
    }
}
