#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and open the
# dashboard on its default profile (the public LatticeNet upstream).
# Extra arguments go to lattice-desk (e.g. --profile NAME, --lane verify).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/install-deps.sh"
cmake --preset default -S "$root" >/dev/null
cmake --build --preset default --target lattice-desk lattice-desk-cli
exec "$root/build/default/app/entry/lattice-desk" "$@"
