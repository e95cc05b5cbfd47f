//! Guides `times` as large as a given one, for measuring how load time grows with size.
//!
//! Every item of every list is copied `times - 1` more times, and each copy gets its own ids:
//! copy `k` renames `"neck"` to `"neck_x{k}"` wherever the id is written, references included,
//! so the copies are cross-checked against each other just as the originals are. The diagram's
//! outlines, places not to press and landmarks are copied the same way; its size and drawing
//! are not. The everyday words, which may each be listed only once, get the suffix too.

use std::collections::HashSet;

use massage_guide::data::{GuideFile, GuideFiles, SourceFile};

/// `base` made `times` as large; `times` of 0 or 1 gives `base` unchanged.
pub(crate) fn scaled(base: &GuideFiles, times: usize) -> GuideFiles {
    if times <= 1 {
        return base.clone();
    }
    let ids = ids(base);
    let mut files = base.clone();
    // Every file but the diagram is one top-level list; the diagram holds several.
    for which in GuideFile::ALL
        .iter()
        .copied()
        .filter(|f| *f != GuideFile::Diagram)
    {
        let file = files.get_mut(which);
        let every_string = which == GuideFile::EverydayWords;
        repeat_lines(
            file,
            times,
            &ids,
            every_string,
            |line| line == "[",
            |line| line == "]",
        );
    }
    widen_avoid_lists(&mut files.cautions, times);
    for list in ["    outlines: [", "    danger_zones: [", "    landmarks: ["] {
        repeat_lines(
            &mut files.diagram,
            times,
            &ids,
            false,
            |line| line == list,
            |line| line == "    ],",
        );
    }
    files
}

/// A General caution covers every technique, copies too, and `check` holds its avoid list to
/// what it forbids: so every avoid list names every copy of each technique it names.
fn widen_avoid_lists(file: &mut SourceFile, times: usize) {
    let mut text = String::new();
    for line in file.text.lines() {
        let widened = line
            .split_once("avoid: [")
            .and_then(|(head, rest)| Some((head, rest.split_once(']')?)))
            .map(|(head, (list, tail))| {
                let mut ids: Vec<String> = Vec::new();
                for id in list.split(',').map(|i| i.trim().trim_matches('"')) {
                    let base = id.split("_x").next().unwrap_or(id);
                    for copy in 0..times {
                        let name = match copy {
                            0 => base.to_owned(),
                            k => format!("{base}_x{k}"),
                        };
                        if !id.is_empty() && !ids.contains(&name) {
                            ids.push(name);
                        }
                    }
                }
                let quoted: Vec<String> = ids.iter().map(|i| format!("\"{i}\"")).collect();
                format!("{head}avoid: [{}]{tail}", quoted.join(", "))
            });
        text.push_str(widened.as_deref().unwrap_or(line));
        text.push('\n');
    }
    file.text = text;
}

/// Every id the guide defines (`id: "..."` at the start of a line).
fn ids(files: &GuideFiles) -> HashSet<String> {
    files
        .all()
        .iter()
        .flat_map(|file| file.text.lines())
        .filter_map(|line| line.trim_start().strip_prefix("id: \""))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// Repeats the lines between the first line that `opens` and the next that `closes`; with
/// `every_string`, every string of a copy gets its suffix, not only ids.
fn repeat_lines(
    file: &mut SourceFile,
    times: usize,
    ids: &HashSet<String>,
    every_string: bool,
    opens: impl Fn(&str) -> bool,
    closes: impl Fn(&str) -> bool,
) {
    let lines: Vec<&str> = file.text.lines().collect();
    let Some(start) = lines.iter().position(|line| opens(line)) else {
        return;
    };
    let Some(len) = lines[start + 1..].iter().position(|line| closes(line)) else {
        return;
    };
    let body = lines[start + 1..start + 1 + len].join("\n");
    let mut text = lines[..=start + len].join("\n");
    for copy in 1..times {
        text.push('\n');
        text.push_str(&renamed(&body, ids, every_string, copy));
    }
    for line in &lines[start + 1 + len..] {
        text.push('\n');
        text.push_str(line);
    }
    text.push('\n');
    file.text = text;
}

/// `text` with every string that is exactly an id (or every string) given the suffix
/// `_x{copy}`.
fn renamed(text: &str, ids: &HashSet<String>, every_string: bool, copy: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        out.push_str(&rest[..=open]);
        let after = &rest[open + 1..];
        let close = string_end(after);
        let content = &after[..close];
        out.push_str(content);
        if every_string || ids.contains(content) {
            out.push_str(&format!("_x{copy}"));
        }
        rest = &after[close..];
        // Keep the closing quote, if there is one, so it is not taken for an opening quote.
        if let Some(stripped) = rest.strip_prefix('"') {
            out.push('"');
            rest = stripped;
        }
    }
    out.push_str(rest);
    out
}

/// Where the string that starts at `text` ends (its closing quote), skipping escapes.
fn string_end(text: &str) -> usize {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i,
            _ => {}
        }
    }
    text.len()
}
