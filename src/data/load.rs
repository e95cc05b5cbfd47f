//! Parsing the RON files of a guide into a [`Guide`], reporting every problem at once.

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Position};
use super::guide::Guide;
use super::validate::validate;

/// One content file: where it came from (for messages) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The seven files that make a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideFiles {
    pub diagram: SourceFile,
    pub regions: SourceFile,
    pub techniques: SourceFile,
    pub benefits: SourceFile,
    pub cautions: SourceFile,
    pub sources: SourceFile,
    pub safety_check: SourceFile,
}

/// File names of a guide folder, in the order [`GuideFiles`] holds them.
pub const FILE_NAMES: [&str; 7] = [
    "diagram.ron",
    "regions.ron",
    "techniques.ron",
    "benefits.ron",
    "cautions.ron",
    "sources.ron",
    "safety_check.ron",
];

/// The default guide, compiled into the binary so the app needs no files at run time.
pub const EMBEDDED: [(&str, &str); 7] = [
    ("diagram.ron", include_str!("../../assets/data/diagram.ron")),
    ("regions.ron", include_str!("../../assets/data/regions.ron")),
    (
        "techniques.ron",
        include_str!("../../assets/data/techniques.ron"),
    ),
    (
        "benefits.ron",
        include_str!("../../assets/data/benefits.ron"),
    ),
    (
        "cautions.ron",
        include_str!("../../assets/data/cautions.ron"),
    ),
    ("sources.ron", include_str!("../../assets/data/sources.ron")),
    (
        "safety_check.ron",
        include_str!("../../assets/data/safety_check.ron"),
    ),
];

impl GuideFiles {
    /// The embedded guide, with paths as they are in the repository.
    pub fn embedded() -> Self {
        Self::from_texts(|name| {
            let text = EMBEDDED
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("", |(_, text)| text);
            (format!("assets/data/{name}"), text.to_owned())
        })
    }

    /// Builds the set from a function that gives each file's path and text by name.
    pub fn from_texts(mut file: impl FnMut(&str) -> (String, String)) -> Self {
        let mut next = |name: &str| {
            let (path, text) = file(name);
            SourceFile { path, text }
        };
        let [
            diagram,
            regions,
            techniques,
            benefits,
            cautions,
            sources,
            safety_check,
        ] = FILE_NAMES;
        Self {
            diagram: next(diagram),
            regions: next(regions),
            techniques: next(techniques),
            benefits: next(benefits),
            cautions: next(cautions),
            sources: next(sources),
            safety_check: next(safety_check),
        }
    }
}

/// Parses and validates a guide. On failure, returns every problem found, sorted by file and
/// position.
pub fn load_guide(files: &GuideFiles) -> Result<Guide, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let diagram = parse(&files.diagram, &mut problems);
    let regions = parse(&files.regions, &mut problems);
    let techniques = parse(&files.techniques, &mut problems);
    let benefits = parse(&files.benefits, &mut problems);
    let cautions = parse(&files.cautions, &mut problems);
    let sources = parse(&files.sources, &mut problems);
    let questions = parse(&files.safety_check, &mut problems);

    let (
        Some(diagram),
        Some(regions),
        Some(techniques),
        Some(benefits),
        Some(cautions),
        Some(sources),
        Some(questions),
    ) = (
        diagram, regions, techniques, benefits, cautions, sources, questions,
    )
    else {
        return Err(problems);
    };
    let guide = Guide {
        diagram,
        regions,
        techniques,
        benefits,
        cautions,
        sources,
        questions,
    };
    let mut problems = validate(&guide, files);
    if problems.is_empty() {
        Ok(guide)
    } else {
        problems.sort_by(|a, b| (&a.path, a.position).cmp(&(&b.path, b.position)));
        Err(problems)
    }
}

fn parse<T: DeserializeOwned>(file: &SourceFile, problems: &mut Vec<Diagnostic>) -> Option<T> {
    match ron::from_str(&file.text) {
        Ok(value) => Some(value),
        Err(err) => {
            let position = Position {
                line: err.span.start.line,
                col: err.span.start.col,
            };
            problems.push(Diagnostic::new(
                &file.path,
                Some(position),
                err.code.to_string(),
            ));
            None
        }
    }
}
