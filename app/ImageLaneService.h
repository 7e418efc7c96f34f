#pragma once

#include "CleanupPlan.h"
#include "ImageTag.h"
#include "Store.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace Lattice {

class ImageLaneWorker;

// The server image lane for the GUI. Every network exchange, every hash and
// every store write happens on a worker thread that owns its own session,
// registry client and store connection; results come back as signals on the
// thread that owns the service (the GUI thread).
class ImageLaneService : public QObject
{
    Q_OBJECT
public:
    struct Endpoint
    {
        QUrl registry;      // e.g. https://ghcr.io
        QString repository; // e.g. latticenet/lattice-server
        bool allowInsecureLoopback = false;
        QString registryUser; // Basic credentials for a private image's token endpoint
        QString registryToken;
        QUrl githubApi;      // for the cleanup preview
        QString githubToken; // read:packages
        QString packageOrg;  // e.g. LatticeNet
        QString packageName; // e.g. lattice-server
    };

    explicit ImageLaneService(const QString& storePath, QObject* parent = nullptr);
    ~ImageLaneService() override;

    void setEndpoint(const Endpoint& endpoint);
    Endpoint endpoint() const { return m_endpoint; }

    // Tags and their digests; with checkChildren, every child is HEADed afresh.
    void refresh(const QStringList& onlyTags = {}, bool checkChildren = false);
    void loadHistory();
    void previewCleanup(int keep);
    void cancel();
    bool isBusy() const { return m_busy > 0; }

signals:
    void progress(int done, int total);
    void refreshed(const QList<Lattice::Oci::TagInfo>& tags, const QString& error,
                   const QDateTime& at, bool checkedChildren);
    void historyLoaded(const QList<Lattice::Store::TagObservation>& history);
    void cleanupPreviewed(const Lattice::Oci::CleanupPlan& plan, const QString& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    QThread m_thread;
    ImageLaneWorker* m_worker;
    Endpoint m_endpoint;
    int m_busy = 0;
};

} // namespace Lattice
