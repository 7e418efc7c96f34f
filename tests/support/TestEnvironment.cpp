#include "TestEnvironment.h"

#include <QFile>

namespace Lattice::Test {

QString testDataDir()
{
    return qEnvironmentVariable("LATTICE_TEST_DATA_DIR");
}

QString sharedDir()
{
    return qEnvironmentVariable("LATTICE_SHARED_DIR");
}

QString fixtureServerExecutable()
{
    return qEnvironmentVariable("LATTICE_FIXTURE_SERVER");
}

QString cliExecutable()
{
    return qEnvironmentVariable("LATTICE_DESK_CLI");
}

QUrl registryUrl()
{
    QFile file(qEnvironmentVariable("LATTICE_TEST_REGISTRY_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

} // namespace Lattice::Test
