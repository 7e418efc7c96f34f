#include "LatticeClient.h"

#include "HttpSession.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <cmath>

namespace Lattice::Server {

using Net::HttpRequest;
using Net::HttpResponse;

namespace {

using JsonDone = std::function<void(const QJsonDocument&, const ServerError&)>;

// The server's write timeout is 60 s; an attempt must give up before it.
constexpr int kIdleTimeoutMs = 30000;
// Retries on 429 wait 1 s, 2 s, 4 s… up to 30 s, so the whole exchange may
// take longer than one attempt.
constexpr int kTotalTimeoutMs = 120000;

ServerError notFound(const QString& message)
{
    ServerError e;
    e.status = 404;
    e.code = QStringLiteral("not_found");
    e.message = message;
    return e;
}

} // namespace

LatticeClient::LatticeClient(Net::HttpSession* session, const QUrl& baseUrl,
                             bool allowInsecureLoopback, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_base(baseUrl)
    , m_allowInsecureLoopback(allowInsecureLoopback)
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &LatticeClient::pump);
    m_refill.start();
}

void LatticeClient::setRate(double perSecond, int burst)
{
    m_ratePerSecond = qMax(0.1, perSecond);
    m_burst = qMax(1, burst);
    m_tokens = qMin(m_tokens, double(m_burst));
}

void LatticeClient::send(HttpRequest request, std::function<void(const HttpResponse&)> done)
{
    m_waiting.enqueue({std::move(request), std::move(done)});
    pump();
}

void LatticeClient::pump()
{
    // Token bucket: refill by elapsed time, send while tokens last, and wake
    // up when the next one is due.
    m_tokens = qMin(double(m_burst), m_tokens + m_refill.restart() * m_ratePerSecond / 1000.0);
    while (!m_waiting.isEmpty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        Pending next = m_waiting.dequeue();
        ++m_sent;
        auto* job = m_session->send(std::move(next.request));
        connect(job, &Net::HttpJob::finished, this,
                [done = std::move(next.done)](const HttpResponse& r) { done(r); });
    }
    if (!m_waiting.isEmpty() && !m_pumpTimer->isActive())
        m_pumpTimer->start(int(std::ceil((1.0 - m_tokens) * 1000.0 / m_ratePerSecond)));
}

void LatticeClient::cancelAll()
{
    m_waiting.clear();
    m_pumpTimer->stop();
    m_session->cancelAll();
}

void LatticeClient::exchange(const QByteArray& method, const QString& path, const QString& query,
                             const QByteArray& body, JsonDone done)
{
    HttpRequest request;
    request.method = method;
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query.isEmpty() ? QString() : query);
    request.url = url;
    request.headers = m_extraHeaders;
    request.headers.append(std::pair(QByteArray("Accept"), QByteArray("application/json")));
    if (method == "POST") {
        request.headers.append(
            std::pair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = body;
    }
    // "Bearer " exactly: the server matches the prefix case-sensitively.
    if (!m_token.isEmpty())
        request.authorization = "Bearer " + m_token;
    request.credentialOrigin = m_base;
    request.allowInsecureLoopback = m_allowInsecureLoopback;
    request.limits.idleTimeoutMs = kIdleTimeoutMs;
    request.limits.totalTimeoutMs = kTotalTimeoutMs;
    request.limits.maxBodyBytes = kMaxBodyBytes;
    request.refuseHtml = true;
    // A redirect from the API is never expected; following one would send
    // the body to wherever it points.
    request.followRedirects = false;

    QPointer<LatticeClient> self(this);
    send(std::move(request), [self, path, done = std::move(done)](const HttpResponse& r) {
        const QByteArray requestId = r.header("X-Lattice-Request-ID");
        if (self)
            emit self->requestFinished(path, r.status, QString::fromLatin1(requestId));
        if (!r.transportOk()) {
            done({}, ServerError::transport(r.describe()));
            return;
        }
        if (r.status < 200 || r.status >= 300) {
            done({}, ServerError::fromResponse(r.status, r.body, requestId));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
            ServerError e;
            e.status = r.status;
            e.code = QStringLiteral("invalid_response");
            e.message =
                QStringLiteral("the server's answer is not JSON: %1").arg(parseError.errorString());
            e.requestId = QString::fromLatin1(requestId);
            done({}, e);
            return;
        }
        done(doc, {});
    });
}

void LatticeClient::getJson(const QString& path, const QString& query, JsonDone done)
{
    exchange("GET", path, query, {}, std::move(done));
}

void LatticeClient::postJson(const QString& path, const QJsonObject& body, JsonDone done)
{
    exchange("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void LatticeClient::version(Done<ServerVersion> done)
{
    getJson(QStringLiteral("/api/version"), {},
            [done](const QJsonDocument& doc, const ServerError& e) {
                // v0.1.0 has no /api/version: that is an answer, not a failure.
                if (e.endpointMissing) {
                    done(ServerVersion{}, {});
                    return;
                }
                done(e ? ServerVersion{} : ServerVersion::fromJson(doc.object()), e);
            });
}

void LatticeClient::health(Finished done)
{
    getJson(QStringLiteral("/api/health"), {},
            [done](const QJsonDocument&, const ServerError& e) { done(e); });
}

void LatticeClient::me(Done<TokenIdentity> done)
{
    getJson(QStringLiteral("/api/me"), {}, [done](const QJsonDocument& doc, const ServerError& e) {
        done(e ? TokenIdentity{} : TokenIdentity::fromJson(doc.object()), e);
    });
}

void LatticeClient::nodes(Done<QList<ServerNode>> done)
{
    getJson(QStringLiteral("/api/nodes"), {},
            [done](const QJsonDocument& doc, const ServerError& e) {
                done(e ? QList<ServerNode>{} : nodesFromJson(doc.array()), e);
            });
}

void LatticeClient::policies(Done<QList<UpdatePolicy>> done)
{
    getJson(QStringLiteral("/api/nodes/agent-updates"), {},
            [done](const QJsonDocument& doc, const ServerError& e) {
                done(e ? QList<UpdatePolicy>{} : policiesFromJson(doc.object()), e);
            });
}

void LatticeClient::pushPolicy(const UpdatePolicy& policy, Done<UpdatePolicy> done)
{
    postJson(QStringLiteral("/api/nodes/agent-updates"), policy.toRequestJson(),
             [done](const QJsonDocument& doc, const ServerError& e) {
                 done(e ? UpdatePolicy{} : UpdatePolicy::fromJson(doc.object()), e);
             });
}

void LatticeClient::deletePolicy(const QString& nodeId, Finished done)
{
    postJson(QStringLiteral("/api/nodes/agent-updates/delete"),
             QJsonObject{{QStringLiteral("node_id"), nodeId}},
             [done](const QJsonDocument&, const ServerError& e) { done(e); });
}

void LatticeClient::releaseSnapshot(Done<QJsonObject> done)
{
    getJson(QStringLiteral("/api/nodes/agent-updates/releases"), {},
            [done](const QJsonDocument& doc, const ServerError& e) { done(doc.object(), e); });
}

void LatticeClient::plan(const QString& nodeId, bool force, Done<UpdateApproval> done)
{
    postJson(QStringLiteral("/api/nodes/agent-updates/plan"),
             QJsonObject{{QStringLiteral("node_id"), nodeId}, {QStringLiteral("force"), force}},
             [done](const QJsonDocument& doc, const ServerError& e) {
                 done(e ? UpdateApproval{} : UpdateApproval::fromJson(doc.object()), e);
             });
}

void LatticeClient::approvals(bool includeDismissed, Done<QList<UpdateApproval>> done)
{
    getJson(QStringLiteral("/api/network/approvals"),
            includeDismissed ? QStringLiteral("include_dismissed=1") : QString(),
            [done](const QJsonDocument& doc, const ServerError& e) {
                const QJsonValue value =
                    doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                done(e ? QList<UpdateApproval>{} : approvalsFromJson(value), e);
            });
}

void LatticeClient::approval(const QString& approvalId, Done<UpdateApproval> done)
{
    approvals(true, [approvalId, done](const QList<UpdateApproval>& rows, const ServerError& e) {
        if (e) {
            done({}, e);
            return;
        }
        for (const UpdateApproval& row : rows) {
            if (row.id == approvalId) {
                done(row, {});
                return;
            }
        }
        done({}, notFound(QStringLiteral("approval not found")));
    });
}

void LatticeClient::approve(const QString& approvalId, const QString& planSha256,
                            Done<UpdateApproval> done)
{
    // queue_apply:false would leave an approved row with no task that can
    // never be queued later (§11.2), so it is not offered at all.
    postJson(QStringLiteral("/api/network/approvals/approve"),
             QJsonObject{{QStringLiteral("approval_id"), approvalId},
                         {QStringLiteral("queue_apply"), true},
                         {QStringLiteral("plan_sha256"), planSha256}},
             [done](const QJsonDocument& doc, const ServerError& e) {
                 done(e ? UpdateApproval{} : UpdateApproval::fromJson(doc.object()), e);
             });
}

void LatticeClient::reject(const QString& approvalId, Done<UpdateApproval> done)
{
    postJson(QStringLiteral("/api/network/approvals/reject"),
             QJsonObject{{QStringLiteral("approval_id"), approvalId}},
             [done](const QJsonDocument& doc, const ServerError& e) {
                 done(e ? UpdateApproval{} : UpdateApproval::fromJson(doc.object()), e);
             });
}

void LatticeClient::dismiss(const QString& approvalId, Done<UpdateApproval> done)
{
    postJson(QStringLiteral("/api/network/approvals/dismiss"),
             QJsonObject{{QStringLiteral("approval_id"), approvalId}},
             [done](const QJsonDocument& doc, const ServerError& e) {
                 done(e ? UpdateApproval{} : UpdateApproval::fromJson(doc.object()), e);
             });
}

void LatticeClient::auditEvents(const QString& nodeId, const QString& actionPrefix,
                                Done<QJsonArray> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("node_id"), nodeId);
    if (!actionPrefix.isEmpty())
        query.addQueryItem(QStringLiteral("action"), actionPrefix);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    getJson(QStringLiteral("/api/audit"), query.toString(QUrl::FullyEncoded),
            [done](const QJsonDocument& doc, const ServerError& e) {
                // With parameters the server wraps the list; accept a bare
                // array too, as pitfall 10 advises.
                done(doc.isArray() ? doc.array()
                                   : doc.object().value(QStringLiteral("events")).toArray(),
                     e);
            });
}

} // namespace Lattice::Server
