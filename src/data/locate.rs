//! Finds where in a RON file a parsed value came from, so validation errors can name a line and
//! column. serde does not keep spans, so we search the text: ids are quoted strings, and a
//! reference is searched for after the definition of the item that holds it.

use super::diagnostic::Position;

/// The text of one file, searchable for quoted values.
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// The whole text searched.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset of the `nth` (0-based) occurrence of `field: "value"`, allowing any spacing.
    pub fn field_value(&self, field: &str, value: &str, nth: usize) -> Option<usize> {
        let quoted = quote(value);
        let mut found = 0;
        let mut from = 0;
        while let Some(rel) = self.text.get(from..)?.find(&quoted) {
            let at = from + rel;
            if self.is_field(field, at) {
                if found == nth {
                    return Some(at);
                }
                found += 1;
            }
            from = at + quoted.len();
        }
        None
    }

    /// Byte offset of the `nth` (0-based) `field:` in the text, leaving out lines commented
    /// out: how a record is found in a file whose records have no id.
    pub fn nth_field(&self, field: &str, nth: usize) -> Option<usize> {
        let mut found = 0;
        let mut from = 0;
        while let Some(rel) = self.text.get(from..)?.find(field) {
            let at = from + rel;
            from = at + field.len();
            let before = self.text.get(..at).unwrap_or_default();
            let line = before.rsplit('\n').next().unwrap_or_default();
            let is_field = !is_ident_char(before.chars().next_back())
                && self
                    .text
                    .get(from..)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
                && !line.contains("//");
            if is_field {
                if found == nth {
                    return Some(at);
                }
                found += 1;
            }
        }
        None
    }

    /// Whether the text just before `at` is `field:` (and not, say, `other_field:`).
    fn is_field(&self, field: &str, at: usize) -> bool {
        let before = self.text.get(..at).unwrap_or_default().trim_end();
        before
            .strip_suffix(':')
            .and_then(|rest| rest.trim_end().strip_suffix(field))
            .is_some_and(|head| !is_ident_char(head.chars().next_back()))
    }

    /// Byte offset of the first `"value"` at or after `from`.
    pub fn quoted_after(&self, value: &str, from: usize) -> Option<usize> {
        let quoted = quote(value);
        self.text.get(from..)?.find(&quoted).map(|rel| from + rel)
    }

    /// Byte offset of the first `word` (e.g. a field name) at or after `from`.
    pub fn word_after(&self, word: &str, from: usize) -> Option<usize> {
        self.text.get(from..)?.find(word).map(|rel| from + rel)
    }

    /// Length in characters of the token at `offset`: a quoted string up to its closing quote,
    /// or a word. 0 when there is neither.
    pub fn token_len(&self, offset: usize) -> usize {
        let Some(rest) = self.text.get(offset..) else {
            return 0;
        };
        if let Some(inner) = rest.strip_prefix('"') {
            let line = inner.split('\n').next().unwrap_or_default();
            return match line.find('"') {
                Some(end) => line[..end].chars().count() + 2,
                None => 1,
            };
        }
        rest.chars().take_while(|&c| is_ident_char(Some(c))).count()
    }

    /// Byte offset of a 1-based line and column (in characters); the column may be one past
    /// the line's end. None when the position lies outside the text. The inverse of
    /// [`Self::position`].
    pub fn offset(&self, position: Position) -> Option<usize> {
        let line_start = match position.line {
            0 => return None,
            1 => 0,
            n => self.text.match_indices('\n').nth(n - 2)?.0 + 1,
        };
        let line = self.text.get(line_start..)?.split('\n').next()?;
        line.char_indices()
            .map(|(i, _)| i)
            .chain([line.len()])
            .nth(position.col.checked_sub(1)?)
            .map(|i| line_start + i)
    }

    /// Line and column (1-based, in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let before = self.text.get(..offset).unwrap_or(self.text);
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        Position { line, col }
    }
}

/// RON's spelling of a string without escapes, which is how ids are written.
fn quote(value: &str) -> String {
    format!("\"{value}\"")
}

fn is_ident_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "[\n  (id: \"a\", regions: [\"x\"]),\n  (id:\"b\", region_id: \"a\"),\n  (id: \"a\"),\n]";

    #[test]
    fn finds_the_nth_definition_of_an_id() {
        let locator = Locator::new(TEXT);
        let first = locator
            .field_value("id", "a", 0)
            .map(|o| locator.position(o));
        let second = locator
            .field_value("id", "a", 1)
            .map(|o| locator.position(o));
        assert_eq!(first, Some(Position { line: 2, col: 8 }));
        // `region_id: "a"` is another field and must not count.
        assert_eq!(second, Some(Position { line: 4, col: 8 }));
        assert_eq!(locator.field_value("id", "a", 2), None);
    }

    #[test]
    fn finds_a_reference_after_its_owner() {
        let locator = Locator::new(TEXT);
        let owner = locator.field_value("id", "b", 0).unwrap_or(0);
        let at = locator
            .quoted_after("a", owner)
            .map(|o| locator.position(o));
        assert_eq!(at, Some(Position { line: 3, col: 23 }));
    }

    #[test]
    fn finds_the_nth_record_by_a_field_of_its_own() {
        let text =
            "[\n  (words: [\"a\"]),\n  // (words: [\"old\"]),\n  (my_words: [], words: []),\n]";
        let locator = Locator::new(text);
        let at = |n| locator.nth_field("words", n).map(|o| locator.position(o));
        assert_eq!(at(0), Some(Position { line: 2, col: 4 }));
        // Neither a line commented out nor another field ending in the name counts.
        assert_eq!(at(1), Some(Position { line: 4, col: 18 }));
        assert_eq!(at(2), None);
    }

    #[test]
    fn measures_quoted_strings_and_words() {
        let locator = Locator::new("(id: \"é_b\", size: 3)\n\"open");
        assert_eq!(locator.token_len(5), 5);
        assert_eq!(locator.token_len(13), 4);
        assert_eq!(locator.token_len(22), 1);
        assert_eq!(locator.token_len(999), 0);
    }

    #[test]
    fn offsets_and_positions_are_inverse() {
        let locator = Locator::new(TEXT);
        for offset in [0, 1, 7, 8, 31, 40, TEXT.len()] {
            let position = locator.position(offset);
            assert_eq!(locator.offset(position), Some(offset), "{position:?}");
        }
        assert_eq!(locator.offset(Position { line: 9, col: 1 }), None);
        assert_eq!(locator.offset(Position { line: 1, col: 99 }), None);
    }

    #[test]
    fn counts_columns_in_characters() {
        let locator = Locator::new("«é» \"x\"");
        let at = locator.quoted_after("x", 0).map(|o| locator.position(o));
        assert_eq!(at, Some(Position { line: 1, col: 5 }));
    }
}
