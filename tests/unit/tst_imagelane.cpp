#include "ChannelBoard.h"
#include "CleanupPlan.h"
#include "TagDiff.h"

#include <QTest>

using namespace Lattice::Oci;

namespace {
QString digest(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

TagInfo tag(const QString& name, char index,
            std::initializer_list<std::pair<const char*, char>> platforms)
{
    TagInfo t;
    t.tag = name;
    t.digest = digest(index);
    t.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    for (const auto& [platform, child] : platforms) {
        PlatformImage p;
        p.platform = QString::fromLatin1(platform);
        p.digest = digest(child);
        p.configDigest = digest(char(child + 1));
        p.layerCount = 3;
        t.platforms.append(p);
    }
    return t;
}
} // namespace

class TestImageLane : public QObject
{
    Q_OBJECT
private slots:
    void classifiesTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("kind");
        QTest::newRow("latest") << "latest" << int(TagKind::Moving);
        QTest::newRow("alpha") << "alpha" << int(TagKind::Moving);
        QTest::newRow("0.2.1") << "0.2.1" << int(TagKind::Version);
        QTest::newRow("0.2") << "0.2" << int(TagKind::Version);
        QTest::newRow("0.3.3-alpha.2") << "0.3.3-alpha.2" << int(TagKind::Version);
        QTest::newRow("alpha-0.2.2a41") << "alpha-0.2.2a41" << int(TagKind::Pinned);
        QTest::newRow("beta-0.3.0b1") << "beta-0.3.0b1" << int(TagKind::Pinned);
        QTest::newRow("sha") << "sha-993e56759a74" << int(TagKind::Build);
        QTest::newRow("alpha short sha") << "alpha-58857f6" << int(TagKind::Build);
        QTest::newRow("other") << "manual-123" << int(TagKind::Other);
    }

    void classifiesTags()
    {
        QFETCH(QString, tag);
        QFETCH(int, kind);
        QCOMPARE(int(classifyTag(tag, {QStringLiteral("latest"), QStringLiteral("alpha"),
                                       QStringLiteral("beta")})),
                 kind);
    }

    void boardShowsWhatEachChannelMatches()
    {
        const QList<TagInfo> tags = {
            tag(QStringLiteral("latest"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
            tag(QStringLiteral("0.2.1"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
            tag(QStringLiteral("0.2"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
            tag(QStringLiteral("sha-993e56759a74"), '1',
                {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
            tag(QStringLiteral("alpha"), '5', {{"linux/amd64", 'e'}}),
        };
        const auto board = ChannelBoard::compute(
            tags, {QStringLiteral("latest"), QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(board.size(), 3);
        QCOMPARE(board.at(0).sameAs, (QStringList{"0.2", "0.2.1"}));
        QCOMPARE(board.at(0).buildTags, QStringList{"sha-993e56759a74"});
        QCOMPARE(board.at(0).digest, digest('1'));
        QVERIFY(
            board.at(0).warnings.join(' ').contains(QStringLiteral("Platforms differ from alpha")));
        QVERIFY(board.at(1).warnings.join(' ').contains(QStringLiteral("Matches no version tag")));
        QVERIFY(board.at(1).warnings.join(' ').contains(
            QStringLiteral("Platforms differ from latest")));
        QVERIFY(!board.at(2).present);
        QVERIFY(board.at(2).warnings.join(' ').contains(QStringLiteral("not published")));
    }

    void boardFlagsBrokenChildren()
    {
        TagInfo latest =
            tag(QStringLiteral("latest"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}});
        latest.platforms[1].childStatus = 404;
        TagInfo version = latest;
        version.tag = QStringLiteral("0.2.1");
        const auto board = ChannelBoard::compute({latest, version}, {QStringLiteral("latest")});
        QCOMPARE(board.size(), 1);
        QVERIFY(board.at(0).warnings.join(' ').contains(QStringLiteral("linux/arm64 child")));
    }

    void diffPerPlatform()
    {
        const TagInfo a =
            tag(QStringLiteral("latest"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}});
        const TagInfo b =
            tag(QStringLiteral("alpha"), '5', {{"linux/amd64", 'a'}, {"linux/riscv64", 'e'}});
        const TagDiff diff = TagDiff::compute(a, b);
        QVERIFY(!diff.sameIndex());
        QCOMPARE(diff.platforms.size(), 3);
        QCOMPARE(diff.platforms.at(0).platform, QStringLiteral("linux/amd64"));
        QVERIFY(diff.platforms.at(0).same());
        QCOMPARE(diff.platforms.at(1).platform, QStringLiteral("linux/arm64"));
        QVERIFY(diff.platforms.at(1).a.has_value());
        QVERIFY(!diff.platforms.at(1).b.has_value());
        QVERIFY(!diff.platforms.at(2).a.has_value());

        const TagDiff swapped = diff.swapped();
        QCOMPARE(swapped.tagA, QStringLiteral("alpha"));
        QVERIFY(!swapped.platforms.at(1).a.has_value());
        QCOMPARE(swapped.swapped().fields.size(), diff.fields.size());

        const QString md = diff.toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("| Field | Platform | `latest` | `alpha` | Same |")));
        QVERIFY(md.contains(QStringLiteral("| Child digest | linux/arm64 | `") + digest('c') +
                            QStringLiteral("` | — | **no** |")));
        QVERIFY(TagDiff::compute(a, a).sameIndex());
    }

    void keepMustBeANonNegativeInteger()
    {
        int keep = -1;
        QVERIFY(CleanupPlan::parseKeep(QStringLiteral("10"), &keep));
        QCOMPARE(keep, 10);
        QVERIFY(CleanupPlan::parseKeep(QStringLiteral("0"), &keep));
        QCOMPARE(keep, 0);
        for (const char* bad : {"", "-1", "ten", "1.5", " 3", "3 ", "99999999999999"})
            QVERIFY2(!CleanupPlan::parseKeep(QString::fromLatin1(bad), &keep), bad);
    }

    void cleanupReproducesTheWorkflow()
    {
        // latest/0.2.1 index X with children a, b; alpha index Y (unreadable)
        // with child c; an old latest index Z (untagged) with children d, e.
        const QList<PackageVersion> versions = {
            {1,
             digest('X'),
             QStringLiteral("2026-07-10T08:00:00Z"),
             {QStringLiteral("latest"), QStringLiteral("0.2.1")}},
            {2, digest('a'), QStringLiteral("2026-07-10T07:59:00Z"), {}},
            {3, digest('b'), QStringLiteral("2026-07-10T07:59:00Z"), {}},
            {4, digest('Y'), QStringLiteral("2026-07-05T08:00:00Z"), {QStringLiteral("alpha")}},
            {5, digest('c'), QStringLiteral("2026-07-05T07:59:00Z"), {}},
            {6, digest('Z'), QStringLiteral("2026-06-30T08:00:00Z"), {}},
            {7, digest('d'), QStringLiteral("2026-06-30T07:59:00Z"), {}},
            {8, digest('e'), QStringLiteral("2026-06-29T07:59:00Z"), {}},
        };
        QHash<QString, CleanupPlan::TagInspection> inspections;
        inspections.insert(QStringLiteral("latest"), {true, {digest('a'), digest('b')}});
        inspections.insert(QStringLiteral("0.2.1"), {true, {digest('a'), digest('b')}});
        inspections.insert(QStringLiteral("alpha"), {false, {}});

        const CleanupPlan plan = CleanupPlan::compute(versions, inspections, 2);
        QCOMPARE(plan.tags, (QStringList{"0.2.1", "alpha", "latest"}));
        QCOMPARE(plan.protectedDigests, (QStringList{digest('a'), digest('b')}));
        QCOMPARE(plan.unreadableTags, QStringList{"alpha"});
        // Stale, newest first: c (alpha's child, unprotected!), Z, d, e.
        QCOMPARE(plan.keep.size(), 2);
        QCOMPARE(plan.keep.at(0).id, 5);
        QCOMPARE(plan.keep.at(1).id, 6);
        QCOMPARE(plan.remove.size(), 2);
        QCOMPARE(plan.remove.at(0).id, 7);
        QCOMPARE(plan.remove.at(1).id, 8);

        const CleanupPlan generous = CleanupPlan::compute(versions, inspections, 10);
        QCOMPARE(generous.keep.size(), 4);
        QVERIFY(generous.remove.isEmpty());

        const CleanupPlan none = CleanupPlan::compute(versions, inspections, 0);
        QVERIFY(none.keep.isEmpty());
        QCOMPARE(none.remove.size(), 4);
    }

    void cleanupTiesBreakByNewerId()
    {
        const QList<PackageVersion> versions = {
            {10, digest('a'), QStringLiteral("2026-07-10T08:00:00Z"), {}},
            {11, digest('b'), QStringLiteral("2026-07-10T08:00:00Z"), {}},
        };
        const CleanupPlan plan = CleanupPlan::compute(versions, {}, 1);
        QCOMPARE(plan.keep.first().id, 11);
        QCOMPARE(plan.remove.first().id, 10);
    }
};

QTEST_GUILESS_MAIN(TestImageLane)
#include "tst_imagelane.moc"
