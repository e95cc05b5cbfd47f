//! Control characters in a guide file. A guide's texts are untrusted: an escape sequence can
//! rewrite the terminal that runs `check` (which prints excerpts of the file), and other control
//! characters can hide or reorder words on screen. Only a line break may appear in a text
//! (written as one, or as `\n`); outside texts, tabs and line breaks are plain white space.

use super::diagnostic::{Diagnostic, Position};
use super::files::SourceFile;

/// At most this many are reported per file: one is enough to find the rest.
const MAX_REPORTED: usize = 20;

/// Every control character in `file` that is not allowed, with where it is.
pub fn control_characters(file: &SourceFile) -> Vec<Diagnostic> {
    // Most files hold none of the bytes a control character or an escape can start with (a C0
    // control, DEL, a backslash, or 0xC2, which leads the C1 controls): one pass over the
    // bytes settles them, and only the others are read character by character.
    let suspicious = |b: &u8| (*b < 0x20 && *b != b'\n') || matches!(*b, 0x7f | b'\\' | 0xc2);
    if !file.text.as_bytes().iter().any(suspicious) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut chars = file.text.chars().peekable();
    let (mut line, mut col) = (1, 0);
    let mut in_text = false;
    let report = |line: usize, col: usize, what: String, found: &mut Vec<Diagnostic>| {
        if found.len() < MAX_REPORTED {
            found.push(
                Diagnostic::new(
                    &file.path,
                    Some(Position { line, col }),
                    format!("{what} is not allowed in a guide file"),
                )
                .spanning(1)
                .with_hint(Some(
                    "only a line break may be part of a text; control characters can hide \
                     words or change the terminal that shows them"
                        .to_owned(),
                )),
            );
        }
    };
    while let Some(c) = chars.next() {
        col += 1;
        let here = (line, col);
        match c {
            '\n' => {
                line += 1;
                col = 0;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' if !in_text => {}
            '"' => in_text = !in_text,
            '\\' if in_text => {
                col += 1;
                match chars.next() {
                    Some(e @ ('t' | 'r' | '0' | 'b' | 'f')) => {
                        report(here.0, here.1, format!("the escape `\\{e}`"), &mut found);
                    }
                    Some('u') => {
                        let mut escape = String::from("\\u");
                        while let Some(&d) = chars.peek() {
                            if !(d == '{' || d == '}' || d.is_ascii_hexdigit()) {
                                break;
                            }
                            escape.push(d);
                            col += 1;
                            chars.next();
                            if d == '}' {
                                break;
                            }
                        }
                        let hex = escape.trim_start_matches("\\u").trim_matches(['{', '}']);
                        let decoded = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                        if decoded.is_some_and(|d| d.is_control() && d != '\n') {
                            report(here.0, here.1, format!("the escape `{escape}`"), &mut found);
                        }
                    }
                    Some('x') => {
                        let hex: String = (0..2).filter_map(|_| chars.next()).collect();
                        col += hex.chars().count();
                        let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        if decoded.is_some_and(|d| d.is_control() && d != '\n') {
                            report(here.0, here.1, format!("the escape `\\x{hex}`"), &mut found);
                        }
                    }
                    Some('\n') => {
                        line += 1;
                        col = 0;
                    }
                    _ => {}
                }
            }
            c if c.is_control() => {
                let what = format!("the control character U+{:04X}", u32::from(c));
                report(here.0, here.1, what, &mut found);
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let file = SourceFile {
            path: "regions.ron".to_owned(),
            text: text.to_owned(),
        };
        control_characters(&file)
            .iter()
            .map(|d| {
                let Position { line, col } = d.position.unwrap();
                format!("{line}:{col}: {}", d.message)
            })
            .collect()
    }

    #[test]
    fn plain_texts_line_breaks_and_white_space_pass() {
        assert!(
            found("[\n\t(name: \"Neck\\n and \\\"top\\\"\",\r\n about: \"é \\u{e9}\")]\n")
                .is_empty()
        );
    }

    #[test]
    fn a_terminal_escape_is_found_where_it_is() {
        assert_eq!(
            found("[\n  (name: \"Neck\u{1b}[2J\")]"),
            ["2:15: the control character U+001B is not allowed in a guide file"]
        );
    }

    #[test]
    fn escapes_that_make_control_characters_are_found() {
        assert_eq!(
            found("(a: \"x\\u{1b}y\", b: \"\\x07\", c: \"\\t\", d: \"\\u{a}\")"),
            [
                "1:7: the escape `\\u{1b}` is not allowed in a guide file",
                "1:21: the escape `\\x07` is not allowed in a guide file",
                "1:32: the escape `\\t` is not allowed in a guide file",
            ]
        );
    }

    #[test]
    fn a_tab_or_a_lone_carriage_return_in_a_text_is_found() {
        assert_eq!(
            found("(a: \"x\ty\", b: \"p\rq\")"),
            [
                "1:7: the control character U+0009 is not allowed in a guide file",
                "1:17: the control character U+000D is not allowed in a guide file",
            ]
        );
    }
}
