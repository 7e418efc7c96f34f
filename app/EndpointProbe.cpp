#include "EndpointProbe.h"

#include "HttpSession.h"

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
    , m_session(new Net::HttpSession(this))
{}

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
    targets.append(
        {QStringLiteral("plugin-index"), tr("Plugin index"), profile.pluginIndexUrl, insecure});
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
        Net::HttpRequest request;
        request.method = "HEAD";
        request.url = target.url;
        request.allowInsecureLoopback = target.allowInsecureLoopback;
        request.followRedirects = false;
        request.limits.idleTimeoutMs = m_timeoutMs;
        request.limits.totalTimeoutMs = m_timeoutMs;
        request.limits.maxAttempts = 1; // a probe reports, it does not insist
        Net::HttpJob* job = m_session->send(request);
        m_jobs.append(job);
        connect(job, &Net::HttpJob::finished, this,
                [this, target, generation](const Net::HttpResponse& response) {
                    if (generation == m_generation)
                        finishOne(target, response);
                });
    }
}

void EndpointProbe::finishOne(const Target& target, const Net::HttpResponse& response)
{
    Result result;
    result.target = target;
    result.httpStatus = response.status;
    // 401, 404 and even 5xx all prove the host answered.
    result.reachable = response.transportOk();
    if (!result.reachable)
        result.error = response.errorText;
    emit resultReady(result);
    if (--m_pending == 0)
        emit finished();
}

void EndpointProbe::cancel()
{
    ++m_generation; // late answers of the cancelled round are ignored
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<Net::HttpJob>& job : jobs) {
        if (job)
            job->cancel();
    }
    m_pending = 0;
}

} // namespace Lattice
