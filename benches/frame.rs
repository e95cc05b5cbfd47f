//! CPU time of one frame of the whole app at 1280×800 (see `support/headless.rs` for what a
//! frame includes). `cargo bench --bench frame` first prints the median, 95th and 99th
//! percentile of single frames (divan reports medians and means, not percentiles), then runs
//! divan's own measurements of the same frames. The goal (docs/performance.md) is a median of
//! at most 0.3 ms with a region selected and the technique browser open.

mod support;

/// The app's allocator (see `main.rs`), so the frames cost what they cost in the app.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use egui::{Event, Vec2};
use massage_guide::data::RegionId;
use massage_guide::state::{AppState, Page};
use support::headless::{Headless, sweep_over_map};

const SIZE: Vec2 = Vec2::new(1280.0, 800.0);
/// Frames timed one by one for the percentiles, in rounds.
const FRAMES: usize = 1000;
const ROUNDS: usize = 5;

/// A returning reader with the left lumbar area selected and the technique browser open.
fn region_and_browser() -> AppState {
    AppState {
        selected: Some(RegionId("lumbar_left".to_owned())),
        page: Page::Techniques,
        safety_check_offered: true,
        ..AppState::default()
    }
}

/// The same reader on the left lumbar area's own page: anatomy, techniques, benefits, cautions.
fn region_page() -> AppState {
    AppState {
        page: Page::Guide,
        ..region_and_browser()
    }
}

/// The goal's case with every layer of the map on: places not to press, bones and muscles.
fn all_layers() -> AppState {
    AppState {
        where_not_to_press: true,
        bones: true,
        muscles: true,
        ..region_and_browser()
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
    percentiles("region selected, its page open", region_page(), false);
    percentiles("welcome page", welcome(), false);
    percentiles(
        "hover sweep over the map, browser open",
        region_and_browser(),
        true,
    );
    percentiles("all map layers on, browser open", all_layers(), false);
    percentiles(
        "hover sweep, all map layers on, browser open",
        all_layers(),
        true,
    );
    divan::main();
}

/// Times `ROUNDS` rounds of `FRAMES` frames, one frame at a time, and prints the median, p95
/// and p99 of the round with the lowest median, then every round's median. These machines are
/// shared: a neighbour's burst slows a whole round, so the calmest round is the fairest figure.
fn percentiles(name: &str, state: AppState, sweep: bool) {
    let mut app = Headless::new(state, SIZE);
    let path = sweep_over_map();
    let mut rounds: Vec<Vec<Duration>> = (0..ROUNDS)
        .map(|_| {
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
            times
        })
        .collect();
    let at = |times: &[Duration], q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    rounds.sort_by_key(|times| at(times, 0.5));
    let medians: Vec<String> = rounds
        .iter()
        .map(|times| format!("{:.3}", ms(at(times, 0.5))))
        .collect();
    let calm = &rounds[0];
    println!(
        "{name}: median {:.3} ms, p95 {:.3} ms, p99 {:.3} ms (calmest of {ROUNDS} rounds of \
         {FRAMES} frames; round medians {} ms)",
        ms(at(calm, 0.5)),
        ms(at(calm, 0.95)),
        ms(at(calm, 0.99)),
        medians.join(", "),
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[divan::bench]
fn region_selected_browser_open(bencher: divan::Bencher<'_, '_>) {
    let mut app = Headless::new(region_and_browser(), SIZE);
    bencher.bench_local(|| app.frame(Vec::new()));
}

#[divan::bench]
fn region_page_open(bencher: divan::Bencher<'_, '_>) {
    let mut app = Headless::new(region_page(), SIZE);
    bencher.bench_local(|| app.frame(Vec::new()));
}

#[divan::bench]
fn welcome_page(bencher: divan::Bencher<'_, '_>) {
    let mut app = Headless::new(welcome(), SIZE);
    bencher.bench_local(|| app.frame(Vec::new()));
}

/// Each frame moves the pointer to the next point of a sweep across the map, so hover tests,
/// highlights and tooltips are part of the cost.
#[divan::bench]
fn hover_sweep(bencher: divan::Bencher<'_, '_>) {
    let mut app = Headless::new(region_and_browser(), SIZE);
    let path = sweep_over_map();
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % path.len();
        app.frame(vec![Event::PointerMoved(path[next])])
    });
}

/// The hover sweep with every layer drawn: muscles, bones and places not to press, so their
/// painting and hit tests are part of the cost.
#[divan::bench]
fn hover_sweep_all_layers(bencher: divan::Bencher<'_, '_>) {
    let mut app = Headless::new(all_layers(), SIZE);
    let path = sweep_over_map();
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % path.len();
        app.frame(vec![Event::PointerMoved(path[next])])
    });
}
