//! The small guide the loader tests break on purpose, shared by the fuzz targets.

use massage_guide::data::{FILE_COUNT, GuideFiles};

pub fn minimal() -> GuideFiles {
    const MINIMAL: [(&str, &str); FILE_COUNT] = [
        ("diagram.ron", include_str!("../../../tests/fixtures/minimal/diagram.ron")),
        ("regions.ron", include_str!("../../../tests/fixtures/minimal/regions.ron")),
        ("techniques.ron", include_str!("../../../tests/fixtures/minimal/techniques.ron")),
        ("benefits.ron", include_str!("../../../tests/fixtures/minimal/benefits.ron")),
        ("cautions.ron", include_str!("../../../tests/fixtures/minimal/cautions.ron")),
        ("sources.ron", include_str!("../../../tests/fixtures/minimal/sources.ron")),
        ("safety_check.ron", include_str!("../../../tests/fixtures/minimal/safety_check.ron")),
        ("routines.ron", include_str!("../../../tests/fixtures/minimal/routines.ron")),
        ("basics.ron", include_str!("../../../tests/fixtures/minimal/basics.ron")),
        ("claims.ron", include_str!("../../../tests/fixtures/minimal/claims.ron")),
        ("muscles.ron", include_str!("../../../tests/fixtures/minimal/muscles.ron")),
    ];
    GuideFiles::from_texts(|name| {
        let text = MINIMAL.iter().find(|(n, _)| *n == name).map_or("", |(_, t)| t);
        (name.to_owned(), text.to_owned())
    })
}
