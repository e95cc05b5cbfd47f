//! The built-in guide as a reader meets it: complete for every region, every claim sourced,
//! plain to read, and safe. The rules are checked by `data::gaps`, which the first tests show
//! catches each kind of gap, so a passing built-in guide means something.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{built_in, minimal};
use massage_guide::data::{
    Caution, CautionAction, CautionKind, ClaimVerdict, CountryId, Direction, Evidence, Forbids,
    MIN_PER_REGION, Part, Pressure, QuestionId, RegionId, TextStats, Tool, Urgency, gaps, prose,
};
use massage_guide::safety::{Answers, Profile, stop_lines};

/// What a caution's card says, without whom to call.
fn said(caution: &Caution) -> String {
    format!("{} {}", caution.stop, caution.why)
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
    for topic in &mut guide.topics {
        topic.sources.clear();
    }
    guide.claims[0].sources.clear();
    guide.muscles[0].sources.clear();
    guide.diagram.landmarks[0].sources.clear();
    assert!(found_gap(
        &guide,
        "muscle \"erector_spinae\" names no source"
    ));
    assert!(found_gap(&guide, "landmark \"t1\" names no source"));
    assert!(found_gap(&guide, "topic \"consent\" names no source"));
    assert!(found_gap(&guide, "claim \"calm\" names no source"));
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
        // What it can help with; a technique no trial supports says what research does not show.
        assert!(
            !t.benefits.is_empty() || !t.research_does_not_show.is_empty(),
            "{}: what it helps, or that research does not show it",
            t.id
        );
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

/// The calendar year now, from the system clock (close enough at a year's end for a bound).
fn this_year() -> u16 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // The mean Gregorian year, 365.2425 days.
    u16::try_from(1970 + seconds / 31_556_952).unwrap()
}

#[test]
fn every_source_is_cited_and_complete() {
    let guide = built_in();
    for s in &guide.sources {
        assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
        // Not in the future (a year's slack for a source dated ahead), and not before print.
        assert!(
            (1900..=this_year() + 1).contains(&s.year),
            "{}: year {}",
            s.id,
            s.year
        );
        assert!(!s.publisher.trim().is_empty(), "{}", s.id);
    }
    let uncited: Vec<_> = gaps(&guide)
        .into_iter()
        .filter(|g| g.contains("never cited"))
        .collect();
    assert!(uncited.is_empty(), "{uncited:#?}");
    // One source, one entry: two ids for one page would split its citations.
    let mut urls: Vec<&str> = guide.sources.iter().map(|s| s.url.as_str()).collect();
    urls.sort_unstable();
    let twice: Vec<_> = urls.windows(2).filter(|w| w[0] == w[1]).collect();
    assert!(twice.is_empty(), "{twice:#?}");
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
    let target = massage_guide::native::check::READING_EASE_TARGET;
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
        // Sentence by sentence: a "no" elsewhere in the text does not deny the myth.
        for sentence in lower.split(['.', '!', '?', ';']) {
            let names_myth = ["lactic acid", "detox", "toxin", "realign"]
                .iter()
                .any(|m| sentence.contains(m));
            let words: Vec<&str> = sentence
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .collect();
            let denies = sentence.contains("myth")
                || [
                    // "rarely" doubts a claim ("claims like this rarely say which toxin").
                    "not", "no", "never", "nor", "rarely", "isn't", "doesn't", "don't", "cannot",
                ]
                .iter()
                .any(|d| words.contains(d));
            assert!(
                !names_myth || denies,
                "{place} states a myth as fact: {sentence}"
            );
        }
    }
}

#[test]
fn red_flags_say_how_urgently_to_get_help_and_whom_to_call_in_every_country() {
    let guide = built_in();
    let red_flags: Vec<_> = guide.red_flags().collect();
    assert!(
        red_flags
            .iter()
            .any(|c| c.action == CautionAction::Emergency)
    );
    assert!(
        red_flags
            .iter()
            .any(|c| c.action == CautionAction::StopSeekUrgentCare)
    );
    for c in &red_flags {
        match c.action {
            CautionAction::Emergency => assert_eq!(c.call, Some(Urgency::Emergency), "{}", c.id),
            CautionAction::StopSeekUrgentCare => assert!(
                matches!(c.call, Some(Urgency::Today | Urgency::Maternity)),
                "{}: {:?}",
                c.id,
                c.call
            ),
            other => panic!("{}: a red flag must be urgent, not {other:?}", c.id),
        }
    }
    // Each country's own words on every red flag's card.
    for country in &guide.countries {
        let here = guide.localized(Some(&country.id));
        for c in here.red_flags() {
            let card = c.card_text(here.here());
            let expected = match c.call {
                Some(Urgency::Emergency) => format!("call {} now", country.emergency),
                Some(Urgency::Maternity) => format!("call {} now", country.maternity),
                _ => format!("get help today from {}", country.today),
            };
            assert!(
                card.to_lowercase().contains(&expected.to_lowercase()),
                "{} in {}: {card}",
                c.id,
                country.id
            );
        }
    }
}

#[test]
fn gp_is_explained_once_and_whom_to_call_is_a_placeholder() {
    let guide = built_in();
    let says_gp = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "GP" || word == "GPs")
    };
    let mut places: Vec<String> = prose(&guide)
        .into_iter()
        .filter(|p| says_gp(p.text))
        .map(|p| p.place)
        .collect();
    places.sort();
    places.dedup();
    assert_eq!(places.len(), 1, "\"GP\" is said in {places:#?}");
    let explained = prose(&guide)
        .into_iter()
        .any(|p| says_gp(p.text) && p.text.contains("family doctor"));
    assert!(explained, "\"GP\" is explained as the family doctor");
    // "Today" is defined once, beside the country choice that every number follows.
    let defines_today = |text: &str| text.contains("“Get help today” means");
    let definitions: Vec<_> = prose(&guide)
        .into_iter()
        .filter(|p| defines_today(p.text))
        .map(|p| p.place)
        .collect();
    assert_eq!(
        definitions,
        ["topic \"about_this_guide\" point 6"],
        "\"today\" is defined once, where the reader first meets it"
    );
    let about = guide
        .topics
        .iter()
        .find(|t| t.id.as_str() == "about_this_guide")
        .unwrap()
        .points
        .join(" ");
    assert!(
        about.contains("country") && about.contains("{emergency}"),
        "{about}"
    );
    // Whom to call is data: a caution's `call` fields, or a placeholder the app fills in for the
    // reader's country; never a number or a service pasted into a text.
    let mut placeholders = 0;
    for p in prose(&guide) {
        placeholders += ["{emergency}", "{today}", "{maternity}", "{routine}"]
            .iter()
            .filter(|ph| p.text.contains(*ph))
            .count();
        let words: Vec<&str> = p
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '&')
            .collect();
        for number in ["999", "112", "911", "111", "000", "A&E"] {
            assert!(
                !words.contains(&number),
                "{} names {number}: {}",
                p.place,
                p.text
            );
        }
        for service in ["NHS 111", "urgent-care service", "(UK)", "(EU)", "(US)"] {
            assert!(
                !p.text.contains(service),
                "{} names {service}: {}",
                p.place,
                p.text
            );
        }
    }
    assert!(placeholders >= 10, "whom to call is said with placeholders");
    // The placeholders all become words, in every country.
    for country in &guide.countries {
        let here = guide.localized(Some(&country.id));
        for p in prose(&here) {
            assert!(!p.text.contains('{'), "{}: {}", p.place, p.text);
        }
    }
}

#[test]
fn the_red_flags_the_review_found_missing_are_there_and_asked() {
    let guide = built_in();
    let uk_guide = guide.localized(Some(&CountryId("uk".to_owned())));
    let uk = uk_guide.here();
    let flag_saying = |words: &[&str]| {
        guide
            .red_flags()
            .find(|c| {
                let signs: Vec<&str> = c.stop_if.iter().map(|s| s.sign.as_str()).collect();
                let text =
                    format!("{} {} {}", c.name, c.card_text(uk), signs.join(" ")).to_lowercase();
                words.iter().all(|w| text.contains(w))
            })
            .unwrap_or_else(|| panic!("no red flag says {words:?}"))
    };
    assert_eq!(flag_saying(&["aneurysm"]).action, CautionAction::Emergency);
    assert_eq!(
        flag_saying(&["faint", "clammy"]).action,
        CautionAction::Emergency
    );
    let pregnancy = flag_saying(&["pregnan", "blurred", "swelling", "baby"]);
    assert_eq!(pregnancy.call, Some(Urgency::Maternity));
    assert_eq!(
        flag_saying(&["coughing up blood"]).call,
        Some(Urgency::Emergency)
    );
    flag_saying(&["foot", "weaker"]);
    for flag in guide.red_flags() {
        assert!(!flag.stop_if.is_empty(), "{}: stop-if lines", flag.id);
        assert!(
            guide
                .questions
                .iter()
                .any(|q| q.cautions.contains(&flag.id)),
            "{}: a place in the safety check",
            flag.id
        );
    }
    // The pregnancy signs end the technique made for pregnancy.
    let side_lying = guide
        .techniques
        .iter()
        .find(|t| t.name.to_lowercase().contains("pregnan"))
        .unwrap();
    assert!(side_lying.cautions.contains(&pregnancy.id));
}

#[test]
fn a_suspected_clot_and_a_treated_clot_are_asked_apart() {
    let guide = built_in();
    let clot_questions: Vec<_> = guide
        .questions
        .iter()
        .filter(|q| q.ask.to_lowercase().contains("clot"))
        .collect();
    assert_eq!(clot_questions.len(), 2, "{clot_questions:#?}");
    let alerts: Vec<bool> = clot_questions
        .iter()
        .map(|q| {
            let answers = answers_yes(q.id.as_str());
            !Profile::new(&guide, &answers).alerts().is_empty()
        })
        .collect();
    // A suspected new clot means stop and get help today; one being treated means ask first.
    assert_eq!(
        alerts.iter().filter(|a| **a).count(),
        1,
        "{clot_questions:#?}"
    );
    let treated = clot_questions[alerts.iter().position(|a| !a).unwrap()];
    let answers = answers_yes(treated.id.as_str());
    let profile = Profile::new(&guide, &answers);
    assert!(
        profile
            .applied
            .iter()
            .any(|a| a.caution.action == CautionAction::AskClinician),
        "a treated clot: ask a clinician first"
    );
    assert!(
        guide.techniques.iter().any(|t| !profile.advice(t).avoid()),
        "a treated clot does not rule out every technique"
    );
}

#[test]
fn allergies_blood_thinners_devices_and_people_who_need_more_care_are_asked_about() {
    let guide = built_in();
    let question_text =
        |q: &massage_guide::data::Question| format!("{} {}", q.ask, q.help).to_lowercase();
    let asks = |words: &[&str]| {
        guide
            .questions
            .iter()
            .any(|q| words.iter().all(|w| question_text(q).contains(w)))
    };
    for words in [
        &["allerg", "nut", "perfume"][..],
        &[
            "aspirin",
            "clopidogrel",
            "warfarin",
            "heparin",
            "apixaban",
            "rivaroxaban",
            "edoxaban",
            "dabigatran",
        ],
        &["pacemaker", "defibrillator"],
        &["lymph"],
        &["diabetes"],
        &["child"],
        &["cannot tell you"],
    ] {
        assert!(asks(words), "no question asks about {words:?}");
    }
    // Oil is offered only as unscented and nut-free, after a patch test.
    let oil_advice = guide
        .cautions
        .iter()
        .find(|c| c.kind == CautionKind::General && said(c).to_lowercase().contains("allerg"))
        .expect("an allergy caution");
    let otherwise = oil_advice.for_you.otherwise.to_lowercase();
    for word in ["scent", "nut", "inner arm"] {
        assert!(otherwise.contains(word), "{word}: {otherwise}");
    }
    for technique in guide
        .techniques
        .iter()
        .filter(|t| t.tools.contains(&Tool::MassageOil))
    {
        assert!(
            technique.cautions.contains(&oil_advice.id),
            "{} uses oil, so it names the allergy caution",
            technique.id
        );
    }
}

#[test]
fn the_hollows_by_the_collarbone_and_armpit_are_places_not_to_press() {
    let guide = built_in();
    let site = guide
        .cautions
        .iter()
        .filter(|c| c.kind == CautionKind::EndangermentSite)
        .find(|c| {
            let text = said(c).to_lowercase();
            text.contains("collarbone") && text.contains("armpit")
        })
        .expect("a place not to press names both hollows");
    assert!(
        said(site).contains("behind") && said(site).contains("press down"),
        "{}",
        said(site)
    );
    assert!(
        guide
            .diagram
            .danger_zones
            .iter()
            .any(|z| z.caution == site.id),
        "drawn on the map"
    );
}

#[test]
fn the_spines_bumps_are_marked_from_the_neck_to_the_tailbone() {
    use massage_guide::geometry::path::{contains, parse};
    let guide = built_in();
    let zones: Vec<_> = guide
        .diagram
        .danger_zones
        .iter()
        .filter(|z| z.caution.as_str() == "spinous_processes")
        .map(|z| parse(z.path.as_str()).unwrap())
        .collect();
    let x = guide.diagram.spine_x;
    // Every region the spine's midline crosses, from the neck down to the sacrum, is marked on
    // the midline at its middle height.
    for id in ["neck", "spine", "sacrum"] {
        let outline = parse(guide.outline(&region(id)).unwrap().path.as_str()).unwrap();
        let bounds = kurbo::Shape::bounding_box(&outline);
        let (top, bottom) = (bounds.y0 as f32, bounds.y1 as f32);
        for y in [
            top + 0.25 * (bottom - top),
            top + 0.5 * (bottom - top),
            top + 0.75 * (bottom - top),
        ] {
            let point = egui::pos2(x, y);
            assert!(
                zones.iter().any(|z| contains(z, point)),
                "the midline of {id} at y {y} is not marked"
            );
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
    let mut files = common::minimal_files();
    files.regions.text = files.regions.text.replacen(
        "summary: \"",
        "summary: \"Comprehensive anatomical understanding necessitates appreciation of \
         interrelated musculoskeletal structures, particularly vulnerable neurovascular \
         formations. ",
        1,
    );
    let report = massage_guide::native::check::check(
        "hard",
        Ok(files),
        massage_guide::native::check::Format::Human,
    );
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
    assert_eq!(
        emergency.alerts()[0].caution.action,
        CautionAction::Emergency
    );
}

#[test]
fn every_technique_ends_with_stop_signs() {
    let guide = built_in();
    for technique in &guide.techniques {
        let lines = stop_lines(&guide, technique);
        assert!(!lines.is_empty(), "{}", technique.id);
        for line in lines {
            let text = line.sign.sign.as_str();
            assert!(
                text.starts_with(|c: char| c.is_lowercase()) && !text.ends_with('.'),
                "{}: \"{text}\" must read after \"Stop if\"",
                technique.id
            );
        }
    }
}

// --- Honest benefits, claims and sources -------------------------------------------------------

#[test]
fn can_help_with_offers_only_what_research_supports() {
    let guide = built_in();
    let mut kept_apart = 0;
    for technique in &guide.techniques {
        for id in &technique.benefits {
            let benefit = guide.benefit(id).unwrap();
            assert!(
                benefit.evidence <= Evidence::Limited,
                "{} offers {} ({:?})",
                technique.id,
                id,
                benefit.evidence
            );
        }
        for id in &technique.research_does_not_show {
            let benefit = guide.benefit(id).unwrap();
            assert!(
                benefit.evidence >= Evidence::Insufficient,
                "{}: {id}",
                technique.id
            );
            kept_apart += 1;
        }
    }
    assert!(kept_apart > 0, "what research does not show is said, apart");
    // Research that found no benefit is graded so, not as "too little evidence".
    assert!(
        guide
            .benefits
            .iter()
            .any(|b| b.evidence == Evidence::NoBenefit)
    );
}

#[test]
fn every_claim_has_a_fitting_verdict_a_source_and_the_topics_asked_for() {
    let guide = built_in();
    assert!(guide.claims.len() >= 18, "{} claims", guide.claims.len());
    for claim in &guide.claims {
        assert!(claim.verdict.fits(claim.evidence), "{}", claim.id);
        assert!(!claim.sources.is_empty(), "{}: no source", claim.id);
        assert!(!claim.says.trim().is_empty(), "{}", claim.id);
    }
    let text_of = |c: &massage_guide::data::Claim| format!("{} {}", c.claim, c.says).to_lowercase();
    for words in [
        &["parasympathetic"][..],
        &["heart rate", "blood pressure"],
        &["receptor"],
        &["gate"],
        &["endorphin"],
        &["cortisol"],
        &["oxygen"],
        &["lactic acid"],
        &["toxin"],
        &["lymph"],
        &["inflammation"],
        &["immun"],
        &["posture"],
        &["knot"],
        &["painkiller"],
    ] {
        assert!(
            guide
                .claims
                .iter()
                .any(|c| words.iter().all(|w| text_of(c).contains(w))),
            "no claim covers {words:?}"
        );
    }
    // The famous myths are called myths.
    for myth in ["lactic acid", "toxin", "realign"] {
        let claim = guide
            .claims
            .iter()
            .find(|c| c.claim.to_lowercase().contains(myth))
            .unwrap_or_else(|| panic!("no claim about {myth}"));
        assert_eq!(claim.verdict, ClaimVerdict::Myth, "{}", claim.id);
    }
    // Each claim about a benefit is reachable from it.
    assert!(guide.claims.iter().any(|c| !c.benefits.is_empty()));
}

#[test]
fn every_source_is_cited_and_every_citation_resolves() {
    let guide = built_in();
    for id in guide.source_references() {
        assert!(guide.source(id).is_some(), "{id} does not resolve");
    }
    for source in &guide.sources {
        assert!(
            !guide.citations(&source.id).is_empty(),
            "{} is never cited",
            source.id
        );
    }
}

#[test]
fn before_you_start_and_after_you_finish_cover_what_a_reader_needs() {
    let guide = built_in();
    let text_of = |part: Part| {
        guide
            .topics_of(part)
            .map(|t| format!("{} {} {}", t.title, t.summary, t.points.join(" ")))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let before = text_of(Part::BeforeYouStart);
    for words in [
        &["stop at any time"][..],
        &["0 to 10"],
        &["face down", "side", "seated", "pillow", "slowly"],
        &["allerg", "nut", "scent", "inner arm"],
        &["wash", "nails"],
        &["thumb", "wrist"],
        &["staying active"],
        &["waist", "top of the hip bones", "sit bone"],
        &["collarbone", "armpit"],
        &["family doctor"],
    ] {
        assert!(
            words.iter().all(|w| before.contains(w)),
            "Before you start lacks {words:?}"
        );
    }
    let after = text_of(Part::AfterYouFinish);
    for words in [
        &["sore"][..],
        &["how often"],
        &["uk", "us", "eu"],
        &["toxins"],
    ] {
        assert!(
            words.iter().all(|w| after.contains(w)),
            "After you finish lacks {words:?}"
        );
    }
}

#[test]
fn the_waist_means_one_thing_everywhere() {
    let guide = built_in();
    let landmarks = guide
        .topics
        .iter()
        .find(|t| t.id.as_str() == "landmarks")
        .expect("a landmarks topic");
    let definitions: Vec<_> = landmarks
        .points
        .iter()
        .filter(|p| p.to_lowercase().contains("the waist"))
        .collect();
    assert!(!definitions.is_empty());
    assert!(
        definitions
            .iter()
            .any(|d| d.contains("L3") && d.contains("top of the hip bones")),
        "{definitions:#?}"
    );
    // No other text places the waist at another level.
    for p in prose(&guide) {
        let lower = p.text.to_lowercase();
        if lower.contains("waist") {
            for other in [
                "waist (l4",
                "waist, l4",
                "waist (about l4",
                "narrowest part",
            ] {
                assert!(!lower.contains(other), "{}: {}", p.place, p.text);
            }
        }
    }
}

#[test]
fn the_new_pages_read_as_plain_english() {
    let guide = built_in();
    let target = massage_guide::native::check::READING_EASE_TARGET;
    for (what, texts) in [
        (
            "basics",
            guide
                .topics
                .iter()
                .flat_map(|t| std::iter::once(&t.summary).chain(&t.points))
                .map(|t| TextStats::of(t))
                .sum::<TextStats>(),
        ),
        (
            "claims",
            guide.claims.iter().map(|c| TextStats::of(&c.says)).sum(),
        ),
    ] {
        let score = texts.flesch().unwrap();
        println!("Flesch reading ease of {what}: {score:.1}");
        assert!(score >= target, "{what}: {score:.1}");
    }
}

/// An avoid list agrees with its caution's words: a caution the safety check asks about that
/// says no balls, rollers, guns, cups, tapping, or deep, firm, pointed or held pressure lists
/// it in `forbids`, and `check` then holds its avoid list to that. Catches the next caution
/// whose text forbids what its avoid list lets through.
#[test]
fn what_a_cautions_words_forbid_is_in_its_forbids() {
    let guide = built_in();
    let asked: Vec<_> = guide.questions.iter().flat_map(|q| &q.cautions).collect();
    let words = |text: &str| -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let rules: [(&[&str], Forbids); 8] = [
        (
            &["ball", "balls", "roller", "rollers"],
            Forbids::BallsAndRollers,
        ),
        (&["gun", "guns"], Forbids::MassageGun),
        (&["cup", "cups", "cupping"], Forbids::Cups),
        (
            &["tap", "tapping", "pound", "pounding", "striking"],
            Forbids::Striking,
        ),
        (&["deep"], Forbids::DeepPressure),
        (&["firm"], Forbids::FirmPressure),
        (&["pointed"], Forbids::PointedPressure),
        (&["hold", "held"], Forbids::HeldPressure),
    ];
    let mut missing = Vec::new();
    for caution in guide
        .cautions
        .iter()
        .filter(|c| asked.contains(&&c.id) && !c.rules_out_everything())
    {
        let said = words(&format!(
            "{} {} {}",
            caution.stop, caution.for_you.because, caution.for_you.otherwise
        ));
        for (triggers, forbids) in &rules {
            let named = triggers.iter().any(|t| said.iter().any(|w| w == t));
            // Deep pressure is also ruled out by forbidding firm pressure.
            let listed = caution.forbids.contains(forbids)
                || (*forbids == Forbids::DeepPressure
                    && caution.forbids.contains(&Forbids::FirmPressure));
            if named && !listed {
                missing.push(format!("{}: {forbids:?}", caution.id));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
