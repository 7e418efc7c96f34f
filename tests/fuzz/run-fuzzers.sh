#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each one for
# SECONDS. With 0 every target runs once over its seeds and stops: the cheap
# smoke check. Corpora grow under build/fuzz/corpus and are kept between runs;
# crashes land in build/fuzz/findings/<target>/ and must become regression
# tests in tests/unit before they are fixed.
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET…]    e.g. run-fuzzers.sh 300 headers
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:?usage: run-fuzzers.sh SECONDS [TARGET…]}
shift
build=${LATTICE_FUZZ_BUILD_DIR:-$root/build/fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(checksumlist ocidocument githubrelease latticeapi
                                     pluginindex pluginmanifest headers archive)

if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLATTICE_FUZZ=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target "${targets[@]/#/fuzz_}" -j "${LATTICE_FUZZ_JOBS:-2}"

"$root/tests/fuzz/seed-corpora.sh" "$build/seeds" >/dev/null

# Leaks inside Qt's one-time statics are not findings; the suppressions name them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp}

failed=()
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t
    findings=$build/findings/$t
    mkdir -p "$corpus" "$findings"
    options=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/"
             -print_final_stats=1)
    case $t in
        archive) options+=(-max_len=262144) ;;
        checksumlist | ocidocument | githubrelease | latticeapi | pluginindex | pluginmanifest)
            options+=(-dict="$root/tests/fuzz/json.dict") ;;
    esac
    if [ "$seconds" -eq 0 ]; then
        options+=(-runs=0)
    else
        options+=(-max_total_time="$seconds")
    fi
    echo "run-fuzzers: $t for ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$t" "${options[@]}" "$corpus" "$build/seeds/$t" \
        >"$build/findings/$t.log" 2>&1; then
        failed+=("$t")
        tail -n 40 "$build/findings/$t.log"
    fi
    grep -E '^(stat::number_of_executed_units|#[0-9]+ +DONE)' "$build/findings/$t.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: findings in ${failed[*]} (see $build/findings)"
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets ran clean for ${seconds}s each"
