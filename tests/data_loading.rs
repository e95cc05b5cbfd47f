//! Loading and validating guides: the embedded one must be clean, and each class of broken
//! input must be reported with its file, line and column.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{fixture_dir, minimal_files as minimal, scratch_copy};
use massage_guide::data::{Diagnostic, GuideFiles, Position, load_guide};
use massage_guide::native::guide_dir::read_guide_dir;

/// The minimal guide with `from` replaced by `to` in one file (exactly one occurrence).
fn broken(file: &str, from: &str, to: &str) -> GuideFiles {
    let mut files = minimal();
    let target = files
        .named_mut(file)
        .unwrap_or_else(|| panic!("no such file {file}"));
    assert_eq!(
        target.text.matches(from).count(),
        1,
        "{from:?} must occur once in {file}"
    );
    target.text = target.text.replacen(from, to, 1);
    files
}

fn problems(files: &GuideFiles) -> Vec<Diagnostic> {
    load_guide(files).expect_err("the guide should be rejected")
}

/// Asserts that one problem is at `file:line:col` and its message contains `needle`.
fn assert_problem(problems: &[Diagnostic], file: &str, line: usize, col: usize, needle: &str) {
    let found = problems.iter().any(|p| {
        p.path.ends_with(file)
            && p.position == Some(Position { line, col })
            && p.message.contains(needle)
    });
    assert!(
        found,
        "expected {file}:{line}:{col} containing {needle:?}, got:\n{}",
        problems
            .iter()
            .map(|p| format!("  {p}\n"))
            .collect::<String>()
    );
}

#[test]
fn embedded_guide_is_valid() {
    let guide = load_guide(&GuideFiles::embedded()).unwrap_or_else(|problems| {
        panic!(
            "embedded guide has problems:\n{}",
            problems
                .iter()
                .map(|p| format!("{p}\n"))
                .collect::<String>()
        )
    });
    assert!(guide.regions.len() >= 17);
    for region in &guide.regions {
        let name = region.display_name();
        assert!(
            guide.techniques_for(&region.id).count() >= 1,
            "{name} has no technique"
        );
        assert!(
            guide.benefits_for(&region.id).count() >= 1,
            "{name} has no benefit"
        );
        assert!(
            !guide.cautions_for(&region.id).is_empty(),
            "{name} has no caution"
        );
    }
}

/// A muscle's heading on the map says its Latin name once, never the plain name twice.
#[test]
fn muscle_titles_say_each_name_once() {
    let guide = load_guide(&GuideFiles::embedded()).expect("the built-in guide is valid");
    let title = |id: &str| {
        guide
            .muscle(&massage_guide::data::MuscleId(id.into()))
            .map(|m| m.title())
            .unwrap_or_else(|| panic!("no muscle {id}"))
    };
    assert_eq!(title("rhomboids"), "Rhomboids (Rhomboideus major et minor)");
    assert_eq!(title("piriformis"), "Piriformis");
    assert_eq!(
        title("erector_spinae"),
        "Erector spinae (iliocostalis, longissimus, spinalis)"
    );
    for muscle in &guide.muscles {
        let title = muscle.title();
        assert_eq!(
            title.matches(&muscle.name).count(),
            1,
            "{title}: the plain name once"
        );
        assert!(
            !title.contains("))"),
            "{title}: no brackets inside brackets"
        );
    }
}

#[test]
fn minimal_fixture_is_valid() {
    let guide = load_guide(&minimal()).expect("the fixture is valid");
    assert_eq!(guide.regions.len(), 2);
}

#[test]
fn syntax_error_is_located() {
    let files = broken("techniques.ron", "pressure: Light,", "pressure: Light");
    let problems = problems(&files);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(&problems, "techniques.ron", 9, 9, "");
}

#[test]
fn unknown_field_is_located() {
    let files = broken(
        "regions.ron",
        "        side: Left,\n",
        "        side: Left,\n        colour: \"red\",\n",
    );
    assert_problem(&problems(&files), "regions.ron", 6, 9, "colour");
}

#[test]
fn unknown_vocabulary_word_is_located() {
    let files = broken("techniques.ron", "pressure: Light,", "pressure: Medium,");
    assert_problem(&problems(&files), "techniques.ron", 8, 19, "Medium");
}

#[test]
fn duplicate_id_points_at_the_second_definition() {
    let files = broken(
        "benefits.ron",
        "    ),\n]",
        "    ),\n    (\n        id: \"relax\",\n        name: \"Again\",\n        explanation: \"x\",\n        evidence: Limited,\n        regions: [],\n        sources: [],\n    ),\n]",
    );
    let problems = problems(&files);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(
        &problems,
        "benefits.ron",
        11,
        13,
        "benefit \"relax\" is defined more than once",
    );
}

#[test]
fn missing_reference_points_at_the_reference() {
    let files = broken(
        "techniques.ron",
        "regions: [\"back_left\"]",
        "regions: [\"back_lft\"]",
    );
    let problems = problems(&files);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(
        &problems,
        "techniques.ron",
        11,
        19,
        "technique \"glide\" refers to region \"back_lft\", which does not exist",
    );
}

#[test]
fn a_path_that_does_not_parse_points_at_its_faulty_command() {
    let files = broken(
        "diagram.ron",
        "M 45 10 C 48 12 52 12 55 10 L 55 90",
        "M 45 10 C 48 12 52 55 10 L 55 90",
    );
    assert_problem(
        &problems(&files),
        "diagram.ron",
        10,
        42,
        "the outline of \"spine\" does not parse: `C 48 12 52 55 10` has the wrong numbers: it \
         takes x1 y1 x2 y2 x y (six numbers per curve)",
    );
    let files = broken("diagram.ron", "M 40 0 L 60 0", "M 40 0 K 60 0");
    assert_problem(
        &problems_of(&files),
        "diagram.ron",
        4,
        19,
        "the head outline does not parse: `K` is not a path command",
    );
}

#[test]
fn outline_outside_the_diagram_is_located() {
    let files = broken("diagram.ron", "L 45 90 L 10 90 Z", "L 45 90 L 10 190 Z");
    assert_problem(
        &problems(&files),
        "diagram.ron",
        9,
        37,
        "the outline of \"back_left\" reaches from (10, 10) to (45, 190), outside the diagram \
         (0..100, 0..100)",
    );
}

#[test]
fn a_huge_curve_is_reported_not_followed() {
    // Found by fuzzing: flattening a curve this size asked for more memory than exists.
    let files = broken(
        "diagram.ron",
        "M 45 10 C 48 12 52 12 55 10",
        "M 45 10 C 48 12 52 12 1e30 10",
    );
    assert_problem(
        &problems(&files),
        "diagram.ron",
        10,
        33,
        "the outline of \"spine\" reaches from (45, 10) to (1000000000000000019884624838656, 90)",
    );
}

#[test]
fn an_open_or_self_crossing_outline_is_located() {
    let files = broken(
        "diagram.ron",
        "M 10 10 L 45 10 L 45 90 L 10 90 Z",
        "M 10 10 L 45 90 L 45 10 L 10 90 Z",
    );
    assert_problem(&problems(&files), "diagram.ron", 9, 37, "crosses itself");
    let files = broken("diagram.ron", "L 55 90 L 45 90 Z", "L 55 90 L 45 90");
    assert_problem(
        &problems(&files),
        "diagram.ron",
        10,
        33,
        "the outline of \"spine\" is open: end each of its shapes with Z",
    );
}

#[test]
fn shapes_must_lie_inside_the_body() {
    let files = broken(
        "diagram.ron",
        "M 48 18 C 48 16 52 16 52 18 C 52 20 48 20 48 18 Z",
        "M 48 18 C 48 16 52 16 52 18 L 52 97 L 48 97 Z",
    );
    assert_problem(
        &problems(&files),
        "diagram.ron",
        20,
        19,
        "the path of landmark \"t1\" passes through (52, 97), outside the body outline",
    );
    let files = broken("muscles.ron", "M 20 20 L 40 20", "M 20 20 L 40 2");
    assert_problem(
        &problems(&files),
        "muscles.ron",
        14,
        15,
        "the left outline of muscle \"erector_spinae\" passes through (40, 2), outside the body",
    );
}

#[test]
fn a_muscle_and_its_regions_list_each_other() {
    let files = broken(
        "regions.ron",
        "muscles: [\"erector_spinae\"]",
        "muscles: []",
    );
    assert_problem(
        &problems(&files),
        "muscles.ron",
        16,
        19,
        "muscle \"erector_spinae\" lies in the region \"back_left\", but that region's muscles \
         in regions.ron do not include it",
    );
    let files = broken(
        "muscles.ron",
        "regions: [\"back_left\"]",
        "regions: [\"spine\"]",
    );
    assert_problem(
        &problems(&files),
        "regions.ron",
        7,
        19,
        "region \"back_left\" lists the muscle \"erector_spinae\", but that muscle's regions",
    );
    let files = broken("regions.ron", "[\"erector_spinae\"]", "[\"erector_spine\"]");
    assert_problem(
        &problems(&files),
        "regions.ron",
        7,
        19,
        "region \"back_left\" refers to muscle \"erector_spine\", which does not exist",
    );
}

#[test]
fn region_without_outline_is_located() {
    let files = broken(
        "diagram.ron",
        "        (region: \"spine\", path: \"M 45 10 C 48 12 52 12 55 10 L 55 90 L 45 90 Z\"),\n",
        "",
    );
    assert_problem(
        &problems(&files),
        "regions.ron",
        14,
        13,
        "region \"spine\" has no outline",
    );
}

#[test]
fn empty_name_is_located() {
    let files = broken("regions.ron", "name: \"Back\"", "name: \" \"");
    assert_problem(
        &problems(&files),
        "regions.ron",
        3,
        13,
        "region \"back_left\" has an empty name",
    );
}

#[test]
fn general_caution_with_regions_is_rejected() {
    let files = broken(
        "cautions.ron",
        "infection on.\",\n        regions: [],",
        "infection on.\",\n        regions: [\"spine\"],",
    );
    assert_problem(
        &problems(&files),
        "cautions.ron",
        14,
        13,
        "must list no regions",
    );
}

#[test]
fn every_problem_is_reported_at_once_in_file_order() {
    let mut files = broken(
        "regions.ron",
        "sources: [\"nhs\"],\n    ),\n    (",
        "sources: [\"who\"],\n    ),\n    (",
    );
    files.benefits.text = files
        .benefits
        .text
        .replace("regions: [\"back_left\"]", "regions: [\"nowhere\"]");
    let problems = problems(&files);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].path.ends_with("benefits.ron"));
    assert!(problems[1].path.ends_with("regions.ron"));
    assert_problem(&problems, "regions.ron", 11, 19, "refers to source \"who\"");
    assert_problem(
        &problems,
        "benefits.ron",
        7,
        19,
        "refers to region \"nowhere\"",
    );
}

#[test]
fn diagnostics_print_as_path_line_col_message() {
    let files = broken(
        "techniques.ron",
        "regions: [\"back_left\"]",
        "regions: [\"back_lft\"]",
    );
    let text = problems(&files)[0].to_string();
    let expected_path = fixture_dir().join("techniques.ron").display().to_string();
    assert_eq!(
        text,
        format!(
            "{expected_path}:11:19: technique \"glide\" refers to region \"back_lft\", which does not \
             exist; did you mean \"back_left\"?"
        )
    );
}

#[test]
fn missing_and_non_utf8_files_are_reported_by_the_folder_reader() {
    let dir = scratch_copy("missing_and_non_utf8");
    std::fs::remove_file(dir.join("sources.ron")).unwrap();
    std::fs::write(dir.join("benefits.ron"), b"[\n  (id: \"x\xff\")]").unwrap();
    let problems = read_guide_dir(&dir).expect_err("the folder is broken");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_problem(&problems, "benefits.ron", 2, 10, "not UTF-8");
    assert!(
        problems.iter().any(|p| p.path.ends_with("sources.ron")
            && p.position.is_none()
            && p.message.contains("cannot read")),
        "{problems:?}"
    );
}

#[test]
fn a_folder_may_leave_out_only_the_everyday_words() {
    let dir = scratch_copy("no_everyday_words");
    std::fs::remove_file(dir.join("everyday_words.ron")).unwrap();
    let files = read_guide_dir(&dir).expect("everyday_words.ron is optional");
    assert!(files.everyday_words.missing);
    assert!(!files.techniques.missing);
    let guide = load_guide(&files).expect("the guide loads without it");
    assert!(guide.everyday_words.is_empty());
    assert!(
        massage_guide::data::gaps(&guide)
            .iter()
            .any(|g| g.starts_with("everyday_words.ron is missing or lists no words")),
        "a complete guide has everyday words"
    );

    // A file that is there must be right, like any other.
    std::fs::write(dir.join("everyday_words.ron"), "  \n").unwrap();
    let files = read_guide_dir(&dir).unwrap();
    assert!(!files.everyday_words.missing);
    assert_eq!(problems(&files)[0].message, "the file is empty");
    // A link that leads nowhere is not a file left out.
    #[cfg(unix)]
    {
        std::fs::remove_file(dir.join("everyday_words.ron")).unwrap();
        std::os::unix::fs::symlink(dir.join("gone.ron"), dir.join("everyday_words.ron")).unwrap();
        let problems = read_guide_dir(&dir).expect_err("a broken link is an error");
        assert!(problems[0].message.contains("cannot read"), "{problems:?}");
    }
}

#[test]
fn every_everyday_word_finds_what_exists() {
    let files = broken(
        "everyday_words.ron",
        "finds: [Claim(\"calm\")]",
        "finds: [Claim(\"calm\"), Muscle(\"erector_spinea\"), Claim(\"calm\"), Tool(FoamRoller)]",
    );
    let found = problems(&files);
    assert_problem(
        &found,
        "everyday_words.ron",
        9,
        39,
        "everyday word \"chill out\" refers to muscle \"erector_spinea\", which does not exist",
    );
    assert!(
        found
            .iter()
            .any(|p| p.hint.as_deref() == Some("did you mean \"erector_spinae\"?")),
        "{found:?}"
    );
    assert_problem(
        &found,
        "everyday_words.ron",
        9,
        64,
        "lists claim \"calm\" more than once",
    );
    assert_problem(
        &found,
        "everyday_words.ron",
        9,
        78,
        "refers to the tool FoamRoller, which no technique uses",
    );
    assert_eq!(found.len(), 3, "{found:?}");

    let files = broken("everyday_words.ron", "\"rub\"", "\"the\", \"\"");
    let found = problems(&files);
    assert_problem(
        &found,
        "everyday_words.ron",
        4,
        27,
        "lists \"the\", which has no word search can use",
    );
    assert_problem(
        &found,
        "everyday_words.ron",
        4,
        9,
        "everyday word \"stroke\" has an empty word 3",
    );

    // Written alike, in one entry: the repeat is marked.
    let files = broken("everyday_words.ron", "\"rub\"", "\"rub\", \"Rub\"");
    let found = problems(&files);
    assert_problem(
        &found,
        "everyday_words.ron",
        4,
        34,
        "everyday word \"stroke\" lists \"Rub\", which is listed already",
    );
    assert_eq!(found.len(), 1, "{found:?}");

    let files = broken(
        "everyday_words.ron",
        "words: [\"chill out\", \"calm down\"],\n        finds: [Claim(\"calm\")]",
        "words: [],\n        finds: []",
    );
    let found = problems(&files);
    assert_problem(
        &found,
        "everyday_words.ron",
        8,
        9,
        "an entry of everyday words lists no words",
    );
    assert_problem(&found, "everyday_words.ron", 9, 9, "lists no finds");
}

fn run_check(args: &[&str]) -> (i32, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_massage-guide"))
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn check_command_exits_0_on_clean_guides_and_1_on_broken_ones() {
    let (code, out) = run_check(&[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("built-in guide: the guide is valid (17 regions"),
        "{out}"
    );

    assert!(out.contains("Reading ease (Flesch, "), "{out}");
    assert!(
        !out.contains("gap"),
        "the built-in guide is complete: {out}"
    );

    let dir = scratch_copy("check_command");
    let (code, out) = run_check(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "a small guide still loads: {out}");
    assert!(
        out.contains("7 gaps for a complete guide (it still loads):\n"),
        "{out}"
    );
    assert!(
        out.contains("  region \"spine\" has 0 techniques; a complete guide"),
        "{out}"
    );

    let path = dir.join("techniques.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("\"back_left\"", "\"back_lft\"")).unwrap();
    let (code, out) = run_check(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with(
            "error: technique \"glide\" refers to region \"back_lft\", which does not exist\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!("--> {}:11:19\n", path.display())),
        "{out}"
    );
    assert!(out.contains("= help: did you mean \"back_left\"?"), "{out}");
    assert!(out.ends_with("1 problem found.\n"), "{out}");

    let (code, out) = run_check(&["/no/such/folder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("error: cannot open this folder: ")
            && out.contains("--> /no/such/folder\n"),
        "{out}"
    );
}

#[test]
fn an_id_listed_twice_points_at_the_repeat() {
    let files = broken(
        "techniques.ron",
        "regions: [\"back_left\"],",
        "regions: [\"back_left\", \"back_left\"],",
    );
    let problems = problems(&files);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(
        &problems,
        "techniques.ron",
        11,
        32,
        "technique \"glide\" lists region \"back_left\" more than once",
    );
}

#[test]
fn a_caution_that_is_not_general_must_list_regions() {
    let files = broken("cautions.ron", "regions: [\"spine\"],", "regions: [],");
    assert_problem(
        &problems(&files),
        "cautions.ron",
        9,
        9,
        "caution \"bones\" lists no regions",
    );
}

#[test]
fn empty_directions_and_publishers_are_problems() {
    let mut files = broken(
        "techniques.ron",
        "directions: [TowardsHeart]",
        "directions: []",
    );
    files.sources.text = files
        .sources
        .text
        .replacen("publisher: \"NHS\"", "publisher: \" \"", 1);
    let problems = problems(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.message == "technique \"glide\" lists no directions"),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message == "source \"nhs\" has an empty publisher"),
        "{problems:?}"
    );
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_ignored() {
    let dir = scratch_copy("byte_order_mark");
    let path = dir.join("regions.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let files = read_guide_dir(&dir).unwrap();
    assert!(load_guide(&files).is_ok());
}

#[test]
fn routine_problems_are_located() {
    let files = broken(
        "routines.ron",
        "(technique: \"glide\", seconds: 120)",
        "(technique: \"glyde\", seconds: 0)",
    );
    let problems = problems(&files);
    assert_problem(
        &problems,
        "routines.ron",
        7,
        29,
        "routine \"short\" refers to technique \"glyde\", which does not exist",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message == "item 1 of routine \"short\" lasts 0 seconds"),
        "{problems:?}"
    );

    // A routine for people massaging themselves cannot use a partner-only technique.
    let files = broken("routines.ron", "givers: [Partner]", "givers: [SelfMassage]");
    assert!(problems_of(&files).iter().any(|p| p.message
        == "routine \"short\" is for SelfMassage, but its technique \"glide\" does not list \
                that giver"),);
}

#[test]
fn a_step_direction_must_be_one_of_the_techniques() {
    let files = broken(
        "techniques.ron",
        "direction: TowardsHeart",
        "direction: Circular",
    );
    assert!(problems_of(&files).iter().any(|p| p.message
        == "step 1 of technique \"glide\" moves Circular, which is not among the technique's \
            directions"));
    // Written as a plain value, not Some(...): anything else is a parse error with a place.
    let files = broken(
        "techniques.ron",
        "direction: TowardsHeart",
        "direction: Sideways",
    );
    assert_eq!(problems_of(&files)[0].position.map(|p| p.line), Some(10));
}

fn problems_of(files: &GuideFiles) -> Vec<Diagnostic> {
    problems(files)
}

#[test]
fn export_writes_the_built_in_guide_and_never_overwrites_by_accident() {
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_massage-guide"))
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("export/new-guide");
    // What an earlier run left, if anything: no folder is fine.
    std::fs::remove_dir_all(dir.parent().unwrap()).ok();
    let shown = dir.to_str().unwrap();

    let (code, out, _) = run(&["export", shown]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with(&format!("Wrote the built-in guide (14 files) to {shown}.")));
    for &file in massage_guide::data::GuideFile::ALL {
        let written = std::fs::read_to_string(dir.join(file.file_name())).unwrap();
        assert_eq!(written, file.embedded(), "{}", file.file_name());
    }
    let (code, out, _) = run(&["check", shown]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with(&format!("{shown}: the guide is valid (17 regions")));

    // An author's edits are not replaced unless they ask.
    std::fs::write(dir.join("regions.ron"), "[]").unwrap();
    let (code, _, err) = run(&["export", shown]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "massage-guide export: {shown} already holds diagram.ron, regions.ron, \
             techniques.ron, benefits.ron, cautions.ron, sources.ron, safety_check.ron, \
             routines.ron, basics.ron, claims.ron, muscles.ron, countries.ron, look_alikes.ron, \
             everyday_words.ron; pass --force to replace them\n"
        )
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("regions.ron")).unwrap(),
        "[]"
    );
    let (code, _, _) = run(&["export", "--force", shown]);
    assert_eq!(code, 0);
    assert_ne!(
        std::fs::read_to_string(dir.join("regions.ron")).unwrap(),
        "[]"
    );
    // Nothing but the guide is left behind: no temporary files.
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        massage_guide::data::FILE_COUNT
    );
}

// --- What a technique can help with, and claims about how massage works ----------------------

#[test]
fn can_help_with_lists_only_benefits_research_supports() {
    // The fixture's one benefit, graded too low to be offered as a reason to massage.
    let mut files = broken(
        "benefits.ron",
        "evidence: Moderate",
        "evidence: Insufficient",
    );
    let found = problems(&files);
    assert_problem(
        &found,
        "techniques.ron",
        12,
        20,
        "technique \"glide\" lists benefit \"relax\" in `benefits`, but it is graded Insufficient",
    );
    assert!(
        found.iter().any(|p| p
            .hint
            .as_deref()
            .is_some_and(|h| h.contains("research_does_not_show"))),
        "the hint says where it belongs"
    );
    // Moved apart, it is fine.
    let techniques = files.named_mut("techniques.ron").unwrap();
    techniques.text = techniques.text.replace(
        "benefits: [\"relax\"],",
        "benefits: [],\n        research_does_not_show: [\"relax\"],",
    );
    // The claim about it must fit the new grade too.
    let claims = files.named_mut("claims.ron").unwrap();
    claims.text = claims
        .text
        .replace("verdict: Supported", "verdict: NotShown")
        .replace("evidence: Moderate", "evidence: Insufficient");
    let guide = load_guide(&files).expect("an unproven benefit kept apart is fine");
    assert_eq!(
        guide.techniques[0].research_does_not_show[0].as_str(),
        "relax"
    );
}

#[test]
fn research_does_not_show_lists_only_unproven_benefits() {
    let files = broken(
        "techniques.ron",
        "benefits: [\"relax\"],",
        "benefits: [],\n        research_does_not_show: [\"relax\"],",
    );
    assert_problem(
        &problems(&files),
        "techniques.ron",
        13,
        34,
        "lists benefit \"relax\" in `research_does_not_show`, but it is graded Moderate",
    );
    let files = broken(
        "techniques.ron",
        "benefits: [\"relax\"],",
        "benefits: [\"relax\"],\n        research_does_not_show: [\"relx\"],",
    );
    assert_problem(
        &problems(&files),
        "techniques.ron",
        13,
        34,
        "refers to benefit \"relx\", which does not exist",
    );
}

#[test]
fn a_claims_verdict_must_fit_its_grade_and_its_links_exist() {
    let files = broken("claims.ron", "evidence: Moderate", "evidence: NoBenefit");
    let found = problems(&files);
    assert_problem(
        &found,
        "claims.ron",
        7,
        19,
        "claim \"calm\" has the verdict Supported but is graded NoBenefit",
    );
    let files = broken(
        "claims.ron",
        "benefits: [\"relax\"]",
        "benefits: [\"relaxx\"]",
    );
    assert_problem(
        &problems(&files),
        "claims.ron",
        9,
        20,
        "claim \"calm\" refers to benefit \"relaxx\", which does not exist",
    );
    let files = broken("claims.ron", "verdict: Supported", "verdict: Proven");
    assert_problem(
        &problems(&files),
        "claims.ron",
        6,
        18,
        "`Proven` is not a verdict; write one of `Supported`, `Partly`, `NotShown` or `Myth`",
    );
}

#[test]
fn a_topic_needs_points_and_sources_that_exist() {
    let files = broken(
        "basics.ron",
        "points: [\"The person can say stop at any time, and you stop at once.\"],",
        "points: [],",
    );
    assert_problem(
        &problems(&files),
        "basics.ron",
        7,
        9,
        "topic \"consent\" lists no points",
    );
    let files = broken("basics.ron", "part: AfterYouFinish", "part: Later");
    assert_problem(
        &problems(&files),
        "basics.ron",
        12,
        15,
        "`Later` is not a part; write one of `BeforeYouStart` or `AfterYouFinish`",
    );
}

#[test]
fn claims_and_topics_without_sources_are_gaps() {
    let mut files = minimal();
    for name in ["basics.ron", "claims.ron"] {
        let file = files.named_mut(name).unwrap();
        file.text = file.text.replace("sources: [\"nhs\"]", "sources: []");
    }
    let guide = load_guide(&files).expect("still loads");
    let gaps = massage_guide::data::gaps(&guide);
    for gap in [
        "topic \"consent\" names no source",
        "topic \"aftercare\" names no source",
        "claim \"calm\" names no source",
    ] {
        assert!(gaps.iter().any(|g| g == gap), "{gap}: {gaps:#?}");
    }
}

/// A guide written before the table of numbers and the look-alikes existed still loads: the
/// built-in files stand in, their sources are lent to the guide, and only its own areas stay.
#[test]
fn a_folder_without_the_optional_files_takes_the_built_in_ones() {
    let files = read_guide_dir(&common::fixture_dir()).unwrap();
    assert!(files.countries.missing && files.look_alikes.missing);
    let guide = load_guide(&files).expect("the minimal guide loads");
    assert!(guide.countries.iter().any(|c| c.id.as_str() == "elsewhere"));
    for country in &guide.countries {
        for source in &country.sources {
            assert!(
                guide.source(source).is_some(),
                "{} cites {source}",
                country.id
            );
        }
    }
    let areas: Vec<_> = guide.regions.iter().map(|r| &r.id).collect();
    for look_alike in &guide.look_alikes {
        assert!(look_alike.regions.iter().all(|r| areas.contains(&r)));
    }
}
