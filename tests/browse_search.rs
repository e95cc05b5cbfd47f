//! The logic behind browsing, searching and guided practice, on the built-in guide and on
//! hand-made plans: filters and counts, where searches land, how a session's clock runs.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use massage_guide::browse::{Filters, SortBy};
use massage_guide::data::{
    CautionId, Giver, Guide, Pressure, RegionId, RoutineId, RoutineItem, TechniqueId, Tool,
};
use massage_guide::practice::{Clock, Plan, Session, Tick};
use massage_guide::reader_data::{Favourites, MyRoutines, RoutineEdit};
use massage_guide::search::{Group, Kind, SearchIndex, Target, word_match};

fn guide() -> Guide {
    common::built_in()
}

fn ids(list: &[&massage_guide::data::Technique]) -> Vec<String> {
    list.iter().map(|t| t.id.to_string()).collect()
}

fn describe(groups: &[Group]) -> String {
    groups
        .iter()
        .map(|g| {
            let hits: Vec<_> = g
                .hits
                .iter()
                .map(|h| format!("{} ({:.2})", h.title, h.score))
                .collect();
            format!("{:?}: {}\n", g.kind, hits.join("; "))
        })
        .collect()
}

/// The first hit of the search: what Enter opens.
fn top(index: &SearchIndex, query: &str) -> (Kind, Target, String) {
    let groups = index.search(query);
    let hit = groups
        .first()
        .and_then(|g| g.hits.first())
        .unwrap_or_else(|| panic!("no hit for {query:?}"));
    (hit.kind, hit.target.clone(), hit.title.clone())
}

fn targets_of(groups: &[Group], kind: Kind) -> Vec<Target> {
    groups
        .iter()
        .filter(|g| g.kind == kind)
        .flat_map(|g| g.hits.iter().map(|h| h.target.clone()))
        .collect()
}

#[test]
fn each_filter_keeps_exactly_the_techniques_that_pass_it() {
    let guide = guide();
    let none = Favourites::default();
    let all = Filters::default().apply(&guide, &none);
    assert_eq!(all.len(), guide.techniques.len());

    let lumbar = RegionId("lumbar_left".into());
    let by_region = Filters {
        region: Some(lumbar.clone()),
        ..Filters::default()
    };
    let found = by_region.apply(&guide, &none);
    assert!(!found.is_empty() && found.len() < all.len());
    assert!(found.iter().all(|t| t.regions.contains(&lumbar)));
    let expected: Vec<_> = guide
        .techniques_for(&lumbar)
        .map(|t| t.id.to_string())
        .collect();
    assert_eq!(ids(&found), expected);

    let roller = Filters {
        tool: Some(Tool::FoamRoller),
        ..Filters::default()
    };
    let found = roller.apply(&guide, &none);
    // Only the buttocks: a roller across the upper back would roll over the spine's bumps.
    assert_eq!(ids(&found), vec!["foam_roller_hips"]);

    let gentle_self = Filters {
        givers: vec![Giver::SelfMassage],
        firmest: Pressure::Light,
        ..Filters::default()
    };
    for technique in gentle_self.apply(&guide, &none) {
        assert!(technique.givers.contains(&Giver::SelfMassage));
        assert!(technique.pressure <= Pressure::Light);
    }

    let short = Filters {
        max_minutes: Some(5),
        ..Filters::default()
    };
    let found = short.apply(&guide, &none);
    assert!(found.iter().all(|t| t.total_seconds() <= 300));
    let longer = guide.techniques.iter().filter(|t| t.total_seconds() > 300);
    assert_eq!(found.len() + longer.count(), guide.techniques.len());
}

#[test]
fn counts_say_what_a_choice_would_leave_and_sorting_orders_the_list() {
    let guide = guide();
    let mut favourites = Favourites::default();
    let filters = Filters {
        givers: vec![Giver::Partner],
        ..Filters::default()
    };
    for tool in [Tool::Hands, Tool::FoamRoller, Tool::Thumbs] {
        let counted = filters.count_with(&guide, &favourites, |f| f.tool = Some(tool));
        let listed = Filters {
            tool: Some(tool),
            ..filters.clone()
        }
        .apply(&guide, &favourites)
        .len();
        assert_eq!(counted, listed, "{tool:?}");
    }
    // No partner technique uses a foam roller.
    assert_eq!(
        filters.count_with(&guide, &favourites, |f| f.tool = Some(Tool::FoamRoller)),
        0
    );

    favourites.toggle(&TechniqueId("tapotement".into()));
    favourites.toggle(&TechniqueId("skin_rolling".into()));
    let starred = Filters {
        favourites_only: true,
        ..Filters::default()
    };
    assert_eq!(
        ids(&starred.apply(&guide, &favourites)),
        vec!["tapotement", "skin_rolling"]
    );
    favourites.toggle(&TechniqueId("tapotement".into()));
    assert_eq!(
        ids(&starred.apply(&guide, &favourites)),
        vec!["skin_rolling"]
    );

    let by = |sort| {
        Filters {
            sort,
            ..Filters::default()
        }
        .apply(&guide, &favourites)
    };
    let durations: Vec<_> = by(SortBy::Duration)
        .iter()
        .map(|t| t.total_seconds())
        .collect();
    assert!(durations.is_sorted());
    let pressures: Vec<_> = by(SortBy::Pressure).iter().map(|t| t.pressure).collect();
    assert!(pressures.is_sorted());
    let names: Vec<_> = by(SortBy::Name)
        .iter()
        .map(|t| t.name.to_lowercase())
        .collect();
    assert!(names.is_sorted());
}

#[test]
fn sciatica_finds_the_caution_the_complaint_and_the_nerve() {
    let index = SearchIndex::new(&guide());
    let groups = index.search("sciatica");
    let (kind, target, _) = top(&index, "sciatica");
    assert_eq!(
        (kind, target),
        (
            Kind::Caution,
            Target::Caution(CautionId("sciatica_assess_first".into()))
        ),
        "{}",
        describe(&groups)
    );
    // The hips name it as a common complaint.
    let symptoms = targets_of(&groups, Kind::Symptom);
    assert!(
        symptoms.contains(&Target::Region(RegionId("hip_left".into()))),
        "{}",
        describe(&groups)
    );
    // A typo still lands in the same place.
    assert_eq!(
        top(&index, "siatica").1,
        Target::Caution(CautionId("sciatica_assess_first".into()))
    );
    assert_eq!(
        top(&index, "sciatcia").1,
        Target::Caution(CautionId("sciatica_assess_first".into()))
    );
}

#[test]
fn foam_roller_finds_the_roller_techniques_the_tool_and_the_routine() {
    let index = SearchIndex::new(&guide());
    let rollers = [Target::Technique(TechniqueId("foam_roller_hips".into()))];
    let tool = Target::Tool(Tool::FoamRoller);
    for query in ["foam roller", "Foam roller", "foam roler", "roller"] {
        let groups = index.search(query);
        // Enter opens the browser on the tool, or one of the roller techniques.
        let first = top(&index, query).1;
        assert!(
            first == tool || rollers.contains(&first),
            "{query}: {}",
            describe(&groups)
        );
        let techniques = targets_of(&groups, Kind::Technique);
        for roller in &rollers {
            assert!(
                techniques[..1].contains(roller),
                "{query}: {}",
                describe(&groups)
            );
        }
        assert!(targets_of(&groups, Kind::Tool).contains(&tool));
        assert!(
            targets_of(&groups, Kind::Routine)
                .contains(&Target::Routine(RoutineId("self_ball_and_roller".into()))),
            "{query}: {}",
            describe(&groups)
        );
    }
}

#[test]
fn rhomboid_finds_the_muscle_and_where_it_lies() {
    let guide = guide();
    let index = SearchIndex::new(&guide);
    for query in ["rhomboid", "rhomboids", "Rhomboyd", "rhomb"] {
        let groups = index.search(query);
        assert_eq!(
            groups[0].kind,
            Kind::Muscle,
            "{query}: {}",
            describe(&groups)
        );
        let muscles = targets_of(&groups, Kind::Muscle);
        assert_eq!(
            muscles[0],
            Target::Muscle(massage_guide::data::MuscleId("rhomboids".into())),
            "{query}: {}",
            describe(&groups)
        );
        // The hit says where it lies, on both sides, the names in lower case after "In".
        let hit = &groups[0].hits[0];
        assert!(hit.detail.starts_with("In upper back"), "{}", hit.detail);
        for side in ["upper_thoracic_left", "upper_thoracic_right"] {
            let region = guide.region(&RegionId(side.into())).unwrap();
            assert!(
                hit.detail.contains(&region.display_name().to_lowercase()),
                "{}",
                hit.detail
            );
        }
    }
}

#[test]
fn words_match_forgivingly_but_not_loosely() {
    assert_eq!(word_match("neck", "neck"), 1.0);
    assert!(word_match("rhomboids", "rhomboid") > 0.9);
    assert!(word_match("lumb", "lumbar") > 0.8);
    assert!(word_match("shoulber", "shoulder") >= 0.7);
    assert_eq!(word_match("hip", "lip"), 0.0);
    assert_eq!(word_match("neck", "back"), 0.0);
    // A typo never makes a stop word of a query: "knot" is not "not".
    assert_eq!(word_match("knot", "not"), 0.0);
    assert!(word_match("rhomboyd", "rhomboid") >= 0.7);
    let index = SearchIndex::new(&guide());
    assert!(index.search("").is_empty());
    assert!(index.search("the and of").is_empty());
    assert!(index.search("zebra xylophone").is_empty());
}

fn technique_with(steps: &[u32]) -> massage_guide::data::Technique {
    let mut technique = guide().techniques[0].clone();
    technique.steps = steps
        .iter()
        .map(|s| massage_guide::data::Step {
            text: format!("{s} seconds"),
            seconds: *s,
            direction: None,
        })
        .collect();
    technique
}

#[test]
fn a_routine_fits_each_technique_to_its_time_and_keeps_short_steps_readable() {
    let guide = guide();
    for routine in &guide.routines {
        let plan = Plan::routine(&guide, &routine.name, &routine.items);
        assert!(plan.missing.is_empty());
        assert_eq!(
            plan.total_seconds(),
            routine.total_seconds(),
            "{}",
            routine.id
        );
        assert!(plan.steps.iter().all(|s| s.seconds >= 1));
    }
    let desk = guide
        .routine(&RoutineId("desk_worker_upper_back".into()))
        .unwrap();
    assert_eq!(desk.total_seconds(), 600);

    // Shortened: a 10-second "get ready" step keeps its time, the long ones share the cut.
    let mut short_guide = guide.clone();
    short_guide.techniques = vec![technique_with(&[10, 100, 90])];
    let id = short_guide.techniques[0].id.clone();
    let items = [RoutineItem::new(id.clone(), 100)];
    let times: Vec<_> = Plan::routine(&short_guide, "r", &items)
        .steps
        .iter()
        .map(|s| s.seconds)
        .collect();
    assert_eq!(times.iter().sum::<u32>(), 100);
    assert_eq!(times[0], 10);
    assert!(times[1] > times[2]);

    // A technique the guide lacks is left out and named.
    let missing = [RoutineItem::new(TechniqueId("gone".into()), 60)];
    let plan = Plan::routine(&short_guide, "r", &missing);
    assert!(plan.steps.is_empty());
    assert_eq!(plan.missing, vec![TechniqueId("gone".into())]);
    assert_eq!(Session::start(plan).clock(), Clock::Finished);
}

#[test]
fn the_session_clock_counts_down_runs_on_and_can_be_steered() {
    let plan = Plan::technique(&technique_with(&[10, 20, 30]));
    let mut session = Session::start(plan);
    assert_eq!(session.seconds_left(), 10);
    assert_eq!(session.advance(4.5), Tick::Counting);
    assert_eq!(session.seconds_left(), 6);
    assert_eq!(session.advance(6.0), Tick::NextStep);
    assert_eq!(session.current_index(), 1);
    assert_eq!(session.seconds_left(), 20);

    // Half a second ran into this step: the countdown next changes in the other half.
    assert!((session.seconds_to_next_change() - 0.5).abs() < 1e-9);
    session.advance(0.25);
    assert_eq!(session.seconds_left(), 20);
    assert!((session.seconds_to_next_change() - 0.25).abs() < 1e-9);
    session.advance(0.25);
    assert_eq!(session.seconds_left(), 19);
    // On a whole second, the next change is a whole second away.
    assert!((session.seconds_to_next_change() - 1.0).abs() < 1e-9);

    session.pause();
    assert_eq!(session.advance(100.0), Tick::Counting);
    assert_eq!(session.current_index(), 1);
    session.resume();

    // A long gap runs through whole steps.
    assert_eq!(session.advance(24.0), Tick::NextStep);
    assert_eq!(session.current_index(), 2);
    assert_eq!(session.seconds_left(), 25);

    // Previous restarts a step that has run a while, then goes back a step.
    session.previous();
    assert_eq!((session.current_index(), session.seconds_left()), (2, 30));
    session.previous();
    assert_eq!(session.current_index(), 1);
    session.next();
    session.next();
    assert_eq!(session.clock(), Clock::Finished);
    assert!((session.total_fraction() - 1.0).abs() < f32::EPSILON);
    session.previous();
    assert_eq!(
        (session.clock(), session.current_index()),
        (Clock::Paused, 2)
    );
    session.resume();
    assert_eq!(session.advance(31.0), Tick::Finished);
    session.restart();
    assert_eq!(
        (session.clock(), session.current_index()),
        (Clock::Running, 0)
    );
}

#[test]
fn own_routines_are_made_edited_and_deleted_by_key() {
    let guide = guide();
    let mut mine = MyRoutines::default();
    let first = mine.create();
    let second = mine.create();
    assert_eq!(mine.get(first).unwrap().name, "My routine");
    assert_eq!(mine.get(second).unwrap().name, "My routine 2");

    let palm = TechniqueId("palm_effleurage".into());
    let roll = TechniqueId("skin_rolling".into());
    mine.edit(first, RoutineEdit::Add(palm.clone()), &guide);
    mine.edit(first, RoutineEdit::Add(roll.clone()), &guide);
    mine.edit(first, RoutineEdit::Move(1, 0), &guide);
    mine.edit(first, RoutineEdit::SetSeconds(0, 5), &guide);
    mine.edit(first, RoutineEdit::Rename("Evening".into()), &guide);
    mine.edit(first, RoutineEdit::Move(0, 9), &guide);
    let routine = mine.get(first).unwrap();
    assert_eq!(routine.name, "Evening");
    let order: Vec<_> = routine.items.iter().map(|i| i.technique.clone()).collect();
    assert_eq!(order, vec![roll, palm.clone()]);
    // Times stay within what the editor offers.
    assert_eq!(routine.items[0].seconds, 30);
    let palm_time = guide.technique(&palm).unwrap().total_seconds();
    assert_eq!(routine.items[1].seconds, palm_time.clamp(30, 1800));

    mine.delete(first);
    assert!(mine.get(first).is_none());
    // Keys are never reused while a routine holds them.
    assert_ne!(mine.create(), second);

    let copy = mine.copy_of(&guide.routines[0]);
    let copied = mine.get(copy).unwrap();
    assert_eq!(copied.items, guide.routines[0].items);
    assert!(copied.name.ends_with("(my copy)"));
}

#[test]
fn the_new_pages_and_red_flags_are_found_by_their_words() {
    let index = SearchIndex::new(&guide());
    let (kind, _, title) = top(&index, "consent");
    assert_eq!(kind, Kind::Topic, "consent: {title}");
    for query in ["allergy", "allergies", "nut allergy"] {
        let groups = index.search(query);
        assert!(
            !targets_of(&groups, Kind::Topic).is_empty(),
            "{query}: {}",
            describe(&groups)
        );
    }
    let (kind, target, title) = top(&index, "lactic acid");
    assert_eq!(kind, Kind::Claim, "lactic acid: {title}");
    assert!(matches!(target, Target::Claim(_)));
    let groups = index.search("aneurysm");
    assert!(
        targets_of(&groups, Kind::Caution)
            .iter()
            .any(|t| matches!(t, Target::Caution(_))),
        "aneurysm: {}",
        describe(&groups)
    );
    // First the red flag, or the aneurysm among the pains that may not be the muscles: either
    // says to call the emergency number now.
    assert!(
        matches!(groups[0].kind, Kind::Caution | Kind::LookAlike),
        "{}",
        describe(&groups)
    );
}

#[test]
fn a_word_of_a_technique_summary_finds_the_technique() {
    let guide = guide();
    let index = SearchIndex::new(&guide);
    let held = Target::Technique(TechniqueId("held_pressure_tender_spot".into()));
    // Its summary says "tender knot" and "trigger point"; its name says neither.
    let summary = &guide
        .technique(&TechniqueId("held_pressure_tender_spot".into()))
        .unwrap()
        .summary;
    assert!(summary.contains("trigger point"), "{summary}");
    for query in ["trigger point", "tender knot"] {
        let groups = index.search(query);
        assert!(
            targets_of(&groups, Kind::Technique).contains(&held),
            "{query}: {}",
            describe(&groups)
        );
    }
}

#[test]
fn a_benefit_says_its_grade_once() {
    let guide = guide();
    let index = SearchIndex::new(&guide);
    let groups = index.search("tender knots");
    let benefit = groups
        .iter()
        .filter(|g| g.kind == Kind::Benefit)
        .flat_map(|g| &g.hits)
        .find(|h| h.title == "Easing tender knots (trigger points)")
        .unwrap_or_else(|| panic!("{}", describe(&groups)));
    assert_eq!(benefit.detail, "Limited evidence");
    for benefit in &guide.benefits {
        for hit in index.search(&benefit.name).iter().flat_map(|g| &g.hits) {
            assert!(!hit.detail.contains("evidence evidence"), "{}", hit.detail);
        }
    }
}

/// The first hit of `kind`, if any.
fn first_of(groups: &[Group], kind: Kind) -> Option<Target> {
    targets_of(groups, kind).into_iter().next()
}

#[test]
fn knot_and_trigger_point_find_the_technique_and_the_claim_about_knots() {
    let index = SearchIndex::new(&guide());
    let held = Target::Technique(TechniqueId("held_pressure_tender_spot".into()));
    let knots = Target::Claim(massage_guide::data::ClaimId("knots".into()));
    for query in [
        "knot",
        "Knot",
        "trigger point",
        "trigger points",
        "a knot in my back",
    ] {
        let groups = index.search(query);
        assert_eq!(
            first_of(&groups, Kind::Technique),
            Some(held.clone()),
            "{query}: {}",
            describe(&groups)
        );
        assert_eq!(
            first_of(&groups, Kind::Claim),
            Some(knots.clone()),
            "{query}: {}",
            describe(&groups)
        );
    }
    for query in ["knot", "trigger point"] {
        // Enter opens the technique: what to do about a knot.
        assert_eq!(top(&index, query).1, held, "{query}");
        // No "Stop if … does not …" line comes up for "not", "does" or "do".
        let groups = index.search(query);
        for hit in groups.iter().flat_map(|g| &g.hits) {
            assert!(
                !hit.title.starts_with("Stop if"),
                "{query}: {}",
                describe(&groups)
            );
        }
    }
}

#[test]
fn everyday_words_lead_to_the_guide_and_health_words_to_its_cautions() {
    let guide = guide();
    let index = SearchIndex::new(&guide);
    let caution = |id: &str| Target::Caution(CautionId(id.into()));
    let region = |id: &str| Target::Region(RegionId(id.into()));
    let cases = [
        ("crick", Kind::Region, region("neck")),
        ("crick in the neck", Kind::Region, region("neck")),
        ("stiff neck", Kind::Region, region("neck")),
        ("lumbago", Kind::Region, region("lumbar_left")),
        ("small of the back", Kind::Region, region("lumbar_left")),
        (
            "pulled muscle",
            Kind::Caution,
            caution("bruise_or_fresh_injury"),
        ),
        (
            "strained muscle",
            Kind::Caution,
            caution("bruise_or_fresh_injury"),
        ),
        (
            "slipped disc",
            Kind::Caution,
            caution("sciatica_assess_first"),
        ),
        ("sciatica", Kind::Caution, caution("sciatica_assess_first")),
        (
            "tension headache",
            Kind::Benefit,
            Target::Benefit(massage_guide::data::BenefitId("tension_headache".into())),
        ),
        (
            "shoulder knot",
            Kind::Muscle,
            Target::Muscle(massage_guide::data::MuscleId("trapezius_upper".into())),
        ),
    ];
    for (query, kind, expected) in cases {
        let groups = index.search(query);
        assert_eq!(
            first_of(&groups, kind),
            Some(expected),
            "{query}: {}",
            describe(&groups)
        );
    }
    // A slipped disc also brings up the emergency signs of squeezed nerves.
    let groups = index.search("slipped disc");
    assert!(
        targets_of(&groups, Kind::Caution).contains(&caution("cauda_equina_signs")),
        "{}",
        describe(&groups)
    );
    // Each everyday word finds every thing its entry names.
    for entry in &guide.everyday_words {
        for word in &entry.words {
            let found: Vec<Target> = index
                .search(word)
                .iter()
                .flat_map(|g| g.hits.iter().map(|h| h.target.clone()))
                .collect();
            for target in &entry.finds {
                assert!(found.contains(target), "{word:?} does not find {target:?}");
            }
        }
    }
}

// --- Searching in the app, read as a screen reader reads it -----------------------------------

/// Every text and widget name on screen.
fn texts(harness: &egui_kittest::Harness<'_, massage_guide::App>) -> Vec<String> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    harness
        .query_all_by(|_| true)
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.value().or_else(|| node.label())
        })
        .collect()
}

#[test]
fn typing_knot_or_trigger_point_lists_the_technique_and_the_claim_about_knots() {
    use egui_kittest::kittest::Queryable as _;
    let guide = guide();
    let held = guide
        .technique(&TechniqueId("held_pressure_tender_spot".into()))
        .unwrap();
    let knots = guide
        .claim(&massage_guide::data::ClaimId("knots".into()))
        .unwrap();
    let mut harness = common::ui::app();
    for query in ["knot", "trigger point"] {
        common::ui::type_search(&mut harness, query);
        let shown = texts(&harness);
        let listed = |text: &str| shown.iter().any(|t| t == text);
        assert!(listed(&format!("Search: {query}")), "{shown:#?}");
        assert!(listed("Techniques (1)"), "{query}: {shown:#?}");
        assert!(listed(&held.name), "{query}: {shown:#?}");
        assert!(listed(&knots.claim), "{query}: {shown:#?}");
        // Nothing read "knot" as "not": no "Stop if … does not …" line.
        assert!(
            !shown.iter().any(|t| t.starts_with("Stop if")),
            "{query}: {shown:#?}"
        );
        assert!(
            !shown.iter().any(|t| t.contains("evidence evidence")),
            "{query}: {shown:#?}"
        );
        // Enter opens the technique, the first hit.
        harness.key_press(egui::Key::Enter);
        harness.run();
        assert_eq!(
            harness.state().state().page,
            massage_guide::state::Page::Technique(held.id.clone()),
            "{query}"
        );
        assert!(
            harness
                .query_by_label(&format!("Search: {query}"))
                .is_none()
        );
    }
}

#[test]
fn a_hit_says_where_or_what_it_is_on_its_own_line_under_the_title() {
    use egui_kittest::kittest::Queryable as _;
    let guide = guide();
    let mut harness = common::ui::app();
    common::ui::type_search(&mut harness, "rhomboids");
    let rhomboids = guide
        .muscle(&massage_guide::data::MuscleId("rhomboids".into()))
        .unwrap();
    let title = harness.get_by_label(&rhomboids.name).rect();
    // "In upper back, left side; …": the region names read in lower case after "In".
    let places: Vec<String> = rhomboids
        .regions
        .iter()
        .map(|id| guide.region(id).unwrap().display_name().to_lowercase())
        .collect();
    let detail_text = format!("In {}", places.join("; "));
    let detail = harness.get_by_label(&detail_text).rect();
    assert!(detail.top() >= title.bottom() - 1.0, "{title:?} {detail:?}");
    assert!(
        detail.left() > title.left() + 4.0,
        "indented: {title:?} {detail:?}"
    );

    common::ui::type_search(&mut harness, "easing tender knots");
    assert!(harness.query_by_label("Limited evidence").is_some());
}

/// The minimal fixture's one technique, `glide` (Palm glide: 1 min, light, by a partner, hands,
/// on `back_left`), and two more made from it: `knead` (Kneading: 6 min, firm, self-massage, a
/// foam roller, on `spine`) and `press` (Armchair press: 4 min, moderate, by a partner, thumbs,
/// on both areas).
fn three_techniques() -> Guide {
    let mut guide = common::minimal();
    let glide = guide.techniques[0].clone();
    let made = |id: &str, name: &str, seconds: u32, pressure, giver, tool, regions: &[&str]| {
        let mut technique = glide.clone();
        technique.id = TechniqueId(id.into());
        technique.name = name.into();
        technique.steps[0].seconds = seconds;
        technique.pressure = pressure;
        technique.givers = vec![giver];
        technique.tools = vec![tool];
        technique.regions = regions.iter().map(|r| RegionId((*r).into())).collect();
        technique
    };
    let knead = made(
        "knead",
        "Kneading",
        360,
        Pressure::Firm,
        Giver::SelfMassage,
        Tool::FoamRoller,
        &["spine"],
    );
    let press = made(
        "press",
        "Armchair press",
        240,
        Pressure::Moderate,
        Giver::Partner,
        Tool::Thumbs,
        &["back_left", "spine"],
    );
    guide.techniques.extend([knead, press]);
    guide
}

#[test]
fn filters_counts_and_sorts_give_the_lists_written_out_by_hand() {
    let guide = three_techniques();
    let none = Favourites::default();
    let listed = |filters: Filters| ids(&filters.apply(&guide, &none));
    let on = |region: &str| Filters {
        region: Some(RegionId(region.into())),
        ..Filters::default()
    };
    assert_eq!(listed(on("back_left")), ["glide", "press"]);
    assert_eq!(listed(on("spine")), ["knead", "press"]);
    let short = Filters {
        max_minutes: Some(5),
        ..Filters::default()
    };
    assert_eq!(listed(short), ["glide", "press"]);
    let roller = Filters {
        tool: Some(Tool::FoamRoller),
        ..Filters::default()
    };
    assert_eq!(listed(roller), ["knead"]);
    let partner = Filters {
        givers: vec![Giver::Partner],
        ..Filters::default()
    };
    assert_eq!(listed(partner.clone()), ["glide", "press"]);
    let count = |tool| partner.count_with(&guide, &none, |f| f.tool = Some(tool));
    assert_eq!(count(Tool::FoamRoller), 0);
    assert_eq!(count(Tool::Thumbs), 1);
    assert_eq!(count(Tool::Hands), 1);
    let sorted = |sort| {
        listed(Filters {
            sort,
            ..Filters::default()
        })
    };
    assert_eq!(sorted(SortBy::Guide), ["glide", "knead", "press"]);
    assert_eq!(sorted(SortBy::Name), ["press", "knead", "glide"]);
    assert_eq!(sorted(SortBy::Duration), ["glide", "press", "knead"]);
    assert_eq!(sorted(SortBy::Pressure), ["glide", "press", "knead"]);
    // Clearing keeps only the sort.
    let busy = Filters {
        sort: SortBy::Name,
        max_minutes: Some(5),
        favourites_only: true,
        ..on("spine")
    };
    assert!(!busy.is_default());
    let cleared = busy.cleared();
    assert!(cleared.is_default());
    assert_eq!(cleared.sort, SortBy::Name);
    assert_eq!(listed(cleared), ["press", "knead", "glide"]);
}
