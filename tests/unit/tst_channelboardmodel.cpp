#include "ChannelBoardModel.h"
#include "ImageLaneSamples.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace Lattice;

class TestChannelBoardModel : public QObject
{
    Q_OBJECT

    static QList<Oci::ChannelState> board(const QList<Oci::TagInfo>& tags)
    {
        return Oci::ChannelBoard::compute(tags, Samples::channels());
    }

private slots:
    void channelRowsSayWhatTheyEqual()
    {
        ChannelBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(board(Samples::releaseTags()));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex latest = model.index(0, ChannelBoardModel::ChannelColumn);
        QCOMPARE(latest.data().toString(), QStringLiteral("latest"));
        // The more specific version leads: what a maintainer would write.
        QCOMPARE(latest.data(ChannelBoardModel::EquationRole).toString(),
                 QStringLiteral("latest = 0.2.1 = 0.2"));
        QCOMPARE(model.index(0, ChannelBoardModel::MatchesColumn).data().toString(),
                 QStringLiteral("= 0.2.1 = 0.2"));
        QCOMPARE(latest.data(ChannelBoardModel::DigestRole).toString(), Samples::digest('1'));
        QCOMPARE(model.index(0, ChannelBoardModel::DigestColumn).data().toString(),
                 QStringLiteral("sha256:111111111111…"));
        QCOMPARE(model.index(0, ChannelBoardModel::DigestColumn).data(Qt::ToolTipRole).toString(),
                 Samples::digest('1'));
        QVERIFY(model.index(0, ChannelBoardModel::MatchesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("sha-993e56759a74")));
        QCOMPARE(model.index(0, ChannelBoardModel::CreatedColumn).data().toString(),
                 QStringLiteral("2026-07-10 09:41 UTC"));
        QCOMPARE(model.index(1, 0).data(ChannelBoardModel::EquationRole).toString(),
                 QStringLiteral("alpha = 0.2.0"));
    }

    void childrenArePlatformsThenWarnings()
    {
        ChannelBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(board(Samples::releaseTags()));
        const QModelIndex latest = model.index(0, 0);
        QCOMPARE(model.rowCount(latest), 2); // two platforms, no warning
        QCOMPARE(model.index(0, 0, latest).data().toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(model.index(1, ChannelBoardModel::DigestColumn, latest)
                     .data(ChannelBoardModel::DigestRole)
                     .toString(),
                 Samples::digest('c'));
        QCOMPARE(model.index(0, 0, latest)
                     .data(ChannelBoardModel::RowKindRole)
                     .value<ChannelBoardModel::RowKind>(),
                 ChannelBoardModel::RowKind::Platform);

        const QModelIndex beta = model.index(2, 0);
        QCOMPARE(model.index(2, ChannelBoardModel::MatchesColumn).data().toString(),
                 QStringLiteral("not published"));
        QCOMPARE(model.rowCount(beta), 1);
        QCOMPARE(model.index(0, 0, beta)
                     .data(ChannelBoardModel::RowKindRole)
                     .value<ChannelBoardModel::RowKind>(),
                 ChannelBoardModel::RowKind::Warning);
        QCOMPARE(model.index(0, 0, beta).data().toString(),
                 QStringLiteral("The channel is not published."));
        QCOMPARE(model.warningCount(), 1);
        QCOMPARE(beta.data(ChannelBoardModel::WarningCountRole).toInt(), 1);
    }

    void brokenChildIsRedAndWarned()
    {
        QList<Oci::TagInfo> tags = Samples::releaseTags();
        tags[0].platforms[1].childStatus = 404; // latest's arm64 child
        ChannelBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(board(tags));
        const QModelIndex latest = model.index(0, 0);
        QVERIFY(latest.data(ChannelBoardModel::BrokenRole).toBool());
        const QModelIndex arm = model.index(1, ChannelBoardModel::MatchesColumn, latest);
        QVERIFY(arm.data(ChannelBoardModel::BrokenRole).toBool());
        QCOMPARE(arm.data().toString(), QStringLiteral("broken: manifest unknown"));
        QCOMPARE(arm.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x8a, 0x10, 0x10));
        QVERIFY(!model.index(0, 0, latest).data(ChannelBoardModel::BrokenRole).toBool());
        QVERIFY(!model.index(0, 0, latest).data(Qt::ForegroundRole).isValid());
        // The warning row follows the platforms.
        QCOMPARE(model.rowCount(latest), 3);
        QVERIFY(model.index(2, 0, latest).data().toString().contains(QStringLiteral("gone")));
    }

    void warnsWhenNothingImmutableMatchesOrPlatformsDiffer()
    {
        QList<Oci::TagInfo> tags{
            Samples::tag(QStringLiteral("latest"), '1', {{"linux/amd64", 'a'}}),
            Samples::tag(QStringLiteral("alpha"), '5',
                         {{"linux/amd64", 'e'}, {"linux/arm64", '7'}}),
        };
        ChannelBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(board(tags));
        QCOMPARE(model.index(0, ChannelBoardModel::MatchesColumn).data().toString(),
                 QStringLiteral("matches no version tag"));
        QCOMPARE(model.index(0, 0).data(ChannelBoardModel::EquationRole).toString(),
                 QStringLiteral("latest"));
        QStringList warnings;
        const QModelIndex latest = model.index(0, 0);
        for (int row = 0; row < model.rowCount(latest); ++row) {
            const QModelIndex child = model.index(row, 0, latest);
            if (child.data(ChannelBoardModel::RowKindRole).value<ChannelBoardModel::RowKind>() ==
                ChannelBoardModel::RowKind::Warning)
                warnings << child.data().toString();
        }
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Matches no version tag")));
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Platforms differ")));
    }

    void clearEmpties()
    {
        ChannelBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(board(Samples::releaseTags()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.warningCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChannelBoardModel)
#include "tst_channelboardmodel.moc"
