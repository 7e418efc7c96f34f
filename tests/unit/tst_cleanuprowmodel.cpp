#include "CleanupRowModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lattice;

class TestCleanupRowModel : public QObject
{
    Q_OBJECT
private slots:
    void showsIdsDigestsAndCreationTimes()
    {
        CleanupRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
        model.setRows({{4711, digest, QStringLiteral("2026-08-20T15:38:42Z")},
                       {4700, QStringLiteral("sha256:0"), QStringLiteral("2026-08-01T00:00:00Z")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, CleanupRowModel::IdColumn).data().toString(),
                 QStringLiteral("4711"));
        // Full digests: the package page is searched by them.
        QCOMPARE(model.index(0, CleanupRowModel::DigestColumn).data().toString(), digest);
        QCOMPARE(model.index(0, CleanupRowModel::CreatedColumn).data().toString(),
                 QStringLiteral("2026-08-20T15:38:42Z"));
        QCOMPARE(model.index(1, 0).data(CleanupRowModel::DigestRole).toString(),
                 QStringLiteral("sha256:0"));
        QCOMPARE(model.headerData(CleanupRowModel::CreatedColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("created_at"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanupRowModel)
#include "tst_cleanuprowmodel.moc"
