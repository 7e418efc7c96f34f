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
        // Not started at all (fork or exec failed) or still running: either
        // way the test's failure message should say which.
        const QString why = process.errorString();
        process.kill();
        process.waitForFinished();
        CliResult r;
        r.err = "runCli: " + why.toUtf8() + '\n' + process.readAllStandardError();
        return r;
    }
    CliResult r{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    if (process.exitStatus() == QProcess::CrashExit)
        r.err += "runCli: the CLI crashed (" + process.errorString().toUtf8() + ")\n";
    return r;
}

} // namespace Lattice::Test
