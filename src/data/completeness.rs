//! The house rules of a complete guide, beyond what it takes to load: enough to read for every
//! region, and every claim backed by a source. A guide that breaks them still loads (an author's
//! small guide for one client is fine); `check` lists the gaps and the built-in guide has none.

use std::collections::HashSet;

use super::guide::Guide;
use super::model::{Caution, CautionKind, Part, StopSign};
use super::readability::prose;

/// What every region offers at the least: techniques, benefits, and cautions of its own (not red
/// flags, nor cautions that name every region: those say nothing special about this one).
pub const MIN_PER_REGION: usize = 3;

/// Every gap in `guide`, as one sentence each, in file order.
pub fn gaps(guide: &Guide) -> Vec<String> {
    let mut gaps = Vec::new();
    region_gaps(guide, &mut gaps);
    gaps.extend(unsourced(guide).map(|item| format!("{item} names no source")));
    for technique in &guide.techniques {
        if technique.regions.is_empty() {
            gaps.push(format!("technique \"{}\" suits no region", technique.id));
        }
    }
    for benefit in &guide.benefits {
        if benefit.regions.is_empty() {
            gaps.push(format!("benefit \"{}\" applies to no region", benefit.id));
        }
    }
    safety_gaps(guide, &mut gaps);
    empty_file_gaps(guide, &mut gaps);
    let cited: HashSet<_> = guide.source_references().collect();
    for source in &guide.sources {
        if !cited.contains(&source.id) {
            gaps.push(format!("source \"{}\" is never cited", source.id));
        }
    }
    gaps
}

/// Each region: enough techniques, benefits and cautions of its own, and a source.
fn region_gaps(guide: &Guide, gaps: &mut Vec<String>) {
    for region in &guide.regions {
        let id = &region.id;
        let local_cautions = guide.area_cautions(id).len();
        for (count, one, many) in [
            (guide.techniques_for(id).count(), "technique", "techniques"),
            (guide.benefits_for(id).count(), "benefit", "benefits"),
            (local_cautions, "caution of its own", "cautions of its own"),
        ] {
            if count < MIN_PER_REGION {
                let what = if count == 1 { one } else { many };
                gaps.push(format!(
                    "region \"{id}\" has {count} {what}; a complete guide gives each region at \
                     least {MIN_PER_REGION} {many}"
                ));
            }
        }
        if region.sources.is_empty() {
            gaps.push(format!("region \"{id}\" names no source"));
        }
    }
}

/// Every item that names no source, as `kind "id"`, file by file.
fn unsourced(guide: &Guide) -> impl Iterator<Item = String> {
    guide
        .techniques
        .iter()
        .filter(|t| t.sources.is_empty())
        .map(|t| format!("technique \"{}\"", t.id))
        .chain(
            guide
                .benefits
                .iter()
                .filter(|b| b.sources.is_empty())
                .map(|b| format!("benefit \"{}\"", b.id)),
        )
        .chain(
            guide
                .cautions
                .iter()
                .filter(|c| c.sources.is_empty())
                .map(|c| format!("caution \"{}\"", c.id)),
        )
        .chain(
            guide
                .routines
                .iter()
                .filter(|r| r.sources.is_empty())
                .map(|r| format!("routine \"{}\"", r.id)),
        )
        .chain(
            guide
                .topics
                .iter()
                .filter(|t| t.sources.is_empty())
                .map(|t| format!("topic \"{}\"", t.id)),
        )
        .chain(
            guide
                .claims
                .iter()
                .filter(|c| c.sources.is_empty())
                .map(|c| format!("claim \"{}\"", c.id)),
        )
        .chain(
            guide
                .countries
                .iter()
                .filter(|c| c.sources.is_empty())
                .map(|c| format!("country \"{}\"", c.id)),
        )
        .chain(
            guide
                .look_alikes
                .iter()
                .filter(|l| l.sources.is_empty())
                .map(|l| format!("look-alike \"{}\"", l.id)),
        )
        .chain(
            guide
                .muscles
                .iter()
                .filter(|m| m.sources.is_empty())
                .map(|m| format!("muscle \"{}\"", m.id)),
        )
        .chain(
            guide
                .diagram
                .landmarks
                .iter()
                .filter(|l| l.sources.is_empty())
                .map(|l| format!("landmark \"{}\"", l.id)),
        )
}

/// Files that load empty but leave a feature with nothing to show.
fn empty_file_gaps(guide: &Guide, gaps: &mut Vec<String>) {
    if guide.routines.is_empty() {
        gaps.push("the guide ships no routines for guided practice".to_owned());
    }
    for (part, page) in [
        (Part::BeforeYouStart, "Before you start"),
        (Part::AfterYouFinish, "After you finish"),
    ] {
        if guide.topics_of(part).next().is_none() {
            gaps.push(format!("basics.ron has no topics for the \"{page}\" page"));
        }
    }
    if guide.muscles.is_empty() {
        gaps.push(
            "muscles.ron describes no muscles: region pages and the map have none".to_owned(),
        );
    }
    if guide.diagram.landmarks.is_empty() {
        gaps.push("diagram.ron draws no bones or landmarks".to_owned());
    }
    if guide.claims.is_empty() {
        gaps.push("claims.ron holds no claims for the \"How massage works\" page".to_owned());
    }
    if guide.everyday_words.is_empty() {
        gaps.push(
            "everyday_words.ron is missing or lists no words: search knows only the guide's own \
             words"
                .to_owned(),
        );
    }
}

/// The safety features need data to work on: questions for the cautions that apply to everyone,
/// "stop if" lines for every technique, a drawing of every place not to press.
fn safety_gaps(guide: &Guide, gaps: &mut Vec<String>) {
    if guide.questions.is_empty() {
        gaps.push("the safety check asks no questions".to_owned());
    }
    let asked: HashSet<_> = guide.questions.iter().flat_map(|q| &q.cautions).collect();
    let drawn: HashSet<_> = guide
        .diagram
        .danger_zones
        .iter()
        .map(|z| &z.caution)
        .collect();
    for caution in &guide.cautions {
        if caution.kind == CautionKind::General && !asked.contains(&caution.id) {
            gaps.push(format!(
                "caution \"{}\" applies to everyone but no safety-check question asks about it",
                caution.id
            ));
        }
        if caution.kind == CautionKind::EndangermentSite && !drawn.contains(&caution.id) {
            gaps.push(format!(
                "caution \"{}\" is an endangerment site with no danger zone in diagram.ron",
                caution.id
            ));
        }
    }
    safety_line_gaps(guide, gaps);
    for technique in &guide.techniques {
        let has_stop_line = technique
            .cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .any(|c| !c.stop_if.is_empty());
        if !has_stop_line {
            gaps.push(format!(
                "technique \"{}\" has no \"stop if\" lines: give stop_if to one of its cautions",
                technique.id
            ));
        }
    }
}

/// Words a safety card should stay within: stop, whom to call and why, read at a glance.
pub const CARD_WORDS: usize = 60;
/// Words a cause of pain that is not the muscles should stay within: where, how it differs,
/// when to call.
pub(super) const LOOK_ALIKE_WORDS: usize = 80;
/// Words a "stop if" line should stay within.
pub const STOP_LINE_WORDS: usize = 25;
/// What a text must not name: whom to call is data, in the reader's country's words.
const NUMBERS: [&str; 9] = [
    "999", "911", "112", "111", "000", "A&E", "(UK)", "(EU)", "(US)",
];

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Cards and stop lines short enough to act on, naming no one, and no numbers in any text.
/// A caution's card in words, counted in the longest country's words: it must fit wherever it
/// is read.
fn card_words(guide: &Guide, caution: &Caution) -> usize {
    guide
        .countries
        .iter()
        .map(|here| words(&caution.card_text(here)))
        .max()
        .unwrap_or_else(|| words(&caution.card_text(guide.here())))
}

fn stop_line_words(line: &StopSign) -> usize {
    words(&line.sign) + words(&line.then)
}

/// A length in words and where the text is, e.g. `(59, "caution \"x\"")`.
pub(super) type Longest = Option<(usize, String)>;

/// The longest safety card and "stop if" line, as `check` reports them.
pub fn longest_safety_lines(guide: &Guide) -> (Longest, Longest) {
    let card = guide
        .cautions
        .iter()
        .map(|c| (card_words(guide, c), format!("caution \"{}\"", c.id)))
        .max_by_key(|(n, _)| *n);
    let line = guide
        .cautions
        .iter()
        .flat_map(|c| {
            c.stop_if.iter().enumerate().map(move |(n, line)| {
                (
                    stop_line_words(line),
                    format!("caution \"{}\" stop_if line {}", c.id, n + 1),
                )
            })
        })
        .max_by_key(|(n, _)| *n);
    (card, line)
}

fn safety_line_gaps(guide: &Guide, gaps: &mut Vec<String>) {
    for caution in &guide.cautions {
        let id = &caution.id;
        let card = card_words(guide, caution);
        if card > CARD_WORDS {
            gaps.push(format!(
                "caution \"{id}\" card is {card} words (stop, whom to call and why); aim for \
                 {CARD_WORDS} or fewer"
            ));
        }
        for (n, line) in caution.stop_if.iter().enumerate() {
            let length = stop_line_words(line);
            if length > STOP_LINE_WORDS {
                gaps.push(format!(
                    "caution \"{id}\" stop_if line {} is {length} words; aim for \
                     {STOP_LINE_WORDS} or fewer",
                    n + 1
                ));
            }
            if line.sign.contains("the person") {
                gaps.push(format!(
                    "caution \"{id}\" stop_if line {} says \"the person\"; name no one, so it \
                     reads right to a partner and to someone massaging themselves",
                    n + 1
                ));
            }
        }
    }
    for look_alike in &guide.look_alikes {
        let length = words(&look_alike.r#where)
            + words(&look_alike.differs)
            + look_alike
                .calls
                .iter()
                .map(|c| words(&c.when))
                .sum::<usize>();
        if length > LOOK_ALIKE_WORDS {
            gaps.push(format!(
                "look-alike \"{}\" is {length} words; aim for {LOOK_ALIKE_WORDS} or fewer",
                look_alike.id
            ));
        }
    }
    for prose in prose(guide) {
        if let Some(number) = NUMBERS.iter().find(|n| prose.text.contains(*n)) {
            gaps.push(format!(
                "{} names {number}: say whom to call with `call` (in cautions) or a placeholder \
                 such as {{emergency}} or {{today}}, so every country gets its own numbers",
                prose.place
            ));
        }
    }
}
