//! Any text in place of one file of the built-in guide: loading, validating, reporting (for
//! people and for tools) and, when the guide loads, everything the app prepares from it must
//! finish without a panic.
//!
//! The first byte picks the file; the rest is its text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use massage_guide::check::{Format, check};
use massage_guide::data::{FILE_NAMES, GuideFiles, load_guide};
use massage_guide::diagram::MapShapes;
use massage_guide::diagram::geometry::Heading;
use massage_guide::safety::{Answers, Profile};
use massage_guide::search::SearchIndex;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let name = FILE_NAMES[usize::from(pick) % FILE_NAMES.len()];
    let text = String::from_utf8_lossy(text).into_owned();
    let mut files = GuideFiles::embedded();
    for file in [
        &mut files.diagram,
        &mut files.regions,
        &mut files.techniques,
        &mut files.benefits,
        &mut files.cautions,
        &mut files.sources,
        &mut files.safety_check,
        &mut files.routines,
    ] {
        if file.path.ends_with(name) {
            file.text = text.clone();
        }
    }
    let _ = check("fuzz", Ok(files.clone()), Format::Human);
    let _ = check("fuzz", Ok(files.clone()), Format::Json);
    if let Ok(guide) = load_guide(&files) {
        let shapes = MapShapes::new(&guide);
        let (w, h) = guide.diagram.size;
        for i in 0..=8 {
            for j in 0..=8 {
                let p = egui::pos2(w * i as f32 / 8.0, h * j as f32 / 8.0);
                let _ = (shapes.region_at(p), shapes.danger_zone_at(p));
            }
        }
        for from in 0..guide.regions.len() {
            for heading in [Heading::Up, Heading::Down, Heading::Left, Heading::Right] {
                let _ = shapes.neighbour(from, heading);
            }
        }
        let index = SearchIndex::new(&guide);
        let _ = index.search("back pain");
        let _ = Profile::new(&guide, &Answers::default());
    }
});
