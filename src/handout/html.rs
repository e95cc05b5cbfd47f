//! Writing HTML by hand: markup this module writes goes in as is, and every text from the guide
//! goes through [`escape`], so a guide can never add a tag, an attribute or a script.

use std::borrow::Cow;

/// `text` with the characters HTML gives meaning to written as character references, safe in an
/// element and in a quoted attribute value alike.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A document being written.
#[derive(Debug, Default)]
pub(super) struct Html(String);

impl Html {
    pub(super) fn new() -> Self {
        Self(String::with_capacity(64 * 1024))
    }

    /// Markup written by this module. Never guide text: that goes through [`Self::text`].
    pub(super) fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&escape(text));
        self
    }

    /// `<tag>` or `<tag class="…">`.
    pub(super) fn open(&mut self, tag: &str, class: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            self.0.push_str(&escape(class));
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub(super) fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// One element holding escaped text: `<tag class="…">text</tag>`.
    pub(super) fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }

    pub(super) fn into_string(self) -> String {
        self.0
    }
}

/// A number for SVG: one decimal place is a tenth of a unit, far below what a page shows, and
/// keeps the outlines short.
pub(super) fn num(value: f64) -> String {
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A name for a file: the title in lower case, words joined by hyphens, nothing a file system
/// might refuse.
pub(super) fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "handout".to_owned()
    } else {
        stem.to_owned()
    }
}
