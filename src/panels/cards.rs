//! Blocks about the guide's content shared by several views: caution and benefit cards, the
//! verdicts of the safety check, sources, muscle links and the Back button. Helpers that know
//! nothing of the guide are methods of `UiExt`.

use egui::{CollapsingHeader, Color32, Frame, RichText, Stroke, Ui, vec2};

use super::Hover;
use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{
    Benefit, Caution, CautionAction, Country, Evidence, Guide, Muscle, SourceId, capitalized,
};
use crate::diagram::depth_words;
use crate::handout::HandoutSubject;
use crate::safety::{CallGroup, TechniqueVerdict};
use crate::search::Target;
use crate::shortcuts::{self, ShortcutAction as Shortcut};
use crate::state::Page;
use crate::theme;

/// A caution with its kind and action written out and a bar in the action's colour: what to
/// do, whom to call in the reader's country, and why.
pub(super) fn caution_card_ui(ui: &mut Ui, here: &Country, caution: &Caution) {
    caution_card_with_ui(ui, here, caution, |_| {});
}

/// A caution card with more lines under its text, e.g. what it means for this reader.
pub(super) fn caution_card_with_ui(
    ui: &mut Ui,
    here: &Country,
    caution: &Caution,
    more: impl FnOnce(&mut Ui),
) {
    let color = theme::action_color(caution.action, ui.visuals());
    barred_card_ui(ui, color, |ui| {
        ui.label(
            RichText::new(format!(
                "{}  ·  {}",
                caution.kind.label(),
                caution.action.label()
            ))
            .color(color)
            .strong(),
        );
        ui.label(RichText::new(&caution.name).strong());
        // What to do is what the reader must not miss: in the strong text colour.
        ui.label(RichText::new(&caution.stop).color(ui.visuals().strong_text_color()));
        for line in caution.call_lines(here) {
            ui.label(RichText::new(line).strong());
        }
        if !caution.why.trim().is_empty() {
            ui.label(format!("Why: {}", caution.why));
        }
        more(ui);
    });
}

/// Why a lay giver must not press a muscle, as a card in the colour of "Avoid".
pub(super) fn do_not_press_card_ui(ui: &mut Ui, why: &str) {
    let color = theme::action_color(CautionAction::Avoid, ui.visuals());
    barred_card_ui(ui, color, |ui| {
        ui.label(RichText::new(DO_NOT_PRESS).color(color).strong());
        ui.label(why);
    });
}

/// The heading of a muscle a lay giver must not press, wherever it is named.
pub(super) const DO_NOT_PRESS: &str = "Do not press this muscle";

/// A framed card the full width of the panel with a bar of `color` down its left edge.
fn barred_card_ui(ui: &mut Ui, color: Color32, add_contents: impl FnOnce(&mut Ui)) {
    let response = Frame::group(ui.style())
        .stroke(Stroke::new(theme::CARD_EDGE, color.gamma_multiply(0.6)))
        .inner_margin(egui::Margin {
            left: 12,
            right: 8,
            top: 6,
            bottom: 6,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        })
        .response;
    let bar = egui::Rect::from_min_size(
        response.rect.min,
        vec2(theme::CARD_BAR_WIDTH, response.rect.height()),
    );
    ui.painter().rect_filled(bar, 2.0, color);
}

/// A benefit with its evidence grade in words and colour, and links to what the "How massage
/// works" page says about it; a link clicked pushes its command onto `out`.
pub(super) fn benefit_card_ui(
    ui: &mut Ui,
    guide: &Guide,
    benefit: &Benefit,
    out: &mut Vec<Command>,
) {
    Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&benefit.name).strong());
            grade_ui(ui, benefit.evidence);
        });
        ui.label(&benefit.explanation);
        claim_links_ui(ui, guide, benefit, out);
    });
}

/// A dot in the grade's colour and the grade in words, so colour is never the only sign.
pub(super) fn grade_ui(ui: &mut Ui, evidence: Evidence) {
    let color = theme::evidence_color(evidence, ui.visuals());
    // Painted: the default fonts have no circle glyph.
    let (dot, _) = ui.allocate_exact_size(
        egui::Vec2::splat(2.0 * theme::EVIDENCE_DOT_RADIUS + 2.0),
        egui::Sense::hover(),
    );
    ui.painter()
        .circle_filled(dot.center(), theme::EVIDENCE_DOT_RADIUS, color);
    ui.label(RichText::new(evidence.label()).color(color));
}

/// "How it works: …" with a link to each claim about a benefit, if there are any; each link
/// clicked pushes the command that opens its claim.
pub(super) fn claim_links_ui(
    ui: &mut Ui,
    guide: &Guide,
    benefit: &Benefit,
    out: &mut Vec<Command>,
) {
    let mut claims = guide.claims_about(&benefit.id).peekable();
    if claims.peek().is_some() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("How it works:");
            for claim in claims {
                let label = format!("{} ({})", claim.claim, claim.verdict.label().to_lowercase());
                if ui.link(label).clicked() {
                    out.push(Command::Open(Target::Claim(claim.id.clone())));
                }
            }
        });
    }
}

/// The references behind what a view shows, each a link, in first-cited order.
pub(super) fn sources_ui<'a>(ui: &mut Ui, guide: &Guide, ids: impl Iterator<Item = &'a SourceId>) {
    let mut seen: Vec<&SourceId> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    if seen.is_empty() {
        return;
    }
    ui.section_heading_ui("Sources", seen.len());
    for source in seen.into_iter().filter_map(|id| guide.source(id)) {
        ui.horizontal_wrapped(|ui| {
            ui.hyperlink_to(&source.title, &source.url);
            ui.weak(format!("{}, {}", source.publisher, source.year));
        });
    }
}

/// A muscle's name as a link to its page; pointing at it shows the muscle on the map, clicking
/// it pushes the command that opens the page.
pub(super) fn muscle_link_ui(ui: &mut Ui, hover: &Hover, muscle: &Muscle, out: &mut Vec<Command>) {
    let not_pressed = if muscle.may_press() {
        ""
    } else {
        " Not to be pressed."
    };
    let response = ui.link(&muscle.name).on_hover_text(format!(
        "{}{not_pressed} Click to read more.",
        depth_words(muscle.depth)
    ));
    if response.hovered() {
        hover.point_at(&muscle.id);
    }
    if response.clicked() {
        out.push(Command::ShowPage(Page::Muscle(muscle.id.clone())));
    }
}

/// "Avoid for you: why" or "For you: how", in the colour of its action.
pub(super) fn verdict_words(ui: &Ui, verdict: TechniqueVerdict<'_>) -> (String, Color32) {
    match verdict {
        TechniqueVerdict::Avoid(because) => (
            format!("Avoid for you: {because}"),
            theme::action_color(CautionAction::Avoid, ui.visuals()),
        ),
        TechniqueVerdict::Modify(how) => (
            format!("For you: {how}"),
            theme::action_color(CautionAction::Modify, ui.visuals()),
        ),
    }
}

/// Whom to call, as a section title in the reader's country's words ("Call 999 now"); the
/// action's label for a caution that names no one.
pub(super) fn urgency_title(here: &Country, group: CallGroup) -> String {
    match group {
        CallGroup::Call(call) => capitalized(&here.phrase(call)),
        CallGroup::NoCall(action) => action.label().to_owned(),
    }
}

/// The cautions that apply to everyone, folded so they stay one click away on every view.
pub(super) fn general_cautions_ui(ui: &mut Ui, guide: &Guide) {
    let general = guide.general_cautions();
    folded_cautions_ui(
        ui,
        guide.here(),
        "Cautions for everyone",
        "general_cautions",
        &general,
    );
}

/// Cautions under a header that opens on a click, titled with their count; nothing if none.
pub(super) fn folded_cautions_ui(
    ui: &mut Ui,
    here: &Country,
    title: &str,
    id_salt: &str,
    cautions: &[&Caution],
) {
    if cautions.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE_M);
    CollapsingHeader::new(format!("{title} ({})", cautions.len()))
        .id_salt(id_salt)
        .show(ui, |ui| {
            for caution in cautions {
                caution_card_ui(ui, here, caution);
            }
        });
}

/// "Back" to the page shown before, as its shortcut (Alt+Left) does; pushes `Command::Back`
/// when clicked.
pub(super) fn back_button_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    let back = ui.button("Back").on_hover_text(format!(
        "Back to the page before ({})",
        shortcuts::text(ui.ctx(), Shortcut::Back)
    ));
    if back.clicked() {
        out.push(Command::Back);
    }
}

/// "Save a handout…" for `name`: one page about it to print or give to a client.
pub(super) fn handout_button_ui(
    ui: &mut Ui,
    name: &str,
    subject: HandoutSubject,
    out: &mut Vec<Command>,
) {
    let button = ui.button("Save a handout…").on_hover_text(
        "One page to print or send: the map, the steps and times, what it can help with, the \
         cautions, when to stop, and the sources",
    );
    ui.set_accessible_label(&button, &format!("Save a handout for {name}"));
    if button.clicked() {
        out.push(Command::SaveHandout(subject));
    }
}

/// Whether handouts carry the reader's safety-check answers (off unless chosen).
pub(super) fn handout_answers_ui(ui: &mut Ui, with_answers: bool, out: &mut Vec<Command>) {
    let mut on = with_answers;
    if ui
        .checkbox(&mut on, "Put my safety-check answers in handouts")
        .on_hover_text(
            "Adds what your answers mean: what to avoid or change, and why. Leave it off for a \
             handout you give to someone else.",
        )
        .changed()
    {
        out.push(Command::HandoutWithAnswers(on));
    }
}
