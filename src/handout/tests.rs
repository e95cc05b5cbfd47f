use super::html::{file_stem, num};
use super::*;
use crate::data::{Direction, GuideFiles, RoutineItem, load_guide};
use crate::practice::PlannedStep;
use crate::reader_data::{RoutineEdit, RoutineKey};

fn guide() -> Guide {
    load_guide(&GuideFiles::embedded()).expect("the built-in guide loads")
}

fn make(guide: &Guide, subject: &HandoutSubject) -> Result<Handout, HandoutError> {
    handout(
        guide,
        subject,
        &MyRoutines::default(),
        &HandoutOptions::default(),
    )
}

#[test]
fn escape_covers_markup_and_quotes() {
    assert_eq!(
        escape(r#"<script>alert("x") & 'y'</script>"#),
        "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
    );
    assert!(matches!(
        escape("Plain – words"),
        std::borrow::Cow::Borrowed("Plain – words")
    ));
}

#[test]
fn numbers_are_short() {
    assert_eq!(num(10.0), "10");
    assert_eq!(num(41.26), "41.3");
    assert_eq!(num(-0.04), "0");
    assert_eq!(num(-12.96), "-13");
}

#[test]
fn file_names_are_plain() {
    assert_eq!(
        file_stem("Palm gliding (effleurage)"),
        "palm-gliding-effleurage"
    );
    assert_eq!(file_stem("<script>x</script>"), "script-x-script");
    assert_eq!(file_stem("Rücken, links"), "rücken-links");
    assert_eq!(file_stem("!!!"), "handout");
    assert!(file_stem(&"word ".repeat(40)).chars().count() <= 60);
    let handout = make(
        &guide(),
        &HandoutSubject::Region(RegionId("lumbar_left".to_owned())),
    )
    .unwrap();
    assert_eq!(handout.file_name, "lumbar-left-side.html");
    assert_eq!(handout.title, "Lumbar, left side");
}

#[test]
fn what_is_missing_is_an_error() {
    let guide = guide();
    let technique = TechniqueId("no_such_technique".to_owned());
    assert_eq!(
        make(&guide, &HandoutSubject::Technique(technique.clone())),
        Err(HandoutError::NoTechnique(technique))
    );
    let routine = RoutineId("no_such_routine".to_owned());
    assert_eq!(
        make(
            &guide,
            &HandoutSubject::Routine(RoutineRef::Guide(routine.clone()))
        ),
        Err(HandoutError::NoRoutine(routine))
    );
    assert_eq!(
        make(
            &guide,
            &HandoutSubject::Routine(RoutineRef::Mine(RoutineKey(7)))
        ),
        Err(HandoutError::NoRoutineOfYours(RoutineKey(7)))
    );
    let region = RegionId("no_such_region".to_owned());
    assert_eq!(
        make(&guide, &HandoutSubject::Region(region.clone())),
        Err(HandoutError::NoRegion(region))
    );
}

#[test]
fn a_routine_with_nothing_to_do_is_an_error() {
    let guide = guide();
    let mut mine = MyRoutines::default();
    let empty = mine.create();
    let gone = mine.create();
    mine.edit(
        gone,
        RoutineEdit::Add(TechniqueId("dropped_by_a_later_guide".to_owned())),
        &guide,
    );
    for key in [empty, gone] {
        let name = mine.get(key).unwrap().name.clone();
        let result = handout(
            &guide,
            &HandoutSubject::Routine(RoutineRef::Mine(key)),
            &mine,
            &HandoutOptions::default(),
        );
        assert_eq!(result, Err(HandoutError::EmptyRoutine(name)));
    }
}

#[test]
fn a_missing_technique_is_named_and_left_out() {
    let guide = guide();
    let mut mine = MyRoutines::default();
    let key = mine.create();
    for id in ["palm_effleurage", "dropped_by_a_later_guide"] {
        mine.edit(key, RoutineEdit::Add(TechniqueId(id.to_owned())), &guide);
    }
    let handout = handout(
        &guide,
        &HandoutSubject::Routine(RoutineRef::Mine(key)),
        &mine,
        &HandoutOptions::default(),
    )
    .unwrap();
    assert!(handout.html.contains("dropped_by_a_later_guide"));
    assert!(
        handout
            .html
            .contains("is not in this guide, so it is left out")
    );
}

fn step(region: &str, seconds: u32, directions: &[Direction], first: bool) -> PlannedStep {
    PlannedStep {
        technique: TechniqueId("t".to_owned()),
        technique_name: "T".to_owned(),
        item: 0,
        step: usize::from(!first),
        step_of_technique: (usize::from(!first), 2),
        text: String::new(),
        seconds,
        pressure: crate::data::Pressure::Light,
        directions: directions.to_vec(),
        regions: vec![RegionId(region.to_owned())],
    }
}

#[test]
fn each_area_gets_its_longest_stroke() {
    use Direction::{Circular, Longitudinal, Static};
    let steps = [
        step("a", 60, &[Longitudinal], true),
        step("a", 90, &[Circular], false),
        step("b", 30, &[Static], true),
        // Shared between two directions: 20 s each, so Static has 50 s to Longitudinal's 20.
        step("b", 40, &[Longitudinal, Static], false),
        step("c", 20, &[], true),
    ];
    let main = shared::main_strokes(&steps);
    let region = |id: &str| RegionId(id.to_owned());
    assert_eq!(
        main,
        vec![(region("a"), Circular), (region("b"), Static)],
        "one stroke per area with strokes, none where the steps move no hands"
    );
}

#[test]
fn a_routine_part_per_item_even_when_one_technique_comes_twice() {
    let guide = guide();
    let items = [
        RoutineItem::new(TechniqueId("palm_effleurage".to_owned()), 60),
        RoutineItem::new(TechniqueId("palm_effleurage".to_owned()), 90),
    ];
    let plan = Plan::routine(&guide, "Twice", &items);
    let parts = routine::parts_of(&plan.steps);
    assert_eq!(parts.len(), 2);
    let seconds: Vec<u32> = parts
        .iter()
        .map(|p| p.iter().map(|s| s.seconds).sum())
        .collect();
    assert_eq!(seconds, [60, 90]);
}

#[test]
fn a_source_that_is_not_a_web_address_is_no_link() {
    let mut guide = guide();
    let technique = guide.techniques[0].clone();
    let source = guide
        .sources
        .iter_mut()
        .find(|s| technique.sources.contains(&s.id))
        .unwrap();
    source.url = "javascript:alert(1)".to_owned();
    let html = make(&guide, &HandoutSubject::Technique(technique.id))
        .unwrap()
        .html;
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("<span class=\"url\">javascript:alert(1)</span>"));
}

#[test]
fn the_map_is_written_from_parsed_numbers() {
    let mut guide = guide();
    // A path a validated guide would not have; were it copied, the quote would end the attribute.
    guide.diagram.body = crate::data::PathData("M 0 0 L 10 0 L 10 10 Z\" onload=\"x".to_owned());
    let html = make(&guide, &HandoutSubject::Region(RegionId("neck".to_owned())))
        .unwrap()
        .html;
    assert!(!html.contains("onload"));
}
