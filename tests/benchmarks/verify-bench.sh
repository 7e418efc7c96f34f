#!/usr/bin/env bash
# Measures `lattice-desk-cli verify` against the tools maintainers use today:
# openssl dgst and sha256sum -c on files, and `tar -xzOf | sha256sum` on an
# archive; prints the machine, the timings and a Markdown table of ratios.
#
#   tests/benchmarks/verify-bench.sh [path/to/lattice-desk-cli]
#
# Needs hyperfine and GNU time (installer/install-deps.sh installs both).
# Creates about 5 GiB of test data under ${TMPDIR:-/tmp} and removes it at
# the end. Every command runs on a warm page cache (hyperfine warms up first),
# so the numbers compare hashing and decompression, not the disk.
set -euo pipefail

cli=${1:-${LATTICE_DESK_CLI:-}}
if [[ -z "$cli" ]]; then
  for candidate in build/*/app/entry/lattice-desk-cli; do
    [[ -x "$candidate" ]] && cli=$candidate && break
  done
fi
if [[ -z "$cli" || ! -x "$cli" ]]; then
  echo "usage: $0 path/to/lattice-desk-cli" >&2
  exit 2
fi
cli=$(realpath "$cli")
for tool in hyperfine /usr/bin/time openssl sha256sum tar gzip python3; do
  command -v "$tool" >/dev/null || { echo "verify-bench: $tool is missing (installer/install-deps.sh)" >&2; exit 2; }
done

runs=${BENCH_RUNS:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/verify-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "## Machine"
echo
echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores online)"
echo "- SHA extensions: $(grep -q -w sha_ni /proc/cpuinfo && echo 'yes (sha_ni)' || echo 'no')"
echo "- Memory: $(free -h | awk '/^Mem:/ {print $2}')"
echo "- Kernel: $(uname -r); $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "- $(openssl version); $(sha256sum --version | head -1); $(tar --version | head -1); $(gzip --version | head -1)"
echo "- $("$cli" --version)"
# Other work on the machine skews every number below; say how busy it was.
echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "Creating test data in $work …" >&2
mkdir one eight archive
head -c 1073741824 /dev/urandom > one/big.bin
for i in 1 2 3 4 5 6 7 8; do head -c 268435456 /dev/urandom > "eight/part$i.bin"; done
(cd one && sha256sum big.bin > SHA256SUMS)
(cd eight && sha256sum part*.bin > SHA256SUMS)
# The archive holds the same 1 GiB of random data, so it is about 1 GiB too.
tar -C one -cf - big.bin | gzip -1 > archive/big.tar.gz
cp one/SHA256SUMS archive/SHA256SUMS

# Each command must succeed before it is timed: a fast wrong answer is no answer.
"$cli" verify one/SHA256SUMS >/dev/null
"$cli" verify eight/SHA256SUMS >/dev/null
"$cli" verify --archive archive/big.tar.gz archive/SHA256SUMS >/dev/null
(cd eight && sha256sum -c --quiet SHA256SUMS)

bench() { # name, then hyperfine's -n/command pairs
  local name=$1
  shift
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$name.json" "$@" >&2
}

bench single \
  -n "lattice-desk-cli verify (1 GiB file)" "$cli verify one/SHA256SUMS" \
  -n "openssl dgst -sha256 (1 GiB file)" "openssl dgst -sha256 one/big.bin"
bench eight \
  -n "lattice-desk-cli verify (8 × 256 MiB)" "$cli verify eight/SHA256SUMS" \
  -n "openssl dgst -sha256, one process (8 × 256 MiB)" "openssl dgst -sha256 eight/part*.bin" \
  -n "sha256sum -c (8 × 256 MiB)" "cd eight && sha256sum -c SHA256SUMS"
bench archive \
  -n "lattice-desk-cli verify --archive (1 GiB .tar.gz)" "$cli verify --archive archive/big.tar.gz archive/SHA256SUMS" \
  -n "tar -xzOf | sha256sum (1 GiB .tar.gz)" "tar -xzOf archive/big.tar.gz | sha256sum"

peak_kib() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p'
}
rss_single=$(peak_kib "$cli" verify one/SHA256SUMS)
rss_eight=$(peak_kib "$cli" verify eight/SHA256SUMS)
rss_archive=$(peak_kib "$cli" verify --archive archive/big.tar.gz archive/SHA256SUMS)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$rss_single" "$rss_eight" "$rss_archive" "$load_after" <<'EOF'
import json, sys

def means(name):
    with open(f"{name}.json") as f:
        return [(r["command"], r["mean"], r["stddev"], r["user"] + r["system"])
                for r in json.load(f)["results"]]

single, eight, archive = means("single"), means("eight"), means("archive")
rss_single, rss_eight, rss_archive = (int(v) / 1024 for v in sys.argv[1:4])

print("## Timings (mean ± standard deviation of", end=" ")
print(f"{len(json.load(open('single.json'))['results'][0]['times'])} warm runs)\n")
# CPU time next to wall time: when other work holds the cores, parallel
# hashing cannot show in wall time, and this column says so.
print("| Command | Wall time | CPU time (user + sys) |")
print("| --- | ---: | ---: |")
for command, mean, stddev, cpu in single + eight + archive:
    spread = f" ± {stddev:.3f}" if stddev is not None else ""
    print(f"| {command.replace('|', chr(92) + '|')} | {mean:.3f} s{spread} | {cpu:.3f} s |")
print()

def row(what, ours, theirs, target):
    ratio = theirs / ours
    if target is None:
        verdict = "—"
    else:
        verdict = ("met" if ratio >= target else "MISSED") + f" (≥ {target}×)"
    print(f"| {what} | {ratio:.2f}× | {verdict} |")

print("## Ratios (how many times faster lattice-desk-cli is; above 1 is faster)\n")
print("| Comparison | Ratio | Target |")
print("| --- | ---: | --- |")
row("1 GiB file: vs `openssl dgst -sha256`", single[0][1], single[1][1], 0.9)
row("8 × 256 MiB: vs one `openssl dgst -sha256` process", eight[0][1], eight[1][1], 1.7)
row("8 × 256 MiB: vs `sha256sum -c`", eight[0][1], eight[2][1], 5)
row("1 GiB .tar.gz: vs `tar -xzOf … \\| sha256sum`", archive[0][1], archive[1][1], None)
print()
print("## Peak memory of lattice-desk-cli verify (GNU time, maximum RSS)\n")
print("| Run | Peak RSS | Target |")
print("| --- | ---: | --- |")
for what, mib in (("1 GiB file", rss_single), ("8 × 256 MiB", rss_eight), ("1 GiB .tar.gz", rss_archive)):
    print(f"| {what} | {mib:.1f} MiB | {'met' if mib <= 64 else 'MISSED'} (≤ 64 MiB) |")
print(f"\nLoad average after the run: {sys.argv[4]}")
EOF
