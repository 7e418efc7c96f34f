#pragma once

#include "HttpExchange.h"
#include "ServerError.h"
#include "ServerInfo.h"
#include "ServerNode.h"
#include "UpdateApproval.h"
#include "UpdatePolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QQueue>
#include <QUrl>
#include <functional>

class QTimer;

namespace Lattice::Net {
class HttpSession;
}

namespace Lattice::Server {

// The Lattice server API as the desk and the CLI speak it
// (shared/spec/lattice-server-api.md). HTTPS only, loopback HTTP by explicit
// permission; the PAT goes only to the server's own origin; errors come back
// parsed from the envelope. The client paces itself below the server's
// per-IP bucket (30/s, burst 60), which the web dashboard behind the same NAT
// shares, and lets the session back off on 429, which has no Retry-After.
class LatticeClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRatePerSecond = 10;
    static constexpr int kDefaultBurst = 20;
    // Node lists carry metrics and inventory; nothing else comes close.
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    LatticeClient(Net::HttpSession* session, const QUrl& baseUrl, bool allowInsecureLoopback,
                  QObject* parent = nullptr);

    QUrl baseUrl() const { return m_base; }
    void setToken(const QString& token) { m_token = token.toUtf8(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Operator headers for a protected control plane (Cloudflare Access and
    // the like); sent to this server only.
    void setExtraHeaders(const Net::HeaderList& headers) { m_extraHeaders = headers; }
    void setRate(double perSecond, int burst);

    template <typename T> using Done = std::function<void(const T&, const ServerError&)>;
    using Finished = std::function<void(const ServerError&)>;

    void version(Done<ServerVersion> done);
    void health(Finished done);
    void me(Done<TokenIdentity> done);
    void nodes(Done<QList<ServerNode>> done);
    void policies(Done<QList<UpdatePolicy>> done);
    // Create or fully replace; answers the normalised policy (with the
    // previous version's timestamps, as the server sends them).
    void pushPolicy(const UpdatePolicy& policy, Done<UpdatePolicy> done);
    void deletePolicy(const QString& nodeId, Finished done);
    void releaseSnapshot(Done<QJsonObject> done);
    void plan(const QString& nodeId, bool force, Done<UpdateApproval> done);
    void approvals(bool includeDismissed, Done<QList<UpdateApproval>> done);
    // There is no single-approval GET: this lists and picks.
    void approval(const QString& approvalId, Done<UpdateApproval> done);
    // Always queue_apply:true, with the hash of the plan as reviewed. The
    // server answers 200 for non-pending approvals too: read the status.
    void approve(const QString& approvalId, const QString& planSha256, Done<UpdateApproval> done);
    void reject(const QString& approvalId, Done<UpdateApproval> done);
    void dismiss(const QString& approvalId, Done<UpdateApproval> done);
    // agent.update.* (or another action prefix) events for one node, newest first.
    void auditEvents(const QString& nodeId, const QString& actionPrefix, Done<QJsonArray> done);

    // Raw access for callers that need an endpoint without a typed helper.
    void getJson(const QString& path, const QString& query,
                 std::function<void(const QJsonDocument&, const ServerError&)> done);
    void postJson(const QString& path, const QJsonObject& body,
                  std::function<void(const QJsonDocument&, const ServerError&)> done);

    void cancelAll();
    int requestsSent() const { return m_sent; }

signals:
    // Each answer's request id, for the status bar and error details.
    void requestFinished(const QString& path, int status, const QString& requestId);

private:
    struct Pending
    {
        Net::HttpRequest request;
        std::function<void(const Net::HttpResponse&)> done;
    };
    void send(Net::HttpRequest request, std::function<void(const Net::HttpResponse&)> done);
    void pump();
    void exchange(const QByteArray& method, const QString& path, const QString& query,
                  const QByteArray& body,
                  std::function<void(const QJsonDocument&, const ServerError&)> done);

    Net::HttpSession* m_session;
    QUrl m_base;
    bool m_allowInsecureLoopback;
    QByteArray m_token;
    Net::HeaderList m_extraHeaders;
    double m_ratePerSecond = kDefaultRatePerSecond;
    int m_burst = kDefaultBurst;
    double m_tokens = kDefaultBurst;
    QElapsedTimer m_refill;
    QQueue<Pending> m_waiting;
    QTimer* m_pumpTimer;
    int m_sent = 0;
};

} // namespace Lattice::Server
