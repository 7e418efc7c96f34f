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

    // Frees the calling thread's OpenSSL state (its error queue) now. A
    // thread that hashed and is about to end calls it last: OpenSSL would
    // otherwise free it in the thread's exit handlers, which run after
    // QThread::wait() has returned, and a process exiting right then leaves
    // it behind (LeakSanitizer reports it). OpenSSL sets the state up again
    // if the thread hashes afterwards.
    static void releaseThreadState();

private:
    EVP_MD_CTX* m_context;
};

} // namespace Lattice
