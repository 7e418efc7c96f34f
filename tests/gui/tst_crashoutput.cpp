#include "FixtureServerProcess.h"
#include "ProcessHardening.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TestEnvironment.h"
#include "TokenScan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <csignal>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Lattice;

namespace {
// Tokens the fixture server accepts (tests/fixtures/data/default/lattice/tokens.json).
constexpr char kCliToken[] = "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
constexpr char kDeskToken[] = "token_superuserallnode.aC8Xw1r32jV426vf1UmAd3Uue5Vbi4RULRIvr1HgxEk";
constexpr int kWaitMs = 30000;

const QList<Test::Secret>& secrets()
{
    static const QList<Test::Secret> list{{QStringLiteral("the CLI's token"), kCliToken},
                                          {QStringLiteral("the desk's token"), kDeskToken}};
    return list;
}

// For failure messages: the child's last words, tokens replaced.
QByteArray tail(const QByteArray& output)
{
    return Test::withoutSecrets(output, secrets()).right(2000);
}

// Runs in the child between fork and exec. No core file, whatever the
// system's core_pattern says, so nothing here depends on (or feeds) the
// machine's crash collector. As root, the child also gives up
// CAP_SYS_PTRACE, so that the kernel decides who may open its memory by the
// dumpable flag alone, as it does for an ordinary user (see
// peerCanOpenMemory).
void childSetup()
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_CAPBSET_DROP, CAP_SYS_PTRACE, 0, 0, 0); // fails harmlessly without CAP_SETPCAP
}
} // namespace

// What a crash leaves behind: the CLI (token in LATTICE_TOKEN) and the desk
// (token in the keychain) are each caught holding a token in memory, in the
// middle of a request that carries it, and killed with SIGSEGV or SIGABRT.
// Neither has a crash handler, so what a crash prints is only what the
// runtime prints (Qt's nothing, ASan's SEGV report under the asan preset);
// none of it, and no file either process wrote, may hold the token. The
// processes are also not dumpable (ProcessHardening), so no core file or
// crash collector ever receives their memory.
class TestCrashOutput : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;

    struct Subject
    {
        QProcess process;
        QTemporaryDir home;
    };

    static QString desk() { return qEnvironmentVariable("LATTICE_DESK"); }

    // Whether a process of the same user may open pid's memory, as gdb -p or
    // a memory scraper would. Asked as this process (pid's parent, which
    // Yama's ptrace_scope 1 allows) with CAP_SYS_PTRACE out of effect, which
    // root would otherwise have: the kernel then allows it exactly when pid
    // is dumpable, which is also when a crash would leave a core file.
    static bool peerCanOpenMemory(qint64 pid)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        std::array<__user_cap_data_struct, _LINUX_CAPABILITY_U32S_3> saved{};
        if (syscall(SYS_capget, &header, saved.data()) != 0)
            qFatal("capget failed");
        auto withoutPtrace = saved;
        withoutPtrace[CAP_TO_INDEX(CAP_SYS_PTRACE)].effective &= ~CAP_TO_MASK(CAP_SYS_PTRACE);
        if (syscall(SYS_capset, &header, withoutPtrace.data()) != 0)
            qFatal("capset failed");
        const QByteArray path = "/proc/" + QByteArray::number(pid) + "/mem";
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
        if (syscall(SYS_capset, &header, saved.data()) != 0)
            qFatal("capset failed");
        return fd >= 0;
    }

    // Has the fixture seen a request with exactly this token? Then the
    // process holds it and is waiting for the (delayed) answer.
    bool tokenInFlight(const QByteArray& token) const
    {
        for (const QJsonValue& r : m_server.requests(m_server.baseUrl())) {
            if (r[QStringLiteral("headers")][QStringLiteral("authorization")].toString() ==
                QLatin1String("Bearer " + token))
                return true;
        }
        return false;
    }

    // Starts the CLI or the desk with the token and waits until a request
    // carrying it is in flight.
    bool start(Subject& s, const QString& app, bool keepDumpable)
    {
        if (!s.home.isValid() || !QDir(s.home.path()).mkpath(QStringLiteral("cwd")))
            return false;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* dir : {"config", "data", "cache"}) {
            env.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(dir).toUpper()),
                       s.home.filePath(QString::fromLatin1(dir)));
        }
        env.remove(QStringLiteral("LATTICE_TOKEN"));
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QString::fromLatin1(KeepDumpableVariable));
        if (keepDumpable)
            env.insert(QString::fromLatin1(KeepDumpableVariable), QStringLiteral("1"));
        // The debug log shows the request in flight, so the crash output
        // below holds something to search.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lattice.*.debug=true"));
        QString program;
        QStringList args;
        QByteArray token;
        if (app == QLatin1String("cli")) {
            token = kCliToken;
            env.insert(QStringLiteral("LATTICE_TOKEN"), QString::fromLatin1(token));
            program = Test::cliExecutable();
            args = {QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--server"),
                    m_server.baseUrl().toString(), QStringLiteral("--insecure-loopback")};
        } else {
            token = kDeskToken;
            Profile p = Profile::upstream();
            p.name = QStringLiteral("Fixture");
            p.registryUrl = m_server.baseUrl();
            p.githubApiUrl = m_server.baseUrl();
            p.docsSiteUrl = m_server.baseUrl();
            p.pluginIndexUrl = m_server.baseUrl();
            p.allowInsecureLoopback = true;
            p.servers = {{m_server.baseUrl(), QStringLiteral("Fixture Lattice"), true, {}}};
            // Where the desk's QSettings() looks under XDG_CONFIG_HOME.
            ProfileStore profiles(
                s.home.filePath(QStringLiteral("config/latticenet/lattice-desk.conf")));
            profiles.save(p);
            if (!profiles.setCurrent(p.name))
                return false;
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            program = desk();
            args = {QStringLiteral("--lane"), QStringLiteral("policies")};
        }
        s.process.setProcessEnvironment(env);
        s.process.setWorkingDirectory(s.home.filePath(QStringLiteral("cwd")));
        s.process.setChildProcessModifier(childSetup);
        s.process.start(program, args);
        if (!s.process.waitForStarted(kWaitMs))
            return false;
        s.process.closeWriteChannel();
        return QTest::qWaitFor([&] { return tokenInFlight(token); }, kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(desk()).isExecutable(), "LATTICE_DESK is not set");
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .startsWith(QStringLiteral("unix:path=")),
                 "the keyring fixture's session bus is not configured");
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        // The desk's own keychain service, in the test keyring.
        QCOMPARE(SecretStore()
                     .writeBlocking(SecretStore::serverKey(m_server.baseUrl()),
                                    QString::fromLatin1(kDeskToken))
                     .status,
                 SecretStore::Status::Ok);
        QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
        if (pattern.open(QIODevice::ReadOnly))
            qInfo("core_pattern is %s; the children run with RLIMIT_CORE 0 and write none",
                  pattern.readAll().trimmed().constData());
    }

    void cleanupTestCase()
    {
        SecretStore().removeBlocking(SecretStore::serverKey(m_server.baseUrl()));
    }

    void init()
    {
        QVERIFY(m_server.reset());
        // Every Lattice API answer waits: the process sits with the token in
        // a request when it is killed.
        QString error;
        QVERIFY2(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/")},
                                       {QStringLiteral("delay_ms"), 60000}},
                                      &error),
                 qPrintable(error));
    }

    void crashLeavesNoToken_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<int>("signal");
        QTest::newRow("cli SIGSEGV") << QStringLiteral("cli") << SIGSEGV;
        QTest::newRow("cli SIGABRT") << QStringLiteral("cli") << SIGABRT;
        QTest::newRow("desk SIGSEGV") << QStringLiteral("desk") << SIGSEGV;
        QTest::newRow("desk SIGABRT") << QStringLiteral("desk") << SIGABRT;
    }

    void crashLeavesNoToken()
    {
        QFETCH(QString, app);
        QFETCH(int, signal);
        Subject s;
        // (QVERIFY2 would evaluate its message, and so read stderr, even on success.)
        if (!start(s, app, false))
            QFAIL(tail(s.process.readAllStandardError()).constData());
        // Not dumpable: no core file, and no other process reads its memory.
        QVERIFY(!peerCanOpenMemory(s.process.processId()));

        QCOMPARE(::kill(pid_t(s.process.processId()), signal), 0);
        QVERIFY(s.process.waitForFinished(kWaitMs));
        // ASan handles SIGSEGV itself and, unless abort_on_error is set (the
        // asan preset sets it), exits with 1 after its report.
        QVERIFY(s.process.exitStatus() == QProcess::CrashExit || s.process.exitCode() != 0);
        const QByteArray out = s.process.readAllStandardOutput();
        const QByteArray err = s.process.readAllStandardError();
        QList<Test::Finding> found = Test::findSecrets(out, QStringLiteral("stdout"), secrets());
        found += Test::findSecrets(err, QStringLiteral("stderr"), secrets());
        found += Test::findSecretsInFiles(Test::filesUnder(s.home.path()), secrets());
        QVERIFY2(found.isEmpty(), qPrintable(Test::describe(found)));
        // It was caught mid-request: the log shows the request, redacted.
        QVERIFY2(err.contains("Authorization: <redacted>"), tail(err).constData());
        QCOMPARE(QDir(s.home.filePath(QStringLiteral("cwd"))).entryList(QDir::Files),
                 QStringList());
    }

    // The check above can fail: with LATTICE_KEEP_DUMPABLE=1 the same CLI is
    // open to its peers, and its environment holds the token.
    void keepDumpableForDevelopers()
    {
        QFile scope(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"));
        if (scope.open(QIODevice::ReadOnly) && scope.readAll().trimmed().toInt() >= 2)
            QSKIP("Yama's ptrace_scope >= 2 lets no process without CAP_SYS_PTRACE open "
                  "another's memory, dumpable or not");
        Subject s;
        if (!start(s, QStringLiteral("cli"), true))
            QFAIL(tail(s.process.readAllStandardError()).constData());
        QVERIFY(peerCanOpenMemory(s.process.processId()));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(s.process.processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        QVERIFY(environ.readAll().contains(QByteArray("LATTICE_TOKEN=") + kCliToken));
        s.process.kill(); // SIGKILL never dumps core
        QVERIFY(s.process.waitForFinished(kWaitMs));
    }
};

QTEST_GUILESS_MAIN(TestCrashOutput)
#include "tst_crashoutput.moc"
