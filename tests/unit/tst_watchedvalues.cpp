#include "WatchedValues.h"

#include <QTest>

using namespace Lattice;

class TestWatchedValues : public QObject
{
    Q_OBJECT

    static Oci::TagInfo tag(const char* name, const char* digest)
    {
        Oci::TagInfo t;
        t.tag = QString::fromLatin1(name);
        t.digest = QString::fromLatin1(digest);
        return t;
    }

private slots:
    void channelsAreNamedByTheirMostSpecificVersion()
    {
        const QList<Oci::TagInfo> tags{
            tag("latest", "sha256:aaaaaaaaaaaaaaaa"), tag("0.2", "sha256:aaaaaaaaaaaaaaaa"),
            tag("0.2.1", "sha256:aaaaaaaaaaaaaaaa"), tag("alpha", "sha256:bbbbbbbbbbbbbbbb"),
            tag("0.2.0", "sha256:cccccccccccccccc")};
        const QMap<QString, QString> values = imageWatchedValues(
            tags, {QStringLiteral("latest"), QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(values.value(QStringLiteral("image/latest")),
                 QStringLiteral("0.2.1 (aaaaaaaaaaaa)"));
        // A channel matching no version tag is named by its digest alone.
        QCOMPARE(values.value(QStringLiteral("image/alpha")), QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(!values.contains(QStringLiteral("image/beta")));
    }

    void onlyMovesOfKnownValuesAreChanges()
    {
        const QMap<QString, QString> seen{
            {QStringLiteral("image/latest"), QStringLiteral("0.2.0")},
            {QStringLiteral("agent/server-latest"), QStringLiteral("v0.2.9")}};
        const QMap<QString, QString> now{
            {QStringLiteral("image/latest"), QStringLiteral("0.2.1")},
            {QStringLiteral("image/alpha"), QStringLiteral("x")},
            {QStringLiteral("agent/server-latest"), QStringLiteral("v0.2.9")}};
        const QList<WatchedChange> changes = watchedChanges(seen, now);
        QCOMPARE(changes.size(), 1); // alpha is new, the agent did not move
        QCOMPARE(changes.first().key, QStringLiteral("image/latest"));
        QVERIFY(changes.first().describe().contains(QLatin1String("0.2.0")));
        QVERIFY(changes.first().describe().contains(QLatin1String("0.2.1")));
        QVERIFY(watchedChanges({}, now).isEmpty()); // the first look records only
    }
};

QTEST_GUILESS_MAIN(TestWatchedValues)
#include "tst_watchedvalues.moc"
