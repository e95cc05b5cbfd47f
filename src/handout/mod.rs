//! Handouts for clients: a technique, a routine or an area of the back as one HTML file.
//!
//! Pure: the guide goes in, a string comes out, so it works on the web as on the desktop, and
//! saving, printing or sending the file is the caller's job.
//!
//! A handout stands alone: no scripts, nothing fetched (no fonts, no pictures, the map is
//! inline SVG), and a content security policy that would stop anything that slipped in. Every
//! text of the guide is escaped: a guide is a folder anyone can send.

mod html;
mod map;
mod region;
mod routine;
mod sections;
mod shared;
mod technique;
#[cfg(test)]
mod tests;

pub use html::escape;
pub(crate) use shared::area_names;

use self::html::{Html, file_stem};
use self::routine::RoutineSheet;
use self::shared::{Body, Check};
use crate::data::Origin;
use crate::data::{Guide, RegionId, RoutineId, TechniqueId};
use crate::page_model::no_such;
use crate::practice::Plan;
use crate::reader_data::{MyRoutines, RoutineKey, RoutineRef};
use crate::safety::{Answers, Profile};

/// The app's name, as the toolbar shows it: every handout says where it came from.
const APP_NAME: &str = "Back Massage Guide";

/// The style sheet, inside the file so the handout needs nothing else.
const STYLE: &str = include_str!("handout.css");

/// What a handout is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HandoutSubject {
    Technique(TechniqueId),
    /// One of the guide's routines, or one of the reader's own.
    Routine(RoutineRef),
    Region(RegionId),
}

/// Choices about what goes in a handout.
#[derive(Clone, Copy, Debug, Default)]
pub struct HandoutOptions<'a> {
    /// The reader's safety-check answers, only if they choose to print them: the handout then
    /// says which cautions their answers bring in and what to avoid or change, and why. With
    /// `None`, nothing of their answers is in the file.
    pub answers: Option<&'a Answers>,
    /// Where the guide came from (`Core::origin`), printed beside the app's name as the
    /// toolbar says it ("Built-in guide", "Guide from my-guide").
    pub origin: Option<&'a Origin>,
}

/// A finished handout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handout {
    /// What it is about, e.g. "Palm gliding (effleurage)".
    pub title: String,
    /// A file name to offer when saving, e.g. `palm-gliding-effleurage.html`.
    pub file_name: String,
    /// The whole HTML5 document.
    pub html: String,
}

/// Why there is no handout.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HandoutError {
    #[error("{}", no_such("technique", .0.as_str()))]
    NoTechnique(TechniqueId),
    #[error("{}", no_such("routine", .0.as_str()))]
    NoRoutine(RoutineId),
    #[error("That routine of yours is no longer there.")]
    NoRoutineOfYours(RoutineKey),
    #[error("{}", no_such("area", .0.as_str()))]
    NoRegion(RegionId),
    #[error("\"{0}\" has no techniques from this guide yet. Add some to make a handout of it.")]
    EmptyRoutine(String),
}

/// Writes the handout for `subject`, from `guide` and, for a routine of the reader's own,
/// `my_routines`.
pub fn handout(
    guide: &Guide,
    subject: &HandoutSubject,
    my_routines: &MyRoutines,
    options: &HandoutOptions<'_>,
) -> Result<Handout, HandoutError> {
    // Without the answers, the pages are those of a reader who gave none.
    let no_answers = Answers::default();
    let profile = Profile::new(guide, options.answers.unwrap_or(&no_answers));
    let check = options.answers.map(|answers| Check {
        profile: &profile,
        answered: answers.answered(guide) > 0,
    });
    let check = check.as_ref();
    let body = match subject {
        HandoutSubject::Technique(id) => {
            let technique = guide
                .technique(id)
                .ok_or_else(|| HandoutError::NoTechnique(id.clone()))?;
            technique::technique_body(guide, technique, &profile, check)
        }
        HandoutSubject::Routine(which) => {
            let sheet = routine_sheet(guide, which, my_routines)?;
            if sheet.plan.steps.is_empty() {
                return Err(HandoutError::EmptyRoutine(sheet.name.to_owned()));
            }
            routine::routine_body(guide, &sheet, &profile, check)
        }
        HandoutSubject::Region(id) => {
            let region = guide
                .region(id)
                .ok_or_else(|| HandoutError::NoRegion(id.clone()))?;
            region::region_body(guide, region, &profile, check)
        }
    };
    Ok(Handout {
        title: body.title.clone(),
        file_name: format!("{}.html", file_stem(&body.title)),
        html: page(guide, body, options.origin),
    })
}

/// A routine's name, summary, givers and timed steps, whoever made it.
fn routine_sheet<'g>(
    guide: &'g Guide,
    which: &RoutineRef,
    my_routines: &'g MyRoutines,
) -> Result<RoutineSheet<'g>, HandoutError> {
    match which {
        RoutineRef::Guide(id) => {
            let routine = guide
                .routine(id)
                .ok_or_else(|| HandoutError::NoRoutine(id.clone()))?;
            Ok(RoutineSheet {
                name: &routine.name,
                summary: Some(&routine.summary),
                givers: routine.givers.clone(),
                plan: Plan::routine(guide, &routine.name, &routine.items),
                sources: &routine.sources,
            })
        }
        RoutineRef::Mine(key) => {
            let routine = my_routines
                .get(*key)
                .ok_or(HandoutError::NoRoutineOfYours(*key))?;
            // Who can give all of it: the givers every one of its techniques suits.
            let techniques: Vec<_> = routine
                .items
                .iter()
                .filter_map(|i| guide.technique(&i.technique))
                .collect();
            let givers = techniques
                .first()
                .map(|first| {
                    first
                        .givers
                        .iter()
                        .copied()
                        .filter(|g| techniques.iter().all(|t| t.givers.contains(g)))
                        .collect()
                })
                .unwrap_or_default();
            Ok(RoutineSheet {
                name: &routine.name,
                summary: None,
                givers,
                plan: Plan::routine(guide, &routine.name, &routine.items),
                sources: &[],
            })
        }
    }
}

/// The document around a body: the head with its style sheet, the header that names the guide
/// (and no date: a handout stays as true as its guide), the disclaimer, and the sources.
fn page(guide: &Guide, body: Body<'_>, origin: Option<&Origin>) -> String {
    let mut out = Html::new();
    out.raw(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    )
    .text(&format!("{} · {APP_NAME}", body.title))
    .raw("</title>\n<style>\n")
    .raw(STYLE)
    .raw("</style>\n</head>\n<body>\n<header class=\"masthead\">\n")
    .open("p", "brand")
    .text(APP_NAME);
    let origin = origin.map(|origin| match origin {
        Origin::BuiltIn => "Built-in guide".to_owned(),
        Origin::Folder(name) | Origin::Dropped(name) => format!("Guide from {name}"),
    });
    if let Some(origin) = origin.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        out.element("span", "origin", &format!(" · {origin}"));
    }
    out.close("p")
        .element("p", "kind", &format!("Handout · {}", body.kind))
        .element("h1", "", &body.title)
        .element("p", "disclaimer", crate::DISCLAIMER)
        .raw("\n</header>\n<main>\n")
        .raw(&body.html.into_string())
        .raw("\n</main>\n<footer>\n");
    sections::sources(&mut out, guide, body.sources.into_iter());
    out.raw("\n</footer>\n</body>\n</html>\n");
    out.into_string()
}
