#include "ImageLaneSamples.h"
#include "TagTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lattice;

class TestTagTimelineModel : public QObject
{
    Q_OBJECT

    static QDateTime at(int day, int hour = 12)
    {
        return QDateTime(QDate(2026, 7, day), QTime(hour, 0), Qt::UTC);
    }

    // latest moved from the 0.2.0 image to a build nobody tagged, then to
    // 0.2.1; 0.2 followed it; alpha never moved.
    static QList<Oci::TagHistoryRow> history()
    {
        return {
            {QStringLiteral("latest"), Samples::digest('5'), at(5)},
            {QStringLiteral("0.2.0"), Samples::digest('5'), at(5)},
            {QStringLiteral("0.2"), Samples::digest('5'), at(5)},
            {QStringLiteral("alpha"), Samples::digest('5'), at(5)},
            {QStringLiteral("latest"), Samples::digest('8'), at(10, 9)},
            {QStringLiteral("latest"), Samples::digest('1'), at(10, 10)},
            {QStringLiteral("0.2"), Samples::digest('1'), at(10, 10)},
        };
    }

private slots:
    void timelinesMatchDigestsToVersions()
    {
        const QList<Oci::TagTimeline> timelines =
            Oci::TagTimeline::compute(history(), Samples::releaseTags(), Samples::channels());
        // The three channels, then 0.2, which the history saw move.
        QCOMPARE(timelines.size(), 4);
        QCOMPARE(timelines.at(0).tag, QStringLiteral("latest"));
        QCOMPARE(timelines.at(3).tag, QStringLiteral("0.2"));
        QVERIFY(!timelines.at(3).channel);
        const auto& latest = timelines.at(0).entries;
        QCOMPARE(latest.size(), 3);
        QCOMPARE(latest.at(0).digest, Samples::digest('1'));
        QCOMPARE(latest.at(0).versions,
                 (QStringList{QStringLiteral("0.2.1"), QStringLiteral("0.2")}));
        QVERIFY(!latest.at(0).until.isValid());
        QVERIFY(latest.at(1).versions.isEmpty());
        QCOMPARE(latest.at(1).until, at(10, 10));
        // 0.2.0 from the current list, 0.2 from its own history.
        QCOMPARE(latest.at(2).versions,
                 (QStringList{QStringLiteral("0.2.0"), QStringLiteral("0.2")}));
        QVERIFY(timelines.at(2).entries.isEmpty()); // beta was never seen
    }

    void treeShowsTagsAndTheirChanges()
    {
        TagTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimelines(
            Oci::TagTimeline::compute(history(), Samples::releaseTags(), Samples::channels()));
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex latest = model.index(0, 0);
        QCOMPARE(latest.data().toString(), QStringLiteral("latest"));
        QCOMPARE(model.index(0, TagTimelineModel::VersionsColumn).data().toString(),
                 QStringLiteral("0.2.1 = 0.2"));
        QCOMPARE(model.index(0, TagTimelineModel::NoteColumn).data().toString(),
                 QStringLiteral("3 change(s) recorded"));
        QCOMPARE(model.rowCount(latest), 3);
        QCOMPARE(model.index(0, TagTimelineModel::WhenColumn, latest).data().toString(),
                 QStringLiteral("2026-07-10 10:00 UTC"));
        QCOMPARE(model.index(0, TagTimelineModel::NoteColumn, latest).data().toString(),
                 QStringLiteral("current"));
        QCOMPARE(model.index(1, TagTimelineModel::VersionsColumn, latest).data().toString(),
                 QStringLiteral("no version tag"));
        QCOMPARE(model.index(1, TagTimelineModel::NoteColumn, latest).data().toString(),
                 QStringLiteral("until 2026-07-10 10:00 UTC"));
        QCOMPARE(model.index(1, TagTimelineModel::DigestColumn, latest)
                     .data(TagTimelineModel::DigestRole)
                     .toString(),
                 Samples::digest('8'));
        QVERIFY(model.index(1, 0, latest).data(TagTimelineModel::ChangeRole).toBool());
        QCOMPARE(model.index(2, TagTimelineModel::NoteColumn).data().toString(),
                 QStringLiteral("never observed"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void historyTableListsEveryRow()
    {
        TagHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(history());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(4, TagHistoryModel::TagColumn).data().toString(),
                 QStringLiteral("latest"));
        QCOMPARE(model.index(4, TagHistoryModel::DigestColumn).data().toString(),
                 Samples::digest('8'));
        QCOMPARE(model.index(4, TagHistoryModel::ObservedColumn).data().toString(),
                 QStringLiteral("2026-07-10 09:00 UTC"));
        QCOMPARE(model.index(4, TagHistoryModel::ObservedColumn)
                     .data(TagHistoryModel::SortRole)
                     .toDateTime(),
                 at(10, 9));
    }
};

QTEST_GUILESS_MAIN(TestTagTimelineModel)
#include "tst_tagtimelinemodel.moc"
