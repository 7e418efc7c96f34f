#include "CliProcess.h"
#include "FixtureServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kToken[] = "ghp_LatticeFixtureMaintainer0000000000";

} // namespace

// `lattice-desk-cli sdk order` against the fixture's copy of the real pin
// history: stable tags on published SDK tags, alphas on pseudo-versions,
// the sdk.ref mismatches of alpha-0.2.1a10/a16/a25 and an agent alpha with
// a replace directive.
class TestSdkCli : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_home;
    Lattice::Test::FixtureServerProcess m_server;

    Run run(const QStringList& extra, const QByteArray& token = kToken, QString dataDir = {})
    {
        if (dataDir.isEmpty())
            dataDir = m_home.filePath(QStringLiteral("data"));
        Lattice::Test::CliOptions options;
        options.home = m_home.path();
        options.environment.insert(QStringLiteral("GITHUB_TOKEN"), QString::fromLatin1(token));
        options.environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
        return Lattice::Test::runCli(QStringList{QStringLiteral("sdk"), QStringLiteral("order"),
                                                 QStringLiteral("--github-api"),
                                                 m_server.baseUrl().toString(),
                                                 QStringLiteral("--insecure-loopback")} +
                                         extra,
                                     options);
    }

    static QJsonObject release(const QJsonObject& doc, const QString& repo, const QString& tag)
    {
        for (const QJsonValue& v : doc.value(QStringLiteral("releases")).toArray()) {
            if (v[QStringLiteral("repo")].toString() == repo &&
                v[QStringLiteral("tag")].toString() == tag)
                return v.toObject();
        }
        return {};
    }

    int contentRequests() const
    {
        int n = 0;
        for (const QJsonValue& r : m_server.requests())
            n += r[QStringLiteral("path")].toString().contains(QLatin1String("/contents/"));
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void gatesFollowTheRealPinHistory()
    {
        QVERIFY(m_server.reset());
        const Run r = run({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // the agent alpha with a replace is red
        const QJsonObject doc = r.json();
        const QString server = QStringLiteral("LatticeNet/lattice-server");
        const QString agent = QStringLiteral("LatticeNet/lattice-node-agent");

        const QJsonObject stable = release(doc, server, QStringLiteral("v0.2.1"));
        QCOMPARE(stable.value(QStringLiteral("sdk_requirement")).toString(),
                 QStringLiteral("v0.2.17"));
        QCOMPARE(stable.value(QStringLiteral("kind")).toString(), QStringLiteral("tag"));
        QCOMPARE(stable.value(QStringLiteral("gate")).toString(), QStringLiteral("green"));
        QCOMPARE(stable.keys().size(), 6);

        const QJsonObject a10 = release(doc, server, QStringLiteral("alpha-0.2.1a10"));
        QCOMPARE(a10.value(QStringLiteral("gate")).toString(), QStringLiteral("amber"));
        QVERIFY(a10.value(QStringLiteral("reason")).toString().contains(QLatin1String("sdk.ref")));

        const QJsonObject pseudo = release(doc, server, QStringLiteral("alpha-0.2.2a41"));
        QCOMPARE(pseudo.value(QStringLiteral("kind")).toString(), QStringLiteral("pseudo"));
        QCOMPARE(pseudo.value(QStringLiteral("gate")).toString(), QStringLiteral("amber"));

        const QJsonObject replaced = release(doc, agent, QStringLiteral("v0.3.3-alpha.1"));
        QCOMPARE(replaced.value(QStringLiteral("kind")).toString(), QStringLiteral("replace"));
        QCOMPARE(replaced.value(QStringLiteral("gate")).toString(), QStringLiteral("red"));

        // The order rule in practice: SDK v0.2.7 one minute before agent v0.2.6.
        const QJsonObject v026 = release(doc, agent, QStringLiteral("v0.2.6"));
        QCOMPARE(v026.value(QStringLiteral("sdk_requirement")).toString(),
                 QStringLiteral("v0.2.7"));
        QCOMPARE(v026.value(QStringLiteral("gate")).toString(), QStringLiteral("green"));

        int red = 0;
        for (const QJsonValue& v : doc.value(QStringLiteral("releases")).toArray())
            red += v[QStringLiteral("gate")].toString() == QLatin1String("red");
        QCOMPARE(red, 1);
    }

    void filesAtATagAreReadOnce()
    {
        QVERIFY(m_server.reset());
        QTemporaryDir data;
        const Run cold = run({QStringLiteral("--json")}, kToken, data.path());
        QCOMPARE(cold.exitCode, 1);
        const int coldReads = contentRequests();
        QVERIFY(coldReads > 50); // go.mod, go.sum (and sdk.ref) at every tag
        QVERIFY(m_server.clearRequests());
        // The store now holds every file at every tag commit: a refresh asks
        // only for the lists and gives the same answer.
        const Run warm = run({QStringLiteral("--json")}, kToken, data.path());
        QCOMPARE(warm.exitCode, 1);
        QCOMPARE(contentRequests(), 0);
        QCOMPARE(warm.json(), cold.json());
    }

    // GitHub's own 404 says a file is absent at that commit and is kept for
    // good. A bare 404 from something in between says nothing: it fails the
    // lane, and the next run reads the file as if it had never happened.
    void aProxysNotFoundIsNotCachedAsAnAnswer()
    {
        QVERIFY(m_server.reset());
        QTemporaryDir clean;
        const Run reference = run({QStringLiteral("--json")}, kToken, clean.path());
        QCOMPARE(reference.exitCode, 1);

        QTemporaryDir data;
        QString error;
        QVERIFY2(m_server.injectFault(
                     {{QStringLiteral("match"),
                       QStringLiteral("^/repos/LatticeNet/lattice-server/contents/go\\.sum")},
                      {QStringLiteral("status"), 404},
                      {QStringLiteral("body"), QStringLiteral("Not Found")}},
                     &error),
                 qPrintable(error));
        const Run proxied = run({QStringLiteral("--json")}, kToken, data.path());
        QCOMPARE(proxied.exitCode, 3);
        QVERIFY2(proxied.err.contains("HTTP 404"), proxied.err.constData());

        QVERIFY(m_server.clearFaults());
        const Run again = run({QStringLiteral("--json")}, kToken, data.path());
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.json(), reference.json());
    }

    void anonymousRateLimitIsANetworkError()
    {
        QVERIFY(m_server.reset());
        QTemporaryDir data;
        // 60 anonymous requests an hour cannot read three repositories'
        // files at every tag from an empty cache.
        const Run r = run({}, {}, data.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("rate limit"), r.err.constData());
    }

    void usage() { QCOMPARE(run({QStringLiteral("extra")}).exitCode, 2); }
};

QTEST_GUILESS_MAIN(TestSdkCli)
#include "tst_sdkcli.moc"
