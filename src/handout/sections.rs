//! The parts every handout is made of: facts, steps, benefits, cautions, the reader's own
//! answers, when to stop, and sources. Words for grades, actions, pressures and times are the
//! app's own (`crate::data`'s labels, `format_duration`); what the answers mean is
//! `crate::safety`'s.

use super::html::Html;
use crate::data::{
    Benefit, Caution, CautionAction, Country, Guide, SourceId, Urgency, format_duration,
};
use crate::practice::PlannedStep;
use crate::safety::{
    Advice, Applied, CallGroup, Profile, StopLine, TechniqueVerdict, by_call, overall_verdict,
    stop_group_title, stop_groups,
};

/// A list of labelled facts: "Pressure: light".
pub(super) fn facts(out: &mut Html, rows: &[(&str, String)]) {
    out.open("dl", "facts");
    for (label, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
        out.element("dt", "", label).element("dd", "", value);
    }
    out.close("dl");
}

/// Numbered steps, each with its time and, if it has one, how the hands move.
pub(super) fn steps(out: &mut Html, steps: &[PlannedStep]) {
    out.open("ol", "steps");
    for (n, step) in steps.iter().enumerate() {
        out.open("li", "step")
            .element("span", "n", &format!("{}.", n + 1))
            .open("p", "what")
            .element("span", "step-text", &step.text);
        if !step.directions.is_empty() {
            let ways: Vec<_> = step.directions.iter().map(|d| d.label()).collect();
            out.raw(" ")
                .element("span", "step-how", &format!("Hands: {}.", ways.join(", ")));
        }
        out.close("p")
            .element("span", "time", &format_duration(step.seconds))
            .close("li");
    }
    out.close("ol");
}

/// What it can help with, each with its grade in words, then what research does not show,
/// apart and never as a reason. Names and grades only: the app has the explanations.
pub(super) fn benefits(out: &mut Html, helps: &[&Benefit], not_shown: &[&Benefit]) {
    if helps.is_empty() && not_shown.is_empty() {
        return;
    }
    out.open("section", "benefits");
    for (heading, class, list) in [
        ("What it can help with", "helps", helps),
        ("Research does not show", "not-shown", not_shown),
    ] {
        if list.is_empty() {
            continue;
        }
        out.element("h2", "", heading).open("ul", class);
        for benefit in list {
            out.open("li", "benefit")
                .element("span", "name", &benefit.name)
                .raw(" ")
                .element("span", "grade", benefit.evidence.label())
                .close("li");
        }
        out.close("ul");
    }
    out.close("section");
}

/// The one sentence a caution shows on paper: what to do for a person it applies to, or else
/// its first sentence. The full text is the app's.
pub(super) fn short_text(caution: &Caution) -> &str {
    let for_you = &caution.for_you;
    [for_you.otherwise.trim(), for_you.because.trim()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_else(|| first_sentence(&caution.stop))
}

/// Up to the first full stop, question or exclamation mark that ends a sentence (followed by a
/// space and a capital letter), or all of `text`.
pub(super) fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    for (at, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let rest = &text[at + c.len_utf8()..];
            let next = rest.trim_start();
            if rest.starts_with(' ') && next.chars().next().is_some_and(char::is_uppercase) {
                return &text[..at + c.len_utf8()];
            }
        }
    }
    text
}

/// Cautions under a heading, most serious first as given: each its name, what to do, and one
/// short sentence.
pub(super) fn cautions(out: &mut Html, heading: &str, list: &[&Caution]) {
    if list.is_empty() {
        return;
    }
    out.element("h3", "", heading).open("ul", "cautions");
    for caution in list {
        caution_card(out, caution, |_| {});
    }
    out.close("ul");
}

/// Cautions as a short list to check: each name and what to do, nothing more.
pub(super) fn checklist(out: &mut Html, heading: &str, intro: &str, list: &[&Caution]) {
    if list.is_empty() {
        return;
    }
    out.open("p", "checklist-head")
        .element("strong", "", heading)
        .text(&format!(" {intro}"))
        .close("p")
        .open("ul", "checklist");
    for caution in list {
        out.open("li", &format!("check {}", action_class(caution.action)))
            .element("span", "caution-name", &caution.name)
            .raw(" ")
            .element("span", "action", caution.action.label())
            .close("li");
    }
    out.close("ul");
}

/// One caution, compact: name, what to do, one sentence; `more` adds lines under it.
fn caution_card(out: &mut Html, caution: &Caution, more: impl FnOnce(&mut Html)) {
    out.open("li", &format!("caution {}", action_class(caution.action)))
        .element("span", "caution-name", &caution.name)
        .raw(" ")
        .element("span", "tag", caution.action.label())
        .raw(" ")
        .element("span", "caution-text", short_text(caution));
    more(out);
    out.close("li");
}

/// A class per action, which the style sheet draws with a heavier bar the more serious it is:
/// the words say it too, so grey print loses nothing.
fn action_class(action: CautionAction) -> &'static str {
    match action {
        CautionAction::Modify => "modify",
        CautionAction::AskClinician => "ask",
        CautionAction::Avoid => "avoid",
        CautionAction::StopSeekUrgentCare => "urgent",
        CautionAction::Emergency => "emergency",
    }
}

/// "Avoid for you: why" or "For you: how".
fn verdict_words(verdict: TechniqueVerdict<'_>) -> (String, &'static str) {
    match verdict {
        TechniqueVerdict::Avoid(because) => (format!("Avoid for you: {because}"), "avoid"),
        TechniqueVerdict::Modify(how) => (format!("For you: {how}"), "modify"),
    }
}

/// Everything the reader's answers change for one technique, with the answers behind it.
pub(super) fn advice(out: &mut Html, profile: &Profile<'_>, advice: &Advice<'_>) {
    out.open("ul", "advice");
    for mark in &advice.marks {
        let (words, class) = verdict_words(mark.verdict);
        out.open("li", &format!("mark {class}"))
            .element("p", "verdict", &words);
        let asked = profile
            .applied
            .iter()
            .filter(|a| a.caution.id == mark.caution.id)
            .flat_map(|a| &a.questions);
        for question in asked {
            out.element(
                "p",
                "because",
                &format!(
                    "{}. You answered yes to: {}",
                    mark.caution.name, question.ask
                ),
            );
        }
        out.close("li");
    }
    out.close("ul");
}

/// A caution the answers make apply: its name and action, the answers, and what it means
/// overall (or its short sentence when it changes nothing for everyone).
pub(super) fn applied_card(out: &mut Html, applied: &Applied<'_>) {
    let caution = applied.caution;
    out.open("li", &format!("caution {}", action_class(caution.action)))
        .element("span", "caution-name", &caution.name)
        .raw(" ")
        .element("span", "tag", caution.action.label());
    for question in &applied.questions {
        out.element(
            "p",
            "because",
            &format!("You answered yes to: {}", question.ask),
        );
    }
    match overall_verdict(caution) {
        Some(TechniqueVerdict::Avoid(because)) => {
            out.element("p", "verdict", &format!("No massage for now: {because}"));
        }
        Some(verdict @ TechniqueVerdict::Modify(_)) => {
            out.element("p", "verdict", &verdict_words(verdict).0);
        }
        None => {
            out.element("p", "caution-text", short_text(caution));
        }
    }
    out.close("li");
}

/// Answers that are warning signs, first thing on the page: do not massage, and whom to call.
pub(super) fn warning_signs(out: &mut Html, profile: &Profile<'_>) {
    let alerts = profile.alerts();
    if alerts.is_empty() {
        return;
    }
    out.open("section", "warning")
        .element(
            "p",
            "warning-head",
            "Warning sign in your safety check: do not massage.",
        )
        .open("ul", "");
    for applied in alerts {
        let caution = applied.caution;
        let reason = match overall_verdict(caution) {
            Some(TechniqueVerdict::Avoid(because) | TechniqueVerdict::Modify(because)) => because,
            None => caution.stop.as_str(),
        };
        out.open("li", "")
            .element("strong", "", &format!("{}: ", caution.action.label()))
            .text(&caution.name)
            .element("p", "", reason)
            .close("li");
    }
    out.close("ul").close("section");
}

/// "Stop and get help": the lines to stop at from what the handout covers, then the red flags,
/// most urgent first, by name under whom to call in the reader's country. No reasons: the app
/// has them.
pub(super) fn stop(out: &mut Html, here: &Country, lines: &[StopLine<'_>], red_flags: &[&Caution]) {
    out.open("section", "stop")
        .element("h2", "", "Stop and get help");
    if !lines.is_empty() {
        out.element("h3", "", "Stop at once if:");
        for (group, lines) in stop_groups(lines) {
            out.element("p", "stop-group", &stop_group_title(here, group))
                .open("ul", "stop-lines");
            for line in lines {
                out.element("li", action_class(line.caution.action), &line.sign.item());
            }
            out.close("ul");
        }
    }
    if !red_flags.is_empty() {
        out.element(
            "p",
            "flags-intro",
            "Red flags: if one of these shows before, during or after a massage, stop, and get \
             help as it says.",
        );
        for (group, flags) in by_call(red_flags, |c| CallGroup::new(c.call, c.action)) {
            let (class, head) = match group {
                CallGroup::Call(call) => (urgency_class(call), here.sentence(call)),
                CallGroup::NoCall(action) => (action_class(action), format!("{}.", action.label())),
            };
            out.open("div", &format!("flag-group {class}"))
                .element("h3", "", &head)
                .open("ul", "red-flags");
            for flag in flags {
                out.element("li", "red-flag caution-name", &flag.name);
            }
            out.close("ul").close("div");
        }
    }
    out.close("section");
}

/// The class that colours a group of red flags by how soon to get help.
fn urgency_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => action_class(CautionAction::Emergency),
        Urgency::Maternity | Urgency::Today => action_class(CautionAction::StopSeekUrgentCare),
        Urgency::Routine => action_class(CautionAction::AskClinician),
    }
}

/// The sources behind what the handout says, once each in first-cited order: title, publisher,
/// year, and the address as text (for paper) and as a link (for the screen).
pub(super) fn sources<'a>(out: &mut Html, guide: &Guide, ids: impl Iterator<Item = &'a SourceId>) {
    let mut seen: Vec<&SourceId> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    let found: Vec<_> = seen.into_iter().filter_map(|id| guide.source(id)).collect();
    if found.is_empty() {
        return;
    }
    out.open("section", "sources")
        .element("h2", "", "Sources")
        .open("ol", "");
    for source in found {
        out.open("li", "source")
            .element("cite", "", &source.title)
            .text(&format!(". {}, {}. ", source.publisher, source.year));
        let url = source.url.trim();
        // Only a web address becomes a link: anything else (a `javascript:` address, say) in a
        // guide someone sent is shown as text, never followed.
        if url.starts_with("https://") || url.starts_with("http://") {
            out.raw("<a href=\"")
                .text(url)
                .raw("\">")
                .text(url)
                .raw("</a>");
        } else {
            out.element("span", "url", url);
        }
        out.close("li");
    }
    out.close("ol").close("section");
}
