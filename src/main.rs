//! Starts Back Massage Guide, or checks a guide folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use massage_guide::check::Format;
use massage_guide::data::GuideFiles;
use massage_guide::state::AppState;
use massage_guide::state_file::{StateFile, WindowSize};
use massage_guide::{App, Startup, check, folder};

/// mimalloc, as rerun's viewer uses: every frame's triangles take a few hundred kilobytes, and
/// with all the map's layers on glibc's malloc returned them to the system and faulted them in
/// again each frame (a third of the frame's time went to the kernel).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// A folder holding the eleven guide files (diagram.ron, muscles.ron, regions.ron,
        /// techniques.ron, benefits.ron, cautions.ron, sources.ron, safety_check.ron,
        /// routines.ron, basics.ron, claims.ron).
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { dir, format }) => run_check(dir, format),
        Some(Cmd::Export { dir, force }) => run_export(&dir, force),
        None => run_app(cli.data),
    }
}

fn run_check(dir: Option<PathBuf>, format: Format) -> ExitCode {
    let report = match &dir {
        Some(dir) => check::check(
            &dir.display().to_string(),
            folder::read_guide_dir(dir),
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
    match folder::export_guide(dir, force) {
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
    let startup = match StateFile::in_data_dir() {
        Some(file) => Startup::from_file(file, data),
        None => Startup {
            folder: data,
            ..Startup::in_memory(AppState::default())
        },
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Back Massage Guide")
        .with_app_id("massage-guide")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size(WindowSize::MIN);
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
        Box::new(|cc| Ok(Box::new(App::new(cc, startup)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("massage-guide: could not open a window: {err}");
            ExitCode::FAILURE
        }
    }
}
