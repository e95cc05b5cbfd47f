//! Reading a guide folder from disk and writing one out: the only place that touches guide
//! files.
//!
//! A folder is untrusted: files are capped in size, must be plain files, and may not lead out
//! of the folder through a link.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::data::{Diagnostic, GuideFile, GuideFiles, Position};

pub use crate::data::MAX_FILE_BYTES;

/// Reads the files of a guide folder. Every file that cannot be read is reported, but for an
/// optional file the folder does not have: it is marked missing.
pub fn read_guide_dir(dir: &Path) -> Result<GuideFiles, Vec<Diagnostic>> {
    let shown_dir = dir.display().to_string();
    let folder = match std::fs::canonicalize(dir) {
        Ok(folder) if folder.is_dir() => folder,
        Ok(_) => {
            return Err(vec![Diagnostic::new(
                shown_dir,
                None,
                "this is not a folder",
            )]);
        }
        Err(err) => {
            return Err(vec![Diagnostic::new(
                shown_dir,
                None,
                format!("cannot open this folder: {err}"),
            )]);
        }
    };
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut files = GuideFiles::from_texts(|file| {
        let path = dir.join(file.file_name());
        let shown = path.display().to_string();
        // Not there at all: a link that leads nowhere is still an error.
        let absent = std::fs::symlink_metadata(&path)
            .is_err_and(|err| err.kind() == std::io::ErrorKind::NotFound);
        if file.is_optional() && absent {
            missing.push(file);
            // A guide written before this file existed: its stand-in is used.
            return (
                format!("{} (built in: not in the folder)", file.file_name()),
                file.stand_in().to_owned(),
            );
        }
        match read_text(&folder, &path) {
            Ok(text) => (shown, text),
            Err((position, message)) => {
                problems.push(Diagnostic::new(&shown, position, message));
                (shown, String::new())
            }
        }
    });
    for file in missing {
        files.get_mut(file).missing = true;
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

fn read_text(folder: &Path, path: &Path) -> Result<String, (Option<Position>, String)> {
    let cannot = |err: std::io::Error| (None, format!("cannot read this file: {err}"));
    let real = std::fs::canonicalize(path).map_err(cannot)?;
    if !real.starts_with(folder) {
        return Err((
            None,
            format!(
                "this is a link to {}, outside the guide folder; copy the file into the folder \
                 instead",
                real.display()
            ),
        ));
    }
    if !std::fs::metadata(&real).map_err(cannot)?.is_file() {
        // A folder, a device or a pipe: reading it could block or never end.
        return Err((None, "this is not a plain file".to_owned()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&real)
        .map_err(cannot)?
        // One byte more than allowed tells an oversized file apart, however it grew.
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err((
            None,
            format!(
                "the file is over {} MiB; a guide file may be at most {MAX_FILE_BYTES} bytes",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err
            .as_bytes()
            .get(..err.utf8_error().valid_up_to())
            .unwrap_or_default();
        let valid = String::from_utf8_lossy(valid);
        let line = 1 + valid.matches('\n').count();
        let col = 1 + valid.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (
            Some(Position { line, col }),
            "the file is not UTF-8 text; save it as UTF-8".to_owned(),
        )
    })?;
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Why `export` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{} already holds {}; pass --force to replace them", .dir.display(), .names.join(", "))]
    WouldOverwrite { dir: PathBuf, names: Vec<String> },
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Writes the built-in guide into `dir` (created if missing) as a starting point for an author.
///
/// Existing guide files are replaced only with `force`; each file is written whole or not at
/// all. Returns the paths written.
pub fn export_guide(dir: &Path, force: bool) -> Result<Vec<PathBuf>, ExportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    if !force {
        let names: Vec<String> = GuideFile::ALL
            .iter()
            .map(|f| f.file_name())
            .filter(|name| dir.join(name).exists())
            .map(str::to_owned)
            .collect();
        if !names.is_empty() {
            return Err(ExportError::WouldOverwrite {
                dir: dir.to_path_buf(),
                names,
            });
        }
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut written = Vec::new();
    for &file in GuideFile::ALL {
        let path = dir.join(file.file_name());
        write_whole(&path, file.embedded().as_bytes()).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// crash or a full disk leaves either the old file or the new one, never half of one.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}
