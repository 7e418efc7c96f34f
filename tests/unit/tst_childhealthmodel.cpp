#include "ChildHealthModel.h"
#include "ImageLaneSamples.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lattice;

class TestChildHealthModel : public QObject
{
    Q_OBJECT

    static QList<Oci::TagInfo> checked(QList<Oci::TagInfo> tags)
    {
        for (Oci::TagInfo& t : tags) {
            for (Oci::PlatformImage& p : t.platforms) {
                if (p.childStatus == 0)
                    p.childStatus = 200;
            }
        }
        return tags;
    }

    static int rowOf(const ChildHealthModel& model, const QString& tag, const QString& platform)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ChildHealthModel::TagColumn).data().toString() == tag &&
                model.index(row, ChildHealthModel::PlatformColumn).data().toString() == platform)
                return row;
        }
        return -1;
    }

private slots:
    void listingStartsUncheckedExceptKnownBreakage()
    {
        ChildHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTags(Samples::releaseTags());
        QCOMPARE(model.rowCount(), 14); // seven tags, two platforms each
        QCOMPARE(model.count(ChildHealthModel::State::NotChecked), 13);
        // A refresh that could not read a child already knows it is gone.
        QCOMPARE(model.brokenTags(), QStringList{QStringLiteral("alpha-0.2.1a9")});
        QCOMPARE(model.checkedTagCount(), 0);
        QCOMPARE(model.index(0, ChildHealthModel::StatusColumn).data().toString(),
                 QStringLiteral("Not checked"));
    }

    void checkResultsMarkTagsBrokenPerPlatform()
    {
        ChildHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Oci::TagInfo> tags = Samples::releaseTags();
        tags[6].platforms[1].childStatus = 0; // served from the cache: looks fine
        model.setTags(tags);
        QVERIFY(model.brokenTags().isEmpty());

        QList<Oci::TagInfo> result = checked(Samples::releaseTags());
        result[0].platforms[0].childStatus = 500;
        const QDateTime at(QDate(2026, 8, 23), QTime(10, 0), Qt::UTC);
        model.setCheckResults(result, at);
        QCOMPARE(model.brokenTags(), QStringList{QStringLiteral("alpha-0.2.1a9")});
        QCOMPARE(model.checkedTagCount(), 7);
        QCOMPARE(model.lastCheck(), at);
        const int arm =
            rowOf(model, QStringLiteral("alpha-0.2.1a9"), QStringLiteral("linux/arm64"));
        QCOMPARE(model.state(arm), ChildHealthModel::State::Broken);
        QCOMPARE(model.index(arm, ChildHealthModel::StatusColumn).data().toString(),
                 QStringLiteral("Broken: manifest unknown (404)"));
        QVERIFY(model.index(arm, 0).data(Qt::BackgroundRole).isValid());
        const int amd =
            rowOf(model, QStringLiteral("alpha-0.2.1a9"), QStringLiteral("linux/amd64"));
        QCOMPARE(model.state(amd), ChildHealthModel::State::Present);
        QCOMPARE(model
                     .index(rowOf(model, QStringLiteral("latest"), QStringLiteral("linux/amd64")),
                            ChildHealthModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("HTTP 500"));
        QCOMPARE(model.index(arm, ChildHealthModel::CheckedColumn).data().toString(),
                 QStringLiteral("2026-08-23 10:00 UTC"));
    }

    void aPlainRefreshKeepsCheckResultsOfUnmovedTags()
    {
        ChildHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTags(Samples::releaseTags());
        model.setCheckResults(checked(Samples::releaseTags()), QDateTime::currentDateTimeUtc());
        QList<Oci::TagInfo> fresh = Samples::releaseTags();
        fresh[6].platforms[1].childStatus = 0; // the cache cannot see the deletion
        fresh[0] = Samples::tag(QStringLiteral("latest"), '4', {{"linux/amd64", 'a'}});
        model.setTags(fresh);
        QCOMPARE(model.brokenTags(), QStringList{QStringLiteral("alpha-0.2.1a9")});
        // latest moved: what was checked before says nothing about it now.
        QCOMPARE(model.state(rowOf(model, QStringLiteral("latest"), QStringLiteral("linux/amd64"))),
                 ChildHealthModel::State::NotChecked);
        QCOMPARE(model.checkedTagCount(), 6);
        QCOMPARE(model.tags().at(6).platforms.at(1).childStatus, 404);
    }

    void unreadableTagIsOneRow()
    {
        ChildHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Oci::TagInfo gone;
        gone.tag = QStringLiteral("beta");
        gone.error = QStringLiteral("HTTP 404");
        model.setTags({gone});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(0), ChildHealthModel::State::Unreadable);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("HTTP 404"));
    }

    void exportsJsonAndCsv()
    {
        ChildHealthModel model;
        model.setTags(Samples::releaseTags());
        const QDateTime at(QDate(2026, 8, 23), QTime(10, 0), Qt::UTC);
        model.setCheckResults(checked(Samples::releaseTags()), at);

        const QJsonObject json =
            QJsonDocument::fromJson(
                model.toJson(QStringLiteral("ghcr.io/latticenet/lattice-server")))
                .object();
        QCOMPARE(json.value(QStringLiteral("image")).toString(),
                 QStringLiteral("ghcr.io/latticenet/lattice-server"));
        QCOMPARE(json.value(QStringLiteral("checked_at")).toString(),
                 QStringLiteral("2026-08-23T10:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("broken_tags")).toArray().size(), 1);
        const QJsonArray tags = json.value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 7);
        const QJsonObject broken = tags.at(6).toObject();
        QVERIFY(broken.value(QStringLiteral("broken")).toBool());
        const QJsonObject arm =
            broken.value(QStringLiteral("platforms")).toArray().at(1).toObject();
        QCOMPARE(arm.value(QStringLiteral("state")).toString(), QStringLiteral("broken"));
        QCOMPARE(arm.value(QStringLiteral("http_status")).toInt(), 404);
        QCOMPARE(arm.value(QStringLiteral("digest")).toString(), Samples::digest('3'));

        const QList<QByteArray> lines = model.toCsv().split('\n');
        QCOMPARE(
            lines.first(),
            QByteArray("tag,index_digest,platform,child_digest,http_status,state,checked_at\r"));
        QCOMPARE(lines.size(), 16); // header, 14 rows, and the empty rest after the last newline
        QVERIFY(lines.at(14).startsWith("alpha-0.2.1a9,"));
        QVERIFY(lines.at(14).contains(",404,broken,2026-08-23T10:00:00Z"));
    }

    void csvQuotesAwkwardValues()
    {
        ChildHealthModel model;
        Oci::TagInfo odd;
        odd.tag = QStringLiteral("we\"ird,tag");
        odd.error = QStringLiteral("x");
        model.setTags({odd});
        QVERIFY(model.toCsv().contains("\"we\"\"ird,tag\","));
    }
};

QTEST_GUILESS_MAIN(TestChildHealthModel)
#include "tst_childhealthmodel.moc"
