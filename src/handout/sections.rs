//! The parts every handout is made of: facts, steps, benefits, cautions, the reader's own
//! answers, when to stop, and sources. Words for grades, actions, pressures and times are the
//! app's own (`crate::data`'s labels, `format_duration`); what the answers mean is
//! `crate::safety`'s.

use super::html::Html;
use crate::data::{Action, Benefit, Caution, Guide, SourceId, format_duration};
use crate::practice::PlannedStep;
use crate::safety::{Advice, Applied, Profile, StopLine, Verdict, overall_verdict};

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
            .open("div", "what")
            .element("p", "step-text", &step.text);
        if !step.directions.is_empty() {
            let ways: Vec<_> = step.directions.iter().map(|d| d.label()).collect();
            out.element("p", "step-how", &format!("Hands: {}", ways.join(", ")));
        }
        out.close("div")
            .element("span", "time", &format_duration(step.seconds))
            .close("li");
    }
    out.close("ol");
}

/// What it can help with, each with its grade in words, then what research does not show,
/// apart and never as a reason.
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
                .open("p", "benefit-head")
                .element("strong", "name", &benefit.name)
                .raw(" ")
                .element("span", "grade", benefit.evidence.label())
                .close("p")
                .element("p", "explanation", &benefit.explanation)
                .close("li");
        }
        out.close("ul");
    }
    out.close("section");
}

/// Cautions under a heading, most serious first as given, each with its kind and action in
/// words.
pub(super) fn cautions(out: &mut Html, heading: &str, list: &[&Caution]) {
    if list.is_empty() {
        return;
    }
    out.element("h3", "", heading).open("div", "cautions");
    for caution in list {
        caution_card(out, caution, |_| {});
    }
    out.close("div");
}

/// Cautions as a short list to check: each name, what to do, and in one sentence why or how
/// (`overall_verdict`, as the safety check says it to a person it applies to).
pub(super) fn checklist(out: &mut Html, heading: &str, intro: &str, list: &[&Caution]) {
    if list.is_empty() {
        return;
    }
    out.element("h3", "", heading)
        .element("p", "", intro)
        .open("ul", "checklist");
    for caution in list {
        out.open("li", &format!("check {}", action_class(caution.action)))
            .element("span", "caution-name", &caution.name)
            .raw(" ")
            .element("span", "action", caution.action.label());
        match overall_verdict(caution) {
            Some(Verdict::Avoid(why) | Verdict::Modify(why)) => {
                out.element("p", "caution-text", why);
            }
            None => {
                out.element("p", "caution-text", &caution.text);
            }
        }
        out.close("li");
    }
    out.close("ul");
}

/// One caution; `more` adds lines under its text.
fn caution_card(out: &mut Html, caution: &Caution, more: impl FnOnce(&mut Html)) {
    out.open("div", &format!("caution {}", action_class(caution.action)))
        .element(
            "p",
            "tag",
            &format!("{} · {}", caution.kind.label(), caution.action.label()),
        )
        .element("p", "caution-name", &caution.name)
        .element("p", "caution-text", &caution.text);
    more(out);
    out.close("div");
}

/// A class per action, which the style sheet draws with a heavier bar the more serious it is:
/// the words say it too, so grey print loses nothing.
fn action_class(action: Action) -> &'static str {
    match action {
        Action::Modify => "modify",
        Action::AskClinician => "ask",
        Action::Avoid => "avoid",
        Action::StopSeekUrgentCare => "urgent",
        Action::Emergency => "emergency",
    }
}

/// "Avoid for you: why" or "For you: how".
fn verdict_words(verdict: Verdict<'_>) -> (String, &'static str) {
    match verdict {
        Verdict::Avoid(because) => (format!("Avoid for you: {because}"), "avoid"),
        Verdict::Modify(how) => (format!("For you: {how}"), "modify"),
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

/// A caution the answers make apply: the caution, the answers, and what it means overall.
pub(super) fn applied_card(out: &mut Html, applied: &Applied<'_>) {
    caution_card(out, applied.caution, |out| {
        for question in &applied.questions {
            out.element(
                "p",
                "because",
                &format!("You answered yes to: {}", question.ask),
            );
        }
        if let Some(verdict) = overall_verdict(applied.caution) {
            let words = match verdict {
                Verdict::Avoid(because) => format!("No massage for now: {because}"),
                Verdict::Modify(_) => verdict_words(verdict).0,
            };
            out.element("p", "verdict", &words);
        }
    });
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
            Some(Verdict::Avoid(because) | Verdict::Modify(because)) => because,
            None => caution.text.as_str(),
        };
        out.open("li", "")
            .element("strong", "", &format!("{}: ", caution.action.label()))
            .text(&caution.name)
            .element("p", "", reason)
            .close("li");
    }
    out.close("ul").close("section");
}

/// When to stop at once, and the red flags that mean get help, most urgent first, each saying
/// whom to call.
pub(super) fn stop(out: &mut Html, lines: &[StopLine<'_>], red_flags: &[&Caution]) {
    out.open("section", "stop")
        .element("h2", "", "When to stop and get help");
    if !lines.is_empty() {
        out.element("h3", "", "Stop at once if:")
            .open("ul", "stop-lines");
        for line in lines {
            out.element(
                "li",
                action_class(line.caution.action),
                &format!("Stop if {}.", line.text),
            );
        }
        out.close("ul");
    }
    if !red_flags.is_empty() {
        out.element("h3", "", "Red flags: stop and get help")
            .element(
                "p",
                "",
                "If any of these signs appear, before, during or after a massage, stop. Outside \
             the UK, the EU and the US, call your local emergency number.",
            );
        let mut actions: Vec<Action> = red_flags.iter().map(|c| c.action).collect();
        actions.sort_by_key(|a| std::cmp::Reverse(*a));
        actions.dedup();
        for action in actions {
            out.element("h4", "", action.label())
                .open("ul", &format!("red-flags {}", action_class(action)));
            for flag in red_flags.iter().filter(|c| c.action == action) {
                // The short reason, which also says whom to call; the full text is the app's.
                let why = match overall_verdict(flag) {
                    Some(Verdict::Avoid(why) | Verdict::Modify(why)) => why,
                    None => flag.text.as_str(),
                };
                out.open("li", "red-flag")
                    .element("p", "caution-name", &flag.name)
                    .element("p", "caution-text", why)
                    .close("li");
            }
            out.close("ul");
        }
    }
    out.close("section");
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
