#include "CliProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real lattice-desk-cli binary: what scripts see is what is tested.
class TestCli : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_home;

    Run run(const QStringList& args, const QProcessEnvironment& extraEnv = {})
    {
        Lattice::Test::CliOptions options;
        options.home = m_home.path();
        for (const QString& k : extraEnv.keys())
            options.environment.insert(k, extraEnv.value(k));
        return Lattice::Test::runCli(args, options);
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("lattice-desk-cli 0."), r.out.constData());
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("profile list"));
        QVERIFY(r.out.contains("endpoints check"));
        QVERIFY(r.out.contains("Exit codes"));
    }

    void subcommandHelp()
    {
        const Run r =
            run({QStringLiteral("endpoints"), QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--insecure-loopback"));
        QVERIFY(r.out.contains("--json"));
        QVERIFY2(r.out.startsWith("Usage: lattice-desk-cli endpoints check [options]"),
                 r.out.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no args") << QStringList{} << QByteArray("Usage");
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("noun without verb")
            << QStringList{"profile"} << QByteArray("needs a subcommand");
        QTest::newRow("unknown option")
            << QStringList{"profile", "list", "--bogus"} << QByteArray("bogus");
        QTest::newRow("stray argument")
            << QStringList{"profile", "list", "extra"} << QByteArray("takes no arguments");
        QTest::newRow("http base url")
            << QStringList{"endpoints", "check", "--github-api", "http://api.github.com"}
            << QByteArray("only allowed for loopback");
        QTest::newRow("loopback without flag")
            << QStringList{"endpoints", "check", "--registry-url", "http://127.0.0.1:9"}
            << QByteArray("--insecure-loopback");
        QTest::newRow("bad timeout")
            << QStringList{"endpoints", "check", "--timeout", "0"} << QByteArray("--timeout");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void profileListJsonIsOneObject()
    {
        const Run r =
            run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject first =
            doc.object().value(QStringLiteral("profiles")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("image_repository")).toString(),
                 QStringLiteral("latticenet/lattice-server"));
        QCOMPARE(first.value(QStringLiteral("current")).toBool(), true);
    }

    void unreachableEndpointsExitThree()
    {
        // Port 9 (discard) on loopback refuses connections: a network failure.
        const Run r = run({QStringLiteral("endpoints"), QStringLiteral("check"),
                           QStringLiteral("--json"), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--timeout"), QStringLiteral("5"),
                           QStringLiteral("--registry-url"), QStringLiteral("http://127.0.0.1:9"),
                           QStringLiteral("--github-api"), QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject obj = QJsonDocument::fromJson(r.out).object();
        const QJsonArray endpoints = obj.value(QStringLiteral("endpoints")).toArray();
        QVERIFY(endpoints.size() >= 4);
        bool sawRegistry = false;
        for (const QJsonValue& v : endpoints) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("id")).toString() == QLatin1String("registry")) {
                sawRegistry = true;
                QCOMPARE(e.value(QStringLiteral("reachable")).toBool(), false);
                QVERIFY(!e.value(QStringLiteral("error")).toString().isEmpty());
            }
        }
        QVERIFY(sawRegistry);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
