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
#   tests/demo/demo.sh [BUILD_DIR] [--check]
#
# --check starts and seeds everything, runs `lattice-desk-cli endpoints check`
# against the demo profile instead of opening the window, and stops.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/default
check=0
for arg in "$@"; do
    case "$arg" in
    --check) check=1 ;;
    *) build=$arg ;;
    esac
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
"$fixture" >"$work/fixture.out" 2>"$work/fixture.err" &
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

if [ "$check" -eq 1 ]; then
    "$cli" profile list
    "$cli" endpoints check --timeout 10
    exit $?
fi
echo "demo: opening Lattice Release Desk (close the window to stop the demo)"
"$desk" --profile "Demo (local)"
