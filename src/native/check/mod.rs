//! `massage-guide check`: validate a guide and report what is wrong, for people (source lines
//! with markers and hints) or for tools (JSON).

use std::collections::HashMap;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Chars, Config};

use crate::data::{
    CARD_WORDS, Diagnostic, Guide, GuideFiles, Locator, MAX_LISTED, Position, STOP_LINE_WORDS,
    SourceFile, TextStats, gaps, load_guide, longest_safety_lines, prose,
};

mod json;

use json::json;

/// Reading ease a general reader manages comfortably (Flesch 60–70 is plain English).
pub const READING_EASE_TARGET: f64 = 60.0;
/// Texts shorter than this are too short for their own score to mean much.
const MIN_WORDS_TO_SCORE: usize = 15;
/// How many of the hardest texts to name.
const HARDEST_SHOWN: usize = 5;

/// How `check` writes its findings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: each problem with its line of source and a marker under the fault.
    #[default]
    Human,
    /// For tools: one JSON object on standard output.
    Json,
}

/// The outcome of checking a guide: the text to print and whether the guide is clean.
pub struct CheckReport {
    pub text: String,
    pub clean: bool,
}

/// Checks a guide given as files, or the problems met reading them.
pub fn check(
    name: &str,
    files: Result<GuideFiles, Vec<Diagnostic>>,
    format: Format,
) -> CheckReport {
    let (result, sources) = match files {
        Ok(files) => (load_guide(&files), Some(files)),
        Err(problems) => (Err(problems), None),
    };
    report(name, &result, sources.as_ref(), format)
}

/// The report on a guide already loaded (or not) from `files`, whose text the excerpts quote.
pub fn report(
    name: &str,
    result: &Result<Guide, Vec<Diagnostic>>,
    files: Option<&GuideFiles>,
    format: Format,
) -> CheckReport {
    let text = match format {
        // A guide's own words (a name in a message, a quoted line) reach the terminal here.
        Format::Human => visible(&human(name, result, files)),
        // JSON escapes control characters itself.
        Format::Json => json(name, result),
    };
    CheckReport {
        text,
        clean: result.is_ok(),
    }
}

fn human(
    name: &str,
    result: &Result<Guide, Vec<Diagnostic>>,
    files: Option<&GuideFiles>,
) -> String {
    match result {
        Ok(guide) => {
            let mut text = format!("{name}: the guide is valid ({}).\n", counts_line(guide));
            text.push_str(&reading_ease(guide));
            text.push_str(&safety_lengths(guide));
            let gaps = gaps(guide);
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
            text
        }
        Err(problems) => {
            let listed = &problems[..problems.len().min(MAX_LISTED)];
            // Each file quoted is made visible once, not once per problem in it.
            let mut shown: HashMap<&str, String> = HashMap::new();
            for problem in listed {
                if let Some(file) = files.and_then(|files| file_named(files, &problem.path)) {
                    shown
                        .entry(file.path.as_str())
                        .or_insert_with(|| visible(&file.text));
                }
            }
            let mut text: String = listed
                .iter()
                .map(|p| excerpt(p, shown.get(p.path.as_str()).map(String::as_str)))
                .collect();
            let noun = if problems.len() == 1 {
                "problem"
            } else {
                "problems"
            };
            text.push_str(&format!("{name}: {} {noun} found", problems.len()));
            if problems.len() > MAX_LISTED {
                text.push_str(&format!(
                    "; the first {MAX_LISTED} are listed above (fix those first, or use \
                     --format json for all)"
                ));
            }
            text.push_str(".\n");
            text
        }
    }
}

/// One problem as a person reads it: the message, `path:line:col`, the line of source with a
/// marker under the fault, and the hint.
/// `shown` is the text of the problem's file as it is quoted: control characters as symbols,
/// one character for one.
fn excerpt(problem: &Diagnostic, shown: Option<&str>) -> String {
    let range = problem
        .position
        .zip(shown)
        .and_then(|(position, text)| byte_range(text, position, problem.len))
        .filter(|range| {
            // A line too long to read in a terminal (a generated or minified file) is better
            // not quoted: the place is enough.
            shown.is_some_and(|text| line_chars(text, range.start) <= MAX_QUOTED_LINE)
        });
    let (Some(range), Some(shown)) = (range, shown) else {
        // No text to quote (a file that could not be read, or a problem of a whole file).
        let mut text = format!("error: {}\n", problem.message);
        match problem.position {
            Some(Position { line, col }) => {
                text.push_str(&format!("  --> {}:{line}:{col}\n", problem.path));
            }
            None => text.push_str(&format!("  --> {}\n", problem.path)),
        }
        if let Some(hint) = &problem.hint {
            text.push_str(&format!("  = help: {hint}\n"));
        }
        text.push('\n');
        return text;
    };
    let mut sources = SimpleFiles::new();
    let id = sources.add(problem.path.as_str(), shown);
    let report = Report::error()
        .with_message(&problem.message)
        .with_label(Label::primary(id, range))
        .with_notes(
            problem
                .hint
                .iter()
                .map(|hint| format!("help: {hint}"))
                .collect(),
        );
    let config = Config {
        // Plain ASCII reads the same in every terminal and in a CI log.
        chars: Chars::ascii(),
        ..Config::default()
    };
    match term::emit_into_string(&config, &sources, &report) {
        Ok(text) => text,
        // The range came from this very text, so this does not happen; the plain line still
        // says everything.
        Err(_) => format!("error: {problem}\n\n"),
    }
}

/// `text` with every control character but line breaks and tabs shown as its symbol (ESC as
/// `␛`), so printing a guide's text cannot drive the terminal. One character for one, so
/// columns stay where they were.
fn visible(text: &str) -> String {
    let mut chars = text.chars().peekable();
    let mut shown = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        shown.push(match c {
            '\n' | '\t' => c,
            '\r' if chars.peek() == Some(&'\n') => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        });
    }
    shown
}

fn file_named<'a>(files: &'a GuideFiles, path: &str) -> Option<&'a SourceFile> {
    files.all().into_iter().find(|f| f.path == path)
}

/// Longest line of source quoted under a problem, in characters.
const MAX_QUOTED_LINE: usize = 400;

/// Characters in the line of `text` holding byte `at`.
fn line_chars(text: &str, at: usize) -> usize {
    let start = text
        .get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    text.get(start..)
        .and_then(|rest| rest.split('\n').next())
        .map_or(0, |line| line.chars().count())
}

/// Bytes of `text` covered by `len` characters from a 1-based line and column, kept on that
/// line. None when the position lies outside the text.
fn byte_range(text: &str, position: Position, len: usize) -> Option<Range<usize>> {
    let start = Locator::new(text).offset(position)?;
    let line = text.get(start..)?.split('\n').next().unwrap_or_default();
    let end = line
        .char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .nth(len.max(1))
        .unwrap_or(line.len());
    Some(start..start + end)
}

fn counts_line(guide: &Guide) -> String {
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
        count(guide.topics.len(), "topic", "topics"),
        count(guide.claims.len(), "claim", "claims"),
        count(guide.muscles.len(), "muscle", "muscles"),
        count(guide.diagram.landmarks.len(), "landmark", "landmarks"),
        count(guide.countries.len(), "country", "countries"),
        count(
            guide.look_alikes.len(),
            "cause of pain that may not be the muscles",
            "causes of pain that may not be the muscles",
        ),
        count(
            guide.everyday_words.iter().map(|e| e.words.len()).sum(),
            "everyday word",
            "everyday words",
        ),
    ]
    .join(", ")
}

/// The longest safety card and "stop if" line, against what a person can act on at a glance.
fn safety_lengths(guide: &Guide) -> String {
    let (card, line) = longest_safety_lines(guide);
    let mut text = String::new();
    if let Some((words, place)) = card {
        text.push_str(&format!(
            "Longest safety card: {words} words ({place}); aim for {CARD_WORDS} or fewer.\n"
        ));
    }
    if let Some((words, place)) = line {
        text.push_str(&format!(
            "Longest stop line: {words} words ({place}); aim for {STOP_LINE_WORDS} or fewer.\n"
        ));
    }
    text
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_characters_and_stay_on_their_line() {
        let text = "ab\n«é» x\nlast";
        let at = |line, col, len| byte_range(text, Position { line, col }, len);
        assert_eq!(at(1, 1, 2), Some(0..2));
        // Line 2 starts at byte 3; "«" and "é" are two bytes each.
        assert_eq!(at(2, 2, 1), Some(5..7));
        assert_eq!(at(2, 3, 0), Some(7..9));
        // A span running past the line's end stops there.
        assert_eq!(at(2, 5, 40), Some(10..11));
        assert_eq!(at(3, 5, 1), Some(16..16));
        assert_eq!(at(4, 1, 1), None);
        assert_eq!(at(2, 40, 1), None);
    }
}
