#include "ServerNodeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Lattice;
using Server::ServerNode;

// The node picker's model: what each column says, the server's refusal per
// mode, and checks that survive a reload of the same nodes.
class TestServerNodeModel : public QObject
{
    Q_OBJECT

    static QList<ServerNode> sampleNodes()
    {
        const QByteArray json = "["
                                "{\"id\":\"edge-fra-1\",\"name\":\"Edge Frankfurt "
                                "1\",\"agent_version\":\"0.2.9\",\"online\":true,"
                                "\"last_seen\":\"2026-08-24T09:59:51Z\",\"host_facts\":{\"os\":"
                                "\"linux\",\"arch\":\"x86_64\"},"
                                "\"agent_runtime\":{\"allow_exec\":true}},"
                                "{\"id\":\"lab-mac-1\",\"name\":\"Lab Mac "
                                "mini\",\"agent_version\":\"0.2.9\",\"online\":false,"
                                "\"last_seen\":\"2026-08-19T17:03:12Z\",\"host_facts\":{\"os\":"
                                "\"darwin\",\"arch\":\"arm64\"}},"
                                "{\"id\":\"rpi-lab-3\",\"name\":\"Raspberry Pi lab "
                                "3\",\"agent_version\":\"0.2.4\",\"online\":false,"
                                "\"last_seen\":\"2026-07-30T06:12:55Z\",\"host_facts\":{\"os\":"
                                "\"linux\",\"arch\":\"armv7l\"},"
                                "\"agent_runtime\":{\"allow_exec\":true}},"
                                "{\"id\":\"new-node-1\",\"name\":\"Spare "
                                "edge\",\"agent_version\":\"\",\"online\":false,"
                                "\"last_seen\":\"0001-01-01T00:00:00Z\"}"
                                "]";
        return Server::nodesFromJson(QJsonDocument::fromJson(json).array());
    }

    static QString cell(const ServerNodeModel& model, int row, int column,
                        int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

private slots:
    void columnsSayWhatTheServerReports()
    {
        ServerNodeModel model;
        model.setNodes(sampleNodes());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ServerNodeModel::ColumnCount));
        QCOMPARE(cell(model, 0, ServerNodeModel::IdColumn), QStringLiteral("edge-fra-1"));
        QCOMPARE(cell(model, 0, ServerNodeModel::PlatformColumn), QStringLiteral("linux/x86_64"));
        QCOMPARE(cell(model, 0, ServerNodeModel::VersionColumn), QStringLiteral("0.2.9"));
        QCOMPARE(cell(model, 0, ServerNodeModel::ReachabilityColumn), QStringLiteral("online"));
        QCOMPARE(cell(model, 0, ServerNodeModel::UpdatableColumn), QStringLiteral("yes"));
        QCOMPARE(cell(model, 1, ServerNodeModel::ReachabilityColumn), QStringLiteral("offline"));
        // The zero time is "never", not year 1.
        QCOMPARE(cell(model, 3, ServerNodeModel::LastSeenColumn), QStringLiteral("never"));
        QCOMPARE(cell(model, 3, ServerNodeModel::ReachabilityColumn),
                 QStringLiteral("never connected"));
        QCOMPARE(cell(model, 3, ServerNodeModel::PlatformColumn), QStringLiteral("not reported"));
        QCOMPARE(cell(model, 3, ServerNodeModel::VersionColumn), QStringLiteral("not reported"));
        QVERIFY(cell(model, 0, ServerNodeModel::LastSeenColumn) != QStringLiteral("never"));
        QCOMPARE(cell(model, 0, ServerNodeModel::LastSeenColumn, Qt::ToolTipRole),
                 QStringLiteral("2026-08-24T09:59:51Z"));
    }

    void refusalsQuoteTheServerPerMode()
    {
        ServerNodeModel model;
        model.setNodes(sampleNodes());
        QCOMPARE(cell(model, 1, ServerNodeModel::UpdatableColumn),
                 QStringLiteral("server-controlled agent updates currently require linux/systemd "
                                "nodes; darwin release artifacts are manual-only"));
        QCOMPARE(cell(model, 2, ServerNodeModel::UpdatableColumn),
                 QStringLiteral("official lattice-agent releases do not support arch \"armv7l\""));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The arch gate is official-only; the OS gate applies to custom artifacts too.
        model.setOfficialMode(false);
        QCOMPARE(changed.size(), 1);
        QVERIFY(cell(model, 2, ServerNodeModel::UpdatableColumn).startsWith(QLatin1String("yes")));
        QVERIFY(cell(model, 1, ServerNodeModel::UpdatableColumn).contains(QLatin1String("darwin")));
        // Missing facts and runtime flags are caveats, not refusals.
        QVERIFY(cell(model, 3, ServerNodeModel::UpdatableColumn)
                    .startsWith(QLatin1String("yes, with 2 caveat")));
        QVERIFY(cell(model, 3, ServerNodeModel::UpdatableColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("amd64")));
    }

    void checksSelectManyAndSurviveReload()
    {
        ServerNodeModel model;
        model.setNodes(sampleNodes());
        QSignalSpy checked(&model, &ServerNodeModel::checkedChanged);
        QVERIFY(model.flags(model.index(0, ServerNodeModel::IdColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(model.index(0, ServerNodeModel::IdColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, ServerNodeModel::IdColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(checked.size(), 2);
        QCOMPARE(model.checkedIds(),
                 (QStringList{QStringLiteral("edge-fra-1"), QStringLiteral("rpi-lab-3")}));
        QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // A reload keeps the checks of nodes still listed and drops the others.
        QList<ServerNode> fewer = sampleNodes();
        fewer.removeAt(2);
        model.setNodes(fewer);
        QCOMPARE(model.checkedIds(), QStringList{QStringLiteral("edge-fra-1")});

        model.setNodes(sampleNodes());
        model.checkUpdatable();
        QCOMPARE(model.checkedIds(),
                 (QStringList{QStringLiteral("edge-fra-1"), QStringLiteral("new-node-1")}));
        model.setOfficialMode(false);
        model.checkUpdatable();
        QCOMPARE(model.checkedIds().size(), 3);
        model.clearChecks();
        QVERIFY(model.checkedIds().isEmpty());
        QCOMPARE(model.checkedNodes().size(), 0);
    }

    void policyColumnShowsTargetAndProgress()
    {
        ServerNodeModel model;
        model.setNodes(sampleNodes());
        QCOMPARE(cell(model, 0, ServerNodeModel::PolicyColumn), QStringLiteral("none"));
        Server::UpdatePolicy official;
        official.nodeId = QStringLiteral("edge-fra-1");
        official.targetVersion = QStringLiteral("latest");
        official.lastAppliedVersion = QStringLiteral("0.2.9");
        Server::UpdatePolicy custom;
        custom.nodeId = QStringLiteral("rpi-lab-3");
        custom.targetVersion = QStringLiteral("0.3.0");
        custom.binaryUrl = QStringLiteral("https://example.org/lattice-agent");
        custom.sha256 = QString(64, QLatin1Char('a'));
        custom.lastError = QStringLiteral("awaiting agent version confirmation: 0.3.0");
        model.setPolicies({official, custom});
        QCOMPARE(cell(model, 0, ServerNodeModel::PolicyColumn),
                 QStringLiteral("latest (official) · applied 0.2.9"));
        QCOMPARE(cell(model, 2, ServerNodeModel::PolicyColumn),
                 QStringLiteral("0.3.0 (custom) · awaiting 0.3.0"));
        QVERIFY(model.policy(QStringLiteral("rpi-lab-3")).has_value());
        QVERIFY(!model.policy(QStringLiteral("lab-mac-1")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestServerNodeModel)
#include "tst_servernodemodel.moc"
