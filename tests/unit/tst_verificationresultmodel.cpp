#include "VerificationFilterModel.h"
#include "VerificationReport.h"
#include "VerificationResultModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Lattice;
using State = VerificationResultModel::State;

namespace {
EntryResult entry(const QString& name, const QByteArray& expected, int line)
{
    EntryResult e;
    e.name = name;
    e.expected = expected;
    e.line = line;
    return e;
}

EntryResult finished(EntryResult e, EntryStatus status, const QByteArray& actual = {},
                     const QString& detail = {})
{
    e.status = status;
    e.actual = actual;
    e.detail = detail;
    e.size = actual.isEmpty() ? -1 : 1234;
    return e;
}

const QByteArray X(64, 'a');
const QByteArray Y(64, 'b');

QList<EntryResult> sample()
{
    return {entry(QStringLiteral("b-ok.bin"), X, 1), entry(QStringLiteral("a-bad.bin"), X, 2),
            entry(QStringLiteral("c-missing.bin"), X, 3), entry(QStringLiteral("d-refused"), X, 4)};
}
} // namespace

class TestVerificationResultModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowTheRun()
    {
        VerificationResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<EntryResult> entries = sample();
        model.setEntries(entries, {});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(VerificationResultModel::ColumnCount));
        QCOMPARE(model.state(0), State::Pending);
        QCOMPARE(model.index(0, VerificationResultModel::ProgressColumn)
                     .data(VerificationResultModel::ProgressRole)
                     .toInt(),
                 -1);

        model.setHashing(0, 1000);
        model.setProgress(0, 250);
        QCOMPARE(model.state(0), State::Hashing);
        QCOMPARE(model.index(0, VerificationResultModel::ProgressColumn)
                     .data(VerificationResultModel::ProgressRole)
                     .toInt(),
                 25);
        QCOMPARE(model.index(0, VerificationResultModel::ProgressColumn).data().toString(),
                 QStringLiteral("25 %"));

        model.setResults({{0, finished(entries.at(0), EntryStatus::Ok, X)},
                          {1, finished(entries.at(1), EntryStatus::Failed, Y)},
                          {2, finished(entries.at(2), EntryStatus::Missing, {},
                                       QStringLiteral("No such file or directory"))},
                          {3, finished(entries.at(3), EntryStatus::Unreadable, {},
                                       QStringLiteral("refused: absolute path"))}});
        model.addUnlisted({QStringLiteral("stray.bin")});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.state(0), State::Ok);
        QCOMPARE(model.state(1), State::Failed);
        QCOMPARE(model.state(4), State::Unlisted);
        QCOMPARE(model.count(State::Failed), 1);
        QCOMPARE(model.firstProblemRow(), 1); // a failure before a missing file

        QCOMPARE(model.index(1, VerificationResultModel::StatusColumn).data().toString(),
                 QStringLiteral("FAILED"));
        QCOMPARE(model.index(1, VerificationResultModel::ActualColumn).data().toString(),
                 QString::fromLatin1(Y));
        QCOMPARE(model.index(1, 0).data(VerificationResultModel::DigestRole).toString(),
                 QString::fromLatin1(Y));
        QCOMPARE(model.index(2, 0).data(VerificationResultModel::DigestRole).toString(),
                 QString::fromLatin1(X));
        QCOMPARE(model.index(3, VerificationResultModel::DetailColumn).data().toString(),
                 QStringLiteral("refused: absolute path"));
        QCOMPARE(
            model.index(1, VerificationResultModel::NameColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("a-bad.bin (line 2 of the checksum file)"));
        QVERIFY(!model.index(3, VerificationResultModel::StatusColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .isEmpty());
        const QIcon failedIcon = model.index(1, VerificationResultModel::StatusColumn)
                                     .data(Qt::DecorationRole)
                                     .value<QIcon>();
        QVERIFY(!failedIcon.pixmap(16).isNull()); // the resource exists and renders
        QVERIFY(failedIcon.cacheKey() != model.index(0, VerificationResultModel::StatusColumn)
                                             .data(Qt::DecorationRole)
                                             .value<QIcon>()
                                             .cacheKey());
    }

    void failuresAreTintedAndOkIsNot()
    {
        VerificationResultModel model;
        const QList<EntryResult> entries = sample();
        model.setEntries(entries, {});
        model.setResults({{0, finished(entries.at(0), EntryStatus::Ok, X)},
                          {1, finished(entries.at(1), EntryStatus::Failed, Y)},
                          {2, finished(entries.at(2), EntryStatus::Missing)}});
        const QColor failed = model.index(1, VerificationResultModel::NameColumn)
                                  .data(Qt::BackgroundRole)
                                  .value<QBrush>()
                                  .color();
        const QColor missing = model.index(2, VerificationResultModel::NameColumn)
                                   .data(Qt::BackgroundRole)
                                   .value<QBrush>()
                                   .color();
        QVERIFY(failed.isValid());
        QVERIFY(failed.red() > failed.green()); // reddish
        QVERIFY(missing.isValid());
        QVERIFY(missing != failed);
        QVERIFY(!model.index(0, VerificationResultModel::NameColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
    }

    void conflictsAreNamedInTheDetail()
    {
        VerificationResultModel model;
        model.setEntries(
            {entry(QStringLiteral("agent"), X, 1), entry(QStringLiteral("agent"), Y, 2)},
            {QStringLiteral("agent")});
        QVERIFY(model.index(0, VerificationResultModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("different checksums")));
    }

    void proxyFiltersAndSorts()
    {
        VerificationResultModel model;
        VerificationFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<EntryResult> entries = sample();
        model.setEntries(entries, {});
        model.setResults({{0, finished(entries.at(0), EntryStatus::Ok, X)},
                          {1, finished(entries.at(1), EntryStatus::Failed, Y)},
                          {2, finished(entries.at(2), EntryStatus::Missing)},
                          {3, finished(entries.at(3), EntryStatus::Unreadable)}});
        model.addUnlisted({QStringLiteral("stray.bin")});

        proxy.setStateFilter(VerificationFilterModel::StateFilter::Problems);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setStateFilter(VerificationFilterModel::StateFilter::Failed);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("a-bad.bin"));
        proxy.setStateFilter(VerificationFilterModel::StateFilter::Ok);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(VerificationFilterModel::StateFilter::All);
        proxy.setNameFilter(QStringLiteral("MISS"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setNameFilter({});
        QCOMPARE(proxy.rowCount(), 5);

        proxy.sort(VerificationResultModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("a-bad.bin"));
        QCOMPARE(proxy.index(4, VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("b-ok.bin"));
        proxy.sort(VerificationResultModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("a-bad.bin"));
        QCOMPARE(proxy.index(4, VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("stray.bin"));

        // A row whose state changes leaves a filter that no longer fits it.
        proxy.setStateFilter(VerificationFilterModel::StateFilter::Failed);
        model.setResult(0, finished(entries.at(0), EntryStatus::Failed, Y));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void reportJsonHasTheDocumentedShape()
    {
        VerificationReport report;
        report.sumsFile = QStringLiteral("/r/SHA256SUMS");
        report.sourceKind = SourceKind::Archive;
        report.sourcePath = QStringLiteral("/r/a.tar.gz");
        const QList<EntryResult> entries = sample();
        report.entries = {finished(entries.at(0), EntryStatus::Ok, X),
                          finished(entries.at(1), EntryStatus::Failed, Y),
                          finished(entries.at(2), EntryStatus::Missing),
                          finished(entries.at(3), EntryStatus::Unreadable)};
        report.unlisted = {QStringLiteral("stray.bin")};
        report.malformedLines = {5, 9};
        report.conflicts = {QStringLiteral("agent")};
        const QJsonObject json = report.toJson();
        QCOMPARE(QStringList(json.keys()),
                 (QStringList{QStringLiteral("conflicts"), QStringLiteral("entries"),
                              QStringLiteral("malformed_lines"), QStringLiteral("source"),
                              QStringLiteral("summary"), QStringLiteral("sums_file"),
                              QStringLiteral("unlisted")}));
        QCOMPARE(json.value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("archive"));
        const QJsonArray list = json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.size(), 4);
        const QJsonObject failed = list.at(1).toObject();
        QCOMPARE(QStringList(failed.keys()),
                 (QStringList{QStringLiteral("actual"), QStringLiteral("expected"),
                              QStringLiteral("name"), QStringLiteral("status")}));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("actual")).toString(), QString::fromLatin1(Y));
        QVERIFY(list.at(2).toObject().value(QStringLiteral("actual")).isNull());
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unreadable"));
        QCOMPARE(json.value(QStringLiteral("malformed_lines")).toArray(), (QJsonArray{5, 9}));
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("ok")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("missing")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("unreadable")).toInt(), 1);
    }

    void markdownKeepsNamesFromBecomingMarkup()
    {
        VerificationReport report;
        report.sumsFile = QStringLiteral("SHA256SUMS");
        EntryResult hostile =
            finished(entry(QStringLiteral("a|b*c_`d`\n# e"), X, 1), EntryStatus::Failed, Y);
        report.entries = {hostile,
                          finished(entry(QStringLiteral("1. list"), X, 2), EntryStatus::Ok, X)};
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(QStringLiteral("a\\|b\\*c\\_\\`d\\`\\n# e")));
        QVERIFY(md.contains(QStringLiteral("| FAILED |")));
        QVERIFY(md.contains(QStringLiteral("1\\. list")));
        QVERIFY(md.contains(QStringLiteral("1 OK, 1 failed, 0 missing, 0 unreadable")));
        // Every table row has exactly the five cells of the header.
        for (const QString& line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('|')))
                QCOMPARE(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 6);
        }
    }
};

QTEST_MAIN(TestVerificationResultModel)
#include "tst_verificationresultmodel.moc"
