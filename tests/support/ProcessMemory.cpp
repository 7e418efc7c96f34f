#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace Lattice::Test {

namespace {
qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 currentRssKiB()
{
    return procStatusKiB("VmRSS:");
}

qint64 peakRssKiB()
{
    return procStatusKiB("VmHWM:");
}

} // namespace Lattice::Test
