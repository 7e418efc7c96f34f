#include "ImageLaneService.h"

#include "CleanupPreview.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "ImageLaneRefresh.h"
#include "RegistryClient.h"

#include <QPointer>

namespace Lattice {

// Lives on the service's thread. All members are touched only there.
class ImageLaneWorker : public QObject
{
public:
    explicit ImageLaneWorker(const QString& storePath)
        : m_storePath(storePath)
    {}

    void configure(const ImageLaneService::Endpoint& endpoint)
    {
        ensureOpen();
        m_endpoint = endpoint;
        delete m_refresh;
        delete m_registry;
        m_registry = new RegistryClient(m_session, endpoint.registry, endpoint.repository,
                                        endpoint.allowInsecureLoopback, this);
        if (!endpoint.registryToken.isEmpty())
            m_registry->setCredentials(endpoint.registryUser, endpoint.registryToken);
        if (m_store.isOpen())
            m_registry->setStore(&m_store);
        m_refresh = new ImageLaneRefresh(m_registry, this);
        if (m_store.isOpen())
            m_refresh->setStore(&m_store);
    }

    template <typename Progress, typename Done>
    void refresh(const QStringList& onlyTags, bool checkChildren, Progress progress, Done done)
    {
        if (!m_refresh) {
            done(QList<Oci::TagInfo>{}, QStringLiteral("no registry configured"));
            return;
        }
        // The previous run reports "cancelled" to its own caller first.
        m_refresh->cancel();
        QObject::disconnect(m_refresh, nullptr, this, nullptr);
        QObject::connect(m_refresh, &ImageLaneRefresh::progress, this, progress);
        QObject::connect(m_refresh, &ImageLaneRefresh::finished, this,
                         [this, done](const QString& error) { done(m_refresh->tags(), error); });
        m_refresh->start({onlyTags, checkChildren, true});
    }

    QList<Store::TagObservation> history()
    {
        ensureOpen();
        return m_store.isOpen() ? m_store.tagHistory(m_endpoint.repository)
                                : QList<Store::TagObservation>{};
    }

    template <typename Done> void previewCleanup(int keep, Done done)
    {
        if (m_endpoint.githubToken.isEmpty()) {
            done(Oci::CleanupPlan{},
                 QStringLiteral("the Packages API needs a GitHub token with read:packages"));
            return;
        }
        auto* github = new GitHubClient(m_session, m_endpoint.githubApi,
                                        m_endpoint.allowInsecureLoopback, this);
        github->setToken(m_endpoint.githubToken);
        // The upstream job inspects tags anonymously, so the preview does too.
        auto* anonymous = new RegistryClient(m_session, m_endpoint.registry, m_endpoint.repository,
                                             m_endpoint.allowInsecureLoopback, this);
        if (m_store.isOpen())
            anonymous->setStore(&m_store);
        auto* preview = new CleanupPreview(github, anonymous, this);
        QObject::connect(preview, &CleanupPreview::finished, this,
                         [preview, github, anonymous, done](const QString& error) {
                             done(preview->plan(), error);
                             preview->deleteLater();
                             github->deleteLater();
                             anonymous->deleteLater();
                         });
        preview->start(m_endpoint.packageOrg, m_endpoint.packageName, keep);
    }

    void cancel()
    {
        if (m_refresh)
            m_refresh->cancel();
        if (m_session)
            m_session->cancelAll();
    }

private:
    void ensureOpen()
    {
        if (!m_session)
            m_session = new Net::HttpSession(this);
        if (!m_store.isOpen() && !m_storePath.isEmpty())
            m_store.open(m_storePath);
    }

    QString m_storePath;
    Store m_store;
    Net::HttpSession* m_session = nullptr;
    RegistryClient* m_registry = nullptr;
    ImageLaneRefresh* m_refresh = nullptr;
    ImageLaneService::Endpoint m_endpoint;
};

ImageLaneService::ImageLaneService(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_worker(new ImageLaneWorker(storePath))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("image-lane"));
    m_thread.start();
}

ImageLaneService::~ImageLaneService()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancel(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ImageLaneService::begin()
{
    if (m_busy++ == 0)
        emit busyChanged(true);
}

void ImageLaneService::end()
{
    if (--m_busy == 0)
        emit busyChanged(false);
}

void ImageLaneService::setEndpoint(const Endpoint& endpoint)
{
    m_endpoint = endpoint;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, endpoint] { worker->configure(endpoint); });
}

void ImageLaneService::refresh(const QStringList& onlyTags, bool checkChildren)
{
    begin();
    QPointer<ImageLaneService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, onlyTags, checkChildren] {
        worker->refresh(
            onlyTags, checkChildren,
            [self](int done, int total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                });
            },
            [self, checkChildren](const QList<Oci::TagInfo>& tags, const QString& error) {
                const QDateTime at = QDateTime::currentDateTimeUtc();
                QMetaObject::invokeMethod(self, [self, tags, error, at, checkChildren] {
                    if (!self)
                        return;
                    self->end();
                    emit self->refreshed(tags, error, at, checkChildren);
                });
            });
    });
}

void ImageLaneService::loadHistory()
{
    QPointer<ImageLaneService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self] {
        const QList<Store::TagObservation> history = worker->history();
        QMetaObject::invokeMethod(self, [self, history] {
            if (self)
                emit self->historyLoaded(history);
        });
    });
}

void ImageLaneService::previewCleanup(int keep)
{
    begin();
    QPointer<ImageLaneService> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, keep] {
        worker->previewCleanup(keep, [self](const Oci::CleanupPlan& plan, const QString& error) {
            QMetaObject::invokeMethod(self, [self, plan, error] {
                if (!self)
                    return;
                self->end();
                emit self->cleanupPreviewed(plan, error);
            });
        });
    });
}

void ImageLaneService::cancel()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

} // namespace Lattice
