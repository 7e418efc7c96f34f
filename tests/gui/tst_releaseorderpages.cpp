#include "DocsLanePage.h"
#include "EndpointStatusModel.h"
#include "FixtureServerProcess.h"
#include "LaneCard.h"
#include "OverviewPage.h"
#include "ReleaseOrderService.h"
#include "SdkLanePage.h"
#include "SdkVerdictModel.h"
#include "StateBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lattice;

Q_DECLARE_METATYPE(Lattice::ReleaseOrderReport)

// The SDK and docs lanes and the overview's cards and release checklist,
// fed by one ReleaseOrderService against the fixture's copy of the real
// release history, then again from the stored snapshot with no network.
class TestReleaseOrderPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Test::FixtureServerProcess m_server;

    Profile profile() const
    {
        Profile p = Profile::upstream();
        p.githubApiUrl = m_server.baseUrl();
        p.allowInsecureLoopback = true;
        return p;
    }

    ReleaseOrderService::Endpoint endpoint() const
    {
        const Profile p = profile();
        return {p.githubApiUrl,
                p.sdkRepo,
                p.serverRepo,
                p.agentRepo,
                p.docsRepo,
                true,
                QStringLiteral("ghp_LatticeFixtureMaintainer0000000000")};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ReleaseOrderReport>();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void pagesShowGatesCoverageAndChecklist()
    {
        ReleaseOrderService service(m_dir.filePath(QStringLiteral("desk.sqlite")));
        service.setEndpoint(endpoint());
        SdkLanePage sdk(&service);
        DocsLanePage docs(&service);
        EndpointStatusModel endpoints;
        OverviewPage overview(&endpoints);
        connect(&service, &ReleaseOrderService::reportChanged, &overview,
                [&overview](const ReleaseOrderReport& r, bool stored) {
                    overview.setReleaseOrder(r);
                    overview.setLaneHealth(sdkHealth(r, stored));
                    overview.setLaneHealth(docsHealth(r, stored));
                });
        sdk.setProfile(profile());
        docs.setProfile(profile());
        QSignalSpy changed(&service, &ReleaseOrderService::reportChanged);
        sdk.show(); // showing the page reads the lane
        QVERIFY(changed.wait(60000));
        QCOMPARE(changed.last().at(1).toBool(), false);

        const ReleaseOrderReport& report = service.report();
        QVERIFY2(report.sdkError.isEmpty(), qPrintable(report.sdkError));
        QVERIFY2(report.docsError.isEmpty(), qPrintable(report.docsError));
        QVERIFY(sdk.model()->rowCount() > 30);
        QCOMPARE(sdk.model()->count(Sdk::Gate::Red), 1);
        QCOMPARE(sdk.banner()->tone(), StateBanner::Tone::Error);

        // Worst first: the broken tag leads the table.
        QCOMPARE(sdk.table()
                     ->model()
                     ->index(0, SdkVerdictModel::GateColumn)
                     .data(SdkVerdictModel::GateRole)
                     .toInt(),
                 int(Sdk::Gate::Red));
        QCOMPARE(sdk.table()->model()->index(0, SdkVerdictModel::TagColumn).data().toString(),
                 QStringLiteral("v0.3.3-alpha.1"));

        // Only problems: every green row goes.
        sdk.findChild<QCheckBox*>()->setChecked(true);
        const int shown = sdk.table()->model()->rowCount();
        QCOMPARE(shown, sdk.model()->count(Sdk::Gate::Red) + sdk.model()->count(Sdk::Gate::Amber));

        // Docs: v0.2.0 and v0.2.1 have pages, v0.1.0 predates the docs site.
        QStringList gaps;
        for (int i = 0; i < docs.coverageTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = docs.coverageTree()->topLevelItem(i);
            if (item->text(1) == QStringLiteral("—") &&
                item->text(0).startsWith(QLatin1String("Server")))
                gaps.append(item->text(0));
        }
        QCOMPARE(gaps, QStringList{QStringLiteral("Server v0.1.0")});
        QCOMPARE(docs.pageTree()->topLevelItemCount(), 2);
        QVERIFY(docs.commitLabel()->text().contains(report.docsCommit.sha.left(12)));
        QVERIFY(!report.docsCommit.sha.isEmpty());

        // The overview's cards and checklist follow the same report.
        QCOMPARE(overview.card(Lane::Sdk)->health().state, LaneHealth::State::Broken);
        QCOMPARE(overview.card(Lane::Docs)->health().state, LaneHealth::State::Broken);
        QCOMPARE(overview.checklist()->topLevelItemCount(), 5);
        // Server v0.2.1 pins v0.2.17, agent v0.2.9 pins v0.2.17: step 1 done.
        QCOMPARE(overview.checklist()->topLevelItem(0)->text(1), QStringLiteral("Done"));
        QVERIFY(overview.checklist()->topLevelItem(0)->text(2).contains(QLatin1String("v0.2.17")));
        // Nothing is known about the image lane here.
        QCOMPARE(overview.checklist()->topLevelItem(2)->text(1), QStringLiteral("Unknown"));
        QCOMPARE(overview.checklist()->topLevelItem(4)->text(1), QStringLiteral("Done"));
    }

    void opensFromTheSnapshotOffline()
    {
        // A second service on the same store, with the network gone: the
        // stored report comes back at once, marked as stored.
        ReleaseOrderService service(m_dir.filePath(QStringLiteral("desk.sqlite")));
        SdkLanePage sdk(&service);
        sdk.setOffline(true);
        QSignalSpy changed(&service, &ReleaseOrderService::reportChanged);
        service.loadSnapshot();
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(1).toBool(), true);
        QCOMPARE(sdk.model()->count(Sdk::Gate::Red), 1);
        QVERIFY(sdk.banner()->text().contains(QLatin1String("stored")));
        QCOMPARE(sdkHealth(service.report(), true).stored, true);
    }

    void failedRefreshKeepsTheLastGoodData()
    {
        ReleaseOrderService service(m_dir.filePath(QStringLiteral("desk.sqlite")));
        SdkLanePage sdk(&service);
        QSignalSpy changed(&service, &ReleaseOrderService::reportChanged);
        service.loadSnapshot();
        QVERIFY(changed.wait(10000));
        const int rows = sdk.model()->rowCount();
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("/tags$")},
                                      {QStringLiteral("status"), 500}}));
        ReleaseOrderService::Endpoint e = endpoint();
        service.setEndpoint(e);
        service.refresh();
        QVERIFY(changed.wait(60000));
        QVERIFY(!service.report().sdkError.isEmpty());
        QCOMPARE(sdk.model()->rowCount(), rows);
        QCOMPARE(sdk.banner()->tone(), StateBanner::Tone::Error);
        QVERIFY(m_server.clearFaults());
    }
};

QTEST_MAIN(TestReleaseOrderPages)
#include "tst_releaseorderpages.moc"
