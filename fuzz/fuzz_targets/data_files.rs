//! The fast target: any text in place of one file of the small test guide, parsed and
//! validated only (no map, no search), so path strings and every other field are fuzzed at
//! many thousands of runs a second.
//!
//! The first byte picks the file; the rest is its text.

#![no_main]

mod common;

use common::minimal;
use libfuzzer_sys::fuzz_target;
use massage_guide::data::{FILE_NAMES, load_guide};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let name = FILE_NAMES[usize::from(pick) % FILE_NAMES.len()];
    let mut files = minimal();
    if let Some(file) = files.named_mut(name) {
        file.text = String::from_utf8_lossy(text).into_owned();
    }
    let _ = load_guide(&files);
});
