#include "EndpointProbe.h"

#include "BaseUrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Lattice {

namespace {
QUrl withPath(QUrl base, const QString& path)
{
    QString p = base.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    base.setPath(p + path);
    return base;
}
} // namespace

EndpointProbe::EndpointProbe(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects are not followed: a probe only needs the first answer, and
    // following one could reach a host the profile never named.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

EndpointProbe::~EndpointProbe()
{
    cancel();
}

QList<EndpointProbe::Target> EndpointProbe::targetsFor(const Profile& profile)
{
    QList<Target> targets;
    const bool insecure = profile.allowInsecureLoopback;
    // /v2/ answers 200 or 401 on every distribution registry.
    targets.append({QStringLiteral("registry"), tr("Container registry"),
                    withPath(profile.registryUrl, QStringLiteral("/v2/")), insecure});
    // /rate_limit does not count against GitHub's rate limit.
    targets.append({QStringLiteral("github"), tr("GitHub API"),
                    withPath(profile.githubApiUrl, QStringLiteral("/rate_limit")), insecure});
    targets.append({QStringLiteral("plugin-index"), tr("Plugin index"), profile.pluginIndexUrl,
                    insecure});
    targets.append({QStringLiteral("docs"), tr("Docs site"), profile.docsSiteUrl, insecure});
    for (const ServerEndpoint& s : profile.servers) {
        targets.append({QStringLiteral("server:") + s.url.toString(),
                        s.label.isEmpty() ? s.url.host() : s.label,
                        withPath(s.url, QStringLiteral("/api/health")), s.allowInsecureLoopback});
    }
    return targets;
}

void EndpointProbe::start(const QList<Target>& targets)
{
    cancel();
    const quint64 generation = m_generation;
    m_pending = int(targets.size());
    if (m_pending == 0) {
        emit finished();
        return;
    }
    for (const Target& target : targets) {
        const BaseUrlPolicy::Verdict verdict =
            BaseUrlPolicy::check(target.url, target.allowInsecureLoopback);
        if (!verdict.accepted) {
            // Reported asynchronously so callers see one uniform signal order.
            QMetaObject::invokeMethod(
                this,
                [this, target, verdict, generation] {
                    if (generation != m_generation)
                        return; // cancelled or restarted meanwhile
                    emit resultReady({target, false, 0, verdict.reason});
                    if (--m_pending == 0)
                        emit finished();
                },
                Qt::QueuedConnection);
            continue;
        }
        QNetworkRequest request(target.url);
        request.setTransferTimeout(m_timeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("lattice-desk"));
        QNetworkReply* reply = m_nam->head(request);
        m_replies.append(reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, target] { finishOne(reply, target); });
    }
}

void EndpointProbe::finishOne(QNetworkReply* reply, const Target& target)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    Result result;
    result.target = target;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.httpStatus > 0) {
        // 401, 404 and even 5xx all prove the host answered.
        result.reachable = true;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        result.error = tr("no answer within %1 s").arg(m_timeoutMs / 1000);
    } else {
        result.error = reply->errorString();
    }
    emit resultReady(result);
    if (--m_pending == 0)
        emit finished();
}

void EndpointProbe::cancel()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_pending = 0;
    ++m_generation;
}

} // namespace Lattice
