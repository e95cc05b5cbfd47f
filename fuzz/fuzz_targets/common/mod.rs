//! The small guide the loader tests break on purpose, shared by the fuzz targets.

use massage_guide::data::{GuideFile, GuideFiles};

pub fn minimal() -> GuideFiles {
    let mut files = GuideFiles::from_texts(|file| {
        let text = match file {
            GuideFile::Diagram => include_str!("../../../tests/fixtures/minimal/diagram.ron"),
            GuideFile::Regions => include_str!("../../../tests/fixtures/minimal/regions.ron"),
            GuideFile::Techniques => include_str!("../../../tests/fixtures/minimal/techniques.ron"),
            GuideFile::Benefits => include_str!("../../../tests/fixtures/minimal/benefits.ron"),
            GuideFile::Cautions => include_str!("../../../tests/fixtures/minimal/cautions.ron"),
            GuideFile::Sources => include_str!("../../../tests/fixtures/minimal/sources.ron"),
            GuideFile::SafetyCheck => {
                include_str!("../../../tests/fixtures/minimal/safety_check.ron")
            }
            GuideFile::Routines => include_str!("../../../tests/fixtures/minimal/routines.ron"),
            GuideFile::Basics => include_str!("../../../tests/fixtures/minimal/basics.ron"),
            GuideFile::Claims => include_str!("../../../tests/fixtures/minimal/claims.ron"),
            GuideFile::Muscles => include_str!("../../../tests/fixtures/minimal/muscles.ron"),
            GuideFile::EverydayWords => {
                include_str!("../../../tests/fixtures/minimal/everyday_words.ron")
            }
            // The fixture folder leaves these out: the built-in ones stand in, as on disk.
            GuideFile::Countries | GuideFile::LookAlikes => file.stand_in(),
        };
        (file.file_name().to_owned(), text.to_owned())
    });
    for file in [GuideFile::Countries, GuideFile::LookAlikes] {
        files.get_mut(file).missing = true;
    }
    files
}
