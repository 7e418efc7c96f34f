#include "Sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Lattice {

namespace {
// Fetched once: an implicit fetch on every EVP_DigestInit_ex is measurable
// when a release holds thousands of small files.
const EVP_MD* sha256Algorithm()
{
    static const EVP_MD* const algorithm = [] {
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return algorithm;
}
} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    Q_CHECK_PTR(m_context);
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context, sha256Algorithm(), nullptr);
}

void Sha256::addData(const char* data, qsizetype size)
{
    EVP_DigestUpdate(m_context, data, size_t(size));
}

QByteArray Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    reset();
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data.data(), data.size());
    return sha.hexDigest();
}

void Sha256::releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace Lattice
