//! The eframe shell around the core (`crate::app_core`), split by concern as rerun's viewer is:
//! `keys` turns the shortcut table into commands, `layout` lays out the views and collects the
//! commands they emit. Each frame the shell reads input, hands commands to the core, and does
//! what the core's [`Effects`] ask: the only place where the core's decisions touch egui.

mod keys;
mod layout;
mod services;

use std::sync::{Arc, Mutex, PoisonError};

use crate::app_core::{Core, CoreInputs, Effects, FileToSave, Input, Made, Notice, Now, Reveal};
use crate::command::Command;
use crate::data::MuscleId;
use crate::panels::notice_text;
use crate::platform::{
    Background, Chosen, DialogError, FileSaveError, FileSaver, FolderPurpose, Folders, GuideSource,
    Saved, StateStore,
};

use crate::practice::Session;
use crate::state::AppState;
use crate::state_format::WindowSize;
pub use services::Startup;

/// Back Massage Guide.
pub struct App {
    core: Core,
    /// Where the state is kept between runs, if anywhere.
    store: Option<Box<dyn StateStore>>,
    /// The guide shown instead of the built-in one (a folder or dropped files), if any.
    source: Option<Box<dyn GuideSource>>,
    /// What the services answered, for the core (`services::take_answers`).
    answers: Vec<Command>,
    /// Where slow work runs away from the window's thread, if anywhere.
    background: Option<Box<dyn Background>>,
    /// Answers finished in the background, each with the guide generation it was asked in.
    done: Arc<Mutex<Vec<(u64, Command)>>>,
    /// Counts the guides shown: a reading asked for an earlier one is dropped.
    generation: u64,
    /// Asks for a frame, from the threads of dialogs and watches.
    wake: egui::Context,
    /// What the next frame's views must do once: the focus and scroll the core asked for.
    view: ViewRequests,
    /// The system's folders, where there are any (not in a browser).
    folders: Option<Box<dyn Folders>>,
    /// Folders the reader chose in a dialog, handed over from its thread.
    chosen: Arc<Mutex<Vec<Answered>>>,
    /// How files the app makes (handouts) reach the reader: a save dialog or a download.
    saver: Option<Box<dyn FileSaver>>,
    /// How those saves went, handed over from the dialog's thread: what was saved, and where.
    saved: Arc<Mutex<Vec<(Made, SaveAnswer)>>>,
    /// The core's notice and the banner's words for it, worded once when the notice changes.
    notice_words: Option<(Notice, String)>,
    /// The muscle pointed at in the panel last frame, which the map shows (`panels::Hover`).
    pointed: Option<MuscleId>,
}

/// A folder dialog's answer and what it was for.
type Answered = (FolderPurpose, Result<Chosen, DialogError>);

/// How a save of a file the app made ended (None: cancelled).
type SaveAnswer = Result<Option<Saved>, FileSaveError>;

/// The core's one-time asks of the views, kept by the shell until the next layout.
#[derive(Default)]
struct ViewRequests {
    focus_page: bool,
    reveal: Option<Reveal>,
    focus_search: bool,
}

impl App {
    /// The app as `startup` says: its guide, its saved state, and a watch on its folder.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let ctx = &cc.egui_ctx;
        crate::theme::install(ctx);
        // Zoom is the app's own, so it is kept within bounds and saved with the rest.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        // The core's inputs go to the core; the services stay with the shell.
        let Startup {
            guide,
            store,
            restored,
            can_read_focus_aloud,
            folders,
            saver,
            background,
        } = startup;
        let core = Core::new(CoreInputs {
            restored,
            can_read_focus_aloud,
            saves: store.is_some(),
        });
        let mut app = Self {
            core,
            store,
            source: None,
            answers: Vec::new(),
            // Set once the guide to start with is read: it is read before the first frame,
            // so the window never shows the built-in guide first.
            background: None,
            done: Arc::default(),
            generation: 0,
            wake: ctx.clone(),
            view: ViewRequests::default(),
            folders,
            chosen: Arc::default(),
            saver,
            saved: Arc::default(),
            notice_words: None,
            pointed: None,
        };
        let effects = app.core.start_effects();
        app.apply_effects(ctx, effects);
        if let Some(source) = guide {
            app.open_guide(source);
            app.take_answers(ctx);
        }
        app.background = background;
        app.word_notice();
        app
    }

    /// Does what the core asked: on the window now, or on the views in the next frame.
    fn apply_effects(&mut self, ctx: &egui::Context, effects: Effects) {
        let Effects {
            theme,
            zoom,
            read_focus_aloud,
            attention,
            repaint_after,
            focus_page,
            reveal,
            focus_search,
            save,
            choose_folder,
            open_guide,
            close_guide,
            save_file,
        } = effects;
        if let Some(theme) = theme {
            ctx.set_theme(theme);
        }
        if let Some(zoom) = zoom {
            ctx.set_zoom_factor(zoom.get());
        }
        if let Some(on) = read_focus_aloud {
            ctx.options_mut(|o| o.screen_reader = on);
        }
        if attention {
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        }
        if let Some(seconds) = repaint_after {
            // A wait that is not a time (it cannot be, but) draws at once rather than panic.
            let wait = std::time::Duration::try_from_secs_f64(seconds).unwrap_or_default();
            ctx.request_repaint_after(wait);
        }
        self.view.focus_page |= focus_page;
        self.view.focus_search |= focus_search;
        if reveal.is_some() {
            self.view.reveal = reveal;
        }
        if let Some(to_save) = save {
            self.write_state(&to_save);
        }
        if let Some(purpose) = choose_folder {
            self.choose_folder(ctx, purpose);
        }
        if close_guide {
            self.close_guide();
        }
        if let Some(source) = open_guide.and_then(|f| Some(self.folders.as_ref()?.guide_at(&f))) {
            self.open_guide(source);
        }
        if let Some(file) = save_file {
            self.offer(ctx, file);
        }
        self.take_answers(ctx);
    }

    /// Offers a file the app made to the reader; how it went is told in a later frame.
    fn offer(&mut self, ctx: &egui::Context, file: FileToSave) {
        let Some(saver) = &self.saver else {
            return;
        };
        let FileToSave {
            what,
            name,
            contents,
        } = file;
        let saved = Arc::clone(&self.saved);
        let wake = ctx.clone();
        let told = what.clone();
        let done = Box::new(move |result: SaveAnswer| {
            saved
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((told, result));
            wake.request_repaint();
        });
        if let Err(why) = saver.save(&name, contents, done) {
            self.core.tell(Notice::FileNotSaved { what, why });
        }
    }

    /// Tells the reader where their files went, or why they did not.
    fn take_saved_files(&mut self) {
        let saved = std::mem::take(&mut *self.saved.lock().unwrap_or_else(PoisonError::into_inner));
        for (what, result) in saved {
            match result {
                Ok(Some(to)) => self.core.tell(Notice::FileSaved { what, to }),
                // Cancelled in the dialog: nothing to say.
                Ok(None) => {}
                Err(why) => self.core.tell(Notice::FileNotSaved { what, why }),
            }
        }
    }

    /// Shows the system's folder dialog; its answer is taken in a later frame.
    fn choose_folder(&mut self, ctx: &egui::Context, purpose: FolderPurpose) {
        let Some(folders) = &self.folders else {
            return;
        };
        let chosen = Arc::clone(&self.chosen);
        let wake = ctx.clone();
        let answer = Box::new(move |folder: Result<Chosen, DialogError>| {
            chosen
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((purpose, folder));
            wake.request_repaint();
        });
        if let Err(err) = folders.choose(purpose, answer) {
            self.core.tell(Notice::Dialog(err));
        }
    }

    /// Does what the reader chose in a folder dialog: open the guide there, or save a copy of
    /// the built-in guide there and open it.
    fn take_chosen_folders(&mut self) {
        let chosen =
            std::mem::take(&mut *self.chosen.lock().unwrap_or_else(PoisonError::into_inner));
        for (purpose, folder) in chosen {
            let folder = match folder {
                Ok(Chosen::Folder(folder)) => folder,
                Ok(Chosen::Cancelled) => continue,
                Err(err) => {
                    self.core.tell(Notice::Dialog(err));
                    continue;
                }
            };
            let Some(folders) = &self.folders else {
                return;
            };
            match purpose {
                FolderPurpose::OpenGuide => {
                    let source = folders.guide_at(&folder);
                    self.open_guide(source);
                }
                FolderPurpose::SaveBuiltInCopy => match folders.save_built_in(&folder) {
                    Ok(()) => {
                        let source = folders.guide_at(&folder);
                        self.open_guide(source);
                        self.core.tell(Notice::CopySaved { folder });
                    }
                    Err(err) => self.core.tell(Notice::CopyNotSaved(err)),
                },
            }
        }
    }

    /// What the notice banner tells the reader, if anything, in its words.
    pub fn notice(&self) -> Option<&str> {
        self.notice_words.as_ref().map(|(_, words)| words.as_str())
    }

    /// Words the core's notice as the banner does, for [`App::notice`].
    fn word_notice(&mut self) {
        let notice = self.core.notice();
        if self.notice_words.as_ref().map(|(said, _)| said) != notice {
            self.notice_words = notice.map(|n| (n.clone(), notice_text(n)));
        }
    }

    /// The state that is saved between runs.
    pub fn state(&self) -> &AppState {
        self.core.state()
    }

    /// The guided session in progress, if any.
    pub fn session(&self) -> Option<&Session> {
        self.core.session()
    }
}

/// The moment of a command, from egui's input.
fn input_of(ctx: &egui::Context) -> Input {
    ctx.input(|i| Input {
        now: i.time,
        by_keyboard: i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space),
    })
}

/// The moment for the core's clocks, from egui's input and memory.
fn now_of(ctx: &egui::Context) -> Now {
    Now {
        now: ctx.input(|i| i.time),
        window_focused: ctx.input(|i| i.focused),
        keyboard_in_use: ctx.memory(|m| m.focused().is_some()),
        window: window_size(ctx),
    }
}

/// The window's size in logical pixels (what the next start asks for), if the platform says.
fn window_size(ctx: &egui::Context) -> Option<WindowSize> {
    let zoom = ctx.zoom_factor();
    ctx.input(|i| {
        let viewport = i.viewport();
        let size = viewport.inner_rect?.size() * zoom;
        Some(WindowSize {
            width: size.x,
            height: size.y,
            maximized: viewport.maximized.unwrap_or(false),
        })
    })
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.take_chosen_folders();
        self.take_saved_files();
        self.take_done();
        self.read_if_changed();
        self.take_answers(ctx);
        let input = input_of(ctx);
        for command in self.shortcuts(ctx) {
            let effects = self.core.apply(command, input);
            self.apply_effects(ctx, effects);
        }
        let effects = self.core.tick(now_of(ctx));
        self.apply_effects(ctx, effects);
        self.word_notice();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let input = input_of(ui.ctx());
        let commands = self.layout_ui(ui);
        if !commands.is_empty() {
            // The views drew the state from before these: draw it again as it is now.
            ui.ctx().request_repaint();
        }
        for command in commands {
            let effects = self.core.apply(command, input);
            self.apply_effects(ui.ctx(), effects);
        }
        self.word_notice();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_before_exit();
    }
}
