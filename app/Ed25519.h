#pragma once

#include <QByteArray>

namespace Lattice::Ed25519 {

// Verifies an Ed25519 signature (RFC 8032, pure: the message is not
// pre-hashed) with OpenSSL. False for a key that is not 32 bytes or is of
// small order, a signature that is not 64 bytes, or any OpenSSL failure.
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// A 32-byte key of small order (the all-zero placeholder among them): no
// signature under it means anything, so verify() refuses it.
bool isWeakKey(const QByteArray& publicKey);

} // namespace Lattice::Ed25519
