#!/usr/bin/env bash
# Quick start, second command: install what is missing, build, and run the
# whole test suite. CTest starts the real services the tests need (a private
# Secret Service and a docker-registry on loopback) and stops them afterwards.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${LATTICE_PRESET:-default}
"$root/installer/install-deps.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" --parallel "$(nproc)"
