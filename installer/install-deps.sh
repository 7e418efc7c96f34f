#!/usr/bin/env bash
# Installs every build and test dependency of Lattice Release Desk from Debian 12
# packages, and only those that are missing, so running it again costs nothing.
set -euo pipefail

packages=(
  # toolchain
  cmake g++ ninja-build pkg-config git file dpkg-dev
  # Qt 6.4 and its tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  # services and crypto
  qtkeychain-qt6-dev libssl-dev openssl libarchive-dev libarchive-tools
  # test harness: a real registry, a real Secret Service, a headless X server
  docker-registry gnome-keyring dbus dbus-bin libsecret-tools xvfb xauth x11-apps
  # formats the checksum tests read and write
  coreutils tar gzip xz-utils zstd zip curl procps python3
  # style, packaging checks, screenshots
  clang-format appstream imagemagick desktop-file-utils
  hyperfine time  # tests/benchmarks/verify-bench.sh: timings and peak memory
  # agent identity: a sandbox to run agent binaries in, and Go to build real
  # test binaries for several platforms
  bubblewrap golang-go
  # ccache keeps the sanitizer build that CI runs after the normal one cheap
  # to repeat
  ccache
  # the libFuzzer targets (tests/fuzz): clang, its fuzzer and sanitizer
  # runtimes, and llvm-symbolizer for readable crash stacks
  clang libclang-rt-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# docker-registry's postinst starts a system service; tests start their own
# instance, so a policy-rc.d keeps the system one from binding port 5000.
if [ ! -e /usr/sbin/policy-rc.d ] && [ "$(id -u)" -eq 0 ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
