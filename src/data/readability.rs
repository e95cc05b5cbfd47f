//! How easy the guide's prose is to read: the Flesch reading ease score.
//!
//! Flesch = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words). 60–70 reads as
//! plain English; below 50 is hard going for a general reader. Syllables are counted with the
//! usual spelling rules of thumb (vowel groups, a silent final "e"), which is close enough to
//! compare texts and track the guide as a whole.

use super::guide::Guide;

/// Counts over one or more texts; add them up to score a whole guide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStats {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl TextStats {
    pub fn of(text: &str) -> Self {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '/'))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        Self {
            sentences: sentence_count(text),
            words: words.len(),
            syllables: words.iter().map(|w| syllables(w)).sum(),
        }
    }

    /// The Flesch reading ease score, or `None` for no words at all.
    pub fn flesch(&self) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words = self.words as f64;
        Some(
            206.835
                - 1.015 * (words / self.sentences as f64)
                - 84.6 * (self.syllables as f64 / words),
        )
    }
}

impl std::ops::Add for TextStats {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self {
            sentences: self.sentences + other.sentences,
            words: self.words + other.words,
            syllables: self.syllables + other.syllables,
        }
    }
}

impl std::iter::Sum for TextStats {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::default(), |a, b| a + b)
    }
}

/// A piece of the guide's prose and where it is, for naming the hardest texts.
pub struct Prose<'a> {
    pub place: String,
    pub text: &'a str,
}

/// Every sentence a reader meets: descriptions, steps, explanations and caution texts.
/// Names and titles are left out: they are labels, not sentences, and would flatter the score.
pub fn prose(guide: &Guide) -> Vec<Prose<'_>> {
    let mut out = Vec::new();
    let mut add = |place, text| out.push(Prose { place, text });
    for region in &guide.regions {
        let id = &region.id;
        add(format!("region \"{id}\" summary"), &region.summary);
        add(
            format!("region \"{id}\" why it gets tight"),
            &region.why_tight,
        );
        for (n, complaint) in region.common_complaints.iter().enumerate() {
            add(format!("region \"{id}\" complaint {}", n + 1), complaint);
        }
    }
    for muscle in &guide.muscles {
        let id = &muscle.id;
        add(format!("muscle \"{id}\" does"), &muscle.does);
        add(
            format!("muscle \"{id}\" why it gets tight"),
            &muscle.why_tight,
        );
        for (field, text) in [
            ("from", &muscle.from),
            ("to", &muscle.to),
            ("nerve", &muscle.nerve),
            ("find", &muscle.find),
        ] {
            add(format!("muscle \"{id}\" {field}"), text);
        }
        if let Some(why) = &muscle.do_not_press {
            add(format!("muscle \"{id}\" do_not_press"), why);
        }
    }
    for landmark in &guide.diagram.landmarks {
        let id = &landmark.id;
        add(format!("landmark \"{id}\" about"), &landmark.about);
        add(format!("landmark \"{id}\" find"), &landmark.find);
    }
    for technique in &guide.techniques {
        let id = &technique.id;
        add(format!("technique \"{id}\" summary"), &technique.summary);
        for (n, step) in technique.steps.iter().enumerate() {
            add(format!("technique \"{id}\" step {}", n + 1), &step.text);
        }
    }
    for benefit in &guide.benefits {
        add(format!("benefit \"{}\"", benefit.id), &benefit.explanation);
    }
    for caution in &guide.cautions {
        let id = &caution.id;
        add(format!("caution \"{id}\""), &caution.text);
        for (field, text) in [
            ("for_you because", &caution.for_you.because),
            ("for_you otherwise", &caution.for_you.otherwise),
        ] {
            if !text.trim().is_empty() {
                add(format!("caution \"{id}\" {field}"), text);
            }
        }
        for (n, line) in caution.stop_if.iter().enumerate() {
            add(format!("caution \"{id}\" stop_if {}", n + 1), line);
        }
    }
    for question in &guide.questions {
        let id = &question.id;
        add(format!("question \"{id}\""), &question.ask);
        if !question.help.trim().is_empty() {
            add(format!("question \"{id}\" help"), &question.help);
        }
    }
    for routine in &guide.routines {
        add(
            format!("routine \"{}\" summary", routine.id),
            &routine.summary,
        );
    }
    for topic in &guide.topics {
        let id = &topic.id;
        add(format!("topic \"{id}\" summary"), &topic.summary);
        for (n, point) in topic.points.iter().enumerate() {
            add(format!("topic \"{id}\" point {}", n + 1), point);
        }
    }
    for claim in &guide.claims {
        add(format!("claim \"{}\" says", claim.id), &claim.says);
    }
    out
}

/// A text counts as at least one sentence; inside it, a full stop, "!" or "?" ends a sentence
/// only when a capital letter or digit follows, so "e.g. a ball" stays one sentence.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    if chars.is_empty() {
        return 0;
    }
    let mut count = 1;
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars[i + 1..]
            .iter()
            .find(|c| !c.is_whitespace() && !matches!(c, '"' | '”' | '’' | ')'));
        let spaced = chars.get(i + 1).is_some_and(|c| c.is_whitespace())
            || chars
                .get(i + 1)
                .is_some_and(|c| matches!(c, '"' | '”' | '’' | ')'));
        if spaced && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit()) {
            count += 1;
        }
    }
    count
}

/// Syllables in one word by spelling: vowel groups, less a silent "e" or "ed"/"es" ending.
/// Numbers and level names such as "C7" or "999" count as one syllable.
pub fn syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' => 'e',
            'ö' => 'o',
            c => c,
        })
        .collect();
    if letters.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let n = letters.len();
    let last = letters[n - 1];
    let before = letters[n - 2];
    let third = letters[n - 3];
    // A final "e" is silent ("spine"), except in "-le" after a consonant ("muscle" keeps it)
    // and after another vowel, where the group already counted once ("knee").
    let consonant_le = before == 'l' && !is_vowel(third);
    if last == 'e' && !is_vowel(before) && !consonant_le {
        groups -= 1;
    }
    // "-ed" and "-es" add no syllable unless they follow t/d ("rested") or a hissing sound
    // ("boxes", "pieces").
    if before == 'e' && !is_vowel(third) {
        let silent_ed = last == 'd' && !matches!(third, 't' | 'd');
        let silent_es = last == 's' && !matches!(third, 's' | 'x' | 'z' | 'c' | 'g' | 'h');
        if silent_ed || silent_es {
            groups -= 1;
        }
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_have_their_spoken_syllables() {
        for (word, expected) in [
            ("the", 1),
            ("spine", 1),
            ("back", 1),
            ("muscle", 2),
            ("massage", 2),
            ("shoulder", 2),
            ("pressure", 2),
            ("gently", 2),
            ("people", 2),
            ("rested", 2),
            ("boxes", 2),
            ("pressed", 1),
            ("likes", 1),
            ("relaxation", 4),
            ("vertebrae", 3),
            ("kidney", 2),
            ("C7", 1),
            ("don’t", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital() {
        assert_eq!(sentence_count("Lie down. Breathe out! Ready?"), 3);
        assert_eq!(
            sentence_count("Use a ball, e.g. a tennis ball. Then stop."),
            2
        );
        assert_eq!(sentence_count("No stop at the end"), 1);
        assert_eq!(sentence_count("Call 999. 112 works too."), 2);
        assert_eq!(sentence_count("   "), 0);
    }

    #[test]
    fn short_plain_sentences_score_high_and_long_latinate_ones_low() {
        let plain = TextStats::of("Lie on your side. Put a pillow under your head. Breathe out.");
        let hard = TextStats::of(
            "Therapeutic manipulation of musculoskeletal structures necessitates comprehensive \
             anatomical understanding, particularly regarding vulnerable neurovascular formations.",
        );
        let plain = plain.flesch().unwrap();
        let hard = hard.flesch().unwrap();
        assert!(plain > 80.0, "plain text scored {plain}");
        assert!(hard < 20.0, "hard text scored {hard}");
    }

    #[test]
    fn matches_a_published_worked_example() {
        // The textbook example sentence, scored 37.5 by hand with dictionary syllables.
        let stats = TextStats::of(
            "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
        );
        assert_eq!((stats.sentences, stats.words, stats.syllables), (1, 13, 24));
        let score = stats.flesch().unwrap();
        assert!((score - 37.5).abs() < 0.1, "scored {score}");
    }

    #[test]
    fn stats_add_up_over_texts() {
        let a = TextStats::of("One two three.");
        let b = TextStats::of("Four five.");
        let sum: TextStats = [a, b].into_iter().sum();
        assert_eq!(sum.words, 5);
        assert_eq!(sum.sentences, 2);
        assert_eq!(TextStats::default().flesch(), None);
    }
}
