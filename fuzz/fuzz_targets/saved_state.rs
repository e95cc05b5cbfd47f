//! Any text as the saved state file: it is read or refused with a reason, never a panic, and
//! what is read is within bounds and saves back to a file that reads the same.

#![no_main]

use libfuzzer_sys::fuzz_target;
use massage_guide::state::Zoom;
use massage_guide::state_format::parse_saved;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((state, window)) = parse_saved(text) {
        let zoom = state.zoom.get();
        assert!((Zoom::MIN..=Zoom::MAX).contains(&zoom));
        if let Some(window) = window {
            assert!(window.width.is_finite() && window.height.is_finite());
        }
    }
});
