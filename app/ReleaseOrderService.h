#pragma once

#include "ReleaseOrderReport.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Lattice {

class ReleaseOrderWorker;
class SecretStore;

// The SDK and docs lanes for the GUI: both read on a worker thread that
// owns its own session, GitHub client and store connection (the immutable
// file cache and the snapshot live there), and come back as one report.
class ReleaseOrderService : public QObject
{
    Q_OBJECT
public:
    static constexpr char kSnapshotLane[] = "release-order";

    struct Endpoint
    {
        QUrl githubApi;
        QString sdkRepo;
        QString serverRepo;
        QString agentRepo;
        QString docsRepo;
        bool allowInsecureLoopback = false;
        QString githubToken;
    };

    explicit ReleaseOrderService(const QString& storePath, QObject* parent = nullptr);
    ~ReleaseOrderService() override;

    void setEndpoint(const Endpoint& endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    // With a keychain, a refresh without a token first reads the one stored
    // for the API base; with no answer in time it goes on anonymously.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    static constexpr int kKeychainTimeoutMs = 10000;
    void refresh();
    // The last stored report, read on the worker; answers with an empty
    // report (null time) when there is none.
    void loadSnapshot();
    bool isBusy() const { return m_busy; }
    const ReleaseOrderReport& report() const { return m_report; }

signals:
    void reportChanged(const Lattice::ReleaseOrderReport& report, bool fromSnapshot);
    void busyChanged(bool busy);
    void progress(int done, int total);

private:
    void load(const Endpoint& endpoint);

    QThread m_thread;
    ReleaseOrderWorker* m_worker;
    Endpoint m_endpoint;
    ReleaseOrderReport m_report;
    bool m_busy = false;
    SecretStore* m_secrets = nullptr;
    quint64 m_tokenRequest = 0;
};

} // namespace Lattice
