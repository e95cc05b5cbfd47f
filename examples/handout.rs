//! Writes a handout from the built-in guide to standard output, for trying the handouts out and
//! for `scripts/handout_pdf.sh`, which prints one to PDF.
//!
//! ```sh
//! cargo run --example handout -- routine lower_back_wind_down > handout.html
//! cargo run --example handout -- technique palm_effleurage --yes blood_thinners,pregnant
//! cargo run --example handout -- region lumbar_left
//! cargo run --example handout -- mine    # a routine of the reader's own, made up here
//! ```

use std::error::Error;
use std::io::Write as _;

use massage_guide::data::{GuideFiles, QuestionId, RegionId, RoutineId, TechniqueId, load_guide};
use massage_guide::handout::{HandoutOptions, HandoutSubject, handout};
use massage_guide::reader_data::{MyRoutines, RoutineEdit, RoutineRef};
use massage_guide::safety::Answers;

const USAGE: &str = "usage: handout (technique ID | routine ID | region ID | mine) \
                     [--yes QUESTION,QUESTION…]";

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // As the app shows it to a reader who has not chosen a country.
    let guide = load_guide(&GuideFiles::embedded())
        .map_err(|problems| format!("the built-in guide has {} problems", problems.len()))?
        .localized(None);
    let mut my_routines = MyRoutines::default();
    let id = || args.get(1).cloned().ok_or(USAGE);
    let subject = match args.first().map(String::as_str) {
        Some("technique") => HandoutSubject::Technique(TechniqueId(id()?)),
        Some("routine") => HandoutSubject::Routine(RoutineRef::Guide(RoutineId(id()?))),
        Some("region") => HandoutSubject::Region(RegionId(id()?)),
        Some("mine") => {
            // What a reader might make: a short break for the shoulders, retimed.
            let key = my_routines.create();
            for (edit, technique) in [
                (RoutineEdit::Add, "self_hands_neck_shoulders"),
                (RoutineEdit::Add, "ball_against_wall"),
            ] {
                my_routines.edit(key, edit(TechniqueId(technique.to_owned())), &guide);
            }
            my_routines.edit(key, RoutineEdit::SetSeconds(1, 120), &guide);
            my_routines.edit(key, RoutineEdit::Rename("My desk break".to_owned()), &guide);
            HandoutSubject::Routine(RoutineRef::Mine(key))
        }
        _ => return Err(USAGE.into()),
    };
    let answers = args.iter().position(|a| a == "--yes").map(|at| {
        let mut answers = Answers::default();
        for question in args.get(at + 1).into_iter().flat_map(|l| l.split(',')) {
            answers.set(QuestionId(question.trim().to_owned()), Some(true));
        }
        answers
    });
    let options = HandoutOptions {
        answers: answers.as_ref(),
        origin: Some(&massage_guide::data::Origin::BuiltIn),
    };
    let handout = handout(&guide, &subject, &my_routines, &options)?;
    eprintln!("{}", handout.file_name);
    std::io::stdout().write_all(handout.html.as_bytes())?;
    Ok(())
}
