#include "GoAgents.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace Lattice::Test {

QString goAgentPath(const QString& name, const QString& version)
{
    return qEnvironmentVariable("LATTICE_GO_AGENTS_DIR") + QLatin1Char('/') + version +
           QLatin1Char('/') + name;
}

bool bwrapSandboxWorks()
{
    const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    if (bwrap.isEmpty())
        return false;
    QProcess p;
    p.start(bwrap, {QStringLiteral("--unshare-all"), QStringLiteral("--ro-bind"),
                    QStringLiteral("/"), QStringLiteral("/"), QStringLiteral("true")});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace Lattice::Test
