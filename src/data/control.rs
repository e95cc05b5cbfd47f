//! Control characters in a guide file. A guide's texts are untrusted: an escape sequence can
//! rewrite the terminal that runs `check` (which prints excerpts of the file), and other control
//! characters can hide or reorder words on screen. Only a line break may appear in a text
//! (written as one, or as `\n`); outside texts, tabs and line breaks are plain white space.

use super::diagnostic::{Diagnostic, Position};
use super::files::SourceFile;

/// At most this many are reported per file: one is enough to find the rest.
const MAX_REPORTED: usize = 20;

/// Every control character in `file` that is not allowed, with where it is.
pub(super) fn control_characters(file: &SourceFile) -> Vec<Diagnostic> {
    if !may_hold_one(file.text.as_bytes()) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut report = |(line, col): (usize, usize), what: String| {
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
    let mut scan = Scanner {
        chars: file.text.chars().peekable(),
        line: 1,
        col: 0,
        place: Place::Code,
    };
    while let Some(c) = scan.next() {
        let here = (scan.line, scan.col);
        if c == '\n' {
            scan.new_line();
            if scan.place == Place::LineComment {
                scan.place = Place::Code;
            }
        } else if c == '\r' && scan.chars.peek() == Some(&'\n') {
            // Windows line ends.
        } else if let Some(what) = scan.step(c) {
            report(here, what);
        }
    }
    found
}

/// Whether `bytes` may hold a control character: most guide files hold none of the bytes one
/// can start with, and this settles them quickly; only the others are read character by
/// character. May say yes wrongly (e.g. for an escaped backslash before a `t`), never no.
fn may_hold_one(bytes: &[u8]) -> bool {
    // A C0 control other than a line break, DEL, or 0xC2, which leads the C1 controls. Looked
    // for a block at a time, without stopping inside a block, so the compiler can compare
    // many bytes at once.
    let control = |b: u8| (b < 0x20 && b != b'\n') || b == 0x7f || b == 0xc2;
    let has_control = bytes
        .chunks(64)
        .any(|block| block.iter().fold(false, |seen, &b| seen | control(b)));
    // Of the escapes, only these make a control character: `\n` is a line break, and `\"` or
    // `\\` (as in a source's title) none.
    let escape = |at: usize| {
        bytes
            .get(at + 1)
            .is_some_and(|next| b"trbf0ux".contains(next))
    };
    has_control || memchr::memchr_iter(b'\\', bytes).any(escape)
}

/// Where in a RON file the scan is: a quote means nothing in a comment, and a backslash
/// nothing in a raw string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Code,
    Text,
    /// A raw string closed by a quote and this many `#`.
    Raw(usize),
    LineComment,
    /// Block comments nest in RON; this many are open.
    BlockComment(usize),
}

/// The characters of a file with the line and column of the last one read.
struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    col: usize,
    place: Place,
}

impl Scanner<'_> {
    /// Reads `c` (not a line break) where the scan is; says what is wrong with it, if anything.
    fn step(&mut self, c: char) -> Option<String> {
        match self.place {
            Place::Code => self.in_code(c),
            Place::Text => match c {
                '"' => {
                    self.place = Place::Code;
                    None
                }
                '\\' => self.escape(),
                c => is_bad(c),
            },
            Place::Raw(hashes) => {
                if c == '"' && (0..hashes).all(|_| self.chars.next_if_eq(&'#').is_some()) {
                    self.col += hashes;
                    self.place = Place::Code;
                    return None;
                }
                is_bad(c)
            }
            // Comments are quoted by `check` too, so their control characters count.
            Place::LineComment => is_bad_outside_text(c),
            Place::BlockComment(depth) => {
                if c == '*' && self.chars.next_if_eq(&'/').is_some() {
                    self.col += 1;
                    self.place = match depth {
                        1 => Place::Code,
                        _ => Place::BlockComment(depth - 1),
                    };
                } else if c == '/' && self.chars.next_if_eq(&'*').is_some() {
                    self.col += 1;
                    self.place = Place::BlockComment(depth + 1);
                }
                is_bad_outside_text(c)
            }
        }
    }

    fn in_code(&mut self, c: char) -> Option<String> {
        match c {
            '"' => self.place = Place::Text,
            // A raw string: r"…" or r#"…"#, in which a backslash is only a backslash.
            'r' if matches!(self.chars.peek(), Some('"' | '#')) => {
                let mut hashes = 0;
                while self.chars.next_if_eq(&'#').is_some() {
                    self.col += 1;
                    hashes += 1;
                }
                if self.chars.next_if_eq(&'"').is_some() {
                    self.col += 1;
                    self.place = Place::Raw(hashes);
                }
            }
            // A character: '"' is not the start of a text.
            '\'' => {
                if self.next() == Some('\\') {
                    self.next();
                }
            }
            '/' if self.chars.next_if_eq(&'/').is_some() => {
                self.col += 1;
                self.place = Place::LineComment;
            }
            '/' if self.chars.next_if_eq(&'*').is_some() => {
                self.col += 1;
                self.place = Place::BlockComment(1);
            }
            c => return is_bad_outside_text(c),
        }
        None
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.next();
        if c.is_some() {
            self.col += 1;
        }
        c
    }

    fn new_line(&mut self) {
        self.line += 1;
        self.col = 0;
    }

    /// Reads the escape after a backslash in a text; says what it is if it makes a control
    /// character other than a line break.
    fn escape(&mut self) -> Option<String> {
        match self.next()? {
            e @ ('t' | 'r' | '0' | 'b' | 'f') => Some(format!("the escape `\\{e}`")),
            'u' => {
                let mut escape = String::from("\\u");
                while let Some(d) = self
                    .chars
                    .next_if(|d| *d == '{' || *d == '}' || d.is_ascii_hexdigit())
                {
                    self.col += 1;
                    escape.push(d);
                    if d == '}' {
                        break;
                    }
                }
                let hex = escape.trim_start_matches("\\u").trim_matches(['{', '}']);
                makes_control(hex).then(|| format!("the escape `{escape}`"))
            }
            'x' => {
                let hex: String = (0..2).filter_map(|_| self.next()).collect();
                makes_control(&hex).then(|| format!("the escape `\\x{hex}`"))
            }
            // A backslash before a line break continues the text on the next line.
            '\n' => {
                self.new_line();
                None
            }
            _ => None,
        }
    }
}

/// Whether hex digits name a control character other than a line break.
fn makes_control(hex: &str) -> bool {
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .is_some_and(|d| d.is_control() && d != '\n')
}

/// What is wrong with `c` in a text: any control character (a line break never gets here).
fn is_bad(c: char) -> Option<String> {
    c.is_control()
        .then(|| format!("the control character U+{:04X}", u32::from(c)))
}

/// What is wrong with `c` outside a text, where a tab is white space.
fn is_bad_outside_text(c: char) -> Option<String> {
    if c == '\t' { None } else { is_bad(c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_look_never_misses_and_passes_plain_files() {
        for clean in [
            "(name: \"Neck\")",
            "title: \"The \\\"Back\\\" study\"",
            "a \\\\",
            "\\",
        ] {
            assert!(!may_hold_one(clean.as_bytes()), "{clean}");
        }
        for suspect in [
            "a\tb", "a\r\n", "x\u{7f}", "\\t", "\\u{1b}", "\\x07", "· 5 cm", "\\0",
        ] {
            assert!(may_hold_one(suspect.as_bytes()), "{suspect}");
        }
        // Past the first block of 64 bytes too.
        let long = format!("{}\u{1b}", "a".repeat(200));
        assert!(may_hold_one(long.as_bytes()));
    }

    fn found(text: &str) -> Vec<String> {
        let file = SourceFile {
            path: "regions.ron".to_owned(),
            text: text.to_owned(),
            missing: false,
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

    #[test]
    fn a_quote_in_a_comment_or_a_character_does_not_open_a_text() {
        let file = "// \"a lone quote\n(\n\tname: \"Neck\", // it's \"quoted\n\tkey: '\"',\n\t/* \" /* nested \" */ \" */\n\tb: \"x\",\n)";
        assert!(found(file).is_empty(), "{:?}", found(file));
    }

    #[test]
    fn raw_strings_keep_backslashes_but_not_control_characters() {
        assert!(found("(a: r\"C:\\tmp\\x07\", b: r#\"say \"\\t\"\"#)").is_empty());
        assert_eq!(
            found("(a: r#\"x\ty\"#, b: \"\\t\")"),
            [
                "1:9: the control character U+0009 is not allowed in a guide file",
                "1:19: the escape `\\t` is not allowed in a guide file",
            ]
        );
    }

    #[test]
    fn a_control_character_in_a_comment_is_found() {
        assert_eq!(
            found("// note\u{1b}[2J\n[]"),
            ["1:8: the control character U+001B is not allowed in a guide file"]
        );
    }
}
