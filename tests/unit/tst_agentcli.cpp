#include "CliProcess.h"
#include "FixtureServerProcess.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

// Drives the real lattice-desk-cli binary's agent commands against the
// fixture server: exit codes and the JSON shape are a contract with release
// scripts.
class TestAgentCli : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_home;
    Lattice::Test::FixtureServerProcess m_server;

    Run run(const QStringList& args, const QByteArray& token = {})
    {
        Lattice::Test::CliOptions options;
        options.home = m_home.path();
        options.environment.insert(QStringLiteral("GITHUB_TOKEN"), QString::fromLatin1(token));
        return Lattice::Test::runCli(args, options);
    }

    QStringList api() const
    {
        return {QStringLiteral("--github-api"), m_server.baseUrl().toString(),
                QStringLiteral("--insecure-loopback")};
    }

    QByteArray scenarioAsset(const QString& tag, const QString& name) const
    {
        QFile f(m_server.scenarioDir() +
                QStringLiteral("/github/repos/LatticeNet/lattice-node-agent/assets/%1/%2")
                    .arg(tag, name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QJsonObject findRelease(const QJsonObject& doc, const QString& tag)
    {
        for (const QJsonValue& v : doc.value(QStringLiteral("releases")).toArray()) {
            if (v[QStringLiteral("tag")].toString() == tag)
                return v.toObject();
        }
        return {};
    }

    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    qint64 assetId(const QString& tag, const QString& name) const
    {
        QFile f(m_server.scenarioDir() +
                QStringLiteral("/github/repos/LatticeNet/lattice-node-agent/releases.json"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QJsonValue& release : QJsonDocument::fromJson(f.readAll()).array()) {
            if (release[QStringLiteral("tag_name")].toString() != tag)
                continue;
            for (const QJsonValue& asset : release[QStringLiteral("assets")].toArray()) {
                if (asset[QStringLiteral("name")].toString() == name)
                    return qint64(asset[QStringLiteral("id")].toDouble());
            }
        }
        return -1;
    }

    bool downloadHostSaw(const QString& path) const
    {
        for (const QJsonValue& v : m_server.requests(m_server.downloadUrl())) {
            if (v[QStringLiteral("path")].toString() == path)
                return true;
        }
        return false;
    }

    // Whether process pid holds a file open under dir (an unnamed O_TMPFILE
    // shows as "dir/#inode (deleted)", a named temporary file by its name).
    static bool holdsFileUnder(qint64 pid, const QString& dir)
    {
        const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
        const QByteArray prefix = QFile::encodeName(dir) + '/';
        for (const QString& fd :
             QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(fds + QLatin1Char('/') + fd).constData(),
                                         target, sizeof target);
            if (n > 0 && QByteArray(target, n).startsWith(prefix))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void releasesJson()
    {
        QStringList args{QStringLiteral("agent"), QStringLiteral("releases"),
                         QStringLiteral("LatticeNet/lattice-node-agent"), QStringLiteral("--json")};
        const Run r = run(args + api(), "ghp_LatticeFixtureMaintainer0000000000");
        // The v0.3.x exploration releases are stable-looking tags published
        // as prereleases: a problem on a published release.
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.keys(), (QStringList{QStringLiteral("releases"), QStringLiteral("repo"),
                                          QStringLiteral("server_latest")}));
        QCOMPARE(doc.value(QStringLiteral("repo")).toString(),
                 QStringLiteral("LatticeNet/lattice-node-agent"));
        QCOMPARE(doc.value(QStringLiteral("server_latest")).toObject(),
                 (QJsonObject{{QStringLiteral("tag"), QStringLiteral("v0.2.9")},
                              {QStringLiteral("version"), QStringLiteral("0.2.9")}}));
        const QJsonArray releases = doc.value(QStringLiteral("releases")).toArray();
        QCOMPARE(releases.size(), 17);
        QCOMPARE(releases.first()[QStringLiteral("tag")].toString(),
                 QStringLiteral("v0.3.3-alpha.3"));
        QVERIFY(releases.first()[QStringLiteral("draft")].toBool());

        const QJsonObject stable = findRelease(doc, QStringLiteral("v0.2.9"));
        QCOMPARE(stable.keys(), (QStringList{QStringLiteral("assets"), QStringLiteral("channel"),
                                             QStringLiteral("draft"), QStringLiteral("prerelease"),
                                             QStringLiteral("problems"), QStringLiteral("tag"),
                                             QStringLiteral("tag_valid")}));
        QCOMPARE(stable[QStringLiteral("channel")].toString(), QStringLiteral("stable"));
        QVERIFY(stable[QStringLiteral("tag_valid")].toBool());
        QCOMPARE(stable[QStringLiteral("problems")].toArray(), QJsonArray());
        const QJsonArray assets = stable[QStringLiteral("assets")].toArray();
        QCOMPARE(assets.size(), 9);
        const QByteArray binary =
            scenarioAsset(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-darwin-arm64"));
        const QString hex = QString::fromLatin1(
            QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex());
        bool seen = false;
        for (const QJsonValue& a : assets) {
            QCOMPARE(a.toObject().keys(),
                     (QStringList{QStringLiteral("consistent"), QStringLiteral("github_digest"),
                                  QStringLiteral("name"), QStringLiteral("sha256_file"),
                                  QStringLiteral("sha256_sums"), QStringLiteral("size")}));
            QVERIFY(a[QStringLiteral("consistent")].toBool());
            if (a[QStringLiteral("name")].toString() ==
                QLatin1String("lattice-agent-darwin-arm64")) {
                seen = true;
                QCOMPARE(a[QStringLiteral("size")].toInteger(), binary.size());
                QCOMPARE(a[QStringLiteral("sha256_sums")].toString(), hex);
                QCOMPARE(a[QStringLiteral("sha256_file")].toString(), hex);
                QCOMPARE(a[QStringLiteral("github_digest")].toString(), hex);
            }
            if (a[QStringLiteral("name")].toString() == QLatin1String("SHA256SUMS")) {
                QVERIFY(a[QStringLiteral("sha256_sums")].isNull());
                QVERIFY(a[QStringLiteral("sha256_file")].isNull());
                QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                            .match(a[QStringLiteral("github_digest")].toString())
                            .hasMatch());
            }
        }
        QVERIFY(seen);

        const QJsonObject alpha = findRelease(doc, QStringLiteral("v0.3.3-alpha.1"));
        QCOMPARE(alpha[QStringLiteral("channel")].toString(), QStringLiteral("alpha"));
        QVERIFY(alpha[QStringLiteral("prerelease")].toBool());
        const QJsonObject early = findRelease(doc, QStringLiteral("v0.2.0"));
        QCOMPARE(early[QStringLiteral("assets")].toArray().size(), 5);
        const QJsonObject explored = findRelease(doc, QStringLiteral("v0.3.1"));
        QCOMPARE(explored[QStringLiteral("problems")].toArray().size(), 1);

        // No token left the API host.
        for (const QJsonValue& v : m_server.requests(m_server.downloadUrl()))
            QVERIFY(
                !v[QStringLiteral("headers")].toObject().contains(QStringLiteral("authorization")));
    }

    void releasesTextAndCache()
    {
        QStringList args{QStringLiteral("agent"), QStringLiteral("releases"),
                         QStringLiteral("LatticeNet/lattice-node-agent")};
        const QByteArray token = "ghp_LatticeFixtureMaintainer0000000000";
        Run r = run(args + api(), token);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("The server will resolve latest to v0.2.9\n"), r.out.constData());
        QVERIFY(r.out.contains("problem: stable-looking tag v0.3.0 is published as a prerelease"));
        // The second run revalidates the list with the ETag stored by the first.
        QVERIFY(m_server.clearRequests());
        r = run(args + api(), token);
        QCOMPARE(r.exitCode, 1);
        int notModified = 0;
        for (const QJsonValue& v : m_server.requests(m_server.baseUrl())) {
            if (v[QStringLiteral("status")].toInt() == 304)
                ++notModified;
        }
        QCOMPARE(notModified, 1);
    }

    void releasesUsageAndNetwork()
    {
        QCOMPARE(run({QStringLiteral("agent"), QStringLiteral("releases")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("agent"), QStringLiteral("releases"), QStringLiteral("nope")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("agent"), QStringLiteral("releases"),
                      QStringLiteral("LatticeNet/lattice-node-agent"),
                      QStringLiteral("--github-api"), m_server.baseUrl().toString()})
                     .exitCode,
                 2); // plain http without --insecure-loopback
        QString error;
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("/releases$")},
                                      {QStringLiteral("status"), 404},
                                      {QStringLiteral("body"), QStringLiteral("gone")}},
                                     &error));
        const Run r = run(QStringList{QStringLiteral("agent"), QStringLiteral("releases"),
                                      QStringLiteral("LatticeNet/lattice-node-agent"),
                                      QStringLiteral("--json")} +
                          api());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
    }

    void downloadVerified()
    {
        QTemporaryDir out;
        const Run r =
            run(QStringList{QStringLiteral("agent"), QStringLiteral("download"),
                            QStringLiteral("LatticeNet/lattice-node-agent"),
                            QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                            QStringLiteral("--out"), out.path()} +
                api());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(entries(out.path()), QStringList{QStringLiteral("lattice-agent-linux-amd64")});
        QFile f(out.filePath(QStringLiteral("lattice-agent-linux-amd64")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), scenarioAsset(QStringLiteral("v0.2.9"),
                                            QStringLiteral("lattice-agent-linux-amd64")));
    }

    void downloadMismatchLeavesNothing()
    {
        // github.com serves other bytes for the binary than SHA256SUMS lists.
        QString error;
        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"),
              QStringLiteral("/releases/download/v0.2.9/lattice-agent-linux-amd64$")},
             {QStringLiteral("host"), QStringLiteral("api")},
             {QStringLiteral("body"), QStringLiteral("#!/bin/sh\necho tampered\n")}},
            &error));
        QTemporaryDir out;
        const Run r =
            run(QStringList{QStringLiteral("agent"), QStringLiteral("download"),
                            QStringLiteral("LatticeNet/lattice-node-agent"),
                            QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                            QStringLiteral("--out"), out.path()} +
                api());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not match SHA256SUMS"), r.err.constData());
        QCOMPARE(entries(out.path()), QStringList());
    }

    void killedMidDownloadLeavesNoPartialFile()
    {
        // The asset's body stops after 100 of its bytes and never ends, so the
        // CLI is caught in the middle of it, however fast the machine.
        const QString asset = QStringLiteral("lattice-agent-linux-amd64");
        const qint64 id = assetId(QStringLiteral("v0.2.9"), asset);
        QVERIFY(id > 0);
        const QString assetPath = QStringLiteral("/github-production-release-asset/%1").arg(id);
        QString error;
        QVERIFY2(
            m_server.injectFault({{QStringLiteral("match"), QLatin1Char('^') + assetPath + '$'},
                                  {QStringLiteral("host"), QStringLiteral("download")},
                                  {QStringLiteral("times"), 1},
                                  {QStringLiteral("stall_after"), 100}},
                                 &error),
            qPrintable(error));
        QTemporaryDir out;
        const QString dir = QFileInfo(out.path()).canonicalFilePath();
        const QStringList arguments = QStringList{QStringLiteral("agent"),
                                                  QStringLiteral("download"),
                                                  QStringLiteral("LatticeNet/lattice-node-agent"),
                                                  QStringLiteral("v0.2.9"),
                                                  asset,
                                                  QStringLiteral("--out"),
                                                  dir} +
                                      api();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        cli.setProcessEnvironment(env);
        cli.start(Lattice::Test::cliExecutable(), arguments);
        QVERIFY(cli.waitForStarted());
        // The body has started (the download host answered the request with
        // its first bytes) and the CLI writes it somewhere under DIR.
        QTRY_VERIFY_WITH_TIMEOUT(downloadHostSaw(assetPath), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(holdsFileUnder(cli.processId(), dir), 30000);
        QVERIFY(!QFileInfo::exists(out.filePath(asset)));
        cli.kill(); // SIGKILL: no destructor, no cleanup handler runs
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        // Nothing under the asset's name. QSaveFile writes an unnamed
        // O_TMPFILE where the file system has them, which dies with the
        // process; elsewhere it leaves "<asset>.XXXXXX" behind.
        const QRegularExpression leftover(QLatin1Char('^') + QRegularExpression::escape(asset) +
                                          QStringLiteral("\\.[A-Za-z0-9]{6}$"));
        for (const QString& name : entries(dir))
            QVERIFY2(leftover.match(name).hasMatch(), qPrintable(name));

        // The next run ignores such a leftover: it neither reads it nor
        // renames it into place, and keeps only bytes that match SHA256SUMS.
        QFile stale(out.filePath(asset + QStringLiteral(".AbC123")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(scenarioAsset(QStringLiteral("v0.2.9"), asset).left(100));
        stale.close();
        const Run again = run(arguments);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QFile kept(out.filePath(asset));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), scenarioAsset(QStringLiteral("v0.2.9"), asset));
        QVERIFY(entries(dir).contains(asset + QStringLiteral(".AbC123")));
    }

    void downloadExitCodes()
    {
        QTemporaryDir out;
        const QStringList base{QStringLiteral("agent"), QStringLiteral("download"),
                               QStringLiteral("LatticeNet/lattice-node-agent")};
        // Usage: missing --out, missing ASSET, a path as ASSET.
        QCOMPARE(
            run(base +
                QStringList{QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64")} +
                api())
                .exitCode,
            2);
        QCOMPARE(run(base +
                     QStringList{QStringLiteral("v0.2.9"), QStringLiteral("--out"), out.path()} +
                     api())
                     .exitCode,
                 2);
        QCOMPARE(run(base +
                     QStringList{QStringLiteral("v0.2.9"), QStringLiteral("../x"),
                                 QStringLiteral("--out"), out.path()} +
                     api())
                     .exitCode,
                 2);
        // Not published in SHA256SUMS.
        QCOMPARE(run(base +
                     QStringList{QStringLiteral("v0.2.9"),
                                 QStringLiteral("lattice-agent-linux-amd64.sha256"),
                                 QStringLiteral("--out"), out.path()} +
                     api())
                     .exitCode,
                 1);
        // The download host fails.
        QString error;
        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"), QStringLiteral("^/github-production-release-asset/")},
             {QStringLiteral("host"), QStringLiteral("download")},
             {QStringLiteral("status"), 404},
             {QStringLiteral("body"), QStringLiteral("NoSuchKey")}},
            &error));
        QCOMPARE(
            run(base +
                QStringList{QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                            QStringLiteral("--out"), out.path()} +
                api())
                .exitCode,
            3);
        QCOMPARE(entries(out.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAgentCli)
#include "tst_agentcli.moc"
