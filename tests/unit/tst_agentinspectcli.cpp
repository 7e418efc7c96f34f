#include "CliProcess.h"
#include "GoAgents.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `lattice-desk-cli agent inspect` on real Go binaries built for this test
// run: the JSON shape and the exit codes are a contract with release scripts.
class TestAgentInspectCli : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_dir;

    static Run run(const QStringList& args, const QString& path = {})
    {
        Lattice::Test::CliOptions options;
        if (!path.isNull())
            options.environment.insert(QStringLiteral("PATH"), path);
        return Lattice::Test::runCli(
            QStringList{QStringLiteral("agent"), QStringLiteral("inspect")} + args, options);
    }

    static QStringList keys()
    {
        return {QStringLiteral("compat"), QStringLiteral("go_version"), QStringLiteral("goarch"),
                QStringLiteral("goos"),   QStringLiteral("module"),     QStringLiteral("version")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"))),
            "the Go test agents were not built: is golang-go installed?");
    }

    void buildInfoWithoutRunning()
    {
        const Run r = run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-darwin-arm64")),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), keys());
        QVERIFY(o.value(QStringLiteral("go_version")).toString().startsWith(QLatin1String("go1.")));
        QCOMPARE(o.value(QStringLiteral("module")).toString(),
                 QStringLiteral("github.com/LatticeNet/lattice-node-agent"));
        QCOMPARE(o.value(QStringLiteral("goos")).toString(), QStringLiteral("darwin"));
        QCOMPARE(o.value(QStringLiteral("goarch")).toString(), QStringLiteral("arm64"));
        QVERIFY(o.value(QStringLiteral("version")).isNull());
        QVERIFY(o.value(QStringLiteral("compat")).isNull());
    }

    void humanOutput()
    {
        const Run r =
            run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-arm64"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("platform:   linux/arm64"));
        QVERIFY(r.out.contains("ELF 64-bit LSB, arm64"));
        QVERIFY(r.out.contains("build:      -trimpath=true"));
    }

    void runOnHost()
    {
        const Run r = run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")),
                           QStringLiteral("--run"), QStringLiteral("--json")});
        if (!Lattice::Test::bwrapSandboxWorks()) {
            // No user namespaces in this container: --run must refuse to run
            // the binary unsandboxed and say so.
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("sandbox unavailable"), r.err.constData());
            QVERIFY(r.json().value(QStringLiteral("version")).isNull());
            return;
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), keys());
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("0.2.9"));
        QCOMPARE(o.value(QStringLiteral("compat")).toObject(),
                 (QJsonObject{{QStringLiteral("server_min"), QStringLiteral("v0.2.1")},
                              {QStringLiteral("dashboard_min"), QStringLiteral("v0.2.1")},
                              {QStringLiteral("channel"), QStringLiteral("stable")}}));

        const Run human =
            run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")),
                 QStringLiteral("--run")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("version:    0.2.9"));
        QVERIFY(human.out.contains("compat:     server >= v0.2.1"));
    }

    void runBeforeCompatJson()
    {
        if (!Lattice::Test::bwrapSandboxWorks())
            QSKIP("bwrap cannot create namespaces here; runOnHost covers that case");
        const Run r = run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"),
                                                      QStringLiteral("v0.2.8")),
                           QStringLiteral("--run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.2.8"));
        QVERIFY(r.json().value(QStringLiteral("compat")).isNull());
    }

    void sandboxMissing()
    {
        // Without bwrap on PATH the binary is never run unsandboxed.
        const Run r = run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")),
                           QStringLiteral("--run"), QStringLiteral("--json")},
                          m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sandbox unavailable"), r.err.constData());
        QVERIFY(r.json().value(QStringLiteral("version")).isNull());
        QCOMPARE(r.json().value(QStringLiteral("goarch")).toString(), QStringLiteral("amd64"));
    }

    void otherPlatformCannotRun()
    {
        const Run r = run({Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-arm64")),
                           QStringLiteral("--run"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot run here"), r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("goarch")).toString(), QStringLiteral("arm64"));
        QVERIFY(r.json().value(QStringLiteral("version")).isNull());
    }

    void misnamedAsset()
    {
        const QString copy = m_dir.filePath(QStringLiteral("lattice-agent-linux-arm64"));
        QVERIFY(QFile::copy(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")),
                            copy));
        const Run r = run({copy, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("named for arm64") && r.err.contains("GOARCH=amd64"),
                 r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("goarch")).toString(), QStringLiteral("amd64"));
    }

    void notGo()
    {
        const QString script = m_dir.filePath(QStringLiteral("lattice-agent-linux-amd64"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 0.2.9\n");
        f.close();
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--run")}}) {
            const Run r = run(QStringList{script, QStringLiteral("--json")} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(run({QStringLiteral("/usr/bin/true")}).exitCode, 2);

        QFile full(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(full.read(full.size() / 3));
        cut.close();
        const Run r = run({truncated});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("past the end of the file"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAgentInspectCli)
#include "tst_agentinspectcli.moc"
