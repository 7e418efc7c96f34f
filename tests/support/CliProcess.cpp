#include "CliProcess.h"

#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QProcess>

namespace Lattice::Test {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliResult runCli(const QStringList& arguments, const CliOptions& options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    env.remove(QStringLiteral("LATTICE_TOKEN"));
    if (!options.home.isEmpty()) {
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), options.home + QStringLiteral("/data"));
    }
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(cliExecutable(), arguments);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Lattice::Test
