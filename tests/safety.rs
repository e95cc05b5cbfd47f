//! The safety check's logic: which answers make which cautions apply, what they mean for each
//! technique, which answers are warning signs, and the checks on the safety data.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{built_in, minimal, minimal_files as files};
use massage_guide::data::{
    Caution, CautionAction, CautionId, CautionKind, Guide, GuideFiles, Question, QuestionId,
    RegionId, StopSign, TechniqueId, Urgency, gaps, load_guide,
};
use massage_guide::safety::{Answers, Profile, TechniqueVerdict, stop_lines};

// The minimal guide (`common::minimal`): regions back_left and spine; technique glide
// (back_left, lists caution bones); cautions bones (endangerment site on the spine) and fever
// (general, avoid); one question, fever.

fn qid(id: &str) -> QuestionId {
    QuestionId(id.to_owned())
}

fn yes(ids: &[&str]) -> Answers {
    let mut answers = Answers::default();
    for id in ids {
        answers.set(qid(id), Some(true));
    }
    answers
}

/// A caution for tests, with a question of the same id that asks about it.
fn add_asked(guide: &mut Guide, caution: Caution) {
    guide.questions.push(Question {
        id: QuestionId(caution.id.0.clone()),
        ask: format!("{}?", caution.name),
        help: String::new(),
        cautions: vec![caution.id.clone()],
    });
    guide.cautions.push(caution);
}

fn caution(id: &str, kind: CautionKind, action: CautionAction, regions: &[&str]) -> Caution {
    let mut c = minimal().cautions[0].clone();
    c.id = CautionId(id.to_owned());
    c.name = format!("Caution {id}");
    c.kind = kind;
    c.action = action;
    c.regions = regions.iter().map(|r| RegionId((*r).to_owned())).collect();
    c.stop_if.clear();
    c.call = match action {
        CautionAction::Emergency => Some(Urgency::Emergency),
        CautionAction::StopSeekUrgentCare => Some(Urgency::Today),
        _ => None,
    };
    c
}

fn second_technique(guide: &mut Guide) {
    let mut other = guide.techniques[0].clone();
    other.id = TechniqueId("press".to_owned());
    other.name = "Press".to_owned();
    other.regions = vec![RegionId("spine".to_owned())];
    other.cautions.clear();
    guide.techniques.push(other);
}

// --- Answers ---------------------------------------------------------------------------------

#[test]
fn answers_can_be_given_changed_and_cleared() {
    let guide = minimal();
    let mut answers = Answers::default();
    assert_eq!(answers.answered(&guide), 0);
    answers.set(qid("fever"), Some(true));
    assert_eq!(answers.get(&qid("fever")), Some(true));
    answers.set(qid("fever"), Some(false));
    assert_eq!(answers.get(&qid("fever")), Some(false));
    // An answer to a question this guide does not ask is kept but not counted.
    answers.set(qid("gone"), Some(true));
    assert_eq!(answers.answered(&guide), 1);
    answers.set(qid("fever"), None);
    assert_eq!(answers.get(&qid("fever")), None);
    answers.clear();
    assert_eq!(answers.get(&qid("gone")), None);
}

#[test]
fn only_a_yes_makes_a_caution_apply() {
    let guide = minimal();
    assert!(Profile::new(&guide, &Answers::default()).is_empty());
    let mut no = Answers::default();
    no.set(qid("fever"), Some(false));
    assert!(Profile::new(&guide, &no).is_empty());
    let profile = Profile::new(&guide, &yes(&["fever", "not_a_question"]));
    assert_eq!(profile.applied.len(), 1);
    assert_eq!(profile.applied[0].caution.id.as_str(), "fever");
    assert_eq!(profile.applied[0].questions[0].id.as_str(), "fever");
}

// --- What applied cautions do to techniques ----------------------------------------------------

#[test]
fn a_general_caution_to_avoid_rules_out_every_technique_with_its_reason() {
    let guide = minimal();
    let profile = Profile::new(&guide, &yes(&["fever"]));
    let advice = profile.advice(&guide.techniques[0]);
    assert!(advice.avoid());
    assert_eq!(
        advice.marks[0].verdict,
        TechniqueVerdict::Avoid("Massage can wait until the fever has gone.")
    );
}

#[test]
fn listed_techniques_are_avoided_and_the_others_it_covers_are_changed() {
    let mut guide = minimal();
    second_technique(&mut guide);
    let mut thinners = caution(
        "thinners",
        CautionKind::General,
        CautionAction::AskClinician,
        &[],
    );
    thinners.for_you.avoid = vec![TechniqueId("press".to_owned())];
    thinners.for_you.because = "Pressing can bruise.".to_owned();
    thinners.for_you.otherwise = "Light pressure only.".to_owned();
    add_asked(&mut guide, thinners);
    let profile = Profile::new(&guide, &yes(&["thinners"]));
    let glide = profile.advice(&guide.techniques[0]);
    let press = profile.advice(&guide.techniques[1]);
    assert!(!glide.avoid());
    assert_eq!(
        glide.marks[0].verdict,
        TechniqueVerdict::Modify("Light pressure only.")
    );
    assert!(press.avoid());
    assert_eq!(
        press.marks[0].verdict,
        TechniqueVerdict::Avoid("Pressing can bruise.")
    );
    assert_eq!(
        press.marks.len(),
        1,
        "an avoided technique is not also changed"
    );
}

#[test]
fn an_area_caution_covers_techniques_that_list_it_or_suit_its_regions() {
    let mut guide = minimal();
    second_technique(&mut guide);
    let mut skin = caution("skin", CautionKind::Local, CautionAction::Avoid, &["spine"]);
    skin.for_you.otherwise = "Work around the sore skin.".to_owned();
    add_asked(&mut guide, skin);
    let profile = Profile::new(&guide, &yes(&["skin"]));
    // glide suits back_left only and does not list "skin": untouched.
    assert!(profile.advice(&guide.techniques[0]).is_empty());
    // press suits the spine: changed, not avoided.
    let press = profile.advice(&guide.techniques[1]);
    assert_eq!(
        press.marks[0].verdict,
        TechniqueVerdict::Modify("Work around the sore skin.")
    );
    // Listing the caution is enough too.
    guide.techniques[0]
        .cautions
        .push(CautionId("skin".to_owned()));
    let profile = Profile::new(&guide, &yes(&["skin"]));
    assert!(!profile.advice(&guide.techniques[0]).is_empty());
}

#[test]
fn avoid_marks_come_before_changes() {
    let mut guide = minimal();
    let mut change = caution("change", CautionKind::General, CautionAction::Modify, &[]);
    change.for_you.otherwise = "Go gently.".to_owned();
    add_asked(&mut guide, change);
    let profile = Profile::new(&guide, &yes(&["change", "fever"]));
    let advice = profile.advice(&guide.techniques[0]);
    assert_eq!(advice.marks.len(), 2);
    assert!(matches!(
        advice.marks[0].verdict,
        TechniqueVerdict::Avoid(_)
    ));
    assert!(matches!(
        advice.marks[1].verdict,
        TechniqueVerdict::Modify(_)
    ));
}

#[test]
fn region_panels_get_general_cautions_and_their_own() {
    let mut guide = minimal();
    let mut skin = caution("skin", CautionKind::Local, CautionAction::Avoid, &["spine"]);
    skin.for_you.otherwise = "Work around it.".to_owned();
    add_asked(&mut guide, skin);
    let profile = Profile::new(&guide, &yes(&["skin", "fever"]));
    let ids = |region: usize| -> Vec<String> {
        profile
            .for_region(&guide.regions[region])
            .iter()
            .map(|a| a.caution.id.to_string())
            .collect()
    };
    assert_eq!(guide.regions[0].id.as_str(), "back_left");
    assert_eq!(ids(0), ["fever"]);
    // Most serious action first; both are Avoid, so file order stays.
    assert_eq!(ids(1), ["fever", "skin"]);
}

// --- Warning signs ---------------------------------------------------------------------------

#[test]
fn red_flags_and_urgent_cautions_are_warning_signs_most_urgent_first() {
    let mut guide = minimal();
    let mut today = caution(
        "today",
        CautionKind::General,
        CautionAction::StopSeekUrgentCare,
        &[],
    );
    today.for_you.because = "Get it checked today.".to_owned();
    let mut now = caution(
        "now",
        CautionKind::RedFlag,
        CautionAction::Emergency,
        &["spine"],
    );
    now.for_you.because = "Call for help now.".to_owned();
    add_asked(&mut guide, today);
    add_asked(&mut guide, now);
    let alerts = |answers: &[&str]| -> Vec<String> {
        Profile::new(&guide, &yes(answers))
            .alerts()
            .iter()
            .map(|a| a.caution.id.to_string())
            .collect()
    };
    assert!(alerts(&["fever"]).is_empty(), "avoid is not a warning sign");
    assert_eq!(alerts(&["today", "now", "fever"]), ["now", "today"]);
    // A red flag rules out every technique, wherever it is.
    let profile = Profile::new(&guide, &yes(&["now"]));
    assert_eq!(
        profile.advice(&guide.techniques[0]).marks[0].verdict,
        TechniqueVerdict::Avoid("Call for help now.")
    );
}

// --- Stop if ---------------------------------------------------------------------------------

#[test]
fn stop_lines_come_from_the_techniques_cautions_most_serious_first_each_once() {
    let mut guide = minimal();
    let mut urgent = caution(
        "urgent",
        CautionKind::RedFlag,
        CautionAction::Emergency,
        &["spine"],
    );
    urgent.stop_if = vec![sign("the legs go numb"), sign("it hurts")];
    guide.cautions.push(urgent);
    let unlisted = caution(
        "unlisted",
        CautionKind::Local,
        CautionAction::Modify,
        &["back_left"],
    );
    guide.cautions.push(Caution {
        stop_if: vec![sign("never shown")],
        ..unlisted
    });
    guide.techniques[0]
        .cautions
        .push(CautionId("urgent".to_owned()));
    let lines: Vec<_> = stop_lines(&guide, &guide.techniques[0])
        .iter()
        .map(|l| l.sign.sign.clone())
        .collect();
    assert_eq!(lines, ["the legs go numb", "it hurts"]);
}

fn sign(text: &str) -> StopSign {
    StopSign {
        sign: text.to_owned(),
        then: String::new(),
        call: None,
    }
}

// --- Checks on the safety data ---------------------------------------------------------------

fn problems_with(edit: impl FnOnce(&mut GuideFiles)) -> Vec<String> {
    let mut files = files();
    edit(&mut files);
    load_guide(&files)
        .expect_err("the guide should be rejected")
        .iter()
        .map(|p| p.to_string())
        .collect()
}

fn contains(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn a_question_must_ask_something_about_cautions_that_exist() {
    let problems = problems_with(|f| {
        f.safety_check.text = f
            .safety_check
            .text
            .replace("cautions: [\"fever\"]", "cautions: [\"fevr\"]");
    });
    assert!(
        contains(
            &problems,
            "safety_check.ron:5:20: question \"fever\" refers to caution \"fevr\", which does not exist"
        ),
        "{problems:#?}"
    );
    let problems = problems_with(|f| {
        f.safety_check.text = f
            .safety_check
            .text
            .replace("\"Do you have a fever?\"", "\" \"")
            .replace("[\"fever\"]", "[]");
    });
    assert!(contains(&problems, "question \"fever\" has an empty ask"));
    assert!(contains(&problems, "question \"fever\" lists no cautions"));
}

#[test]
fn an_asked_caution_must_say_what_changes_for_the_reader() {
    let problems = problems_with(|f| {
        f.cautions.text = f.cautions.text.replace(
            "for_you: (because: \"Massage can wait until the fever has gone.\"),",
            "",
        );
    });
    assert!(
        contains(
            &problems,
            "rules out all massage, so for_you needs a `because`"
        ),
        "{problems:#?}"
    );
    let problems = problems_with(|f| {
        f.cautions.text = f.cautions.text.replace(
            "action: Avoid,\n        stop: \"Do not massage someone with a fever.\"",
            "action: Modify,\n        stop: \"Do not massage someone with a fever.\"",
        );
    });
    assert!(
        contains(&problems, "so for_you needs an `otherwise`"),
        "{problems:#?}"
    );
}

#[test]
fn avoided_techniques_must_exist_and_have_a_reason() {
    let problems = problems_with(|f| {
        f.cautions.text = f.cautions.text.replace(
            "stop_if: [(sign: \"it hurts\")],",
            "stop_if: [(sign: \"it hurts\")],\n        for_you: (avoid: [\"glde\"]),",
        );
    });
    assert!(contains(
        &problems,
        "caution \"bones\" refers to technique \"glde\", which does not exist"
    ));
    assert!(contains(
        &problems,
        "caution \"bones\" lists techniques to avoid in for_you but no `because`"
    ));
}

#[test]
fn danger_zones_must_name_an_endangerment_site_and_lie_on_the_map() {
    let zone = |caution: &str, path: &str| {
        let caution = caution.to_owned();
        let path = path.to_owned();
        problems_with(move |f| {
            let text = f.diagram.text.trim_end().trim_end_matches(')').to_owned();
            f.diagram.text = format!(
                "{text}    danger_zones: [(caution: \"{caution}\", path: \"{path}\")],\n)\n"
            );
        })
    };
    let problems = zone("fever", "M 11 11 L 12 11 L 12 12 Z");
    assert!(
        contains(
            &problems,
            "danger zone for caution \"fever\", which is General, not EndangermentSite"
        ),
        "{problems:#?}"
    );
    let problems = zone("bone", "M 11 11 L 12 11 L 12 12 Z");
    assert!(contains(
        &problems,
        "danger zone for caution \"bone\", which does not exist"
    ));
    let problems = zone("bones", "M 11 11 L 9999 11 L 12 12 Z");
    assert!(contains(
        &problems,
        "the danger zone \"bones\" reaches from (11, 11) to (9999, 12), outside the diagram"
    ));
    let problems = zone("bones", "M 1 1 L 20 11 L 12 12 Z");
    assert!(contains(
        &problems,
        "the danger zone \"bones\" passes through (1, 1), outside the body outline"
    ));
}

#[test]
fn gaps_name_missing_questions_zones_and_stop_lines() {
    let mut guide = minimal();
    let found = gaps(&guide);
    assert!(found.contains(
        &"caution \"bones\" is an endangerment site with no danger zone in diagram.ron".to_owned()
    ));
    assert!(!found.iter().any(|g| g.contains("no safety-check question")));
    guide.questions.clear();
    guide.cautions[0].stop_if.clear();
    let found = gaps(&guide);
    for expected in [
        "the safety check asks no questions",
        "caution \"fever\" applies to everyone but no safety-check question asks about it",
        "technique \"glide\" has no \"stop if\" lines: give stop_if to one of its cautions",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected}: {found:#?}"
        );
    }
}

#[test]
fn the_check_asks_warning_signs_first_emergencies_first_and_keeps_file_order_otherwise() {
    use massage_guide::safety::{is_warning_sign, questions_in_asking_order};
    let guide = built_in();
    let (urgent, others) = questions_in_asking_order(&guide);
    assert_eq!(urgent.len() + others.len(), guide.questions.len());
    let worst = |q: &Question| {
        q.cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .map(|c| c.action)
            .max()
    };
    let warns = |q: &Question| {
        q.cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .any(is_warning_sign)
    };
    assert!(urgent.iter().all(|q| warns(q)) && !others.iter().any(|q| warns(q)));
    assert_eq!(worst(urgent[0]), Some(CautionAction::Emergency));
    assert!(urgent.windows(2).all(|w| worst(w[0]) >= worst(w[1])));
    // The rest keep the file's order.
    let positions: Vec<_> = others
        .iter()
        .map(|q| guide.questions.iter().position(|g| g.id == q.id).unwrap())
        .collect();
    assert!(positions.is_sorted());
}
