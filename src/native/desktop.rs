//! The desktop app: the command line (`check`, `export`, `--data`) and the window.
//!
//! `Desktop` wraps the app as the browser's `web::WebApp` does: guide files dropped on the
//! window, and the frame probe.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::data::GuideFiles;
use crate::dropped::{DroppedFile, MAX_DROPPED_BYTES};
use crate::native::background::Worker;
use crate::native::check::{self, Format};
use crate::native::dialogs::{NativeFileSaver, NativeFolders};
use crate::native::guide_dir;
use crate::native::guide_source::GuideFolder;
use crate::native::probe::Probe;
use crate::native::state_file::StateFile;
use crate::platform::GuideSource;
use crate::state::AppState;
use crate::state_format::WindowSize;
use crate::{APP_ID, App, Startup};
use clap::{Parser, Subcommand};

/// The window's icon: the 256 px rendering of `packaging/icons`' drawing.
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../packaging/icons/256.png");

/// A guide to massaging a back well and safely.
#[derive(Parser)]
#[command(name = "massage-guide", version, about)]
struct Cli {
    /// Show the guide in DIR instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate a guide folder (default: the built-in guide); exit 0 when clean, 1 when not.
    Check {
        /// A folder holding the guide files (diagram.ron, muscles.ron, regions.ron,
        /// techniques.ron, benefits.ron, cautions.ron, sources.ron, safety_check.ron,
        /// routines.ron, basics.ron, claims.ron, and optionally everyday_words.ron).
        #[expect(
            clippy::doc_markdown,
            reason = "clap prints this comment as the --help text, where backticks would show"
        )]
        dir: Option<PathBuf>,
        /// How to write the findings.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write the built-in guide into DIR, as a starting point for your own.
    Export {
        /// The folder to write to; created if it does not exist.
        dir: PathBuf,
        /// Replace guide files already in DIR.
        #[arg(long)]
        force: bool,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { dir, format }) => run_check(dir.as_deref(), format),
        Some(Cmd::Export { dir, force }) => run_export(&dir, force),
        None => run_app(cli.data),
    }
}

fn run_check(dir: Option<&Path>, format: Format) -> ExitCode {
    let report = match dir {
        Some(dir) => check::check(
            &dir.display().to_string(),
            guide_dir::read_guide_dir(dir),
            format,
        ),
        None => check::check("built-in guide", Ok(GuideFiles::embedded()), format),
    };
    print!("{}", report.text);
    if report.clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run_export(dir: &Path, force: bool) -> ExitCode {
    match guide_dir::export_guide(dir, force) {
        Ok(written) => {
            println!(
                "Wrote the built-in guide ({} files) to {}.",
                written.len(),
                dir.display()
            );
            println!(
                "Check it with `massage-guide check {0}`, open it with `massage-guide --data {0}`.",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("massage-guide export: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run_app(data: Option<PathBuf>) -> ExitCode {
    let guide = data.map(|dir| Box::new(GuideFolder::new(dir)) as Box<dyn GuideSource>);
    let mut startup = match StateFile::in_data_dir() {
        Some(file) => Startup::from_store(file, guide),
        None => Startup {
            guide,
            ..Startup::in_memory(AppState::default())
        },
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Back Massage Guide")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size(WindowSize::MIN);
    // The window's icon where the window system takes one (X11's `_NET_WM_ICON`); Wayland
    // finds it from the app id in the icon theme. Without it the window merely has none.
    match eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => eprintln!("massage-guide: the window icon could not be read: {err}"),
    }
    // Guide folders are read and the state written on a thread of their own.
    match Worker::start() {
        Ok(worker) => startup.background = Some(Box::new(worker)),
        Err(err) => eprintln!(
            "massage-guide: no background thread ({err}); guides are read and settings saved \
             on the window's thread"
        ),
    }
    if let Some(window) = startup.restored.window {
        viewport = viewport
            .with_inner_size([window.width, window.height])
            .with_maximized(window.maximized);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "massage-guide",
        options,
        Box::new(|cc| {
            // The system's dialogs open over this window.
            startup.folders = Some(Box::new(NativeFolders::over(cc)));
            startup.saver = Some(Box::new(NativeFileSaver::over(cc)));
            Ok(Box::new(Desktop {
                app: App::new(cc, startup),
                probe: Probe::from_env(),
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("massage-guide: could not open a window: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The app as the desktop runs it: guide files dropped on the window, and the frame probe
/// for `scripts/perf.sh` when asked for.
struct Desktop {
    app: App,
    probe: Option<Probe>,
}

impl eframe::App for Desktop {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        if let Some(probe) = &mut self.probe {
            probe.on_frame(ctx);
        }
        // Guide files dropped on the window, read from where they lie.
        let dropped: Vec<DroppedFile> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .filter_map(|f| {
                    let name = f.path().file_name()?.to_string_lossy().into_owned();
                    // Read no further than a guide's zip can go: the guide reports a
                    // file that is too large instead of the app holding all of it.
                    let mut bytes = Vec::new();
                    std::fs::File::open(f.path())
                        .ok()?
                        .take(MAX_DROPPED_BYTES + 1)
                        .read_to_end(&mut bytes)
                        .ok()?;
                    Some(DroppedFile { name, bytes })
                })
                .collect()
        });
        self.app.open_dropped(dropped);
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}
