//! Where the reader is: the choice that puts their country's numbers and services into every
//! red flag, stop line, banner and handout.

use egui::{ComboBox, RichText, Ui};

use super::ui_ext::UiExt as _;
use crate::command::Command;
use crate::data::{CountryId, Guide, Urgency};

/// A drop-down of the guide's countries, named for screen readers; a new choice is pushed as a
/// command. `salt` keeps two on one screen apart.
pub(super) fn country_choice_ui(
    ui: &mut Ui,
    guide: &Guide,
    chosen: Option<&CountryId>,
    salt: &str,
    out: &mut Vec<Command>,
) {
    let here = guide.here();
    let mut picked = None;
    let response = ComboBox::from_id_salt(("country", salt))
        .selected_text(&here.name)
        .show_ui(ui, |ui| {
            for country in &guide.countries {
                let selected =
                    chosen == Some(&country.id) || (chosen.is_none() && country.id == here.id);
                if ui.selectable_label(selected, &country.name).clicked() && !selected {
                    picked = Some(country.id.clone());
                }
            }
        })
        .response;
    ui.set_accessible_label(&response, &format!("Where you are: {}", here.name));
    if let Some(id) = picked {
        out.push(Command::SetCountry(Some(id)));
    }
}

/// The choice with what it means: whom to call in an emergency and the same day, and the
/// country's note. ("Today" is defined once, in the guide's own words: `about_this_guide`.)
pub(super) fn country_block_ui(
    ui: &mut Ui,
    guide: &Guide,
    chosen: Option<&CountryId>,
    out: &mut Vec<Command>,
) {
    let here = guide.here();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Where are you?").strong());
        country_choice_ui(ui, guide, chosen, "block", out);
    });
    // One line either way, so choosing does not move what is below.
    ui.label(if chosen.is_none() {
        "Choose where you are, and the guide names your emergency number and services."
    } else {
        "The guide names the emergency number and services of where you are."
    });
    ui.label(
        RichText::new(format!(
            "In an emergency: {}. The same day: {}.",
            here.phrase(Urgency::Emergency),
            here.phrase(Urgency::Today)
        ))
        .strong(),
    );
    if !here.note.trim().is_empty() {
        ui.label(&here.note);
    }
}
