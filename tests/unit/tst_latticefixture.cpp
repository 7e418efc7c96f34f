#include "FixtureServerProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Lattice::Test::FixtureServerProcess;

// The stateful agent-update contract of the fixture's Lattice server
// (shared/spec/lattice-server-api.md §5–§15) as a client sees it over HTTP.

namespace {

// Tokens from tests/fixtures/data/default/lattice/tokens.json.
const QByteArray Admin = "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
const QByteArray ReadOnly = "token_nodereadonlyview.j3jyTuvQb_WnCuAcI4Izb3iBntL9HkMbpRr1FP_E_S0";
const QByteArray Allowlisted = "token_allowlistfraonly.60ZtFTyAE89n_2ciwd4vfZ9bbGjZCFMJCDiTD6H-o6U";
const QByteArray PluginVerifier =
    "token_pluginverifyonly.fJMpj1qfYxhSIQZ_SukHbFwkHDJ0D0J0chRd3gD-vpk";
const QString AdminActor = QStringLiteral("user_mirac7q2x4b6n3pa");

// Digests from the default scenario's v0.2.9 SHA256SUMS.
const QString Arm64Sha =
    QStringLiteral("2f2a99dbd7257e72fe8b044ad56ef3977c0d31e2087a939b40ed445d3c812f1c");
const QString Amd64Sha =
    QStringLiteral("1121a388a00bbd7f71e2da74c95b4fec9f73b3ef5ffeb794f4f1c01d6a1818b1");
const QString ReleaseDownload =
    QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/download/");
const QString DefaultInstallPath = QStringLiteral("/opt/lattice/node-agent/lattice-agent");
const QString ZeroTime = QStringLiteral("0001-01-01T00:00:00Z");
const QString StalePrefix =
    QStringLiteral("agent update policy changed since this approval was planned; changed fields: ");

const QString SafetyBullets = QStringLiteral(
    "- The node downloads over HTTPS only, verifies the SHA-256 above and requires "
    "`<candidate> -version` to print the target version.\n"
    "- The binary is installed atomically; the previous one is kept as "
    "<install_path>.bak.<timestamp>.\n"
    "- The service restarts 3 seconds later through a transient systemd unit.\n"
    "- Default and legacy install paths and the default service name follow the running "
    "agent's binary and systemd unit.\n"
    "- The agent must run with -allow-exec (and -allow-root-exec when it runs as root).\n");

const QRegularExpression RequestIdPattern(QStringLiteral("^req_[a-z2-7]{16}$"));

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto& pair) {
            return pair.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString field(const QString& key) const { return object().value(key).toString(); }
    QJsonObject error() const { return object().value(QStringLiteral("error")).toObject(); }
};

QString planHash(const QString& plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QStringList stringsOf(const QJsonArray& rows, const QString& key)
{
    QStringList values;
    for (const QJsonValue& row : rows)
        values.append(row.toObject().value(key).toString());
    return values;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

// An error envelope with exactly this status, code and message, whose
// request_id matches the response header.
#define EXPECT_ERROR(reply, expectedStatus, expectedCode, expectedMessage)                         \
    do {                                                                                           \
        const Reply& r_ = (reply);                                                                 \
        QCOMPARE(r_.status, expectedStatus);                                                       \
        QCOMPARE(r_.error().value(QStringLiteral("code")).toString(),                              \
                 QStringLiteral(expectedCode));                                                    \
        QCOMPARE(r_.error().value(QStringLiteral("message")).toString(),                           \
                 QString(expectedMessage));                                                        \
        QCOMPARE(r_.error().value(QStringLiteral("request_id")).toString(),                        \
                 QString::fromLatin1(r_.header("x-lattice-request-id")));                          \
        QVERIFY(r_.body.endsWith('\n'));                                                           \
    } while (false)

class TestLatticeFixture : public QObject
{
    Q_OBJECT

private:
    FixtureServerProcess m_server;
    QNetworkAccessManager m_nam;

    Reply send(const QUrl& base, const QByteArray& verb, const QString& path,
               const QByteArray& token, const QByteArray& body = {})
    {
        QNetworkRequest request(QUrl(base.toString() + path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return result;
    }

    Reply get(const QString& path, const QByteArray& token = Admin)
    {
        return send(m_server.baseUrl(), "GET", path, token);
    }
    Reply postRaw(const QString& path, const QByteArray& body, const QByteArray& token = Admin)
    {
        return send(m_server.baseUrl(), "POST", path, token, body);
    }
    Reply post(const QString& path, const QJsonObject& body, const QByteArray& token = Admin)
    {
        return postRaw(path, compact(body), token);
    }
    Reply control(const QString& endpoint, const QJsonObject& body)
    {
        return send(m_server.baseUrl(), "POST", QStringLiteral("/_fixture/lattice/") + endpoint, {},
                    compact(body));
    }
    QJsonObject state()
    {
        return send(m_server.baseUrl(), "GET", QStringLiteral("/_fixture/lattice/state"), {})
            .object();
    }

    Reply savePolicy(const QString& nodeId, const QString& target, QJsonObject extra = {},
                     const QByteArray& token = Admin)
    {
        extra.insert(QStringLiteral("node_id"), nodeId);
        extra.insert(QStringLiteral("target_version"), target);
        if (!extra.contains(QStringLiteral("enabled")))
            extra.insert(QStringLiteral("enabled"), true);
        return post(QStringLiteral("/api/nodes/agent-updates"), extra, token);
    }
    Reply plan(const QString& nodeId, bool force = false, const QByteArray& token = Admin)
    {
        return post(QStringLiteral("/api/nodes/agent-updates/plan"),
                    {{QStringLiteral("node_id"), nodeId}, {QStringLiteral("force"), force}}, token);
    }
    Reply approve(const QJsonObject& approval, bool queueApply = true,
                  const QByteArray& token = Admin)
    {
        return post(QStringLiteral("/api/network/approvals/approve"),
                    {{QStringLiteral("approval_id"), approval.value(QStringLiteral("id"))},
                     {QStringLiteral("queue_apply"), queueApply},
                     {QStringLiteral("plan_sha256"),
                      planHash(approval.value(QStringLiteral("plan")).toString())}},
                    token);
    }
    Reply decide(const QString& decision, const QString& approvalId,
                 const QByteArray& token = Admin)
    {
        return post(QStringLiteral("/api/network/approvals/") + decision,
                    {{QStringLiteral("approval_id"), approvalId}}, token);
    }
    QJsonObject policyOf(const QString& nodeId)
    {
        for (const QJsonValue& row : get(QStringLiteral("/api/nodes/agent-updates"))
                                         .object()
                                         .value(QStringLiteral("policies"))
                                         .toArray()) {
            if (row.toObject().value(QStringLiteral("node_id")).toString() == nodeId)
                return row.toObject();
        }
        return {};
    }
    // The approval as stored, without the side effects of listing approvals.
    QJsonObject storedApproval(const QString& id)
    {
        for (const QJsonValue& row : state().value(QStringLiteral("approvals")).toArray()) {
            if (row.toObject().value(QStringLiteral("id")).toString() == id)
                return row.toObject();
        }
        return {};
    }
    QStringList auditActions(const QString& query = QStringLiteral("?limit=500"))
    {
        return stringsOf(get(QStringLiteral("/api/audit") + query)
                             .object()
                             .value(QStringLiteral("events"))
                             .toArray(),
                         QStringLiteral("action"));
    }
    bool configure(const QJsonObject& settings)
    {
        return control(QStringLiteral("config"), settings).status == 200;
    }

private slots:
    void initTestCase()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void cleanupTestCase() { m_server.stop(); }

    void bodiesAreDecodedStrictly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QString policies = QStringLiteral("/api/nodes/agent-updates");
        QTest::newRow("unknown field")
            << policies << QByteArray("{\"node_id\":\"edge-fra-1\",\"enabled\":true,\"x\":1}");
        QTest::newRow("trailing value")
            << policies << QByteArray("{\"node_id\":\"edge-fra-1\"} {}");
        QTest::newRow("trailing garbage")
            << policies << QByteArray("{\"node_id\":\"edge-fra-1\"}x");
        QTest::newRow("type mismatch")
            << policies << QByteArray("{\"node_id\":\"edge-fra-1\",\"enabled\":\"yes\"}");
        QTest::newRow("number for string") << policies << QByteArray("{\"node_id\":7}");
        QTest::newRow("bad server-owned time")
            << policies << QByteArray("{\"node_id\":\"edge-fra-1\",\"created_at\":\"yesterday\"}");
        QTest::newRow("array") << policies << QByteArray("[]");
        QTest::newRow("malformed") << policies << QByteArray("{\"node_id\":");
        QTest::newRow("over 1 MiB")
            << policies
            << QByteArray("{\"node_id\":\"edge-fra-1\"}") + QByteArray(1024 * 1024, ' ');
        QTest::newRow("plan unknown field")
            << QStringLiteral("/api/nodes/agent-updates/plan")
            << QByteArray("{\"node_id\":\"edge-fra-1\",\"dry_run\":true}");
        QTest::newRow("delete unknown field")
            << QStringLiteral("/api/nodes/agent-updates/delete")
            << QByteArray("{\"node_id\":\"edge-fra-1\",\"force\":true}");
        QTest::newRow("approve unknown field")
            << QStringLiteral("/api/network/approvals/approve")
            << QByteArray("{\"approval_id\":\"approval_x\",\"comment\":\"ok\"}");
        QTest::newRow("approve type mismatch")
            << QStringLiteral("/api/network/approvals/approve")
            << QByteArray("{\"approval_id\":\"approval_x\",\"queue_apply\":1}");
    }

    void bodiesAreDecodedStrictly()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        EXPECT_ERROR(postRaw(path, body), 400, "bad_request",
                     QStringLiteral("invalid request body"));
        QCOMPARE(state().value(QStringLiteral("policies")).toArray().size(), 0);
    }

    void bodiesUpToOneMebibyteAndServerOwnedFieldsAreAccepted()
    {
        const QByteArray object = "{\"node_id\":\"edge-fra-1\",\"enabled\":true}";
        const QByteArray exact = object + QByteArray(1024 * 1024 - object.size(), ' ');
        QCOMPARE(exact.size(), 1048576);
        QCOMPARE(postRaw(QStringLiteral("/api/nodes/agent-updates"), exact).status, 200);

        // Server-owned fields are known to the decoder and ignored; keys match
        // case-insensitively, as Go's encoding/json does.
        const Reply saved =
            postRaw(QStringLiteral("/api/nodes/agent-updates"),
                    "{\"Node_ID\":\"edge-fra-2\",\"enabled\":true,\"last_error\":\"boom\","
                    "\"last_applied_version\":\"9.9.9\",\"created_at\":\"2020-01-01T00:00:00Z\","
                    "\"last_planned_at\":null}");
        QCOMPARE(saved.status, 200);
        const QJsonObject policy = saved.object();
        QCOMPARE(policy.value(QStringLiteral("node_id")).toString(), QStringLiteral("edge-fra-2"));
        QVERIFY(!policy.contains(QStringLiteral("last_error")));
        QVERIFY(!policy.contains(QStringLiteral("last_applied_version")));
        QCOMPARE(policy.value(QStringLiteral("created_at")).toString(), ZeroTime);
    }

    void policyValidationFollowsTheSpecOrder_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        const QString sha(64, QLatin1Char('a'));
        const QString https = QStringLiteral("https://downloads.example/lattice-agent");
        auto custom = [&](QJsonObject extra) {
            extra.insert(QStringLiteral("node_id"), QStringLiteral("edge-fra-1"));
            if (!extra.contains(QStringLiteral("binary_url")))
                extra.insert(QStringLiteral("binary_url"), https);
            if (!extra.contains(QStringLiteral("sha256")))
                extra.insert(QStringLiteral("sha256"), sha);
            if (!extra.contains(QStringLiteral("target_version")))
                extra.insert(QStringLiteral("target_version"), QStringLiteral("0.2.9-fork.1"));
            return extra;
        };
        QTest::newRow("1 node_id blank")
            << QJsonObject{{QStringLiteral("node_id"), QStringLiteral("  ")},
                           {QStringLiteral("binary_url"), QStringLiteral("x")}}
            << QStringLiteral("node_id is required");
        QTest::newRow("2 node missing before pairing")
            << QJsonObject{{QStringLiteral("node_id"), QStringLiteral("ghost")},
                           {QStringLiteral("binary_url"), QStringLiteral("x")}}
            << QStringLiteral("node not found");
        QTest::newRow("3 url without sha")
            << QJsonObject{{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                           {QStringLiteral("binary_url"), https},
                           {QStringLiteral("target_version"), QStringLiteral("bad version")}}
            << QStringLiteral("binary_url and sha256 must be provided together, or both left "
                              "empty for the official release");
        QTest::newRow("3 sha without url")
            << QJsonObject{{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                           {QStringLiteral("sha256"), sha}}
            << QStringLiteral("binary_url and sha256 must be provided together, or both left "
                              "empty for the official release");
        QTest::newRow("4a official bad version")
            << QJsonObject{{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                           {QStringLiteral("target_version"), QStringLiteral("0.2.9 beta")},
                           {QStringLiteral("install_path"), QStringLiteral("relative")}}
            << QStringLiteral("target_version must be latest or an auditable version string");
        QTest::newRow("4b custom blank version")
            << custom({{QStringLiteral("target_version"), QString()},
                       {QStringLiteral("binary_url"), QStringLiteral("http://x")}})
            << QStringLiteral("target_version is required and must be an auditable version "
                              "string");
        QTest::newRow("5 plain http")
            << custom({{QStringLiteral("binary_url"), QStringLiteral("http://downloads.example/a")},
                       {QStringLiteral("sha256"), QStringLiteral("nothex")}})
            << QStringLiteral("binary_url must be an HTTPS URL");
        QTest::newRow("5 no host")
            << custom({{QStringLiteral("binary_url"), QStringLiteral("https:///a")}})
            << QStringLiteral("binary_url must be an HTTPS URL");
        QTest::newRow("6 userinfo")
            << custom({{QStringLiteral("binary_url"),
                        QStringLiteral("https://user:pw@downloads.example/a?x=1")}})
            << QStringLiteral("binary_url must not contain userinfo");
        QTest::newRow("7 bare question mark")
            << custom({{QStringLiteral("binary_url"),
                        QStringLiteral("https://downloads.example/a?#f")}})
            << QStringLiteral("binary_url must not contain a query");
        QTest::newRow("8 fragment") << custom({{QStringLiteral("binary_url"),
                                                QStringLiteral("https://downloads.example/a#f")}})
                                    << QStringLiteral("binary_url must not contain a fragment");
        QTest::newRow("9 short digest")
            << custom({{QStringLiteral("sha256"), QStringLiteral("abc123")},
                       {QStringLiteral("install_path"), QStringLiteral("relative")}})
            << QStringLiteral("sha256 must be a 64-character lowercase hex digest");
        QTest::newRow("11 relative path")
            << custom({{QStringLiteral("install_path"), QStringLiteral("opt/lattice-agent")},
                       {QStringLiteral("service_name"), QStringLiteral("bad name")}})
            << QStringLiteral("install_path must be absolute");
        QTest::newRow("12 dot-dot")
            << custom({{QStringLiteral("install_path"), QStringLiteral("/opt/../lattice-agent")}})
            << QStringLiteral("install_path must not contain a .. segment");
        QTest::newRow("13 dollar")
            << custom(
                   {{QStringLiteral("install_path"), QStringLiteral("/opt/$HOME/lattice-agent")}})
            << QStringLiteral("install_path contains unsafe characters");
        QTest::newRow("13 control character")
            << custom({{QStringLiteral("install_path"), QStringLiteral("/opt/a\tb/lattice-agent")}})
            << QStringLiteral("install_path contains unsafe characters");
        QTest::newRow("14 wrong file name")
            << custom({{QStringLiteral("install_path"), QStringLiteral("/usr/local/bin/agent")},
                       {QStringLiteral("service_name"), QStringLiteral("bad name")}})
            << QStringLiteral("install_path must end with /lattice-agent");
        QTest::newRow("15 service name")
            << custom({{QStringLiteral("service_name"), QStringLiteral("lattice agent.service")}})
            << QStringLiteral("service_name contains unsupported characters");
    }

    void policyValidationFollowsTheSpecOrder()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        EXPECT_ERROR(post(QStringLiteral("/api/nodes/agent-updates"), body), 400, "bad_request",
                     message);
        QCOMPARE(get(QStringLiteral("/api/nodes/agent-updates")).body,
                 QByteArray("{\"policies\":[]}\n"));
    }

    void policiesAreNormalizedAndFullyReplaced()
    {
        // Official mode: "v" stripped, the installer path silently rewritten.
        Reply saved = savePolicy(
            QStringLiteral("edge-fra-1"), QStringLiteral(" v0.2.9 "),
            {{QStringLiteral("auto_plan"), true},
             {QStringLiteral("install_path"), QStringLiteral("/opt/lattice/lattice-agent")},
             {QStringLiteral("service_name"), QStringLiteral("agent@1.service")}});
        QCOMPARE(saved.status, 200);
        const QJsonObject expectedFirst{
            {QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("auto_plan"), true},
            {QStringLiteral("target_version"), QStringLiteral("0.2.9")},
            {QStringLiteral("binary_url"), QString()},
            {QStringLiteral("sha256"), QString()},
            {QStringLiteral("install_path"), DefaultInstallPath},
            {QStringLiteral("service_name"), QStringLiteral("agent@1.service")},
            {QStringLiteral("last_planned_at"), ZeroTime},
            {QStringLiteral("last_applied_at"), ZeroTime},
            {QStringLiteral("created_at"), ZeroTime},
            {QStringLiteral("updated_at"), ZeroTime},
        };
        QCOMPARE(saved.object(), expectedFirst);
        QCOMPARE(saved.header("content-type"), QByteArray("application/json"));

        const QJsonObject stored = policyOf(QStringLiteral("edge-fra-1"));
        const QString createdAt = stored.value(QStringLiteral("created_at")).toString();
        QVERIFY(createdAt != ZeroTime);
        QVERIFY(QDateTime::fromString(createdAt, Qt::ISODateWithMs)
                    .secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(stored.value(QStringLiteral("updated_at")).toString(), createdAt);

        QTest::qWait(5);
        // Full replace: omitted fields fall back to false / defaults; the
        // answer carries the previous timestamps.
        saved = post(QStringLiteral("/api/nodes/agent-updates"),
                     {{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                      {QStringLiteral("target_version"), QStringLiteral("LATEST")}});
        QCOMPARE(saved.status, 200);
        QJsonObject second = saved.object();
        QCOMPARE(second.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(second.value(QStringLiteral("auto_plan")).toBool(true), false);
        QCOMPARE(second.value(QStringLiteral("target_version")).toString(),
                 QStringLiteral("latest"));
        QCOMPARE(second.value(QStringLiteral("install_path")).toString(), DefaultInstallPath);
        QCOMPARE(second.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("lattice-agent.service"));
        QCOMPARE(second.value(QStringLiteral("created_at")).toString(), createdAt);
        QCOMPARE(second.value(QStringLiteral("updated_at")).toString(), createdAt);
        const QJsonObject restored = policyOf(QStringLiteral("edge-fra-1"));
        QCOMPARE(restored.value(QStringLiteral("created_at")).toString(), createdAt);
        QVERIFY(restored.value(QStringLiteral("updated_at")).toString() > createdAt);

        // Custom mode keeps the version literally and lower-cases the digest.
        saved = savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("v0.2.9"),
                           {{QStringLiteral("binary_url"),
                             QStringLiteral(" https://mirror.example/agent/lattice-agent ")},
                            {QStringLiteral("sha256"), Arm64Sha.toUpper()},
                            {QStringLiteral("install_path"), QStringLiteral("  ")}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.field(QStringLiteral("target_version")), QStringLiteral("v0.2.9"));
        QCOMPARE(saved.field(QStringLiteral("binary_url")),
                 QStringLiteral("https://mirror.example/agent/lattice-agent"));
        QCOMPARE(saved.field(QStringLiteral("sha256")), Arm64Sha);
        QCOMPARE(saved.field(QStringLiteral("install_path")), DefaultInstallPath);

        const QJsonArray all = get(QStringLiteral("/api/nodes/agent-updates"))
                                   .object()
                                   .value(QStringLiteral("policies"))
                                   .toArray();
        QCOMPARE(stringsOf(all, QStringLiteral("node_id")),
                 (QStringList{QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2")}));
        QCOMPARE(auditActions(QStringLiteral("?action=agent.update.policy")),
                 QStringList(3, QStringLiteral("agent.update.policy")));
        const QJsonObject event =
            get(QStringLiteral("/api/audit?action=agent.update.policy&limit=1"))
                .object()
                .value(QStringLiteral("events"))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(event.value(QStringLiteral("metadata")).toObject(),
                 (QJsonObject{{QStringLiteral("target_version"), QStringLiteral("v0.2.9")},
                              {QStringLiteral("auto_plan"), QStringLiteral("false")}}));
    }

    void policyListsAndDeletesHonourScopes()
    {
        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("latest")).status, 200);
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-1"), QStringLiteral("latest")).status, 200);

        QCOMPARE(stringsOf(get(QStringLiteral("/api/nodes/agent-updates"), Allowlisted)
                               .object()
                               .value(QStringLiteral("policies"))
                               .toArray(),
                           QStringLiteral("node_id")),
                 QStringList{QStringLiteral("edge-fra-1")});
        QCOMPARE(get(QStringLiteral("/api/nodes/agent-updates"), PluginVerifier).body,
                 QByteArray("{\"policies\":[]}\n"));

        EXPECT_ERROR(
            savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("latest"), {}, ReadOnly), 403,
            "capability_denied", QStringLiteral("forbidden"));
        EXPECT_ERROR(
            savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("latest"), {}, Allowlisted),
            403, "capability_denied", QStringLiteral("forbidden"));
        // The scope check comes before validation.
        EXPECT_ERROR(
            savePolicy(QStringLiteral("ghost"), QStringLiteral("bad version"), {}, Allowlisted),
            403, "capability_denied", QStringLiteral("forbidden"));
        const QString deletePath = QStringLiteral("/api/nodes/agent-updates/delete");
        const QJsonObject core{{QStringLiteral("node_id"), QStringLiteral("core-ams-1")}};
        EXPECT_ERROR(post(deletePath, core, Allowlisted), 403, "capability_denied",
                     QStringLiteral("forbidden"));
        EXPECT_ERROR(post(deletePath, core, ReadOnly), 403, "capability_denied",
                     QStringLiteral("forbidden"));

        for (int i = 0; i < 2; ++i) {
            const Reply deleted = post(deletePath, core);
            QCOMPARE(deleted.status, 200);
            QCOMPARE(deleted.body, QByteArray("{\"ok\":true}\n"));
        }
        QCOMPARE(stringsOf(get(QStringLiteral("/api/nodes/agent-updates"))
                               .object()
                               .value(QStringLiteral("policies"))
                               .toArray(),
                           QStringLiteral("node_id")),
                 QStringList{QStringLiteral("edge-fra-1")});
        QCOMPARE(auditActions(QStringLiteral("?action=agent.update.policy.delete")).size(), 2);
    }

    void releaseSnapshotFollowsTheListRule()
    {
        const Reply reply = get(QStringLiteral("/api/nodes/agent-updates/releases"), ReadOnly);
        QCOMPARE(reply.status, 200);
        const QJsonObject snapshot = reply.object();
        QCOMPARE(snapshot.value(QStringLiteral("repo")).toString(),
                 QStringLiteral("LatticeNet/lattice-node-agent"));
        QCOMPARE(snapshot.value(QStringLiteral("channel")).toString(), QStringLiteral("stable"));
        QCOMPARE(snapshot.value(QStringLiteral("latest_tag")).toString(), QStringLiteral("v0.2.9"));
        QCOMPARE(snapshot.value(QStringLiteral("latest_version")).toString(),
                 QStringLiteral("0.2.9"));
        QCOMPARE(
            snapshot.value(QStringLiteral("release_url")).toString(),
            QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/tag/v0.2.9"));
        QCOMPARE(snapshot.value(QStringLiteral("artifacts")).toArray(),
                 (QJsonArray{QStringLiteral("lattice-agent-darwin-amd64"),
                             QStringLiteral("lattice-agent-darwin-arm64"),
                             QStringLiteral("lattice-agent-linux-amd64"),
                             QStringLiteral("lattice-agent-linux-arm64")}));
        QCOMPARE(snapshot.value(QStringLiteral("sha256"))
                     .toObject()
                     .value(QStringLiteral("lattice-agent-linux-arm64"))
                     .toString(),
                 Arm64Sha);
        const QDateTime fetchedAt = QDateTime::fromString(
            snapshot.value(QStringLiteral("fetched_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // 12 of the 16 published releases; the draft is invisible.
        const QJsonArray candidates = snapshot.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(stringsOf(candidates, QStringLiteral("tag_name")),
                 (QStringList{QStringLiteral("v0.3.3-alpha.2"), QStringLiteral("v0.3.3-alpha.1"),
                              QStringLiteral("v0.2.9"), QStringLiteral("v0.3.3"),
                              QStringLiteral("v0.3.2"), QStringLiteral("v0.3.1"),
                              QStringLiteral("v0.3.0"), QStringLiteral("v0.2.8"),
                              QStringLiteral("v0.2.7"), QStringLiteral("v0.2.6"),
                              QStringLiteral("v0.2.5"), QStringLiteral("v0.2.4")}));
        QCOMPARE(
            stringsOf(candidates, QStringLiteral("channel")).mid(0, 5),
            (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha"), QStringLiteral("stable"),
                         QStringLiteral("prerelease"), QStringLiteral("prerelease")}));
        QJsonArray latestFlags;
        for (const QJsonValue& candidate : candidates)
            latestFlags.append(candidate.toObject().value(QStringLiteral("latest_for_channel")));
        QCOMPARE(latestFlags, (QJsonArray{true, false, true, true, false, false, false, false,
                                          false, false, false, false}));
        QCOMPARE(candidates.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("tag_name"), QStringLiteral("v0.3.3-alpha.2")},
                              {QStringLiteral("version"), QStringLiteral("0.3.3-alpha.2")},
                              {QStringLiteral("channel"), QStringLiteral("alpha")},
                              {QStringLiteral("prerelease"), true},
                              {QStringLiteral("latest_for_channel"), true},
                              {QStringLiteral("release_url"),
                               QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/"
                                              "releases/tag/v0.3.3-alpha.2")}}));

        EXPECT_ERROR(get(QStringLiteral("/api/nodes/agent-updates/releases"), PluginVerifier), 403,
                     "capability_denied", QStringLiteral("forbidden"));
        // A repository GitHub does not know: the cause stays hidden.
        QVERIFY(configure({{QStringLiteral("agent_release_repo"), QStringLiteral("Nobody/none")}}));
        EXPECT_ERROR(get(QStringLiteral("/api/nodes/agent-updates/releases")), 502, "bad_gateway",
                     QStringLiteral("upstream service error"));
    }

    void planTextIsExact()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        Reply planned = plan(QStringLiteral("edge-fra-2"));
        QCOMPARE(planned.status, 200);
        QJsonObject approval = planned.object();
        const QString namedPlan =
            QStringLiteral("plugin: agentupdate\n"
                           "mode: manual\n"
                           "node_id: edge-fra-2\n"
                           "node_name: Edge Frankfurt 2\n"
                           "current_version: 0.2.8\n"
                           "target_version: 0.2.9\n"
                           "binary_url: ") +
            ReleaseDownload + QStringLiteral("v0.2.9/lattice-agent-linux-arm64\n") +
            QStringLiteral("sha256: ") + Arm64Sha +
            QStringLiteral("\ninstall_path: /opt/lattice/node-agent/lattice-agent\n"
                           "service_name: lattice-agent.service\n"
                           "\n"
                           "Safety:\n") +
            SafetyBullets;
        QCOMPARE(approval.value(QStringLiteral("plan")).toString(), namedPlan);
        QVERIFY(QRegularExpression(QStringLiteral("^approval_[a-z2-7]{16}$"))
                    .match(approval.value(QStringLiteral("id")).toString())
                    .hasMatch());
        const QString createdAt = approval.value(QStringLiteral("created_at")).toString();
        QCOMPARE(
            approval,
            (QJsonObject{{QStringLiteral("id"), approval.value(QStringLiteral("id"))},
                         {QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                         {QStringLiteral("plugin"), QStringLiteral("agentupdate")},
                         {QStringLiteral("action"), QStringLiteral("update-agent")},
                         {QStringLiteral("plan"), namedPlan},
                         {QStringLiteral("status"), QStringLiteral("pending")},
                         {QStringLiteral("reason"),
                          QStringLiteral("Node agent upgrade 0.2.8 -> 0.2.9 (Edge Frankfurt 2)")},
                         {QStringLiteral("actor_id"), AdminActor},
                         {QStringLiteral("created_at"), createdAt},
                         {QStringLiteral("updated_at"), createdAt}}));

        const QJsonObject policy = policyOf(QStringLiteral("edge-fra-2"));
        QCOMPARE(policy.value(QStringLiteral("last_planned_version")).toString(),
                 QStringLiteral("0.2.9"));
        QVERIFY(policy.value(QStringLiteral("last_planned_at")).toString() != ZeroTime);
        const QJsonObject event = get(QStringLiteral("/api/audit?action=agent.update.plan"))
                                      .object()
                                      .value(QStringLiteral("events"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(
            event.value(QStringLiteral("metadata")).toObject(),
            (QJsonObject{{QStringLiteral("target_version"), QStringLiteral("latest")},
                         {QStringLiteral("mode"), QStringLiteral("manual")},
                         {QStringLiteral("approval_id"), approval.value(QStringLiteral("id"))}}));
        QCOMPARE(event.value(QStringLiteral("correlation_id")).toString(),
                 QString::fromLatin1(planned.header("x-lattice-request-id")));
        QCOMPARE(event.value(QStringLiteral("node_id")).toString(), QStringLiteral("edge-fra-2"));
        QVERIFY(QRegularExpression(QStringLiteral("^audit_[a-z2-7]{16}$"))
                    .match(event.value(QStringLiteral("id")).toString())
                    .hasMatch());

        // A node without a name (and without os/arch facts: linux/amd64).
        QCOMPARE(savePolicy(QStringLiteral("dev-box-7"), QStringLiteral("latest")).status, 200);
        planned = plan(QStringLiteral("dev-box-7"));
        QCOMPARE(planned.status, 200);
        approval = planned.object();
        QCOMPARE(approval.value(QStringLiteral("plan")).toString(),
                 QStringLiteral("plugin: agentupdate\n"
                                "mode: manual\n"
                                "node_id: dev-box-7\n"
                                "current_version: dev\n"
                                "target_version: 0.2.9\n"
                                "binary_url: ") +
                     ReleaseDownload + QStringLiteral("v0.2.9/lattice-agent-linux-amd64\n") +
                     QStringLiteral("sha256: ") + Amd64Sha +
                     QStringLiteral("\ninstall_path: /opt/lattice/node-agent/lattice-agent\n"
                                    "service_name: lattice-agent.service\n\nSafety:\n") +
                     SafetyBullets);
        QCOMPARE(approval.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Node agent upgrade dev -> 0.2.9 (dev-box-7)"));

        // The plan hash is the SHA-256 of the exact plan string.
        const Reply approved = approve(approval);
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.field(QStringLiteral("status")), QStringLiteral("approved"));
        QCOMPARE(approved.field(QStringLiteral("approved_by")), AdminActor);
    }

    void platformGates()
    {
        auto planError = [this](const QString& node, const QString& target, QJsonObject extra) {
            savePolicy(node, target, extra);
            return plan(node);
        };
        EXPECT_ERROR(
            planError(QStringLiteral("lab-mac-1"), QStringLiteral("latest"), {}), 400,
            "bad_request",
            QStringLiteral("server-controlled agent updates currently require "
                           "linux/systemd nodes; darwin release artifacts are manual-only"));
        EXPECT_ERROR(
            planError(QStringLiteral("rpi-lab-3"), QStringLiteral("latest"), {}), 400,
            "bad_request",
            QStringLiteral("official lattice-agent releases do not support arch \"armv7l\""));

        // Custom artifacts skip the arch gate but not the OS gate.
        const QJsonObject custom{{QStringLiteral("binary_url"),
                                  QStringLiteral("https://mirror.example/armv7/lattice-agent")},
                                 {QStringLiteral("sha256"), Arm64Sha}};
        EXPECT_ERROR(
            planError(QStringLiteral("lab-mac-1"), QStringLiteral("0.2.9"), custom), 400,
            "bad_request",
            QStringLiteral("server-controlled agent updates currently require "
                           "linux/systemd nodes; darwin release artifacts are manual-only"));
        const Reply armv7 =
            planError(QStringLiteral("rpi-lab-3"), QStringLiteral("0.2.9-armv7"), custom);
        QCOMPARE(armv7.status, 200);
        QVERIFY(armv7.field(QStringLiteral("plan"))
                    .contains(QStringLiteral(
                        "binary_url: https://mirror.example/armv7/lattice-agent\n")));

        // An explicit official target resolves its own tag, prereleases included.
        const Reply alpha =
            planError(QStringLiteral("edge-fra-1"), QStringLiteral("0.3.3-alpha.2"), {});
        QCOMPARE(alpha.status, 200);
        QVERIFY(alpha.field(QStringLiteral("plan"))
                    .contains(QStringLiteral("binary_url: ") + ReleaseDownload +
                              QStringLiteral("v0.3.3-alpha.2/lattice-agent-linux-amd64\n")));
        EXPECT_ERROR(planError(QStringLiteral("edge-fra-1"), QStringLiteral("9.9.9"), {}), 400,
                     "bad_request", QStringLiteral("fetch agent release metadata: 404 Not Found"));
        // Drafts cannot be downloaded anonymously.
        EXPECT_ERROR(planError(QStringLiteral("edge-fra-1"), QStringLiteral("0.3.3-alpha.3"), {}),
                     400, "bad_request",
                     QStringLiteral("fetch agent release metadata: 404 Not Found"));
    }

    void officialResolutionReadsSha256sumsNarrowly()
    {
        // A fork whose SHA256SUMS uses forms the server does not read, and a
        // busy repository whose only stable release is the 21st in the list.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        const QString upper = QString(64, QLatin1Char('A'));
        const QByteArray sums = upper.toLatin1() + "  lattice-agent-linux-amd64\r\n" +
                                QByteArray(64, 'b') + "  *lattice-agent-linux-arm64\n" +
                                QByteArray(64, 'c') + "  ./lattice-agent-darwin-arm64\n";
        QJsonArray fork{QJsonObject{
            {QStringLiteral("id"), 1},
            {QStringLiteral("tag_name"), QStringLiteral("v2.0.0")},
            {QStringLiteral("created_at"), QStringLiteral("2026-08-01T00:00:00Z")},
            {QStringLiteral("assets"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("SHA256SUMS")}}}}}};
        QVERIFY(writeFile(root + QStringLiteral("/github/repos/Example/agent-fork/releases.json"),
                          compact(fork)));
        QVERIFY(writeFile(
            root + QStringLiteral("/github/repos/Example/agent-fork/assets/v2.0.0/SHA256SUMS"),
            sums));
        QJsonArray busy;
        for (int i = 0; i < 21; ++i) {
            const QString tag =
                i < 20 ? QStringLiteral("v3.0.0-rc.%1").arg(20 - i) : QStringLiteral("v2.9.0");
            busy.append(
                QJsonObject{{QStringLiteral("id"), 100 + i},
                            {QStringLiteral("tag_name"), tag},
                            {QStringLiteral("prerelease"), i < 20},
                            {QStringLiteral("created_at"), QStringLiteral("2026-08-01T00:00:00Z")},
                            {QStringLiteral("assets"), QJsonArray()}});
        }
        QVERIFY(writeFile(root + QStringLiteral("/github/repos/Example/busy-agent/releases.json"),
                          compact(busy)));
        QVERIFY(writeFile(root + QStringLiteral("/lattice/tokens.json"),
                          compact(QJsonArray{QJsonObject{
                              {QStringLiteral("token"), QString::fromLatin1(Admin)},
                              {QStringLiteral("actor_id"), AdminActor},
                              {QStringLiteral("username"), QStringLiteral("mira")},
                              {QStringLiteral("scopes"), QJsonArray{QStringLiteral("*")}}}})));
        auto node = [](const QString& id, const QString& arch) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), QString()},
                               {QStringLiteral("agent_version"), QStringLiteral("1.0.0")},
                               {QStringLiteral("host_facts"),
                                QJsonObject{{QStringLiteral("os"), QStringLiteral("Linux")},
                                            {QStringLiteral("arch"), arch}}}};
        };
        QVERIFY(
            writeFile(root + QStringLiteral("/lattice/nodes.json"),
                      compact(QJsonArray{node(QStringLiteral("amd"), QStringLiteral("x86_64")),
                                         node(QStringLiteral("arm"), QStringLiteral("aarch64"))})));
        QVERIFY(writeFile(root + QStringLiteral("/lattice/server.json"),
                          "{\"alpha\":31,\"agent_release_repo\":\"Example/agent-fork\"}"));

        FixtureServerProcess forkServer;
        QString error;
        QVERIFY2(forkServer.start({QStringLiteral("--scenario"), root}, &error), qPrintable(error));
        const QUrl base = forkServer.baseUrl();
        auto call = [&](const QByteArray& verb, const QString& path, const QJsonObject& body = {}) {
            return send(base, verb, path, Admin, body.isEmpty() ? QByteArray() : compact(body));
        };
        for (const QString& id : {QStringLiteral("amd"), QStringLiteral("arm")}) {
            QCOMPARE(call("POST", QStringLiteral("/api/nodes/agent-updates"),
                          {{QStringLiteral("node_id"), id}, {QStringLiteral("enabled"), true}})
                         .status,
                     200);
        }
        const Reply amd = call("POST", QStringLiteral("/api/nodes/agent-updates/plan"),
                               {{QStringLiteral("node_id"), QStringLiteral("amd")}});
        QCOMPARE(amd.status, 200);
        // alpha ≥ a31: the binary_source line and two more Safety bullets.
        QCOMPARE(amd.field(QStringLiteral("plan")),
                 QStringLiteral("plugin: agentupdate\nmode: manual\nnode_id: amd\n"
                                "current_version: 1.0.0\ntarget_version: 2.0.0\n"
                                "binary_source: upstream\n"
                                "binary_url: https://github.com/Example/agent-fork/releases/"
                                "download/v2.0.0/lattice-agent-linux-amd64\n"
                                "sha256: ") +
                     upper.toLower() +
                     QStringLiteral("\ninstall_path: /opt/lattice/node-agent/lattice-agent\n"
                                    "service_name: lattice-agent.service\n\nSafety:\n"
                                    "- The node downloads the binary from the upstream release "
                                    "URL above, not from this server.\n"
                                    "- Redirects are followed only for upstream downloads; "
                                    "control-plane downloads use the task lease.\n") +
                     SafetyBullets);
        EXPECT_ERROR(call("POST", QStringLiteral("/api/nodes/agent-updates/plan"),
                          {{QStringLiteral("node_id"), QStringLiteral("arm")}}),
                     400, "bad_request",
                     QStringLiteral("official release v2.0.0 does not publish checksum for "
                                    "lattice-agent-linux-arm64"));
        const Reply snapshot = call("GET", QStringLiteral("/api/nodes/agent-updates/releases"));
        // The snapshot lists second fields literally, so the marked names show
        // up there even though plans cannot use them.
        QCOMPARE(snapshot.object().value(QStringLiteral("artifacts")).toArray(),
                 (QJsonArray{QStringLiteral("*lattice-agent-linux-arm64"),
                             QStringLiteral("./lattice-agent-darwin-arm64"),
                             QStringLiteral("lattice-agent-linux-amd64")}));

        QCOMPARE(send(base, "POST", QStringLiteral("/_fixture/lattice/config"), {},
                      "{\"agent_release_repo\":\"Example/busy-agent\"}")
                     .status,
                 200);
        EXPECT_ERROR(call("POST", QStringLiteral("/api/nodes/agent-updates/plan"),
                          {{QStringLiteral("node_id"), QStringLiteral("amd")}}),
                     400, "bad_request", QStringLiteral("no stable v* agent release found"));
        EXPECT_ERROR(call("GET", QStringLiteral("/api/nodes/agent-updates/releases")), 502,
                     "bad_gateway", QStringLiteral("upstream service error"));
    }

    void dedupReturnsTheSameApproval()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const Reply first = plan(QStringLiteral("edge-fra-2"));
        QCOMPARE(first.status, 200);
        const Reply again = plan(QStringLiteral("edge-fra-2"));
        const Reply forced = plan(QStringLiteral("edge-fra-2"), true);
        QCOMPARE(again.object(), first.object());
        QCOMPARE(forced.object(), first.object());
        QCOMPARE(state().value(QStringLiteral("approvals")).toArray().size(), 1);

        // Approved rows dedup too.
        QCOMPARE(approve(first.object()).status, 200);
        const Reply afterApproval = plan(QStringLiteral("edge-fra-2"));
        QCOMPARE(afterApproval.field(QStringLiteral("id")), first.field(QStringLiteral("id")));
        QCOMPARE(afterApproval.field(QStringLiteral("status")), QStringLiteral("approved"));
    }

    void downgradesOnTheStableLine()
    {
        // v0.2.x: numeric comparison; anything with a suffix is not comparable.
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-1"), QStringLiteral("0.2.8")).status, 200);
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-1")), 400, "bad_request",
                     QStringLiteral("refusing to plan agent downgrade from 0.2.9 to 0.2.8"));
        QCOMPARE(state().value(QStringLiteral("approvals")).toArray().size(), 0);
        QCOMPARE(plan(QStringLiteral("edge-fra-1"), true).status, 200);

        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("latest")).status, 200);
        const Reply fromAlpha = plan(QStringLiteral("core-ams-1"));
        QCOMPARE(fromAlpha.status, 200);
        QVERIFY(fromAlpha.field(QStringLiteral("plan"))
                    .contains(
                        QStringLiteral("current_version: 0.3.3-alpha.2\ntarget_version: 0.2.9\n")));
        QCOMPARE(savePolicy(QStringLiteral("dev-box-7"), QStringLiteral("latest")).status, 200);
        QCOMPARE(plan(QStringLiteral("dev-box-7")).status, 200);
    }

    void downgradesOnNewerAlphas()
    {
        QVERIFY(configure({{QStringLiteral("alpha"), 20}}));
        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("latest")).status, 200);
        EXPECT_ERROR(
            plan(QStringLiteral("core-ams-1")), 400, "bad_request",
            QStringLiteral("refusing to plan agent downgrade from 0.3.3-alpha.2 to 0.2.9"));
        QCOMPARE(savePolicy(QStringLiteral("dev-box-7"), QStringLiteral("latest")).status, 200);
        EXPECT_ERROR(plan(QStringLiteral("dev-box-7")), 400, "bad_request",
                     QStringLiteral("unsupported agent version syntax: current=\"dev\" "
                                    "target=\"0.2.9\""));
        QCOMPARE(plan(QStringLiteral("dev-box-7"), true).status, 200);
        // alpha.1 < alpha.2 < release.
        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("0.3.3-alpha.1")).status,
                 200);
        EXPECT_ERROR(plan(QStringLiteral("core-ams-1")), 400, "bad_request",
                     QStringLiteral("refusing to plan agent downgrade from 0.3.3-alpha.2 to "
                                    "0.3.3-alpha.1"));
        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("0.3.3")).status, 200);
        QCOMPARE(plan(QStringLiteral("core-ams-1")).status, 200);
        // A node that never reported a version is not checked.
        QCOMPARE(savePolicy(QStringLiteral("new-node-1"), QStringLiteral("latest")).status, 200);
        const Reply fresh = plan(QStringLiteral("new-node-1"));
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.field(QStringLiteral("plan"))
                    .contains(QStringLiteral("node_name: Spare edge\ncurrent_version: \n")));
    }

    void noopPlanClosesOpenApprovals()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QJsonObject open = plan(QStringLiteral("edge-fra-2")).object();
        // The agent got there another way.
        QCOMPARE(control(QStringLiteral("heartbeat"),
                         {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                          {QStringLiteral("agent_version"), QStringLiteral("0.2.9")}})
                     .status,
                 200);
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-2")), 409, "agent_update_noop",
                     QStringLiteral("agent already reports the target version"));
        const QJsonObject closed = storedApproval(open.value(QStringLiteral("id")).toString());
        QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!closed.contains(QStringLiteral("stale")));
        const QJsonObject policy = policyOf(QStringLiteral("edge-fra-2"));
        QCOMPARE(policy.value(QStringLiteral("last_applied_version")).toString(),
                 QStringLiteral("0.2.9"));
        QVERIFY(policy.value(QStringLiteral("last_applied_at")).toString() != ZeroTime);
        QVERIFY(!policy.contains(QStringLiteral("last_error")));

        // force skips the no-op check and plans a reinstall.
        const Reply forced = plan(QStringLiteral("edge-fra-2"), true);
        QCOMPARE(forced.status, 200);
        QVERIFY(forced.field(QStringLiteral("id")) != open.value(QStringLiteral("id")).toString());
        QVERIFY(forced.field(QStringLiteral("plan"))
                    .contains(QStringLiteral("current_version: 0.2.9\ntarget_version: 0.2.9\n")));
    }

    void policyEditsAndVersionChangesMakeApprovalsStale()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QJsonObject first = plan(QStringLiteral("edge-fra-2")).object();
        const QString firstId = first.value(QStringLiteral("id")).toString();

        // auto_plan is not a binding field.
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest"),
                            {{QStringLiteral("auto_plan"), true}})
                     .status,
                 200);
        QCOMPARE(storedApproval(firstId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest"),
                            {{QStringLiteral("service_name"), QStringLiteral("agent.service")}})
                     .status,
                 200);
        QJsonObject stale = storedApproval(firstId);
        QCOMPARE(stale.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(stale.value(QStringLiteral("stale")).toBool(), true);
        QCOMPARE(stale.value(QStringLiteral("stale_code")).toString(),
                 QStringLiteral("agent_update_policy_changed"));
        QCOMPARE(
            stale.value(QStringLiteral("reason")).toString(),
            StalePrefix +
                QStringLiteral("service_name planned=lattice-agent.service current=agent.service; "
                               "re-plan before approving"));
        // Approving a row that is no longer pending is a 200 no-op.
        const Reply unchanged = approve(first);
        QCOMPARE(unchanged.status, 200);
        QCOMPARE(unchanged.field(QStringLiteral("status")), QStringLiteral("rejected"));
        QVERIFY(!unchanged.object().contains(QStringLiteral("approved_by")));

        // The node's version moves after planning: approve re-resolves the
        // payload, persists the rejection and answers approval_stale.
        const QJsonObject second = plan(QStringLiteral("edge-fra-2")).object();
        QVERIFY(second.value(QStringLiteral("id")).toString() != firstId);
        QCOMPARE(control(QStringLiteral("heartbeat"),
                         {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                          {QStringLiteral("agent_version"), QStringLiteral("0.2.8-hotfix")}})
                     .status,
                 200);
        const QString secondStale =
            StalePrefix + QStringLiteral("current_version planned=0.2.8 current=0.2.8-hotfix; "
                                         "re-plan before approving");
        EXPECT_ERROR(approve(second), 409, "approval_stale", secondStale);
        const QJsonObject rejected = storedApproval(second.value(QStringLiteral("id")).toString());
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected.value(QStringLiteral("reason")).toString(), secondStale);
        QVERIFY(state().value(QStringLiteral("tasks")).toArray().isEmpty());

        // Listing approvals re-checks open rows and rejects stale ones.
        const QJsonObject third = plan(QStringLiteral("edge-fra-2")).object();
        QCOMPARE(control(QStringLiteral("heartbeat"),
                         {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                          {QStringLiteral("agent_version"), QStringLiteral("0.2.8")}})
                     .status,
                 200);
        QCOMPARE(storedApproval(third.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("pending"));
        const QJsonArray listed = get(QStringLiteral("/api/network/approvals")).array();
        QCOMPARE(stringsOf(listed, QStringLiteral("id")),
                 (QStringList{third.value(QStringLiteral("id")).toString(),
                              second.value(QStringLiteral("id")).toString(), firstId}));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("stale")).toBool(), true);

        // Deleting the policy rejects open rows too.
        const QJsonObject fourth = plan(QStringLiteral("edge-fra-2")).object();
        QCOMPARE(post(QStringLiteral("/api/nodes/agent-updates/delete"),
                      {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")}})
                     .status,
                 200);
        QCOMPARE(storedApproval(fourth.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("stale"))
                     .toBool(),
                 true);
    }

    void approveChecksInOrder()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QJsonObject approval = plan(QStringLiteral("edge-fra-2")).object();
        const QString id = approval.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/api/network/approvals/approve");

        EXPECT_ERROR(post(path, {{QStringLiteral("approval_id"), QStringLiteral("approval_nope")},
                                 {QStringLiteral("queue_apply"), true}}),
                     404, "not_found", QStringLiteral("approval not found"));
        // The id is not trimmed on approve.
        EXPECT_ERROR(post(path, {{QStringLiteral("approval_id"), id + QLatin1Char(' ')}}), 404,
                     "not_found", QStringLiteral("approval not found"));
        EXPECT_ERROR(post(path, {{QStringLiteral("approval_id"), id},
                                 {QStringLiteral("queue_apply"), true}}),
                     400, "bad_request",
                     QStringLiteral("plan_sha256 is required for this approval"));
        EXPECT_ERROR(post(path, {{QStringLiteral("approval_id"), id},
                                 {QStringLiteral("queue_apply"), true},
                                 {QStringLiteral("plan_sha256"), QString(64, QLatin1Char('0'))}}),
                     409, "approval_stale",
                     QStringLiteral("plan changed since review; re-review before approving"));
        EXPECT_ERROR(approve(approval, true, Allowlisted), 403, "capability_denied",
                     QStringLiteral("forbidden"));
        EXPECT_ERROR(approve(approval, true, ReadOnly), 403, "capability_denied",
                     QStringLiteral("forbidden"));

        // Kill switch: visible in /api/version and refusing queued applies.
        QVERIFY(configure({{QStringLiteral("task_execution_disabled"), true}}));
        QCOMPARE(get(QStringLiteral("/api/version"), {})
                     .object()
                     .value(QStringLiteral("task_execution_disabled")),
                 QJsonValue(true));
        EXPECT_ERROR(approve(approval), 409, "task_execution_disabled",
                     QStringLiteral("task execution is disabled by server fleet kill switch"));
        QCOMPARE(storedApproval(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QVERIFY(configure({{QStringLiteral("task_execution_disabled"), false}}));
        QVERIFY(!get(QStringLiteral("/api/version"), {})
                     .object()
                     .contains(QStringLiteral("task_execution_disabled")));

        // Case and surrounding whitespace of the submitted hash do not matter.
        const Reply approved =
            post(path, {{QStringLiteral("approval_id"), id},
                        {QStringLiteral("queue_apply"), true},
                        {QStringLiteral("plan_sha256"),
                         QStringLiteral("  ") +
                             planHash(approval.value(QStringLiteral("plan")).toString()).toUpper() +
                             QStringLiteral("\n")}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.field(QStringLiteral("status")), QStringLiteral("approved"));
        const QJsonArray tasks = get(QStringLiteral("/api/tasks")).array();
        QCOMPARE(tasks.size(), 1);
        const QJsonObject task = tasks.at(0).toObject();
        QCOMPARE(task.value(QStringLiteral("targets")).toArray(),
                 QJsonArray{QStringLiteral("edge-fra-2")});
        QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(task.value(QStringLiteral("timeout_sec")).toInt(), 300);
        QCOMPARE(task.value(QStringLiteral("output_limit")).toInt(), 65536);
        QCOMPARE(task.value(QStringLiteral("interpreter")).toString(), QStringLiteral("sh"));
        QCOMPARE(task.value(QStringLiteral("finished_at")).toString(), ZeroTime);
        QVERIFY(!task.contains(QStringLiteral("approval_id")));
        QVERIFY(!task.contains(QStringLiteral("leased_by")));

        // Approving again changes nothing and queues nothing.
        const Reply again = approve(approval);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object(), approved.object());
        QCOMPARE(get(QStringLiteral("/api/tasks")).array().size(), 1);
        EXPECT_ERROR(get(QStringLiteral("/api/tasks"), PluginVerifier), 403, "capability_denied",
                     QStringLiteral("forbidden"));

        // queue_apply:false strands the row as approved without a task.
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-1"), QStringLiteral("0.2.8")).status, 200);
        const QJsonObject stranded = plan(QStringLiteral("edge-fra-1"), true).object();
        QCOMPARE(approve(stranded, false).field(QStringLiteral("status")),
                 QStringLiteral("approved"));
        QCOMPARE(get(QStringLiteral("/api/tasks")).array().size(), 1);
    }

    void rejectAndDismiss()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QString pending = plan(QStringLiteral("edge-fra-2")).field(QStringLiteral("id"));
        EXPECT_ERROR(decide(QStringLiteral("dismiss"), pending), 409, "approval_stale",
                     QStringLiteral("approval is not stale; reject or approve it explicitly"));
        EXPECT_ERROR(decide(QStringLiteral("dismiss"), QStringLiteral("approval_nope")), 404,
                     "not_found", QStringLiteral("approval not found"));
        EXPECT_ERROR(decide(QStringLiteral("reject"), pending, Allowlisted), 403,
                     "capability_denied", QStringLiteral("forbidden"));

        const Reply rejected = decide(QStringLiteral("reject"), QLatin1Char(' ') + pending);
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.field(QStringLiteral("status")), QStringLiteral("rejected"));
        const Reply again = decide(QStringLiteral("reject"), pending);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object(), rejected.object());
        // Rejected by hand is not stale.
        EXPECT_ERROR(decide(QStringLiteral("dismiss"), pending), 409, "approval_stale",
                     QStringLiteral("approval is not stale; reject or approve it explicitly"));

        const QString stale = plan(QStringLiteral("edge-fra-2")).field(QStringLiteral("id"));
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("0.2.9")).status, 200);
        const Reply dismissed = decide(QStringLiteral("dismiss"), stale);
        QCOMPARE(dismissed.status, 200);
        QCOMPARE(dismissed.field(QStringLiteral("status")), QStringLiteral("dismissed"));
        QCOMPARE(decide(QStringLiteral("dismiss"), stale).field(QStringLiteral("status")),
                 QStringLiteral("dismissed"));
        QVERIFY(
            !stringsOf(get(QStringLiteral("/api/network/approvals")).array(), QStringLiteral("id"))
                 .contains(stale));
        QVERIFY(
            stringsOf(get(QStringLiteral("/api/network/approvals?include_dismissed=yes")).array(),
                      QStringLiteral("id"))
                .contains(stale));

        // An approval whose apply task is still queued cannot be dismissed.
        const QJsonObject active = plan(QStringLiteral("edge-fra-2")).object();
        QCOMPARE(approve(active).status, 200);
        EXPECT_ERROR(
            decide(QStringLiteral("dismiss"), active.value(QStringLiteral("id")).toString()), 409,
            "bad_request",
            QStringLiteral("approval has an active apply task and cannot be dismissed"));
        QCOMPARE(auditActions(QStringLiteral("?action=network.agentupdate.*")),
                 (QStringList{QStringLiteral("network.agentupdate.approve"),
                              QStringLiteral("network.agentupdate.dismiss"),
                              QStringLiteral("network.agentupdate.reject")}));
    }

    void approvalVisibilityNeedsPlanScopes()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        QCOMPARE(savePolicy(QStringLiteral("core-ams-1"), QStringLiteral("0.3.3")).status, 200);
        QCOMPARE(plan(QStringLiteral("edge-fra-2")).status, 200);
        QCOMPARE(plan(QStringLiteral("core-ams-1")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/network/approvals"), ReadOnly).body, QByteArray("[]\n"));
        QCOMPARE(stringsOf(get(QStringLiteral("/api/network/approvals"), Allowlisted).array(),
                           QStringLiteral("node_id")),
                 QStringList{QStringLiteral("edge-fra-2")});
        EXPECT_ERROR(plan(QStringLiteral("core-ams-1"), false, Allowlisted), 403,
                     "capability_denied", QStringLiteral("forbidden"));
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-2"), false, ReadOnly), 403, "capability_denied",
                     QStringLiteral("forbidden"));
        QCOMPARE(plan(QStringLiteral("edge-fra-2"), false, Allowlisted).status, 200);
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-1")), 400, "bad_request",
                     QStringLiteral("agent update policy is not enabled for this node"));
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-1"), QStringLiteral("latest"),
                            {{QStringLiteral("enabled"), false}})
                     .status,
                 200);
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-1")), 400, "bad_request",
                     QStringLiteral("agent update policy is not enabled for this node"));
        EXPECT_ERROR(plan(QStringLiteral("ghost")), 400, "bad_request",
                     QStringLiteral("node not found"));

        // Older servers ignore list parameters; alpha ≥ a22 wraps and pages.
        QCOMPARE(get(QStringLiteral("/api/network/approvals?status=applied")).array().size(), 2);
        QVERIFY(configure({{QStringLiteral("alpha"), 22}}));
        const QJsonObject page =
            get(QStringLiteral("/api/network/approvals?node_id=core-ams-1")).object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(page.value(QStringLiteral("offset")).toInt(), 0);
        QCOMPARE(page.value(QStringLiteral("approvals")).toArray().size(), 1);
        EXPECT_ERROR(get(QStringLiteral("/api/network/approvals?limit=501")), 400, "bad_request",
                     QStringLiteral("limit must be <= 500"));
        EXPECT_ERROR(get(QStringLiteral("/api/network/approvals?limit=0")), 400, "bad_request",
                     QStringLiteral("limit is out of range"));
        EXPECT_ERROR(get(QStringLiteral("/api/network/approvals?limit=ten")), 400, "bad_request",
                     QStringLiteral("limit must be an integer"));
    }

    void lifecycleToApplied()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QJsonObject approval = plan(QStringLiteral("edge-fra-2")).object();
        const QString id = approval.value(QStringLiteral("id")).toString();
        QCOMPARE(approve(approval).status, 200);

        const Reply finished = control(QStringLiteral("finish-task"),
                                       {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                                        {QStringLiteral("exit_code"), 0},
                                        {QStringLiteral("stdout"), QStringLiteral("installed")}});
        QCOMPARE(finished.status, 200);
        const QString awaiting = QStringLiteral("awaiting agent version confirmation: 0.2.9");
        QJsonObject row = storedApproval(id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), awaiting);
        QCOMPARE(
            policyOf(QStringLiteral("edge-fra-2")).value(QStringLiteral("last_error")).toString(),
            awaiting);
        const QJsonObject task = get(QStringLiteral("/api/tasks")).array().at(0).toObject();
        QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const QJsonArray results = get(QStringLiteral("/api/task-results")).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("task_id")),
                 task.value(QStringLiteral("id")));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("installed"));
        EXPECT_ERROR(decide(QStringLiteral("dismiss"), id), 409, "approval_stale",
                     QStringLiteral("approval is not stale; reject or approve it explicitly"));

        // Only exactly the target version confirms.
        Reply heartbeat = control(QStringLiteral("heartbeat"),
                                  {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                                   {QStringLiteral("agent_version"), QStringLiteral("v0.2.9")}});
        QCOMPARE(heartbeat.object().value(QStringLiteral("applied")).toArray(), QJsonArray());
        heartbeat = control(QStringLiteral("heartbeat"),
                            {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                             {QStringLiteral("agent_version"), QStringLiteral("0.2.9")}});
        QCOMPARE(heartbeat.status, 200);
        QCOMPARE(heartbeat.object().value(QStringLiteral("applied")).toArray(), QJsonArray{id});
        row = storedApproval(id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(!row.contains(QStringLiteral("reason")));
        const QJsonObject policy = policyOf(QStringLiteral("edge-fra-2"));
        QCOMPARE(policy.value(QStringLiteral("last_applied_version")).toString(),
                 QStringLiteral("0.2.9"));
        QVERIFY(!policy.contains(QStringLiteral("last_error")));
        QJsonObject node;
        for (const QJsonValue& value : get(QStringLiteral("/api/nodes")).array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("edge-fra-2"))
                node = value.toObject();
        }
        QCOMPARE(node.value(QStringLiteral("agent_version")).toString(), QStringLiteral("0.2.9"));
        QCOMPARE(node.value(QStringLiteral("online")).toBool(), true);

        QCOMPARE(auditActions(QStringLiteral("?node_id=edge-fra-2")),
                 (QStringList{QStringLiteral("agent.update.applied"),
                              QStringLiteral("agent.update.awaiting_confirmation"),
                              QStringLiteral("network.agentupdate.approve"),
                              QStringLiteral("agent.update.plan"),
                              QStringLiteral("agent.update.policy")}));
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-2")), 409, "agent_update_noop",
                     QStringLiteral("agent already reports the target version"));
    }

    void failedTasksOnEachLine()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        const QJsonObject approval = plan(QStringLiteral("edge-fra-2")).object();
        const QString id = approval.value(QStringLiteral("id")).toString();
        QCOMPARE(approve(approval).status, 200);
        const QString longStderr = QString(100, QLatin1Char('x')) + QString(640, QLatin1Char('y'));
        QCOMPARE(control(QStringLiteral("finish-task"),
                         {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                          {QStringLiteral("exit_code"), 153},
                          {QStringLiteral("error"), QStringLiteral("download failed")},
                          {QStringLiteral("stderr"), longStderr}})
                     .status,
                 200);
        // v0.2.1: the approval is rejected with the raw summary.
        const QString summary = QStringLiteral("error=download failed; exit_code=153; stderr=") +
                                QString(640, QLatin1Char('y'));
        QJsonObject row = storedApproval(id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), summary);
        QVERIFY(!row.contains(QStringLiteral("stale")));
        QCOMPARE(
            policyOf(QStringLiteral("edge-fra-2")).value(QStringLiteral("last_error")).toString(),
            summary);
        QCOMPARE(get(QStringLiteral("/api/tasks"))
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("failed"));
        QCOMPARE(auditActions(QStringLiteral("?action=agent.update.failed")).size(), 1);
        const Reply none = control(QStringLiteral("finish-task"),
                                   {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                                    {QStringLiteral("exit_code"), 0}});
        QCOMPARE(none.status, 404);
        QCOMPARE(none.field(QStringLiteral("error")),
                 QStringLiteral("node \"edge-fra-2\" has no queued or leased task"));

        // alpha ≥ a15: back to pending, re-approvable with the same hash.
        QVERIFY(configure({{QStringLiteral("alpha"), 15}}));
        const QJsonObject retry = plan(QStringLiteral("edge-fra-2")).object();
        QVERIFY(retry.value(QStringLiteral("id")).toString() != id);
        QCOMPARE(approve(retry).status, 200);
        QCOMPARE(control(QStringLiteral("finish-task"),
                         {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                          {QStringLiteral("exit_code"), 1}})
                     .status,
                 200);
        row = storedApproval(retry.value(QStringLiteral("id")).toString());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(row.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("execution failed: exit_code=1"));
        QCOMPARE(
            policyOf(QStringLiteral("edge-fra-2")).value(QStringLiteral("last_error")).toString(),
            QStringLiteral("exit_code=1"));
        const Reply reapproved = approve(retry);
        QCOMPARE(reapproved.status, 200);
        QCOMPARE(reapproved.field(QStringLiteral("status")), QStringLiteral("approved"));
        QCOMPARE(get(QStringLiteral("/api/tasks"))
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("queued"));
    }

    void auditFiltering()
    {
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-1"), QStringLiteral("latest")).status, 200);
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        QCOMPARE(plan(QStringLiteral("edge-fra-2")).status, 200);

        const QJsonArray bare = get(QStringLiteral("/api/audit")).array();
        QCOMPARE(
            stringsOf(bare, QStringLiteral("action")),
            (QStringList{QStringLiteral("agent.update.plan"), QStringLiteral("agent.update.policy"),
                         QStringLiteral("agent.update.policy")}));
        QCOMPARE(stringsOf(bare, QStringLiteral("node_id")),
                 (QStringList{QStringLiteral("edge-fra-2"), QStringLiteral("edge-fra-2"),
                              QStringLiteral("edge-fra-1")}));
        QCOMPARE(bare.at(0).toObject().value(QStringLiteral("actor_id")).toString(), AdminActor);
        QCOMPARE(bare.at(0).toObject().value(QStringLiteral("token_id")).toString(),
                 QStringLiteral("token_releasedeskadmin"));

        QJsonObject page = get(QStringLiteral("/api/audit?action=agent.update.*&limit=1")).object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(page.value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(
            stringsOf(page.value(QStringLiteral("events")).toArray(), QStringLiteral("action")),
            QStringList{QStringLiteral("agent.update.plan")});
        page = get(QStringLiteral("/api/audit?action=agent.update.policy&offset=1")).object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(page.value(QStringLiteral("offset")).toInt(), 1);
        QCOMPARE(
            stringsOf(page.value(QStringLiteral("events")).toArray(), QStringLiteral("node_id")),
            QStringList{QStringLiteral("edge-fra-1")});
        // Exact unless the value ends in "*".
        QCOMPARE(get(QStringLiteral("/api/audit?action=agent.update"))
                     .object()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
        QCOMPARE(get(QStringLiteral("/api/audit?node_id=edge-fra-1"))
                     .object()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
        EXPECT_ERROR(get(QStringLiteral("/api/audit?limit=501")), 400, "bad_request",
                     QStringLiteral("limit must be <= 500"));
        EXPECT_ERROR(get(QStringLiteral("/api/audit?limit=0")), 400, "bad_request",
                     QStringLiteral("limit is out of range"));
        EXPECT_ERROR(get(QStringLiteral("/api/audit?offset=-1")), 400, "bad_request",
                     QStringLiteral("offset is out of range"));
        EXPECT_ERROR(get(QStringLiteral("/api/audit"), Allowlisted), 403, "capability_denied",
                     QStringLiteral("forbidden"));
    }

    void rateLimitIsChargedBeforeAuthentication()
    {
        QVERIFY(configure({{QStringLiteral("rate_per_second"), 0}, {QStringLiteral("burst"), 3}}));
        QCOMPARE(get(QStringLiteral("/api/me")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/me"), "token_releasedeskadmin.wrong").status, 401);
        QCOMPARE(get(QStringLiteral("/api/nodes/agent-updates")).status, 200);
        const Reply limited = get(QStringLiteral("/api/nodes"));
        EXPECT_ERROR(limited, 429, "rate_limited", QStringLiteral("rate limited"));
        QVERIFY(!limited.hasHeader("retry-after"));
        QVERIFY(RequestIdPattern.match(QString::fromLatin1(limited.header("x-lattice-request-id")))
                    .hasMatch());
        EXPECT_ERROR(plan(QStringLiteral("edge-fra-2")), 429, "rate_limited",
                     QStringLiteral("rate limited"));
        // Unauthenticated endpoints are never limited.
        QCOMPARE(get(QStringLiteral("/api/version"), {}).status, 200);
        QCOMPARE(get(QStringLiteral("/api/health"), {}).status, 200);
        QCOMPARE(get(QStringLiteral("/readyz"), {}).status, 200);

        // The bucket refills at the configured rate.
        QVERIFY(configure({{QStringLiteral("rate_per_second"), 4}, {QStringLiteral("burst"), 1}}));
        QCOMPARE(get(QStringLiteral("/api/me")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/me")).status, 429);
        QTest::qWait(300);
        QCOMPARE(get(QStringLiteral("/api/me")).status, 200);

        // Reset restores the defaults (30/s, burst 60).
        QVERIFY(m_server.reset());
        const QJsonObject config =
            send(m_server.baseUrl(), "GET", QStringLiteral("/_fixture/lattice/config"), {})
                .object();
        QCOMPARE(config, (QJsonObject{{QStringLiteral("alpha"), 0},
                                      {QStringLiteral("rate_per_second"), 30},
                                      {QStringLiteral("burst"), 60},
                                      {QStringLiteral("task_execution_disabled"), false},
                                      {QStringLiteral("agent_release_repo"),
                                       QStringLiteral("LatticeNet/lattice-node-agent")}}));
        QCOMPARE(get(QStringLiteral("/api/me")).status, 200);
    }

    void wrongMethodsAndControlStrictness()
    {
        const Reply wrongMethod = get(QStringLiteral("/api/nodes/agent-updates/plan"));
        EXPECT_ERROR(wrongMethod, 405, "method_not_allowed", QStringLiteral("method not allowed"));
        QCOMPARE(wrongMethod.header("allow"), QByteArray("POST"));

        Reply reply = control(QStringLiteral("heartbeat"),
                              {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                               {QStringLiteral("agent_version"), QStringLiteral("0.2.9")},
                               {QStringLiteral("online"), true}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.field(QStringLiteral("error")), QStringLiteral("unknown key \"online\""));
        reply = control(QStringLiteral("heartbeat"),
                        {{QStringLiteral("node_id"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.field(QStringLiteral("error")),
                 QStringLiteral("\"agent_version\" is required"));
        reply = control(QStringLiteral("heartbeat"),
                        {{QStringLiteral("node_id"), QStringLiteral("ghost")},
                         {QStringLiteral("agent_version"), QStringLiteral("1")}});
        QCOMPARE(reply.status, 404);
        reply = control(QStringLiteral("finish-task"),
                        {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                         {QStringLiteral("exit_code"), 1.5}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.field(QStringLiteral("error")),
                 QStringLiteral("\"exit_code\" must be an integer"));
        reply = control(QStringLiteral("config"), {{QStringLiteral("alpa"), 20}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.field(QStringLiteral("error")),
                 QStringLiteral("unknown Lattice server setting \"alpa\""));
        reply = control(QStringLiteral("config"), {{QStringLiteral("burst"), -1}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(control(QStringLiteral("nope"), {}).status, 404);

        // Reset forgets Lattice state and settings.
        QVERIFY(configure({{QStringLiteral("alpha"), 31}}));
        QCOMPARE(savePolicy(QStringLiteral("edge-fra-2"), QStringLiteral("latest")).status, 200);
        QVERIFY(m_server.reset());
        const QJsonObject dump = state();
        QCOMPARE(
            dump.value(QStringLiteral("config")).toObject().value(QStringLiteral("alpha")).toInt(),
            0);
        QCOMPARE(dump.value(QStringLiteral("policies")).toArray().size(), 0);
        QCOMPARE(dump.value(QStringLiteral("audit")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLatticeFixture)
#include "tst_latticefixture.moc"
