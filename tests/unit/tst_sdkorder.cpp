#include "DocsCoverage.h"
#include "SdkOrder.h"

#include <QTest>

using namespace Lattice::Sdk;

namespace {

const char kServerGoMod[] = "module github.com/LatticeNet/lattice-server\n"
                            "\n"
                            "go 1.24\n"
                            "\n"
                            "require (\n"
                            "\tgithub.com/LatticeNet/lattice-sdk v0.2.17 // pinned\n"
                            "\tgolang.org/x/crypto v0.40.0\n"
                            ")\n"
                            "\n"
                            "require (\n"
                            "\tgithub.com/google/uuid v1.6.0 // indirect\n"
                            ")\n";

QString goSum(const QString& version)
{
    return QStringLiteral("github.com/LatticeNet/lattice-sdk v0.2.15 h1:old=\n"
                          "github.com/LatticeNet/lattice-sdk %1 h1:abc=\n"
                          "github.com/LatticeNet/lattice-sdk %1/go.mod h1:def=\n")
        .arg(version);
}

SdkFacts facts()
{
    SdkFacts f;
    f.tags = {
        {QStringLiteral("v0.2.15"), QStringLiteral("1111111111111111111111111111111111111111"),
         QDateTime(QDate(2026, 7, 3), QTime(10, 0), Qt::UTC)},
        {QStringLiteral("v0.2.16"), QStringLiteral("2222222222222222222222222222222222222222"),
         QDateTime(QDate(2026, 7, 5), QTime(10, 0), Qt::UTC)},
        {QStringLiteral("v0.2.17"), QStringLiteral("4623d3b58b50bd9406816779146532e33e10d32d"),
         QDateTime(QDate(2026, 7, 9), QTime(10, 10), Qt::UTC)},
    };
    f.commitExists.insert(QStringLiteral("9de870576def"), true);
    f.commitExists.insert(QStringLiteral("000000000000"), false);
    return f;
}

Downstream server(const QString& tag, const QString& goMod, bool prerelease = false)
{
    Downstream d;
    d.repo = QStringLiteral("LatticeNet/lattice-server");
    d.tag = tag;
    d.prerelease = prerelease;
    d.published = QDateTime(QDate(2026, 7, 10), QTime(9, 14), Qt::UTC);
    d.goMod = goMod;
    d.goSum = goSum(parseGoMod(goMod).version);
    return d;
}

QString oneLine(const QString& version)
{
    return QStringLiteral("module github.com/LatticeNet/lattice-node-agent\n\ngo 1.24\n\n"
                          "require github.com/LatticeNet/lattice-sdk %1\n")
        .arg(version);
}

} // namespace

class TestSdkOrder : public QObject
{
    Q_OBJECT

private slots:
    void goModForms()
    {
        QCOMPARE(parseGoMod(QString::fromLatin1(kServerGoMod)).version, QStringLiteral("v0.2.17"));
        QCOMPARE(parseGoMod(oneLine(QStringLiteral("v0.2.17"))).version, QStringLiteral("v0.2.17"));
        // A commented-out requirement is not one.
        QVERIFY(parseGoMod(QStringLiteral("// require github.com/LatticeNet/lattice-sdk v1.0.0\n"))
                    .version.isEmpty());
        // Another module whose path starts the same is not the SDK.
        QVERIFY(parseGoMod(QStringLiteral("require github.com/LatticeNet/lattice-sdk-extra v1.0.0"))
                    .version.isEmpty());
        const GoModPin replaced = parseGoMod(
            oneLine(QStringLiteral("v0.2.17")) +
            QStringLiteral(
                "replace (\n\tgithub.com/LatticeNet/lattice-sdk => ../lattice-sdk\n)\n"));
        QCOMPARE(replaced.replaceTarget, QStringLiteral("../lattice-sdk"));
        QVERIFY(parseGoMod(oneLine(QStringLiteral("v1.0.0")) +
                           QStringLiteral("replace golang.org/x/net => ../net\n"))
                    .replaceTarget.isEmpty());
    }

    void pseudoVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("commit"); // empty: not a pseudo-version
        QTest::newRow("after release") << "v0.2.17-0.20260708093236-9de870576def"
                                       << "9de870576def";
        QTest::newRow("no earlier tag") << "v0.0.0-20260704002253-f54c6a701864"
                                        << "f54c6a701864";
        QTest::newRow("after prerelease") << "v0.3.0-alpha.1.0.20260704002253-F54C6A701864"
                                          << "f54c6a701864";
        QTest::newRow("incompatible") << "v2.0.1-0.20260704002253-f54c6a701864+incompatible"
                                      << "f54c6a701864";
        QTest::newRow("tag") << "v0.2.17"
                             << "";
        QTest::newRow("prerelease tag") << "v0.2.18-rc.1"
                                        << "";
        QTest::newRow("short timestamp") << "v0.2.17-0.2026070809323-9de870576def"
                                         << "";
    }

    void pseudoVersions()
    {
        QFETCH(QString, version);
        QFETCH(QString, commit);
        QCOMPARE(isPseudoVersion(version), !commit.isEmpty());
        QCOMPARE(pseudoCommit(version), commit);
    }

    void goSumNeedsBothLines()
    {
        QVERIFY(goSumPinsVersion(goSum(QStringLiteral("v0.2.17")), QStringLiteral("v0.2.17")));
        QVERIFY(!goSumPinsVersion(
            QStringLiteral("github.com/LatticeNet/lattice-sdk v0.2.17/go.mod h1:def=\n"),
            QStringLiteral("v0.2.17")));
    }

    void stableServerPinningThePublishedTagIsGreen()
    {
        Downstream d = server(QStringLiteral("v0.2.1"), QString::fromLatin1(kServerGoMod));
        d.sdkRef = QStringLiteral("4623d3b58b50bd9406816779146532e33e10d32d");
        const Verdict v = judge(d, facts());
        QCOMPARE(v.kind, Kind::Tag);
        QCOMPARE(v.requirement, QStringLiteral("v0.2.17"));
        QCOMPARE(gateName(v.gate), QStringLiteral("green"));
    }

    void gates_data()
    {
        QTest::addColumn<QString>("goMod");
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<QString>("sdkRef");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("gate");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("prerelease pseudo is amber")
            << oneLine(QStringLiteral("v0.2.17-0.20260708093236-9de870576def")) << true << ""
            << "pseudo"
            << "amber"
            << "pseudo-version";
        QTest::newRow("stable pseudo is red")
            << oneLine(QStringLiteral("v0.2.17-0.20260708093236-9de870576def")) << false << ""
            << "pseudo"
            << "red"
            << "stable release";
        QTest::newRow("pseudo of a missing commit is red even for a prerelease")
            << oneLine(QStringLiteral("v0.2.17-0.20260708093236-000000000000")) << true << ""
            << "pseudo"
            << "red"
            << "does not exist";
        QTest::newRow("missing tag") << oneLine(QStringLiteral("v0.2.99")) << false << ""
                                     << "tag"
                                     << "red"
                                     << "not published";
        QTest::newRow("replace") << oneLine(QStringLiteral("v0.2.17")) +
                                        QStringLiteral("replace github.com/LatticeNet/lattice-sdk "
                                                       "=> ../lattice-sdk\n")
                                 << true << ""
                                 << "replace"
                                 << "red"
                                 << "../lattice-sdk";
        QTest::newRow("no sdk") << QStringLiteral("module x\n") << false << ""
                                << "none"
                                << "green"
                                << "";
        // alpha-0.2.1a10: go.mod v0.2.15, sdk.ref v0.2.16.
        QTest::newRow("sdk.ref mismatch") << oneLine(QStringLiteral("v0.2.15")) << true << "v0.2.16"
                                          << "tag"
                                          << "amber"
                                          << "sdk.ref";
        // alpha-0.2.1a16: pseudo 9de8…, sdk.ref de6c….
        QTest::newRow("sdk.ref other commit")
            << oneLine(QStringLiteral("v0.2.17-0.20260708093236-9de870576def")) << true
            << "de6cdc7a61c8aaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            << "pseudo"
            << "amber"
            << "";
        QTest::newRow("sdk.ref matching the pseudo commit")
            << oneLine(QStringLiteral("v0.2.17-0.20260708093236-9de870576def")) << true
            << "9de870576defbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
            << "pseudo"
            << "amber"
            << "pseudo-version";
    }

    void gates()
    {
        QFETCH(QString, goMod);
        QFETCH(bool, prerelease);
        QFETCH(QString, sdkRef);
        QFETCH(QString, kind);
        QFETCH(QString, gate);
        QFETCH(QString, reasonContains);
        Downstream d = server(QStringLiteral("alpha-0.2.1a10"), goMod, prerelease);
        if (!sdkRef.isEmpty())
            d.sdkRef = sdkRef;
        const Verdict v = judge(d, facts());
        QCOMPARE(kindName(v.kind), kind);
        QCOMPARE(gateName(v.gate), gate);
        QVERIFY2(v.reason.contains(reasonContains), qPrintable(v.reason));
        if (!sdkRef.isEmpty() && reasonContains.isEmpty())
            QVERIFY(v.findings.join(QLatin1Char('\n')).contains(QLatin1String("sdk.ref")));
    }

    void sdkTagNewerThanTheDownstreamTagIsRed()
    {
        Downstream d = server(QStringLiteral("v0.2.0"), oneLine(QStringLiteral("v0.2.17")));
        d.published = QDateTime(QDate(2026, 7, 9), QTime(10, 9), Qt::UTC); // a minute before
        const Verdict v = judge(d, facts());
        QCOMPARE(v.gate, Gate::Red);
        QVERIFY(v.reason.contains(QLatin1String("newer")));

        d.published = QDateTime();
        QCOMPARE(judge(d, facts()).gate, Gate::Amber); // cannot tell: not green
    }

    void goSumMissingLinesIsRedForStable()
    {
        Downstream d = server(QStringLiteral("v0.2.1"), QString::fromLatin1(kServerGoMod));
        d.goSum = goSum(QStringLiteral("v0.2.16"));
        QCOMPARE(judge(d, facts()).gate, Gate::Red);
        d.goSum.reset(); // no go.sum at all: not judged here
        QCOMPARE(judge(d, facts()).gate, Gate::Green);
    }

    void prereleaseTags()
    {
        QVERIFY(tagLooksPrerelease(QStringLiteral("alpha-0.2.2a41")));
        QVERIFY(tagLooksPrerelease(QStringLiteral("v0.3.3-alpha.2")));
        QVERIFY(!tagLooksPrerelease(QStringLiteral("v0.2.9")));
    }

    void docsMatrixAndCoverage()
    {
        using namespace Lattice::Docs;
        const QString page = QStringLiteral("# Release 0.2.1\n\n## Version matrix\n\n"
                                            "| Surface | Version | Commit or artifact |\n"
                                            "| --- | --- | --- |\n"
                                            "| Server | `v0.2.1` | `993e5675…`, image `:0.2.1` |\n"
                                            "| Node agent | v0.2.9 (`94546a4f…`) | assets |\n"
                                            "| SDK | `v0.2.17` | `4623d3b5…` |\n"
                                            "\nText after the table | with a pipe\n");
        const QMap<QString, QString> matrix = parseVersionMatrix(page);
        QCOMPARE(matrix.value(QStringLiteral("server")), QStringLiteral("v0.2.1"));
        QCOMPARE(matrix.value(QStringLiteral("node agent")), QStringLiteral("v0.2.9"));
        QCOMPARE(matrix.value(QStringLiteral("sdk")), QStringLiteral("v0.2.17"));
        QCOMPARE(matrix.size(), 3);

        QCOMPARE(releaseLineOfPage(QStringLiteral("release-0.2.1.md")), QStringLiteral("0.2.1"));
        QVERIFY(releaseLineOfPage(QStringLiteral("releases.md")).isEmpty());

        const QList<ReleasePage> pages{
            {QStringLiteral("0.2.1"), QStringLiteral("docs/developers/release-0.2.1.md"), matrix}};
        const QList<Coverage> c =
            coverage({QStringLiteral("v0.2.1"), QStringLiteral("v0.2.2")},
                     {QStringLiteral("v0.2.9"), QStringLiteral("v0.2.8")}, pages);
        QCOMPARE(c.size(), 4);
        QVERIFY(!c.at(0).gap);
        QVERIFY(c.at(1).gap); // a stable server release without its page
        QCOMPARE(c.at(2).page, QStringLiteral("docs/developers/release-0.2.1.md"));
        QVERIFY(c.at(3).page.isEmpty());
        QVERIFY(!c.at(3).gap); // agents between server releases are not a gap

        QVERIFY(
            baselineDrift(pages, QStringLiteral("v0.2.17"), QStringLiteral("v0.2.17")).isEmpty());
        QVERIFY(baselineDrift(pages, QStringLiteral("v0.2.17"), QStringLiteral("v0.2.16"))
                    .contains(QLatin1String("agent pins v0.2.16")));
    }
};

QTEST_GUILESS_MAIN(TestSdkOrder)
#include "tst_sdkorder.moc"
