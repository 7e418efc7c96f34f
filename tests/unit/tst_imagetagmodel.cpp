#include "ImageLaneSamples.h"
#include "ImageLaneText.h"
#include "ImageTagFilterModel.h"
#include "ImageTagModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lattice;

class TestImageTagModel : public QObject
{
    Q_OBJECT

    static QStringList column(const QAbstractItemModel& model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

private slots:
    void textHelpers()
    {
        QCOMPARE(Oci::shortDigest(Samples::digest('a')), QStringLiteral("sha256:aaaaaaaaaaaa…"));
        QCOMPARE(Oci::shortDigest(QStringLiteral("sha256:abc")), QStringLiteral("sha256:abc"));
        QCOMPARE(Oci::mediaTypeLabel(
                     QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json")),
                 QStringLiteral("Docker manifest list"));
        QCOMPARE(Oci::mediaTypeLabel(QStringLiteral("application/x-odd")),
                 QStringLiteral("application/x-odd"));
        QCOMPARE(Oci::timestampText(QStringLiteral("2026-07-10T09:41:12Z")),
                 QStringLiteral("2026-07-10 09:41 UTC"));
        QCOMPARE(Oci::timestampText(QStringLiteral("yesterday")), QStringLiteral("yesterday"));
        QCOMPARE(Oci::sortedTags({QStringLiteral("0.2"), QStringLiteral("0.10.0"),
                                  QStringLiteral("alpha-0.2.2a9"), QStringLiteral("0.2.1"),
                                  QStringLiteral("alpha-0.2.2a41"), QStringLiteral("0.1.9")}),
                 (QStringList{QStringLiteral("0.10.0"), QStringLiteral("0.2.1"),
                              QStringLiteral("0.2"), QStringLiteral("0.1.9"),
                              QStringLiteral("alpha-0.2.2a41"), QStringLiteral("alpha-0.2.2a9")}));
    }

    void rowsDescribeEveryTag()
    {
        ImageTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Oci::TagInfo> tags = Samples::releaseTags();
        tags[5].mediaType =
            QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
        Oci::TagInfo gone;
        gone.tag = QStringLiteral("beta-0.3.0b1");
        gone.error = QStringLiteral("HTTP 404: manifest unknown");
        tags << gone;
        model.setTags(tags, Samples::channels());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(ImageTagModel::ColumnCount));
        const int latest = model.rowOf(QStringLiteral("latest"));
        QCOMPARE(model.index(latest, ImageTagModel::KindColumn).data().toString(),
                 QStringLiteral("Moving channel"));
        QCOMPARE(model.index(latest, ImageTagModel::DigestColumn).data().toString(),
                 QStringLiteral("sha256:111111111111…"));
        QCOMPARE(model.index(latest, ImageTagModel::DigestColumn).data(Qt::ToolTipRole).toString(),
                 Samples::digest('1'));
        QCOMPARE(model.index(latest, ImageTagModel::MediaTypeColumn).data().toString(),
                 QStringLiteral("OCI index"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("0.2.0")), ImageTagModel::MediaTypeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Docker manifest list"));
        QCOMPARE(model.index(latest, ImageTagModel::PlatformsColumn).data().toString(),
                 QStringLiteral("linux/amd64, linux/arm64"));
        QCOMPARE(model.index(latest, ImageTagModel::CreatedColumn).data().toString(),
                 QStringLiteral("2026-07-10 09:41 UTC"));
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("sha-993e56759a74")), ImageTagModel::KindColumn)
                .data(ImageTagModel::KindRole)
                .toInt(),
            int(Oci::TagKind::Build));

        const int broken = model.rowOf(QStringLiteral("alpha-0.2.1a9"));
        QVERIFY(model.index(broken, 0).data(ImageTagModel::BrokenRole).toBool());
        QCOMPARE(model.index(broken, ImageTagModel::PlatformsColumn).data().toString(),
                 QStringLiteral("linux/amd64, linux/arm64 (broken)"));
        QVERIFY(model.index(broken, 0).data(Qt::ForegroundRole).isValid());

        const int unreadable = model.rowOf(QStringLiteral("beta-0.3.0b1"));
        QVERIFY(!model.index(unreadable, 0).data(ImageTagModel::ReadableRole).toBool());
        QCOMPARE(model.index(unreadable, ImageTagModel::DigestColumn).data().toString(),
                 QStringLiteral("unreadable"));
        QVERIFY(model.index(unreadable, ImageTagModel::TagColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("manifest unknown")));
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void rowsAreInReadingOrder()
    {
        ImageTagModel model;
        model.setTags(Samples::releaseTags(), Samples::channels());
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows << model.index(row, ImageTagModel::TagColumn).data().toString();
        QCOMPARE(rows, model.tagNames());
        QCOMPARE(rows, (QStringList{QStringLiteral("latest"), QStringLiteral("alpha"),
                                    QStringLiteral("0.2.1"), QStringLiteral("0.2.0"),
                                    QStringLiteral("0.2"), QStringLiteral("alpha-0.2.1a9"),
                                    QStringLiteral("sha-993e56759a74")}));
    }

    void tagNamesPutChannelsFirst()
    {
        ImageTagModel model;
        model.setTags(Samples::releaseTags(), Samples::channels());
        const QStringList names = model.tagNames();
        // Channels in the profile's order, then the other tags newest first.
        QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("latest"), QStringLiteral("alpha")}));
        QCOMPARE(names.mid(2, 3), (QStringList{QStringLiteral("0.2.1"), QStringLiteral("0.2.0"),
                                               QStringLiteral("0.2")}));
    }

    void filtersByKindAndText()
    {
        ImageTagModel model;
        model.setTags(Samples::releaseTags(), Samples::channels());
        ImageTagFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 7);
        filter.setKind(int(Oci::TagKind::Version));
        filter.sort(ImageTagModel::TagColumn, Qt::DescendingOrder);
        QCOMPARE(
            column(filter, ImageTagModel::TagColumn),
            (QStringList{QStringLiteral("0.2.1"), QStringLiteral("0.2.0"), QStringLiteral("0.2")}));
        filter.sort(ImageTagModel::TagColumn, Qt::AscendingOrder);
        QCOMPARE(
            column(filter, ImageTagModel::TagColumn),
            (QStringList{QStringLiteral("0.2"), QStringLiteral("0.2.0"), QStringLiteral("0.2.1")}));
        filter.setKind(-1);
        filter.setText(QStringLiteral("ALPHA"));
        QCOMPARE(filter.rowCount(), 2);
        // A digest fragment finds every tag on that image.
        filter.setText(QStringLiteral("5555555"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QString());
        filter.sort(ImageTagModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, ImageTagModel::CreatedColumn).data().toString(),
                 QStringLiteral("2026-07-05 14:22 UTC"));
    }
};

QTEST_GUILESS_MAIN(TestImageTagModel)
#include "tst_imagetagmodel.moc"
