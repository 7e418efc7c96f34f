#include "FixtureServerProcess.h"

namespace Lattice::Test {

FixtureServerProcess::~FixtureServerProcess()
{
    stop();
}

bool FixtureServerProcess::start(const QStringList&, QString* error)
{
    if (error)
        *error = QStringLiteral("not implemented");
    return false;
}

void FixtureServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonArray FixtureServerProcess::requests(const QUrl&) const
{
    return {};
}

bool FixtureServerProcess::clearRequests() const
{
    return false;
}

bool FixtureServerProcess::injectFault(const QJsonObject&) const
{
    return false;
}

} // namespace Lattice::Test
