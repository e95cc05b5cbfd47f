//! The guide files inside a dropped zip, as a therapist sends a whole guide in one file. A zip
//! is untrusted input: only so many entries are looked at, and no entry is read past
//! [`MAX_FILE_BYTES`], whatever its header claims.

use std::io::{Cursor, Read as _};

use super::DroppedFile;
use crate::data::{Diagnostic, MAX_FILE_BYTES};

/// Far more entries than a guide's zip needs (a dozen files, a folder, perhaps a readme).
const MAX_ENTRIES: usize = 200;

/// Whether `file` is a zip: by its name, or by the bytes every zip starts with.
pub(super) fn is_zip(file: &DroppedFile) -> bool {
    file.name.to_ascii_lowercase().ends_with(".zip") || file.bytes.starts_with(b"PK\x03\x04")
}

/// The `.ron` files in `zip`, each named by its path inside the zip. Files of other kinds (a
/// readme, a picture) and the copies some systems add (`__MACOSX/`, dotfiles) are left out.
pub(super) fn ron_files(zip: &DroppedFile) -> Result<Vec<DroppedFile>, Diagnostic> {
    let cannot = |why: String| {
        Diagnostic::new(
            &zip.name,
            None,
            format!("this zip cannot be read ({why}); make it again with the guide's .ron files"),
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(zip.bytes.as_slice()))
        .map_err(|e| cannot(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(cannot(format!(
            "it holds {} entries, and a guide needs twelve files",
            archive.len()
        )));
    }
    let mut files = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| cannot(e.to_string()))?;
        let path = entry
            .name()
            .map_err(|e| cannot(e.to_string()))?
            .into_owned();
        if !entry.is_file() || !path.to_ascii_lowercase().ends_with(".ron") || is_added(&path) {
            continue;
        }
        let mut bytes = Vec::new();
        entry
            .by_ref()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| cannot(format!("{path}: {e}")))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Diagnostic::new(
                format!("{}/{path}", zip.name),
                None,
                format!(
                    "the file is over {} MiB; a guide file may be at most {MAX_FILE_BYTES} bytes",
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ));
        }
        files.push(DroppedFile { name: path, bytes });
    }
    Ok(files)
}

/// Entries a system adds beside the real files: macOS's `__MACOSX/` copies and dotfiles.
fn is_added(path: &str) -> bool {
    path.split('/')
        .any(|part| part.starts_with('.') || part == "__MACOSX")
}
