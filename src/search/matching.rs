//! Scoring: a word matches forgivingly (a prefix, a plural, a typo or two by `strsim`'s edit
//! distance), and an entry by the mean of its words' best matches.
//!
//! Forgiveness has two limits, so that a typo never turns a query into another word: a stop
//! word ("not", "the") matches only itself, and a word the guide itself uses was typed as
//! meant, so it is read only as another ending of itself ("pregnant" finds "pregnancy"), never
//! as a slip for a different word ("knot" is not "knit", "tight" is not "light").

use super::Entry;
#[cfg(test)]
use crate::data::words::STOP_WORDS;
use crate::data::words::is_stop_word;

/// A hit must score at least this (1 is every word matching a title word exactly).
const MIN_SCORE: f32 = 0.5;

/// A word of the query, and whether the guide uses it.
pub(super) struct Wanted {
    pub(super) word: String,
    /// The guide uses the word, so it was typed as meant.
    pub(super) known: bool,
}

/// The whole query, for whole-phrase matches.
pub(super) struct Phrase {
    /// As typed, in lower case.
    pub(super) typed: String,
    /// Its words that are searched for, each without a plural "s", joined by spaces.
    pub(super) words: String,
}

/// How well a query word must match for it to count at all.
const STRONG: f32 = 0.7;

impl Entry {
    /// The mean, over the wanted words, of each word's best match in any field or in an
    /// everyday word typed whole, with a bonus when the title or such an everyday word holds
    /// the whole query; `None` if too little matches.
    pub(super) fn score(&self, wanted: &[Wanted], phrase: &Phrase) -> Option<f32> {
        let mut best: Vec<f32> = wanted
            .iter()
            .map(|wanted| {
                self.fields
                    .iter()
                    .flat_map(|f| {
                        f.words
                            .iter()
                            .map(move |w| f.weight * match_word(&wanted.word, w, wanted.known))
                    })
                    .fold(0.0, f32::max)
            })
            .collect();
        let mut whole_phrase = phrase.typed.len() >= 3 && self.title_lower.contains(&phrase.typed);
        let starts = whole_phrase && self.title_lower.starts_with(&phrase.typed);
        for alias in &self.aliases {
            let typed_whole = alias.words.iter().all(|a| {
                wanted
                    .iter()
                    .any(|w| match_word(&w.word, a, w.known) >= STRONG)
            });
            if !typed_whole {
                continue;
            }
            for (best, wanted) in best.iter_mut().zip(wanted) {
                for a in &alias.words {
                    *best = best.max(match_word(&wanted.word, a, wanted.known));
                }
            }
            // Only a title that starts with the query earns more: it is what the reader sees.
            whole_phrase |= phrase.words.len() >= 3 && alias.phrase.contains(&phrase.words);
        }
        let total: f32 = best.iter().sum();
        let strongest = best.iter().copied().fold(0.0, f32::max);
        #[expect(
            clippy::cast_precision_loss,
            reason = "counted as f32 only to average a handful of words"
        )]
        let mut score = total / wanted.len() as f32;
        // Of two titles that match as well, the shorter one is more about the query.
        #[expect(
            clippy::cast_precision_loss,
            reason = "word counts of a title and a query, far below f32's 2^24"
        )]
        let coverage = (wanted.len() as f32 / self.title_words.max(1) as f32).min(1.0);
        score += 0.1 * coverage;
        if whole_phrase {
            score += 0.5;
            // A title that starts with the query is about it, not a mention in passing.
            if starts {
                score += 0.25;
            }
        }
        (score >= MIN_SCORE && strongest >= STRONG).then_some(score)
    }
}

/// How well a query word matches a word of the guide, from 0 (not at all) to 1 (the same),
/// forgiving typos.
pub fn word_match(query: &str, word: &str) -> f32 {
    match_word(query, word, false)
}

/// How well a query word matches a word of the guide. A `known` query word (one the guide
/// uses) is forgiven a slip only at its end: another ending of the same word.
pub(super) fn match_word(query: &str, word: &str, known: bool) -> f32 {
    if query == word {
        return 1.0;
    }
    // "knot" is not "not", nor "the" the start of "therapist".
    if is_stop_word(query) || is_stop_word(word) {
        return 0.0;
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
    let same_stem = || {
        let shared = query
            .chars()
            .zip(word.chars())
            .take_while(|(a, b)| a == b)
            .count();
        shared >= 4 && shared + 2 >= query_len
    };
    if !known || same_stem() {
        // One slip in a short word, two in a long one.
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
    }
    if word.contains(query) {
        return 0.6;
    }
    0.0
}

/// A word without a plural "s", so "rhomboids" matches "rhomboid".
pub(super) fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_the_binary_search() {
        assert!(
            STOP_WORDS.is_sorted(),
            "keep STOP_WORDS in alphabetical order"
        );
        assert!(is_stop_word("not") && is_stop_word("a") && is_stop_word("yours"));
        assert!(!is_stop_word("knot") && !is_stop_word("back"));
    }

    #[test]
    fn a_typo_never_turns_a_word_into_a_stop_word() {
        // One letter from "not", "does" and "the": each a typo the matcher would forgive.
        assert_eq!(word_match("knot", "not"), 0.0);
        assert_eq!(
            word_match("knot", "knit"),
            0.8,
            "an ordinary word is still forgiven"
        );
        assert_eq!(word_match("goes", "does"), 0.0);
        assert_eq!(word_match("thee", "the"), 0.0);
        // Nor into a word that starts or holds one.
        assert_eq!(word_match("th", "the"), 0.0);
        assert_eq!(word_match("no", "not"), 0.0);
        // A stop word matches itself, and nothing else.
        assert_eq!(word_match("not", "not"), 1.0);
        assert_eq!(word_match("not", "knot"), 0.0);
        assert_eq!(word_match("not", "nothing"), 0.0);
    }

    #[test]
    fn real_typos_are_still_forgiven() {
        assert!(word_match("rhomboyd", "rhomboid") >= 0.7);
        assert!(word_match("rhomboyd", "rhomboids") >= 0.7);
        assert!(word_match("siatica", "sciatica") >= 0.7);
        assert!(word_match("trapezius", "trapezius") > 0.99);
        assert!(word_match("knots", "knot") > 0.9);
        assert!(word_match("trigger", "triggers") > 0.9);
    }

    #[test]
    fn a_word_typed_as_meant_is_read_only_as_another_ending_of_itself() {
        // "tight" is one letter from "light", which the guide says of pressure everywhere.
        assert_eq!(match_word("tight", "light", false), 0.8);
        assert_eq!(match_word("tight", "light", true), 0.0);
        assert_eq!(match_word("knot", "knit", true), 0.0);
        assert_eq!(match_word("sleeping", "bleeding", true), 0.0);
        // Another ending is still the same word.
        assert!(match_word("pregnant", "pregnancy", true) >= 0.7);
        assert!(match_word("glutes", "gluteus", true) >= 0.7);
        assert!(match_word("bruised", "bruises", true) >= 0.7);
        // Plurals and the rest of a word still count.
        assert!(match_word("tight", "tightness", true) > 0.8);
        assert!(match_word("knot", "knots", true) > 0.9);
        assert_eq!(match_word("knot", "knot", true), 1.0);
    }
}
