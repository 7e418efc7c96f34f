#include "AgentIdentityProbe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Lattice {

namespace {

constexpr char kInside[] = "/agent/lattice-agent";
constexpr qint64 kCopyChunk = 1024 * 1024;

struct Prepared
{
    AgentIdentityProbe::Result result;
    QString error; // the copy could not be made
};

// Copies path to copyPath while hashing the bytes, then reads the build info
// of the copy: the digest, the build info and the program run all describe
// the same bytes, whatever happens to the original meanwhile.
Prepared prepare(const QString& path, const QString& copyPath)
{
    Prepared p;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        p.error = QStringLiteral("%1: %2").arg(path, in.errorString());
        return p;
    }
    if (in.size() > Agent::GoBuildInfo::kMaxFileBytes) {
        p.result.buildInfo = Agent::GoBuildInfo::readFile(path);
        return p; // TooLarge, without copying anything
    }
    QFile out(copyPath);
    if (!out.open(QIODevice::WriteOnly)) {
        p.error = QStringLiteral("%1: %2").arg(copyPath, out.errorString());
        return p;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kCopyChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            p.error = QStringLiteral("%1: %2").arg(path, in.errorString());
            return p;
        }
        total += chunk.size();
        if (total > Agent::GoBuildInfo::kMaxFileBytes) {
            p.error = QStringLiteral("%1 grew past %2 MiB while it was read")
                          .arg(path)
                          .arg(Agent::GoBuildInfo::kMaxFileBytes / (1024 * 1024));
            return p;
        }
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            p.error = QStringLiteral("%1: %2").arg(copyPath, out.errorString());
            return p;
        }
    }
    out.close();
    QFile::setPermissions(copyPath, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    p.result.sha256 = hash.result().toHex();
    p.result.buildInfo = Agent::GoBuildInfo::readFile(copyPath);
    return p;
}

QString firstLine(const QByteArray& text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? s : s.left(nl)).left(300);
}

// A version is one short line of printable ASCII without spaces.
bool plausibleVersion(const QByteArray& line)
{
    if (line.isEmpty() || line.size() > 128)
        return false;
    for (const char c : line) {
        if (c <= ' ' || c > '~')
            return false;
    }
    return true;
}

} // namespace

AgentIdentityProbe::AgentIdentityProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_process)
            m_process->kill();
    });
}

AgentIdentityProbe::~AgentIdentityProbe()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString AgentIdentityProbe::statusName(Status status)
{
    switch (status) {
    case Status::Ran:
        return QStringLiteral("ran");
    case Status::NotGo:
        return QStringLiteral("not a Go binary");
    case Status::NotVerified:
        return QStringLiteral("not verified");
    case Status::CannotRunHere:
        return QStringLiteral("cannot run here");
    case Status::SandboxUnavailable:
        return QStringLiteral("sandbox unavailable");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QStringList AgentIdentityProbe::sandboxArguments(const QString& binaryOnHost,
                                                 const QString& binaryInside)
{
    QStringList args{QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
                     QStringLiteral("--new-session"), QStringLiteral("--clearenv"),
                     QStringLiteral("--cap-drop"),    QStringLiteral("ALL"),
                     QStringLiteral("--ro-bind"),     QStringLiteral("/usr"),
                     QStringLiteral("/usr")};
    // Merged-/usr systems have these as symlinks into /usr; recreate them as
    // such rather than binding more of the host.
    for (const char* dir : {"/lib", "/lib64", "/lib32", "/bin", "/sbin"}) {
        const QString path = QString::fromLatin1(dir);
        const QFileInfo info(path);
        if (info.isSymLink())
            args << QStringLiteral("--symlink") << info.symLinkTarget() << path;
        else if (info.isDir())
            args << QStringLiteral("--ro-bind") << path << path;
    }
    // Only what a dynamically linked program needs from /etc; the agent is
    // static, so normally nothing.
    args << QStringLiteral("--ro-bind-try") << QStringLiteral("/etc/ld.so.cache")
         << QStringLiteral("/etc/ld.so.cache");
    args << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
         << QStringLiteral("/dev") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
         << QStringLiteral("--ro-bind") << binaryOnHost << binaryInside << QStringLiteral("--chdir")
         << QStringLiteral("/");
    return args;
}

void AgentIdentityProbe::start(const Request& request)
{
    cancel();
    m_request = request;
    if (m_request.assetName.isEmpty())
        m_request.assetName = QFileInfo(request.path).fileName();
    m_result = {};
    m_running = true;
    const quint64 generation = ++m_generation;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/lattice-identity-XXXXXX"));
    if (!m_dir->isValid()) {
        finish(Status::Failed,
               QStringLiteral("no private directory for the copy: %1").arg(m_dir->errorString()));
        return;
    }
    const QString copy = m_dir->filePath(QStringLiteral("lattice-agent"));
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, generation, copy] {
        const Prepared p = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return; // cancelled or restarted meanwhile
        if (!p.error.isEmpty()) {
            m_result.buildInfo = p.result.buildInfo;
            finish(Status::Failed, p.error);
            return;
        }
        onPrepared(p.result, copy);
    });
    watcher->setFuture(QtConcurrent::run(prepare, request.path, copy));
}

void AgentIdentityProbe::onPrepared(const Result& prepared, const QString& copyPath)
{
    m_result.buildInfo = prepared.buildInfo;
    m_result.sha256 = prepared.sha256;
    m_copy = copyPath;
    const Agent::GoBuildInfo& info = m_result.buildInfo;
    if (!info.ok()) {
        finish(Status::NotGo, info.errorText);
        return;
    }
    if (m_request.expectedSha256 && m_result.sha256 != m_request.expectedSha256->toLower()) {
        finish(Status::NotVerified,
               QStringLiteral("%1 hashes to %2, not to the verified %3; it is not run")
                   .arg(m_request.assetName, QLatin1String(m_result.sha256),
                        QLatin1String(*m_request.expectedSha256)));
        return;
    }
    const auto host = Agent::hostGoPlatform();
    const bool headerFits = info.headerArch.isEmpty() || info.headerArch == host.second;
    const bool formatFits = host.first == QLatin1String("darwin")
                                ? info.format == Agent::GoBuildInfo::Format::MachO
                                : info.format == Agent::GoBuildInfo::Format::Elf;
    if (info.goos != host.first || info.goarch != host.second || !headerFits || !formatFits) {
        finish(Status::CannotRunHere,
               QStringLiteral("built for %1/%2 (%3 %4); this machine is %5/%6, so it cannot run "
                              "here")
                   .arg(info.goos, info.goarch, info.formatName(),
                        info.headerArch.isEmpty() ? QStringLiteral("unknown machine")
                                                  : info.headerArch,
                        host.first, host.second));
        return;
    }
    m_bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    if (m_bwrap.isEmpty()) {
        finish(Status::SandboxUnavailable,
               QStringLiteral("sandbox unavailable: bwrap (bubblewrap) is not installed, and "
                              "agent binaries are never run outside it"));
        return;
    }
    runStep(Step::SandboxCheck);
}

void AgentIdentityProbe::runStep(Step step)
{
    m_step = step;
    m_stdout.clear();
    m_stderr.clear();
    m_overflow = false;
    m_timedOut = false;
    QStringList args = sandboxArguments(m_copy, QString::fromLatin1(kInside));
    switch (step) {
    case Step::SandboxCheck:
        // Proves the namespaces can be made before the agent runs, so that a
        // failure below is the agent's and not the sandbox's.
        args << QStringLiteral("--") << QStringLiteral("/usr/bin/true");
        break;
    case Step::Version:
        args << QStringLiteral("--") << QString::fromLatin1(kInside) << QStringLiteral("-version");
        break;
    case Step::Compat:
        args << QStringLiteral("--") << QString::fromLatin1(kInside)
             << QStringLiteral("-compat-json");
        break;
    }
    auto* process = new QProcess(this);
    m_process = process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    process->setProcessEnvironment(env);
    process->setInputChannelMode(QProcess::ManagedInputChannel);
    const auto drain = [this, process](QProcess::ProcessChannel channel) {
        QByteArray& sink = channel == QProcess::StandardOutput ? m_stdout : m_stderr;
        process->setReadChannel(channel);
        while (process->bytesAvailable() > 0) {
            const QByteArray chunk = process->read(kMaxOutputBytes);
            if (sink.size() + chunk.size() > kMaxOutputBytes) {
                m_overflow = true;
                process->kill();
                return;
            }
            sink += chunk;
        }
    };
    connect(process, &QProcess::readyReadStandardOutput, this,
            [drain] { drain(QProcess::StandardOutput); });
    connect(process, &QProcess::readyReadStandardError, this,
            [drain] { drain(QProcess::StandardError); });
    connect(process, &QProcess::finished, this,
            [this, process, drain](int exitCode, QProcess::ExitStatus status) {
                if (process != m_process)
                    return;
                drain(QProcess::StandardOutput);
                drain(QProcess::StandardError);
                onStepFinished(exitCode, status == QProcess::CrashExit, false);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process == m_process && e == QProcess::FailedToStart)
            onStepFinished(-1, false, true);
    });
    m_timer.start(kTimeoutMs);
    process->start(m_bwrap, args);
    process->closeWriteChannel();
}

void AgentIdentityProbe::onStepFinished(int exitCode, bool crashed, bool failedToStart)
{
    m_timer.stop();
    QProcess* process = m_process;
    m_process = nullptr;
    if (process)
        process->deleteLater();
    const QString errorText = firstLine(m_stderr);
    const QString flag =
        m_step == Step::Version ? QStringLiteral("-version") : QStringLiteral("-compat-json");

    if (m_step == Step::SandboxCheck) {
        if (failedToStart || crashed || exitCode != 0 || m_timedOut) {
            QString why = errorText;
            if (failedToStart)
                why = QStringLiteral("%1 could not be started").arg(m_bwrap);
            else if (m_timedOut)
                why = QStringLiteral("it did not start within %1 s").arg(kTimeoutMs / 1000);
            else if (why.isEmpty())
                why = QStringLiteral("bwrap exited with %1").arg(exitCode);
            finish(Status::SandboxUnavailable,
                   QStringLiteral("sandbox unavailable: %1; the binary is not run").arg(why));
            return;
        }
        runStep(Step::Version);
        return;
    }

    if (failedToStart) {
        finish(Status::SandboxUnavailable,
               QStringLiteral("sandbox unavailable: %1 could not be started").arg(m_bwrap));
        return;
    }
    if (m_timedOut) {
        finish(Status::Failed,
               QStringLiteral("%1 did not finish within %2 s").arg(flag).arg(kTimeoutMs / 1000));
        return;
    }
    if (m_overflow) {
        finish(Status::Failed,
               QStringLiteral("%1 printed more than %2 KiB").arg(flag).arg(kMaxOutputBytes / 1024));
        return;
    }
    if (crashed) {
        finish(Status::Failed, QStringLiteral("%1 crashed").arg(flag));
        return;
    }

    if (m_step == Step::Version) {
        const QByteArray line = m_stdout.endsWith('\n') ? m_stdout.chopped(1) : m_stdout;
        if (exitCode != 0) {
            finish(Status::Failed,
                   QStringLiteral("-version exited with %1%2")
                       .arg(exitCode)
                       .arg(errorText.isEmpty() ? QString() : QStringLiteral(": ") + errorText));
            return;
        }
        if (!plausibleVersion(line)) {
            finish(Status::Failed, QStringLiteral("-version printed \"%1\", not one version line")
                                       .arg(QString::fromUtf8(m_stdout.left(80)).trimmed()));
            return;
        }
        m_result.version = QString::fromLatin1(line);
        runStep(Step::Compat);
        return;
    }

    // -compat-json: agents before v0.2.9 do not know the flag, and Go's flag
    // package says so with exit 2.
    if (exitCode == 2 && m_stderr.contains("flag provided but not defined: -compat-json")) {
        m_result.compatNote = QStringLiteral("the binary has no -compat-json flag (agents before "
                                             "v0.2.9 declare no floors)");
        finish(Status::Ran, {});
        return;
    }
    if (exitCode != 0) {
        finish(Status::Failed,
               QStringLiteral("-compat-json exited with %1%2")
                   .arg(exitCode)
                   .arg(errorText.isEmpty() ? QString() : QStringLiteral(": ") + errorText));
        return;
    }
    QString parseError;
    m_result.compat = Agent::Compat::parse(m_stdout, &parseError);
    if (!m_result.compat) {
        finish(Status::Failed, parseError);
        return;
    }
    finish(Status::Ran, {});
}

void AgentIdentityProbe::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_timer.stop();
    if (m_process) {
        QProcess* process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
    }
    finish(Status::Cancelled, QStringLiteral("cancelled"));
}

void AgentIdentityProbe::finish(Status status, const QString& message)
{
    m_result.status = status;
    m_result.message = message;
    m_running = false;
    m_dir.reset(); // the private copy goes with the run
    emit finished();
}

} // namespace Lattice
