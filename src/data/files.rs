//! The files that make a guide: which they are, their built-in texts, and one set of them with
//! where each came from.

/// How many files make a guide.
pub const FILE_COUNT: usize = GuideFile::ALL.len();

/// The largest guide file read, from a folder, a drop or a zip: far above any real guide
/// (the built-in one's largest file is about 64 KiB), and a bound on what a hostile file can
/// make the app hold.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// One of the files that make a guide. The one list of them: names, built-in texts and the
/// fields of [`GuideFiles`] all follow from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum GuideFile {
    Diagram,
    Regions,
    Techniques,
    Benefits,
    Cautions,
    Sources,
    SafetyCheck,
    Routines,
    Basics,
    Claims,
    Muscles,
    Countries,
    LookAlikes,
    EverydayWords,
}

impl GuideFile {
    /// Every file, in the order a guide's files are listed to an author (the order of the
    /// variants, so a new file cannot be left out).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The file's name in a guide folder, e.g. "regions.ron".
    pub const fn file_name(self) -> &'static str {
        match self {
            Self::Diagram => "diagram.ron",
            Self::Regions => "regions.ron",
            Self::Techniques => "techniques.ron",
            Self::Benefits => "benefits.ron",
            Self::Cautions => "cautions.ron",
            Self::Sources => "sources.ron",
            Self::SafetyCheck => "safety_check.ron",
            Self::Routines => "routines.ron",
            Self::Basics => "basics.ron",
            Self::Claims => "claims.ron",
            Self::Muscles => "muscles.ron",
            Self::Countries => "countries.ron",
            Self::LookAlikes => "look_alikes.ron",
            Self::EverydayWords => "everyday_words.ron",
        }
    }

    /// The built-in guide's text of the file, compiled in so the app needs no files at run time.
    pub const fn embedded(self) -> &'static str {
        match self {
            Self::Diagram => include_str!("../../assets/data/diagram.ron"),
            Self::Regions => include_str!("../../assets/data/regions.ron"),
            Self::Techniques => include_str!("../../assets/data/techniques.ron"),
            Self::Benefits => include_str!("../../assets/data/benefits.ron"),
            Self::Cautions => include_str!("../../assets/data/cautions.ron"),
            Self::Sources => include_str!("../../assets/data/sources.ron"),
            Self::SafetyCheck => include_str!("../../assets/data/safety_check.ron"),
            Self::Routines => include_str!("../../assets/data/routines.ron"),
            Self::Basics => include_str!("../../assets/data/basics.ron"),
            Self::Claims => include_str!("../../assets/data/claims.ron"),
            Self::Muscles => include_str!("../../assets/data/muscles.ron"),
            Self::Countries => include_str!("../../assets/data/countries.ron"),
            Self::LookAlikes => include_str!("../../assets/data/look_alikes.ron"),
            Self::EverydayWords => include_str!("../../assets/data/everyday_words.ron"),
        }
    }

    /// Whether a guide folder may leave the file out: the table of numbers, the causes of pain
    /// that are not the muscles and search's everyday words. Guides written before these files
    /// existed still load.
    pub const fn is_optional(self) -> bool {
        matches!(
            self,
            Self::Countries | Self::LookAlikes | Self::EverydayWords
        )
    }

    /// What stands in for an optional file a folder lacks: the built-in table of numbers and
    /// causes of pain (the same for every guide), but no everyday words (the built-in ones name
    /// the built-in guide's techniques and cautions).
    pub const fn stand_in(self) -> &'static str {
        match self {
            Self::EverydayWords => "",
            other => other.embedded(),
        }
    }

    /// The file named `name` (e.g. "regions.ron"), if it is one of a guide's.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.file_name() == name)
    }
}

/// One content file: where it came from (for messages) and its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// An optional file (see [`GuideFile::is_optional`]) the folder does not have: its text is
    /// the stand-in's ([`GuideFile::stand_in`]), and an empty stand-in loads as an empty list.
    pub missing: bool,
}

/// The files that make a guide, one field per [`GuideFile`].
///
/// Named fields rather than an array indexed by [`GuideFile`]: validation reads a file per kind
/// of item (`files.regions`), and that reads best as a field. Whatever goes over all files
/// (building, iterating, finding by name) goes through [`GuideFile::ALL`] and [`Self::get`],
/// whose `match` is the one place a file is paired with its field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideFiles {
    pub diagram: SourceFile,
    pub regions: SourceFile,
    pub techniques: SourceFile,
    pub benefits: SourceFile,
    pub cautions: SourceFile,
    pub sources: SourceFile,
    pub safety_check: SourceFile,
    pub routines: SourceFile,
    pub basics: SourceFile,
    pub claims: SourceFile,
    pub muscles: SourceFile,
    pub countries: SourceFile,
    pub look_alikes: SourceFile,
    pub everyday_words: SourceFile,
}

impl GuideFiles {
    /// The embedded guide, with paths as they are in the repository.
    pub fn embedded() -> Self {
        Self::from_texts(|file| {
            (
                format!("assets/data/{}", file.file_name()),
                file.embedded().to_owned(),
            )
        })
    }

    /// Builds the set from a function that gives each file's path and text.
    pub fn from_texts(mut path_and_text: impl FnMut(GuideFile) -> (String, String)) -> Self {
        let mut files = Self::default();
        for &file in GuideFile::ALL {
            let (path, text) = path_and_text(file);
            *files.get_mut(file) = SourceFile {
                path,
                text,
                missing: false,
            };
        }
        files
    }

    /// The file `file` of the set.
    pub fn get(&self, file: GuideFile) -> &SourceFile {
        match file {
            GuideFile::Diagram => &self.diagram,
            GuideFile::Regions => &self.regions,
            GuideFile::Techniques => &self.techniques,
            GuideFile::Benefits => &self.benefits,
            GuideFile::Cautions => &self.cautions,
            GuideFile::Sources => &self.sources,
            GuideFile::SafetyCheck => &self.safety_check,
            GuideFile::Routines => &self.routines,
            GuideFile::Basics => &self.basics,
            GuideFile::Claims => &self.claims,
            GuideFile::Muscles => &self.muscles,
            GuideFile::Countries => &self.countries,
            GuideFile::LookAlikes => &self.look_alikes,
            GuideFile::EverydayWords => &self.everyday_words,
        }
    }

    /// The file `file` of the set, to change it. Pairs files with fields as [`Self::get`]
    /// does; a test holds the two to the same pairing.
    pub fn get_mut(&mut self, file: GuideFile) -> &mut SourceFile {
        match file {
            GuideFile::Diagram => &mut self.diagram,
            GuideFile::Regions => &mut self.regions,
            GuideFile::Techniques => &mut self.techniques,
            GuideFile::Benefits => &mut self.benefits,
            GuideFile::Cautions => &mut self.cautions,
            GuideFile::Sources => &mut self.sources,
            GuideFile::SafetyCheck => &mut self.safety_check,
            GuideFile::Routines => &mut self.routines,
            GuideFile::Basics => &mut self.basics,
            GuideFile::Claims => &mut self.claims,
            GuideFile::Muscles => &mut self.muscles,
            GuideFile::Countries => &mut self.countries,
            GuideFile::LookAlikes => &mut self.look_alikes,
            GuideFile::EverydayWords => &mut self.everyday_words,
        }
    }

    /// The files, in the order of [`GuideFile::ALL`].
    pub fn all(&self) -> [&SourceFile; FILE_COUNT] {
        std::array::from_fn(|i| self.get(GuideFile::ALL[i]))
    }

    /// The file named `name` (e.g. "regions.ron"), to change it; `None` for a name that is not
    /// a guide file.
    pub fn named_mut(&mut self, name: &str) -> Option<&mut SourceFile> {
        GuideFile::named(name).map(|file| self.get_mut(file))
    }
}

/// Where the guide on screen came from; the views word it (the toolbar, the handouts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// The guide built into the app.
    #[default]
    BuiltIn,
    /// A guide folder, named as the reader gave it.
    Folder(String),
    /// Guide files dropped on the window, named as they were dropped ("guide.zip", "the 2
    /// dropped files").
    Dropped(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_has_its_own_name_text_and_field() {
        // Paths that name their file show `from_texts` (through `get_mut`) and `get` pair every
        // file with the same field, and no two files with one field.
        let files = GuideFiles::from_texts(|file| (file.file_name().to_owned(), String::new()));
        for &file in GuideFile::ALL {
            assert_eq!(files.get(file).path, file.file_name());
            assert_eq!(GuideFile::named(file.file_name()), Some(file));
        }
        assert_eq!(files.regions.path, "regions.ron");
        assert_eq!(files.safety_check.path, "safety_check.ron");
        assert_eq!(GuideFile::named("notes.txt"), None);
        for &file in GuideFile::ALL {
            let name = file.file_name();
            assert!(!file.embedded().trim().is_empty(), "{name} is empty");
        }
    }
}
