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

bool copyScenarioWithGoAgent(const QString& from, const QString& to)
{
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), from, to}) != 0)
        return false;
    const QString repo = to + QStringLiteral("/github/repos/LatticeNet/lattice-node-agent");
    const QString asset = repo + QStringLiteral("/assets/v0.2.9/lattice-agent-linux-amd64");
    const QByteArray oldHex = fileSha256(asset);
    QFile::remove(asset);
    if (!QFile::copy(goAgentPath(QStringLiteral("lattice-agent-linux-amd64")), asset))
        return false;
    const QByteArray newHex = fileSha256(asset);
    for (const QString& path :
         {repo + QStringLiteral("/assets/v0.2.9/SHA256SUMS"), asset + QStringLiteral(".sha256"),
          repo + QStringLiteral("/releases.json")}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = f.readAll();
        f.close();
        if (!text.contains(oldHex) && !path.endsWith(QLatin1String("releases.json")))
            return false;
        text.replace(oldHex, newHex);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return false;
    }
    return true;
}

} // namespace Lattice::Test
