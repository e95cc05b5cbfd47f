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

/// Visits every sentence a reader meets: descriptions, steps, explanations and caution texts,
/// as `visit(place, text)`, in reading order. With `mut`, each text is a `&mut String` (to put
/// the reader's country into it); without, a `&String`. One list for both, so nothing can be
/// read aloud for its score and left out of the country's words, or the other way round.
///
/// Names and titles are left out: they are labels, not sentences, and would flatter the score.
macro_rules! each_prose {
    ($guide:expr, $visit:expr $(, $m:ident)?) => {{
        let guide = $guide;
        let visit = &mut $visit;
        for region in & $($m)? guide.regions {
            let id = region.id.clone();
            visit(format!("region \"{id}\" summary"), & $($m)? region.summary);
            visit(format!("region \"{id}\" why it gets tight"), & $($m)? region.why_tight);
            for (n, complaint) in (& $($m)? region.common_complaints).into_iter().enumerate() {
                visit(format!("region \"{id}\" complaint {}", n + 1), complaint);
            }
        }
        for muscle in & $($m)? guide.muscles {
            let id = muscle.id.clone();
            visit(format!("muscle \"{id}\" does"), & $($m)? muscle.does);
            visit(format!("muscle \"{id}\" why it gets tight"), & $($m)? muscle.why_tight);
            visit(format!("muscle \"{id}\" from"), & $($m)? muscle.from);
            visit(format!("muscle \"{id}\" to"), & $($m)? muscle.to);
            visit(format!("muscle \"{id}\" nerve"), & $($m)? muscle.nerve);
            visit(format!("muscle \"{id}\" find"), & $($m)? muscle.find);
            if let Some(why) = & $($m)? muscle.do_not_press {
                visit(format!("muscle \"{id}\" do_not_press"), why);
            }
        }
        for landmark in & $($m)? guide.diagram.landmarks {
            let id = landmark.id.clone();
            visit(format!("landmark \"{id}\" about"), & $($m)? landmark.about);
            visit(format!("landmark \"{id}\" find"), & $($m)? landmark.find);
        }
        for technique in & $($m)? guide.techniques {
            let id = technique.id.clone();
            visit(format!("technique \"{id}\" summary"), & $($m)? technique.summary);
            for (n, step) in (& $($m)? technique.steps).into_iter().enumerate() {
                visit(format!("technique \"{id}\" step {}", n + 1), & $($m)? step.text);
            }
        }
        for benefit in & $($m)? guide.benefits {
            visit(format!("benefit \"{}\"", benefit.id), & $($m)? benefit.explanation);
        }
        for caution in & $($m)? guide.cautions {
            let id = caution.id.clone();
            visit(format!("caution \"{id}\" stop"), & $($m)? caution.stop);
            visit(format!("caution \"{id}\" why"), & $($m)? caution.why);
            for (n, line) in (& $($m)? caution.call_if).into_iter().enumerate() {
                visit(format!("caution \"{id}\" call_if {}", n + 1), & $($m)? line.when);
            }
            if !caution.for_you.because.trim().is_empty() {
                visit(format!("caution \"{id}\" for_you because"), & $($m)? caution.for_you.because);
            }
            if !caution.for_you.otherwise.trim().is_empty() {
                visit(format!("caution \"{id}\" for_you otherwise"), & $($m)? caution.for_you.otherwise);
            }
            for (n, line) in (& $($m)? caution.stop_if).into_iter().enumerate() {
                visit(format!("caution \"{id}\" stop_if {}", n + 1), & $($m)? line.sign);
                if !line.then.trim().is_empty() {
                    visit(format!("caution \"{id}\" stop_if {} then", n + 1), & $($m)? line.then);
                }
            }
        }
        for question in & $($m)? guide.questions {
            let id = question.id.clone();
            visit(format!("question \"{id}\""), & $($m)? question.ask);
            if !question.help.trim().is_empty() {
                visit(format!("question \"{id}\" help"), & $($m)? question.help);
            }
        }
        for routine in & $($m)? guide.routines {
            visit(format!("routine \"{}\" summary", routine.id), & $($m)? routine.summary);
        }
        for topic in & $($m)? guide.topics {
            let id = topic.id.clone();
            visit(format!("topic \"{id}\" summary"), & $($m)? topic.summary);
            for (n, point) in (& $($m)? topic.points).into_iter().enumerate() {
                visit(format!("topic \"{id}\" point {}", n + 1), point);
            }
        }
        for claim in & $($m)? guide.claims {
            visit(format!("claim \"{}\" says", claim.id), & $($m)? claim.says);
        }
        for look_alike in & $($m)? guide.look_alikes {
            let id = look_alike.id.clone();
            visit(format!("look-alike \"{id}\" where"), & $($m)? look_alike.r#where);
            visit(format!("look-alike \"{id}\" differs"), & $($m)? look_alike.differs);
            for (n, line) in (& $($m)? look_alike.calls).into_iter().enumerate() {
                visit(format!("look-alike \"{id}\" call {}", n + 1), & $($m)? line.when);
            }
        }
    }};
}
pub(crate) use each_prose;

/// Every sentence a reader meets, with where it is, in the order the `each_prose!` macro of
/// this module visits them.
pub fn prose<'a>(guide: &'a Guide) -> Vec<Prose<'a>> {
    let mut out = Vec::new();
    each_prose!(guide, |place: String, text: &'a String| out.push(Prose {
        place,
        text: text.as_str()
    }));
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
pub(super) fn syllables(word: &str) -> usize {
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
