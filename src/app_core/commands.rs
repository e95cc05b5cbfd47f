//! Applying commands: what the views and the keys ask for changes the state here. What the
//! window must do as a result (focus, scroll, a theme, a zoom) comes back as [`Effects`].

use super::{Core, Effects, FileToSave, Input, Made, Notice, Practice, Reveal};
use crate::browse::Filters;
use crate::command::{Command, PlanSource, PracticeCommand, Steer};
use crate::data::{Guide, Part};
use crate::handout::{HandoutOptions, HandoutSubject, handout};
use crate::platform::FolderPurpose;
use crate::practice::{Plan, Session};
use crate::reader_data::RoutineRef;
use crate::safety::{Answers, Profile, questions_in_asking_order};
use crate::search::Target;
use crate::state::Page;

impl Core {
    /// Changes the state as `command` asks; returns what the window must change.
    pub(crate) fn apply(&mut self, command: Command, input: Input) -> Effects {
        let before = self.state.page.clone();
        let mut effects = self.apply_to_state(command, input);
        if self.state.page != before && input.by_keyboard {
            // Opened by keyboard: the new page puts the keyboard on its main button. A mouse
            // user needs no focus ring.
            effects.focus_page = true;
        }
        effects
    }

    fn apply_to_state(&mut self, command: Command, input: Input) -> Effects {
        let mut effects = Effects::default();
        match command {
            Command::SelectRegion(id) => {
                // Choosing an area on the map is asking to read about it.
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Command::ClearSelection => self.state.selected = None,
            Command::ReadFocusAloud(on) => {
                self.state.read_focus_aloud = on;
                effects.read_focus_aloud = Some(on && self.can_read_focus_aloud);
            }
            Command::SetTheme(theme) => {
                self.state.theme = theme;
                effects.theme = Some(theme);
            }
            Command::SetZoom(zoom) => {
                self.state.zoom = zoom;
                effects.zoom = Some(zoom);
            }
            Command::DismissNotice => self.notice = None,
            Command::ShowPage(page) => self.show_page(page),
            Command::Back => self.back(),
            Command::Answer(question, answer) => {
                self.change_answers(|answers, _| answers.set(question, answer));
            }
            Command::NoUrgentSigns => self.change_answers(|answers, guide| {
                for question in questions_in_asking_order(guide).0 {
                    answers.set(question.id.clone(), Some(false));
                }
            }),
            Command::ClearAnswers => self.change_answers(|answers, _| answers.clear()),
            Command::SetCountry(country) => {
                self.state.country = country;
                self.localize();
            }
            Command::CloseSafetyCheck => self.show_page(Page::Guide),
            Command::ShowWarningSigns => {
                self.show_page(Page::SafetyCheck);
                effects.reveal = Some(Reveal::WarningSign);
            }
            Command::HideAvoided(hide) => self.state.hide_avoided = hide,
            Command::ShowLayer(layer, show) => self.state.show_layer(layer, show),
            Command::SetFilters(filters) => self.state.filters = filters,
            Command::ToggleFavourite(id) => self.state.favourites.toggle(&id),
            Command::Open(target) => {
                self.search.close();
                effects.reveal = self.open(target);
            }
            Command::FocusSearch => effects.focus_search = true,
            Command::Search(query) => self.search.set_query(query, &self.index),
            Command::MoveSearchHighlight(by) => {
                self.search.move_highlight(by);
                effects.reveal = Some(Reveal::SearchHighlight);
            }
            Command::CloseSearch => self.search.close(),
            Command::Practice(command) => self.practice_command(&command, input.now),
            Command::ChooseGuideFolder => {
                effects.choose_folder = Some(FolderPurpose::OpenGuide);
            }
            Command::SaveBuiltInCopy => {
                effects.choose_folder = Some(FolderPurpose::SaveBuiltInCopy);
            }
            Command::OpenRecentGuide(folder) => effects.open_guide = Some(folder),
            Command::BackToBuiltInGuide => effects = self.back_to_built_in(),
            Command::GuideRead(read) => self.guide_read(*read),
            Command::StateSaved(saved) => self.state_saved(saved),
            Command::SaveHandout(subject) => effects.save_file = self.handout(&subject),
            Command::HandoutWithAnswers(on) => self.state.handout_answers = on,
            Command::NewRoutine => {
                self.editing = Some(self.state.my_routines.create());
                self.show_page(Page::Routines);
            }
            Command::CopyRoutine(id) => {
                if let Some(routine) = self.guide.routine(&id) {
                    self.editing = Some(self.state.my_routines.copy_of(routine));
                }
            }
            Command::EditRoutine(key, edit) => {
                self.state.my_routines.edit(key, edit, &self.guide);
            }
            Command::EditingRoutine(key) => self.editing = key,
            Command::DeleteRoutine(key) => {
                self.state.my_routines.delete(key);
                if self.editing == Some(key) {
                    self.editing = None;
                }
            }
        }
        effects
    }

    /// The handout for `subject` as a file to offer; if there is none, the notice says why.
    fn handout(&mut self, subject: &HandoutSubject) -> Option<FileToSave> {
        let options = HandoutOptions {
            answers: self.state.handout_answers.then_some(&self.state.answers),
            origin: Some(&self.origin),
        };
        match handout(&self.guide, subject, &self.state.my_routines, &options) {
            Ok(handout) => Some(FileToSave {
                what: Made::Handout {
                    title: handout.title,
                },
                name: handout.file_name,
                contents: handout.html,
            }),
            Err(err) => {
                self.notice = Some(Notice::Handout(err));
                None
            }
        }
    }

    /// Goes where a search hit leads; returns what to scroll to on the page it opens.
    fn open(&mut self, target: Target) -> Option<Reveal> {
        match target {
            Target::Technique(id) => self.show_page(Page::Technique(id)),
            Target::Routine(id) => {
                self.show_page(Page::Routines);
                return Some(Reveal::Routine(RoutineRef::Guide(id)));
            }
            Target::Topic(id) => {
                let part = self.guide.topic(&id).map(|t| t.part);
                self.show_page(Page::Basics(part.unwrap_or(Part::BeforeYouStart)));
                return Some(Reveal::Topic(id));
            }
            Target::Claim(id) => {
                self.show_page(Page::Claims);
                return Some(Reveal::Claim(id));
            }
            Target::Region(id) => {
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Target::Caution(id) => self.show_page(Page::Caution(id)),
            Target::LookAlike(id) => {
                self.show_page(Page::LookAlikes);
                return Some(Reveal::LookAlike(id));
            }
            Target::Muscle(id) => self.show_page(Page::Muscle(id)),
            Target::Benefit(id) => self.browse_only(Filters {
                benefit: Some(id),
                ..self.state.filters.cleared()
            }),
            Target::Tool(tool) => self.browse_only(Filters {
                tool: Some(tool),
                ..self.state.filters.cleared()
            }),
        }
        None
    }

    /// Opens the browser with `filters` (one filter on [`Filters::cleared`]).
    fn browse_only(&mut self, filters: Filters) {
        self.state.filters = filters;
        self.show_page(Page::Techniques);
    }

    /// What `started` plays for this reader: its steps without the techniques their safety
    /// check rules out.
    fn plan(&self, started: &PlanSource) -> Option<Plan> {
        let plan = match started {
            PlanSource::Technique(id) => self.guide.technique(id).map(Plan::technique),
            PlanSource::Routine(RoutineRef::Guide(id)) => self
                .guide
                .routine(id)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
            PlanSource::Routine(RoutineRef::Mine(key)) => self
                .state
                .my_routines
                .get(*key)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
        }?;
        let profile = Profile::new(&self.guide, &self.state.answers);
        Some(plan.leave_out_avoided(&self.guide, &profile))
    }

    /// Changes the safety check's answers, and what a session under way plays to match.
    fn change_answers(&mut self, change: impl FnOnce(&mut Answers, &Guide)) {
        change(&mut self.state.answers, &self.guide);
        self.replan_practice();
    }

    /// Plans the session again after the answers changed, so it never plays a technique they
    /// now rule out; ends it if nothing is left to play.
    fn replan_practice(&mut self) {
        let Some(plan) = self.practice.as_ref().and_then(|p| self.plan(&p.started)) else {
            return;
        };
        if plan.steps.is_empty() {
            self.end_practice();
        } else if let Some(practice) = &mut self.practice {
            practice.session.replan(plan);
        }
    }

    /// Ends the session and goes back where it began, as if it had not been opened: Back then
    /// goes where it went before.
    fn end_practice(&mut self) {
        let Some(practice) = self.practice.take() else {
            return;
        };
        if self.state.page == Page::Practice {
            if self.history.back() == Some(&practice.from) {
                self.history.pop_back();
            }
            self.state.page = practice.from;
        }
    }

    fn practice_command(&mut self, command: &PracticeCommand, now: f64) {
        let steer = match command {
            PracticeCommand::Start(source) => {
                // A session with nothing to play (every technique ruled out, or none in this
                // guide) does not start; its Start button says why.
                if let Some(plan) = self.plan(source).filter(|p| !p.steps.is_empty()) {
                    self.start_practice(source.clone(), plan);
                }
                return;
            }
            PracticeCommand::Steer(steer) => *steer,
        };
        let Some(practice) = &mut self.practice else {
            return;
        };
        let session = &mut practice.session;
        match steer {
            Steer::Pause => session.pause(),
            Steer::Resume => session.resume(),
            Steer::Next => session.next(),
            Steer::Previous => session.previous(),
            Steer::SkipTechnique => {
                // A single technique has Stop for that.
                if session.plan.has_several_items() {
                    session.skip_technique();
                }
            }
            Steer::Restart => session.restart(),
            Steer::Stop => {
                self.end_practice();
                return;
            }
        }
        // A jump or a restart is not a step running out: no cue.
        practice.cue_since = None;
        practice.last_tick = Some(now);
    }

    fn start_practice(&mut self, started: PlanSource, plan: Plan) {
        let from = match &self.state.page {
            Page::Practice => self
                .practice
                .as_ref()
                .map_or(Page::Guide, |p| p.from.clone()),
            page => page.clone(),
        };
        self.practice = Some(Practice {
            session: Session::start(plan),
            started,
            from,
            last_tick: None,
            cue_since: None,
        });
        self.show_page(Page::Practice);
    }
}
