#pragma once

#include "PluginIndex.h"
#include "PluginManifest.h"

#include <QList>
#include <QString>
#include <optional>

namespace Lattice::PluginSignatures {

// A publisher key as the server reads it: padded or unpadded standard base64
// of 32 bytes. nullopt otherwise.
std::optional<QByteArray> decodePublicKey(const QString& base64);

// The publisher's Ed25519 signature over the manifest's signed payload.
bool verifyManifest(const PluginManifest& manifest, const QByteArray& publicKey);

// One index-level signature, checked over the payload the format document
// recommends. Upstream has not fixed that payload, so a result is only ever
// provisional: "valid" means it verifies over the recommended payload, and
// "invalid" may just mean the signer canonicalized differently.
struct IndexSignatureResult
{
    QString publisher;
    bool valid = false;
    QString detail;
};

QList<IndexSignatureResult> verifyIndexSignatures(const QByteArray& indexBytes,
                                                  const PluginIndex& index);

} // namespace Lattice::PluginSignatures
