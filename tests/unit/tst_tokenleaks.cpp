#include "CliProcess.h"
#include "FixtureServerProcess.h"
#include "TestEnvironment.h"
#include "TokenScan.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Tokens the fixture server accepts, and one it refuses: each is distinctive
// enough that finding it anywhere can only mean it was written there.
constexpr char kLatticeToken[] =
    "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
constexpr char kRefusedToken[] = "token_leakcanary.Zq4TlK7vW2nR8sPxY3mB6cH1jD9fG5aE0uI";
constexpr char kGitHubToken[] = "ghp_LatticeFixtureMaintainer0000000000";
} // namespace

// Runs the CLI's token-carrying flows with network debug logging on, then
// searches everything they left behind (stdout, stderr, settings, the store,
// the cache, downloads) for the tokens: none may hold one.
class TestTokenLeaks : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_home;
    Lattice::Test::FixtureServerProcess m_server;
    QByteArray m_output; // every run's stdout and stderr

    Run run(const QStringList& args, const char* variable, const QByteArray& token)
    {
        Lattice::Test::CliOptions options;
        options.home = m_home.path();
        // The cache is searched too, so it is the test's own as well.
        options.environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                                   m_home.filePath(QStringLiteral("cache")));
        options.environment.insert(QString::fromLatin1(variable), QString::fromLatin1(token));
        options.environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                                   QStringLiteral("lattice.net.debug=true"));
        const Run r = Lattice::Test::runCli(args, options);
        m_output += r.out + r.err;
        return r;
    }

    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server.baseUrl().toString(),
                QStringLiteral("--insecure-loopback")};
    }

    QStringList githubApi() const
    {
        return {QStringLiteral("--github-api"), m_server.baseUrl().toString(),
                QStringLiteral("--insecure-loopback")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void latticeFlows()
    {
        const QByteArray token = kLatticeToken;
        const char* variable = "LATTICE_TOKEN";
        Run r = run(QStringList{QStringLiteral("server"), QStringLiteral("version")} + server(),
                    variable, token);
        QVERIFY2(r.exitCode == 0, r.err.right(1500).constData());
        r = run(QStringList{QStringLiteral("approvals"), QStringLiteral("list"),
                            QStringLiteral("--json")} +
                    server(),
                variable, token);
        QVERIFY2(r.exitCode == 0, r.err.right(1500).constData());
        r = run(QStringList{QStringLiteral("policy"), QStringLiteral("push"),
                            QStringLiteral("--node"), QStringLiteral("edge-fra-1"),
                            QStringLiteral("--official"), QStringLiteral("--version"),
                            QStringLiteral("0.3.2")} +
                    server(),
                variable, token);
        QVERIFY2(r.exitCode == 0, r.err.right(1500).constData());
        // The debug log shows the exchange, with the credential replaced.
        QVERIFY2(r.err.contains("Authorization: <redacted>"), r.err.constData());
    }

    void refusedTokenIsNotEchoed()
    {
        const Run r =
            run(QStringList{QStringLiteral("approvals"), QStringLiteral("list")} + server(),
                "LATTICE_TOKEN", kRefusedToken);
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
    }

    void githubFlows()
    {
        const QByteArray token = kGitHubToken;
        Run r = run(QStringList{QStringLiteral("agent"), QStringLiteral("releases"),
                                QStringLiteral("LatticeNet/lattice-node-agent"),
                                QStringLiteral("--json")} +
                        githubApi(),
                    "GITHUB_TOKEN", token);
        // Exit 1 reports the fixture's deliberately inconsistent releases.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.right(1500).constData());
        QVERIFY(r.out.contains("\"server_latest\""));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("out")));
        r = run(QStringList{QStringLiteral("agent"), QStringLiteral("download"),
                            QStringLiteral("LatticeNet/lattice-node-agent"),
                            QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                            QStringLiteral("--out"), m_home.filePath(QStringLiteral("out"))} +
                    githubApi(),
                "GITHUB_TOKEN", token);
        QVERIFY2(r.exitCode == 0, r.err.right(1500).constData());
        QVERIFY2(r.err.contains("Authorization: <redacted>"), r.err.constData());
    }

    // Last: searches what every flow above left behind.
    void noTokenAnywhere()
    {
        QVERIFY(!m_output.isEmpty());
        const QStringList files = Lattice::Test::filesUnder(m_home.path());
        // The flows did write settings, a store or a cache; an empty home
        // would make this test prove nothing.
        QVERIFY2(!files.isEmpty(), "the CLI flows left no files to search");
        const QList<Lattice::Test::Secret> secrets{
            {QStringLiteral("the admin Lattice token"), kLatticeToken},
            {QStringLiteral("the refused Lattice token"), kRefusedToken},
            {QStringLiteral("the GitHub token"), kGitHubToken}};
        QList<Lattice::Test::Finding> found =
            Lattice::Test::findSecrets(m_output, QStringLiteral("CLI output"), secrets);
        found += Lattice::Test::findSecretsInFiles(files, secrets);
        QVERIFY2(found.isEmpty(), qPrintable(Lattice::Test::describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestTokenLeaks)
#include "tst_tokenleaks.moc"
