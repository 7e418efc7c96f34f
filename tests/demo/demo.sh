#!/usr/bin/env bash
# A complete local stack to explore every page without the internet:
#   - a real docker-registry seeded with a history shaped like
#     ghcr.io/latticenet/lattice-server (moving channels, pinned alphas,
#     a Docker manifest list, attestations, a tag broken by cleanup);
#   - the fixture server standing in for GitHub (agent releases, packages,
#     repository contents), GHCR's token endpoint and a Lattice server;
#   - the real plugin index from ../shared, served by the fixture server;
# then opens lattice-desk on a "Demo (local)" profile pointing at them, in
# a private settings and data directory. Everything stops when the window
# closes.
#
#   tests/demo/demo.sh [BUILD_DIR] [--check] [--exec COMMAND]
#
# --check starts and seeds everything, runs `lattice-desk-cli endpoints check`
# against the demo profile instead of opening the window, and stops.
# --exec runs COMMAND instead of opening the window, in the demo's settings
# and data directories, with LATTICE_DEMO_DESK and LATTICE_DEMO_CLI naming the
# executables (tests/demo/screenshots.sh, tests/benchmarks/startup-bench.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/default
check=0
exec_command=""
while [ $# -gt 0 ]; do
    case "$1" in
    --check) check=1 ;;
    --exec) exec_command=$2; shift ;;
    *) build=$1 ;;
    esac
    shift
done
desk=$build/app/entry/lattice-desk
cli=$build/app/entry/lattice-desk-cli
seed=$build/tests/support/lattice-registry-seed
fixture=$build/tests/fixtures/lattice-fixture-server
for exe in "$desk" "$cli" "$seed" "$fixture"; do
    [ -x "$exe" ] || { echo "demo: $exe is missing; build first (cmake --build --preset default)" >&2; exit 2; }
done

work=$(mktemp -d -t lattice-desk-demo.XXXXXX)
fixture_pid=""
cleanup() {
    [ -n "$fixture_pid" ] && kill "$fixture_pid" 2>/dev/null || true
    "$root/tests/harness/registry.sh" stop "$work/registry" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "demo: starting the registry"
"$root/tests/harness/registry.sh" start "$work/registry" >/dev/null
registry=$(cat "$work/registry/url")
"$seed" "$registry" latticenet/lattice-server --preset realistic >"$work/seed.json"
echo "demo: registry $registry seeded ($(grep -c '"digest"' "$work/seed.json") digests)"

echo "demo: starting the fixture server"
mkfifo "$work/fixture.out"
# The demo is a tour without a GitHub token, and the SDK lane's first read
# of every tag needs more than GitHub's 60 anonymous requests an hour (the
# lane says so and keeps what it read). The demo's copy of the scenario
# gives anonymous callers a token-sized budget so every lane fills at once.
cp -r "$root/tests/fixtures/data/default" "$work/scenario"
printf '{"anonymous": {"limit": 5000}}\n' >"$work/scenario/github/rate_limit.json"
"$fixture" --scenario "$work/scenario" >"$work/fixture.out" 2>"$work/fixture.err" &
fixture_pid=$!
read -r line <"$work/fixture.out"
base=$(printf '%s' "$line" | sed -n 's/.*"base":"\([^"]*\)".*/\1/p')
[ -n "$base" ] || { echo "demo: fixture server did not start: $(cat "$work/fixture.err")" >&2; exit 1; }
echo "demo: fixture server $base"

# The plugin index URL is served by the fixture server from the real file.
index_path=/LatticeNet/lattice-plugin-index/main/plugins.json
python3 - "$root/../shared/data/plugin-index/plugins.json" "$index_path" >"$work/fault.json" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"match": "^" + sys.argv[2] + "$", "status": 200, "body": body,
                  "content_type": "application/json"}))
PY
curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$work/fault.json" \
    "$base/_fixture/faults" >/dev/null

mkdir -p "$work/config/latticenet" "$work/data"
cat >"$work/config/latticenet/lattice-desk.conf" <<CONF
[General]
currentProfile=Demo (local)

[profiles]
1\\name=Demo (local)
1\\registryUrl=$registry
1\\imageRepository=latticenet/lattice-server
1\\githubApiUrl=$base
1\\serverRepo=LatticeNet/lattice-server
1\\agentRepo=LatticeNet/lattice-node-agent
1\\sdkRepo=LatticeNet/lattice-sdk
1\\docsRepo=LatticeNet/latticenet.github.io
1\\docsSiteUrl=$base/
1\\pluginIndexUrl=$base$index_path
1\\movingChannels=latest, alpha, beta
1\\allowInsecureLoopback=true
1\\servers\\1\\url=$base
1\\servers\\1\\label=Demo Lattice server
1\\servers\\1\\allowInsecureLoopback=true
1\\servers\\1\\caFile=
1\\servers\\size=1
size=1
CONF
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

if [ -n "$exec_command" ]; then
    export LATTICE_DEMO_DESK=$desk LATTICE_DEMO_CLI=$cli
    bash -c "$exec_command"
    exit $?
fi
if [ "$check" -eq 1 ]; then
    "$cli" profile list
    "$cli" endpoints check --timeout 10
    exit $?
fi
echo "demo: opening Lattice Release Desk (close the window to stop the demo)"
"$desk" --profile "Demo (local)"
