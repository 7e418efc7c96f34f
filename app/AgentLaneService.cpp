#include "AgentLaneService.h"

#include "AgentReleaseLoader.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "SecretStore.h"
#include "Store.h"

#include <QPointer>
#include <QTimer>

namespace Lattice {

// Lives on the service's thread; everything it owns was created there, as
// QNetworkAccessManager and QSqlDatabase require.
class AgentLaneWorker : public QObject
{
public:
    explicit AgentLaneWorker(const QString& storePath)
        : m_storePath(storePath)
    {}

    using Done = std::function<void(const QList<Agent::ReleaseReport>&,
                                    const Agent::LatestResolution&, const QString&, int)>;

    void load(const AgentLaneService::Endpoint& endpoint, Done done)
    {
        if (!m_session)
            m_session = new Net::HttpSession(this);
        if (!m_store.isOpen() && !m_storePath.isEmpty())
            m_store.open(m_storePath); // without it every load is a full one
        auto* github =
            new GitHubClient(m_session, endpoint.githubApi, endpoint.allowInsecureLoopback, this);
        github->setToken(endpoint.githubToken);
        if (m_store.isOpen())
            github->setStore(&m_store);
        auto* loader = new AgentReleaseLoader(github, endpoint.repository, github);
        connect(loader, &AgentReleaseLoader::finished, this,
                [github, loader, done](const QString& error) {
                    done(loader->reports(), loader->latest(), error, github->rateLimitRemaining());
                    github->deleteLater();
                });
        loader->start();
    }

private:
    QString m_storePath;
    Net::HttpSession* m_session = nullptr;
    Store m_store;
};

AgentLaneService::AgentLaneService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_worker(new AgentLaneWorker(storePath))
{
    m_thread.setObjectName(QStringLiteral("agent-lane"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AgentLaneService::~AgentLaneService()
{
    m_thread.quit();
    m_thread.wait();
}

void AgentLaneService::refresh()
{
    if (m_busy || m_endpoint.repository.isEmpty() || !m_endpoint.githubApi.isValid())
        return;
    m_busy = true;
    emit busyChanged(true);
    if (!m_secrets || !m_endpoint.githubToken.isEmpty()) {
        m_token = m_endpoint.githubToken;
        load(m_endpoint);
        return;
    }
    const quint64 request = ++m_tokenRequest;
    QPointer<AgentLaneService> self(this);
    m_secrets->read(SecretStore::githubKey(m_endpoint.githubApi),
                    [self, request](const SecretStore::Result& result) {
                        if (!self || request != self->m_tokenRequest)
                            return; // timed out meanwhile
                        ++self->m_tokenRequest;
                        self->m_token =
                            result.status == SecretStore::Status::Ok ? result.secret : QString();
                        Endpoint endpoint = self->m_endpoint;
                        endpoint.githubToken = self->m_token;
                        self->load(endpoint);
                    });
    QTimer::singleShot(kKeychainTimeoutMs, this, [this, request] {
        if (request != m_tokenRequest)
            return;
        ++m_tokenRequest;
        m_token.clear();
        load(m_endpoint);
    });
}

void AgentLaneService::load(const Endpoint& endpoint)
{
    QPointer<AgentLaneService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, endpoint, self] {
        worker->load(endpoint, [self](const QList<Agent::ReleaseReport>& reports,
                                      const Agent::LatestResolution& latest, const QString& error,
                                      int rateRemaining) {
            const QDateTime at = QDateTime::currentDateTimeUtc();
            // Back to the service's thread; the copies travel with the functor.
            QMetaObject::invokeMethod(
                self.data(), [self, reports, latest, error, at, rateRemaining] {
                    if (!self)
                        return;
                    self->m_busy = false;
                    emit self->refreshed(reports, latest, error, at, rateRemaining);
                    emit self->busyChanged(false);
                });
        });
    });
}

} // namespace Lattice
