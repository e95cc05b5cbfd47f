//! Parsing the RON files of a guide into a [`Guide`], reporting every problem at once.

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::control::control_characters;
use super::diagnostic::{Diagnostic, Position};
use super::files::{GuideFile, GuideFiles, SourceFile};
use super::guide::Guide;
use super::locate::Locator;
use super::model::{Country, LookAlike, Region, RegionId, Source, SourceId};
use super::suggest::did_you_mean_name;
use super::validate::validate;

/// Parses and validates a guide. On failure, returns every problem found, sorted by file and
/// position.
pub fn load_guide(files: &GuideFiles) -> Result<Guide, Vec<Diagnostic>> {
    let mut problems: Vec<Diagnostic> = files
        .all()
        .into_iter()
        .flat_map(control_characters)
        .collect();
    let diagram = parse(&files.diagram, &mut problems);
    let regions: Option<Vec<Region>> = parse(&files.regions, &mut problems);
    let techniques = parse(&files.techniques, &mut problems);
    let benefits = parse(&files.benefits, &mut problems);
    let cautions = parse(&files.cautions, &mut problems);
    let sources = parse(&files.sources, &mut problems);
    let questions = parse(&files.safety_check, &mut problems);
    let routines = parse(&files.routines, &mut problems);
    let topics = parse(&files.basics, &mut problems);
    let claims = parse(&files.claims, &mut problems);
    let muscles = parse(&files.muscles, &mut problems);
    let countries: Option<Vec<Country>> = parse(&files.countries, &mut problems);
    let everyday_words = parse_optional(&files.everyday_words, &mut problems);

    let look_alikes: Option<Vec<LookAlike>> = parse(&files.look_alikes, &mut problems);
    let (
        Some(diagram),
        Some(regions),
        Some(techniques),
        Some(benefits),
        Some(cautions),
        Some(sources),
        Some(questions),
        Some(routines),
        Some(topics),
        Some(claims),
        Some(muscles),
        Some(countries),
        Some(mut look_alikes),
        Some(everyday_words),
    ) = (
        diagram,
        regions,
        techniques,
        benefits,
        cautions,
        sources,
        questions,
        routines,
        topics,
        claims,
        muscles,
        countries,
        look_alikes,
        everyday_words,
    )
    else {
        return Err(in_file_order(problems));
    };
    if files.look_alikes.missing {
        // The built-in causes, in this guide: only the areas this guide has are kept.
        let ids: Vec<&RegionId> = regions.iter().map(|r| &r.id).collect();
        for look_alike in &mut look_alikes {
            look_alike.regions.retain(|r| ids.contains(&r));
        }
    }
    let guide = Guide {
        diagram,
        regions,
        techniques,
        benefits,
        cautions,
        sources,
        questions,
        routines,
        topics,
        claims,
        muscles,
        countries,
        look_alikes,
        here: None,
        everyday_words,
    };
    problems.extend(validate(&guide, files));
    if problems.is_empty() {
        let mut guide = guide;
        lend_built_in_sources(&mut guide, files);
        Ok(guide)
    } else {
        Err(in_file_order(problems))
    }
}

/// Located problems first, in file order: they are the ones an author can go to.
fn in_file_order(mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    problems.sort_by_key(|p| (p.position.is_none(), p.path.clone(), p.position));
    problems
}

/// A Rust type name from RON's errors in plain words: `RoutineItem` -> `routine item`.
fn type_words(name: &str) -> String {
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}

fn a_type(name: Option<&str>) -> String {
    match name.map(type_words) {
        Some(words) if words.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {words}"),
        Some(words) => format!("a {words}"),
        None => "this item".to_owned(),
    }
}

fn the_type(name: Option<&str>) -> String {
    name.map_or("the item".to_owned(), |n| format!("the {}", type_words(n)))
}

/// `a`, `b` or `c`.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => "nothing".to_owned(),
    }
}

/// How deep brackets may nest. A guide needs about six levels; the limit keeps hostile input
/// from exhausting the stack.
pub const MAX_NESTING: usize = 32;

fn parse<T: DeserializeOwned>(file: &SourceFile, problems: &mut Vec<Diagnostic>) -> Option<T> {
    if file.text.trim().is_empty() {
        problems.push(
            Diagnostic::new(&file.path, None, "the file is empty").with_hint(Some(
                "start from a copy of the built-in guide: `massage-guide export DIR`".to_owned(),
            )),
        );
        return None;
    }
    // Optional fields are written bare (`direction: Circular`), not as `Some(Circular)`.
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    match options.from_str(&file.text) {
        Ok(value) => Some(value),
        Err(err) => {
            problems.push(syntax_problem(file, &err));
            None
        }
    }
}

/// An optional file's items: none when the folder does not have it and nothing stands in.
fn parse_optional<T: DeserializeOwned + Default>(
    file: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<T> {
    if file.missing && file.text.trim().is_empty() {
        Some(T::default())
    } else {
        parse(file, problems)
    }
}

/// A RON error in the guide's own words where RON's are unclear, with a hint for misspelt
/// field and variant names.
fn syntax_problem(file: &SourceFile, err: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error;
    let (start, end) = (err.span.start, err.span.end);
    let position = Position {
        line: start.line,
        col: start.col,
    };
    let len = if end.line == start.line {
        end.col.saturating_sub(start.col)
    } else {
        0
    };
    let (message, mut hint) = match &err.code {
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "unknown field `{found}` in {}; its fields are {}",
                a_type(outer.as_deref()),
                one_of(expected)
            ),
            did_you_mean_name(found, expected.iter().copied()),
        ),
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            format!(
                "`{found}` is not a {}; write one of {}",
                outer
                    .as_deref()
                    .map_or("known value".to_owned(), type_words),
                one_of(expected)
            ),
            did_you_mean_name(found, expected.iter().copied()),
        ),
        Error::MissingStructField { field, outer } => (
            format!(
                "{} that ends here has no `{field}`",
                the_type(outer.as_deref())
            ),
            None,
        ),
        Error::DuplicateStructField { field, outer } => (
            format!("`{field}` is given twice in {}", a_type(outer.as_deref())),
            None,
        ),
        Error::ExpectedNamedStructLike(name) => (
            format!("expected `(` to start {}", a_type(Some(name))),
            None,
        ),
        Error::ExpectedString | Error::ExpectedStringEnd => {
            ("expected text in double quotes here".to_owned(), None)
        }
        Error::Eof => (
            "the file ends too early: a bracket or a quote is not closed".to_owned(),
            None,
        ),
        Error::ExceededRecursionLimit => (
            format!("brackets nest more than {MAX_NESTING} deep; a guide needs only a few levels"),
            None,
        ),
        Error::IntegerOutOfBounds => (
            "this number is out of range here (too large, or below zero)".to_owned(),
            None,
        ),
        other => (other.to_string(), None),
    };
    let at_end = Locator::new(&file.text)
        .offset(position)
        .and_then(|at| file.text.get(at..))
        .is_none_or(|rest| rest.trim().is_empty());
    if hint.is_none() && at_end {
        hint = Some("the file ends here: is a closing `]` or `)` missing?".to_owned());
    }
    Diagnostic::new(&file.path, Some(position), message)
        .spanning(len)
        .with_hint(hint)
}

/// A built-in file standing in for one the folder lacks cites the built-in guide's sources:
/// those this guide does not have are added to it, so every citation resolves and the
/// bibliography lists them.
fn lend_built_in_sources(guide: &mut Guide, files: &GuideFiles) {
    let mut wanted: Vec<SourceId> = Vec::new();
    if files.countries.missing {
        wanted.extend(
            guide
                .countries
                .iter()
                .flat_map(|c| c.sources.iter().cloned()),
        );
    }
    if files.look_alikes.missing {
        wanted.extend(
            guide
                .look_alikes
                .iter()
                .flat_map(|l| l.sources.iter().cloned()),
        );
    }
    wanted.retain(|id| guide.source(id).is_none());
    if wanted.is_empty() {
        return;
    }
    let built_in: Vec<Source> = ron::from_str(GuideFile::Sources.embedded()).unwrap_or_default();
    for source in built_in {
        if wanted.contains(&source.id) && guide.source(&source.id).is_none() {
            guide.sources.push(source);
        }
    }
}
