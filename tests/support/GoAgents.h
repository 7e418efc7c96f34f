#pragma once

#include <QByteArray>
#include <QString>

namespace Lattice::Test {

// The Go agent binaries the build makes for the tests (LATTICE_GO_AGENTS_DIR,
// one directory per version, upstream flags).
QString goAgentPath(const QString& name, const QString& version = QStringLiteral("v0.2.9"));

// Whether bwrap can make namespaces here at all. Containers often forbid
// unprivileged user namespaces; then the honest outcome of a sandboxed run is
// "sandbox unavailable", and that is what the tests hold the probe to.
bool bwrapSandboxWorks();

// Lowercase hex SHA-256 of a file, empty when it cannot be read.
QByteArray fileSha256(const QString& path);

// Copies the fixture scenario at from to to, with v0.2.9's linux/amd64 asset
// replaced by the real Go binary and every published digest of it
// (SHA256SUMS, the .sha256 file, GitHub's digest) updated to match.
bool copyScenarioWithGoAgent(const QString& from, const QString& to);

} // namespace Lattice::Test
