#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Lattice {

namespace Net {
class HttpJob;
class HttpSession;
struct HttpResponse;
} // namespace Net

// Asks each endpoint of a profile whether it answers at all, so that the
// dashboard can say plainly what it could not reach ("no network", "DNS
// failed for ghcr.io") before any lane tries to load. It sends no credentials
// and follows no redirect: any HTTP status means the host is reachable.
class EndpointProbe : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString id;    // "registry", "github", "plugin-index", "docs", "server:<url>"
        QString label; // for display
        QUrl url;
        bool allowInsecureLoopback = false;
    };
    struct Result
    {
        Target target;
        bool reachable = false;
        int httpStatus = 0;
        QString error; // empty when reachable
    };

    explicit EndpointProbe(QObject* parent = nullptr);
    ~EndpointProbe() override;

    static QList<Target> targetsFor(const Profile& profile);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QList<Target>& targets);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void resultReady(const Lattice::EndpointProbe::Result& result);
    void finished();

private:
    void finishOne(const Target& target, const Net::HttpResponse& response);

    Net::HttpSession* m_session;
    QList<QPointer<Net::HttpJob>> m_jobs;
    int m_pending = 0;
    quint64 m_generation = 0;
    int m_timeoutMs = 10000;
};

} // namespace Lattice
