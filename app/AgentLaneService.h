#pragma once

#include "AgentRelease.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace Lattice {

class AgentLaneWorker;
class SecretStore;

// The node agent lane for the GUI. The release list, the checksum downloads
// and the HTTP cache writes happen on a worker thread that owns its own
// session, GitHub client and store connection; the result comes back as one
// signal on the thread that owns the service.
class AgentLaneService : public QObject
{
    Q_OBJECT
public:
    struct Endpoint
    {
        QUrl githubApi;
        QString repository; // owner/name
        bool allowInsecureLoopback = false;
        QString githubToken;
    };

    explicit AgentLaneService(const QString& storePath, QObject* parent = nullptr);
    ~AgentLaneService() override;

    void setEndpoint(const Endpoint& endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    // With a keychain, a refresh whose endpoint carries no token first reads
    // the one stored for the API base; without an answer in time it goes on
    // anonymously, as it does when none is stored.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    QString token() const { return m_token; } // what the last refresh used
    static constexpr int kKeychainTimeoutMs = 10000;
    void refresh();
    bool isBusy() const { return m_busy; }

signals:
    void refreshed(const QList<Lattice::Agent::ReleaseReport>& reports,
                   const Lattice::Agent::LatestResolution& latest, const QString& error,
                   const QDateTime& at, int rateRemaining); // -1 when GitHub did not say
    void busyChanged(bool busy);

private:
    void load(const Endpoint& endpoint);

    QThread m_thread;
    AgentLaneWorker* m_worker;
    Endpoint m_endpoint;
    bool m_busy = false;
    SecretStore* m_secrets = nullptr;
    QString m_token;
    quint64 m_tokenRequest = 0;
};

} // namespace Lattice
