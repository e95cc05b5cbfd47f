//! Load and validate time of the built-in guide and of guides 10 and 40 times its size
//! (made by `support/synthetic.rs`), from text in memory to a checked `Guide`. 40 times is the
//! largest that stays within the checker's 10,000 items a file: the built-in guide has 210
//! sources.
//! Run with `cargo bench --bench load`; divan shows the time and the bytes per second, which
//! stays level when time grows linearly with size.

mod support;

use massage_guide::data::{GuideFiles, load_guide};
use massage_guide::diagram::MapShapes;
use massage_guide::search::SearchIndex;

/// How many times the built-in guide each synthetic guide is.
const SIZES: [usize; 3] = [1, 10, 40];

fn main() {
    let base = GuideFiles::embedded();
    for times in SIZES {
        let files = support::synthetic::scaled(&base, times);
        match load_guide(&files) {
            Ok(guide) => println!(
                "{times}x guide: {} bytes, {} regions, {} techniques, {} cautions",
                bytes(&files),
                guide.regions.len(),
                guide.techniques.len(),
                guide.cautions.len(),
            ),
            Err(problems) => {
                eprintln!("the {times}x guide does not load: {:?}", problems.first());
                std::process::exit(1);
            }
        }
    }
    divan::main();
}

fn bytes(files: &GuideFiles) -> usize {
    files.all().iter().map(|file| file.text.len()).sum()
}

#[divan::bench(args = SIZES)]
fn load_and_validate(bencher: divan::Bencher<'_, '_>, times: usize) {
    let files = support::synthetic::scaled(&GuideFiles::embedded(), times);
    bencher
        .counter(divan::counter::BytesCount::new(bytes(&files)))
        .bench_local(|| load_guide(&files));
}

/// What the app does with a loaded guide before its first frame: triangulate the map's regions
/// and build the search index.
#[divan::bench(args = SIZES)]
fn prepare_map_and_search(bencher: divan::Bencher<'_, '_>, times: usize) {
    let files = support::synthetic::scaled(&GuideFiles::embedded(), times);
    let Ok(guide) = load_guide(&files) else {
        return;
    };
    bencher.bench_local(|| (MapShapes::new(&guide), SearchIndex::new(&guide)));
}
