#pragma once

#include <QByteArray>
#include <QByteArrayView>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace Lattice {

// Streaming SHA-256 through OpenSSL's EVP interface, which picks the CPU's
// SHA extensions when it has them; Qt's QCryptographicHash may fall back to
// portable C code several times slower.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void reset();
    void addData(const char* data, qsizetype size);
    QByteArray hexDigest(); // lowercase; resets for the next message

    static QByteArray hash(QByteArrayView data);

private:
    EVP_MD_CTX* m_context;
};

} // namespace Lattice
