//! Whom to call, in the reader's country's words: the one place an [`Urgency`] becomes a
//! sentence, and the placeholders of ordinary prose (`{emergency}`, `{today}`, …) become the
//! country's numbers.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::guide::Guide;
use super::model::{CallIf, Caution, Country, CountryId, SourceId, StopSign, Urgency};
use super::readability::each_prose;

/// The id of the entry for a reader outside the listed countries, or who has not chosen.
pub const ELSEWHERE: &str = "elsewhere";

/// The placeholders prose may hold, and the urgency each stands for.
pub const PLACEHOLDERS: [(&str, Urgency); 4] = [
    ("{emergency}", Urgency::Emergency),
    ("{maternity}", Urgency::Maternity),
    ("{today}", Urgency::Today),
    ("{routine}", Urgency::Routine),
];

/// The words for a guide with no table of numbers (only the empty guide shown when not even
/// the built-in one loads): true anywhere.
static NOWHERE: LazyLock<Country> = LazyLock::new(|| Country {
    id: CountryId(ELSEWHERE.to_owned()),
    name: "Somewhere else".to_owned(),
    emergency: "your local emergency number".to_owned(),
    today: "a doctor or an urgent-care service".to_owned(),
    maternity: "your midwife, doctor or maternity unit".to_owned(),
    routine: "a doctor or a physiotherapist".to_owned(),
    note: String::new(),
    sources: Vec::<SourceId>::new(),
});

impl Country {
    /// What to do, in lower case with no full stop, to go inside a sentence: "call 999 now".
    pub fn phrase(&self, urgency: Urgency) -> String {
        match urgency {
            Urgency::Emergency => format!("call {} now", self.emergency),
            Urgency::Maternity => format!("call {} now", self.maternity),
            Urgency::Today => format!("get help today from {}", self.today),
            Urgency::Routine => format!("book an appointment with {}", self.routine),
        }
    }

    /// The phrase as a sentence of its own: "Call 999 now."
    pub fn sentence(&self, urgency: Urgency) -> String {
        format!("{}.", capitalized(&self.phrase(urgency)))
    }

    /// `text` with each placeholder replaced by this country's phrase.
    pub fn expand<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !text.contains('{') {
            return Cow::Borrowed(text);
        }
        let mut out = text.to_owned();
        for (placeholder, urgency) in PLACEHOLDERS {
            if out.contains(placeholder) {
                out = out.replace(placeholder, &self.phrase(urgency));
            }
        }
        Cow::Owned(out)
    }
}

/// `text` with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl StopSign {
    /// "Stop if {sign}, and {then}." without whom to call.
    pub fn stop_sentence(&self) -> String {
        if self.then.trim().is_empty() {
            format!("Stop if {}.", self.sign)
        } else {
            format!("Stop if {}, and {}.", self.sign, self.then)
        }
    }

    /// The whole line: "Stop if {sign}, and {then}. Call 999 now."
    pub fn line(&self, here: &Country) -> String {
        match self.call {
            Some(call) => format!("{} {}", self.stop_sentence(), here.sentence(call)),
            None => self.stop_sentence(),
        }
    }
}

impl CallIf {
    /// "If {when}: call 999 now."
    pub fn line(&self, here: &Country) -> String {
        format!("If {}: {}.", self.when, here.phrase(self.call))
    }
}

impl Caution {
    /// Whom to call and how soon: the caution's own call, then the signs that make it more
    /// urgent. Empty for a caution that only changes the massage.
    pub fn call_lines(&self, here: &Country) -> Vec<String> {
        self.call
            .map(|call| here.sentence(call))
            .into_iter()
            .chain(self.call_if.iter().map(|c| c.line(here)))
            .collect()
    }

    /// The card as one text: stop, whom to call, why. For places with room for one paragraph
    /// (a tooltip, a handout).
    pub fn card_text(&self, here: &Country) -> String {
        let mut parts = vec![self.stop.trim().to_owned()];
        parts.extend(self.call_lines(here));
        parts.push(self.why.trim().to_owned());
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }
}

impl Guide {
    /// The country the guide's texts are written for.
    pub fn here(&self) -> &Country {
        self.here
            .and_then(|i| self.countries.get(i))
            .or_else(|| self.countries.iter().find(|c| c.id.as_str() == ELSEWHERE))
            .unwrap_or(&NOWHERE)
    }

    /// A copy of the guide for a reader in `country` (or elsewhere, for `None` or a country the
    /// guide lacks): its placeholders replaced by that country's words.
    pub fn localized(&self, country: Option<&CountryId>) -> Self {
        let mut guide = self.clone();
        guide.here = country.and_then(|id| guide.countries.iter().position(|c| &c.id == id));
        let here = guide.here().clone();
        each_prose!(
            &mut guide,
            |_place: String, text: &mut String| {
                if let Cow::Owned(expanded) = here.expand(text) {
                    *text = expanded;
                }
            },
            mut
        );
        guide
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uk() -> Country {
        Country {
            id: CountryId("uk".to_owned()),
            name: "United Kingdom".to_owned(),
            emergency: "999".to_owned(),
            today: "NHS 111 or your GP".to_owned(),
            maternity: "your midwife or maternity unit".to_owned(),
            routine: "your GP or a physiotherapist".to_owned(),
            note: String::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn each_urgency_reads_as_a_phrase_and_a_sentence() {
        let uk = uk();
        assert_eq!(uk.phrase(Urgency::Emergency), "call 999 now");
        assert_eq!(uk.sentence(Urgency::Emergency), "Call 999 now.");
        assert_eq!(
            uk.sentence(Urgency::Today),
            "Get help today from NHS 111 or your GP."
        );
        assert_eq!(
            uk.sentence(Urgency::Maternity),
            "Call your midwife or maternity unit now."
        );
        assert_eq!(
            NOWHERE.sentence(Urgency::Emergency),
            "Call your local emergency number now."
        );
    }

    #[test]
    fn placeholders_become_the_countrys_words_and_nothing_else_changes() {
        let uk = uk();
        assert_eq!(
            uk.expand("A sudden weak arm: {emergency}, even if it passes."),
            "A sudden weak arm: call 999 now, even if it passes."
        );
        assert_eq!(
            uk.expand("{today}; {routine}"),
            "get help today from NHS 111 or your GP; book an appointment with your GP or a \
             physiotherapist"
        );
        assert!(matches!(uk.expand("No braces here."), Cow::Borrowed(_)));
        assert_eq!(uk.expand("{unknown}"), "{unknown}");
    }

    #[test]
    fn a_stop_sign_says_what_to_do_then_whom_to_call() {
        let uk = uk();
        let sign = StopSign {
            sign: "a pulse shows under the fingers".to_owned(),
            then: "move back to the middle of the neck".to_owned(),
            call: None,
        };
        assert_eq!(
            sign.line(&uk),
            "Stop if a pulse shows under the fingers, and move back to the middle of the neck."
        );
        let sign = StopSign {
            sign: "chest pain starts".to_owned(),
            then: String::new(),
            call: Some(Urgency::Emergency),
        };
        assert_eq!(sign.line(&uk), "Stop if chest pain starts. Call 999 now.");
        let call_if = CallIf {
            when: "you are also short of breath".to_owned(),
            call: Urgency::Emergency,
        };
        assert_eq!(
            call_if.line(&uk),
            "If you are also short of breath: call 999 now."
        );
    }

    #[test]
    fn the_empty_guide_still_says_whom_to_call() {
        let guide = Guide::empty().localized(Some(&CountryId("uk".to_owned())));
        assert_eq!(guide.here().id.as_str(), ELSEWHERE);
    }
}
