#include "AgentReleaseLoader.h"
#include "ArtifactDownloader.h"
#include "FixtureServerProcess.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <unistd.h>

using namespace Lattice;

namespace {

const QString kRepo = QStringLiteral("LatticeNet/lattice-node-agent");
const QByteArray kMaintainer = "ghp_LatticeFixtureMaintainer0000000000";

QByteArray hexOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A release history longer than the server's 20-release window: 25 alphas
// of a new line published after the last stable release, each with the
// workflow's nine assets.
bool writeLongScenario(const QString& root)
{
    const QString repoDir = root + QStringLiteral("/github/repos/LatticeNet/lattice-node-agent");
    QJsonArray releases;
    QStringList tags;
    for (int n = 25; n >= 1; --n)
        tags << QStringLiteral("v0.4.0-alpha.%1").arg(n);
    tags << QStringLiteral("v0.2.9") << QStringLiteral("v0.2.4");
    qint64 id = 500;
    for (const QString& tag : tags) {
        const QStringList names = Agent::expectedAssets(tag);
        QByteArray sums;
        QJsonArray assets;
        for (const QString& name : names) {
            assets.append(QJsonObject{{QStringLiteral("name"), name}});
            if (name == QLatin1String("SHA256SUMS") || name.endsWith(QLatin1String(".sha256")))
                continue;
            const QByteArray bytes = "#!/bin/sh\necho " + tag.toUtf8() + ' ' + name.toUtf8() + '\n';
            const QByteArray line = hexOf(bytes) + "  " + name.toUtf8() + '\n';
            sums += line;
            if (!writeFile(QStringLiteral("%1/assets/%2/%3").arg(repoDir, tag, name), bytes) ||
                !writeFile(QStringLiteral("%1/assets/%2/%3.sha256").arg(repoDir, tag, name), line))
                return false;
        }
        if (!writeFile(QStringLiteral("%1/assets/%2/SHA256SUMS").arg(repoDir, tag), sums))
            return false;
        const bool pre = tag.contains(QLatin1Char('-'));
        releases.append(
            QJsonObject{{QStringLiteral("id"), ++id},
                        {QStringLiteral("tag_name"), tag},
                        {QStringLiteral("prerelease"), pre},
                        {QStringLiteral("created_at"), QStringLiteral("2026-09-01T00:00:00Z")},
                        {QStringLiteral("assets"), assets}});
    }
    return writeFile(repoDir + QStringLiteral("/releases.json"), QJsonDocument(releases).toJson());
}

} // namespace

// The agent lane against the fixture server: the real release history, its
// checksum files fetched through the download host, conditional requests,
// and downloads that are kept only when SHA256SUMS agrees.
class TestAgentReleases : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;
    QJsonArray m_releasesJson;

    struct Loaded
    {
        QString error;
        QList<Agent::ReleaseReport> reports;
        Agent::LatestResolution latest;
        int failed = 0;
        int notModified = 0;
    };

    Loaded load(const QUrl& base, const QByteArray& token = {}, Store* store = nullptr,
                int pageSize = 100)
    {
        Net::HttpSession session;
        GitHubClient github(&session, base, true);
        if (!token.isEmpty())
            github.setToken(QString::fromLatin1(token));
        github.setStore(store);
        AgentReleaseLoader loader(&github, kRepo);
        loader.setPageSize(pageSize);
        QSignalSpy done(&loader, &AgentReleaseLoader::finished);
        loader.start();
        Loaded l;
        if (!done.wait(60000)) {
            l.error = QStringLiteral("timed out");
            return l;
        }
        l.error = done.first().first().toString();
        l.reports = loader.reports();
        l.latest = loader.latest();
        l.failed = loader.failedDownloads();
        l.notModified = github.notModifiedCount();
        return l;
    }

    static const Agent::ReleaseReport* release(const Loaded& l, const QString& tag)
    {
        for (const Agent::ReleaseReport& r : l.reports) {
            if (r.release.tag == tag)
                return &r;
        }
        return nullptr;
    }

    static const Agent::AssetCheck* asset(const Agent::ReleaseReport& r, const QString& name)
    {
        for (const Agent::AssetCheck& a : r.assets) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }

    qint64 assetId(const QString& tag, const QString& name) const
    {
        for (const QJsonValue& v : m_releasesJson) {
            if (v[QStringLiteral("tag_name")].toString() != tag)
                continue;
            for (const QJsonValue& a : v[QStringLiteral("assets")].toArray()) {
                if (a[QStringLiteral("name")].toString() == name)
                    return qint64(a[QStringLiteral("id")].toDouble());
            }
        }
        return -1;
    }

    QByteArray scenarioAsset(const QString& tag, const QString& name) const
    {
        QFile f(m_server.scenarioDir() +
                QStringLiteral("/github/repos/LatticeNet/lattice-node-agent/assets/%1/%2")
                    .arg(tag, name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Replaces the bytes the download host serves for one asset.
    void replaceAsset(const QString& tag, const QString& name, const QJsonObject& answer)
    {
        const qint64 id = assetId(tag, name);
        QVERIFY(id > 0);
        QJsonObject fault = answer;
        fault.insert(QStringLiteral("match"),
                     QStringLiteral("^/github-production-release-asset/%1$").arg(id));
        fault.insert(QStringLiteral("host"), QStringLiteral("download"));
        QString error;
        QVERIFY2(m_server.injectFault(fault, &error), qPrintable(error));
    }

    int countRequests(const QString& pathPart, const QUrl& host = {}) const
    {
        int n = 0;
        for (const QJsonValue& v : m_server.requests(host)) {
            if (v[QStringLiteral("path")].toString().contains(pathPart))
                ++n;
        }
        return n;
    }

    ArtifactDownloader::Outcome download(const QString& tag, const QString& name,
                                         const QString& dir, Store* store = nullptr,
                                         QString* message = nullptr)
    {
        Net::HttpSession session;
        GitHubClient github(&session, m_server.baseUrl(), true);
        ArtifactDownloader downloader(&github);
        downloader.setStore(store);
        QSignalSpy done(&downloader, &ArtifactDownloader::finished);
        downloader.start(kRepo, tag, name, dir);
        if (!done.wait(60000))
            return ArtifactDownloader::Outcome::NetworkError;
        if (message)
            *message = downloader.message();
        return downloader.outcome();
    }

    // Downloads, calling tick every few milliseconds while it runs.
    ArtifactDownloader::Outcome download(const QString& dir, Store* store,
                                         const std::function<void(ArtifactDownloader&)>& tick)
    {
        Net::HttpSession session;
        session.setRetryDelays(0, 0);
        GitHubClient github(&session, m_server.baseUrl(), true);
        ArtifactDownloader downloader(&github);
        downloader.setStore(store);
        QSignalSpy done(&downloader, &ArtifactDownloader::finished);
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &downloader, [&] {
            if (downloader.isRunning())
                tick(downloader);
        });
        ticker.start(5);
        downloader.start(kRepo, QStringLiteral("v0.2.9"), kAsset, dir);
        if (!done.wait(60000))
            return ArtifactDownloader::Outcome::NetworkError;
        return downloader.outcome();
    }

    // Whether this process holds a file open under dir: QSaveFile's unnamed
    // O_TMPFILE shows as "dir/#inode (deleted)", a named one by its name.
    static bool holdsFileUnder(const QString& dir)
    {
        const QByteArray prefix = QFile::encodeName(QFileInfo(dir).canonicalFilePath()) + '/';
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString& fd :
             fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            char target[4096];
            const ssize_t n =
                ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
            if (n > 0 && QByteArray(target, n).startsWith(prefix))
                return true;
        }
        return false;
    }

    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static inline const QString kAsset = QStringLiteral("lattice-agent-linux-amd64");

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        QFile f(m_server.scenarioDir() +
                QStringLiteral("/github/repos/LatticeNet/lattice-node-agent/releases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_releasesJson = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(!m_releasesJson.isEmpty());
    }

    void init() { QVERIFY(m_server.reset()); }

    void realHistory()
    {
        const Loaded l = load(m_server.baseUrl(), kMaintainer);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(l.failed, 0);
        QCOMPARE(l.reports.size(), 17); // the draft is visible to a maintainer
        QCOMPARE(l.latest.serverTag.value_or(QString()), QStringLiteral("v0.2.9"));
        QVERIFY(l.latest.highestStableTag == l.latest.serverTag);

        const Agent::ReleaseReport* early = release(l, QStringLiteral("v0.2.2"));
        QVERIFY(early);
        QCOMPARE(early->assets.size(), 5);
        QVERIFY2(early->problems.isEmpty(), qPrintable(early->problems.join(QLatin1Char('\n'))));
        const Agent::AssetCheck* bin = asset(*early, QStringLiteral("lattice-agent-linux-arm64"));
        QVERIFY(bin && bin->sha256Sums && bin->sha256File && bin->githubDigest);
        QVERIFY(bin->consistent());
        QCOMPARE(*bin->sha256Sums,
                 hexOf(scenarioAsset(QStringLiteral("v0.2.2"),
                                     QStringLiteral("lattice-agent-linux-arm64"))));

        const Agent::ReleaseReport* stable = release(l, QStringLiteral("v0.2.9"));
        QVERIFY(stable && stable->problems.isEmpty());
        QCOMPARE(stable->assets.size(), 9);

        const Agent::ReleaseReport* alpha = release(l, QStringLiteral("v0.3.3-alpha.2"));
        QVERIFY(alpha && alpha->problems.isEmpty());
        QCOMPARE(Agent::channelName(alpha->channel), QStringLiteral("alpha"));

        const Agent::ReleaseReport* draft = release(l, QStringLiteral("v0.3.3-alpha.3"));
        QVERIFY(draft && draft->release.draft);
        QVERIFY2(draft->problems.isEmpty(), qPrintable(draft->problems.join(QLatin1Char('\n'))));

        const Agent::ReleaseReport* explored = release(l, QStringLiteral("v0.3.0"));
        QVERIFY(explored);
        QCOMPARE(
            explored->problems,
            QStringList{QStringLiteral("stable-looking tag v0.3.0 is published as a prerelease")});
    }

    void anonymousCallersSeeNoDraft()
    {
        const Loaded l = load(m_server.baseUrl());
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(l.reports.size(), 16);
        QVERIFY(!release(l, QStringLiteral("v0.3.3-alpha.3")));
        QCOMPARE(*l.latest.serverTag, QStringLiteral("v0.2.9"));
    }

    void tokenNeverReachesTheDownloadHost()
    {
        const Loaded l = load(m_server.baseUrl(), kMaintainer);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        const QJsonArray downloads = m_server.requests(m_server.downloadUrl());
        QVERIFY(downloads.size() >= 17 * 3);
        for (const QJsonValue& v : downloads) {
            QVERIFY2(
                !v[QStringLiteral("headers")].toObject().contains(QStringLiteral("authorization")),
                qPrintable(v[QStringLiteral("path")].toString()));
            QCOMPARE(v[QStringLiteral("status")].toInt(), 200);
        }
        // The list itself went to the API host with the token.
        bool listAuthorized = false;
        for (const QJsonValue& v : m_server.requests(m_server.baseUrl())) {
            if (v[QStringLiteral("path")].toString().endsWith(QLatin1String("/releases")))
                listAuthorized = v[QStringLiteral("headers")]
                                     .toObject()
                                     .value(QStringLiteral("authorization"))
                                     .toString()
                                     .startsWith(QLatin1String("Bearer "));
        }
        QVERIFY(listAuthorized);
    }

    void secondLoadIsNotModified()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite"))));
        const Loaded first = load(m_server.baseUrl(), kMaintainer, &store);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.notModified, 0);
        QVERIFY(m_server.clearRequests());

        const Loaded second = load(m_server.baseUrl(), kMaintainer, &store);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.notModified, 1);
        QCOMPARE(second.reports.size(), first.reports.size());
        QCOMPARE(second.reports.first().release.tag, first.reports.first().release.tag);
        int lists = 0;
        for (const QJsonValue& v : m_server.requests(m_server.baseUrl())) {
            if (!v[QStringLiteral("path")].toString().endsWith(QLatin1String("/releases")))
                continue;
            ++lists;
            QVERIFY(
                v[QStringLiteral("headers")].toObject().contains(QStringLiteral("if-none-match")));
            QCOMPARE(v[QStringLiteral("status")].toInt(), 304);
        }
        QCOMPARE(lists, 1);
    }

    void sha256FileDisagreesWithSums()
    {
        const QByteArray other = hexOf("not the binary");
        replaceAsset(QStringLiteral("v0.2.8"), QStringLiteral("lattice-agent-linux-amd64.sha256"),
                     {{QStringLiteral("body"),
                       QString::fromLatin1(other + "  lattice-agent-linux-amd64\n")}});
        const Loaded l = load(m_server.baseUrl());
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        const Agent::ReleaseReport* r = release(l, QStringLiteral("v0.2.8"));
        QVERIFY(r);
        const Agent::AssetCheck* bin = asset(*r, QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(bin && bin->sha256File);
        QCOMPARE(*bin->sha256File, other);
        QVERIFY(!bin->consistent());
        // The served .sha256 no longer matches GitHub's digest of it either.
        QCOMPARE(r->problems.size(), 2);
        QVERIFY(r->problems.at(0).contains(QLatin1String("checksums disagree")));
        QVERIFY(r->problems.at(1).contains(QLatin1String("GitHub digest and downloaded bytes")));
        QVERIFY(release(l, QStringLiteral("v0.2.7"))->problems.isEmpty());
    }

    void sumsWithBinaryMarker()
    {
        QByteArray sums = scenarioAsset(QStringLiteral("v0.2.4"), QStringLiteral("SHA256SUMS"));
        sums.replace("  lattice-agent-", " *lattice-agent-");
        replaceAsset(QStringLiteral("v0.2.4"), QStringLiteral("SHA256SUMS"),
                     {{QStringLiteral("body"), QString::fromLatin1(sums)}});
        const Loaded l = load(m_server.baseUrl());
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        const Agent::ReleaseReport* r = release(l, QStringLiteral("v0.2.4"));
        QVERIFY(r);
        // sha256sum -c reads it, so the digests still agree…
        for (const Agent::AssetCheck& a : r->assets)
            QVERIFY2(a.consistent() || a.name == QLatin1String("SHA256SUMS"), qPrintable(a.name));
        // …but the server compares the second field verbatim.
        QCOMPARE(r->problems.size(), 3);
        QVERIFY(
            r->problems.at(0).contains(QLatin1String("will not find lattice-agent-linux-amd64")));
        QVERIFY(
            r->problems.at(1).contains(QLatin1String("will not find lattice-agent-linux-arm64")));
        QVERIFY(r->problems.at(2).startsWith(QLatin1String("SHA256SUMS: GitHub digest")));
    }

    void checksumDownloadFailureIsReported()
    {
        replaceAsset(
            QStringLiteral("v0.2.1"), QStringLiteral("SHA256SUMS"),
            {{QStringLiteral("status"), 403}, {QStringLiteral("body"), QStringLiteral("no")}});
        const Loaded l = load(m_server.baseUrl());
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(l.failed, 1);
        const Agent::ReleaseReport* r = release(l, QStringLiteral("v0.2.1"));
        QVERIFY(r && !r->problems.isEmpty());
        QVERIFY(
            r->problems.first().startsWith(QLatin1String("SHA256SUMS could not be downloaded")));
        QVERIFY(!asset(*r, QStringLiteral("lattice-agent-linux-amd64"))->consistent());
    }

    void listFailureIsAnError()
    {
        QString error;
        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"), QStringLiteral("/releases$")},
             {QStringLiteral("status"), 404},
             {QStringLiteral("body"),
              QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}}},
            &error));
        const Loaded l = load(m_server.baseUrl());
        QVERIFY(l.error.contains(QLatin1String("Not Found")));
    }

    void moreThanTwentyReleasesOverSeveralPages()
    {
        QTemporaryDir scenario;
        QVERIFY(writeLongScenario(scenario.path()));
        Test::FixtureServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--scenario"), scenario.path()}, &error),
                 qPrintable(error));
        const Loaded l = load(server.baseUrl(), {}, nullptr, 10);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(l.failed, 0);
        QCOMPARE(l.reports.size(), 27);
        QCOMPARE(l.reports.first().release.tag, QStringLiteral("v0.4.0-alpha.25"));
        QCOMPARE(l.reports.last().release.tag, QStringLiteral("v0.2.4"));
        int pages = 0;
        for (const QJsonValue& v : server.requests(server.baseUrl())) {
            if (v[QStringLiteral("path")].toString().endsWith(QLatin1String("/releases")))
                ++pages;
        }
        QCOMPARE(pages, 3);
        for (const Agent::ReleaseReport& r : l.reports)
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.release.tag));
        // The server reads 20 and finds only alphas.
        QVERIFY(!l.latest.serverTag);
        QCOMPARE(*l.latest.highestStableTag, QStringLiteral("v0.2.9"));
        QVERIFY(l.latest.explanation.contains(QLatin1String("number 26")));
    }

    void downloadVerified()
    {
        QTemporaryDir dir;
        QTemporaryDir storeDir;
        Store store;
        QVERIFY(store.open(storeDir.filePath(QStringLiteral("s.sqlite"))));
        QString message;
        QCOMPARE(download(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-arm64"),
                          dir.path(), &store, &message),
                 ArtifactDownloader::Outcome::Verified);
        const QByteArray expected =
            scenarioAsset(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-arm64"));
        QFile f(dir.filePath(QStringLiteral("lattice-agent-linux-arm64")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        const auto record = store.artifact(QString::fromLatin1(hexOf(expected)));
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("lattice-agent-linux-arm64"));
        QCOMPARE(record->size, expected.size());
        QVERIFY(record->sourceUrl.contains(QLatin1String("/releases/download/v0.2.9/")));
        for (const QJsonValue& v : m_server.requests(m_server.downloadUrl()))
            QVERIFY(
                !v[QStringLiteral("headers")].toObject().contains(QStringLiteral("authorization")));
    }

    void downloadMismatchLeavesNothing()
    {
        replaceAsset(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                     {{QStringLiteral("body"), QStringLiteral("#!/bin/sh\necho tampered\n")}});
        QTemporaryDir dir;
        QString message;
        QCOMPARE(download(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                          dir.path(), nullptr, &message),
                 ArtifactDownloader::Outcome::Mismatch);
        QVERIFY(message.contains(QLatin1String("does not match SHA256SUMS")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void downloadCutOffLeavesNothing()
    {
        replaceAsset(
            QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
            {{QStringLiteral("status"), 404}, {QStringLiteral("body"), QStringLiteral("gone")}});
        QTemporaryDir dir;
        QCOMPARE(download(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-linux-amd64"),
                          dir.path()),
                 ArtifactDownloader::Outcome::NetworkError);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void failedDownloadLeavesNothingAndKeepsTheVerifiedCopy_data()
    {
        QTest::addColumn<QJsonObject>("answer"); // what the download host does instead
        QTest::addColumn<int>("outcome");        // -1: anything but Verified
        QTest::addColumn<bool>("cancel");        // press Cancel once the body has started
        using O = ArtifactDownloader::Outcome;
        QTest::newRow("cut off mid-body") << QJsonObject{{QStringLiteral("truncate_after"), 100}}
                                          << int(O::NetworkError) << false;
        QTest::newRow("bytes that do not match SHA256SUMS")
            << QJsonObject{{QStringLiteral("body"), QStringLiteral("#!/bin/sh\necho tampered\n")}}
            << int(O::Mismatch) << false;
        // Every attempt: retries included.
        QTest::newRow("server error")
            << QJsonObject{{QStringLiteral("status"), 500},
                           {QStringLiteral("body"), QStringLiteral("upstream failed")}}
            << int(O::NetworkError) << false;
        // 4 KiB where the release lists 271 bytes: over the asset's cap, or
        // at the least not its digest.
        QTest::newRow("longer than the asset")
            << QJsonObject{{QStringLiteral("oversize_bytes"), 4096}} << -1 << false;
        QTest::newRow("cancelled mid-body")
            << QJsonObject{{QStringLiteral("stall_after"), 100}} << int(O::Cancelled) << true;
    }

    void failedDownloadLeavesNothingAndKeepsTheVerifiedCopy()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(int, outcome);
        QFETCH(bool, cancel);
        const QByteArray good = scenarioAsset(QStringLiteral("v0.2.9"), kAsset);
        QTemporaryDir storeDir;
        Store store;
        QVERIFY(store.open(storeDir.filePath(QStringLiteral("s.sqlite"))));
        QTemporaryDir empty;
        QTemporaryDir cache; // holds a verified copy from an earlier download
        QCOMPARE(download(cache.path(), nullptr, [](ArtifactDownloader&) {}),
                 ArtifactDownloader::Outcome::Verified);
        const QString assetPath = QStringLiteral("/github-production-release-asset/%1")
                                      .arg(assetId(QStringLiteral("v0.2.9"), kAsset));

        replaceAsset(QStringLiteral("v0.2.9"), kAsset, answer);
        for (const QString& dir : {empty.path(), cache.path()}) {
            bool cancelled = false;
            bool finalNameWhileStreaming = false;
            const ArtifactDownloader::Outcome got =
                download(dir, &store, [&](ArtifactDownloader& downloader) {
                    // Cancel once the body has started and the bytes have
                    // somewhere to go: the stalled body never ends by itself.
                    if (!cancel || cancelled || !holdsFileUnder(dir) ||
                        countRequests(assetPath, m_server.downloadUrl()) == 0)
                        return;
                    finalNameWhileStreaming =
                        QFileInfo::exists(QDir(dir).filePath(kAsset)) && dir == empty.path();
                    cancelled = true;
                    downloader.cancel();
                });
            if (outcome >= 0)
                QCOMPARE(int(got), outcome);
            else
                QVERIFY(got != ArtifactDownloader::Outcome::Verified);
            QCOMPARE(cancelled, cancel);
            QVERIFY(!finalNameWhileStreaming);
            if (dir == empty.path()) {
                QCOMPARE(entries(dir), QStringList());
            } else {
                QCOMPARE(entries(dir), QStringList{kAsset});
                QFile kept(QDir(dir).filePath(kAsset));
                QVERIFY(kept.open(QIODevice::ReadOnly));
                QCOMPARE(kept.readAll(), good);
            }
        }
        // Only a verified download is recorded.
        QVERIFY(!store.artifact(QString::fromLatin1(hexOf(good))));
    }

    void serverErrorBeforeTheBodyIsRetriedWithoutItsBytes()
    {
        // The 503 page is not the asset: the retry's file holds the asset alone.
        replaceAsset(QStringLiteral("v0.2.9"), kAsset,
                     {{QStringLiteral("status"), 503},
                      {QStringLiteral("times"), 1},
                      {QStringLiteral("body"), QStringLiteral("try again")}});
        QTemporaryDir dir;
        QCOMPARE(download(dir.path(), nullptr, [](ArtifactDownloader&) {}),
                 ArtifactDownloader::Outcome::Verified);
        QFile kept(dir.filePath(kAsset));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), scenarioAsset(QStringLiteral("v0.2.9"), kAsset));
        QCOMPARE(countRequests(QStringLiteral("/github-production-release-asset/%1")
                                   .arg(assetId(QStringLiteral("v0.2.9"), kAsset)),
                               m_server.downloadUrl()),
                 2);
    }

    void downloadOfUnlistedAsset()
    {
        QTemporaryDir dir;
        QCOMPARE(download(QStringLiteral("v0.2.9"),
                          QStringLiteral("lattice-agent-linux-amd64.sha256"), dir.path()),
                 ArtifactDownloader::Outcome::NotPublished);
        QCOMPARE(download(QStringLiteral("v0.2.9"), QStringLiteral("lattice-agent-windows-amd64"),
                          dir.path()),
                 ArtifactDownloader::Outcome::NotPublished);
        QCOMPARE(download(QStringLiteral("v9.9.9"), QStringLiteral("lattice-agent-linux-amd64"),
                          dir.path()),
                 ArtifactDownloader::Outcome::NetworkError);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAgentReleases)
#include "tst_agentreleases.moc"
