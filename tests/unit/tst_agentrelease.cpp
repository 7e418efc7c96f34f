#include "AgentRelease.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Lattice::Agent;

namespace {

QByteArray hexOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A release shaped like the workflow's output at tag, every digest real.
struct SampleRelease
{
    ReleaseInfo info;
    ReleaseChecksums checksums;
};

SampleRelease sample(const QString& tag, bool prerelease = false, bool draft = false)
{
    SampleRelease s;
    s.info.tag = tag;
    s.info.prerelease = prerelease;
    s.info.draft = draft;
    QByteArray sums;
    for (const QString& name : expectedAssets(tag)) {
        ReleaseAsset a;
        a.name = name;
        s.info.assets.append(a);
    }
    for (ReleaseAsset& a : s.info.assets) {
        if (a.name == QLatin1String("SHA256SUMS") || a.name.endsWith(QLatin1String(".sha256")))
            continue;
        const QByteArray digest = hexOf(tag.toUtf8() + a.name.toUtf8());
        a.githubDigest = digest;
        const QByteArray line = digest + "  " + a.name.toUtf8() + "\n";
        sums += line;
        s.checksums.sha256Files.insert(a.name + QStringLiteral(".sha256"), line);
    }
    s.checksums.sha256Sums = sums;
    return s;
}

ReleaseInfo bare(const QString& tag, bool prerelease, bool draft = false)
{
    ReleaseInfo r;
    r.tag = tag;
    r.prerelease = prerelease;
    r.draft = draft;
    return r;
}

const AssetCheck* row(const ReleaseReport& report, const QString& name)
{
    for (const AssetCheck& a : report.assets) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestAgentRelease : public QObject
{
    Q_OBJECT
private slots:
    void channelFromTagText_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("valid");
        QTest::newRow("stable") << "v0.2.9"
                                << "stable" << true;
        QTest::newRow("alpha") << "v0.3.3-alpha.2"
                               << "alpha" << true;
        QTest::newRow("beta") << "v1.0.0-beta.1"
                              << "beta" << true;
        QTest::newRow("rc") << "v1.0.0-rc.3"
                            << "rc" << true;
        QTest::newRow("glob-only beta1") << "v1.2.3-beta1"
                                         << "stable" << false;
        QTest::newRow("dev") << "v1.2.3-dev.1"
                             << "stable" << false;
        QTest::newRow("no v") << "0.2.9"
                              << "stable" << false;
        QTest::newRow("trailing") << "v0.2.9 "
                                  << "stable" << false;
        QTest::newRow("two parts") << "v0.2"
                                   << "stable" << false;
        QTest::newRow("alpha in middle") << "v1.2.3-alpha.1-rc.1"
                                         << "alpha" << false;
    }
    void channelFromTagText()
    {
        QFETCH(QString, tag);
        QFETCH(QString, channel);
        QFETCH(bool, valid);
        QCOMPARE(channelName(channelFromTag(tag)), channel);
        QCOMPARE(isValidTag(tag), valid);
    }

    void semverOrder()
    {
        const QStringList ordered{
            QStringLiteral("v0.2.9"),          QStringLiteral("v0.2.10"),
            QStringLiteral("v0.3.3-alpha.1"),  QStringLiteral("v0.3.3-alpha.2"),
            QStringLiteral("v0.3.3-alpha.10"), QStringLiteral("v0.3.3-beta.1"),
            QStringLiteral("v0.3.3-rc.1"),     QStringLiteral("v0.3.3")};
        for (int i = 0; i + 1 < ordered.size(); ++i) {
            const auto a = TagVersion::parse(ordered.at(i));
            const auto b = TagVersion::parse(ordered.at(i + 1));
            QVERIFY(a && b);
            QVERIFY2(a->compare(*b) < 0, qPrintable(ordered.at(i)));
            QVERIFY(b->compare(*a) > 0);
            QCOMPARE(a->compare(*a), 0);
        }
        QVERIFY(!TagVersion::parse(QStringLiteral("v99999999999.0.0")));
    }

    void expectedAssetsPerVersionRange()
    {
        QCOMPARE(expectedAssets(QStringLiteral("v0.1.0")).size(), 0);
        QCOMPARE(expectedAssets(QStringLiteral("v0.2.0")).size(), 5);
        QCOMPARE(expectedAssets(QStringLiteral("v0.2.4")).size(), 5);
        QVERIFY(!expectedAssets(QStringLiteral("v0.2.4"))
                     .contains(QStringLiteral("lattice-agent-darwin-arm64")));
        QCOMPARE(expectedAssets(QStringLiteral("v0.2.5")).size(), 9);
        QCOMPARE(expectedAssets(QStringLiteral("v0.3.3-alpha.2")).size(), 9);
        QCOMPARE(expectedAssets(QStringLiteral("v1.0.0")).size(), 9);
        QCOMPARE(expectedAssets(QStringLiteral("v1.2.3-beta1")).size(), 0);
        QVERIFY(expectedAssets(QStringLiteral("v0.2.9"))
                    .contains(QStringLiteral("lattice-agent-darwin-amd64.sha256")));
    }

    void cleanReleaseHasNoProblems()
    {
        const SampleRelease s = sample(QStringLiteral("v0.2.9"));
        const ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY(r.tagValid);
        QCOMPARE(r.assets.size(), 9);
        for (const AssetCheck& a : r.assets)
            QVERIFY2(a.consistent(), qPrintable(a.name));
        const AssetCheck* bin = row(r, QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(bin && bin->sha256Sums && bin->sha256File && bin->githubDigest);
        QCOMPARE(*bin->sha256Sums, *bin->sha256File);
        const AssetCheck* sums = row(r, QStringLiteral("SHA256SUMS"));
        QVERIFY(sums && !sums->sha256Sums && !sums->sha256File);
    }

    void linuxOnlyEarlyRelease()
    {
        SampleRelease s = sample(QStringLiteral("v0.2.3"));
        QVERIFY(ReleaseReport::build(s.info, s.checksums).problems.isEmpty());
        ReleaseAsset extra;
        extra.name = QStringLiteral("lattice-agent-windows-amd64.exe");
        s.info.assets.append(extra);
        s.info.assets.removeIf([](const ReleaseAsset& a) {
            return a.name == QLatin1String("lattice-agent-linux-arm64.sha256");
        });
        const QStringList problems = ReleaseReport::build(s.info, s.checksums).problems;
        QVERIFY(
            problems.contains(QStringLiteral("missing asset lattice-agent-linux-arm64.sha256")));
        QVERIFY(
            problems.contains(QStringLiteral("unexpected asset lattice-agent-windows-amd64.exe")));
    }

    void publicationFlagsAgainstTagText()
    {
        const SampleRelease explored = sample(QStringLiteral("v0.3.0"), true);
        QVERIFY(ReleaseReport::build(explored.info, explored.checksums)
                    .problems.contains(
                        QStringLiteral("stable-looking tag v0.3.0 is published as a prerelease")));
        const SampleRelease alpha = sample(QStringLiteral("v0.3.3-alpha.1"), false);
        QVERIFY(ReleaseReport::build(alpha.info, alpha.checksums)
                    .problems.contains(QStringLiteral(
                        "alpha tag v0.3.3-alpha.1 is published as a stable release")));
        const SampleRelease properAlpha = sample(QStringLiteral("v0.3.3-alpha.1"), true);
        QVERIFY(ReleaseReport::build(properAlpha.info, properAlpha.checksums).problems.isEmpty());
    }

    void sha256FileDisagreeingWithSums()
    {
        SampleRelease s = sample(QStringLiteral("v0.2.9"));
        const QByteArray other = hexOf("tampered");
        s.checksums.sha256Files.insert(QStringLiteral("lattice-agent-linux-amd64.sha256"),
                                       other + "  lattice-agent-linux-amd64\n");
        const ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        const AssetCheck* bin = row(r, QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(bin);
        QVERIFY(!bin->consistent());
        QCOMPARE(*bin->sha256File, other);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().contains(QLatin1String("checksums disagree")));
        QVERIFY(r.problems.first().contains(QLatin1String(other)));
    }

    void githubDigestAndLocalHashTakePart()
    {
        SampleRelease s = sample(QStringLiteral("v0.2.9"));
        s.info.assets[1].githubDigest = hexOf("stale");
        ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        QVERIFY(!r.assets.at(1).consistent());

        SampleRelease t = sample(QStringLiteral("v0.2.9"));
        t.info.assets[1].githubDigest.clear(); // uploaded before GitHub recorded digests
        t.checksums.localHashes.insert(t.info.assets.at(1).name, hexOf("other bytes"));
        r = ReleaseReport::build(t.info, t.checksums);
        QVERIFY(!r.assets.at(1).githubDigest);
        QVERIFY(!r.assets.at(1).consistent());
    }

    void starMarkerParsesButTheServerWouldNotFindIt()
    {
        SampleRelease s = sample(QStringLiteral("v0.2.4"));
        QByteArray sums = *s.checksums.sha256Sums;
        sums.replace("  lattice-agent-linux-amd64", " *lattice-agent-linux-amd64");
        s.checksums.sha256Sums = sums;
        const ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        const AssetCheck* bin = row(r, QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(bin && bin->sha256Sums);
        QVERIFY(bin->consistent());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(
            r.problems.first().contains(QLatin1String("will not find lattice-agent-linux-amd64")),
            qPrintable(r.problems.first()));
    }

    void binaryMissingFromSums()
    {
        SampleRelease s = sample(QStringLiteral("v0.2.4"));
        QList<QByteArray> lines = s.checksums.sha256Sums->split('\n');
        lines.removeFirst();
        s.checksums.sha256Sums = lines.join('\n');
        const ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        QVERIFY(r.problems.contains(
            QStringLiteral("SHA256SUMS has no line for lattice-agent-linux-amd64")));
        QVERIFY(!row(r, QStringLiteral("lattice-agent-linux-amd64"))->consistent());
    }

    void invalidTagIsAProblem()
    {
        const SampleRelease s = sample(QStringLiteral("v1.2.3-beta1"));
        const ReleaseReport r = ReleaseReport::build(s.info, s.checksums);
        QVERIFY(!r.tagValid);
        QCOMPARE(channelName(r.channel), QStringLiteral("stable"));
        QVERIFY(r.problems.first().startsWith(QLatin1String("tag v1.2.3-beta1 does not match")));
    }

    void latestLikeTheServer()
    {
        // The real list order: a draft, two alphas, v0.2.9, then the
        // exploration releases marked prerelease, then the 0.2 line.
        QList<ReleaseInfo> list{bare(QStringLiteral("v0.3.3-alpha.3"), true, true),
                                bare(QStringLiteral("v0.3.3-alpha.2"), true),
                                bare(QStringLiteral("v0.3.3-alpha.1"), true),
                                bare(QStringLiteral("v0.2.9"), false),
                                bare(QStringLiteral("v0.3.3"), true),
                                bare(QStringLiteral("v0.3.0"), true),
                                bare(QStringLiteral("v0.2.8"), false)};
        const LatestResolution r = LatestResolution::resolve(list);
        QCOMPARE(r.serverTag.value_or(QString()), QStringLiteral("v0.2.9"));
        QVERIFY(r.highestStableTag == r.serverTag);
        QVERIFY(r.explanation.isEmpty());
        QCOMPARE(LatestResolution::versionOf(*r.serverTag), QStringLiteral("0.2.9"));
    }

    void latestInListOrderNotVersionOrder()
    {
        const QList<ReleaseInfo> list{bare(QStringLiteral("v0.2.8"), false),
                                      bare(QStringLiteral("v0.2.10"), false)};
        const LatestResolution r = LatestResolution::resolve(list);
        QCOMPARE(*r.serverTag, QStringLiteral("v0.2.8"));
        QCOMPARE(*r.highestStableTag, QStringLiteral("v0.2.10"));
        QVERIFY(r.explanation.contains(QLatin1String("v0.2.8 (number 1)")));
        QVERIFY(r.explanation.contains(QLatin1String("v0.2.10 (number 2)")));
    }

    void latestBeyondTheServersWindow()
    {
        QList<ReleaseInfo> list;
        list << bare(QStringLiteral("v0.4.0-alpha.99"), true, true); // drafts do not count
        for (int i = 20; i >= 1; --i)
            list << bare(QStringLiteral("v0.4.0-alpha.%1").arg(i), true);
        list << bare(QStringLiteral("v0.2.9"), false);
        const LatestResolution r = LatestResolution::resolve(list);
        QVERIFY(!r.serverTag);
        QCOMPARE(*r.highestStableTag, QStringLiteral("v0.2.9"));
        QVERIFY(r.explanation.contains(QLatin1String("no stable v* agent release found")));
        QVERIFY(r.explanation.contains(QLatin1String("number 21")));

        list.removeAt(1); // 19 prereleases: v0.2.9 is now the 20th
        QCOMPARE(*LatestResolution::resolve(list).serverTag, QStringLiteral("v0.2.9"));
    }

    void latestSkipsTagsWithoutV()
    {
        const QList<ReleaseInfo> list{bare(QStringLiteral("0.2.11"), false),
                                      bare(QStringLiteral("v1.2.3-beta1"), false),
                                      bare(QStringLiteral("v0.2.9"), false)};
        const LatestResolution r = LatestResolution::resolve(list);
        QCOMPARE(*r.serverTag, QStringLiteral("v1.2.3-beta1"));
        QCOMPARE(*r.highestStableTag, QStringLiteral("v0.2.9"));
        QVERIFY(!r.explanation.isEmpty());
    }

    void releaseFromJson()
    {
        const QJsonObject o{
            {QStringLiteral("id"), 42},
            {QStringLiteral("tag_name"), QStringLiteral("v0.2.9")},
            {QStringLiteral("draft"), false},
            {QStringLiteral("prerelease"), false},
            {QStringLiteral("assets"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("SHA256SUMS")},
                                    {QStringLiteral("size"), 372},
                                    {QStringLiteral("digest"),
                                     QStringLiteral("sha256:") + QString(64, QLatin1Char('A'))}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                    {QStringLiteral("digest"), QJsonValue()}}}}};
        const ReleaseInfo r = ReleaseInfo::fromJson(o);
        QCOMPARE(r.id, 42);
        QCOMPARE(r.assets.size(), 2);
        QCOMPARE(r.assets.at(0).size, 372);
        QCOMPARE(r.assets.at(0).githubDigest, QByteArray(64, 'a'));
        QVERIFY(r.assets.at(1).githubDigest.isEmpty());
        QVERIFY(r.asset(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestAgentRelease)
#include "tst_agentrelease.moc"
