#include "ReleaseOrderService.h"

#include "DocsLaneLoader.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "SdkOrderLoader.h"
#include "SecretStore.h"
#include "Store.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace Lattice {

// Lives on the service's thread; everything it owns was created there, as
// QNetworkAccessManager and QSqlDatabase require.
class ReleaseOrderWorker : public QObject
{
public:
    explicit ReleaseOrderWorker(const QString& storePath)
        : m_storePath(storePath)
    {}

    using Done = std::function<void(const ReleaseOrderReport&)>;
    using Progress = std::function<void(int, int)>;

    void openStore()
    {
        if (!m_store.isOpen() && !m_storePath.isEmpty())
            m_store.open(m_storePath);
    }

    ReleaseOrderReport snapshot()
    {
        openStore();
        if (!m_store.isOpen())
            return {};
        const auto stored = m_store.snapshot(QLatin1String(ReleaseOrderService::kSnapshotLane));
        if (!stored)
            return {};
        return ReleaseOrderReport::fromJson(QJsonDocument::fromJson(stored->payload).object());
    }

    void load(const ReleaseOrderService::Endpoint& endpoint, Progress progress, Done done)
    {
        openStore();
        if (!m_session)
            m_session = new Net::HttpSession(this);
        auto* github =
            new GitHubClient(m_session, endpoint.githubApi, endpoint.allowInsecureLoopback, this);
        github->setToken(endpoint.githubToken);
        if (m_store.isOpen())
            github->setStore(&m_store);
        auto* sdk = new SdkOrderLoader(
            github, {endpoint.sdkRepo, endpoint.serverRepo, endpoint.agentRepo}, github);
        if (m_store.isOpen())
            sdk->setStore(&m_store);
        QObject::connect(sdk, &SdkOrderLoader::progress, github, progress);
        QObject::connect(sdk, &SdkOrderLoader::finished, github, [=, this](const QString& error) {
            auto report = std::make_shared<ReleaseOrderReport>();
            report->verdicts = sdk->verdicts();
            report->stableServerTags = sdk->stableTags(endpoint.serverRepo);
            report->stableAgentTags = sdk->stableTags(endpoint.agentRepo);
            report->serverSdkPin = sdk->newestStablePin(endpoint.serverRepo);
            report->agentSdkPin = sdk->newestStablePin(endpoint.agentRepo);
            report->sdkError = error;
            auto* docs = new DocsLaneLoader(github, endpoint.docsRepo, github);
            QObject::connect(
                docs, &DocsLaneLoader::finished, github, [=, this](const QString& docsError) {
                    report->pages = docs->pages();
                    report->docsCommit = docs->latestCommit();
                    report->docsError = docsError;
                    report->at = QDateTime::currentDateTimeUtc();
                    report->rateRemaining = github->rateLimitRemaining();
                    // A failed refresh does not replace the last good snapshot.
                    if (m_store.isOpen() && report->sdkError.isEmpty() &&
                        report->docsError.isEmpty())
                        m_store.putSnapshot(
                            QLatin1String(ReleaseOrderService::kSnapshotLane),
                            QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact),
                            report->at);
                    done(*report);
                    github->deleteLater();
                });
            docs->start();
        });
        sdk->start();
    }

private:
    QString m_storePath;
    Net::HttpSession* m_session = nullptr;
    Store m_store;
};

ReleaseOrderService::ReleaseOrderService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_worker(new ReleaseOrderWorker(storePath))
{
    m_thread.setObjectName(QStringLiteral("release-order"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReleaseOrderService::~ReleaseOrderService()
{
    m_thread.quit();
    m_thread.wait();
}

void ReleaseOrderService::loadSnapshot()
{
    QPointer<ReleaseOrderService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self] {
        const ReleaseOrderReport report = worker->snapshot();
        QMetaObject::invokeMethod(self.data(), [self, report] {
            // A refresh that finished first is newer than any snapshot.
            if (!self || !report.at.isValid() ||
                (self->m_report.at.isValid() && self->m_report.at >= report.at))
                return;
            self->m_report = report;
            emit self->reportChanged(report, true);
        });
    });
}

void ReleaseOrderService::refresh()
{
    if (m_busy || !m_endpoint.githubApi.isValid() || m_endpoint.sdkRepo.isEmpty())
        return;
    m_busy = true;
    emit busyChanged(true);
    if (!m_secrets || !m_endpoint.githubToken.isEmpty()) {
        load(m_endpoint);
        return;
    }
    const quint64 request = ++m_tokenRequest;
    QPointer<ReleaseOrderService> self(this);
    m_secrets->read(SecretStore::githubKey(m_endpoint.githubApi),
                    [self, request](const SecretStore::Result& result) {
                        if (!self || request != self->m_tokenRequest)
                            return; // timed out meanwhile
                        ++self->m_tokenRequest;
                        Endpoint endpoint = self->m_endpoint;
                        if (result.status == SecretStore::Status::Ok)
                            endpoint.githubToken = result.secret;
                        self->load(endpoint);
                    });
    QTimer::singleShot(kKeychainTimeoutMs, this, [this, request] {
        if (request != m_tokenRequest)
            return;
        ++m_tokenRequest;
        load(m_endpoint);
    });
}

void ReleaseOrderService::load(const Endpoint& endpoint)
{
    QPointer<ReleaseOrderService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, endpoint, self] {
        worker->load(
            endpoint,
            [self](int done, int total) {
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                });
            },
            [self](const ReleaseOrderReport& report) {
                QMetaObject::invokeMethod(self.data(), [self, report] {
                    if (!self)
                        return;
                    self->m_busy = false;
                    // Keep showing the last good data when a refresh fails
                    // (either lane: like the snapshot, the report is one);
                    // the errors travel with it.
                    if ((report.sdkError.isEmpty() && report.docsError.isEmpty()) ||
                        !self->m_report.at.isValid())
                        self->m_report = report;
                    else {
                        self->m_report.sdkError = report.sdkError;
                        self->m_report.docsError = report.docsError;
                    }
                    emit self->reportChanged(self->m_report, false);
                    emit self->busyChanged(false);
                });
            });
    });
}

} // namespace Lattice
