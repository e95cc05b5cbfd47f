//! The findings of the second independent clinical review
//! (`shared/reviews/content-review-2026-12-07.md`): the unsafe ones (U1 to U7) and some of the
//! others, each as a test that fails on the text the review read. The wider rules they led to
//! live in `tests/content.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::built_in;
use massage_guide::data::{Caution, CautionId, CountryId, Guide, Question, Topic, TopicId, prose};
use massage_guide::safety::{Answers, Profile};

fn caution<'a>(guide: &'a Guide, id: &str) -> &'a Caution {
    guide.caution(&CautionId(id.to_owned())).expect(id)
}

fn topic<'a>(guide: &'a Guide, id: &str) -> &'a Topic {
    guide.topic(&TopicId(id.to_owned())).expect(id)
}

fn question<'a>(guide: &'a Guide, id: &str) -> &'a Question {
    guide.questions.iter().find(|q| q.id.0 == id).expect(id)
}

/// The caution's text, its stop lines and what it says to the person it applies to.
fn everything_said(caution: &Caution) -> String {
    let mut all = vec![
        caution.stop.clone(),
        caution.why.clone(),
        caution.for_you.because.clone(),
        caution.for_you.otherwise.clone(),
    ];
    all.extend(caution.call_if.iter().map(|c| c.when.clone()));
    all.extend(
        caution
            .stop_if
            .iter()
            .map(|s| format!("{} {}", s.sign, s.then)),
    );
    all.join("\n").to_lowercase()
}

/// U1: a new weak or numb arm can be a stroke, and stroke advice says call now, even if it
/// passes. Only pins and needles from pressure or position that clear within minutes can wait.
#[test]
fn u1_a_weak_or_numb_arm_is_never_told_to_wait() {
    let guide = built_in();
    for prose in prose(&guide) {
        let text = prose.text.to_lowercase();
        assert!(
            !text.contains("within an hour"),
            "{} lets a numb or weak limb wait an hour: {}",
            prose.place,
            prose.text
        );
        if text.contains("arm feels weak") || text.contains("arm goes weak") {
            assert!(text.contains("now"), "{}: {}", prose.place, prose.text);
        }
    }
    let stroke = everything_said(caution(&guide, "dizziness_or_arm_tingling"));
    assert!(stroke.contains("sudden weakness or numbness"), "{stroke}");
    assert!(stroke.contains("even if it passes"), "{stroke}");
    let when = topic(&guide, "when_to_get_help").points.join("\n");
    assert!(
        when.contains("Sudden weakness or numbness") && when.contains("even if it passes"),
        "{when}"
    );
    for region in guide
        .regions
        .iter()
        .filter(|r| r.id.0.starts_with("shoulder_blade"))
    {
        let complaints = region.common_complaints.join("\n");
        assert!(
            !complaints.contains("If the arm feels weak, get medical advice today"),
            "{complaints}"
        );
        assert!(complaints.contains("even if it passes"), "{complaints}");
    }
}

/// U2: after cancer, new back pain is seen within about a day (NICE NG234).
#[test]
fn u2_cancer_history_with_new_back_pain_has_a_time_frame() {
    let guide = built_in();
    let higher_risk = everything_said(caution(&guide, "higher_risk_ask_clinician"));
    assert!(
        higher_risk.contains("cancer team or doctor today"),
        "{higher_risk}"
    );
    assert!(
        caution(&guide, "higher_risk_ask_clinician")
            .sources
            .iter()
            .any(|s| s.0 == "nice_ng234_spinal_metastases")
    );
    for id in ["cancer", "higher_risk"] {
        let help = &question(&guide, id).help;
        assert!(help.contains("cancer team or doctor today"), "{id}: {help}");
    }
}

/// U3: an avoid list lets through no technique its own caution forbids. The review named
/// these; `tests/content.rs` checks the rule for every caution.
#[test]
fn u3_lymphoedema_and_sciatica_avoid_what_their_text_forbids() {
    let guide = built_in();
    let avoided = |id: &str| -> Vec<String> {
        caution(&guide, id)
            .for_you
            .avoid
            .iter()
            .map(|t| t.0.clone())
            .collect()
    };
    let lymph = avoided("lymphoedema_risk");
    for technique in [
        "ball_against_wall",
        "peanut_balls_upper_back",
        "foam_roller_hips",
        "held_pressure_tender_spot",
        "thumb_circles_beside_spine",
        "cross_fibre_friction",
    ] {
        assert!(
            lymph.contains(&technique.to_owned()),
            "lymphoedema: {technique}"
        );
    }
    let sciatica = avoided("sciatica_assess_first");
    for technique in [
        "tapotement",
        "held_pressure_tender_spot",
        "cross_fibre_friction",
        "ball_against_wall",
    ] {
        assert!(
            sciatica.contains(&technique.to_owned()),
            "sciatica: {technique}"
        );
    }
}

/// U4: anaphylaxis first aid starts with the adrenaline pen, then the call, then positioning.
#[test]
fn u4_anaphylaxis_starts_with_the_adrenaline_pen() {
    let guide = built_in();
    let guide = guide.localized(Some(&CountryId("uk".to_owned())));
    let allergy = caution(&guide, "oil_or_lotion_allergy");
    let text = allergy.card_text(guide.here()).to_lowercase();
    let pen = text
        .find("adrenaline (epinephrine) pen")
        .expect("the pen is named");
    let call = text.find("call 999").expect("the call is named");
    assert!(pen < call, "{text}");
    assert!(text.contains("legs raised"), "{text}");
    assert!(
        allergy
            .stop_if
            .iter()
            .any(|l| format!("{} {}", l.sign, l.then).contains("adrenaline")),
        "{:?}",
        allergy.stop_if
    );
}

/// U5: the massage-gun muscle injury the guide cites is told by dark urine and very painful,
/// swollen muscles in the day or two after.
#[test]
fn u5_the_massage_gun_muscle_injury_has_its_warning_sign() {
    let guide = built_in();
    for id in ["percussion_massager_care", "self_massage_start_light"] {
        let said = everything_said(caution(&guide, id));
        assert!(said.contains("urine turns dark"), "{id}: {said}");
    }
    let when = topic(&guide, "when_to_get_help").points.join("\n");
    assert!(when.contains("Dark urine"), "{when}");
}

/// U7: clots stay more likely for six weeks after birth.
#[test]
fn u7_the_weeks_after_birth_are_asked_about() {
    let guide = built_in();
    let pregnant = question(&guide, "pregnant");
    assert!(pregnant.ask.contains("had a baby in the last 6 weeks"));
    // A swollen, painful leg in pregnancy or the 6 weeks after birth: the maternity team now.
    let clot = caution(&guide, "dvt_blood_clots");
    assert!(
        clot.call_if
            .iter()
            .any(|c| c.when.contains("6 weeks of birth")
                && c.call == massage_guide::data::Urgency::Maternity),
        "{clot:?}"
    );
    let pregnancy = everything_said(caution(&guide, "pregnancy_ask_clinician"));
    assert!(
        pregnancy.contains("6 weeks after giving birth"),
        "{pregnancy}"
    );
}

/// U6: a device under or stuck to the skin (a nerve stimulator, a pump, a glucose sensor) is
/// asked about, and a yes keeps balls, rollers, guns and cups off the back.
#[test]
fn u6_implanted_and_worn_devices_are_asked_about_and_tools_kept_off() {
    let guide = built_in();
    let device = guide
        .questions
        .iter()
        .find(|q| q.ask.contains("nerve stimulator") && q.ask.contains("glucose sensor"))
        .expect("a question on devices other than heart devices");
    let mut answers = Answers::default();
    answers.set(device.id.clone(), Some(true));
    let profile = Profile::new(&guide, &answers);
    for id in [
        "ball_against_wall",
        "foam_roller_hips",
        "percussion_massager",
        "cupping_set",
    ] {
        let technique = guide
            .techniques
            .iter()
            .find(|t| t.id.0 == id)
            .unwrap_or_else(|| panic!("technique {id}"));
        assert!(profile.advice(technique).avoid(), "{id} with a device");
    }
}

/// C2: symptom questions ask about what is new, getting worse or not yet checked, so old,
/// checked numbness is not sent to emergency services; saddle numbness stays an emergency.
#[test]
fn c2_symptom_questions_ask_about_what_is_new_or_unchecked() {
    let guide = built_in();
    for id in [
        "dizziness_or_arm_tingling",
        "emergency_signs",
        "numbness_or_tingling",
    ] {
        let ask = question(&guide, id).ask.to_lowercase();
        assert!(
            ask.contains("new") || ask.contains("not yet checked") || ask.contains("no doctor"),
            "{id}: {ask}"
        );
    }
    assert!(
        question(&guide, "emergency_signs")
            .ask
            .contains("numbness around your genitals or buttocks")
    );
}

/// C8: with blood thinners, gentle massage is usually fine; only firmer work waits for the
/// doctor. Yet no cups, guns, tapping, balls or deep work.
#[test]
fn c8_blood_thinners_allow_gentle_massage_and_rule_out_the_rest() {
    let guide = built_in();
    let thinners = caution(&guide, "bleeding_or_blood_thinners");
    assert!(
        !thinners.stop.contains("before any massage"),
        "{}",
        thinners.stop
    );
    assert!(thinners.stop.contains("Gentle massage is usually fine"));
    let mut answers = Answers::default();
    answers.set(question(&guide, "blood_thinners").id.clone(), Some(true));
    let profile = Profile::new(&guide, &answers);
    let gentle = guide
        .techniques
        .iter()
        .find(|t| t.id.0 == "palm_effleurage")
        .unwrap();
    assert!(!profile.advice(gentle).avoid(), "a gentle glide stays");
    for id in [
        "cupping_set",
        "percussion_massager",
        "tapotement",
        "deep_tissue_strokes",
    ] {
        let technique = guide.techniques.iter().find(|t| t.id.0 == id).unwrap();
        assert!(profile.advice(technique).avoid(), "{id}");
    }
}

/// M4: shingles, a one-sided band of burning pain that can come before any rash, is asked
/// about, is a red flag with a same-day call, and search finds it.
#[test]
fn m4_shingles_is_asked_about_and_sends_for_help_today() {
    let guide = built_in();
    let shingles = caution(&guide, "shingles");
    assert_eq!(shingles.call, Some(massage_guide::data::Urgency::Today));
    assert!(shingles.why.contains("before a rash"), "{}", shingles.why);
    assert!(
        guide
            .questions
            .iter()
            .any(|q| q.cautions.contains(&shingles.id)),
        "asked about"
    );
    assert!(
        guide
            .look_alikes
            .iter()
            .any(|l| l.id.as_str() == "shingles")
    );
}
