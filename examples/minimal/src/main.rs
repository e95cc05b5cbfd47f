//! The smallest app built like massage-guide: the same eframe features and renderer, the same
//! window size, one label. `scripts/perf.sh` starts both side by side, so the start-up time and
//! memory of the guide can be compared with what eframe itself costs on the same machine.

use massage_guide::native::probe::Probe;

struct Minimal {
    probe: Option<Probe>,
}

impl eframe::App for Minimal {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(probe) = &mut self.probe {
            probe.on_frame(ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from a minimal eframe app.");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal eframe app")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "minimal",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Minimal {
                probe: Probe::from_env(),
            }))
        }),
    )
}
