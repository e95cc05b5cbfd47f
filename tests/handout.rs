//! Handouts read back with a real HTML5 parser (scraper, on html5ever): each stands alone, draws
//! one map with the right areas marked, and says what the guide says about its subject: steps
//! and times in order, benefits with their grades, cautions, when to stop, sources, and the
//! reader's answers only when they ask for them. Every guide text is escaped.
//!
//! The items tested are picked from the guide by what they have (steps with strokes, a question
//! that changes a technique, ...), so a reworded or renumbered guide does not break the tests.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use massage_guide::DISCLAIMER;
use massage_guide::data::Origin;
use massage_guide::data::{
    Caution, CautionKind, Guide, GuideFiles, QuestionId, Region, RoutineItem, Technique,
    format_duration, load_guide,
};
use massage_guide::handout::{HandoutOptions, HandoutSubject, handout};
use massage_guide::practice::Plan;
use massage_guide::reader_data::{MyRoutines, RoutineEdit, RoutineRef};
use massage_guide::safety::{Answers, Profile, TechniqueVerdict, stop_lines};
use scraper::{ElementRef, Html, Selector};

/// The built-in guide as the app shows it to a reader who has not chosen a country.
fn guide() -> Guide {
    load_guide(&GuideFiles::embedded())
        .expect("the built-in guide loads")
        .localized(None)
}

/// The handout, parsed, after checking that it stands alone.
fn page(
    guide: &Guide,
    subject: &HandoutSubject,
    mine: &MyRoutines,
    answers: Option<&Answers>,
) -> Html {
    let options = HandoutOptions {
        answers,
        origin: Some(&Origin::BuiltIn),
    };
    let handout = handout(guide, subject, mine, &options).expect("the handout is made");
    let doc = Html::parse_document(&handout.html);
    stands_alone(&doc, &handout.html);
    doc
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

/// An element's text with its white space collapsed, as a reader sees it.
fn text_of(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&sel(css)).map(text_of).collect()
}

fn texts_in(element: ElementRef<'_>, css: &str) -> Vec<String> {
    element.select(&sel(css)).map(text_of).collect()
}

fn count(doc: &Html, css: &str) -> usize {
    doc.select(&sel(css)).count()
}

fn whole_text(doc: &Html) -> String {
    text_of(doc.root_element())
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Valid HTML5 with no scripts, nothing to fetch, one map, and links only to the sources.
fn stands_alone(doc: &Html, raw: &str) {
    assert!(
        doc.errors.is_empty(),
        "HTML5 parse errors: {:?}",
        doc.errors
    );
    assert!(raw.starts_with("<!DOCTYPE html>"), "an HTML5 document");
    assert_eq!(
        count(
            doc,
            "script, iframe, frame, object, embed, img, link, base, audio, video, source, \
             picture, form, input, use, image, foreignObject, meta[http-equiv=refresh]"
        ),
        0,
        "nothing that runs or fetches"
    );
    assert!(
        !raw.to_lowercase().contains("<script"),
        "no script tag, even as text"
    );
    assert_eq!(count(doc, "svg"), 1, "one map");
    assert_eq!(
        count(doc, "meta[http-equiv=Content-Security-Policy]"),
        1,
        "a policy that blocks anything that slipped in"
    );
    for element in doc.root_element().descendent_elements() {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert_ne!(name, "style", "styles live in the style sheet");
            assert!(!name.ends_with("src"), "{name}={value} would fetch");
            if name.ends_with("href") {
                assert!(value.starts_with("https://"), "href {value}");
            }
        }
    }
    assert_eq!(
        count(doc, "[href]"),
        count(doc, ".sources a[href]"),
        "the only links are the sources'"
    );
    let style: String = doc.select(&sel("style")).map(text_of).collect();
    assert!(
        !style.contains("@import"),
        "the style sheet imports nothing"
    );
    for (at, _) in style.match_indices("url(") {
        assert!(
            style[at + 4..].starts_with('#'),
            "the style sheet fetches nothing"
        );
    }
}

/// The areas the map marks, and that it draws every area of the guide once.
fn marked(doc: &Html, guide: &Guide) -> BTreeSet<String> {
    let drawn: Vec<String> = doc
        .select(&sel("svg path.region"))
        .filter_map(|p| p.attr("data-region").map(str::to_owned))
        .collect();
    let outlines: BTreeSet<String> = guide
        .diagram
        .outlines
        .iter()
        .map(|o| o.region.0.clone())
        .collect();
    assert_eq!(drawn.len(), outlines.len(), "one path per area");
    assert_eq!(
        drawn.iter().cloned().collect::<BTreeSet<_>>(),
        outlines,
        "every area of the guide"
    );
    doc.select(&sel("svg path.region.marked"))
        .filter_map(|p| p.attr("data-region").map(str::to_owned))
        .collect()
}

fn ids<'a>(
    regions: impl IntoIterator<Item = &'a massage_guide::data::RegionId>,
) -> BTreeSet<String> {
    regions.into_iter().map(|r| r.0.clone()).collect()
}

/// Benefits as "name (grade)", as listed under `list`.
fn graded(doc: &Html, list: &str) -> Vec<String> {
    doc.select(&sel(&format!("{list} .benefit")))
        .map(|b| {
            let name = texts_in(b, ".name").join("");
            let grade = texts_in(b, ".grade").join("");
            format!("{name} ({grade})")
        })
        .collect()
}

fn expected_graded<'a>(
    guide: &'a Guide,
    ids: impl IntoIterator<Item = &'a massage_guide::data::BenefitId>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for benefit in ids.into_iter().filter_map(|id| guide.benefit(id)) {
        let line = format!("{} ({})", benefit.name, benefit.evidence.label());
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

/// The techniques' stop lines, each once, most serious first; a red flag's lines are left to
/// the red flags' block, which names it and whom to call.
fn stop_lines_of<'g>(
    guide: &'g Guide,
    techniques: &[&Technique],
) -> Vec<massage_guide::safety::StopLine<'g>> {
    let mut lines: Vec<massage_guide::safety::StopLine<'g>> = Vec::new();
    for line in techniques
        .iter()
        .flat_map(|t| stop_lines(guide, t))
        .filter(|l| l.caution.kind != CautionKind::RedFlag)
    {
        if !lines.iter().any(|l| l.sign.sign == line.sign.sign) {
            lines.push(line);
        }
    }
    lines.sort_by_key(|l| std::cmp::Reverse(l.caution.action));
    lines
}

/// The stop lines as printed: under whom to call, most urgent first.
fn stop_texts(guide: &Guide, techniques: &[&Technique]) -> Vec<String> {
    massage_guide::safety::stop_groups(&stop_lines_of(guide, techniques))
        .into_iter()
        .flat_map(|(_, lines)| lines)
        .map(|l| collapse(&l.sign.item()))
        .collect()
}

/// The sources of the cautions behind the stop lines shown.
fn stop_sources<'g>(
    guide: &'g Guide,
    techniques: &[&Technique],
) -> Vec<&'g massage_guide::data::SourceId> {
    stop_lines_of(guide, techniques)
        .iter()
        .flat_map(|l| &l.caution.sources)
        .collect()
}

/// The red flags shown, grouped by urgency: each group's heading says whom to call in the
/// reader's country, every flag in it makes that call at its most urgent, and the groups come
/// most urgent first. Returns the names shown.
fn red_flag_groups(doc: &Html, guide: &Guide) -> BTreeSet<String> {
    let mut shown = BTreeSet::new();
    let mut last = None;
    for group in doc.select(&sel(".stop .flag-group")) {
        let heading = texts_in(group, "h3").join("");
        let mut urgency = None;
        for name in texts_in(group, ".red-flag") {
            let flag = guide
                .red_flags()
                .find(|c| collapse(&c.name) == name)
                .unwrap_or_else(|| panic!("{name} is a red flag"));
            let call = flag.call.expect("a red flag says whom to call");
            assert_eq!(
                heading,
                guide.here().sentence(call),
                "{name} under its urgency"
            );
            assert!(last.is_none_or(|a| a > call), "most urgent first");
            urgency = Some(call);
            shown.insert(name);
        }
        last = urgency;
    }
    shown
}

/// The one sentence a compact caution shows: what to do for a person it applies to, or its
/// first sentence.
fn short_text_ok(caution: &Caution, shown: &str) {
    let for_you = &caution.for_you;
    let expected = [for_you.otherwise.trim(), for_you.because.trim()]
        .into_iter()
        .find(|t| !t.is_empty());
    match expected {
        Some(text) => assert_eq!(shown, collapse(text), "{}", caution.id),
        None => assert!(
            collapse(&caution.stop).starts_with(shown) && shown.ends_with(['.', '?', '!']),
            "{}: {shown}",
            caution.id
        ),
    }
}

/// The sources listed must be exactly those of what the page says in its own words: the
/// cautions shown with their sentence, the benefits, and `more` (the subject's own, its
/// muscles', its stop lines' cautions). On a technique's or a routine's handout the lists for
/// everyone and the red flags name their cautions only, and cite nothing; an area's cites them,
/// as its page on screen does, so its test passes them in `more`.
fn sources_match(doc: &Html, guide: &Guide, more: &[&massage_guide::data::SourceId]) {
    let mut expected: BTreeSet<String> = more.iter().map(|s| s.0.clone()).collect();
    let caution_names: BTreeSet<String> =
        texts(doc, "li.caution .caution-name").into_iter().collect();
    assert!(!caution_names.is_empty(), "cautions are shown");
    for caution in &guide.cautions {
        if caution_names.contains(&collapse(&caution.name)) {
            expected.extend(caution.sources.iter().map(|s| s.0.clone()));
        }
    }
    let benefit_names: BTreeSet<String> = texts(doc, ".benefit .name").into_iter().collect();
    for benefit in &guide.benefits {
        if benefit_names.contains(&collapse(&benefit.name)) {
            expected.extend(benefit.sources.iter().map(|s| s.0.clone()));
        }
    }
    let listed: BTreeSet<String> = doc
        .select(&sel(".sources li.source"))
        .map(|li| {
            let title = texts_in(li, "cite").join("");
            let whole = text_of(li);
            // Two sources may share a title ("Fainting"): the publisher tells them apart.
            guide
                .sources
                .iter()
                .find(|s| collapse(&s.title) == title && whole.contains(&collapse(&s.publisher)))
                .map(|s| s.id.0.clone())
                .unwrap_or_else(|| panic!("{title} is a source of the guide"))
        })
        .collect();
    let expected: BTreeSet<String> = expected
        .into_iter()
        .filter(|id| guide.sources.iter().any(|s| s.id.0 == *id))
        .collect();
    assert_eq!(
        listed.len(),
        count(doc, ".sources li.source"),
        "each source once"
    );
    assert_eq!(
        listed, expected,
        "the sources are those of what is shown, no more, no fewer"
    );
}

fn names(cautions: &[&Caution]) -> BTreeSet<String> {
    cautions.iter().map(|c| collapse(&c.name)).collect()
}

/// Every source listed with its title, publisher, year and address, as text and as a link.
fn cites(doc: &Html, guide: &Guide, ids: &[massage_guide::data::SourceId]) {
    let listed: Vec<ElementRef<'_>> = doc.select(&sel(".sources li.source")).collect();
    for source in ids.iter().filter_map(|id| guide.source(id)) {
        let item = listed
            .iter()
            .find(|li| texts_in(**li, "cite") == [collapse(&source.title)])
            .unwrap_or_else(|| panic!("source {} is listed", source.id));
        let text = text_of(*item);
        assert!(text.contains(&collapse(&source.publisher)), "{text}");
        assert!(text.contains(&source.year.to_string()), "{text}");
        let link = item.select(&sel("a")).next().expect("a link");
        assert_eq!(link.attr("href"), Some(source.url.as_str()), "the link");
        assert_eq!(text_of(link), source.url, "the address as text, for paper");
    }
}

/// What every handout has: the guide named in the header, the disclaimer, the title.
fn header(doc: &Html, title: &str) {
    assert_eq!(texts(doc, "h1"), [collapse(title)], "the title");
    let brand = texts(doc, ".brand").join("");
    assert!(
        brand.contains("Back Massage Guide") && brand.contains("Built-in guide"),
        "the guide is named: {brand}"
    );
    assert!(
        texts(doc, ".disclaimer").contains(&DISCLAIMER.to_owned()),
        "the disclaimer"
    );
    assert!(
        texts(doc, "title")[0].starts_with(&collapse(title)),
        "the document's title"
    );
}

/// A technique's "Take care": its own cautions compact (name, action, one sentence), then the
/// cautions for everyone by name and action.
fn take_care(doc: &Html, guide: &Guide, cautions: &[&Caution]) {
    let own: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| !matches!(c.kind, CautionKind::RedFlag | CautionKind::General))
        .collect();
    let cards: BTreeSet<String> = texts(doc, ".take-care .caution .caution-name")
        .into_iter()
        .collect();
    assert_eq!(cards, names(&own), "the technique's own cautions");
    for card in doc.select(&sel(".take-care .caution")) {
        let name = texts_in(card, ".caution-name").join("");
        let caution = own.iter().find(|c| collapse(&c.name) == name).unwrap();
        assert_eq!(
            texts_in(card, ".tag"),
            [caution.action.label()],
            "{name}: what to do"
        );
        short_text_ok(caution, &texts_in(card, ".caution-text").join(""));
    }
    let general: Vec<String> = guide
        .general_cautions()
        .iter()
        .map(|c| collapse(&c.name))
        .collect();
    assert_eq!(
        texts(doc, ".checklist .caution-name"),
        general,
        "the cautions for everyone"
    );
    let actions: Vec<&str> = guide
        .general_cautions()
        .iter()
        .map(|c| c.action.label())
        .collect();
    assert_eq!(
        texts(doc, ".checklist .action"),
        actions,
        "each with what to do"
    );
}

/// A technique with everything to check: steps that move the hands, benefits both ways, stop
/// lines and red flags.
fn rich_technique(guide: &Guide) -> &Technique {
    guide
        .techniques
        .iter()
        .find(|t| {
            !t.benefits.is_empty()
                && !t.research_does_not_show.is_empty()
                && !stop_lines(guide, t).is_empty()
                && t.steps.iter().any(|s| s.direction.is_some())
                && t.cautions
                    .iter()
                    .filter_map(|id| guide.caution(id))
                    .any(|c| c.kind == CautionKind::RedFlag)
        })
        .expect("the guide has such a technique")
}

#[test]
fn a_technique_handout_has_its_steps_benefits_cautions_and_sources() {
    let guide = guide();
    let technique = rich_technique(&guide);
    let doc = page(
        &guide,
        &HandoutSubject::Technique(technique.id.clone()),
        &MyRoutines::default(),
        None,
    );
    header(&doc, &technique.name);
    assert_eq!(marked(&doc, &guide), ids(&technique.regions));
    assert!(
        count(&doc, "svg .strokes path") > 0,
        "the strokes are drawn"
    );

    let steps: Vec<String> = technique.steps.iter().map(|s| collapse(&s.text)).collect();
    assert_eq!(texts(&doc, ".step .step-text"), steps, "the steps in order");
    let times: Vec<String> = technique
        .steps
        .iter()
        .map(|s| format_duration(s.seconds))
        .collect();
    assert_eq!(texts(&doc, ".step .time"), times);
    let numbers: Vec<String> = (1..=steps.len()).map(|n| format!("{n}.")).collect();
    assert_eq!(texts(&doc, ".step .n"), numbers);
    let hands: Vec<String> = technique
        .steps
        .iter()
        .filter_map(|s| s.direction)
        .map(|d| format!("Hands: {}.", d.label()))
        .collect();
    assert_eq!(texts(&doc, ".step .step-how"), hands, "how the hands move");
    let facts = texts(&doc, "dl.facts").join(" ");
    assert!(facts.contains(technique.pressure.label()));
    assert!(facts.contains(&format_duration(technique.total_seconds())));
    for giver in &technique.givers {
        assert!(facts.contains(giver.label()));
    }
    for tool in &technique.tools {
        assert!(facts.contains(tool.label()));
    }

    assert_eq!(
        graded(&doc, ".helps"),
        expected_graded(&guide, &technique.benefits)
    );
    assert_eq!(
        graded(&doc, ".not-shown"),
        expected_graded(&guide, &technique.research_does_not_show)
    );

    let cautions: Vec<&Caution> = technique
        .cautions
        .iter()
        .filter_map(|id| guide.caution(id))
        .collect();
    take_care(&doc, &guide, &cautions);
    assert_eq!(
        texts(&doc, ".stop-lines li"),
        stop_texts(&guide, &[technique])
    );
    let flags = red_flag_groups(&doc, &guide);
    let listed: Vec<&Caution> = cautions
        .iter()
        .copied()
        .filter(|c| c.kind == CautionKind::RedFlag)
        .collect();
    assert!(
        flags.is_superset(&names(&listed)),
        "the technique's red flags"
    );
    for flag in guide.red_flags() {
        let bears = flag.regions.is_empty()
            || flag.regions.iter().any(|r| technique.regions.contains(r))
            || technique.cautions.contains(&flag.id);
        assert_eq!(flags.contains(&collapse(&flag.name)), bears, "{}", flag.id);
    }
    cites(&doc, &guide, &technique.sources);
    let own: Vec<_> = technique
        .sources
        .iter()
        .chain(stop_sources(&guide, &[technique]))
        .collect();
    sources_match(&doc, &guide, &own);
    assert_eq!(
        count(&doc, ".your-check, .warning"),
        0,
        "no answers asked for"
    );
}

/// A routine's parts: one per item, each with the steps it keeps of its technique at the
/// routine's times.
fn check_parts(doc: &Html, guide: &Guide, name: &str, items: &[RoutineItem]) {
    let plan = Plan::routine(guide, name, items);
    let parts: Vec<ElementRef<'_>> = doc.select(&sel(".session .part")).collect();
    assert_eq!(parts.len(), items.len(), "a part per item");
    for (n, (part, item)) in parts.iter().zip(items).enumerate() {
        let technique = guide.technique(&item.technique).unwrap();
        let heading = texts_in(*part, "h3").join("");
        assert!(heading.contains(&collapse(&technique.name)), "{heading}");
        assert!(
            heading.ends_with(&format_duration(item.seconds)),
            "{heading}"
        );
        let planned: Vec<_> = plan.steps.iter().filter(|s| s.item == n).collect();
        let kept = (1..=technique.steps.len())
            .filter(|s| !item.skip_steps.contains(s))
            .count();
        assert_eq!(planned.len(), kept, "the steps the item keeps");
        let texts: Vec<String> = planned.iter().map(|s| collapse(&s.text)).collect();
        let times: Vec<String> = planned.iter().map(|s| format_duration(s.seconds)).collect();
        assert_eq!(texts_in(*part, ".step-text"), texts, "the steps in order");
        assert_eq!(
            texts_in(*part, ".step .time"),
            times,
            "at the routine's times"
        );
    }
}

#[test]
fn a_routine_of_the_guide_has_each_technique_at_its_time() {
    let guide = guide();
    let routine = guide
        .routines
        .iter()
        .max_by_key(|r| r.items.len())
        .expect("the guide has routines");
    let doc = page(
        &guide,
        &HandoutSubject::Routine(RoutineRef::Guide(routine.id.clone())),
        &MyRoutines::default(),
        None,
    );
    header(&doc, &routine.name);
    assert_eq!(texts(&doc, ".lead"), [collapse(&routine.summary)]);
    check_parts(&doc, &guide, &routine.name, &routine.items);
    let techniques: Vec<&Technique> = routine
        .items
        .iter()
        .filter_map(|i| guide.technique(&i.technique))
        .collect();
    // The areas the routine works: an item may keep its technique to some of them.
    let plan = Plan::routine(&guide, &routine.name, &routine.items);
    let regions: Vec<_> = plan.steps.iter().flat_map(|s| &s.regions).collect();
    assert_eq!(marked(&doc, &guide), ids(regions.iter().copied()));
    assert_eq!(
        graded(&doc, ".helps"),
        expected_graded(&guide, techniques.iter().flat_map(|t| &t.benefits))
    );
    assert_eq!(
        texts(&doc, ".stop-lines li"),
        stop_texts(&guide, &techniques)
    );
    cites(&doc, &guide, &routine.sources);
    for technique in &techniques {
        cites(&doc, &guide, &technique.sources);
    }
    let own: Vec<&massage_guide::data::SourceId> = routine
        .sources
        .iter()
        .chain(techniques.iter().flat_map(|t| &t.sources))
        .chain(stop_sources(&guide, &techniques))
        .collect();
    sources_match(&doc, &guide, &own);
    let flags = red_flag_groups(&doc, &guide);
    for flag in guide.red_flags() {
        let bears = flag.regions.is_empty()
            || flag.regions.iter().any(|r| regions.contains(&r))
            || techniques.iter().any(|t| t.cautions.contains(&flag.id));
        assert_eq!(flags.contains(&collapse(&flag.name)), bears, "{}", flag.id);
    }
    // Benefits and cautions once across the routine, however many techniques list them.
    for list in [".benefit .name", ".take-care .caution-name", ".red-flag"] {
        let all = texts(&doc, list);
        let once: BTreeSet<&String> = all.iter().collect();
        assert_eq!(once.len(), all.len(), "{list} without repeats");
    }
}

#[test]
fn a_routine_of_the_readers_own_is_printed_as_they_made_it() {
    let guide = guide();
    let mut mine = MyRoutines::default();
    let key = mine.create();
    let picks: Vec<&Technique> = guide.techniques.iter().rev().take(2).collect();
    for technique in &picks {
        mine.edit(key, RoutineEdit::Add(technique.id.clone()), &guide);
    }
    mine.edit(key, RoutineEdit::SetSeconds(0, 95), &guide);
    mine.edit(key, RoutineEdit::Move(1, 0), &guide);
    let name = "After work <b>shoulders</b> & \"back\"";
    mine.edit(key, RoutineEdit::Rename(name.to_owned()), &guide);
    let routine = mine.get(key).unwrap().clone();

    let doc = page(
        &guide,
        &HandoutSubject::Routine(RoutineRef::Mine(key)),
        &mine,
        None,
    );
    header(&doc, name);
    assert_eq!(count(&doc, "b"), 0, "the name is text, not markup");
    check_parts(&doc, &guide, name, &routine.items);
    assert_eq!(
        texts(&doc, ".session .part h3").last().unwrap(),
        &format!("2. {} {}", collapse(&picks[0].name), format_duration(95)),
        "moved and retimed as they left it"
    );
    assert_eq!(
        marked(&doc, &guide),
        ids(picks.iter().flat_map(|t| &t.regions))
    );
}

/// A region with something in every section.
fn rich_region(guide: &Guide) -> &Region {
    guide
        .regions
        .iter()
        .find(|r| {
            !guide.area_cautions(&r.id).is_empty()
                && guide.red_flags().any(|c| c.regions.contains(&r.id))
                && guide.benefits_for(&r.id).next().is_some()
                && guide.techniques_for(&r.id).next().is_some()
        })
        .expect("the guide has such a region")
}

#[test]
fn a_region_handout_has_its_anatomy_techniques_and_cautions() {
    let guide = guide();
    let region = rich_region(&guide);
    let doc = page(
        &guide,
        &HandoutSubject::Region(region.id.clone()),
        &MyRoutines::default(),
        None,
    );
    header(&doc, &region.display_name());
    assert_eq!(marked(&doc, &guide), ids([&region.id]));
    assert_eq!(
        count(&doc, "svg .strokes"),
        0,
        "no strokes without a technique"
    );
    assert!(texts(&doc, ".lead").contains(&collapse(&region.summary)));
    let muscles = texts(&doc, ".muscles strong");
    let expected: Vec<String> = guide
        .muscles_of(region)
        .map(|m| collapse(&m.name))
        .collect();
    assert_eq!(muscles, expected);
    let techniques: Vec<String> = guide
        .techniques_for(&region.id)
        .map(|t| collapse(&t.name))
        .collect();
    assert_eq!(texts(&doc, ".techniques .technique-name"), techniques);
    let metas: Vec<String> = guide
        .techniques_for(&region.id)
        .map(|t| {
            format!(
                "{} pressure · {}",
                t.pressure.label(),
                format_duration(t.total_seconds())
            )
        })
        .collect();
    assert_eq!(texts(&doc, ".techniques .meta"), metas, "one line each");
    assert_eq!(
        count(&doc, ".techniques .step"),
        0,
        "no steps: each has its own"
    );
    let (helps, not_shown): (Vec<_>, Vec<_>) = guide
        .benefits_for(&region.id)
        .partition(|b| b.evidence.is_supported());
    assert_eq!(
        graded(&doc, ".helps"),
        expected_graded(&guide, helps.iter().map(|b| &b.id))
    );
    assert_eq!(
        graded(&doc, ".not-shown"),
        expected_graded(&guide, not_shown.iter().map(|b| &b.id))
    );
    let cards: BTreeSet<String> = texts(&doc, ".take-care .caution .caution-name")
        .into_iter()
        .collect();
    assert!(cards.is_superset(&names(&guide.area_cautions(&region.id))));
    let flags: Vec<&Caution> = guide
        .red_flags()
        .filter(|c| c.regions.contains(&region.id))
        .collect();
    let shown = red_flag_groups(&doc, &guide);
    assert!(shown.is_superset(&names(&flags)));
    cites(&doc, &guide, &region.sources);
    // The area's page cites everything it shows, on paper as on screen: its muscles, the
    // techniques it lists, and the cautions it only names (anywhere on the back, for everyone,
    // red flags) as well as those it explains.
    let listed: BTreeSet<String> = texts(&doc, ".techniques .technique-name")
        .into_iter()
        .collect();
    let named: BTreeSet<String> = texts(&doc, ".take-care li.check .caution-name")
        .into_iter()
        .chain(shown)
        .collect();
    let own: Vec<&massage_guide::data::SourceId> = region
        .sources
        .iter()
        .chain(guide.muscles_of(region).flat_map(|m| &m.sources))
        .chain(
            guide
                .techniques
                .iter()
                .filter(|t| listed.contains(&collapse(&t.name)))
                .flat_map(|t| &t.sources),
        )
        .chain(
            guide
                .cautions
                .iter()
                .filter(|c| named.contains(&collapse(&c.name)))
                .flat_map(|c| &c.sources),
        )
        .collect();
    sources_match(&doc, &guide, &own);
}

fn yes(question: &QuestionId) -> Answers {
    let mut answers = Answers::default();
    answers.set(question.clone(), Some(true));
    answers
}

#[test]
fn answers_are_in_only_when_asked_for() {
    let guide = guide();
    let technique = rich_technique(&guide);
    // A question whose yes changes this technique without being a warning sign.
    let (question, answers) = guide
        .questions
        .iter()
        .map(|q| (q, yes(&q.id)))
        .find(|(_, answers)| {
            let profile = Profile::new(&guide, answers);
            !profile.advice(technique).is_empty() && profile.alerts().is_empty()
        })
        .expect("some answer changes the technique");
    let subject = HandoutSubject::Technique(technique.id.clone());
    let mine = MyRoutines::default();

    let with = page(&guide, &subject, &mine, Some(&answers));
    let check = texts(&with, ".your-check").join(" ");
    assert!(check.contains(&collapse(&question.ask)), "{check}");
    let profile = Profile::new(&guide, &answers);
    let verdicts: Vec<String> = profile
        .advice(technique)
        .marks
        .iter()
        .map(|m| match m.verdict {
            TechniqueVerdict::Avoid(because) => collapse(&format!("Avoid for you: {because}")),
            TechniqueVerdict::Modify(how) => collapse(&format!("For you: {how}")),
        })
        .collect();
    assert_eq!(texts(&with, ".your-check .verdict"), verdicts);
    assert_eq!(count(&with, ".warning"), 0);

    let without = page(&guide, &subject, &mine, None);
    assert_eq!(count(&without, ".your-check"), 0);
    assert!(!whole_text(&without).contains(&collapse(&question.ask)));

    let unanswered = page(&guide, &subject, &mine, Some(&Answers::default()));
    assert_eq!(
        texts(&unanswered, ".your-check p"),
        ["The safety check has not been answered yet."]
    );
}

#[test]
fn a_warning_sign_in_the_answers_comes_first() {
    let guide = guide();
    let region = rich_region(&guide);
    let (_, answers) = guide
        .questions
        .iter()
        .map(|q| (q, yes(&q.id)))
        .find(|(_, answers)| !Profile::new(&guide, answers).alerts().is_empty())
        .expect("some answer is a warning sign");
    let doc = page(
        &guide,
        &HandoutSubject::Region(region.id.clone()),
        &MyRoutines::default(),
        Some(&answers),
    );
    let profile = Profile::new(&guide, &answers);
    let warning = texts(&doc, ".warning").join(" ");
    assert!(warning.starts_with("Warning sign in your safety check: do not massage."));
    for alert in profile.alerts() {
        assert!(
            warning.contains(&collapse(&alert.caution.name)),
            "{warning}"
        );
    }
    let applied: Vec<&Caution> = profile
        .for_region(region)
        .iter()
        .map(|a| a.caution)
        .collect();
    let cards: BTreeSet<String> = texts(&doc, ".your-check .caution-name")
        .into_iter()
        .collect();
    assert_eq!(cards, names(&applied));
}

#[test]
fn guide_texts_are_escaped() {
    let mut guide = guide();
    let hostile = "<script>alert(\"name\")</script> & <b onclick='x'>Glide</b>";
    let summary = "<img src=x onerror=alert(1)> Soft strokes.";
    let step = "</li></ol><script>alert(2)</script><a href=\"http://evil.example\">more</a>";
    let technique = rich_technique(&guide).id.clone();
    let region = rich_technique(&guide).regions[0].clone();
    {
        let t = guide
            .techniques
            .iter_mut()
            .find(|t| t.id == technique)
            .unwrap();
        t.name = hostile.to_owned();
        t.summary = summary.to_owned();
        t.steps[0].text = step.to_owned();
    }
    guide
        .regions
        .iter_mut()
        .find(|r| r.id == region)
        .unwrap()
        .name = "<svg onload=alert(3)>".to_owned();
    let doc = page(
        &guide,
        &HandoutSubject::Technique(technique),
        &MyRoutines::default(),
        None,
    );
    header(&doc, hostile);
    assert_eq!(texts(&doc, ".lead"), [collapse(summary)]);
    assert_eq!(texts(&doc, ".step .step-text")[0], collapse(step));
    assert!(
        texts(&doc, "dl.facts")
            .join(" ")
            .contains("<svg onload=alert(3)>")
    );
    assert!(
        texts(&doc, "svg > title")
            .join(" ")
            .contains("<svg onload=alert(3)>")
    );
}

/// The most text a handout of each kind may print, in characters: the longest built-in one of
/// each kind with a little room. An A4 page in this layout holds about 4,000 to 5,000
/// characters (steps in one column, lists in two, sources in three).
const TECHNIQUE_CHARS: usize = 14_000;
const ROUTINE_CHARS: usize = 20_000;
/// An area's handout cites everything its page shows, as the screen does: the sources of its
/// techniques and of the cautions it only names (for everyone, anywhere on the back, red
/// flags) added about 8,600 characters to the longest, in the three columns of the sources.
const AREA_CHARS: usize = 27_500;

/// The text a reader sees on paper (no style sheet, no map), in characters.
fn printed_length(doc: &Html) -> usize {
    doc.select(&sel("body"))
        .flat_map(|body| body.descendants())
        .filter(|node| {
            node.ancestors().all(|a| {
                a.value()
                    .as_element()
                    .is_none_or(|e| !matches!(e.name(), "svg" | "style"))
            })
        })
        .filter_map(|node| node.value().as_text().map(|t| collapse(t).chars().count()))
        .sum()
}

/// A handout is short: every built-in technique, routine and area stays under a length that
/// prints on at most 4, 5 and 4 A4 or Letter pages (measured with `scripts/handout_pdf.sh`, down
/// from 9, 12 and 12; most techniques take 3, the massage gun with its many cautions 4). A guard against the handouts growing back, without a browser.
#[test]
fn handouts_stay_short() {
    let guide = guide();
    let mine = MyRoutines::default();
    let mut longest = [0_usize; 3];
    for (n, subjects) in [
        guide
            .techniques
            .iter()
            .map(|t| HandoutSubject::Technique(t.id.clone()))
            .collect::<Vec<_>>(),
        guide
            .routines
            .iter()
            .map(|r| HandoutSubject::Routine(RoutineRef::Guide(r.id.clone())))
            .collect(),
        guide
            .regions
            .iter()
            .map(|r| HandoutSubject::Region(r.id.clone()))
            .collect(),
    ]
    .iter()
    .enumerate()
    {
        for subject in subjects {
            let length = printed_length(&page(&guide, subject, &mine, None));
            longest[n] = longest[n].max(length);
        }
    }
    println!("longest printed text: technique, routine, area: {longest:?}");
    let [technique, routine, area] = longest;
    assert!(
        technique <= TECHNIQUE_CHARS,
        "a technique: {technique} characters"
    );
    assert!(routine <= ROUTINE_CHARS, "a routine: {routine} characters");
    assert!(area <= AREA_CHARS, "an area: {area} characters");
}

/// Every country's own numbers on a handout's stop lines and red flags, and no other's.
#[test]
fn a_handout_names_the_readers_countrys_numbers() {
    let built_in = load_guide(&GuideFiles::embedded()).expect("the built-in guide loads");
    let routine = &built_in.routines[0];
    for country in &built_in.countries {
        let guide = built_in.localized(Some(&country.id));
        let doc = page(
            &guide,
            &HandoutSubject::Routine(RoutineRef::Guide(routine.id.clone())),
            &MyRoutines::default(),
            None,
        );
        let stop = texts(&doc, ".stop").join(" ");
        let all = texts(&doc, "body").join(" ");
        assert!(
            !all.contains('{'),
            "{}: a placeholder left in {all}",
            country.id
        );
        let emergency = format!("Call {} now.", country.emergency);
        assert!(
            stop.contains(&emergency),
            "{}: {emergency} in {stop}",
            country.id
        );
        let today = format!("Get help today from {}.", country.today);
        assert!(stop.contains(&today), "{}: {today} in {stop}", country.id);
        for other in built_in
            .countries
            .iter()
            .filter(|o| o.emergency != country.emergency)
        {
            let theirs = format!("Call {} now.", other.emergency);
            assert!(!stop.contains(&theirs), "{}: {theirs}", country.id);
        }
    }
}
