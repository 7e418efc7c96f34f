#include "AgentIdentity.h"
#include "AgentIdentityProbe.h"
#include "AgentRelease.h"
#include "GoAgents.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;
using Agent::CheckState;

// Running an agent binary's -version and -compat-json in bubblewrap, with
// real Go binaries built for this test run, and the checks made on what they
// print.
class TestAgentIdentity : public QObject
{
    Q_OBJECT

    static AgentIdentityProbe::Result probe(const AgentIdentityProbe::Request& request)
    {
        AgentIdentityProbe probe;
        QSignalSpy finished(&probe, &AgentIdentityProbe::finished);
        probe.start(request);
        // Asynchronous: nothing has run when start() returns.
        if (!probe.isRunning() || !finished.wait(30000))
            return {};
        return probe.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"))),
            "the Go test agents were not built: is golang-go installed?");
        if (Agent::hostGoPlatform() !=
            QPair<QString, QString>{QStringLiteral("linux"), QStringLiteral("amd64")})
            QSKIP("the run tests use a linux/amd64 binary as the host's");
    }

    void runsVerifiedHostBinary()
    {
        const QString path =
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"));
        const auto r = probe({path, {}, Lattice::Test::fileSha256(path)});
        QCOMPARE(r.sha256, Lattice::Test::fileSha256(path));
        QVERIFY(r.buildInfo.ok());
        if (!Lattice::Test::bwrapSandboxWorks()) {
            QCOMPARE(r.status, AgentIdentityProbe::Status::SandboxUnavailable);
            QVERIFY2(r.message.startsWith(QLatin1String("sandbox unavailable")),
                     qPrintable(r.message));
            QVERIFY(!r.version);
            return;
        }
        QVERIFY2(r.status == AgentIdentityProbe::Status::Ran, qPrintable(r.message));
        QCOMPARE(r.version, QStringLiteral("0.2.9"));
        QVERIFY(r.compat);
        QCOMPARE(r.compat->serverMin, QStringLiteral("v0.2.1"));
        QCOMPARE(r.compat->dashboardMin, QStringLiteral("v0.2.1"));
        QCOMPARE(r.compat->channel, QStringLiteral("stable"));

        Agent::IdentityInput input{QStringLiteral("v0.2.9"), r.version, r.compat, std::nullopt,
                                   std::nullopt};
        const auto checks = Agent::checkIdentity(input);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).state, CheckState::Passed);
        QCOMPARE(checks.at(1).state, CheckState::Passed); // channel
        QCOMPARE(checks.at(2).state, CheckState::NotChecked);
        QVERIFY(checks.at(2).detail.contains(QLatin1String("no list of published server")));

        // The same binary attached to another tag: every node update fails.
        input.tag = QStringLiteral("v0.2.10");
        QCOMPARE(Agent::checkIdentity(input).at(0).state, CheckState::Failed);
    }

    void agentBeforeCompatJson()
    {
        if (!Lattice::Test::bwrapSandboxWorks())
            QSKIP("bwrap cannot create namespaces here; runsVerifiedHostBinary covers that case");
        const QString path = Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"),
                                                        QStringLiteral("v0.2.8"));
        const auto r = probe({path, {}, Lattice::Test::fileSha256(path)});
        QVERIFY2(r.status == AgentIdentityProbe::Status::Ran, qPrintable(r.message));
        QCOMPARE(r.version, QStringLiteral("0.2.8"));
        QVERIFY(!r.compat);
        QVERIFY(r.compatNote.contains(QLatin1String("no -compat-json")));
    }

    void refusesChangedBytes()
    {
        const QString path =
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"));
        const auto r = probe({path, {}, QByteArray(64, 'a')});
        QCOMPARE(r.status, AgentIdentityProbe::Status::NotVerified);
        QVERIFY(!r.version);
    }

    void otherPlatformCannotRunHere()
    {
        for (const QString& name : {QStringLiteral("lattice-agent-linux-arm64"),
                                    QStringLiteral("lattice-agent-darwin-arm64")}) {
            const QString path = Lattice::Test::goAgentPath(name);
            const auto r = probe({path, {}, Lattice::Test::fileSha256(path)});
            QCOMPARE(r.status, AgentIdentityProbe::Status::CannotRunHere);
            QVERIFY2(r.message.contains(QLatin1String("cannot run here")), qPrintable(r.message));
            QCOMPARE(r.buildInfo.goarch, QStringLiteral("arm64"));
        }
    }

    void nonGoIsNotRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lattice-agent-linux-amd64"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 0.2.9\n");
        f.close();
        const auto r = probe({path, {}, Lattice::Test::fileSha256(path)});
        QCOMPARE(r.status, AgentIdentityProbe::Status::NotGo);
    }

    void sandboxArgumentsIsolate()
    {
        const QStringList args = AgentIdentityProbe::sandboxArguments(QStringLiteral("/tmp/x"),
                                                                      QStringLiteral("/agent/a"));
        for (const char* flag :
             {"--unshare-all", "--die-with-parent", "--new-session", "--clearenv"})
            QVERIFY2(args.contains(QLatin1String(flag)), flag);
        const qsizetype bind = args.lastIndexOf(QStringLiteral("/tmp/x"));
        QVERIFY(bind > 0);
        QCOMPARE(args.at(bind - 1), QStringLiteral("--ro-bind"));
        // Nothing of the host is writable inside.
        QVERIFY(!args.contains(QStringLiteral("--bind")));
    }

    void publishedVersions()
    {
        QCOMPARE(Agent::publishedVersion(QStringLiteral("alpha-0.2.2a2"))
                     ->compare(*Agent::TagVersion::parse(QStringLiteral("v0.2.2-alpha.2"))),
                 0);
        QVERIFY(Agent::publishedVersion(QStringLiteral("0.2.1")));
        QVERIFY(!Agent::publishedVersion(QStringLiteral("latest")));
        QVERIFY(!Agent::publishedVersion(QStringLiteral("0.2")));
        QVERIFY(!Agent::publishedVersion(QStringLiteral("sha-993e56759a74")));
    }

    void floorsAgainstPublishedReleases()
    {
        // v0.3.3-alpha.2's floors, against the server's real tags.
        Agent::IdentityInput input;
        input.tag = QStringLiteral("v0.3.3-alpha.2");
        input.version = QStringLiteral("0.3.3-alpha.2");
        input.compat = Agent::Compat{QStringLiteral("v0.2.2-alpha.2"),
                                     QStringLiteral("v0.2.2-alpha.7"), QStringLiteral("alpha")};
        input.publishedServer = QStringList{QStringLiteral("0.2.1"), QStringLiteral("latest"),
                                            QStringLiteral("alpha-0.2.2a1")};
        auto checks = Agent::checkIdentity(input);
        QCOMPARE(checks.at(0).state, CheckState::Passed);
        QCOMPARE(checks.at(1).state, CheckState::Passed);
        QCOMPARE(checks.at(2).state, CheckState::Failed); // only a1 is out
        QVERIFY(checks.at(2).detail.contains(QLatin1String("release order")));
        QCOMPARE(checks.at(3).state, CheckState::NotChecked);

        input.publishedServer->append(QStringLiteral("alpha-0.2.2a41"));
        input.publishedDashboard = QStringList{QStringLiteral("v0.2.2-alpha.7")};
        checks = Agent::checkIdentity(input);
        QCOMPARE(checks.at(2).state, CheckState::Passed);
        QVERIFY(checks.at(2).detail.contains(QLatin1String("alpha-0.2.2a41")));
        QCOMPARE(checks.at(3).state, CheckState::Passed);

        input.compat->channel = QStringLiteral("stable");
        QCOMPARE(Agent::checkIdentity(input).at(1).state, CheckState::Failed);
    }

    void compatJson()
    {
        QString error;
        const auto ok = Agent::Compat::parse(
            "{\"server_min\":\"v0.2.1\",\"dashboard_min\":\"v0.2.1\",\"channel\":\"stable\"}",
            &error);
        QVERIFY(ok);
        QCOMPARE(ok->dashboardMin, QStringLiteral("v0.2.1"));
        QVERIFY(!Agent::Compat::parse("{\"server_min\":\"v0.2.1\"}", &error));
        QVERIFY(error.contains(QLatin1String("dashboard_min")));
        QVERIFY(!Agent::Compat::parse("0.2.9\n", &error));
    }
};

QTEST_GUILESS_MAIN(TestAgentIdentity)
#include "tst_agentidentity.moc"
