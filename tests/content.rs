//! The built-in guide as a reader meets it: complete for every region, every claim sourced,
//! plain to read, and safe. The rules are checked by `data::gaps`, which the first tests show
//! catches each kind of gap, so a passing built-in guide means something.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::fixture_dir;
use massage_guide::data::{
    Action, CautionKind, Direction, Guide, GuideFiles, MIN_PER_REGION, Pressure, QuestionId,
    RegionId, TextStats, Tool, gaps, load_guide, prose,
};
use massage_guide::folder::read_guide_dir;
use massage_guide::safety::{Answers, Profile, stop_lines};

fn built_in() -> Guide {
    load_guide(&GuideFiles::embedded()).expect("the built-in guide loads")
}

fn minimal() -> Guide {
    load_guide(&read_guide_dir(&fixture_dir()).unwrap()).unwrap()
}

fn region(id: &str) -> RegionId {
    RegionId(id.to_owned())
}

// --- The rules catch what they should ------------------------------------------------------

#[test]
fn gaps_name_regions_short_of_techniques_benefits_or_cautions() {
    let gaps = gaps(&minimal());
    assert!(
        gaps.contains(
            &"region \"back_left\" has 1 technique; a complete guide gives each region at least 3 \
          techniques"
                .to_owned()
        )
    );
    assert!(
        gaps.iter()
            .any(|g| g.starts_with("region \"spine\" has 0 benefits"))
    );
    assert!(
        gaps.iter()
            .any(|g| g.starts_with("region \"back_left\" has 0 cautions of its own")),
        "general cautions do not count for a region: {gaps:#?}"
    );
}

#[test]
fn gaps_name_unsourced_items_and_uncited_sources() {
    let mut guide = minimal();
    guide.techniques[0].sources.clear();
    guide.benefits[0].sources.clear();
    guide.cautions[0].sources.clear();
    guide.regions[0].sources.clear();
    let found = gaps(&guide);
    for expected in [
        "technique \"glide\" names no source",
        "benefit \"relax\" names no source",
        "caution \"bones\" names no source",
        "region \"back_left\" names no source",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected}: {found:#?}"
        );
    }
    // The fever caution still cites the one source, so it is not reported yet...
    assert!(!found.iter().any(|g| g.contains("never cited")));
    guide.cautions[1].sources.clear();
    guide.regions[1].sources.clear();
    guide.routines[0].sources.clear();
    assert!(found_gap(&guide, "routine \"short\" names no source"));
    // ...and now nothing does.
    assert!(gaps(&guide).contains(&"source \"nhs\" is never cited".to_owned()));
}

fn found_gap(guide: &massage_guide::data::Guide, gap: &str) -> bool {
    gaps(guide).iter().any(|g| g == gap)
}

#[test]
fn a_guide_meeting_every_minimum_has_no_gaps() {
    let guide = built_in();
    let gaps = gaps(&guide);
    assert!(
        gaps.is_empty(),
        "the built-in guide must be complete:\n{}",
        gaps.join("\n")
    );
}

// --- The built-in guide ----------------------------------------------------------------------

#[test]
fn every_region_has_its_minimums_counted_by_hand() {
    // Counted here without `gaps`, so a bug there cannot hide a thin region.
    let guide = built_in();
    for r in &guide.regions {
        let techniques = guide
            .techniques
            .iter()
            .filter(|t| t.regions.contains(&r.id))
            .count();
        let benefits = guide
            .benefits
            .iter()
            .filter(|b| b.regions.contains(&r.id))
            .count();
        // Cautions special to the area: not for everyone, not red flags, not naming every area.
        let cautions = guide
            .cautions
            .iter()
            .filter(|c| {
                !matches!(c.kind, CautionKind::General | CautionKind::RedFlag)
                    && c.regions.contains(&r.id)
                    && c.regions.len() < guide.regions.len()
            })
            .count();
        assert!(
            techniques >= MIN_PER_REGION && benefits >= MIN_PER_REGION && cautions >= 3,
            "{}: {techniques} techniques, {benefits} benefits, {cautions} cautions",
            r.id
        );
        assert!(r.muscles.len() >= 2, "{}: name its main muscles", r.id);
        assert!(
            !r.common_complaints.is_empty(),
            "{}: common complaints",
            r.id
        );
    }
}

#[test]
fn every_technique_has_timed_steps_regions_and_sources() {
    let guide = built_in();
    assert!(guide.techniques.len() >= 16, "{}", guide.techniques.len());
    for t in &guide.techniques {
        assert!(t.steps.len() >= 3, "{}: at least three steps", t.id);
        assert!(t.steps.iter().all(|s| s.seconds > 0), "{}", t.id);
        assert!(!t.sources.is_empty(), "{}: sources", t.id);
        assert!(!t.regions.is_empty(), "{}: regions", t.id);
        assert!(!t.cautions.is_empty(), "{}: when to avoid or modify", t.id);
        assert!(!t.benefits.is_empty(), "{}: what it helps", t.id);
    }
}

#[test]
fn the_techniques_span_the_massage_types_and_tools() {
    let guide = built_in();
    let names: String = guide
        .techniques
        .iter()
        .map(|t| format!("{} {}\n", t.name, t.summary).to_lowercase())
        .collect();
    for kind in [
        "effleurage",
        "petrissage",
        "friction",
        "tapotement",
        "vibration",
        "deep tissue",
        "trigger point",
        "skin rolling",
        "sports massage",
        "remedial",
        "relaxation",
        "stretch",
        "pregnan",
        "wall",
        "foam roller",
        "percussion",
        "cupping",
    ] {
        assert!(names.contains(kind), "no technique covers {kind:?}");
    }
}

#[test]
fn every_benefit_is_graded_and_sourced_and_every_grade_is_used_honestly() {
    let guide = built_in();
    for b in &guide.benefits {
        assert!(!b.sources.is_empty(), "{}: sources", b.id);
        assert!(!b.explanation.trim().is_empty(), "{}", b.id);
    }
    // Unsupported claims are kept and graded as such, not dropped or inflated.
    assert!(
        guide
            .benefits
            .iter()
            .any(|b| b.evidence == massage_guide::data::Evidence::Insufficient)
    );
}

#[test]
fn every_source_is_cited_and_complete() {
    let guide = built_in();
    for s in &guide.sources {
        assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
        assert!((1900..=2026).contains(&s.year), "{}: year {}", s.id, s.year);
        assert!(!s.publisher.trim().is_empty(), "{}", s.id);
    }
    let uncited: Vec<_> = gaps(&guide)
        .into_iter()
        .filter(|g| g.contains("never cited"))
        .collect();
    assert!(uncited.is_empty(), "{uncited:#?}");
}

#[test]
fn the_prose_reads_as_plain_english() {
    let guide = built_in();
    let total: TextStats = prose(&guide).iter().map(|p| TextStats::of(p.text)).sum();
    let score = total.flesch().unwrap();
    println!(
        "Flesch reading ease of the built-in guide: {score:.1} ({} words, {} sentences)",
        total.words, total.sentences
    );
    let target = massage_guide::check::READING_EASE_TARGET;
    assert!(score >= target, "reading ease {score:.1} is below {target}");
}

#[test]
fn myths_are_only_named_as_myths() {
    let guide = built_in();
    let names = guide
        .techniques
        .iter()
        .map(|t| (t.id.to_string(), t.name.clone()))
        .chain(
            guide
                .benefits
                .iter()
                .map(|b| (b.id.to_string(), b.name.clone())),
        )
        .chain(
            guide
                .cautions
                .iter()
                .map(|c| (c.id.to_string(), c.name.clone())),
        );
    let named = names.chain(
        prose(&guide)
            .into_iter()
            .map(|p| (p.place, p.text.to_owned())),
    );
    for (place, text) in named {
        let lower = text.to_lowercase();
        let names_myth = ["lactic acid", "detox", "toxin", "realign"]
            .iter()
            .any(|m| lower.contains(m));
        let denies = ["myth", "not ", "no "].iter().any(|d| lower.contains(d));
        assert!(
            !names_myth || denies,
            "{place} states a myth as fact: {text}"
        );
    }
}

#[test]
fn red_flags_say_how_urgently_to_get_help() {
    let guide = built_in();
    let red_flags: Vec<_> = guide
        .cautions
        .iter()
        .filter(|c| c.kind == CautionKind::RedFlag)
        .collect();
    assert!(red_flags.iter().any(|c| c.action == Action::Emergency));
    assert!(
        red_flags
            .iter()
            .any(|c| c.action == Action::StopSeekUrgentCare)
    );
    for c in red_flags {
        match c.action {
            Action::Emergency => assert!(c.text.contains("999"), "{}: whom to call", c.id),
            Action::StopSeekUrgentCare => assert!(
                c.text.contains("111") || c.text.contains("GP") || c.text.contains("today"),
                "{}: where to get advice today",
                c.id
            ),
            other => panic!("{}: a red flag must be urgent, not {other:?}", c.id),
        }
    }
}

#[test]
fn the_danger_zones_are_marked_where_they_are() {
    let guide = built_in();
    let endangerment_in = |r: &str| -> Vec<String> {
        guide
            .cautions_for(&region(r))
            .iter()
            .filter(|c| c.kind == CautionKind::EndangermentSite)
            .map(|c| c.id.to_string())
            .collect()
    };
    assert!(endangerment_in("spine").contains(&"spinous_processes".to_owned()));
    assert!(endangerment_in("neck").contains(&"front_of_neck".to_owned()));
    for side in ["left", "right"] {
        assert!(
            endangerment_in(&format!("lower_thoracic_{side}")).contains(&"kidney_area".to_owned())
        );
        assert!(endangerment_in(&format!("hip_{side}")).contains(&"sciatic_nerve".to_owned()));
    }
}

#[test]
fn firm_techniques_stay_off_the_spine_and_kidney_area() {
    let guide = built_in();
    use massage_guide::data::{Direction, Pressure};
    for t in &guide.techniques {
        let forceful =
            t.pressure >= Pressure::Firm || t.directions.contains(&Direction::Percussive);
        if forceful {
            for r in [
                "spine",
                "neck",
                "lower_thoracic_left",
                "lower_thoracic_right",
            ] {
                assert!(
                    !t.regions.contains(&region(r)),
                    "{} ({:?}) must not be offered for {r}",
                    t.id,
                    t.pressure
                );
            }
        }
    }
}

#[test]
fn check_names_the_hardest_texts_of_a_hard_guide() {
    let mut files = read_guide_dir(&fixture_dir()).unwrap();
    files.regions.text = files.regions.text.replacen(
        "summary: \"",
        "summary: \"Comprehensive anatomical understanding necessitates appreciation of \
         interrelated musculoskeletal structures, particularly vulnerable neurovascular \
         formations. ",
        1,
    );
    let report =
        massage_guide::check::check("hard", Ok(files), massage_guide::check::Format::Human);
    assert!(report.clean, "{}", report.text);
    assert!(
        report.text.contains("Hardest to read:\n"),
        "{}",
        report.text
    );
    assert!(
        report.text.contains("region \"back_left\" summary"),
        "{}",
        report.text
    );
}

// --- The safety check ------------------------------------------------------------------------

fn answers_yes(id: &str) -> Answers {
    let mut answers = Answers::default();
    answers.set(QuestionId(id.to_owned()), Some(true));
    answers
}

#[test]
fn every_question_changes_what_the_reader_sees() {
    let guide = built_in();
    assert!(guide.questions.len() >= 10, "a useful check asks enough");
    for question in &guide.questions {
        let answers = answers_yes(question.id.as_str());
        let profile = Profile::new(&guide, &answers);
        assert_eq!(
            profile.applied.len(),
            question.cautions.len(),
            "{}: each of its cautions applies",
            question.id
        );
        let marked = guide
            .techniques
            .iter()
            .filter(|t| !profile.advice(t).is_empty())
            .count();
        assert!(marked > 0, "{}: a yes marks some technique", question.id);
    }
}

#[test]
fn the_questions_named_in_the_brief_are_asked() {
    let guide = built_in();
    for topic in [
        "pregnant",
        "surgery",
        "blood thinners",
        "osteoporosis",
        "cancer",
        "fever",
        "skin",
        "numb",
        "tingling",
    ] {
        assert!(
            guide
                .questions
                .iter()
                .any(|q| q.ask.to_lowercase().contains(topic)),
            "no question asks about {topic}"
        );
    }
}

#[test]
fn blood_thinners_rule_out_firm_pointed_striking_and_suction_work() {
    let guide = built_in();
    let answers = answers_yes("blood_thinners");
    let profile = Profile::new(&guide, &answers);
    for technique in &guide.techniques {
        let firm = technique.pressure >= Pressure::Firm
            || technique.directions.contains(&Direction::Percussive)
            || technique.tools.iter().any(|t| {
                matches!(
                    t,
                    Tool::CuppingSet | Tool::PercussionMassager | Tool::FoamRoller
                )
            });
        let advice = profile.advice(technique);
        if firm {
            assert!(advice.avoid(), "{} must be avoided", technique.id);
        }
        assert!(!advice.is_empty(), "{} says what to do", technique.id);
    }
}

#[test]
fn warning_sign_questions_raise_an_alert_and_rule_out_massage() {
    let guide = built_in();
    let mut alerting = 0;
    for question in &guide.questions {
        let answers = answers_yes(question.id.as_str());
        let profile = Profile::new(&guide, &answers);
        let red_flag = question
            .cautions
            .iter()
            .any(|id| guide.caution(id).unwrap().kind == CautionKind::RedFlag);
        if red_flag {
            alerting += 1;
            assert!(!profile.alerts().is_empty(), "{}", question.id);
            assert!(
                guide.techniques.iter().all(|t| profile.advice(t).avoid()),
                "{}: no massage until checked",
                question.id
            );
        }
    }
    assert!(alerting >= 3, "emergency and same-day signs are asked");
    for flag in guide.red_flags() {
        assert!(
            guide
                .questions
                .iter()
                .any(|q| q.cautions.contains(&flag.id)),
            "the safety check asks about red flag {}",
            flag.id
        );
    }
    let emergency = Profile::new(&guide, &answers_yes("emergency_signs"));
    assert_eq!(emergency.alerts()[0].caution.action, Action::Emergency);
}

#[test]
fn every_technique_ends_with_stop_signs() {
    let guide = built_in();
    for technique in &guide.techniques {
        let lines = stop_lines(&guide, technique);
        assert!(!lines.is_empty(), "{}", technique.id);
        for line in lines {
            let text = line.text;
            assert!(
                text.starts_with(|c: char| c.is_lowercase()) && !text.ends_with('.'),
                "{}: \"{text}\" must read after \"Stop if\"",
                technique.id
            );
        }
    }
}
