//! Starts Back Massage Guide: on the desktop from the command line (which can also check or
//! export a guide), in a browser from the web page (see `massage_guide::web`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    massage_guide::native::desktop::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    massage_guide::web::start();
}

/// mimalloc, as rerun's viewer uses: every frame's triangles take a few hundred kilobytes, and
/// with all the map's layers on glibc's malloc returned them to the system and faulted them in
/// again each frame (a third of the frame's time went to the kernel).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
