//! The built-in muscles as a student and a giver meet them: each says where it attaches, which
//! nerve works it and how to find it; the muscles the clinical review found missing are there;
//! and those a lay giver must not press are never offered for massage.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::built_in;
use massage_guide::data::{Guide, Muscle, MuscleId, RegionId, SourceId, TextStats};
use massage_guide::handout::{HandoutOptions, HandoutSubject, handout};
use massage_guide::reader_data::MyRoutines;

fn muscle<'a>(guide: &'a Guide, id: &str) -> &'a Muscle {
    guide
        .muscle(&MuscleId(id.to_owned()))
        .unwrap_or_else(|| panic!("no muscle {id}"))
}

#[test]
fn every_muscle_says_where_it_attaches_its_nerve_and_how_to_find_it_plainly() {
    let guide = built_in();
    for m in &guide.muscles {
        for (field, text) in [
            ("from", &m.from),
            ("to", &m.to),
            ("nerve", &m.nerve),
            ("find", &m.find),
        ] {
            assert!(!text.trim().is_empty(), "{}: {field}", m.id);
        }
        // The line on finding it is a sentence a reader follows with their hands.
        let stats = TextStats::of(&m.find);
        assert!(
            stats.flesch().unwrap() >= 60.0,
            "{}: find reads at {:?}",
            m.id,
            stats.flesch()
        );
        // A nerve supply names the spinal levels it comes from: by number, or, for the long
        // muscles beside the spine, each level its own.
        assert!(
            m.nerve.chars().any(|c| c.is_ascii_digit()) || m.nerve.contains("each level"),
            "{}: the nerve's levels",
            m.id
        );
    }
}

#[test]
fn the_muscles_the_review_found_missing_are_there_and_drawn_where_a_back_view_shows_them() {
    let guide = built_in();
    for id in [
        "semispinalis_capitis",
        "suboccipital_muscles",
        "serratus_posterior_superior",
        "serratus_posterior_inferior",
        "serratus_anterior",
        "posterior_deltoid",
    ] {
        let m = muscle(&guide, id);
        assert!(m.is_drawn(), "{id} is drawn");
        assert!(m.may_press(), "{id} may be pressed");
    }
    for id in ["scalenes", "iliopsoas"] {
        let m = muscle(&guide, id);
        assert!(!m.is_drawn(), "{id} is not on a back view");
        assert!(!m.may_press(), "{id} is not for a lay giver's hands");
    }
}

#[test]
fn a_muscle_not_to_press_says_why_and_is_offered_to_no_technique() {
    let guide = built_in();
    let not_pressed: Vec<_> = guide.muscles.iter().filter(|m| !m.may_press()).collect();
    assert_eq!(not_pressed.len(), 2);
    let scalenes = muscle(&guide, "scalenes");
    let why = scalenes.do_not_press.as_deref().unwrap();
    assert!(why.contains("nerves") && why.contains("blood vessels") && why.contains("arm"));
    let iliopsoas = muscle(&guide, "iliopsoas");
    let why = iliopsoas.do_not_press.as_deref().unwrap();
    assert!(why.contains("tummy") && why.contains("blood vessels"));
    for m in not_pressed {
        assert_eq!(guide.techniques_for_muscle(m).count(), 0, "{}", m.id);
        for technique in &guide.techniques {
            assert!(
                guide.muscles_for_technique(technique).all(|t| t.id != m.id),
                "{} is not named for {}",
                m.id,
                technique.id
            );
        }
        // Still named where it lies, but never as the muscle a region's techniques are for.
        assert!(!m.regions.is_empty());
        for region in m.regions.iter().filter_map(|r| guide.region(r)) {
            assert!(region.muscles.contains(&m.id));
            assert_ne!(region.muscles.first(), Some(&m.id), "{}", region.id);
        }
    }
    // A muscle one may press keeps its techniques.
    assert!(
        guide
            .techniques_for_muscle(muscle(&guide, "rhomboids"))
            .next()
            .is_some()
    );
}

/// The review's table of the 18 muscles: what it asked to add is said.
#[test]
fn the_reviews_comments_on_the_muscles_are_taken() {
    let guide = built_in();
    let does = |id: &str| muscle(&guide, id).does.clone();
    assert!(does("levator_scapulae").contains("turns it to the same side"));
    assert!(does("latissimus_dorsi").contains("sacrum"));
    assert!(does("quadratus_lumborum").contains("kidney lies just in front of its upper part"));
    assert!(does("gluteus_minimus").contains("turns the thigh inwards"));
    assert!(does("multifidus").contains("just under a thick sheet of tissue"));
    let erector = does("erector_spinae");
    for column in [
        "Iliocostalis is the outer",
        "longissimus the middle",
        "spinalis the one next to the spine",
    ] {
        assert!(erector.contains(column), "{column}");
    }
    // W6: the lower trapezius reaches T12, so it lies in the lower-rib regions too.
    let lower = muscle(&guide, "trapezius_lower");
    for side in ["lower_thoracic_left", "lower_thoracic_right"] {
        assert!(lower.regions.iter().any(|r| r.as_str() == side), "{side}");
    }
}

/// W2: the back-muscles chapter of `StatPearls`, wrong in places, is cited by nothing and gone.
#[test]
fn the_unreliable_back_muscles_chapter_is_not_cited() {
    let guide = built_in();
    let old = SourceId("statpearls_back_muscles".to_owned());
    assert!(guide.source(&old).is_none());
    assert!(guide.source_references().all(|s| s != &old));
    assert!(
        guide.sources.iter().all(|s| !s.url.contains("NBK537074")),
        "nor under another id"
    );
}

/// On paper there is no page to open: a region's handout says beside the scalenes' name not to
/// press them, and why, and says nothing of the kind beside a muscle one may press.
#[test]
fn a_region_handout_marks_a_muscle_not_to_press() {
    let guide = built_in();
    let options = HandoutOptions {
        answers: None,
        origin: None,
    };
    let subject = HandoutSubject::Region(RegionId("neck".to_owned()));
    let html = handout(&guide, &subject, &MyRoutines::default(), &options)
        .unwrap()
        .html;
    let scalenes = muscle(&guide, "scalenes");
    let item = html
        .split("<li>")
        .find(|li| li.contains(&format!("<strong>{}</strong>", scalenes.name)))
        .expect("the scalenes are listed");
    assert!(item.contains("Do not press."), "{item}");
    assert!(item.contains("nerves and large blood vessels"), "{item}");
    let levator = muscle(&guide, "levator_scapulae");
    let item = html
        .split("<li>")
        .find(|li| li.contains(&format!("<strong>{}</strong>", levator.name)))
        .expect("the levator scapulae is listed");
    assert!(!item.contains("Do not press."), "{item}");
}
