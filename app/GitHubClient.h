#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QUrl>
#include <functional>

class QIODevice;

namespace Lattice {
namespace Net {
class HttpJob;
class HttpSession;
struct HttpResponse;
} // namespace Net
class Store;

// GitHub's REST API as the lanes read it: the API version pinned, a
// User-Agent, an optional token that only ever goes to the API origin, and
// Link pagination followed verbatim on the same host.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    static constexpr char kApiVersion[] = "2022-11-28";
    static constexpr int kMaxPages = 100;
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024; // one API answer

    struct Error
    {
        int status = 0; // 0 = no HTTP answer
        QString message;
        // The body was GitHub's own error object ({"message": …}), not a
        // proxy's or a portal's page: only then is a 404 GitHub's answer.
        bool fromGitHub = false;
        explicit operator bool() const { return !message.isEmpty(); }
    };

    GitHubClient(Net::HttpSession* session, const QUrl& apiBase, bool allowInsecureLoopback,
                 QObject* parent = nullptr);

    void setToken(const QString& token) { m_token = token.toUtf8(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    int rateLimitRemaining() const { return m_rateRemaining; } // -1 until a response said
    // With a store, API GETs send If-None-Match with the ETag of the body
    // cached for that URL, and a 304 answers with the cached body: GitHub
    // does not charge authenticated 304s against the rate limit.
    void setStore(Store* store) { m_store = store; }
    int notModifiedCount() const { return m_notModified; } // 304s answered from the cache

    // GET one JSON document.
    void get(const QString& path, const QString& query,
             std::function<void(const QJsonDocument&, const Error&)> done);
    // GET every page of a JSON array endpoint (per_page=100), following Link.
    void getAllPages(const QString& path, const QString& query,
                     std::function<void(const QJsonArray&, const Error&)> done);

    // GET a release asset's bytes: a browser_download_url, or an asset's API
    // url (sent with Accept: application/octet-stream). Both redirect to a
    // signed URL on another host, which gets no credentials. With a sink the
    // bytes are streamed there; the response's sha256 covers them either way.
    // The returned job reports progress and can be cancelled; it is gone
    // after done() ran.
    Net::HttpJob* download(const QUrl& url, QIODevice* sink, qint64 maxBytes,
                           std::function<void(const Net::HttpResponse&)> done);

signals:
    void rateLimitChanged(int remaining, int limit);

private:
    void page(const QUrl& url, QJsonArray collected, int n,
              std::function<void(const QJsonArray&, const Error&)> done);
    void send(const QUrl& url, std::function<void(const Net::HttpResponse&)> done);
    void track(const Net::HttpResponse& r);
    QUrl endpoint(const QString& path, const QString& query) const;
    Error errorFrom(const Net::HttpResponse& r) const;

    Net::HttpSession* m_session;
    QUrl m_base;
    bool m_allowInsecureLoopback;
    QByteArray m_token;
    int m_rateRemaining = -1;
    Store* m_store = nullptr;
    int m_notModified = 0;
};

} // namespace Lattice
