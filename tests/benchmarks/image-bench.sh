#!/usr/bin/env bash
# Server image lane benchmark: a local docker-registry with N tags x 2
# platforms (default 300), measured in one run against what a maintainer's
# script does today, a sequential loop of curl requests per tag.
#
#   tests/benchmarks/image-bench.sh [BUILD_DIR] [TAGS]
#
# Prints a Markdown table. Needs hyperfine, curl and docker-registry
# (installer/install-deps.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
tags=${2:-300}
cli=$build/app/entry/lattice-desk-cli
seed=$build/tests/support/lattice-registry-seed
work=$(mktemp -d)
trap '"$root/tests/harness/registry.sh" stop "$work/registry" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$root/tests/harness/registry.sh" start "$work/registry" >/dev/null
url=$(cat "$work/registry/url")
repo=bench/lattice-server
"$seed" "$url" "$repo" --preset bulk --tags "$tags" >/dev/null
ref=${url#http://}/$repo

accept='application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json'
cat >"$work/curl-loop.sh" <<SCRIPT
#!/usr/bin/env bash
# What a script does without the desk to learn the same facts: list the
# tags, then per tag GET the index (hashing it for its digest), each child
# manifest and each child's config blob, one request after another.
set -euo pipefail
for tag in \$(curl -fsS "$url/v2/$repo/tags/list" | grep -o '"tags":\[[^]]*\]' | tr -d '[]"' | sed 's/^tags://' | tr ',' ' '); do
    index=\$(curl -fsS -H "Accept: $accept" "$url/v2/$repo/manifests/\$tag")
    printf '%s' "\$index" | sha256sum >/dev/null
    for child in \$(printf '%s' "\$index" | grep -o 'sha256:[0-9a-f]\{64\}'); do
        manifest=\$(curl -fsS -H "Accept: $accept" "$url/v2/$repo/manifests/\$child")
        config=\$(printf '%s' "\$manifest" | grep -o '"config":{[^}]*}' | grep -o 'sha256:[0-9a-f]\{64\}')
        curl -fsSL "$url/v2/$repo/blobs/\$config" >/dev/null
    done
done
SCRIPT
chmod +x "$work/curl-loop.sh"

export XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=disabled:
cold="XDG_DATA_HOME=$work/cold $cli image tags $ref --details --registry-url $url --insecure-loopback --json"
warm="XDG_DATA_HOME=$work/warm $cli image tags $ref --details --registry-url $url --insecure-loopback --json"
# Fill the warm cache once.
env XDG_DATA_HOME="$work/warm" "$cli" image tags "$ref" --details --registry-url "$url" --insecure-loopback --json >/dev/null 2>&1

hyperfine --warmup 1 --runs 5 --export-json "$work/result.json" \
    --prepare "rm -rf $work/cold" \
    -n "curl loop (sequential)" "$work/curl-loop.sh" \
    -n "lattice-desk-cli cold" "sh -c '$cold >/dev/null 2>&1'" \
    -n "lattice-desk-cli warm" "sh -c '$warm >/dev/null 2>&1'" >&2

# The registry's own CPU time per cold and per warm refresh (user+system ticks
# from /proc, summed over five runs each). Every client pays it, so their
# ratio is the most any client could show against this registry: what is left
# if the client itself took no time at all.
registry_pid=$(cat "$work/registry/registry.pid")
ticks() { awk '{print $14 + $15}' "/proc/$registry_pid/stat"; }
registry_ticks() {
    local before after
    before=$(ticks)
    for _ in 1 2 3 4 5; do
        if [ "$1" = cold ]; then rm -rf "$work/cold"; fi
        env XDG_DATA_HOME="$work/$1" "$cli" image tags "$ref" --details --registry-url "$url" \
            --insecure-loopback --json >/dev/null 2>&1
    done
    after=$(ticks)
    echo $((after - before))
}
cold_ticks=$(registry_ticks cold)
warm_ticks=$(registry_ticks warm)

python3 - "$work/result.json" "$tags" "$cold_ticks" "$warm_ticks" "$(getconf CLK_TCK)" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
curl = results["curl loop (sequential)"]["mean"]
cold = results["lattice-desk-cli cold"]["mean"]
warm = results["lattice-desk-cli warm"]["mean"]
print(f"| {sys.argv[2]} tags x 2 platforms | mean time | ratio |")
print("|---|---|---|")
print(f"| curl loop (sequential) | {curl*1000:.0f} ms | 1.0x |")
print(f"| lattice-desk-cli cold refresh | {cold*1000:.0f} ms | {curl/cold:.1f}x faster than curl |")
print(f"| lattice-desk-cli warm refresh | {warm*1000:.0f} ms | {cold/warm:.1f}x faster than cold |")
cold_cpu, warm_cpu = (int(t) / int(sys.argv[5]) / 5 for t in sys.argv[3:5])
print()
print(f"Registry CPU per refresh (mean of 5): cold {cold_cpu:.2f} s, warm {warm_cpu:.2f} s, "
      f"{cold_cpu/max(warm_cpu, 0.01):.1f}x: the most a client that took no time could show.")
PY
