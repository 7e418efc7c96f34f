#include "EndpointStatusModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lattice;

class TestEndpointStatusModel : public QObject
{
    Q_OBJECT
private slots:
    void tracksResultsById()
    {
        EndpointStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints({
            {QStringLiteral("registry"), QStringLiteral("Registry"), QUrl(QStringLiteral("https://ghcr.io/v2/")), {}, {}, {}},
            {QStringLiteral("github"), QStringLiteral("GitHub"), QUrl(QStringLiteral("https://api.github.com/rate_limit")), {}, {}, {}},
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        model.markAllChecking();
        QCOMPARE(model.index(0, EndpointStatusModel::StateColumn).data().toString(), QStringLiteral("Checking…"));

        model.setResult(QStringLiteral("github"), false, QStringLiteral("Host api.github.com not found"), QDateTime::currentDateTimeUtc());
        model.setResult(QStringLiteral("registry"), true, QStringLiteral("HTTP 401"), QDateTime::currentDateTimeUtc());
        QCOMPARE(model.reachableCount(), 1);
        QCOMPARE(model.unreachableCount(), 1);
        QCOMPARE(model.index(1, EndpointStatusModel::StateColumn).data().toString(),
                 QStringLiteral("Could not reach: Host api.github.com not found"));
        QCOMPARE(model.index(0, EndpointStatusModel::StateColumn).data(EndpointStatusModel::StateRole)
                     .value<EndpointStatusModel::State>(),
                 EndpointStatusModel::State::Reachable);
    }

    void unknownIdIsIgnored()
    {
        EndpointStatusModel model;
        model.setEndpoints({{QStringLiteral("docs"), QStringLiteral("Docs"), QUrl(), {}, {}, {}}});
        model.setResult(QStringLiteral("nope"), true, QString(), QDateTime());
        QCOMPARE(model.reachableCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEndpointStatusModel)
#include "tst_endpointstatusmodel.moc"
