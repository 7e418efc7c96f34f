#pragma once

#include "ImageTag.h"
#include "RegistryClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Lattice {

// Resolves the tags of one image repository to TagInfo: tag → index digest
// (one HEAD), index and per-platform children and configs (by digest, from
// the cache after the first time). With checkChildren, every child digest is
// also HEADed afresh, which is how a child deleted by cleanup shows up even
// when its manifest is still in the local cache.
class ImageLaneRefresh : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList onlyTags;       // empty = every tag in the repository
        bool checkChildren = false; // HEAD every child digest, bypassing the cache
        bool readConfigs = true;    // fetch config blobs for created/version/revision
        bool readChildren = true;   // fetch child manifests (config digest, layers)
    };

    ImageLaneRefresh(RegistryClient* client, QObject* parent = nullptr);

    void setStore(Store* store) { m_store = store; } // records tag history when set
    void start(const Options& options);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<Oci::TagInfo>& tags() const { return m_tags; }
    QDateTime finishedAt() const { return m_finishedAt; }

signals:
    void progress(int done, int total);
    // error is set when the refresh could not run at all (tag list failed);
    // per-tag problems are in each TagInfo's error.
    void finished(const QString& error);

private:
    void resolveTag(int index);
    void readIndex(int index, const RegistryClient::Manifest& manifest);
    void readChild(int index, int platform);
    void checkChild(int index, int platform);
    void tagResolved();
    void taskDone();
    void addTasks(int n) { m_pending += n; }

    QPointer<RegistryClient> m_client;
    Store* m_store = nullptr;
    Options m_options;
    QList<Oci::TagInfo> m_tags;
    QList<bool> m_createdFromIndex; // the index annotated its own creation time
    int m_pending = 0;
    int m_tagsDone = 0;
    bool m_running = false;
    quint64 m_generation = 0;
    QDateTime m_finishedAt;
};

} // namespace Lattice
