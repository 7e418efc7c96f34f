#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QUrl>

namespace Lattice::Test {

// Runs tests/fixtures' lattice-fixture-server for one test: a fresh process
// with fresh state, bound to loopback on free ports, stopped on destruction.
class FixtureServerProcess
{
public:
    FixtureServerProcess() = default;
    ~FixtureServerProcess();

    // extraArgs are passed through (e.g. {"--scenario", dir}).
    bool start(const QStringList& extraArgs = {}, QString* error = nullptr);
    void stop();

    QUrl baseUrl() const { return m_base; }         // the API host
    QUrl downloadUrl() const { return m_download; } // the second ("download") host

    // Control endpoints of the fixture server, used by tests for assertions.
    QJsonArray requests(const QUrl& host = {}) const; // recorded requests
    bool clearRequests() const;
    bool injectFault(const QJsonObject& fault) const;

private:
    QProcess m_process;
    QUrl m_base;
    QUrl m_download;
};

} // namespace Lattice::Test
