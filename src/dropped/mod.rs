//! Guide files dropped on the app, as a [`GuideSource`]: how an author tries a guide in the
//! browser, where the app cannot open a folder.
//!
//! Files the drop leaves out come from the built-in guide, so one edited file can be tried on its
//! own.

mod unzip;

use crate::data::{Diagnostic, GuideFile, GuideFiles, MAX_FILE_BYTES};
use crate::platform::{GuideSource, WatchError};

/// The largest dropped file read: room for a zip of a whole guide, each file at its limit.
/// The desktop reads no more than one byte past it, so a film dropped by mistake costs little.
pub const MAX_DROPPED_BYTES: u64 = 64 * 1024 * 1024;

/// A dropped file's name and its bytes (the browser hands over the contents, not a path).
pub struct DroppedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Dropped guide files (loose, or in zips) with the built-in guide for the files left out.
pub struct DroppedGuide {
    files: Vec<Entry>,
    /// Zips that could not be read.
    problems: Vec<Diagnostic>,
    name: String,
}

/// One dropped guide file, loose or from a zip.
struct Entry {
    /// The file's own name, e.g. "regions.ron".
    name: String,
    /// Where it came from, for problems: "regions.ron", or "guide.zip/guide/regions.ron".
    shown: String,
    bytes: Vec<u8>,
}

impl DroppedGuide {
    pub fn new(dropped: Vec<DroppedFile>) -> Self {
        let name = match dropped.as_slice() {
            [one] if unzip::is_zip(one) => one.name.clone(),
            [_] => "the dropped file".to_owned(),
            many => format!("the {} dropped files", many.len()),
        };
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for file in dropped {
            let (limit, what) = if unzip::is_zip(&file) {
                (MAX_DROPPED_BYTES, "a guide's zip")
            } else {
                (MAX_FILE_BYTES, "a guide file")
            };
            if file.bytes.len() as u64 > limit {
                let mib = limit / (1024 * 1024);
                problems.push(Diagnostic::new(
                    &file.name,
                    None,
                    format!("the file is over {mib} MiB; {what} may be at most {mib} MiB"),
                ));
                continue;
            }
            if !unzip::is_zip(&file) {
                files.push(Entry {
                    shown: file.name.clone(),
                    name: file.name,
                    bytes: file.bytes,
                });
                continue;
            }
            match unzip::ron_files(&file) {
                Ok(inner) => files.extend(inner.into_iter().map(|f| Entry {
                    shown: format!("{}/{}", file.name, f.name),
                    name: f.name.rsplit('/').next().unwrap_or_default().to_owned(),
                    bytes: f.bytes,
                })),
                Err(problem) => problems.push(problem),
            }
        }
        Self {
            files,
            problems,
            name,
        }
    }
}

impl GuideSource for DroppedGuide {
    fn name(&self) -> &str {
        &self.name
    }

    fn read(&self) -> Result<GuideFiles, Vec<Diagnostic>> {
        let mut problems = self.problems.clone();
        problems.extend(
            self.files
                .iter()
                .filter(|f| GuideFile::named(&f.name).is_none())
                .map(|f| {
                    Diagnostic::new(
                        &f.shown,
                        None,
                        format!(
                            "this is not a guide file; a guide's files are {}",
                            GuideFile::ALL
                                .iter()
                                .map(|f| f.file_name())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                }),
        );
        let files = GuideFiles::from_texts(|file| {
            let name = file.file_name();
            let mut dropped = self.files.iter().filter(|f| f.name == name);
            let Some(entry) = dropped.next() else {
                return (format!("built-in {name}"), file.embedded().to_owned());
            };
            if let Some(again) = dropped.next() {
                problems.push(Diagnostic::new(
                    &again.shown,
                    None,
                    format!("the drop holds two {name} ({} too); keep one", entry.shown),
                ));
            }
            if let Ok(text) = std::str::from_utf8(&entry.bytes) {
                (entry.shown.clone(), text.to_owned())
            } else {
                problems.push(Diagnostic::new(
                    &entry.shown,
                    None,
                    "the file is not UTF-8 text; save it as UTF-8",
                ));
                (entry.shown.clone(), String::new())
            }
        });
        if problems.is_empty() {
            Ok(files)
        } else {
            Err(problems)
        }
    }

    fn watch(&mut self, _wake: Box<dyn Fn() + Send + Sync>) -> Result<(), WatchError> {
        Err(WatchError::ReadOnce)
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

    /// A zip of `entries` (path, text), deflated as zip tools do.
    fn zipped(name: &str, entries: &[(&str, &[u8])]) -> DroppedFile {
        use std::io::Write as _;
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (path, bytes) in entries {
            writer.start_file(*path, options).unwrap();
            writer.write_all(bytes).unwrap();
        }
        DroppedFile {
            name: name.to_owned(),
            bytes: writer.finish().unwrap().into_inner(),
        }
    }

    fn problems(guide: &DroppedGuide) -> Vec<String> {
        guide
            .read()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_zipped_guide_folder_loads_and_names_its_files_inside_the_zip() {
        let built_in = GuideFiles::embedded();
        let edited = built_in.regions.text.replacen(
            "The neck is the top of the spine",
            "The neck tops the spine",
            1,
        );
        let guide = DroppedGuide::new(vec![zipped(
            "guide.zip",
            &[
                ("my guide/regions.ron", edited.as_bytes()),
                (
                    "my guide/techniques.ron",
                    built_in.techniques.text.as_bytes(),
                ),
                ("my guide/README.txt", b"How to use this guide"),
                ("__MACOSX/my guide/._regions.ron", b"\x00\x05"),
            ],
        )]);
        assert_eq!(guide.name(), "guide.zip");
        let files = guide.read().unwrap();
        assert_eq!(files.regions.text, edited);
        assert_eq!(files.regions.path, "guide.zip/my guide/regions.ron");
        assert_eq!(files.muscles.path, "built-in muscles.ron");
        assert!(load_guide(&files).is_ok());
    }

    #[test]
    fn a_broken_zip_or_two_files_of_one_name_are_reported() {
        let broken = DroppedGuide::new(vec![DroppedFile {
            name: "guide.zip".to_owned(),
            bytes: b"PK\x03\x04 cut short".to_vec(),
        }]);
        let said = problems(&broken);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("guide.zip: this zip cannot be read ("),
            "{said:?}"
        );

        let twice = DroppedGuide::new(vec![zipped(
            "guide.zip",
            &[("a/regions.ron", b"[]"), ("b/regions.ron", b"[]")],
        )]);
        assert_eq!(
            problems(&twice),
            ["guide.zip/b/regions.ron: the drop holds two regions.ron \
              (guide.zip/a/regions.ron too); keep one"]
        );
    }

    #[test]
    fn a_zip_entry_is_not_read_past_the_size_limit() {
        // Five MiB of spaces deflate to a few KiB: the size a header claims is not trusted.
        let big = vec![b' '; 5 * 1024 * 1024];
        let guide = DroppedGuide::new(vec![zipped("guide.zip", &[("regions.ron", &big)])]);
        let said = problems(&guide);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("guide.zip/regions.ron: the file is over 4 MiB"),
            "{said:?}"
        );
    }

    #[test]
    fn a_dropped_file_over_the_limit_is_reported_not_read() {
        let big = DroppedFile {
            name: "regions.ron".to_owned(),
            bytes: vec![b' '; 4 * 1024 * 1024 + 1],
        };
        let said = problems(&DroppedGuide::new(vec![big]));
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("regions.ron: the file is over 4 MiB"),
            "{said:?}"
        );
    }
}
