//! CPU time of one frame of the whole app at 1280×800 (see `support/headless.rs` for what a
//! frame includes). `cargo bench --bench frame` first prints the median, 95th and 99th
//! percentile of single frames (divan reports medians and means, not percentiles), then runs
//! divan's own measurements of the same frames.

mod support;

use std::time::{Duration, Instant};

use egui::{Event, Vec2};
use massage_guide::data::RegionId;
use massage_guide::state::{AppState, Page};
use support::headless::{Headless, sweep_over_map};

const SIZE: Vec2 = Vec2::new(1280.0, 800.0);
/// Frames timed one by one for the percentiles.
const FRAMES: usize = 3000;

/// A returning reader with the left lumbar area selected and the technique browser open.
fn region_and_browser() -> AppState {
    AppState {
        selected: Some(RegionId("lumbar_left".to_owned())),
        page: Page::Techniques,
        safety_check_offered: true,
        ..AppState::default()
    }
}

/// A returning reader on the welcome page, nothing selected.
fn welcome() -> AppState {
    AppState {
        safety_check_offered: true,
        ..AppState::default()
    }
}

fn main() {
    percentiles(
        "region selected, technique browser open",
        region_and_browser(),
        false,
    );
    percentiles("welcome page", welcome(), false);
    percentiles(
        "hover sweep over the map, browser open",
        region_and_browser(),
        true,
    );
    divan::main();
}

/// Times `FRAMES` frames one by one and prints their median, p95, p99 and slowest.
fn percentiles(name: &str, state: AppState, sweep: bool) {
    let mut app = Headless::new(state, SIZE);
    let path = sweep_over_map();
    let mut times: Vec<Duration> = (0..FRAMES)
        .map(|i| {
            let events = if sweep {
                vec![Event::PointerMoved(path[i % path.len()])]
            } else {
                Vec::new()
            };
            let start = Instant::now();
            divan::black_box(app.frame(events));
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name}: {FRAMES} frames, median {:.3} ms, p95 {:.3} ms, p99 {:.3} ms, slowest {:.3} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(0.99)),
        ms(at(1.0)),
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[divan::bench]
fn region_selected_browser_open(bencher: divan::Bencher) {
    let mut app = Headless::new(region_and_browser(), SIZE);
    bencher.bench_local(|| app.frame(Vec::new()));
}

#[divan::bench]
fn welcome_page(bencher: divan::Bencher) {
    let mut app = Headless::new(welcome(), SIZE);
    bencher.bench_local(|| app.frame(Vec::new()));
}

/// Each frame moves the pointer to the next point of a sweep across the map, so hover tests,
/// highlights and tooltips are part of the cost.
#[divan::bench]
fn hover_sweep(bencher: divan::Bencher) {
    let mut app = Headless::new(region_and_browser(), SIZE);
    let path = sweep_over_map();
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % path.len();
        app.frame(vec![Event::PointerMoved(path[next])])
    });
}
