//! Checks that keep the performance figures honest (the figures themselves come from
//! `scripts/perf.sh` and `cargo bench`, never from timed tests).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use massage_guide::data::{GuideFiles, load_guide};

/// The `eframe = { ... }` dependency line(s) of a Cargo.toml, up to the closing brace.
fn eframe_dependency(manifest: &str) -> String {
    let start = manifest.find("\neframe = ").expect("an eframe dependency");
    let rest = &manifest[start..];
    let end = rest.find('}').expect("the dependency's closing brace");
    rest[..=end].to_owned()
}

/// The minimal app that start-up and memory are compared with must be built as the app is.
#[test]
fn the_minimal_app_uses_the_same_eframe_features() {
    let app = include_str!("../Cargo.toml");
    let minimal = include_str!("../examples/minimal/Cargo.toml");
    assert_eq!(eframe_dependency(app), eframe_dependency(minimal));
}

#[test]
fn synthetic_guides_load_and_grow_by_the_factor_asked() {
    let base = GuideFiles::embedded();
    let one = load_guide(&base).unwrap();
    assert_eq!(synthetic::scaled(&base, 1), base);
    for times in [3, 10] {
        let files = synthetic::scaled(&base, times);
        let guide = load_guide(&files).unwrap_or_else(|problems| {
            panic!(
                "the {times}x guide does not load: {:?}",
                &problems[..problems.len().min(3)]
            )
        });
        assert_eq!(guide.regions.len(), times * one.regions.len());
        assert_eq!(guide.techniques.len(), times * one.techniques.len());
        assert_eq!(guide.benefits.len(), times * one.benefits.len());
        assert_eq!(guide.cautions.len(), times * one.cautions.len());
        assert_eq!(guide.sources.len(), times * one.sources.len());
        assert_eq!(guide.questions.len(), times * one.questions.len());
        assert_eq!(guide.routines.len(), times * one.routines.len());
        assert_eq!(guide.topics.len(), times * one.topics.len());
        assert_eq!(guide.claims.len(), times * one.claims.len());
        assert_eq!(guide.everyday_words.len(), times * one.everyday_words.len());
        assert_eq!(
            guide.diagram.outlines.len(),
            times * one.diagram.outlines.len()
        );
        // Copies refer to their own copies, not to the originals.
        let copy = guide
            .techniques
            .iter()
            .find(|t| t.id.as_str().ends_with("_x2"))
            .unwrap();
        assert!(copy.regions.iter().all(|r| r.as_str().ends_with("_x2")));
    }
}
