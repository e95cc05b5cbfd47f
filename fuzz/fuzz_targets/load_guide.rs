//! Any text in place of one file of the built-in guide: loading, validating, reporting (for
//! people and for tools) and, when the guide loads, everything the app prepares from it must
//! finish without a panic.
//!
//! The first byte picks the file (its low bits) and the guide it goes into (its high bit: the
//! built-in guide, or the two-region test guide, which is much faster to run); the rest is the
//! file's text.

#![no_main]

mod common;

use common::minimal;
use libfuzzer_sys::fuzz_target;
use massage_guide::native::check::{Format, report};
use massage_guide::data::{GuideFile, GuideFiles, load_guide};
use massage_guide::diagram::MapShapes;
use massage_guide::geometry::Heading;
use massage_guide::safety::{Answers, Profile};
use massage_guide::search::SearchIndex;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let which = GuideFile::ALL[usize::from(pick & 0x7f) % GuideFile::ALL.len()];
    let text = String::from_utf8_lossy(text).into_owned();
    let mut files = if pick & 0x80 == 0 {
        GuideFiles::embedded()
    } else {
        minimal()
    };
    files.get_mut(which).text = text;
    let result = load_guide(&files);
    let _ = report("fuzz", &result, Some(&files), Format::Human);
    let _ = report("fuzz", &result, Some(&files), Format::Json);
    if let Ok(guide) = &result {
        let shapes = MapShapes::new(guide);
        let (w, h) = guide.diagram.size;
        for i in 0..=8 {
            for j in 0..=8 {
                let p = egui::pos2(w * i as f32 / 8.0, h * j as f32 / 8.0);
                let _ = (shapes.region_at(p), shapes.danger_zone_at(p));
                let _ = (shapes.muscles_at(p), shapes.landmark_at(p, 2.0));
            }
        }
        for from in 0..guide.regions.len() {
            for heading in [Heading::Up, Heading::Down, Heading::Left, Heading::Right] {
                let _ = shapes.neighbour(from, heading);
            }
        }
        let index = SearchIndex::new(guide);
        let _ = index.search("back pain");
        let _ = Profile::new(guide, &Answers::default());
    }
});
