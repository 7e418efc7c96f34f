#!/usr/bin/env bash
# Builds the .deb and .tar.gz from the current build tree into a scratch
# directory and checks that both carry the executables, the desktop entry and
# the icon, and that the desktop entry is valid.
set -euo pipefail
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$build"
cpack --config CPackConfig.cmake -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb=$(ls "$out"/*.deb)
tgz=$(ls "$out"/*.tar.gz)
deb_list=$(dpkg -c "$deb")
tgz_list=$(tar -tzf "$tgz")
status=0
for path in usr/bin/lattice-desk usr/bin/lattice-desk-cli \
    usr/share/applications/lattice-desk.desktop \
    usr/share/icons/hicolor/scalable/apps/lattice-desk.svg \
    usr/share/metainfo/io.github.latticenet.LatticeDesk.metainfo.xml; do
    if ! grep -q "\./$path\$" <<<"$deb_list"; then
        echo "missing from .deb: $path" >&2
        status=1
    fi
    base=${path#usr/}
    if ! grep -q "/$base\$" <<<"$tgz_list"; then
        echo "missing from .tar.gz: $base" >&2
        status=1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6keychain1 libqt6sql6-sqlite libssl3 libarchive13; do
    grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep: $depends" >&2; status=1; }
done
desktop-file-validate "$root/resources/lattice-desk.desktop" || status=1
[ $status -eq 0 ] && echo "package: $(basename "$deb") and $(basename "$tgz") carry every file"
exit $status
