#!/usr/bin/env bash
# Builds the web version into target/web (one HTML page, the app's JavaScript glue and its
# WebAssembly, its icons and manifest) and, unless given --no-serve, serves it on
# http://localhost:8080 (PORT to change).
# Needs: rustup target add wasm32-unknown-unknown; cargo install wasm-bindgen-cli --version
# matching the wasm-bindgen crate in Cargo.lock (.ci/run installs both).
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
    echo "web.sh: needs wasm-bindgen-cli $want (found: ${have:-none}):" >&2
    echo "    cargo install wasm-bindgen-cli --version $want" >&2
    exit 1
fi

# Not stripped by cargo: wasm-bindgen reads the target-features section, and drops what is not
# needed itself.
CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown --bin massage-guide
out=target/web
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$out" \
    target/wasm32-unknown-unknown/release/massage-guide.wasm
cp web/index.html web/manifest.webmanifest web/icon-192.png "$out/"
cp packaging/icons/io.github.backmassageguide.MassageGuide.svg "$out/icon.svg"
cp packaging/icons/512.png "$out/icon-512.png"

for f in "$out"/massage-guide_bg.wasm "$out"/massage-guide.js; do
    printf '%-36s %9d bytes, %9d gzipped\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done

if [ "${1:-}" != "--no-serve" ]; then
    port=${PORT:-8080}
    echo "Serving $out on http://localhost:$port (Ctrl+C to stop)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out"
fi
