//! What the safety check's answers mean: which cautions apply to this person, which techniques
//! to avoid or change, and which answers are warning signs. Pure logic over the guide; the
//! views only show it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::{
    Caution, CautionAction, CautionKind, Country, Guide, Question, QuestionId, Region, StopSign,
    Technique, Urgency, capitalized,
};

/// The answers to the safety check: yes or no per question.
///
/// A question missing from the map is unanswered, which changes nothing. Answers to questions a
/// later guide dropped are kept but ignored, so switching guides loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<QuestionId, bool>);

impl Answers {
    pub fn get(&self, id: &QuestionId) -> Option<bool> {
        self.0.get(id).copied()
    }

    /// Records an answer, or forgets it with `None`.
    pub fn set(&mut self, id: QuestionId, answer: Option<bool>) {
        match answer {
            Some(yes) => self.0.insert(id, yes),
            None => self.0.remove(&id),
        };
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// How many of `guide`'s questions have an answer.
    pub fn answered(&self, guide: &Guide) -> usize {
        guide
            .questions
            .iter()
            .filter(|q| self.0.contains_key(&q.id))
            .count()
    }
}

/// A caution that applies to this person, and the questions answered yes that brought it in.
#[derive(Clone, Debug)]
pub struct Applied<'a> {
    pub caution: &'a Caution,
    pub questions: Vec<&'a Question>,
}

/// What one applied caution means for one technique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TechniqueVerdict<'a> {
    /// Do not use the technique; the text says why.
    Avoid(&'a str),
    /// Use it only as the text says, e.g. with light pressure.
    Modify(&'a str),
}

/// One reason a technique is marked for this person.
#[derive(Clone, Copy, Debug)]
pub struct AdviceMark<'a> {
    pub caution: &'a Caution,
    pub verdict: TechniqueVerdict<'a>,
}

/// Everything the answers change for one technique; empty when nothing does.
#[derive(Clone, Debug, Default)]
pub struct Advice<'a> {
    /// Avoid marks first, then the changes, each group in the order the answers applied them.
    pub marks: Vec<AdviceMark<'a>>,
}

impl Advice<'_> {
    pub fn avoid(&self) -> bool {
        self.marks
            .iter()
            .any(|m| matches!(m.verdict, TechniqueVerdict::Avoid(_)))
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }
}

/// The cautions that apply to a person, from their answers.
#[derive(Clone, Debug)]
pub struct Profile<'a> {
    /// In the order of the cautions file, each caution once.
    pub applied: Vec<Applied<'a>>,
    /// Where the reader is, for whom to call.
    pub here: &'a Country,
}

impl<'a> Profile<'a> {
    pub fn new(guide: &'a Guide, answers: &Answers) -> Self {
        let yes: Vec<&Question> = guide
            .questions
            .iter()
            .filter(|q| answers.get(&q.id) == Some(true))
            .collect();
        let applied = guide
            .cautions
            .iter()
            .filter_map(|caution| {
                let questions: Vec<&Question> = yes
                    .iter()
                    .copied()
                    .filter(|q| q.cautions.contains(&caution.id))
                    .collect();
                (!questions.is_empty()).then_some(Applied { caution, questions })
            })
            .collect();
        Self {
            applied,
            here: guide.here(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.applied.is_empty()
    }

    /// The applied cautions that bear on a region: those for everyone and those naming it, most
    /// serious action first.
    pub fn for_region(&self, region: &Region) -> Vec<&Applied<'a>> {
        let mut found: Vec<_> = self
            .applied
            .iter()
            .filter(|a| {
                a.caution.kind == CautionKind::General || a.caution.regions.contains(&region.id)
            })
            .collect();
        found.sort_by_key(|a| std::cmp::Reverse(a.caution.action));
        found
    }

    /// Answers that are warning signs: red flags, and cautions that send the person for help
    /// today or sooner. Most urgent first.
    pub fn alerts(&self) -> Vec<&Applied<'a>> {
        let mut alerts: Vec<_> = self
            .applied
            .iter()
            .filter(|a| is_warning_sign(a.caution))
            .collect();
        alerts.sort_by_key(|a| std::cmp::Reverse(a.caution.action));
        alerts
    }

    /// What the answers change for a technique.
    pub fn advice(&self, technique: &Technique) -> Advice<'a> {
        let mut marks: Vec<AdviceMark<'a>> = self
            .applied
            .iter()
            .filter_map(|a| {
                verdict(a.caution, technique).map(|verdict| AdviceMark {
                    caution: a.caution,
                    verdict,
                })
            })
            .collect();
        // Stable, so each group keeps the cautions file's order.
        marks.sort_by_key(|m| !matches!(m.verdict, TechniqueVerdict::Avoid(_)));
        Advice { marks }
    }
}

/// Whether a caution, once it applies, means get help rather than change the massage.
pub fn is_warning_sign(caution: &Caution) -> bool {
    caution.kind == CautionKind::RedFlag || caution.action >= CautionAction::StopSeekUrgentCare
}

/// The safety check's questions as it asks them: first those whose yes is a warning sign,
/// emergencies before same-day signs, then the rest.
///
/// Someone with an emergency should not read about oils and skin before the question that tells
/// them whom to call. The sorts are stable, so file order holds among equals.
pub fn questions_in_asking_order(guide: &Guide) -> (Vec<&Question>, Vec<&Question>) {
    let cautions = |q: &Question| -> Vec<&Caution> {
        q.cautions
            .iter()
            .filter_map(|id| guide.caution(id))
            .collect()
    };
    let (mut urgent, others): (Vec<&Question>, Vec<&Question>) = guide
        .questions
        .iter()
        .partition(|q| cautions(q).into_iter().any(is_warning_sign));
    urgent.sort_by_key(|q| std::cmp::Reverse(cautions(q).into_iter().map(|c| c.action).max()));
    (urgent, others)
}

/// What an applied caution means for the massage as a whole: no massage at all, or how to
/// change it; `None` if its author said neither.
pub fn overall_verdict(caution: &Caution) -> Option<TechniqueVerdict<'_>> {
    let for_you = &caution.for_you;
    if caution.rules_out_everything() {
        Some(TechniqueVerdict::Avoid(reason(&for_you.because, caution)))
    } else if for_you.otherwise.trim().is_empty() {
        None
    } else {
        Some(TechniqueVerdict::Modify(&for_you.otherwise))
    }
}

/// What an applied caution means for one technique, if anything (see [`crate::data::ForYou`]).
fn verdict<'a>(caution: &'a Caution, technique: &Technique) -> Option<TechniqueVerdict<'a>> {
    let for_you = &caution.for_you;
    if caution.rules_out_everything() {
        return overall_verdict(caution);
    }
    if for_you.avoid.contains(&technique.id) {
        return Some(TechniqueVerdict::Avoid(reason(&for_you.because, caution)));
    }
    (caution.covers(technique) && !for_you.otherwise.trim().is_empty())
        .then_some(TechniqueVerdict::Modify(&for_you.otherwise))
}

/// The author's reason, or the caution's name if they gave none (validation asks for one).
fn reason<'a>(because: &'a str, caution: &'a Caution) -> &'a str {
    if because.trim().is_empty() {
        &caution.name
    } else {
        because
    }
}

/// One "stop if" line of a technique, with the caution it comes from.
#[derive(Clone, Copy, Debug)]
pub struct StopLine<'a> {
    pub sign: &'a StopSign,
    pub caution: &'a Caution,
}

/// The signs to stop at during a technique: the `stop_if` lines of its cautions, most serious
/// caution first, each line once.
pub fn stop_lines<'a>(guide: &'a Guide, technique: &Technique) -> Vec<StopLine<'a>> {
    let mut cautions: Vec<&Caution> = technique
        .cautions
        .iter()
        .filter_map(|id| guide.caution(id))
        .collect();
    cautions.sort_by_key(|c| std::cmp::Reverse(c.action));
    let mut lines: Vec<StopLine<'a>> = Vec::new();
    for caution in cautions {
        for sign in &caution.stop_if {
            if !lines.iter().any(|l| l.sign.sign == sign.sign) {
                lines.push(StopLine { sign, caution });
            }
        }
    }
    lines
}

/// Whom a group of red flags, alerts or stop lines says to call: an urgency, or for those that
/// name no one, how serious their caution is. More urgent is greater; any call is more urgent
/// than none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CallGroup {
    NoCall(CautionAction),
    Call(Urgency),
}

impl CallGroup {
    pub fn new(call: Option<Urgency>, action: CautionAction) -> Self {
        call.map_or(Self::NoCall(action), Self::Call)
    }
}

/// `items` grouped by whom they say to call, most urgent first, each group in the items' order.
pub fn by_call<T: Copy>(items: &[T], key: impl Fn(T) -> CallGroup) -> Vec<(CallGroup, Vec<T>)> {
    let mut groups: Vec<(CallGroup, Vec<T>)> = Vec::new();
    for &item in items {
        let group = key(item);
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, list)) => list.push(item),
            None => groups.push((group, vec![item])),
        }
    }
    groups.sort_by_key(|(g, _)| std::cmp::Reverse(*g));
    groups
}

/// Stop lines grouped by whom they say to call, most urgent first; the lines that call no one
/// form one group, last, whatever their caution's action.
pub fn stop_groups<'a>(lines: &[StopLine<'a>]) -> Vec<(CallGroup, Vec<StopLine<'a>>)> {
    by_call(lines, |l| {
        CallGroup::new(l.sign.call, CautionAction::Modify)
    })
}

/// A group's heading, in the reader's country's words: "Call 999 now if:".
pub fn stop_group_title(here: &Country, group: CallGroup) -> String {
    match group {
        CallGroup::Call(call) => format!("{} if:", capitalized(&here.phrase(call))),
        CallGroup::NoCall(_) => "Stop and change what you do if:".to_owned(),
    }
}

impl StopSign {
    /// The sign under its group's heading: "Chest pain starts." or "A pulse shows: move back."
    pub fn item(&self) -> String {
        let sign = capitalized(self.sign.trim());
        match self.then.trim() {
            "" => format!("{sign}."),
            then => format!("{sign}: {then}."),
        }
    }
}
