#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice {

// A signed plugin manifest (manifest.json) and the exact bytes its publisher
// signed, rebuilt as the Lattice server rebuilds them (release-lanes spec e.5).
//
// v1 signs a line-based payload. v2 signs the server's compact Go JSON
// re-encoding of the manifest without signature_ed25519. Go re-encodes from
// its struct, so the payload is rebuilt from the manifest as written: members
// in their original order, strings decoded and re-escaped the way Go escapes
// them. That matches the server for any manifest the server's own encoder
// wrote. It cannot reproduce what only the struct knows: unknown members the
// server would drop, empty omitempty members it would omit, or numbers it
// would respell; such a manifest fails here while the server might accept it.
struct PluginManifest
{
    enum class Schema { V1, V2 };

    Schema schema = Schema::V1;
    QString id;
    QString name;
    QString version;
    QString publisher;
    QStringList capabilities;
    QString artifactDigest;   // v1 digest_sha256, v2 bundle.digest_sha256
    QString signatureText;    // signature_ed25519 as written
    QByteArray signature;     // decoded; empty when it is not base64 of 64 bytes
    QByteArray signedPayload; // what the signature must verify over

    static std::optional<PluginManifest> parse(const QByteArray& bytes, QString* error = nullptr);
    static QString schemaId(Schema schema); // "v1" or "v2"
};

} // namespace Lattice
