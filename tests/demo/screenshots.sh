#!/usr/bin/env bash
# Regenerates the README's screenshots: starts the demo stack (demo.sh), opens
# lattice-desk on each page under Xvfb at 1200×760, waits for the page to load
# from the local endpoints, and captures the screen with ImageMagick into
# docs/screenshots/, reduced to a small palette PNG.
#
#   tests/demo/screenshots.sh [BUILD_DIR] [SECONDS_PER_PAGE]
#
# Needs xvfb-run and ImageMagick's import/convert (installer/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
settle=${2:-12}
out=$root/docs/screenshots
pages="overview server-image node-agent sdk docs plugin-index policies verify"

for tool in xvfb-run import convert; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 2; }
done
mkdir -p "$out"

# Runs inside demo.sh, with the demo profile's settings in XDG_CONFIG_HOME.
capture() {
    local lane=$1 raw
    raw=$(mktemp --suffix=.png)
    # No window manager: the window sits at 0,0 and fills the 1200×760 screen.
    # No session bus: the demo never reads the maintainer's own keychain.
    DBUS_SESSION_BUS_ADDRESS=disabled: LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1200x760x24 -nolisten tcp" bash -c '
            "$LATTICE_DEMO_DESK" -platform xcb --profile "Demo (local)" --lane "$1" &
            desk=$!
            sleep "$2"
            import -window root "$3"
            kill "$desk"
            wait "$desk" 2>/dev/null || true
        ' capture "$lane" "$settle" "$raw"
    convert "$raw" -strip -colors 256 -define png:compression-level=9 \
        -define png:exclude-chunks=date,time "$out/$lane.png"
    rm -f "$raw"
    echo "screenshots: $out/$lane.png ($(du -k "$out/$lane.png" | cut -f1) KiB)"
}

if [ "${1:-}" = "--inside" ]; then
    shift
    settle=$1
    shift
    for lane in "$@"; do
        capture "$lane"
    done
    exit 0
fi

"$root/tests/demo/demo.sh" "$build" \
    --exec "$(printf '%q ' "$0" --inside "$settle" $pages)"
