#!/usr/bin/env bash
# Writes a sample handout (examples/handout.rs, from the built-in guide) and prints it to PDF with
# headless Chromium, on A4 and on Letter, as a reader's browser would print it.
#
#   scripts/handout_pdf.sh [OUT_DIR] [SUBJECT ID …]
#   scripts/handout_pdf.sh                                    # routine lower_back_wind_down
#   scripts/handout_pdf.sh /tmp/h technique palm_effleurage --yes blood_thinners
#   PNG=1 scripts/handout_pdf.sh                              # also page 1 of each as a PNG
#
# Writes OUT_DIR (default target/handout) /handout.html, handout-a4.pdf and handout-letter.pdf,
# and prints each PDF's page count and size (pdfinfo, from poppler-utils). The handout leaves the
# paper size to the printer and Chromium has no flag for it, so each PDF is printed from a copy
# that asks for its size in an @page rule.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-target/handout}")
shift $(( $# >= 1 ? 1 : 0 ))
(( $# > 0 )) || set -- routine lower_back_wind_down
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "handout_pdf: needs Chromium (apt install chromium)" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "handout_pdf: needs pdfinfo (apt install poppler-utils)" >&2; exit 1; }

mkdir -p "$out"
cargo run --quiet --example handout -- "$@" > "$out/handout.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for paper in A4 Letter; do
    name=$(tr '[:upper:]' '[:lower:]' <<< "$paper")
    sed "s|</head>|<style>@page { size: $paper; }</style></head>|" "$out/handout.html" \
        > "$out/handout-$name.html"
    # No network, no first-run work, a throwaway profile; the D-Bus errors it prints are harmless.
    "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$out/handout-$name.pdf" "file://$out/handout-$name.html" 2>/dev/null
    rm "$out/handout-$name.html"
    echo "$out/handout-$name.pdf: $(pdfinfo "$out/handout-$name.pdf" \
        | awk '/^Pages:/ { pages = $2 } /^Page size:/ { $1 = $2 = ""; size = $0 }
               END { print pages " pages," size }')"
    if [ "${PNG:-0}" = 1 ]; then
        pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/handout-$name.pdf" "$out/handout-$name"
        echo "$out/handout-$name.png"
    fi
done
