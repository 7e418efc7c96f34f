#include "CliProcess.h"
#include "FixtureServerProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kAdmin[] = "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
constexpr char kSha[] = "3f1c0e7d9a5b2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";

} // namespace

// The real lattice-desk-cli's server, policy and approvals commands against
// the fixture Lattice server. Exit codes, JSON shapes and the server's own
// messages are a contract with release scripts.
class TestServerCli : public QObject
{
    Q_OBJECT
    using Run = Lattice::Test::CliResult;

    QTemporaryDir m_home;
    Lattice::Test::FixtureServerProcess m_server;

    Run run(const QStringList& args, const QByteArray& token = kAdmin, const QByteArray& input = {})
    {
        Lattice::Test::CliOptions options;
        options.home = m_home.path();
        options.environment.insert(QStringLiteral("LATTICE_TOKEN"), QString::fromLatin1(token));
        options.input = input;
        return Lattice::Test::runCli(args, options);
    }

    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server.baseUrl().toString(),
                QStringLiteral("--insecure-loopback")};
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    Run pushCustom(const QStringList& nodes, const QString& version = QStringLiteral("0.3.0"))
    {
        QStringList args{QStringLiteral("policy"), QStringLiteral("push")};
        args << server();
        for (const QString& n : nodes)
            args << QStringLiteral("--node") << n;
        args << QStringLiteral("--url")
             << QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/"
                               "download/v0.3.0/lattice-agent-linux-amd64")
             << QStringLiteral("--sha256") << QString::fromLatin1(kSha).toUpper()
             << QStringLiteral("--version") << version;
        return run(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void serverVersion()
    {
        const Run r = run(QStringList{QStringLiteral("server"), QStringLiteral("version"),
                                      QStringLiteral("--json")} +
                          server());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("server_commit")).toString(),
                 QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8"));
        QCOMPARE(r.json().value(QStringLiteral("task_execution_disabled")).toBool(true), false);

        const Run human =
            run(QStringList{QStringLiteral("server"), QStringLiteral("version")} + server());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("v0.2.1"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no server")
            << QStringList{QStringLiteral("server"), QStringLiteral("version")};
        QTest::newRow("plain http without permission")
            << QStringList{QStringLiteral("approvals"), QStringLiteral("list"),
                           QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1")};
        QTest::newRow("http to a real host") << QStringList{
            QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--server"),
            QStringLiteral("http://lattice.example.com"), QStringLiteral("--insecure-loopback")};
        QTest::newRow("a path") << QStringList{
            QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--server"),
            QStringLiteral("https://lattice.example.com/dashboard")};
        QTest::newRow("token on the command line") << QStringList{
            QStringLiteral("approvals"), QStringLiteral("list"),
            QStringLiteral("--server"),  QStringLiteral("https://lattice.example.com"),
            QStringLiteral("--token"),   QStringLiteral("x")};
        QTest::newRow("both modes") << QStringList{QStringLiteral("policy"),
                                                   QStringLiteral("push"),
                                                   QStringLiteral("--server"),
                                                   QStringLiteral("https://lattice.example.com"),
                                                   QStringLiteral("--node"),
                                                   QStringLiteral("a"),
                                                   QStringLiteral("--official"),
                                                   QStringLiteral("--url"),
                                                   QStringLiteral("https://x/lattice-agent")};
        QTest::newRow("custom without version") << QStringList{
            QStringLiteral("policy"),   QStringLiteral("push"),
            QStringLiteral("--server"), QStringLiteral("https://lattice.example.com"),
            QStringLiteral("--node"),   QStringLiteral("a"),
            QStringLiteral("--url"),    QStringLiteral("https://x/lattice-agent"),
            QStringLiteral("--sha256"), QString::fromLatin1(kSha)};
        QTest::newRow("invalid policy is refused before sending") << QStringList{
            QStringLiteral("policy"),      QStringLiteral("push"),
            QStringLiteral("--server"),    QStringLiteral("https://lattice.example.com"),
            QStringLiteral("--node"),      QStringLiteral("a"),
            QStringLiteral("--official"),  QStringLiteral("--install-path"),
            QStringLiteral("/tmp/evil;rm")};
        QTest::newRow("plan without node") << QStringList{
            QStringLiteral("policy"), QStringLiteral("plan"), QStringLiteral("--server"),
            QStringLiteral("https://lattice.example.com")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        // Refused before any request: nothing reached the server.
        QVERIFY(m_server.requests().isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errors"); // field=message;…
        QTest::newRow("official") << QByteArray("{\"node_id\":\"edge-fra-1\",\"enabled\":true}")
                                  << 0 << QString();
        QTest::newRow("custom v prefix is valid but warned")
            << QByteArray("{\"node_id\":\"n\",\"enabled\":true,\"target_version\":\"v0.2.9\","
                          "\"binary_url\":\"https://example.com/lattice-agent\",\"sha256\":\"") +
                   kSha + "\"}"
            << 0 << QString();
        QTest::newRow("query in url")
            << QByteArray("{\"node_id\":\"n\",\"target_version\":\"0.2.9\",\"binary_url\":"
                          "\"https://example.com/a?b\",\"sha256\":\"") +
                   kSha + "\"}"
            << 1 << QStringLiteral("binary_url=binary_url must not contain a query");
        QTest::newRow("unknown field") << QByteArray("{\"node_id\":\"n\",\"channel\":\"stable\"}")
                                       << 1 << QStringLiteral("channel=invalid request body");
        QTest::newRow("trailing data")
            << QByteArray("{\"node_id\":\"n\"} {}") << 1 << QStringLiteral("=invalid request body");
        QTest::newRow("not an object")
            << QByteArray("[]") << 1 << QStringLiteral("=invalid request body");
        QTest::newRow("over 1 MiB") << QByteArray("{\"node_id\":\"n\",\"install_path\":\"/") +
                                           QByteArray(1024 * 1024, 'a') + "/lattice-agent\"}"
                                    << 1 << QStringLiteral("=invalid request body");
        QTest::newRow("two errors in the server's order")
            << QByteArray("{\"node_id\":\" \",\"service_name\":\"a b\"}") << 1
            << QStringLiteral("node_id=node_id is required;service_name=service_name contains "
                              "unsupported characters");
    }

    void validate()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QString, errors);
        const QString path = writeFile(QStringLiteral("policy.json"), body);
        QVERIFY(!path.isEmpty());
        const Run r = run(
            {QStringLiteral("policy"), QStringLiteral("validate"), path, QStringLiteral("--json")},
            {});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("valid")).toBool(), exitCode == 0);
        QStringList found;
        for (const QJsonValue& e : doc.value(QStringLiteral("errors")).toArray())
            found.append(e[QStringLiteral("field")].toString() + QLatin1Char('=') +
                         e[QStringLiteral("message")].toString());
        QCOMPARE(found.join(QLatin1Char(';')), errors);
    }

    void validateReadsStandardInputAndRefusesMissingFiles()
    {
        const Run stdinRun =
            run({QStringLiteral("policy"), QStringLiteral("validate"), QStringLiteral("-")}, {},
                "{\"node_id\":\"edge-fra-1\"}");
        QCOMPARE(stdinRun.exitCode, 0);
        QCOMPARE(stdinRun.out, QByteArray("valid\n"));
        const Run missing = run({QStringLiteral("policy"), QStringLiteral("validate"),
                                 m_home.filePath(QStringLiteral("absent.json"))},
                                {});
        QCOMPARE(missing.exitCode, 2);
    }

    void pushPlanApprove()
    {
        const Run pushed = pushCustom({QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2")});
        QCOMPARE(pushed.exitCode, 0);
        QVERIFY(pushed.out.contains("edge-fra-1: policy saved"));
        QVERIFY(pushed.out.contains("edge-fra-2: policy saved"));
        // The server lower-cased the digest; the body carried only client fields.
        int posts = 0;
        for (const QJsonValue& r : m_server.requests()) {
            if (r[QStringLiteral("method")].toString() != QLatin1String("POST"))
                continue;
            ++posts;
            const QJsonObject body =
                QJsonDocument::fromJson(r[QStringLiteral("body")].toString().toUtf8()).object();
            QCOMPARE(body.size(), 8);
            QVERIFY(!body.contains(QStringLiteral("last_error")));
        }
        QCOMPARE(posts, 2);

        const Run planned = run(QStringList{QStringLiteral("policy"), QStringLiteral("plan"),
                                            QStringLiteral("--node"), QStringLiteral("edge-fra-1"),
                                            QStringLiteral("--json")} +
                                server());
        QCOMPARE(planned.exitCode, 0);
        const QJsonObject plan = planned.json();
        QCOMPARE(plan.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QString text = plan.value(QStringLiteral("plan")).toString();
        QVERIFY(text.contains(QStringLiteral("sha256: ") + QString::fromLatin1(kSha)));
        QCOMPARE(plan.value(QStringLiteral("plan_sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
        const QString id = plan.value(QStringLiteral("approval_id")).toString();
        QVERIFY(id.startsWith(QLatin1String("approval_")));

        const Run listed = run(QStringList{QStringLiteral("approvals"), QStringLiteral("list"),
                                           QStringLiteral("--json")} +
                               server());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = listed.json().value(QStringLiteral("approvals")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("id")].toString(), id);

        const Run approved =
            run(QStringList{QStringLiteral("approvals"), QStringLiteral("approve"), id} + server());
        QCOMPARE(approved.exitCode, 0);
        QVERIFY(approved.out.contains(": approved"));
        const QJsonObject approveBody =
            QJsonDocument::fromJson(
                m_server.requests().last()[QStringLiteral("body")].toString().toUtf8())
                .object();
        QCOMPARE(approveBody.value(QStringLiteral("queue_apply")).toBool(), true);
        QCOMPARE(approveBody.value(QStringLiteral("plan_sha256")).toString(),
                 plan.value(QStringLiteral("plan_sha256")).toString());
    }

    void staleApprovalExitsOne()
    {
        QCOMPARE(pushCustom({QStringLiteral("edge-fra-1")}).exitCode, 0);
        const Run planned = run(QStringList{QStringLiteral("policy"), QStringLiteral("plan"),
                                            QStringLiteral("--node"), QStringLiteral("edge-fra-1"),
                                            QStringLiteral("--json")} +
                                server());
        const QString id = planned.json().value(QStringLiteral("approval_id")).toString();
        // A binding edit rejects the open approval on the server.
        QCOMPARE(pushCustom({QStringLiteral("edge-fra-1")}, QStringLiteral("0.3.1")).exitCode, 0);
        const Run approved =
            run(QStringList{QStringLiteral("approvals"), QStringLiteral("approve"), id} + server());
        QCOMPARE(approved.exitCode, 1);
        QVERIFY(approved.out.contains(": rejected"));
    }

    void noopExitsOneAndForcePlans()
    {
        const Run pushed = run(QStringList{QStringLiteral("policy"), QStringLiteral("push"),
                                           QStringLiteral("--node"), QStringLiteral("edge-fra-1"),
                                           QStringLiteral("--official"),
                                           QStringLiteral("--version"), QStringLiteral("0.2.9")} +
                               server());
        QCOMPARE(pushed.exitCode, 0);
        const QStringList plan =
            QStringList{QStringLiteral("policy"), QStringLiteral("plan"), QStringLiteral("--node"),
                        QStringLiteral("edge-fra-1")} +
            server();
        const Run noop = run(plan);
        QCOMPARE(noop.exitCode, 1);
        QVERIFY(noop.err.contains("agent_update_noop"));
        QVERIFY(noop.err.contains("req_"));
        const Run forced = run(plan + QStringList{QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.out.contains("target_version: 0.2.9\n"));
    }

    // Pitfall 18: a v0.2.x server plans 0.3.3-alpha.2 → 0.2.9 without a word.
    // The CLI judges the plan's own lines and warns on stderr; an upgrade
    // gets no warning, and --json stays the server's answer.
    void downgradePlannedByALegacyServerIsWarned()
    {
        QVERIFY(m_server.postControl(
            QStringLiteral("lattice/heartbeat"),
            {{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
             {QStringLiteral("agent_version"), QStringLiteral("0.3.3-alpha.2")}}));
        QCOMPARE(pushCustom({QStringLiteral("edge-fra-1")}, QStringLiteral("0.2.9")).exitCode, 0);
        const QStringList plan =
            QStringList{QStringLiteral("policy"), QStringLiteral("plan"), QStringLiteral("--node"),
                        QStringLiteral("edge-fra-1"), QStringLiteral("--json")} +
            server();
        const Run down = run(plan);
        QCOMPARE(down.exitCode, 0);
        QVERIFY2(down.err.contains("warning: this plan downgrades edge-fra-1 from 0.3.3-alpha.2 "
                                   "to 0.2.9"),
                 down.err.constData());
        QVERIFY(down.err.contains("without --force"));
        QVERIFY(down.json()
                    .value(QStringLiteral("plan"))
                    .toString()
                    .contains(QStringLiteral("current_version: 0.3.3-alpha.2\n")));

        QCOMPARE(pushCustom({QStringLiteral("edge-fra-1")}, QStringLiteral("0.3.3")).exitCode, 0);
        const Run up = run(plan);
        QCOMPARE(up.exitCode, 0);
        QVERIFY(up.json()
                    .value(QStringLiteral("plan"))
                    .toString()
                    .contains(QStringLiteral("target_version: 0.3.3\n")));
        QVERIFY2(!up.err.contains("warning"), up.err.constData());
    }

    void serverErrorsExitThreeWithCodeAndRequestId()
    {
        const Run noToken =
            run(QStringList{QStringLiteral("approvals"), QStringLiteral("list")} + server(),
                "token_aaaaaaaaaaaaaaaa.wrong");
        QCOMPARE(noToken.exitCode, 3);
        QVERIFY(noToken.err.contains("unauthorized: invalid bearer token"));
        QVERIFY(noToken.err.contains("request req_"));
        // The token itself never appears in output.
        QVERIFY(!noToken.err.contains("wrong"));

        const Run denied =
            run(QStringList{QStringLiteral("policy"), QStringLiteral("plan"),
                            QStringLiteral("--node"), QStringLiteral("core-ams-1")} +
                    server(),
                "token_allowlistfraonly.60ZtFTyAE89n_2ciwd4vfZ9bbGjZCFMJCDiTD6H-o6U");
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(denied.err.contains("capability_denied"));

        const Run unreachable =
            run({QStringLiteral("server"), QStringLiteral("version"), QStringLiteral("--server"),
                 QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--insecure-loopback")});
        QCOMPARE(unreachable.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
