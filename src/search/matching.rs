//! Scoring: a word matches forgivingly (a prefix, a plural, a typo or two by `strsim`'s edit
//! distance), and an entry by the mean of its words' best matches.

use super::Entry;

/// A hit must score at least this (1 is every word matching a title word exactly).
const MIN_SCORE: f32 = 0.5;

/// Words too common to tell anything apart.
pub(super) const STOP_WORDS: [&str; 22] = [
    "a",
    "an",
    "and",
    "for",
    "i",
    "in",
    "is",
    "it",
    "me",
    "my",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "what",
    "how",
    "do",
    "does",
    "something",
    "have",
];

impl Entry {
    /// The mean, over the wanted words, of each word's best match in any field, with a bonus
    /// when the title holds the whole query; `None` if too little matches.
    pub(super) fn score(&self, wanted: &[String], phrase: &str) -> Option<f32> {
        let mut total = 0.0;
        let mut strongest: f32 = 0.0;
        for word in wanted {
            let best = self
                .fields
                .iter()
                .flat_map(|f| f.words.iter().map(move |w| f.weight * word_match(word, w)))
                .fold(0.0, f32::max);
            total += best;
            strongest = strongest.max(best);
        }
        #[expect(
            clippy::cast_precision_loss,
            reason = "counted as f32 only to average a handful of words"
        )]
        let mut score = total / wanted.len() as f32;
        // Of two titles that match as well, the shorter one is more about the query.
        let title_words = self.fields.first().map_or(1, |f| f.words.len().max(1));
        #[expect(
            clippy::cast_precision_loss,
            reason = "word counts of a title and a query, far below f32's 2^24"
        )]
        let coverage = (wanted.len() as f32 / title_words as f32).min(1.0);
        score += 0.1 * coverage;
        if phrase.len() >= 3 && self.title_lower.contains(phrase) {
            score += 0.5;
            // A title that starts with the query is about it, not a mention in passing.
            if self.title_lower.starts_with(phrase) {
                score += 0.25;
            }
        }
        (score >= MIN_SCORE && strongest >= 0.7).then_some(score)
    }
}

/// How well a query word matches a word of the guide, from 0 (not at all) to 1 (the same).
pub fn word_match(query: &str, word: &str) -> f32 {
    if query == word {
        return 1.0;
    }
    if singular(query) == singular(word) {
        return 0.95;
    }
    let query_len = query.chars().count();
    if query_len >= 2 && word.starts_with(query) {
        return 0.85;
    }
    if query_len < 4 {
        return 0.0;
    }
    // Typos: one slip in a short word, two in a long one.
    let allowed = if query_len >= 7 { 2 } else { 1 };
    let distance = strsim::damerau_levenshtein(query, word);
    if distance <= allowed {
        return 0.8 - 0.1 * (distance as f32 - 1.0);
    }
    // A typo in what is typed so far of a longer word.
    let head: String = word.chars().take(query_len).collect();
    if strsim::damerau_levenshtein(query, &head) <= 1 {
        return 0.7;
    }
    if word.contains(query) {
        return 0.6;
    }
    0.0
}

/// A word without a plural "s", so "rhomboids" matches "rhomboid".
fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
        _ => word,
    }
}

/// The lower-case words of a text: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
