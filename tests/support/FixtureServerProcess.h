#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace Lattice::Test {

// Runs tests/fixtures' lattice-fixture-server for one test: a fresh process
// with fresh state, bound to loopback on free ports, stopped on destruction.
// The control helpers block on a local event loop; they are meant for test
// code, where that is the simplest correct thing.
class FixtureServerProcess
{
public:
    FixtureServerProcess() = default;
    ~FixtureServerProcess();
    FixtureServerProcess(const FixtureServerProcess&) = delete;
    FixtureServerProcess& operator=(const FixtureServerProcess&) = delete;

    // extraArgs are passed through (e.g. {"--scenario", dir}).
    bool start(const QStringList& extraArgs = {}, QString* error = nullptr);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl baseUrl() const { return m_base; }         // the API host
    QUrl downloadUrl() const { return m_download; } // the second ("download") host
    QString scenarioDir() const { return m_scenario; }

    // Control endpoints of the fixture server, used by tests for assertions.
    // host narrows the recording to baseUrl() or downloadUrl(); empty = both.
    QJsonArray requests(const QUrl& host = {}) const;
    bool clearRequests() const;
    bool injectFault(const QJsonObject& fault, QString* error = nullptr) const;
    bool clearFaults() const;
    // Recordings, faults and rate-limit budgets back to the start state.
    bool reset() const;
    // POST a JSON body to /_fixture/<path> (e.g. "lattice/heartbeat"); true
    // on a 2xx answer, whose body goes to *reply.
    bool postControl(const QString& path, const QJsonObject& body, QJsonObject* reply = nullptr,
                     QString* error = nullptr) const;

private:
    struct ControlReply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    ControlReply control(const QByteArray& verb, const QString& pathAndQuery,
                         const QByteArray& body = {}) const;

    QProcess m_process;
    QUrl m_base;
    QUrl m_download;
    QString m_scenario;
};

} // namespace Lattice::Test
