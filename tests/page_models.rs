//! One page model, two renderers: the screen and the handout of every region and technique of
//! the built-in guide cite the same sources and list the same cautions; and the models
//! themselves, on a small guide whose every item cites a source of its own, give the lists
//! written out here by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::app_with;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use massage_guide::App;
use massage_guide::data::{
    Caution, CautionId, CautionKind, Guide, RegionId, RoutineId, SourceId, TechniqueId,
};
use massage_guide::handout::{HandoutOptions, HandoutSubject, handout};
use massage_guide::page_model::{RegionPage, RoutinePage, TechniquePage};
use massage_guide::practice::Plan;
use massage_guide::reader_data::{MyRoutines, RoutineRef};
use massage_guide::safety::{Answers, Profile};
use massage_guide::state::{AppState, Page};
use scraper::{ElementRef, Html, Selector};

// ---- The screen and the handout of the built-in guide ----

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(element: ElementRef<'_>) -> String {
    collapse(&element.text().collect::<String>())
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&Selector::parse(css).unwrap())
        .map(text_of)
        .collect()
}

/// The handout of `subject` without the reader's answers, parsed.
fn handout_of(guide: &Guide, subject: &HandoutSubject) -> Html {
    let made = handout(
        guide,
        subject,
        &MyRoutines::default(),
        &HandoutOptions::default(),
    )
    .expect("the handout is made");
    Html::parse_document(&made.html)
}

/// The titles of the sources a handout lists, sorted (two sources may share a title).
fn handout_sources(doc: &Html) -> Vec<String> {
    let mut titles = texts(doc, ".sources li.source cite");
    titles.sort();
    titles
}

/// The page on screen, as a reader who answered nothing sees it.
fn screen(page: Page, selected: Option<RegionId>) -> Harness<'static, App> {
    let mut harness = app_with(&AppState {
        safety_check_offered: true,
        page,
        selected,
        ..AppState::default()
    });
    harness.run();
    harness
}

/// The titles of the sources the page on screen links to under its "Sources (n)" heading,
/// sorted, after checking that the heading counts them. (A source's title may also be the name
/// of a page the panel links to, e.g. "Back pain".)
fn screen_sources(harness: &Harness<'_, App>, guide: &Guide) -> Vec<String> {
    let titles: Vec<String> = guide.sources.iter().map(|s| collapse(&s.title)).collect();
    let mut heading = None;
    let mut shown: Vec<String> = Vec::new();
    for node in harness.query_all_by(|_| true) {
        let node = node.accesskit_node();
        if let Some(value) = node.value().filter(|v| v.starts_with("Sources (")) {
            heading = Some(value);
            shown.clear();
        } else if heading.is_some()
            && node.role() == Role::Link
            && let Some(label) = node.label().map(|l| collapse(&l))
            && titles.contains(&label)
        {
            shown.push(label);
        }
    }
    if let Some(heading) = heading {
        assert_eq!(
            heading,
            format!("Sources ({})", shown.len()),
            "the heading counts the links"
        );
    }
    shown.sort();
    shown
}

fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
        || harness.query_all_by_label(text).next().is_some()
}

/// The caution names under each heading of a handout's "Take care" section, in order: the
/// cards' heading (an `h3`) or a checklist's ("Anywhere on the back."), with its names.
fn take_care(doc: &Html) -> Vec<(String, Vec<String>)> {
    let section = doc
        .select(&Selector::parse("section.take-care").unwrap())
        .next()
        .expect("a Take care section");
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    for child in section.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "h3" => lists.push((text_of(child), Vec::new())),
            "p" => {
                let head = child
                    .select(&Selector::parse("strong").unwrap())
                    .map(text_of)
                    .collect::<String>();
                lists.push((head, Vec::new()));
            }
            "ul" => {
                let names = Selector::parse(".caution-name").unwrap();
                let names = child.select(&names).map(text_of);
                lists.last_mut().expect("a heading first").1.extend(names);
            }
            _ => {}
        }
    }
    lists
}

fn list<'a>(lists: &'a [(String, Vec<String>)], heading: &str) -> &'a [String] {
    lists
        .iter()
        .find(|(h, _)| h == heading)
        .map_or(&[], |(_, names)| names.as_slice())
}

#[test]
fn every_region_cites_the_same_sources_and_lists_the_same_cautions_on_screen_and_on_paper() {
    let guide = common::ui::guide();
    for region in &guide.regions {
        let name = region.display_name();
        let doc = handout_of(&guide, &HandoutSubject::Region(region.id.clone()));
        let harness = screen(Page::Guide, Some(region.id.clone()));
        assert!(shows(&harness, &name), "{name} is on screen");

        let paper = handout_sources(&doc);
        assert!(!paper.is_empty(), "{name}: the handout cites sources");
        assert_eq!(screen_sources(&harness, &guide), paper, "{name}: sources");

        let lists = take_care(&doc);
        let area = list(&lists, "For this area");
        let heading = format!("Cautions for this area ({})", area.len());
        assert!(shows(&harness, &heading), "{name}: {heading}");
        for caution in area {
            assert!(shows(&harness, caution), "{name}: {caution} on screen");
        }
        // Folded on screen: their headers count them.
        for (paper_heading, screen_heading) in [
            ("Anywhere on the back.", "Anywhere on the back"),
            ("For everyone.", "Cautions for everyone"),
        ] {
            let names = list(&lists, paper_heading);
            if !names.is_empty() {
                let header = format!("{screen_heading} ({})", names.len());
                assert!(shows(&harness, &header), "{name}: {header}");
            }
        }
        let flags = texts(&doc, ".stop .red-flag");
        if !flags.is_empty() {
            let heading = format!("Red flags: stop and get help ({})", flags.len());
            assert!(shows(&harness, &heading), "{name}: {heading}");
        }
        for flag in &flags {
            assert!(shows(&harness, flag), "{name}: red flag {flag} on screen");
        }
    }
}

#[test]
fn every_technique_cites_the_same_sources_and_names_its_cautions_on_screen_and_on_paper() {
    let guide = common::ui::guide();
    for technique in &guide.techniques {
        let name = &technique.name;
        let doc = handout_of(&guide, &HandoutSubject::Technique(technique.id.clone()));
        let harness = screen(Page::Technique(technique.id.clone()), None);
        let paper = handout_sources(&doc);
        assert!(!paper.is_empty(), "{name}: the handout cites sources");
        assert_eq!(screen_sources(&harness, &guide), paper, "{name}: sources");
        // The cautions the handout says in its own words are named on the page, and every
        // one the page names is on the handout (its own, or among those for everyone).
        let lists = take_care(&doc);
        let own = list(&lists, "For this technique");
        for caution in own {
            assert!(
                shows(&harness, &format!("•  {caution}")),
                "{name}: {caution} on screen"
            );
        }
        let on_paper: Vec<&String> = lists.iter().flat_map(|(_, names)| names).collect();
        for caution in technique.cautions.iter().filter_map(|id| guide.caution(id)) {
            if caution.kind != CautionKind::RedFlag {
                let named = collapse(&caution.name);
                assert!(on_paper.contains(&&named), "{name}: {named} on the handout");
            }
        }
    }
}

/// The titles of the sources linked anywhere on screen, sorted.
fn linked_sources(harness: &Harness<'_, App>, guide: &Guide) -> Vec<String> {
    let titles: Vec<String> = guide.sources.iter().map(|s| collapse(&s.title)).collect();
    let mut shown: Vec<String> = harness
        .query_all_by_role(Role::Link)
        .filter_map(|node| node.accesskit_node().label().map(|l| collapse(&l)))
        .filter(|label| titles.contains(label))
        .collect();
    shown.sort();
    shown
}

#[test]
fn every_routine_cites_the_same_sources_on_its_card_and_on_paper() {
    let guide = common::ui::guide();
    for routine in &guide.routines {
        let name = &routine.name;
        let subject = HandoutSubject::Routine(RoutineRef::Guide(routine.id.clone()));
        let paper = handout_sources(&handout_of(&guide, &subject));
        assert!(!paper.is_empty(), "{name}: the handout cites sources");
        let mut harness = screen(Page::Routines, None);
        let before = linked_sources(&harness, &guide);
        let fold = format!("Sources of {name}");
        harness.get_by_label(&fold).scroll_to_me();
        harness.run();
        harness.get_by_label(&fold).click();
        harness.run();
        // What the opened fold adds (the page may link to a source elsewhere too).
        let mut added = linked_sources(&harness, &guide);
        for title in &before {
            let at = added.iter().position(|t| t == title).unwrap();
            added.remove(at);
        }
        assert_eq!(added, paper, "{name}: sources");
    }
}

// ---- The models on a small guide, answers written by hand ----

fn source(id: &str) -> SourceId {
    SourceId(id.to_owned())
}

fn ids<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    items.into_iter().map(str::to_owned).collect()
}

fn caution_ids(cautions: &[&Caution]) -> Vec<String> {
    cautions.iter().map(|c| c.id.0.clone()).collect()
}

fn source_ids(sources: &[&SourceId]) -> Vec<String> {
    sources.iter().map(|s| s.0.clone()).collect()
}

/// The minimal fixture (areas `back_left` and `spine`; technique `glide` on `back_left`, which
/// lists the caution `bones` on `spine`; the caution for everyone `fever`; routine `short`),
/// with two cautions more (`skin`, on both areas, and the red flag `numb` on `back_left`) and a
/// source of its own for every item.
fn small() -> Guide {
    let mut guide = common::minimal();
    let like = |id: &str, kind, regions: &[&str]| {
        let mut caution = guide.cautions[0].clone();
        caution.id = CautionId(id.to_owned());
        caution.name = id.to_owned();
        caution.kind = kind;
        caution.regions = regions.iter().map(|r| RegionId((*r).to_owned())).collect();
        caution.sources = vec![source(&format!("{id}_src"))];
        caution
    };
    let skin = like("skin", CautionKind::Local, &["back_left", "spine"]);
    let numb = like("numb", CautionKind::RedFlag, &["back_left"]);
    guide.cautions.extend([skin, numb]);
    for caution in &mut guide.cautions {
        caution.sources = vec![source(&format!("{}_src", caution.id.0))];
    }
    for region in &mut guide.regions {
        region.sources = vec![source(&format!("{}_src", region.id.0))];
    }
    guide.techniques[0].sources = vec![source("glide_src")];
    guide.benefits[0].sources = vec![source("relax_src")];
    guide.muscles[0].sources = vec![source("erector_src")];
    guide.routines[0].sources = vec![source("short_src")];
    guide
}

#[test]
fn a_region_page_lists_its_anatomy_techniques_benefits_cautions_and_every_source_once() {
    let guide = small();
    let answers = Answers::default();
    let profile = Profile::new(&guide, &answers);
    let back = guide.region(&RegionId("back_left".into())).unwrap();
    let page = RegionPage::new(&guide, back, &profile);
    let muscles: Vec<&str> = page.muscles.iter().map(|m| m.id.0.as_str()).collect();
    assert_eq!(muscles, ["erector_spinae"]);
    let techniques: Vec<&str> = page
        .techniques
        .iter()
        .map(|(t, _)| t.id.0.as_str())
        .collect();
    assert_eq!(techniques, ["glide"]);
    assert!(page.techniques[0].1.is_empty(), "no answers, no advice");
    let benefits: Vec<&str> = page.benefits.iter().map(|b| b.id.0.as_str()).collect();
    assert_eq!(benefits, ["relax"]);
    assert!(
        page.cautions.area.is_empty(),
        "`bones` is on the spine only"
    );
    assert_eq!(caution_ids(&page.cautions.whole_back), ids(["skin"]));
    assert_eq!(caution_ids(&page.cautions.general), ids(["fever"]));
    assert_eq!(caution_ids(&page.cautions.red_flags), ids(["numb"]));
    assert_eq!(
        source_ids(&page.sources),
        ids([
            "back_left_src",
            "erector_src",
            "glide_src",
            "relax_src",
            "skin_src",
            "fever_src",
            "numb_src"
        ])
    );
    assert!(page.levels.starts_with(&format!("Levels {}", back.levels)));

    let spine = guide.region(&RegionId("spine".into())).unwrap();
    let page = RegionPage::new(&guide, spine, &profile);
    assert!(page.muscles.is_empty() && page.techniques.is_empty() && page.benefits.is_empty());
    assert_eq!(caution_ids(&page.cautions.area), ids(["bones"]));
    assert_eq!(caution_ids(&page.cautions.whole_back), ids(["skin"]));
    assert_eq!(caution_ids(&page.cautions.general), ids(["fever"]));
    assert!(page.cautions.red_flags.is_empty(), "`numb` is on back_left");
    assert_eq!(
        source_ids(&page.sources),
        ids(["spine_src", "bones_src", "skin_src", "fever_src"])
    );
}

#[test]
fn a_technique_page_cites_what_it_says_in_its_own_words() {
    let guide = small();
    let answers = Answers::default();
    let profile = Profile::new(&guide, &answers);
    let glide = guide.technique(&TechniqueId("glide".into())).unwrap();
    let page = TechniquePage::new(&guide, glide, &profile);
    assert_eq!(page.helps.len(), 1);
    assert_eq!(page.helps[0].id.0, "relax");
    assert!(page.not_shown.is_empty());
    assert_eq!(caution_ids(&page.cautions.own), ids(["bones"]));
    assert_eq!(caution_ids(&page.cautions.general), ids(["fever"]));
    assert_eq!(caution_ids(&page.cautions.red_flags), ids(["numb"]));
    let signs: Vec<&str> = page
        .cautions
        .stop_lines
        .iter()
        .map(|l| l.sign.sign.as_str())
        .collect();
    assert_eq!(signs, ["it hurts"]);
    // Named only, the lists for everyone and the red flags cite nothing here.
    assert_eq!(
        source_ids(&page.sources),
        ids(["glide_src", "relax_src", "bones_src"])
    );
}

#[test]
fn a_routine_page_cites_itself_then_its_techniques() {
    let guide = small();
    let answers = Answers::default();
    let profile = Profile::new(&guide, &answers);
    let routine = guide.routine(&RoutineId("short".into())).unwrap();
    let plan = Plan::routine(&guide, &routine.name, &routine.items);
    let page = RoutinePage::new(&guide, &plan, &routine.sources, &profile);
    let techniques: Vec<&str> = page.techniques().iter().map(|t| t.id.0.as_str()).collect();
    assert_eq!(techniques, ["glide"]);
    let regions: Vec<&str> = page.regions.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(regions, ["back_left"]);
    assert_eq!(caution_ids(&page.cautions.own), ids(["bones"]));
    assert_eq!(caution_ids(&page.cautions.red_flags), ids(["numb"]));
    assert_eq!(
        source_ids(&page.sources),
        ids(["short_src", "glide_src", "relax_src", "bones_src"])
    );
}

#[test]
fn whole_back_cautions_are_those_naming_every_area_but_red_flags() {
    let guide = small();
    let whole: Vec<String> = guide
        .whole_back_cautions(&RegionId("spine".into()))
        .iter()
        .map(|c| c.id.0.clone())
        .collect();
    assert_eq!(whole, ids(["skin"]));
    let mut flagged = guide.clone();
    flagged
        .cautions
        .iter_mut()
        .find(|c| c.id.0 == "numb")
        .unwrap()
        .regions = vec![RegionId("back_left".into()), RegionId("spine".into())];
    let whole: Vec<String> = flagged
        .whole_back_cautions(&RegionId("spine".into()))
        .iter()
        .map(|c| c.id.0.clone())
        .collect();
    assert_eq!(
        whole,
        ids(["skin"]),
        "a red flag on every area stays a red flag"
    );
}
