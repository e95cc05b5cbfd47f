//! The fast target: any text in place of one file of the small test guide, parsed and
//! validated only (no map, no search), so path strings and every other field are fuzzed at
//! many thousands of runs a second.
//!
//! The first byte picks the file; the rest is its text.

#![no_main]

mod common;

use common::minimal;
use libfuzzer_sys::fuzz_target;
use massage_guide::data::{GuideFile, load_guide};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let which = GuideFile::ALL[usize::from(pick) % GuideFile::ALL.len()];
    let mut files = minimal();
    files.get_mut(which).text = String::from_utf8_lossy(text).into_owned();
    let _ = load_guide(&files);
});
