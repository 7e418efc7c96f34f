#include "AgentVersionOrder.h"
#include "ServerError.h"
#include "ServerInfo.h"
#include "ServerNode.h"
#include "ServerScopes.h"
#include "UpdateApproval.h"
#include "UpdatePolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lattice::Server;
using Order = AgentVersionOrder::Result;

Q_DECLARE_METATYPE(Lattice::Server::AgentVersionOrder::Result)
Q_DECLARE_METATYPE(Lattice::Server::AgentVersionOrder::PlanRisk)

namespace {

// The fixture scenario's nodes: the shapes a real server sends, including a
// darwin node, an armv7 node, one without facts and one never seen.
QList<ServerNode> scenarioNodes()
{
    QFile file(QStringLiteral(LATTICE_FIXTURE_DATA "/default/lattice/nodes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nodesFromJson(QJsonDocument::fromJson(file.readAll()).array());
}

ServerNode nodeById(const QString& id)
{
    for (const ServerNode& node : scenarioNodes()) {
        if (node.id == id)
            return node;
    }
    return {};
}

const char kPlan[] = "plugin: agentupdate\n"
                     "mode: manual\n"
                     "node_id: edge-fra-1\n"
                     "node_name: Edge Frankfurt 1\n"
                     "current_version: \n"
                     "target_version: 0.2.9\n"
                     "binary_url: https://github.com/x/y\n"
                     "sha256: 00ff\n"
                     "install_path: /opt/lattice/node-agent/lattice-agent\n"
                     "service_name: lattice-agent.service\n"
                     "\n"
                     "Safety:\n"
                     "- downloads over HTTPS: yes\n";

} // namespace

class TestServerModels : public QObject
{
    Q_OBJECT

private slots:
    void nodesParseAndGate()
    {
        QCOMPARE(scenarioNodes().size(), 7);
        const ServerNode fra = nodeById(QStringLiteral("edge-fra-1"));
        QCOMPARE(fra.artifactName(), QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(fra.updateRefusal(true).isEmpty());
        QCOMPARE(fra.allowExec, std::optional<bool>(true));
        QCOMPARE(fra.reachability, ServerNode::Reachability::Online);

        const ServerNode arm = nodeById(QStringLiteral("edge-fra-2"));
        QCOMPARE(arm.artifactName(), QStringLiteral("lattice-agent-linux-arm64"));

        const ServerNode mac = nodeById(QStringLiteral("lab-mac-1"));
        QCOMPARE(mac.updateRefusal(false),
                 QStringLiteral("server-controlled agent updates currently require linux/systemd "
                                "nodes; darwin release artifacts are manual-only"));
        QVERIFY(!mac.allowExec.has_value());

        const ServerNode pi = nodeById(QStringLiteral("rpi-lab-3"));
        QCOMPARE(pi.updateRefusal(true),
                 QStringLiteral("official lattice-agent releases do not support arch \"armv7l\""));
        // The arch gate is for official releases only.
        QVERIFY(pi.updateRefusal(false).isEmpty());

        // No facts: the server assumes linux/amd64, and the desk warns.
        const ServerNode dev = nodeById(QStringLiteral("dev-box-7"));
        QVERIFY(dev.factsMissing());
        QCOMPARE(dev.artifactName(), QStringLiteral("lattice-agent-linux-amd64"));

        const ServerNode spare = nodeById(QStringLiteral("new-node-1"));
        QVERIFY(!spare.lastSeen.isValid()); // zero time is "never"
        QCOMPARE(spare.reachability, ServerNode::Reachability::Never);
    }

    void reachabilityIsDerivedOnOlderServers()
    {
        const auto node = [](const char* json) {
            return ServerNode::fromJson(QJsonDocument::fromJson(json).object());
        };
        QCOMPARE(node("{\"online\":true,\"last_seen\":\"2026-08-24T09:59:51Z\"}").reachability,
                 ServerNode::Reachability::Online);
        QCOMPARE(node("{\"online\":false,\"last_seen\":\"2026-08-24T09:59:51Z\"}").reachability,
                 ServerNode::Reachability::Offline);
        QCOMPARE(node("{\"online\":false,\"last_seen\":\"0001-01-01T00:00:00Z\"}").reachability,
                 ServerNode::Reachability::Never);
        QCOMPARE(node("{\"id\":\"x\",\"host_facts\":{\"os\":\"freebsd\"}}").updateRefusal(false),
                 QStringLiteral("server-controlled agent updates currently require linux/systemd "
                                "nodes; got os \"freebsd\""));
    }

    void versionOrder_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Order>("legacy");
        QTest::addColumn<Order>("strict");
        QTest::newRow("upgrade") << "0.2.8"
                                 << "0.2.9" << Order::Upgrade << Order::Upgrade;
        QTest::newRow("downgrade") << "0.2.9"
                                   << "0.2.8" << Order::Downgrade << Order::Downgrade;
        QTest::newRow("same with v") << "v0.2.9"
                                     << "0.2.9" << Order::Same << Order::Same;
        QTest::newRow("numeric not lexical") << "0.2.10"
                                             << "0.2.9" << Order::Downgrade << Order::Downgrade;
        QTest::newRow("missing part is zero") << "1.2"
                                              << "1.2.0" << Order::Same << Order::Unsupported;
        // The case pitfall 18 warns about: the legacy rule plans it unchecked.
        QTest::newRow("suffix down") << "0.3.3-alpha.2"
                                     << "0.2.9" << Order::NotComparable << Order::Downgrade;
        QTest::newRow("prerelease before release")
            << "0.3.3-alpha.2"
            << "0.3.3" << Order::NotComparable << Order::Upgrade;
        QTest::newRow("alpha before beta")
            << "0.3.3-beta.1"
            << "0.3.3-alpha.9" << Order::NotComparable << Order::Downgrade;
        QTest::newRow("dev") << "dev"
                             << "0.2.9" << Order::NotComparable << Order::Unsupported;
        QTest::newRow("never reported") << ""
                                        << "0.2.9" << Order::NoCurrent << Order::NoCurrent;
    }

    void versionOrder()
    {
        QFETCH(QString, current);
        QFETCH(QString, target);
        QFETCH(Order, legacy);
        QFETCH(Order, strict);
        QCOMPARE(AgentVersionOrder::legacy(current, target), legacy);
        QCOMPARE(AgentVersionOrder::strict(current, target), strict);
    }

    void planRisk_data()
    {
        using Risk = AgentVersionOrder::PlanRisk;
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Risk>("risk");
        QTest::newRow("upgrade") << "0.2.8"
                                 << "0.2.9" << Risk::None;
        QTest::newRow("string-equal") << " 0.2.9 "
                                      << "0.2.9" << Risk::AlreadyAtTarget;
        // Numerically equal is not string-equal: no no-op, and no order either.
        QTest::newRow("v-prefixed equal") << "v0.2.9"
                                          << "0.2.9" << Risk::None;
        QTest::newRow("plain downgrade") << "0.2.9"
                                         << "0.2.8" << Risk::DowngradeByBoth;
        QTest::newRow("pitfall 18") << "0.3.3-alpha.2"
                                    << "0.2.9" << Risk::DowngradeStrictOnly;
        QTest::newRow("four parts") << "0.2.9.1"
                                    << "0.2.9" << Risk::DowngradeLegacyOnly;
        QTest::newRow("dev build") << "dev"
                                   << "0.2.9" << Risk::UnsupportedStrict;
        QTest::newRow("never reported") << ""
                                        << "0.2.9" << Risk::None;
    }

    void planRisk()
    {
        QFETCH(QString, current);
        QFETCH(QString, target);
        QFETCH(AgentVersionOrder::PlanRisk, risk);
        QCOMPARE(AgentVersionOrder::planRisk(current, target), risk);
    }

    void planHashCoversTheExactString()
    {
        const QString plan = QString::fromUtf8(kPlan);
        // sha256sum of the same bytes, computed outside Qt.
        QCOMPARE(
            PlanText::sha256(QStringLiteral("abc\n")),
            QStringLiteral("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb"));
        QVERIFY(PlanText::sha256(plan) != PlanText::sha256(plan.trimmed()));
        QCOMPARE(PlanText::field(plan, QStringLiteral("node_name")),
                 QStringLiteral("Edge Frankfurt 1"));
        QCOMPARE(PlanText::field(plan, QStringLiteral("current_version")), QString());
        QCOMPARE(PlanText::field(plan, QStringLiteral("sha256")), QStringLiteral("00ff"));
        // Safety bullets are after the blank line and not fields.
        QCOMPARE(PlanText::fields(plan).size(), 10);
    }

    void approvalsInBothListShapes()
    {
        const QByteArray row = "{\"id\":\"approval_aaaaaaaaaaaaaaaa\",\"node_id\":\"edge-fra-1\","
                               "\"plugin\":\"agentupdate\",\"action\":\"update-agent\","
                               "\"status\":\"approved\",\"reason\":\"awaiting agent version "
                               "confirmation: 0.2.9\",\"actor_id\":\"\","
                               "\"created_at\":\"2026-08-24T10:00:00.123Z\"}";
        const auto bare = approvalsFromJson(QJsonDocument::fromJson("[" + row + "]").array());
        const auto wrapped = approvalsFromJson(
            QJsonDocument::fromJson("{\"approvals\":[" + row + "],\"total\":1}").object());
        QCOMPARE(bare.size(), 1);
        QCOMPARE(wrapped.size(), 1);
        const UpdateApproval& a = bare.first();
        QCOMPARE(a.status, UpdateApproval::Status::Approved);
        QCOMPARE(a.awaitingVersion(), QStringLiteral("0.2.9"));
        QCOMPARE(a.displayActor(), QStringLiteral("lattice-server"));
        QVERIFY(a.createdAt.isValid());
        QCOMPARE(updateStage(a, std::nullopt), UpdateStage::AwaitingConfirmation);

        UpdateApproval unknown =
            UpdateApproval::fromJson(QJsonDocument::fromJson("{\"status\":\"exploded\"}").object());
        QCOMPARE(unknown.status, UpdateApproval::Status::Unknown);
        QCOMPARE(unknown.statusText, QStringLiteral("exploded"));
    }

    void stages()
    {
        UpdateApproval a;
        a.status = UpdateApproval::Status::Pending;
        QCOMPARE(updateStage(a, std::nullopt), UpdateStage::Planned);
        a.reason = QStringLiteral("execution failed: exit_code=153");
        QCOMPARE(updateStage(a, std::nullopt), UpdateStage::Failed);
        a.status = UpdateApproval::Status::Approved;
        a.reason.clear();
        QCOMPARE(updateStage(a, std::nullopt), UpdateStage::Approved);
        UpdatePolicy policy;
        policy.lastError = QStringLiteral("awaiting agent version confirmation: 0.2.9");
        QCOMPARE(policy.awaitingVersion(), QStringLiteral("0.2.9"));
        QCOMPARE(updateStage(a, policy), UpdateStage::AwaitingConfirmation);
        a.status = UpdateApproval::Status::Applied;
        QVERIFY(isFinalStage(updateStage(a, policy)));
        // v0.2.x rejects the approval of a failed task; the policy keeps the summary.
        a.status = UpdateApproval::Status::Rejected;
        policy.lastError = QStringLiteral("exit_code=153; stderr=File size limit exceeded");
        QCOMPARE(updateStage(a, policy), UpdateStage::Failed);
        a.stale = true;
        QCOMPARE(updateStage(a, policy), UpdateStage::Rejected);
    }

    void errorEnvelope()
    {
        const ServerError e = ServerError::fromResponse(
            409,
            "{\"error\":{\"code\":\"agent_update_noop\",\"message\":\"agent already reports the "
            "target version\",\"request_id\":\"req_abcdefghijklmnop\"}}\n",
            "req_abcdefghijklmnop");
        QCOMPARE(e.code, QStringLiteral("agent_update_noop"));
        QCOMPARE(e.requestId, QStringLiteral("req_abcdefghijklmnop"));
        QVERIFY(e.describe().contains(QLatin1String("req_abcdefghijklmnop")));
        QVERIFY(!e.endpointMissing);

        const ServerError plain = ServerError::fromResponse(404, "404 page not found\n", "req_x");
        QVERIFY(plain.endpointMissing);
        QCOMPARE(plain.code, QStringLiteral("not_found"));

        const ServerError conflict = ServerError::fromResponse(409, "garbage", {});
        QCOMPARE(conflict.code, QStringLiteral("request_failed"));
        QCOMPARE(ServerError::fromResponse(503, {}, {}).code, QStringLiteral("internal_error"));
        QCOMPARE(ServerError::fromResponse(502, {}, {}).code, QStringLiteral("bad_gateway"));
        QCOMPARE(ServerError::fromResponse(429, {}, {}).code, QStringLiteral("rate_limited"));
    }

    void scopes()
    {
        const ServerScopes readOnly({QStringLiteral("node:read")}, {});
        QCOMPARE(readOnly.missing(ServerScopes::Action::Approve),
                 (QStringList{QStringLiteral("network:apply"), QStringLiteral("node:admin")}));
        QVERIFY(readOnly.missing(ServerScopes::Action::ListNodes).isEmpty());
        const ServerScopes wildcard({QStringLiteral("node:*"), QStringLiteral("network:*")},
                                    {QStringLiteral("edge-fra-1")});
        QVERIFY(wildcard.missing(ServerScopes::Action::Approve).isEmpty());
        QVERIFY(wildcard.allowsNode(QStringLiteral("edge-fra-1")));
        QVERIFY(!wildcard.allowsNode(QStringLiteral("core-ams-1")));
        QVERIFY(ServerScopes::grants(QStringLiteral("proxy:read"), QStringLiteral("vpncore:read")));
        QVERIFY(!ServerScopes::grants(QStringLiteral("node:read"), QStringLiteral("node:admin")));
        QVERIFY(ServerScopes({QStringLiteral("*")}, {QStringLiteral("*")})
                    .allowsNode(QStringLiteral("anything")));
    }

    void serverVersion()
    {
        ServerVersion v = ServerVersion::fromJson(
            QJsonDocument::fromJson("{\"server_version\":\"alpha-0.2.2a41\",\"server_commit\":"
                                    "\"unknown\",\"task_execution_disabled\":true}")
                .object());
        QCOMPARE(v.alphaBuild(), 41);
        QVERIFY(v.taskExecutionDisabled);
        QVERIFY(v.dashboardBuilt.isEmpty());
        v.serverVersion = QStringLiteral("v0.2.1");
        QCOMPARE(v.alphaBuild(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerModels)
#include "tst_servermodels.moc"
