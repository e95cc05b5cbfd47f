//! Drives the whole app as a person would: through the accessibility tree, by mouse and keyboard.

// Test helpers may fail loudly: a failed setup is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, app_on_folder, builder, guide, origin_is, region_button, restart, shows};
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use massage_guide::data::{CautionKind, GuideFiles};
use massage_guide::dropped::DroppedFile;
use massage_guide::state::AppState;
use massage_guide::{App, DISCLAIMER, Startup};

fn is_selected(harness: &Harness<'_, App>, name: &str) -> bool {
    region_button(harness, name).accesskit_node().toggled() == Some(Toggled::True)
}

fn focused_label(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn starts_with_a_welcome_and_the_disclaimer() {
    let mut harness = app();
    harness.run();
    assert!(shows(&harness, "Welcome"));
    assert!(shows(&harness, DISCLAIMER));
    assert!(shows(
        &harness,
        "Seen from behind: the body's left is on your left."
    ));
}

#[test]
fn clicking_each_region_shows_its_name_techniques_benefits_and_cautions() {
    let guide = guide();
    let mut harness = app();
    harness.run();
    for (n, region) in guide.regions.iter().enumerate() {
        let name = region.display_name();
        region_button(&harness, &name).click();
        harness.run();
        if n == 0 {
            // Cautions that name every area are folded; opened once, they stay open.
            harness
                .get_by_label_contains("Anywhere on the back (")
                .click_accesskit();
            harness.run();
        }
        assert!(is_selected(&harness, &name), "{name} should be selected");
        assert!(shows(&harness, &name), "the panel should be titled {name}");
        assert!(shows(&harness, &region.summary), "{name}: summary missing");

        for technique in guide.techniques_for(&region.id) {
            assert!(
                harness.query_by_label_contains(&technique.name).is_some(),
                "{name}: technique {} missing",
                technique.name
            );
        }
        for benefit in guide.benefits_for(&region.id) {
            assert!(
                shows(&harness, &benefit.name),
                "{name}: benefit {} missing",
                benefit.name
            );
        }
        for caution in guide
            .cautions_for(&region.id)
            .into_iter()
            .filter(|c| c.kind != CautionKind::General)
        {
            assert!(
                shows(&harness, &caution.name),
                "{name}: caution {} missing",
                caution.name
            );
        }
        // Only one region is ever selected.
        let selected = guide
            .regions
            .iter()
            .filter(|r| is_selected(&harness, &r.display_name()))
            .count();
        assert_eq!(selected, 1);
    }
}

#[test]
fn hovering_a_region_shows_its_name_and_levels_in_a_tooltip() {
    let guide = guide();
    let region = guide
        .regions
        .iter()
        .find(|r| r.id.as_str() == "lumbar_left")
        .expect("lumbar");
    let mut harness = app();
    harness.run();
    region_button(&harness, "Lumbar, left side").hover();
    harness.run();
    assert!(shows(&harness, &region.levels), "tooltip with the levels");
    // Hovering does not select.
    assert!(!is_selected(&harness, "Lumbar, left side"));
    assert!(shows(&harness, "Welcome"));
}

#[test]
fn escape_and_clicks_on_empty_space_clear_the_selection() {
    let mut harness = app();
    region_button(&harness, "Neck").click();
    harness.run();
    assert!(shows(&harness, "Neck"));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(shows(&harness, "Welcome"));
    assert!(!is_selected(&harness, "Neck"));

    region_button(&harness, "Sacrum").click();
    harness.run();
    assert!(is_selected(&harness, "Sacrum"));
    // The map's top-left corner is beside the head: no region there.
    let map = harness
        .get_by_label("Map of the back, seen from behind")
        .rect();
    harness
        .get_by_label("Map of the back, seen from behind")
        .hover();
    harness.event(egui::Event::PointerMoved(
        map.left_top() + Vec2::new(20.0, 60.0),
    ));
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: map.left_top() + Vec2::new(20.0, 60.0),
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    assert!(!is_selected(&harness, "Sacrum"));
    assert!(shows(&harness, "Welcome"));
}

#[test]
fn tab_moves_through_regions_in_file_order_and_enter_selects() {
    let guide = guide();
    let names: Vec<String> = guide.regions.iter().map(|r| r.display_name()).collect();
    let mut harness = app();
    harness.run();
    region_button(&harness, &names[0]).focus();
    harness.run();
    assert_eq!(focused_label(&harness).as_deref(), Some(names[0].as_str()));
    for name in &names[1..] {
        harness.key_press(Key::Tab);
        harness.run();
        assert_eq!(focused_label(&harness).as_deref(), Some(name.as_str()));
    }
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(
        focused_label(&harness).as_deref(),
        Some(names[names.len() - 2].as_str())
    );

    harness.key_press(Key::Enter);
    harness.run();
    assert!(is_selected(&harness, &names[names.len() - 2]));
    assert!(shows(&harness, &names[names.len() - 2]));

    harness.key_press(Key::Tab);
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    assert!(is_selected(&harness, &names[names.len() - 1]));
}

#[test]
fn arrow_keys_move_to_the_neighbouring_region() {
    let mut harness = app();
    harness.run();
    region_button(&harness, "Lumbar, left side").focus();
    harness.run();
    let mut press = |key: Key| {
        harness.key_press(key);
        harness.run();
        focused_label(&harness).unwrap_or_default()
    };
    assert_eq!(press(Key::ArrowRight), "Spine");
    assert_eq!(press(Key::ArrowRight), "Lower ribs, right side");
    assert_eq!(press(Key::ArrowDown), "Lumbar, right side");
    assert_eq!(press(Key::ArrowDown), "Hip and buttock, right side");
    // Nothing lies further right: focus stays.
    assert_eq!(press(Key::ArrowRight), "Hip and buttock, right side");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(is_selected(&harness, "Hip and buttock, right side"));
}

#[test]
fn every_region_is_an_accessible_button_named_with_its_side() {
    let harness = app();
    for name in [
        "Neck",
        "Spine",
        "Sacrum",
        "Lumbar, left side",
        "Lumbar, right side",
        "Shoulder, left side",
        "Shoulder blade, right side",
    ] {
        let node = region_button(&harness, name);
        assert_eq!(
            node.accesskit_node().toggled(),
            Some(Toggled::False),
            "{name}"
        );
    }
}

#[test]
fn the_map_fits_an_800_by_600_window() {
    let guide = guide();
    let mut harness = builder(Vec2::new(800.0, 600.0))
        .build_eframe(|cc| App::new(cc, Startup::in_memory(AppState::default())));
    harness.run();
    let map = harness
        .get_by_label("Map of the back, seen from behind")
        .rect();
    assert!(
        map.width() >= 800.0 * 0.4 - 1.0,
        "map is {} wide",
        map.width()
    );
    for region in &guide.regions {
        let name = region.display_name();
        let rect = region_button(&harness, &name).rect();
        assert!(map.contains_rect(rect), "{name} lies outside the map");
        assert!(rect.width() >= 4.0, "{name} is too small to hit");
    }
    region_button(&harness, "Shoulder blade, left side").click();
    harness.run();
    assert!(is_selected(&harness, "Shoulder blade, left side"));
}

#[test]
fn selection_and_theme_survive_a_restart() {
    let mut harness = app();
    region_button(&harness, "Lumbar, right side").click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    let mut harness = restart(&mut harness);
    harness.run();
    assert!(is_selected(&harness, "Lumbar, right side"));
    assert!(shows(&harness, "Lumbar, right side"));
    assert_eq!(harness.state().state().theme, egui::ThemePreference::Dark);
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
}

#[test]
fn a_guide_folder_is_shown_instead_of_the_built_in_one() {
    let dir = common::fixture_dir();
    let mut harness = app_on_folder(&dir);
    harness.run();
    assert!(origin_is(
        &harness,
        &format!("Guide from {}", dir.display())
    ));
    region_button(&harness, "Back, left side").click();
    harness.run();
    assert!(shows(&harness, "The long muscles beside the spine."));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Neck")
            .is_none()
    );
}

#[test]
fn a_broken_folder_shows_its_problems_over_the_built_in_guide() {
    let dir = common::scratch_copy("ui_broken_folder");
    let techniques = dir.join("techniques.ron");
    let text = std::fs::read_to_string(&techniques).unwrap();
    std::fs::write(
        &techniques,
        text.replace("[\"back_left\"]", "[\"back_lft\"]"),
    )
    .unwrap();

    let mut harness = app_on_folder(&dir);
    harness.run();
    assert!(shows(
        &harness,
        &format!(
            "Could not load the guide in {} (1 problem). Showing the built-in guide instead.",
            dir.display()
        )
    ));
    assert!(shows(
        &harness,
        &format!(
            "{}:11:19: technique \"glide\" refers to region \"back_lft\", which does not exist; \
             did you mean \"back_left\"?",
            techniques.display()
        )
    ));
    assert!(origin_is(&harness, "Built-in guide"));
    region_button(&harness, "Neck").click();
    harness.run();
    assert!(is_selected(&harness, "Neck"));
}

#[test]
fn dropped_guide_files_replace_the_guide_or_list_their_problems() {
    let mut harness = app();
    harness.run();
    let regions = GuideFiles::embedded().regions.text;
    let edited = regions.replacen(
        "The neck is the top of the spine",
        "The neck is the topmost part of the spine",
        1,
    );
    let drop = |name: &str, text: &str| DroppedFile {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
    };
    harness
        .state_mut()
        .open_dropped(vec![drop("regions.ron", &edited)]);
    harness.run();
    assert!(origin_is(&harness, "Guide from the dropped file"));
    region_button(&harness, "Neck").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("The neck is the topmost part of the spine")
            .is_some()
    );

    // A broken drop lists its problems and keeps the guide that was shown.
    let broken = edited.replacen("side: Midline", "side: Middle", 1);
    harness
        .state_mut()
        .open_dropped(vec![drop("regions.ron", &broken), drop("notes.txt", "hi")]);
    harness.run();
    assert!(shows(
        &harness,
        "Could not load the guide in the 2 dropped files (1 problem). Still showing the guide \
         from before (Guide from the dropped file)."
    ));
    let text_starting = |harness: &Harness<'_, App>, start: &str| {
        harness
            .query_all(By::new().predicate(|n| n.value().is_some_and(|v| v.starts_with(start))))
            .count()
    };
    assert!(text_starting(&harness, "notes.txt: this is not a guide file") > 0);
    // Without the stray file, the mistake in the RON is found, with its place.
    harness
        .state_mut()
        .open_dropped(vec![drop("regions.ron", &broken)]);
    harness.run();
    assert!(
        text_starting(&harness, "regions.ron:") > 0,
        "the problem is listed at its line and column"
    );
    assert!(
        is_selected(&harness, "Neck"),
        "the guide from before stays, as it was"
    );
}

#[test]
fn the_speak_switch_shows_only_where_the_app_speaks_and_turns_on_spoken_focus() {
    let mut desktop = app();
    desktop.run();
    assert!(desktop.query_by_label("Speak").is_none());

    let startup = Startup {
        can_read_focus_aloud: true,
        ..Startup::in_memory(AppState {
            safety_check_offered: true,
            ..AppState::default()
        })
    };
    let mut browser =
        builder(Vec2::new(1280.0, 800.0)).build_eframe(move |cc| App::new(cc, startup));
    browser.run();
    browser.get_by_label("Speak").click();
    browser.run();
    assert!(browser.state().state().read_focus_aloud);
    assert!(browser.ctx.options(|o| o.screen_reader));
}

// --- The anatomy layers, muscles and zoom ---------------------------------------------------

fn muscle<'a>(guide: &'a massage_guide::data::Guide, id: &str) -> &'a massage_guide::data::Muscle {
    guide
        .muscle(&massage_guide::data::MuscleId(id.into()))
        .unwrap_or_else(|| panic!("no muscle {id}"))
}

/// Whether the page of `muscle` is open: its name as the heading and what it does.
fn on_muscle_page(harness: &Harness<'_, App>, muscle: &massage_guide::data::Muscle) -> bool {
    shows(harness, &muscle.name)
        && shows(harness, &muscle.does)
        && shows(harness, "How deep it lies")
}

fn has_node(harness: &Harness<'_, App>, role: Role, label_start: &str) -> bool {
    harness.query_all_by_role(role).any(|n| {
        n.accesskit_node()
            .label()
            .is_some_and(|l| l.starts_with(label_start))
    })
}

#[test]
fn layers_switch_by_click_and_key_and_are_remembered() {
    let mut harness = app();
    harness.run();
    assert!(!has_node(
        &harness,
        Role::Image,
        "Bone: Shoulder blade, left side"
    ));
    assert!(!has_node(&harness, Role::Button, "Rhomboids, left side"));

    harness.get_by_label("Bones").click();
    harness.run();
    // Each bone is named, explained and given its level for a screen reader.
    let blade = harness
        .query_all_by_role(Role::Image)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Bone: Shoulder blade, left side"))
        .expect("the left shoulder blade is drawn and named");
    assert!(blade.contains("Level: T2 to T8"), "{blade}");
    assert!(has_node(
        &harness,
        Role::Image,
        "Bone: Bump at the base of the neck"
    ));

    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.run();
    assert!(has_node(&harness, Role::Button, "Rhomboids, left side"));
    assert!(has_node(&harness, Role::Button, "Rhomboids, right side"));
    harness.key_press_modifiers(Modifiers::ALT, Key::W);
    harness.run();
    assert!(has_node(&harness, Role::Image, "Where not to press: "));

    let mut harness = restart(&mut harness);
    harness.run();
    let state = harness.state().state().clone();
    assert!(state.bones && state.muscles && state.where_not_to_press);
    assert!(has_node(&harness, Role::Button, "Rhomboids, left side"));
    harness.key_press_modifiers(Modifiers::ALT, Key::B);
    harness.run();
    assert!(!has_node(&harness, Role::Image, "Bone: "));
}

#[test]
fn a_muscle_opens_its_page_from_the_map_the_region_page_and_search() {
    let guide = guide();
    let rhomboids = muscle(&guide, "rhomboids");
    let mut harness = app();
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.run();
    // A screen reader's click opens the muscle it names, even a deep one.
    harness
        .get_by_role_and_label(Role::Button, "Rhomboids, left side")
        .click_accesskit();
    harness.run();
    assert!(on_muscle_page(&harness, rhomboids));
    assert!(shows(
        &harness,
        &format!("Anatomical name: {}", rhomboids.latin)
    ));
    assert!(shows(&harness, &rhomboids.does));
    assert!(shows(&harness, &rhomboids.why_tight));
    for technique in guide.techniques_for_muscle(rhomboids) {
        assert!(
            harness.query_by_label(&technique.name).is_some(),
            "{}",
            technique.name
        );
    }
    // Its page leads to the regions it lies in. (The muscles layer goes off: a muscle pointed
    // at in the text is then shown on the map by itself.)
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    let region = guide.region(&rhomboids.regions[0]).unwrap();
    harness
        .get_by_role_and_label(Role::Link, &region.display_name())
        .click();
    harness.run();
    assert_eq!(harness.state().state().selected.as_ref(), Some(&region.id));
    assert!(shows(&harness, &region.summary));

    // The region page names its muscles as links.
    let first = guide.muscles_of(region).next().unwrap();
    harness
        .get_by_role_and_label(Role::Link, &first.name)
        .click();
    harness.run();
    assert!(on_muscle_page(&harness, first));

    // Search finds a muscle by a near miss, shows it on the map (with the muscles layer off)
    // while it is the chosen hit, and opens its page.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.event(egui::Event::Text("rhomboyd".to_owned()));
    harness.run();
    assert!(has_node(
        &harness,
        Role::Image,
        "Shown on the map: Rhomboids, left side"
    ));
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert!(on_muscle_page(&harness, rhomboids));
}

#[test]
fn a_pointer_click_lands_on_the_muscle_nearest_the_skin_and_bones_take_no_clicks() {
    let guide = guide();
    let mut harness = app();
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.key_press_modifiers(Modifiers::ALT, Key::B);
    harness.run();
    // The latissimus dorsi lies just under the skin: a click on it opens it.
    harness
        .get_by_role_and_label(Role::Button, "Latissimus dorsi, left side")
        .click();
    harness.run();
    let lat = muscle(&guide, "latissimus_dorsi");
    assert!(on_muscle_page(&harness, lat));

    // A click on a bone falls through to what lies under it.
    let blade = harness
        .query_all_by_role(Role::Image)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Bone: Lower tip of the shoulder blade, left"))
        })
        .expect("the blade's tip is drawn")
        .rect()
        .center();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: blade,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    assert!(
        shows(&harness, "How deep it lies"),
        "a muscle's page, not nothing"
    );

    // With the muscles layer off, the same click selects the region again.
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.run();
    region_button(&harness, "Lumbar, left side").click();
    harness.run();
    assert!(is_selected(&harness, "Lumbar, left side"));
}

#[test]
fn the_map_zooms_and_pans_and_clicks_stay_exact() {
    let mut harness = app();
    harness.run();
    let width = |h: &Harness<'_, App>| region_button(h, "Neck").rect().width();
    let before = width(&harness);
    harness.get_by_label("Zoom the map in").click();
    harness.run();
    let zoomed = width(&harness);
    assert!(
        (zoomed / before - 1.25).abs() < 0.05,
        "one step is 125 %: {before} -> {zoomed}"
    );
    // Hit tests follow the zoom: a click on a region's middle still selects it.
    region_button(&harness, "Neck").click();
    harness.run();
    assert!(is_selected(&harness, "Neck"));

    // The wheel zooms about the pointer (smoothly, over a few frames).
    harness.get_by_label("Fit the map").click();
    harness.run();
    harness
        .get_by_label("Map of the back, seen from behind")
        .hover();
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: Vec2::new(0.0, 3.0),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
    });
    for _ in 0..20 {
        harness.step();
    }
    harness.run();
    assert!(width(&harness) > before * 1.1, "the wheel zooms in");

    // Keys zoom while the pointer is over the map; 0 fits it again.
    harness
        .get_by_label("Map of the back, seen from behind")
        .hover();
    harness.run();
    harness.key_press(Key::Plus);
    harness.run();
    assert!(width(&harness) > zoomed * 1.2);
    harness.key_press(Key::Num0);
    harness.run();
    assert!((width(&harness) - before).abs() < 0.5);

    // A drag on the map moves the picture with the pointer.
    harness.get_by_label("Zoom the map in").click();
    harness.run();
    let start = region_button(&harness, "Neck").rect().center();
    let map = harness
        .get_by_label("Map of the back, seen from behind")
        .rect();
    let from = map.center() + Vec2::new(150.0, 0.0);
    harness.event(egui::Event::PointerMoved(from));
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.step();
    for step in 1..=5 {
        harness.event(egui::Event::PointerMoved(
            from + Vec2::new(0.0, 10.0 * step as f32),
        ));
        harness.step();
    }
    harness.event(egui::Event::PointerButton {
        pos: from + Vec2::new(0.0, 50.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    let moved = region_button(&harness, "Neck").rect().center() - start;
    assert!(
        (moved.y - 50.0).abs() < 12.0 && moved.x.abs() < 1.0,
        "{moved:?}"
    );
    harness.get_by_label("Fit the map").click();
    harness.run();
    assert!((width(&harness) - before).abs() < 0.5);
}

/// The Tab presses a keyboard user makes until a node whose name starts with `label_start` has
/// the focus (at most one round through the toolbar, the switches and the map).
fn tab_to(harness: &mut Harness<'_, App>, label_start: &str) -> bool {
    for _ in 0..200 {
        harness.key_press(Key::Tab);
        harness.run();
        if focused_label(harness).is_some_and(|l| l.starts_with(label_start)) {
            return true;
        }
    }
    false
}

/// What the issue that drew the anatomy asked of a reader: find the lower tip of the shoulder
/// blade, the top of the hip bone and the quadratus lumborum on the map, by pointing and by
/// keyboard, and read what each is.
#[test]
fn the_blade_tip_the_hip_bone_and_quadratus_lumborum_are_found_by_pointing_and_by_keyboard() {
    let guide = guide();
    let bone = |name: &str| {
        let landmark = guide
            .diagram
            .landmarks
            .iter()
            .find(|l| l.name == name && l.side == massage_guide::data::Side::Left)
            .unwrap_or_else(|| panic!("no landmark {name}"));
        (landmark.display_name(), landmark.find.clone())
    };
    let bones = [
        bone("Lower tip of the shoulder blade"),
        bone("Top of the hip bone"),
    ];
    let ql = muscle(&guide, "quadratus_lumborum");
    let ql_left = format!("{}, left side", ql.name);

    // Pointing: the layers switched on with the mouse, then the pointer on each place.
    let mut harness = app();
    harness.run();
    harness.get_by_label("Bones").click();
    harness.run();
    harness.get_by_label("Muscles").click();
    harness.run();
    // A tooltip's lines are text on screen (values); the map's nodes carry their names as
    // labels, so these look at the tooltip, not at the node under it.
    let tooltip_says = |harness: &Harness<'_, App>, text: &str| {
        harness
            .query_all(By::new().predicate(|n| n.value().is_some_and(|v| v.contains(text))))
            .next()
            .is_some()
    };
    for (name, find) in &bones {
        let at = harness
            .query_all_by_role(Role::Image)
            .find(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(&format!("Bone: {name}.")))
            })
            .unwrap_or_else(|| panic!("{name} is drawn"))
            .rect()
            .center();
        harness.event(egui::Event::PointerMoved(at));
        harness.run();
        assert!(shows(&harness, name), "pointing names {name}");
        assert!(tooltip_says(&harness, find), "and says how to find it");
    }
    let at = harness
        .get_by_role_and_label(Role::Button, &ql_left)
        .rect()
        .center();
    harness.event(egui::Event::PointerMoved(at));
    harness.run();
    assert!(
        tooltip_says(&harness, &ql.name),
        "pointing names the muscle"
    );
    assert!(!tooltip_says(&harness, &bones[0].1), "and nothing else");
    assert!(tooltip_says(&harness, &ql.does));
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(on_muscle_page(&harness, ql), "a click there opens its page");

    // Keyboard: the same layers by their keys, then Tab to each place; its tooltip opens
    // beside it, and Enter on the muscle opens its page.
    let mut harness = app();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::B);
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.run();
    for (name, find) in &bones {
        assert!(tab_to(&mut harness, &format!("Bone: {name}.")), "{name}");
        assert!(shows(&harness, name));
        assert!(tooltip_says(&harness, find));
    }
    assert!(tab_to(&mut harness, &ql_left));
    assert!(tooltip_says(&harness, &ql.does));
    harness.key_press(Key::Enter);
    harness.run();
    assert!(on_muscle_page(&harness, ql));
}

// --- Muscles for students, and the ones not to press ---------------------------------------

/// A muscle opened by its name on the map (as a screen reader or keyboard user opens it) says
/// where it attaches, which nerve works it and how to find it with the fingers.
#[test]
fn a_muscle_page_says_where_it_attaches_its_nerve_and_how_to_find_it() {
    let guide = guide();
    let serratus = muscle(&guide, "serratus_anterior");
    let mut harness = app();
    harness.key_press_modifiers(Modifiers::ALT, Key::M);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Serratus anterior, left side")
        .click_accesskit();
    harness.run();
    assert!(on_muscle_page(&harness, serratus));
    for text in [
        "Where it attaches".to_owned(),
        format!("From: {}", serratus.from),
        format!("To: {}", serratus.to),
        "Nerve".to_owned(),
        serratus.nerve.clone(),
        "How to find it".to_owned(),
        serratus.find.clone(),
        "Shown on the map, on both sides.".to_owned(),
    ] {
        assert!(shows(&harness, &text), "the page shows {text:?}");
    }
    assert!(!shows(&harness, "Do not press this muscle"));
    // A muscle one may press lists the techniques for where it lies.
    let technique = guide.techniques_for_muscle(serratus).next().unwrap();
    assert!(
        harness
            .query_by_role_and_label(Role::Link, &technique.name)
            .is_some()
    );
}

/// The scalenes are named on the neck's page, marked there, and their own page says first of
/// all not to press them and why, says they are not drawn, and offers no technique.
#[test]
fn a_muscle_not_to_press_says_so_first_and_offers_no_technique() {
    let guide = guide();
    let scalenes = muscle(&guide, "scalenes");
    let why = scalenes.do_not_press.as_deref().unwrap();
    let mut harness = app();
    region_button(&harness, "Neck").click();
    harness.run();
    assert!(
        shows(&harness, "Do not press."),
        "the neck's page marks them"
    );
    harness
        .get_by_role_and_label(Role::Link, &scalenes.name)
        .click();
    harness.run();
    assert!(on_muscle_page(&harness, scalenes));
    assert!(shows(&harness, "Do not press this muscle"));
    assert!(shows(&harness, why));
    // The label, not the run of text inside it, which carries the same value.
    let top = |text: &str| {
        harness
            .query_all_by_value(text)
            .next()
            .unwrap_or_else(|| panic!("{text} is shown"))
            .rect()
            .top()
    };
    assert!(
        top("Do not press this muscle") < top("How deep it lies"),
        "the warning comes before anything else about the muscle"
    );
    assert!(shows(
        &harness,
        "Not drawn on the map: a view of the back does not show it."
    ));
    assert!(shows(
        &harness,
        "No technique in this guide is for this muscle."
    ));
    let neck = guide
        .region(&massage_guide::data::RegionId("neck".into()))
        .unwrap();
    for technique in guide.techniques_for(&neck.id) {
        assert!(
            harness
                .query_by_role_and_label(Role::Link, &technique.name)
                .is_none(),
            "{} is not offered for the scalenes",
            technique.name
        );
    }
    // Nothing is drawn for them on the map, so nothing names them there.
    assert!(!has_node(
        &harness,
        Role::Image,
        "Shown on the map: Scalenes"
    ));
}

/// Search finds the new muscles by name, and iliopsoas opens on its warning.
#[test]
fn search_finds_the_new_muscles_and_iliopsoas_warns_first() {
    let guide = guide();
    let iliopsoas = muscle(&guide, "iliopsoas");
    let mut harness = app();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.event(egui::Event::Text("iliopsoas".to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert!(on_muscle_page(&harness, iliopsoas));
    assert!(shows(&harness, "Do not press this muscle"));
    assert!(shows(&harness, iliopsoas.do_not_press.as_deref().unwrap()));

    let suboccipitals = muscle(&guide, "suboccipital_muscles");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text("suboccipital".to_owned()));
    harness.run();
    assert!(has_node(
        &harness,
        Role::Image,
        "Shown on the map: Suboccipital muscles, left side"
    ));
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert!(on_muscle_page(&harness, suboccipitals));
    assert!(shows(&harness, &suboccipitals.find));
}
