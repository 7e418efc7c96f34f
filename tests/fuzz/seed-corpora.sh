#!/usr/bin/env bash
# Fills one seed directory per fuzz target from the shared sample data, the
# fixture server's data and a few hand-written documents. Archives are made
# here with tar and zip rather than committed. Usage: seed-corpora.sh OUT_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${LATTICE_SHARED_DIR:-$root/../shared}
fixtures=$root/tests/fixtures/data/default
out=$(mkdir -p "$1" && cd "$1" && pwd)

seed() { # seed TARGET NAME TEXT
    mkdir -p "$out/$1"
    printf '%s' "$3" >"$out/$1/$2"
}
copy() { # copy TARGET FILE…
    local target=$1
    shift
    mkdir -p "$out/$target"
    for f in "$@"; do
        # The parent directory keeps SHA256SUMS of different releases apart.
        [ -f "$f" ] && cp --no-preserve=mode "$f" \
            "$out/$target/$(basename "$(dirname "$f")")_$(basename "$f")"
    done
    return 0
}

# Checksum files: every SHA256SUMS and .sha256 the fixture releases carry,
# plus the forms and escapes the parser knows.
mapfile -t sums < <(find "$fixtures" -name SHA256SUMS -o -name '*.sha256' | sort | head -n 40)
copy checksumlist "${sums[@]}"
hex=$(printf 'a%.0s' {1..64})
seed checksumlist gnu "$hex  dist/lattice-agent-linux-amd64
$hex *bin/a.exe
"
seed checksumlist tagged "SHA256 (lattice agent.tar.gz) = $hex
"
seed checksumlist reversed "dist/x $hex
"
seed checksumlist escaped "\\$hex  new\\nline\\\\back
$hex  ../up
$hex  /etc/passwd
"

# OCI documents
seed ocidocument index '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:'"$hex"'","size":1234,"platform":{"architecture":"arm","os":"linux","variant":"v7"}},{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:'"$hex"'","size":566,"annotations":{"vnd.docker.reference.digest":"sha256:'"$hex"'","vnd.docker.reference.type":"attestation-manifest"},"platform":{"architecture":"unknown","os":"unknown"}}],"annotations":{"org.opencontainers.image.created":"2026-07-10T09:41:12Z"}}'
seed ocidocument manifest '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:'"$hex"'","size":7},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:'"$hex"'","size":32}]}'
seed ocidocument dockerlist '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","manifests":[{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"sha256:'"$hex"'","size":1,"platform":{"architecture":"amd64","os":"linux"}}]}'
seed ocidocument config '{"architecture":"amd64","os":"linux","created":"2026-07-10T09:41:12Z","config":{"Labels":{"org.opencontainers.image.version":"1.2.3"}}}'
seed ocidocument reference 'ghcr.io/latticenet/lattice-server'

# GitHub releases
copy githubrelease "$fixtures/github/repos/LatticeNet/lattice-node-agent/releases.json"

# Lattice API: the first byte picks the status (100 + 2*byte).
for f in "$fixtures"/lattice/*.json; do
    mkdir -p "$out/latticeapi"
    { printf '\x32'; cat "$f"; } >"$out/latticeapi/ok_$(basename "$f")"
done
seed latticeapi envelope-409 $'\x99{"error":{"code":"conflict","message":"policy changed","request_id":"req_01"}}'
seed latticeapi plain-404 $'\x96404 page not found'
seed latticeapi envelope-500 $'\xc8{"error":{"code":"internal","message":"internal error"}}'
seed latticeapi policy $'\x32{"node_id":"edge-fra-1","mode":"pinned","target_version":"0.3.2","channel":"stable","install_path":"/usr/local/bin/lattice-agent","approval_required":true}'
seed latticeapi approvals $'\x32{"approvals":[{"id":"apr_1","plugin":"agentupdate","status":"pending","plan":"node: edge-fra-1\\nfrom: 0.2.9\\nto: 0.3.2\\n","created_at":"2026-08-24T09:59:51Z"}]}'

# Plugin indexes and manifests
copy pluginindex "$shared"/data/plugin-index/*.json
copy pluginmanifest "$shared"/data/plugin-manifests/*.json

# Headers
seed headers bearer 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:latticenet/lattice-server:pull"'
seed headers two 'Basic realm="x", Bearer realm="https://auth.example/token",error="invalid_token",error_description="a \"quoted\" text"'
seed headers link '<https://api.github.com/repositories/1/releases?page=2>; rel="next", <https://api.github.com/repositories/1/releases?page=5>; rel="last"'
seed headers link-relative '</v2/_catalog?last=b&n=100>; rel=next; type="application/json"'

# Archives: a file, a directory, a symlink and a hardlink in every container
# the reader accepts.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/dir"
printf 'hello\n' >"$work/src/dir/file.txt"
printf '%s  dir/file.txt\n' "$hex" >"$work/src/SHA256SUMS"
ln -s file.txt "$work/src/dir/link"
ln "$work/src/dir/file.txt" "$work/src/dir/hard"
mkdir -p "$out/archive"
(cd "$work/src" && tar -cf "$out/archive/seed.tar" .)
(cd "$work/src" && tar -czf "$out/archive/seed.tar.gz" .)
(cd "$work/src" && tar -cJf "$out/archive/seed.tar.xz" .)
(cd "$work/src" && tar -cjf "$out/archive/seed.tar.bz2" .) 2>/dev/null || true
(cd "$work/src" && tar --zstd -cf "$out/archive/seed.tar.zst" .) 2>/dev/null || true
(cd "$work/src" && zip -qry "$out/archive/seed.zip" .)
echo "seed-corpora: $(find "$out" -type f | wc -l) seeds in $out"
