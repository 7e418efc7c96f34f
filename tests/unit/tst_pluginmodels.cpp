#include "PluginCapability.h"
#include "PluginIndex.h"
#include "PluginPublisherModel.h"
#include "PluginTreeModel.h"
#include "PluginViolationModel.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Lattice;

namespace {
PluginIndex realIndex()
{
    QFile file(Lattice::Test::sharedDir() + QStringLiteral("/data/plugin-index/plugins.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return *PluginIndex::parse(file.readAll());
}

QModelIndex findPlugin(const PluginTreeModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(PluginTreeModel::PluginIdRole).toString() == id)
            return index;
    }
    return {};
}

QModelIndex findRelease(const PluginTreeModel& model, const QModelIndex& plugin,
                        const QString& version, int column = 0)
{
    for (int row = 0; row < model.rowCount(plugin); ++row) {
        const QModelIndex index = model.index(row, column, plugin);
        if (index.data(PluginTreeModel::VersionRole).toString() == version)
            return index;
    }
    return {};
}

QMap<QString, QString> tiers(const QModelIndex& index)
{
    QMap<QString, QString> map;
    for (const QVariant& v : index.data(PluginTreeModel::CapabilitiesRole).toList())
        map.insert(v.toMap().value("name").toString(), v.toMap().value("tier").toString());
    return map;
}
} // namespace

class TestPluginModels : public QObject
{
    Q_OBJECT

private slots:
    void riskTiersFollowTheSpec()
    {
        using PluginCapability::RiskTier;
        QCOMPARE(PluginCapability::allowlist().size(), 31);
        QMap<RiskTier, int> counts;
        for (const QString& c : PluginCapability::allowlist())
            ++counts[PluginCapability::riskTier(c)];
        QCOMPARE(counts.value(RiskTier::Read), 9);
        QCOMPARE(counts.value(RiskTier::Write), 4);
        QCOMPARE(counts.value(RiskTier::Host), 18);
        QCOMPARE(counts.value(RiskTier::Unknown), 0);
        QCOMPARE(PluginCapability::riskTier("task:run"), RiskTier::Host);
        QCOMPARE(PluginCapability::riskTier("kv:write"), RiskTier::Write);
        QCOMPARE(PluginCapability::riskTier("wireguard:read"), RiskTier::Read);
        // Never guessed as read.
        QCOMPARE(PluginCapability::riskTier("gpu:read"), RiskTier::Unknown);
        QCOMPARE(PluginCapability::tierName(RiskTier::Unknown), QStringLiteral("unknown risk"));
    }

    void treeShowsPluginsReleasesAndRisk()
    {
        PluginTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlugins(realIndex().plugins);
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex subStore = findPlugin(model, "latticenet.sub-store");
        QVERIFY(subStore.isValid());
        QCOMPARE(model.rowCount(subStore), 11);
        QCOMPARE(subStore.siblingAtColumn(PluginTreeModel::ChannelColumn).data().toString(),
                 QStringLiteral("stable 0.3.1, alpha 0.13.0-alpha.17"));

        const QModelIndex alpha = findRelease(model, subStore, "0.13.0-alpha.17");
        QVERIFY(alpha.isValid());
        QCOMPARE(alpha.parent(), subStore);
        QCOMPARE(alpha.siblingAtColumn(PluginTreeModel::ChannelColumn).data().toString(),
                 QStringLiteral("alpha (current alpha)"));
        const auto alphaTiers = tiers(alpha.siblingAtColumn(PluginTreeModel::CapabilitiesColumn));
        QCOMPARE(alphaTiers.value("subscription:serve"), QStringLiteral("host"));
        QCOMPARE(alphaTiers.value("kv:read"), QStringLiteral("read"));
        QCOMPARE(alphaTiers.value("kv:write"), QStringLiteral("write"));
        QVERIFY(alpha.siblingAtColumn(PluginTreeModel::CapabilitiesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("subscription:serve (host risk)")));
        QCOMPARE(alpha.data(PluginTreeModel::ArtifactSha256Role).toString().size(), 64);
        QCOMPARE(alpha.siblingAtColumn(PluginTreeModel::DetailColumn).data().toString(),
                 QStringLiteral("lattice-plugin-sub-store-0.13.0-alpha.17.tar.gz"));

        // Releases without their own list inherit the plugin default.
        const QModelIndex netguard = findPlugin(model, "latticenet.netguard");
        const QModelIndex old = findRelease(model, netguard, "0.1.0-alpha.7");
        QVERIFY(old.data(PluginTreeModel::CapabilitiesInheritedRole).toBool());
        QCOMPARE(tiers(old).size(), 4);
        QVERIFY(old.siblingAtColumn(PluginTreeModel::CapabilitiesColumn)
                    .data()
                    .toString()
                    .contains("plugin default"));
    }

    void unknownCapabilityIsUnknownRisk()
    {
        PluginIndex::Plugin plugin;
        plugin.id = "x.y";
        plugin.capabilities = {"node:read", "gpu:admin"};
        PluginTreeModel model;
        model.setPlugins({plugin});
        const auto t = tiers(model.index(0, PluginTreeModel::CapabilitiesColumn));
        QCOMPARE(t.value("gpu:admin"), QStringLiteral("unknown"));
        QVERIFY(model.index(0, PluginTreeModel::CapabilitiesColumn)
                    .data()
                    .toString()
                    .contains("gpu:admin (unknown risk)"));
    }

    void violationsAndPublishers()
    {
        PluginViolationModel violations;
        QAbstractItemModelTester violationTester(
            &violations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        violations.setViolations({{30, "plugins[2].releases[0].artifact_sha256", "bad digest"}});
        QCOMPARE(violations.rowCount(), 1);
        QCOMPARE(violations.index(0, PluginViolationModel::RuleColumn).data().toInt(), 30);
        QCOMPARE(violations.index(0, PluginViolationModel::PathColumn).data().toString(),
                 QStringLiteral("plugins[2].releases[0].artifact_sha256"));
        QVERIFY(violations.index(0, PluginViolationModel::RuleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("hex"));

        PluginPublisherModel publishers;
        QAbstractItemModelTester publisherTester(
            &publishers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        publishers.setPublishers(
            {realIndex().publishers.front(),
             {"latticenet", "Example", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},
             {"broken", "Broken", "abc"}});
        QCOMPARE(publishers.rowCount(), 3);
        QCOMPARE(publishers.index(0, PluginPublisherModel::KeyColumn).data().toString(),
                 QStringLiteral("Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40="));
        QCOMPARE(publishers.index(0, PluginPublisherModel::KeyStateColumn).data().toString(),
                 QStringLiteral("Ed25519 public key"));
        QVERIFY(publishers.index(1, PluginPublisherModel::KeyStateColumn)
                    .data()
                    .toString()
                    .contains("Placeholder"));
        QVERIFY(!publishers.index(2, 0).data(PluginPublisherModel::KeyValidRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestPluginModels)
#include "tst_pluginmodels.moc"
