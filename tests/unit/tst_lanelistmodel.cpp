#include "LaneListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Lattice;

class TestLaneListModel : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryLaneInSidebarOrder()
    {
        LaneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 8);
        const QStringList expected = {"overview", "server-image", "node-agent", "sdk",
                                      "docs", "plugin-index", "policies", "verify"};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row).data(LaneListModel::LaneIdRole).toString(), expected.at(row));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Server image"));
    }

    void laneIdsRoundTrip()
    {
        for (Lane lane : allLanes()) {
            Lane parsed = Lane::Overview;
            QVERIFY(laneFromId(laneId(lane), &parsed));
            QCOMPARE(parsed, lane);
        }
        Lane untouched = Lane::Verify;
        QVERIFY(!laneFromId(QStringLiteral("nonsense"), &untouched));
        QCOMPARE(untouched, Lane::Verify);
    }

    void stateChangesNotifyOnlyWhenDifferent()
    {
        LaneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setLaneState(Lane::NodeAgent, QStringLiteral("2 problems"), LaneListModel::Severity::Error);
        QCOMPARE(spy.count(), 1);
        const QModelIndex idx = spy.at(0).at(0).toModelIndex();
        QCOMPARE(idx.row(), model.rowForLane(Lane::NodeAgent));
        QCOMPARE(idx.data(LaneListModel::StateTextRole).toString(), QStringLiteral("2 problems"));
        QCOMPARE(idx.data(LaneListModel::SeverityRole).value<LaneListModel::Severity>(),
                 LaneListModel::Severity::Error);
        QVERIFY(idx.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("2 problems")));
        model.setLaneState(Lane::NodeAgent, QStringLiteral("2 problems"), LaneListModel::Severity::Error);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLaneListModel)
#include "tst_lanelistmodel.moc"
