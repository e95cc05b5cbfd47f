//! Reading a guide folder from disk: the only place that touches the file system, so the rest of
//! the app also builds for the web.

use std::path::Path;

use crate::data::{Diagnostic, GuideFiles, Position};

/// Largest content file we read. Real guides are tens of KiB; this stops a wrong folder (or a
/// hostile file) from eating memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads the files of a guide folder. Every file that cannot be read is reported.
pub fn read_guide_dir(dir: &Path) -> Result<GuideFiles, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let files = GuideFiles::from_texts(|name| {
        let path = dir.join(name);
        let shown = path.display().to_string();
        match read_text(&path) {
            Ok(text) => (shown, text),
            Err(problem) => {
                problems.push(Diagnostic::new(&shown, problem.0, problem.1));
                (shown, String::new())
            }
        }
    });
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

fn read_text(path: &Path) -> Result<String, (Option<Position>, String)> {
    let len = std::fs::metadata(path)
        .map_err(|err| (None, format!("cannot read this file: {err}")))?
        .len();
    if len > MAX_FILE_BYTES {
        return Err((
            None,
            format!("file is {len} bytes; a guide file may be at most {MAX_FILE_BYTES} bytes"),
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|err| (None, format!("cannot read this file: {err}")))?;
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
