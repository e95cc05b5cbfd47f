//! Applying commands: what the views and the keys ask for changes the state here, and nothing
//! here calls egui. What the window must do as a result (a theme, a zoom) comes back as
//! [`Effects`], which the shell applies once.

use super::App;
use super::practice_clock::Practice;
use crate::browse::Filters;
use crate::command::{Command, PracticeCommand};
use crate::data::Part;
use crate::panels::Reveal;
use crate::practice::{Plan, Session};
use crate::saved::RoutineRef;
use crate::search::Target;
use crate::state::{Page, Zoom};

/// What the moment of a command says about it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Input {
    /// egui's clock, in seconds.
    pub now: f64,
    /// Enter or Space was pressed this frame: a page opened now was opened by keyboard.
    pub by_keyboard: bool,
}

impl Input {
    pub fn of(ctx: &egui::Context) -> Self {
        ctx.input(|i| Self {
            now: i.time,
            by_keyboard: i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space),
        })
    }
}

/// The moment the practice clock runs at, and what it needs to know of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Now {
    /// egui's clock, in seconds.
    pub now: f64,
    /// The window has the system's focus (the reader may be looking elsewhere when not).
    pub window_focused: bool,
    /// Something in the app has the keyboard.
    pub keyboard_in_use: bool,
}

impl Now {
    pub fn of(ctx: &egui::Context) -> Self {
        Self {
            now: ctx.input(|i| i.time),
            window_focused: ctx.input(|i| i.focused),
            keyboard_in_use: ctx.memory(|m| m.focused().is_some()),
        }
    }
}

/// What the window must do after a command or a tick of the clock.
#[must_use]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Effects {
    pub theme: Option<egui::ThemePreference>,
    pub zoom: Option<Zoom>,
    /// Ask the system to draw the reader's attention to the window (a step ended).
    pub attention: bool,
    /// Draw again after this many seconds, even without input.
    pub repaint_after: Option<f64>,
    /// Turn egui's spoken focus on or off (eframe speaks it in a browser).
    pub speak: Option<bool>,
}

impl Effects {
    /// Applies them to the window.
    pub fn apply_to(self, ctx: &egui::Context) {
        if let Some(theme) = self.theme {
            ctx.set_theme(theme);
        }
        if let Some(zoom) = self.zoom {
            ctx.set_zoom_factor(zoom.get());
        }
        if let Some(on) = self.speak {
            ctx.options_mut(|o| o.screen_reader = on);
        }
        if self.attention {
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        }
        if let Some(seconds) = self.repaint_after {
            // A wait that is not a time (it cannot be, but) draws at once rather than panic.
            let wait = std::time::Duration::try_from_secs_f64(seconds).unwrap_or_default();
            ctx.request_repaint_after(wait);
        }
    }
}

impl App {
    /// Changes the state as `command` asks; returns what the window must change.
    pub fn apply(&mut self, command: Command, input: Input) -> Effects {
        let before = self.state.page.clone();
        let effects = self.apply_to_state(command, input);
        if self.state.page != before && input.by_keyboard {
            // Opened by keyboard: the new page puts the keyboard on its main button. A mouse
            // user needs no focus ring.
            self.focus_page = true;
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
            Command::SpeakFocus(on) => {
                self.state.speak_focus = on;
                effects.speak = Some(on && self.speech);
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
            Command::Back => {
                if let Some(page) = self.history.pop() {
                    self.leave_page();
                    self.state.page = page;
                }
            }
            Command::Answer(question, answer) => self.state.answers.set(question, answer),
            Command::ClearAnswers => self.state.answers.clear(),
            Command::CloseSafetyCheck => self.show_page(Page::Guide),
            Command::ShowWarningSigns => {
                self.show_page(Page::SafetyCheck);
                self.reveal_warning = true;
            }
            Command::HideAvoided(hide) => self.state.hide_avoided = hide,
            Command::ShowLayer(layer, show) => self.state.show_layer(layer, show),
            Command::SetFilters(filters) => self.state.filters = filters,
            Command::Browse(filters) => {
                self.state.filters = filters;
                self.show_page(Page::Techniques);
            }
            Command::ToggleFavourite(id) => self.state.favourites.toggle(&id),
            Command::Open(target) => {
                self.search.close();
                self.open(target);
            }
            Command::FocusSearch => self.search.request_focus(),
            Command::CloseSearch => self.search.close(),
            Command::Practice(command) => self.practice_command(command, input.now),
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

    /// Goes where a search hit leads.
    fn open(&mut self, target: Target) {
        match target {
            Target::Technique(id) => self.show_page(Page::Technique(id)),
            Target::Routine(id) => {
                self.show_page(Page::Routines);
                self.search.reveal = Some(Reveal::Routine(RoutineRef::Guide(id)));
            }
            Target::Topic(id) => {
                let part = self.guide.topic(&id).map(|t| t.part);
                self.show_page(Page::Basics(part.unwrap_or(Part::BeforeYouStart)));
                self.search.reveal = Some(Reveal::Topic(id));
            }
            Target::Claim(id) => {
                self.show_page(Page::Claims);
                self.search.reveal = Some(Reveal::Claim(id));
            }
            Target::Region(id) => {
                self.state.selected = Some(id);
                self.show_page(Page::Guide);
            }
            Target::Caution(id) => self.show_page(Page::Caution(id)),
            Target::Muscle(id) => self.show_page(Page::Muscle(id)),
            Target::Benefit(id) => self.browse_only(Filters {
                benefit: Some(id),
                ..Filters::default()
            }),
            Target::Tool(tool) => self.browse_only(Filters {
                tool: Some(tool),
                ..Filters::default()
            }),
        }
    }

    /// Opens the browser with only `filters` applied, keeping the reader's sort order.
    fn browse_only(&mut self, filters: Filters) {
        self.state.filters = Filters {
            sort: self.state.filters.sort,
            ..filters
        };
        self.show_page(Page::Techniques);
    }

    fn practice_command(&mut self, command: PracticeCommand, now: f64) {
        let plan = match &command {
            PracticeCommand::StartTechnique(id) => self.guide.technique(id).map(Plan::technique),
            PracticeCommand::StartRoutine(RoutineRef::Guide(id)) => self
                .guide
                .routine(id)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
            PracticeCommand::StartRoutine(RoutineRef::Mine(key)) => self
                .state
                .my_routines
                .get(*key)
                .map(|r| Plan::routine(&self.guide, &r.name, &r.items)),
            _ => None,
        };
        if let Some(plan) = plan {
            let from = match &self.state.page {
                Page::Practice => self
                    .practice
                    .as_ref()
                    .map_or(Page::Guide, |p| p.from.clone()),
                page => page.clone(),
            };
            self.practice = Some(Practice {
                session: Session::start(plan),
                from,
                last_tick: None,
                cue_since: None,
            });
            self.show_page(Page::Practice);
            return;
        }
        let Some(practice) = &mut self.practice else {
            return;
        };
        let session = &mut practice.session;
        match command {
            PracticeCommand::Pause => session.pause(),
            PracticeCommand::Resume => session.resume(),
            PracticeCommand::Next => session.next(),
            PracticeCommand::Previous => session.previous(),
            PracticeCommand::Restart => session.restart(),
            PracticeCommand::Stop => {
                let from = practice.from.clone();
                self.practice = None;
                // Back where the session began, as if it had not been opened: Back then goes
                // where it went before.
                if self.history.last() == Some(&from) {
                    self.history.pop();
                }
                self.state.page = from;
                return;
            }
            PracticeCommand::StartTechnique(_) | PracticeCommand::StartRoutine(_) => {}
        }
        // A jump or a restart is not a step running out: no cue.
        practice.cue_since = None;
        practice.last_tick = Some(now);
    }

    fn show_page(&mut self, page: Page) {
        if page == self.state.page {
            return;
        }
        self.leave_page();
        let previous = std::mem::replace(&mut self.state.page, page);
        self.history.push(previous);
        // Enough to step back through a reading session, not a record of the whole day.
        if self.history.len() > 50 {
            self.history.remove(0);
        }
    }

    fn leave_page(&mut self) {
        if self.state.page == Page::Practice
            && let Some(practice) = &mut self.practice
        {
            // Nobody is following the countdown on another page; it waits for them.
            practice.session.pause();
        }
        if self.state.page == Page::SafetyCheck {
            // Leaving the check, done or not, means it was offered: it will not open by itself
            // again.
            self.state.safety_check_offered = true;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::Startup;
    use crate::data::RegionId;
    use crate::state::AppState;

    /// The app without a window or a UI harness: commands in, state and effects out.
    fn app() -> App {
        let cc = eframe::CreationContext::_new_kittest(egui::Context::default());
        App::new(
            &cc,
            Startup::in_memory(AppState {
                safety_check_offered: true,
                ..AppState::default()
            }),
        )
    }

    const MOUSE: Input = Input {
        now: 10.0,
        by_keyboard: false,
    };

    #[test]
    fn theme_and_zoom_come_back_as_effects_and_are_kept() {
        let mut app = app();
        let effects = app.apply(Command::SetTheme(egui::ThemePreference::Dark), MOUSE);
        assert_eq!(effects.theme, Some(egui::ThemePreference::Dark));
        assert_eq!(app.state().theme, egui::ThemePreference::Dark);
        let larger = app.state().zoom.larger();
        let effects = app.apply(Command::SetZoom(larger), MOUSE);
        assert_eq!(effects.zoom, Some(larger));
        assert_eq!(
            app.apply(Command::ClearSelection, MOUSE),
            Effects::default()
        );
    }

    #[test]
    fn a_region_opens_its_page_and_back_returns() {
        let mut app = app();
        let neck = RegionId("neck".to_owned());
        let _ = app.apply(Command::ShowPage(Page::Routines), MOUSE);
        let _ = app.apply(Command::SelectRegion(neck.clone()), MOUSE);
        assert_eq!(app.state().selected, Some(neck));
        assert_eq!(app.state().page, Page::Guide);
        assert!(!app.focus_page, "a click puts no focus ring anywhere");
        let _ = app.apply(Command::Back, MOUSE);
        assert_eq!(app.state().page, Page::Routines);
    }

    #[test]
    fn the_clock_asks_for_frames_while_a_session_runs_and_calls_when_a_step_ends() {
        let mut app = app();
        assert_eq!(
            app.tick(Now::default()),
            Effects::default(),
            "idle: no frames"
        );
        let technique = app.guide.techniques[0].id.clone();
        let _ = app.apply(
            Command::Practice(PracticeCommand::StartTechnique(technique)),
            MOUSE,
        );
        let away = |now| Now {
            now,
            window_focused: false,
            keyboard_in_use: false,
        };
        let first = app.tick(away(10.0));
        assert!(first.repaint_after.is_some_and(|s| s > 0.0 && s <= 1.0));
        assert!(!first.attention);
        // Ticks a second apart (the clock moves at most a second a frame) until a step ends.
        let mut now = 10.0;
        let called = (0..600).any(|_| {
            now += 1.0;
            app.tick(away(now)).attention
        });
        assert!(
            called,
            "a step ended while the window was in the background"
        );
        let _ = app.apply(Command::Practice(PracticeCommand::Pause), MOUSE);
        assert_eq!(
            app.tick(away(now + 1.0)),
            Effects::default(),
            "paused: no frames"
        );
    }

    #[test]
    fn spoken_focus_is_turned_on_only_where_the_app_speaks() {
        let mut desktop = app();
        let effects = desktop.apply(Command::SpeakFocus(true), MOUSE);
        assert_eq!(
            effects.speak,
            Some(false),
            "AccessKit serves screen readers there"
        );
        let mut browser = app();
        browser.speech = true;
        let effects = browser.apply(Command::SpeakFocus(true), MOUSE);
        assert_eq!(effects.speak, Some(true));
        assert!(
            browser.state().speak_focus,
            "kept with the rest of the settings"
        );
    }

    #[test]
    fn a_page_opened_by_keyboard_asks_for_focus() {
        let mut app = app();
        let keyboard = Input {
            by_keyboard: true,
            ..MOUSE
        };
        let _ = app.apply(Command::ShowPage(Page::Techniques), keyboard);
        assert!(app.focus_page);
    }

    #[test]
    fn a_session_stops_where_it_began_and_pauses_when_left() {
        let mut app = app();
        let _ = app.apply(Command::ShowPage(Page::Techniques), MOUSE);
        let technique = app.guide.techniques[0].id.clone();
        let _ = app.apply(
            Command::Practice(PracticeCommand::StartTechnique(technique)),
            MOUSE,
        );
        assert_eq!(app.state().page, Page::Practice);
        assert_eq!(
            app.session().unwrap().clock(),
            crate::practice::Clock::Running
        );
        let _ = app.apply(Command::ShowPage(Page::Sources), MOUSE);
        assert_eq!(
            app.session().unwrap().clock(),
            crate::practice::Clock::Paused
        );
        let _ = app.apply(Command::Back, MOUSE);
        let _ = app.apply(Command::Practice(PracticeCommand::Stop), MOUSE);
        assert_eq!(app.state().page, Page::Techniques);
        assert!(app.session().is_none());
    }
}
