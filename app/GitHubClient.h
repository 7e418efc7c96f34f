#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QUrl>
#include <functional>

namespace Lattice {
namespace Net {
class HttpSession;
struct HttpResponse;
} // namespace Net

// GitHub's REST API as the lanes read it: the API version pinned, a
// User-Agent, an optional token that only ever goes to the API origin, and
// Link pagination followed verbatim on the same host.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    static constexpr char kApiVersion[] = "2022-11-28";
    static constexpr int kMaxPages = 100;

    struct Error
    {
        int status = 0; // 0 = no HTTP answer
        QString message;
        explicit operator bool() const { return !message.isEmpty(); }
    };

    GitHubClient(Net::HttpSession* session, const QUrl& apiBase, bool allowInsecureLoopback,
                 QObject* parent = nullptr);

    void setToken(const QString& token) { m_token = token.toUtf8(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    int rateLimitRemaining() const { return m_rateRemaining; } // -1 until a response said

    // GET one JSON document.
    void get(const QString& path, const QString& query,
             std::function<void(const QJsonDocument&, const Error&)> done);
    // GET every page of a JSON array endpoint (per_page=100), following Link.
    void getAllPages(const QString& path, const QString& query,
                     std::function<void(const QJsonArray&, const Error&)> done);

signals:
    void rateLimitChanged(int remaining, int limit);

private:
    void page(const QUrl& url, QJsonArray collected, int n,
              std::function<void(const QJsonArray&, const Error&)> done);
    void send(const QUrl& url, std::function<void(const Net::HttpResponse&)> done);
    QUrl endpoint(const QString& path, const QString& query) const;
    Error errorFrom(const Net::HttpResponse& r) const;

    Net::HttpSession* m_session;
    QUrl m_base;
    bool m_allowInsecureLoopback;
    QByteArray m_token;
    int m_rateRemaining = -1;
};

} // namespace Lattice
