#include "PluginSignatures.h"

#include "Ed25519.h"
#include "PluginFormat.h"

#include <QCoreApplication>

namespace Lattice::PluginSignatures {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::PluginSignatures", text);
}
} // namespace

std::optional<QByteArray> decodePublicKey(const QString& base64)
{
    const auto decoded = PluginFormat::decodeServerBase64(base64.trimmed());
    if (!decoded || decoded->size() != 32)
        return std::nullopt;
    return decoded;
}

bool verifyManifest(const PluginManifest& manifest, const QByteArray& publicKey)
{
    return Ed25519::verify(publicKey, manifest.signedPayload, manifest.signature);
}

QList<IndexSignatureResult> verifyIndexSignatures(const QByteArray& indexBytes,
                                                  const PluginIndex& index)
{
    QList<IndexSignatureResult> results;
    if (index.signatures.isEmpty())
        return results;
    QString error;
    const std::optional<QByteArray> payload =
        PluginIndex::recommendedSigningPayload(indexBytes, &error);
    for (const PluginIndex::Signature& s : index.signatures) {
        IndexSignatureResult r{s.publisher, false, {}};
        const PluginIndex::Publisher* publisher = index.publisher(s.publisher);
        const auto key =
            publisher ? PluginFormat::decodeCanonicalBase64(publisher->publicKey) : std::nullopt;
        const auto signature = PluginFormat::decodeCanonicalBase64(s.signature);
        if (!payload) {
            r.detail = tr("no signing payload: %1").arg(error);
        } else if (!publisher) {
            r.detail = tr("publisher %1 is not listed").arg(s.publisher);
        } else if (!key || key->size() != 32) {
            r.detail = tr("publisher %1 has no valid key").arg(s.publisher);
        } else if (Ed25519::isWeakKey(*key)) {
            r.detail = tr("publisher %1 has a placeholder key of small order; nothing verifies "
                          "against it")
                           .arg(s.publisher);
        } else if (!signature || signature->size() != 64) {
            r.detail = tr("the signature is not base64 of 64 bytes");
        } else {
            r.valid = Ed25519::verify(*key, *payload, *signature);
            r.detail = r.valid ? tr("verifies over the recommended payload (provisional)")
                               : tr("does not verify over the recommended payload (provisional)");
        }
        results.append(r);
    }
    return results;
}

} // namespace Lattice::PluginSignatures
