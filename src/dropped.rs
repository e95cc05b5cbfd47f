//! Guide files dropped on the app, as a [`GuideSource`]: how an author tries a guide in the
//! browser, where the app cannot open a folder.
//!
//! Files the drop leaves out come from the built-in guide, so one edited file can be tried on its
//! own.

use crate::data::{Diagnostic, GuideFile, GuideFiles};
use crate::platform::GuideSource;

/// A dropped file's name and its bytes (the browser hands over the contents, not a path).
pub struct DroppedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub struct DroppedGuide {
    files: Vec<DroppedFile>,
    name: String,
}

impl DroppedGuide {
    pub fn new(files: Vec<DroppedFile>) -> Self {
        let name = match files.len() {
            1 => "the dropped file".to_owned(),
            n => format!("the {n} dropped files"),
        };
        Self { files, name }
    }
}

impl GuideSource for DroppedGuide {
    fn name(&self) -> &str {
        &self.name
    }

    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>> {
        let mut problems: Vec<Diagnostic> = self
            .files
            .iter()
            .filter(|f| GuideFile::named(&f.name).is_none())
            .map(|f| {
                Diagnostic::new(
                    &f.name,
                    None,
                    format!(
                        "this is not a guide file; a guide's files are {}",
                        GuideFile::ALL.map(GuideFile::file_name).join(", ")
                    ),
                )
            })
            .collect();
        let files = GuideFiles::from_texts(|file| {
            let name = file.file_name();
            let dropped = self.files.iter().rev().find(|f| f.name == name);
            match dropped {
                Some(file) => {
                    if let Ok(text) = std::str::from_utf8(&file.bytes) {
                        (name.to_owned(), text.to_owned())
                    } else {
                        problems.push(Diagnostic::new(
                            name,
                            None,
                            "the file is not UTF-8 text; save it as UTF-8",
                        ));
                        (name.to_owned(), String::new())
                    }
                }
                None => (format!("built-in {name}"), file.embedded().to_owned()),
            }
        });
        if problems.is_empty() {
            Ok(files)
        } else {
            Err(problems)
        }
    }

    fn watch(&mut self, _wake: Box<dyn Fn() + Send + Sync>) -> Result<(), String> {
        Err("dropped files are read once; drop them again after a change".to_owned())
    }

    fn changed(&mut self) -> bool {
        false
    }

    fn is_watching(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_guide;

    fn dropped(name: &str, text: &str) -> DroppedFile {
        DroppedFile {
            name: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn one_dropped_file_replaces_its_built_in_one() {
        let built_in = GuideFiles::embedded();
        let edited = built_in.regions.text.replacen(
            "The neck is the top of the spine",
            "The neck is the topmost part of the spine",
            1,
        );
        let guide = DroppedGuide::new(vec![dropped("regions.ron", &edited)]);
        let files = guide.read().unwrap();
        assert_eq!(files.regions.text, edited);
        assert_eq!(files.regions.path, "regions.ron");
        assert_eq!(files.muscles.path, "built-in muscles.ron");
        assert!(load_guide(&files).is_ok());
    }

    #[test]
    fn other_files_and_bad_text_are_reported() {
        let guide = DroppedGuide::new(vec![
            dropped("notes.txt", "hello"),
            DroppedFile {
                name: "routines.ron".to_owned(),
                bytes: vec![0xff, 0xfe],
            },
        ]);
        let problems: Vec<String> = guide
            .read()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("notes.txt: this is not a guide file"));
        assert_eq!(
            problems[1],
            "routines.ron: the file is not UTF-8 text; save it as UTF-8"
        );
    }
}
