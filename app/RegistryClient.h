#pragma once

#include "OciDocument.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace Lattice {
class Store;
namespace Net {
class HttpSession;
struct HttpRequest;
struct HttpResponse;
} // namespace Net

// A client for one repository on an OCI distribution registry (GHCR or any
// other): the Bearer token dance, tag listing with Link pagination, and
// manifests and config blobs whose digests are recomputed from the bytes.
// Content fetched by digest is cached in the store and never fetched again.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    struct Error
    {
        enum class Kind { None, Network, Unauthorized, NotFound, Refused, BadContent, Server };
        Kind kind = Kind::None;
        int status = 0;
        QString code;    // the registry's error code, e.g. MANIFEST_UNKNOWN
        QString message; // for people; never contains a credential
        explicit operator bool() const { return kind != Kind::None; }
    };

    struct Manifest
    {
        QString digest; // sha256 of bytes, recomputed here
        QString mediaType;
        QByteArray bytes;
        Oci::Document document;
        bool fromCache = false;
        QString warning; // e.g. a Docker-Content-Digest that disagreed for a tag request
    };

    struct Head
    {
        int status = 0;
        QString digest; // Docker-Content-Digest
        QString mediaType;
        qint64 size = -1;
    };

    RegistryClient(Net::HttpSession* session, const QUrl& registryBase, const QString& repository,
                   bool allowInsecureLoopback, QObject* parent = nullptr);

    QUrl registryBase() const { return m_base; }
    QString repository() const { return m_repository; }

    // Credentials for the token endpoint (Basic user:PAT), for private images.
    // They are sent only to the realm the registry advertises.
    void setCredentials(const QString& user, const QString& secret);
    void setStore(Store* store) { m_store = store; }

    // Counts of what was sent, for the warm-refresh guarantee and benchmarks.
    struct Stats
    {
        int tagPages = 0;
        int heads = 0;
        int manifestGets = 0;
        int blobGets = 0;
        int tokenRequests = 0;
        int cacheHits = 0;
    };
    Stats stats() const { return m_stats; }

    void listTags(std::function<void(const QStringList&, const Error&)> done);
    void head(const QString& reference, std::function<void(const Head&, const Error&)> done);
    void manifest(const QString& reference,
                  std::function<void(const Manifest&, const Error&)> done);
    void configBlob(const QString& digest,
                    std::function<void(const QByteArray&, const Error&)> done);

    static constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxTokenBytes = 64 * 1024;
    static constexpr int kMaxTagPages = 200;

private:
    // tokenError is set when the registry asked for a token and getting one
    // failed: that, not the registry's bare 401, is what to report.
    using ResponseHandler = std::function<void(const Net::HttpResponse&, const Error& tokenError)>;
    void send(Net::HttpRequest request, ResponseHandler done, bool retriedAuth = false);
    void fetchToken(const QByteArray& challenge, std::function<void(const Error&)> done);
    void listTagsPage(const QUrl& url, QStringList collected, int page,
                      std::function<void(const QStringList&, const Error&)> done);
    QUrl endpoint(const QString& path) const;
    Error errorFrom(const Net::HttpResponse& response) const;
    QString scope() const;

    Net::HttpSession* m_session;
    QUrl m_base;
    QString m_repository;
    bool m_allowInsecureLoopback;
    QString m_user;
    QString m_secret;
    QByteArray m_token; // Bearer token for scope(); cached until a 401 says otherwise
    Store* m_store = nullptr;
    Stats m_stats;
};

} // namespace Lattice
