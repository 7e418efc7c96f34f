#include "GitHubClient.h"

#include "HeaderParsers.h"
#include "HttpSession.h"
#include "Store.h"

#include <QJsonObject>

namespace Lattice {

using Net::HttpRequest;
using Net::HttpResponse;

GitHubClient::GitHubClient(Net::HttpSession* session, const QUrl& apiBase,
                           bool allowInsecureLoopback, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_base(apiBase)
    , m_allowInsecureLoopback(allowInsecureLoopback)
{}

QUrl GitHubClient::endpoint(const QString& path, const QString& query) const
{
    QUrl url = m_base;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

GitHubClient::Error GitHubClient::errorFrom(const HttpResponse& r) const
{
    if (!r.transportOk())
        return {0, r.describe()};
    QString message = QJsonDocument::fromJson(r.body)
                          .object()
                          .value(QStringLiteral("message"))
                          .toString()
                          .left(300);
    QString text = r.describe();
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if ((r.status == 403 || r.status == 429) && r.header("x-ratelimit-remaining") == "0")
        text += QStringLiteral(" (rate limit exhausted; resets at %1)")
                    .arg(QString::fromLatin1(r.header("x-ratelimit-reset")));
    Error error{r.status, text};
    error.fromGitHub = !message.isEmpty();
    return error;
}

void GitHubClient::track(const HttpResponse& r)
{
    bool ok = false;
    const int remaining = r.header("x-ratelimit-remaining").toInt(&ok);
    if (ok && remaining != m_rateRemaining) {
        m_rateRemaining = remaining;
        emit rateLimitChanged(remaining, r.header("x-ratelimit-limit").toInt());
    }
}

void GitHubClient::send(const QUrl& url, std::function<void(const HttpResponse&)> done)
{
    HttpRequest request;
    request.url = url;
    request.allowInsecureLoopback = m_allowInsecureLoopback;
    request.headers.emplaceBack("Accept", "application/vnd.github+json");
    request.headers.emplaceBack("X-GitHub-Api-Version", kApiVersion);
    request.limits.maxBodyBytes = kMaxBodyBytes;
    request.refuseHtml = true;
    if (!m_token.isEmpty()) {
        request.authorization = "Bearer " + m_token;
        request.credentialOrigin = m_base;
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    std::optional<Store::CachedResponse> cached;
    if (m_store)
        cached = m_store->httpCache(key);
    if (cached && !cached->etag.isEmpty())
        request.headers.emplaceBack("If-None-Match", cached->etag);
    else if (cached && !cached->lastModified.isEmpty())
        request.headers.emplaceBack("If-Modified-Since", cached->lastModified);
    else
        cached.reset();
    Net::HttpJob* job = m_session->send(request);
    connect(job, &Net::HttpJob::finished, this, [this, done, key, cached](const HttpResponse& r) {
        track(r);
        if (r.error == HttpResponse::Error::None && r.status == 304 && cached) {
            ++m_notModified;
            HttpResponse fromCache = r;
            fromCache.status = 200;
            fromCache.body = cached->body;
            fromCache.bodySize = cached->body.size();
            done(fromCache);
            return;
        }
        if (m_store && r.ok() && !r.body.isEmpty()) {
            const QByteArray etag = r.header("ETag");
            const QByteArray lastModified = r.header("Last-Modified");
            if (!etag.isEmpty() || !lastModified.isEmpty())
                m_store->putHttpCache(key, etag, lastModified, r.body,
                                      QDateTime::currentDateTimeUtc());
        }
        done(r);
    });
}

Net::HttpJob* GitHubClient::download(const QUrl& url, QIODevice* sink, qint64 maxBytes,
                                     std::function<void(const HttpResponse&)> done)
{
    HttpRequest request;
    request.url = url;
    request.allowInsecureLoopback = m_allowInsecureLoopback;
    request.headers.emplaceBack("Accept", "application/octet-stream");
    request.limits.maxBodyBytes = maxBytes;
    request.refuseHtml = true;
    request.limits.totalTimeoutMs = 30 * 60 * 1000; // a slow link and a 12 MiB binary
    request.sink = sink;
    if (!m_token.isEmpty()) {
        // Bound to the API origin: github.com download links never see it,
        // and HttpSession drops it on the redirect to the signed URL.
        request.authorization = "Bearer " + m_token;
        request.credentialOrigin = m_base;
    }
    Net::HttpJob* job = m_session->send(request);
    connect(job, &Net::HttpJob::finished, this, [this, done](const HttpResponse& r) {
        track(r);
        done(r);
    });
    return job;
}

void GitHubClient::get(const QString& path, const QString& query,
                       std::function<void(const QJsonDocument&, const Error&)> done)
{
    send(endpoint(path, query), [this, done](const HttpResponse& r) {
        if (!r.ok()) {
            done({}, errorFrom(r));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            done({},
                 {r.status,
                  QStringLiteral("%1: not JSON (%2)").arg(r.describe(), parseError.errorString())});
            return;
        }
        done(doc, {});
    });
}

void GitHubClient::getAllPages(const QString& path, const QString& query,
                               std::function<void(const QJsonArray&, const Error&)> done)
{
    QString q = query;
    if (!q.contains(QLatin1String("per_page=")))
        q += (q.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("per_page=100");
    page(endpoint(path, q), {}, 1, std::move(done));
}

void GitHubClient::page(const QUrl& url, QJsonArray collected, int n,
                        std::function<void(const QJsonArray&, const Error&)> done)
{
    send(url, [this, url, collected, n, done](const HttpResponse& r) mutable {
        if (!r.ok()) {
            done({}, errorFrom(r));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isArray()) {
            done({}, {r.status, QStringLiteral("%1: expected a JSON array").arg(r.describe())});
            return;
        }
        for (const QJsonValue& v : doc.array())
            collected.append(v);
        const auto next = LinkHeader::find(r.header("Link"), QStringLiteral("next"), r.finalUrl);
        if (!next) {
            done(collected, {});
            return;
        }
        if (Net::originOf(*next) != Net::originOf(m_base)) {
            done({}, {0, QStringLiteral("pagination left the API host (%1)").arg(next->host())});
            return;
        }
        if (n >= kMaxPages) {
            done({}, {0, QStringLiteral("more than %1 pages").arg(kMaxPages)});
            return;
        }
        page(*next, collected, n + 1, done);
    });
}

} // namespace Lattice
