#include "ImageLaneSamples.h"
#include "TagDiffModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace Lattice;

class TestTagDiffModel : public QObject
{
    Q_OBJECT

    static int rowOf(const TagDiffModel& model, const QString& field, const QString& platform)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& f = model.diff().fields.at(row);
            if (f.field == field && f.platform == platform)
                return row;
        }
        return -1;
    }

private slots:
    void equalCellsAreDimmedAndDifferencesHighlighted()
    {
        const QList<Oci::TagInfo> tags = Samples::releaseTags();
        TagDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isEmpty());
        QCOMPARE(
            model.headerData(TagDiffModel::AColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("A"));
        model.setDiff(Oci::TagDiff::compute(tags.at(1), tags.at(5))); // 0.2.1 vs 0.2.0
        QVERIFY(!model.isEmpty());
        QCOMPARE(
            model.headerData(TagDiffModel::AColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("0.2.1"));
        QCOMPARE(
            model.headerData(TagDiffModel::BColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("0.2.0"));

        const int media = rowOf(model, QStringLiteral("Media type"), {});
        QVERIFY(media >= 0);
        QVERIFY(model.index(media, TagDiffModel::AColumn).data(TagDiffModel::SameRole).toBool());
        QCOMPARE(model.index(media, TagDiffModel::AColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 TagDiffModel::sameText());
        QVERIFY(!model.index(media, TagDiffModel::AColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(media, TagDiffModel::PlatformColumn).data().toString(),
                 QStringLiteral("index"));

        const int arm = rowOf(model, QStringLiteral("Child digest"), QStringLiteral("linux/arm64"));
        QVERIFY(arm >= 0);
        const QModelIndex armA = model.index(arm, TagDiffModel::AColumn);
        QVERIFY(!armA.data(TagDiffModel::SameRole).toBool());
        QCOMPARE(armA.data(Qt::BackgroundRole).value<QBrush>().color(),
                 TagDiffModel::differentBackground());
        QCOMPARE(armA.data().toString(), Samples::digest('c'));
        QCOMPARE(armA.data(TagDiffModel::FullValueRole).toString(), Samples::digest('c'));
        QCOMPARE(armA.data(Qt::ToolTipRole).toString(), Samples::digest('c'));
        // Layer counts agree: dimmed even on a platform row.
        const int layers = rowOf(model, QStringLiteral("Layers"), QStringLiteral("linux/arm64"));
        QVERIFY(model.index(layers, TagDiffModel::BColumn).data(TagDiffModel::SameRole).toBool());
        // Index digest and created, then child, config and created on each platform.
        QCOMPARE(model.differenceCount(), 8);
    }

    void missingSideIsADash()
    {
        Oci::TagInfo a = Samples::tag(QStringLiteral("a"), '1', {{"linux/amd64", 'a'}});
        Oci::TagInfo b =
            Samples::tag(QStringLiteral("b"), '2', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}});
        TagDiffModel model;
        model.setDiff(Oci::TagDiff::compute(a, b));
        const int arm = rowOf(model, QStringLiteral("Child digest"), QStringLiteral("linux/arm64"));
        QCOMPARE(model.index(arm, TagDiffModel::AColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(arm, TagDiffModel::AColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Not present in a")));
    }

    void swappingExchangesSidesAndHeaders()
    {
        const QList<Oci::TagInfo> tags = Samples::releaseTags();
        TagDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(Oci::TagDiff::compute(tags.at(0), tags.at(6)));
        const QString markdown = model.diff().toMarkdown();
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.swapSides();
        QCOMPARE(header.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            model.headerData(TagDiffModel::AColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("alpha-0.2.1a9"));
        QCOMPARE(model.index(0, TagDiffModel::AColumn).data(TagDiffModel::FullValueRole).toString(),
                 Samples::digest('9'));
        QVERIFY(model.diff().toMarkdown() != markdown);
        model.swapSides();
        QCOMPARE(model.diff().toMarkdown(), markdown);
        model.clear();
        QVERIFY(model.isEmpty());
        model.swapSides(); // nothing to swap, nothing emitted
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTagDiffModel)
#include "tst_tagdiffmodel.moc"
