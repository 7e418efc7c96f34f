#!/usr/bin/env bash
# Startup benchmark: time from start to the first painted main window with a
# populated snapshot, under the offscreen platform, and the peak memory of
# that start. The demo stack (tests/demo/demo.sh) provides the endpoints; a
# first run of the desk refreshes every lane against it so that the store
# holds a snapshot of each, then every measured run opens on that snapshot
# with --offline (no network in the measured path) and --benchmark-startup
# (prints "startup_ms N" after the first paint and quits).
#
#   tests/benchmarks/startup-bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
runs=${2:-10}

if [ "${1:-}" = "--inside" ]; then
    runs=$2
    desk=$LATTICE_DEMO_DESK
    export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled:
    args=(--profile "Demo (local)" --offline --benchmark-startup)

    echo "== populating the snapshot (one online run, 25 s)"
    timeout -s TERM 25 "$desk" --profile "Demo (local)" >/dev/null 2>&1 || true
    ls -l "$XDG_DATA_HOME"/latticenet/lattice-desk/ 2>/dev/null || true

    echo "== first paint, in-process clock ($runs runs)"
    samples=()
    for _ in $(seq 1 "$runs"); do
        ms=$("$desk" "${args[@]}" 2>/dev/null | sed -n 's/^startup_ms //p')
        samples+=("$ms")
    done
    printf '%s\n' "${samples[@]}" | sort -n |
        awk '{ a[NR] = $1; s += $1 } END { printf "startup_ms min %d median %d mean %.0f max %d\n", a[1], a[int((NR + 1) / 2)], s / NR, a[NR] }'

    echo "== peak memory (GNU time, 3 runs)"
    for _ in 1 2 3; do
        /usr/bin/time -v "$desk" "${args[@]}" 2>&1 >/dev/null |
            awk -F: '/Maximum resident set size/ { printf "peak_rss_kib %d (%.1f MiB)\n", $2, $2 / 1024 }'
    done

    if command -v hyperfine >/dev/null; then
        echo "== whole process, start to exit (hyperfine)"
        command="'$desk' --profile 'Demo (local)' --offline --benchmark-startup"
        hyperfine --warmup 2 --runs "$runs" -N "$command" 2>&1 ||
            hyperfine --warmup 2 --runs "$runs" "$command" 2>&1
    fi
    exit 0
fi

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/tests/demo/demo.sh" "$build" --exec "$(printf '%q ' "$0" --inside "$runs")"
