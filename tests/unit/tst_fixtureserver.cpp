#include "FixtureServerProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

using Lattice::Test::FixtureServerProcess;

namespace {

const QString AgentRepo = QStringLiteral("/repos/LatticeNet/lattice-node-agent");
const QString SdkRepo = QStringLiteral("/repos/LatticeNet/lattice-sdk");
const QString ServerRepo = QStringLiteral("/repos/LatticeNet/lattice-server");
const QString DocsRepo = QStringLiteral("/repos/LatticeNet/latticenet.github.io");
const QString ServerPackage =
    QStringLiteral("/orgs/LatticeNet/packages/container/lattice-server/versions");
const QByteArray TestAgent = "lattice-desk-tests/1.0";

// Tokens from tests/fixtures/data/default.
const QByteArray MaintainerPat = "ghp_LatticeFixtureMaintainer0000000000";
const QByteArray PackagesReaderPat = "ghp_LatticeFixturePackagesReader00000000";
const QByteArray FineGrainedPat =
    "github_pat_11LATTICEFIXTURE0000000_fineGrainedContentsReadOnlyTokenForTheReleaseDesk00";
const QByteArray LatticeAdmin =
    "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
const QByteArray LatticeAllowlisted =
    "token_allowlistfraonly.60ZtFTyAE89n_2ciwd4vfZ9bbGjZCFMJCDiTD6H-o6U";
const QByteArray LatticePluginVerifier =
    "token_pluginverifyonly.fJMpj1qfYxhSIQZ_SukHbFwkHDJ0D0J0chRd3gD-vpk";

// GitHub list order of the default scenario as an anonymous caller sees it.
const QStringList PublishedTags = {
    QStringLiteral("v0.3.3-alpha.2"), QStringLiteral("v0.3.3-alpha.1"), QStringLiteral("v0.2.9"),
    QStringLiteral("v0.3.3"),         QStringLiteral("v0.3.2"),         QStringLiteral("v0.3.1"),
    QStringLiteral("v0.3.0"),         QStringLiteral("v0.2.8"),         QStringLiteral("v0.2.7"),
    QStringLiteral("v0.2.6"),         QStringLiteral("v0.2.5"),         QStringLiteral("v0.2.4"),
    QStringLiteral("v0.2.3"),         QStringLiteral("v0.2.2"),         QStringLiteral("v0.2.1"),
    QStringLiteral("v0.2.0"),
};
const QString DraftTag = QStringLiteral("v0.3.3-alpha.3");

const QRegularExpression RequestIdPattern(QStringLiteral("^req_[a-z2-7]{16}$"));

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&name](const QNetworkReply::RawHeaderPair& pair) {
                               return pair.first.compare(name, Qt::CaseInsensitive) == 0;
                           });
    }
    int headerInt(const QByteArray& name) const { return header(name).toInt(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// One HTTP response as read off a raw socket.
struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

// Splits raw bytes into complete responses (Content-Length framing only,
// which is all the fixture server sends). Incomplete trailing data is left.
QList<RawResponse> parseResponses(QByteArray data, QByteArray* rest = nullptr)
{
    QList<RawResponse> responses;
    for (;;) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        RawResponse response;
        const QByteArrayList lines = data.left(headEnd).split('\n');
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = response.headers.value("content-length", "0").toLongLong();
        if (data.size() < headEnd + 4 + length)
            break;
        response.body = data.mid(headEnd + 4, length);
        data.remove(0, headEnd + 4 + length);
        responses.append(response);
    }
    if (rest)
        *rest = data;
    return responses;
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QMap<QString, QString> parseLinks(const QByteArray& header)
{
    QMap<QString, QString> links;
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>;\\s*rel=\"([a-z]+)\""));
    auto it = entry.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        links.insert(match.captured(2), match.captured(1));
    }
    return links;
}

QStringList tagNames(const QJsonArray& releases)
{
    QStringList tags;
    for (const QJsonValue& release : releases)
        tags.append(release.toObject().value(QStringLiteral("tag_name")).toString());
    return tags;
}

Headers githubHeaders(const QByteArray& token = {})
{
    Headers headers{{"User-Agent", TestAgent},
                    {"Accept", "application/vnd.github+json"},
                    {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    return headers;
}

Headers bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

class TestFixtureServer : public QObject
{
    Q_OBJECT

private:
    FixtureServerProcess m_server;
    QNetworkAccessManager m_nam;

    QUrl api(const QString& pathAndQuery) const
    {
        return QUrl(m_server.baseUrl().toString() + pathAndQuery);
    }

    Reply send(const QByteArray& verb, const QUrl& url, const Headers& headers = {},
               const QByteArray& body = {})
    {
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/octet-stream");
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        } else {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.error = reply->error();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
        }
        reply->deleteLater();
        return result;
    }

    Reply get(const QUrl& url, const Headers& headers = {}) { return send("GET", url, headers); }

    // Writes the parts with a pause between them and reads until `expected`
    // complete responses arrived or the server closed the connection. A
    // response to HEAD has no body, so for it a complete head is enough.
    QByteArray exchange(const QUrl& host, const QList<QByteArray>& parts, int expected = 1,
                        int gapMs = 0, bool* closedByServer = nullptr, bool headOnly = false)
    {
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(host.host(), quint16(host.port()));
        if (!socket.waitForConnected(5000))
            return {};
        for (const QByteArray& part : parts) {
            socket.write(part);
            socket.waitForBytesWritten(2000);
            if (gapMs > 0)
                QThread::msleep(gapMs);
        }
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
            if (headOnly ? received.contains("\r\n\r\n")
                         : parseResponses(received).size() >= expected)
                break;
            if (socket.waitForReadyRead(200))
                received += socket.readAll();
        }
        received += socket.readAll();
        if (closedByServer) {
            // A server that closes shows up as an unconnected socket shortly after.
            if (socket.state() == QAbstractSocket::ConnectedState)
                socket.waitForDisconnected(1000);
            *closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
        }
        return received;
    }

    QJsonObject releaseByTag(const QString& tag)
    {
        const Reply reply =
            get(api(AgentRepo + QStringLiteral("/releases/tags/") + tag), githubHeaders());
        return reply.status == 200 ? reply.object() : QJsonObject();
    }

    QJsonObject assetNamed(const QJsonObject& release, const QString& name)
    {
        for (const QJsonValue& asset : release.value(QStringLiteral("assets")).toArray()) {
            if (asset.toObject().value(QStringLiteral("name")).toString() == name)
                return asset.toObject();
        }
        return {};
    }

    // Follows a download the way a careful client does: one manual hop to the
    // other host, without the credentials of the first request.
    QByteArray download(const QString& browserUrl)
    {
        const Reply redirect = get(QUrl(browserUrl), {{"User-Agent", TestAgent}});
        if (redirect.status != 302)
            return {};
        const Reply bytes =
            get(QUrl::fromEncoded(redirect.header("location")), {{"User-Agent", TestAgent}});
        return bytes.status == 200 ? bytes.body : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam.setProxy(QNetworkProxy::NoProxy);
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void cleanupTestCase() { m_server.stop(); }

    void announcesTwoLoopbackHosts()
    {
        QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server.downloadUrl().host(), QStringLiteral("127.0.0.2"));
        QVERIFY(m_server.baseUrl().port() > 0);
        QVERIFY(m_server.downloadUrl().port() > 0);
        QVERIFY(m_server.scenarioDir().endsWith(QStringLiteral("tests/fixtures/data/default")));
        const Reply info = get(api(QStringLiteral("/_fixture/info")));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.object().value(QStringLiteral("download")).toString(),
                 m_server.downloadUrl().toString());
    }

    void releasesPaginateWithAbsoluteLinks()
    {
        const QString first = AgentRepo + QStringLiteral("/releases?per_page=5");
        Reply page = get(api(first), githubHeaders());
        QCOMPARE(page.status, 200);
        QCOMPARE(tagNames(page.array()), PublishedTags.mid(0, 5));
        QMap<QString, QString> links = parseLinks(page.header("link"));
        QCOMPARE(links.keys(), (QStringList{QStringLiteral("last"), QStringLiteral("next")}));
        QCOMPARE(links.value(QStringLiteral("next")),
                 api(AgentRepo + QStringLiteral("/releases?per_page=5&page=2")).toString());
        QCOMPARE(links.value(QStringLiteral("last")),
                 api(AgentRepo + QStringLiteral("/releases?per_page=5&page=4")).toString());

        QStringList collected = tagNames(page.array());
        int pages = 1;
        while (links.contains(QStringLiteral("next"))) {
            page = get(QUrl(links.value(QStringLiteral("next"))), githubHeaders());
            QCOMPARE(page.status, 200);
            collected += tagNames(page.array());
            links = parseLinks(page.header("link"));
            ++pages;
        }
        QCOMPARE(pages, 4);
        QCOMPARE(collected, PublishedTags);
        QCOMPARE(links.keys(), (QStringList{QStringLiteral("first"), QStringLiteral("prev")}));
        QCOMPARE(links.value(QStringLiteral("prev")),
                 api(AgentRepo + QStringLiteral("/releases?per_page=5&page=3")).toString());

        // Default page size is 30, so the whole history fits on one page.
        const Reply all = get(api(AgentRepo + QStringLiteral("/releases")), githubHeaders());
        QCOMPARE(tagNames(all.array()), PublishedTags);
        QVERIFY(!all.hasHeader("link"));
        const Reply beyond =
            get(api(AgentRepo + QStringLiteral("/releases?per_page=10&page=3")), githubHeaders());
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.array().size(), 0);
    }

    void perPageIsCappedAtOneHundred()
    {
        // A generated scenario with more releases than one page can hold.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonArray releases;
        for (int i = 0; i < 120; ++i) {
            releases.append(QJsonObject{
                {QStringLiteral("id"), 1000 + i},
                {QStringLiteral("tag_name"), QStringLiteral("v1.0.%1").arg(119 - i)},
                {QStringLiteral("created_at"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                                                   .addSecs(3600 * (119 - i))
                                                   .toString(Qt::ISODate)},
                {QStringLiteral("assets"), QJsonArray()}});
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("github/repos/Acme/big"))));
        QFile file(dir.filePath(QStringLiteral("github/repos/Acme/big/releases.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(releases).toJson());
        file.close();

        FixtureServerProcess other;
        QString error;
        QVERIFY2(other.start({QStringLiteral("--scenario"), dir.path()}, &error),
                 qPrintable(error));
        const QString base = other.baseUrl().toString();
        const Reply capped = get(
            QUrl(base + QStringLiteral("/repos/acme/BIG/releases?per_page=500")), githubHeaders());
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.array().size(), 100);
        const auto links = parseLinks(capped.header("link"));
        QCOMPARE(links.value(QStringLiteral("next")),
                 base + QStringLiteral("/repos/acme/BIG/releases?per_page=500&page=2"));
        QCOMPARE(links.value(QStringLiteral("last")),
                 base + QStringLiteral("/repos/acme/BIG/releases?per_page=500&page=2"));
        const Reply defaultPage =
            get(QUrl(base + QStringLiteral("/repos/Acme/big/releases?page=4")), githubHeaders());
        QCOMPARE(defaultPage.array().size(), 30);
        QCOMPARE(parseLinks(defaultPage.header("link")).keys(),
                 (QStringList{QStringLiteral("first"), QStringLiteral("prev")}));
        QCOMPARE(
            get(QUrl(base + QStringLiteral("/repos/Acme/big/releases/latest")), githubHeaders())
                .object()
                .value(QStringLiteral("tag_name"))
                .toString(),
            QStringLiteral("v1.0.119"));
        // Without lattice/version.json the server behaves like v0.1.0.
        const Reply version = get(QUrl(base + QStringLiteral("/api/version")));
        QCOMPARE(version.status, 404);
        QCOMPARE(version.body, QByteArray("404 page not found\n"));
    }

    void latestIsNewestStableByCreatedAt()
    {
        // v0.3.x are newer tags but prereleases; the alphas are newer still.
        const Reply latest =
            get(api(AgentRepo + QStringLiteral("/releases/latest")), githubHeaders());
        QCOMPARE(latest.status, 200);
        QCOMPARE(latest.object().value(QStringLiteral("tag_name")).toString(),
                 QStringLiteral("v0.2.9"));
        QCOMPARE(latest.object().value(QStringLiteral("prerelease")).toBool(), false);
        const QJsonObject v033 = releaseByTag(QStringLiteral("v0.3.3"));
        QCOMPARE(v033.value(QStringLiteral("prerelease")).toBool(), true);
        QVERIFY(v033.value(QStringLiteral("body"))
                    .toString()
                    .startsWith(QStringLiteral("Stable build")));
    }

    void draftsNeedPushAccess()
    {
        const QString all = AgentRepo + QStringLiteral("/releases?per_page=100");
        QCOMPARE(tagNames(get(api(all), githubHeaders()).array()), PublishedTags);
        QCOMPARE(tagNames(get(api(all), githubHeaders(FineGrainedPat)).array()), PublishedTags);

        const QJsonArray maintainerView = get(api(all), githubHeaders(MaintainerPat)).array();
        QCOMPARE(maintainerView.size(), PublishedTags.size() + 1);
        const QJsonObject draft = maintainerView.first().toObject();
        QCOMPARE(draft.value(QStringLiteral("tag_name")).toString(), DraftTag);
        QCOMPARE(draft.value(QStringLiteral("draft")).toBool(), true);
        QVERIFY(draft.value(QStringLiteral("published_at")).isNull());
        QCOMPARE(tagNames(maintainerView).mid(1), PublishedTags);

        const QString byId =
            AgentRepo +
            QStringLiteral("/releases/%1").arg(draft.value(QStringLiteral("id")).toInteger());
        QCOMPARE(get(api(byId), githubHeaders()).status, 404);
        QCOMPARE(get(api(byId), githubHeaders(MaintainerPat)).status, 200);
        // Drafts are never found by tag.
        QCOMPARE(get(api(AgentRepo + QStringLiteral("/releases/tags/") + DraftTag),
                     githubHeaders(MaintainerPat))
                     .status,
                 404);
        const QString draftAsset = draft.value(QStringLiteral("assets"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("url"))
                                       .toString();
        QCOMPARE(get(QUrl(draftAsset), githubHeaders()).status, 404);
        QCOMPARE(get(QUrl(draftAsset), githubHeaders(MaintainerPat)).status, 200);
    }

    void assetListsFollowTheHistory_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("names");
        const QStringList linux = {QStringLiteral("SHA256SUMS"),
                                   QStringLiteral("lattice-agent-linux-amd64"),
                                   QStringLiteral("lattice-agent-linux-amd64.sha256"),
                                   QStringLiteral("lattice-agent-linux-arm64"),
                                   QStringLiteral("lattice-agent-linux-arm64.sha256")};
        const QStringList all =
            QStringList{QStringLiteral("SHA256SUMS"), QStringLiteral("lattice-agent-darwin-amd64"),
                        QStringLiteral("lattice-agent-darwin-amd64.sha256"),
                        QStringLiteral("lattice-agent-darwin-arm64"),
                        QStringLiteral("lattice-agent-darwin-arm64.sha256")} +
            linux.mid(1);
        for (int patch = 0; patch <= 9; ++patch) {
            const QString tag = QStringLiteral("v0.2.%1").arg(patch);
            QTest::newRow(qPrintable(tag)) << tag << (patch <= 4 ? linux : all);
        }
        for (const char* tag : {"v0.3.0", "v0.3.3", "v0.3.3-alpha.1", "v0.3.3-alpha.2"})
            QTest::newRow(tag) << QString::fromLatin1(tag) << all;
    }

    void assetListsFollowTheHistory()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, names);
        const QJsonObject release = releaseByTag(tag);
        QCOMPARE(release.value(QStringLiteral("name")).toString(),
                 QStringLiteral("lattice-node-agent ") + tag);
        QStringList actual;
        for (const QJsonValue& asset : release.value(QStringLiteral("assets")).toArray())
            actual.append(asset.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(actual, names);
    }

    void checksumsAgreeWithDigestsAndBytes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("v0.2.0 linux only") << QStringLiteral("v0.2.0");
        QTest::newRow("v0.2.9 stable") << QStringLiteral("v0.2.9");
        QTest::newRow("v0.3.3-alpha.2") << QStringLiteral("v0.3.3-alpha.2");
    }

    void checksumsAgreeWithDigestsAndBytes()
    {
        QFETCH(QString, tag);
        const QJsonObject release = releaseByTag(tag);
        QMap<QString, QByteArray> hashes;
        QStringList binaries;
        for (const QJsonValue& value : release.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject asset = value.toObject();
            const QString name = asset.value(QStringLiteral("name")).toString();
            const QByteArray bytes =
                download(asset.value(QStringLiteral("browser_download_url")).toString());
            QVERIFY2(!bytes.isEmpty(), qPrintable(name));
            QCOMPARE(asset.value(QStringLiteral("size")).toInteger(), bytes.size());
            QCOMPARE(asset.value(QStringLiteral("digest")).toString(),
                     QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(bytes)));
            hashes.insert(name, sha256Hex(bytes));
            if (!name.endsWith(QLatin1String(".sha256")) && name != QLatin1String("SHA256SUMS"))
                binaries.append(name);
        }
        binaries.sort();

        QByteArray expectedSums;
        for (const QString& binary : std::as_const(binaries)) {
            const QByteArray line = hashes.value(binary) + "  " + binary.toUtf8() + '\n';
            expectedSums += line;
            const QJsonObject perFile = assetNamed(release, binary + QStringLiteral(".sha256"));
            QCOMPARE(download(perFile.value(QStringLiteral("browser_download_url")).toString()),
                     line);
        }
        const QJsonObject sums = assetNamed(release, QStringLiteral("SHA256SUMS"));
        QCOMPARE(download(sums.value(QStringLiteral("browser_download_url")).toString()),
                 expectedSums);
    }

    void standInBinariesReportTheirVersion()
    {
        const QJsonObject release = releaseByTag(QStringLiteral("v0.2.9"));
        const QByteArray bytes =
            download(assetNamed(release, QStringLiteral("lattice-agent-linux-amd64"))
                         .value(QStringLiteral("browser_download_url"))
                         .toString());
        QTemporaryDir dir;
        QFile binary(dir.filePath(QStringLiteral("lattice-agent")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(bytes);
        binary.close();
        QProcess process;
        process.start(QStringLiteral("/bin/sh"), {binary.fileName(), QStringLiteral("-version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.readAllStandardOutput(), QByteArray("0.2.9\n"));
        process.start(QStringLiteral("/bin/sh"),
                      {binary.fileName(), QStringLiteral("-compat-json")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.readAllStandardOutput(),
                 QByteArray("{\"server_min\":\"v0.2.1\",\"dashboard_min\":\"v0.2.1\",\"channel\":"
                            "\"stable\"}\n"));
    }

    void conditionalRequests()
    {
        const QUrl url = api(AgentRepo + QStringLiteral("/releases"));
        const Reply fresh = get(url, githubHeaders());
        QCOMPARE(fresh.status, 200);
        const QByteArray etag = fresh.header("etag");
        QVERIFY2(QRegularExpression(QStringLiteral("^W/\"[0-9a-f]{64}\"$"))
                     .match(QString::fromLatin1(etag))
                     .hasMatch(),
                 etag.constData());
        const int remaining = fresh.headerInt("x-ratelimit-remaining");

        Reply conditional = get(url, githubHeaders() + Headers{{"If-None-Match", etag}});
        QCOMPARE(conditional.status, 304);
        QVERIFY(conditional.body.isEmpty());
        QCOMPARE(conditional.header("etag"), etag);
        // Anonymous 304s still cost one request.
        QCOMPARE(conditional.headerInt("x-ratelimit-remaining"), remaining - 1);
        QCOMPARE(get(url, githubHeaders() + Headers{{"If-None-Match", "W/\"stale\""}}).status, 200);

        // The authenticated view includes the draft, so its validator differs,
        // and an authenticated 304 is free.
        const Reply authenticated = get(url, githubHeaders(MaintainerPat));
        QVERIFY(authenticated.header("etag") != etag);
        const int authRemaining = authenticated.headerInt("x-ratelimit-remaining");
        conditional = get(url, githubHeaders(MaintainerPat) +
                                   Headers{{"If-None-Match", authenticated.header("etag")}});
        QCOMPARE(conditional.status, 304);
        QCOMPARE(conditional.headerInt("x-ratelimit-remaining"), authRemaining);
        QCOMPARE(get(url, githubHeaders(MaintainerPat)).headerInt("x-ratelimit-remaining"),
                 authRemaining - 1);
    }

    void userAgentIsRequired()
    {
        const QByteArray request =
            "GET /rate_limit HTTP/1.1\r\nHost: api.github.com\r\nAccept: */*\r\n\r\n";
        const QList<RawResponse> refused = parseResponses(exchange(m_server.baseUrl(), {request}));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().status, 403);
        QVERIFY(refused.first().body.contains("User-Agent"));
        QVERIFY(!refused.first().headers.contains("x-ratelimit-remaining"));

        const QByteArray withAgent =
            "GET /rate_limit HTTP/1.1\r\nHost: api.github.com\r\nUser-Agent: raw\r\n\r\n";
        const QList<RawResponse> accepted =
            parseResponses(exchange(m_server.baseUrl(), {withAgent}));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().status, 200);
        const QJsonArray recorded = m_server.requests(m_server.baseUrl());
        QCOMPARE(recorded.size(), 2);
        QVERIFY(!recorded.at(0)
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("user-agent")));
        QCOMPARE(recorded.at(0).toObject().value(QStringLiteral("status")).toInt(), 403);
    }

    void apiVersionIsPinned_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<int>("status");
        QTest::newRow("absent") << QByteArray() << 200;
        QTest::newRow("pinned") << QByteArray("2022-11-28") << 200;
        QTest::newRow("newer") << QByteArray("2026-03-10") << 400;
        QTest::newRow("garbage") << QByteArray("latest") << 400;
    }

    void apiVersionIsPinned()
    {
        QFETCH(QByteArray, version);
        QFETCH(int, status);
        Headers headers{{"User-Agent", TestAgent}};
        if (!version.isEmpty())
            headers.append({"X-GitHub-Api-Version", version});
        const Reply reply = get(api(AgentRepo + QStringLiteral("/releases/latest")), headers);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.header("x-github-api-version-selected"), QByteArray("2022-11-28"));
        } else {
            QVERIFY(reply.object()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QString::fromLatin1(version)));
            // A refused version is not charged.
            QCOMPARE(get(api(AgentRepo), githubHeaders()).headerInt("x-ratelimit-remaining"), 59);
        }
    }

    void rateLimitHeadersAndBudgets()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QUrl url = api(AgentRepo + QStringLiteral("/tags"));
        Reply reply = get(url, githubHeaders());
        QCOMPARE(reply.headerInt("x-ratelimit-limit"), 60);
        QCOMPARE(reply.headerInt("x-ratelimit-remaining"), 59);
        QCOMPARE(reply.headerInt("x-ratelimit-used"), 1);
        QCOMPARE(reply.header("x-ratelimit-resource"), QByteArray("core"));
        const qint64 reset = reply.header("x-ratelimit-reset").toLongLong();
        QVERIFY(reset >= now + 3590 && reset <= now + 3610);
        QCOMPARE(get(url, githubHeaders()).headerInt("x-ratelimit-remaining"), 58);

        // GET /rate_limit reports the budget without spending it.
        for (int i = 0; i < 2; ++i) {
            const Reply status = get(api(QStringLiteral("/rate_limit")), githubHeaders());
            QCOMPARE(status.status, 200);
            QCOMPARE(status.headerInt("x-ratelimit-remaining"), 58);
            const QJsonObject core = status.object()
                                         .value(QStringLiteral("resources"))
                                         .toObject()
                                         .value(QStringLiteral("core"))
                                         .toObject();
            QCOMPARE(core.value(QStringLiteral("remaining")).toInt(), 58);
            QCOMPARE(core.value(QStringLiteral("used")).toInt(), 2);
            QCOMPARE(core.value(QStringLiteral("reset")).toInteger(), reset);
        }

        reply = get(url, githubHeaders(MaintainerPat));
        QCOMPARE(reply.headerInt("x-ratelimit-limit"), 5000);
        QCOMPARE(reply.headerInt("x-ratelimit-remaining"), 4999);
        QCOMPARE(reply.header("x-oauth-scopes"),
                 QByteArray("repo, read:packages, delete:packages"));

        reply = get(url, githubHeaders("ghp_not_a_known_token"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Bad credentials"));

        // Spend the anonymous budget, then get GitHub's 403.
        for (int expected = 57; expected >= 0; --expected)
            QCOMPARE(get(url, githubHeaders()).headerInt("x-ratelimit-remaining"), expected);
        reply = get(url, githubHeaders());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.headerInt("x-ratelimit-remaining"), 0);
        QCOMPARE(reply.headerInt("x-ratelimit-used"), 60);
        QVERIFY(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("API rate limit exceeded")));
        QCOMPARE(get(url, githubHeaders(MaintainerPat)).status, 200);

        QVERIFY(m_server.reset());
        QCOMPARE(get(url, githubHeaders()).headerInt("x-ratelimit-remaining"), 59);
    }

    void assetApiRedirectsToTheDownloadHost()
    {
        const QJsonObject asset = assetNamed(releaseByTag(QStringLiteral("v0.2.9")),
                                             QStringLiteral("lattice-agent-linux-amd64"));
        const QUrl assetUrl(asset.value(QStringLiteral("url")).toString());
        QCOMPARE(assetUrl.host(), m_server.baseUrl().host());

        const Reply metadata = get(assetUrl, githubHeaders());
        QCOMPARE(metadata.status, 200);
        QCOMPARE(metadata.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("lattice-agent-linux-amd64"));
        QCOMPARE(metadata.object().value(QStringLiteral("digest")),
                 asset.value(QStringLiteral("digest")));

        QVERIFY(m_server.clearRequests());
        Headers octet = githubHeaders(MaintainerPat);
        octet.append(qMakePair(QByteArray("Accept"), QByteArray("application/octet-stream")));
        const Reply redirect = get(assetUrl, octet);
        QCOMPARE(redirect.status, 302);
        const QUrl location = QUrl::fromEncoded(redirect.header("location"));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(location.port(), m_server.downloadUrl().port());
        QVERIFY(location.path().startsWith(QStringLiteral("/github-production-release-asset/")));
        QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("X-Amz-Signature")));

        const Reply bytes = get(location, {{"User-Agent", TestAgent}});
        QCOMPARE(bytes.status, 200);
        QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(bytes.body)),
                 asset.value(QStringLiteral("digest")).toString());

        // A client that forwards its token across hosts is refused, like a
        // signed storage URL refuses a second auth mechanism.
        const Reply forwarded = get(
            location, {{"User-Agent", TestAgent}, {"Authorization", "Bearer " + MaintainerPat}});
        QCOMPARE(forwarded.status, 400);
        QVERIFY(forwarded.body.contains("Only one auth mechanism allowed"));

        const QJsonArray downloads = m_server.requests(m_server.downloadUrl());
        QCOMPARE(downloads.size(), 2);
        const QJsonObject clean = downloads.at(0).toObject();
        QCOMPARE(clean.value(QStringLiteral("host")).toString(), QStringLiteral("download"));
        QVERIFY(!clean.value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("authorization")));
        QCOMPARE(clean.value(QStringLiteral("status")).toInt(), 200);
        const QJsonObject leaked = downloads.at(1).toObject();
        QCOMPARE(leaked.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString(),
                 QStringLiteral("Bearer ") + QString::fromLatin1(MaintainerPat));
        QCOMPARE(leaked.value(QStringLiteral("status")).toInt(), 400);
        const QJsonArray apiSide = m_server.requests(m_server.baseUrl());
        QCOMPARE(apiSide.size(), 1);
        QCOMPARE(apiSide.at(0)
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("accept"))
                     .toString(),
                 QStringLiteral("application/octet-stream"));

        QUrlQuery tampered(location);
        tampered.removeQueryItem(QStringLiteral("X-Amz-Signature"));
        tampered.addQueryItem(QStringLiteral("X-Amz-Signature"), QString(64, QLatin1Char('0')));
        QUrl forged = location;
        forged.setQuery(tampered);
        const Reply refused = get(forged);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("SignatureDoesNotMatch"));
    }

    void browserDownloadUrlsRedirect()
    {
        const QJsonObject release = releaseByTag(QStringLiteral("v0.2.9"));
        const QUrl browser(assetNamed(release, QStringLiteral("SHA256SUMS"))
                               .value(QStringLiteral("browser_download_url"))
                               .toString());
        QCOMPARE(browser.toString(),
                 api(QStringLiteral(
                         "/LatticeNet/lattice-node-agent/releases/download/v0.2.9/SHA256SUMS"))
                     .toString());
        const Reply redirect = get(browser);
        QCOMPARE(redirect.status, 302);
        QCOMPARE(QUrl::fromEncoded(redirect.header("location")).host(),
                 QStringLiteral("127.0.0.2"));

        // install.sh's "latest" URL resolves through the list rule, to v0.2.9.
        const Reply latest = get(api(
            QStringLiteral("/LatticeNet/lattice-node-agent/releases/latest/download/SHA256SUMS")));
        QCOMPARE(latest.status, 302);
        QCOMPARE(QString::fromLatin1(latest.header("location")), browser.toString());

        QCOMPARE(get(api(QStringLiteral("/LatticeNet/lattice-node-agent/releases/download/") +
                         DraftTag + QStringLiteral("/SHA256SUMS")))
                     .status,
                 404);
        QCOMPARE(get(api(QStringLiteral("/LatticeNet/lattice-node-agent/releases/download/v0.2.4/"
                                        "lattice-agent-darwin-arm64")))
                     .status,
                 404);
    }

    void contentsApi()
    {
        const Reply file =
            get(api(AgentRepo + QStringLiteral("/contents/scripts/install.sh")), githubHeaders());
        QCOMPARE(file.status, 200);
        const QJsonObject json = file.object();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(json.value(QStringLiteral("path")).toString(),
                 QStringLiteral("scripts/install.sh"));
        const QByteArray content = QByteArray::fromBase64(
            json.value(QStringLiteral("content")).toString().remove(QLatin1Char('\n')).toLatin1());
        QVERIFY(content.startsWith("#!/bin/sh\n"));
        QCOMPARE(json.value(QStringLiteral("size")).toInteger(), content.size());
        const QByteArray blob = "blob " + QByteArray::number(content.size()) + '\0' + content;
        QCOMPARE(
            json.value(QStringLiteral("sha")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha1).toHex()));

        Headers raw = githubHeaders();
        raw.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github.raw+json")));
        QCOMPARE(get(api(AgentRepo + QStringLiteral("/contents/scripts/install.sh")), raw).body,
                 content);
        const QUrl downloadUrl(json.value(QStringLiteral("download_url")).toString());
        QCOMPARE(downloadUrl.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(get(downloadUrl).body, content);

        const Reply pinned =
            get(api(AgentRepo + QStringLiteral("/contents/go.mod?ref=v0.2.9")), raw);
        QVERIFY(pinned.body.contains("github.com/LatticeNet/lattice-sdk v0.2.17\n"));
        const Reply listing = get(api(AgentRepo + QStringLiteral("/contents")), githubHeaders());
        QCOMPARE(listing.array().size(), 4); // README.md, go.mod, go.sum, scripts
        QCOMPARE(listing.array().at(3).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("dir"));

        const Reply missing =
            get(api(AgentRepo + QStringLiteral("/contents/missing.txt")), githubHeaders());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Not Found"));
        QCOMPARE(get(api(AgentRepo + QStringLiteral("/contents/..%2F..%2Freleases.json")),
                     githubHeaders())
                     .status,
                 404);
        QCOMPARE(
            get(api(AgentRepo + QStringLiteral("/contents/go.mod?ref=..")), githubHeaders()).status,
            404);
    }

    void tagsAreGitTagsOnly()
    {
        const Reply reply =
            get(api(AgentRepo + QStringLiteral("/tags?per_page=100")), githubHeaders());
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue& tag : reply.array()) {
            names.append(tag.toObject().value(QStringLiteral("name")).toString());
            const QString sha = tag.toObject()
                                    .value(QStringLiteral("commit"))
                                    .toObject()
                                    .value(QStringLiteral("sha"))
                                    .toString();
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(sha).hasMatch());
            if (names.constLast() == QLatin1String("v0.2.9"))
                QVERIFY(sha.startsWith(QStringLiteral("94546a4")));
        }
        QCOMPARE(names.size(), 13);
        QVERIFY(names.contains(QStringLiteral("v0.1.0")));
        QVERIFY(!names.contains(QStringLiteral("v0.3.0")));
    }

    void commitsResolveShasBranchesAndTags_data()
    {
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("sha"); // expected prefix
        QTest::addColumn<QString>("date");
        // The SDK commit a pseudo-version names is dated by its timestamp.
        QTest::newRow("full sha") << SdkRepo
                                  << QStringLiteral("4623d3b58b50bd9406816779146532e33e10d32d")
                                  << QStringLiteral("4623d3b58b50bd9406816779146532e33e10d32d")
                                  << QStringLiteral("2026-07-09T10:10:00Z");
        QTest::newRow("pseudo-version suffix")
            << SdkRepo << QStringLiteral("4a318f246d23") << QStringLiteral("4a318f246d23")
            << QStringLiteral("2026-07-22T12:39:32Z");
        QTest::newRow("seven hex")
            << SdkRepo << QStringLiteral("f54c6a7") << QStringLiteral("f54c6a701864")
            << QStringLiteral("2026-07-04T00:22:53Z");
        QTest::newRow("upper-case hex")
            << SdkRepo << QStringLiteral("9DDC0D4E9490")
            << QStringLiteral("9ddc0d4e9490458641ff7ada74fa3761fa36ecb0")
            << QStringLiteral("2026-08-19T13:45:34Z");
        QTest::newRow("default branch")
            << SdkRepo << QStringLiteral("main")
            << QStringLiteral("9ddc0d4e9490458641ff7ada74fa3761fa36ecb0")
            << QStringLiteral("2026-08-19T13:45:34Z");
        // SDK v0.2.7 was tagged a minute before agent v0.2.6, which pins it.
        QTest::newRow("sdk tag") << SdkRepo << QStringLiteral("v0.2.7") << QString()
                                 << QStringLiteral("2026-06-28T17:10:50Z");
        QTest::newRow("agent tag")
            << AgentRepo << QStringLiteral("v0.2.6") << QStringLiteral("570fdbf")
            << QStringLiteral("2026-06-28T17:11:50Z");
        QTest::newRow("moving server tag")
            << ServerRepo << QStringLiteral("latest")
            << QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8")
            << QStringLiteral("2026-07-10T09:01:53Z");
        QTest::newRow("docs main") << DocsRepo << QStringLiteral("main") << QString()
                                   << QStringLiteral("2026-08-21T18:05:12Z");
    }

    void commitsResolveShasBranchesAndTags()
    {
        QFETCH(QString, repo);
        QFETCH(QString, ref);
        QFETCH(QString, sha);
        QFETCH(QString, date);
        const Reply reply = get(api(repo + QStringLiteral("/commits/") + ref), githubHeaders());
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.object();
        const QString full = json.value(QStringLiteral("sha")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(full).hasMatch());
        QVERIFY2(full.startsWith(sha), qPrintable(full));
        QCOMPARE(json.value(QStringLiteral("url")).toString(),
                 api(repo + QStringLiteral("/commits/") + full).toString());
        QVERIFY(json.value(QStringLiteral("html_url"))
                    .toString()
                    .endsWith(QStringLiteral("/commit/") + full));
        const QJsonObject commit = json.value(QStringLiteral("commit")).toObject();
        QVERIFY(!commit.value(QStringLiteral("message")).toString().isEmpty());
        for (const QString& who : {QStringLiteral("author"), QStringLiteral("committer")}) {
            const QJsonObject person = commit.value(who).toObject();
            QVERIFY(!person.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(person.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
            QCOMPARE(person.value(QStringLiteral("date")).toString(), date);
        }
    }

    void unknownCommitsAre422()
    {
        for (const QString& ref :
             {QStringLiteral("v9.9.9"), QStringLiteral("4a318f"), QStringLiteral("develop"),
              QStringLiteral("0000000000000000000000000000000000000000")}) {
            const Reply reply =
                get(api(SdkRepo + QStringLiteral("/commits/") + ref), githubHeaders());
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("No commit found for SHA: ") + ref);
            QCOMPARE(reply.object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("422"));
        }
        // The server's alpha tags have no GitHub release, so no release by tag
        // either, but their commits resolve.
        QCOMPARE(get(api(ServerRepo + QStringLiteral("/commits/alpha-0.2.2a41")), githubHeaders())
                     .object()
                     .value(QStringLiteral("sha"))
                     .toString()
                     .left(12),
                 QStringLiteral("4dfbf5ded55d"));
        QCOMPARE(
            get(api(ServerRepo + QStringLiteral("/releases/tags/alpha-0.2.2a41")), githubHeaders())
                .status,
            404);
        QCOMPARE(get(api(QStringLiteral("/repos/LatticeNet/missing/commits/main")), githubHeaders())
                     .status,
                 404);
    }

    void commitsFollowTheApiRules()
    {
        const QUrl url = api(SdkRepo + QStringLiteral("/commits/v0.2.17"));
        const QByteArray bare = "GET /repos/LatticeNet/lattice-sdk/commits/v0.2.17 HTTP/1.1\r\n"
                                "Host: api.github.com\r\n\r\n";
        QCOMPARE(parseResponses(exchange(m_server.baseUrl(), {bare})).value(0).status, 403);
        const Reply fresh = get(url, githubHeaders());
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.headerInt("x-ratelimit-remaining"), 59);
        const Reply conditional =
            get(url, githubHeaders() + Headers{{"If-None-Match", fresh.header("etag")}});
        QCOMPARE(conditional.status, 304);
        QCOMPARE(conditional.headerInt("x-ratelimit-remaining"), 58);
        // A failed lookup is charged like any other answer.
        QCOMPARE(get(api(SdkRepo + QStringLiteral("/commits/nope")), githubHeaders())
                     .headerInt("x-ratelimit-remaining"),
                 57);
        QCOMPARE(send("POST", url, githubHeaders()).status, 404);
    }

    // Every pseudo-version a server or agent tag pins names an SDK commit of
    // that timestamp, and every tag the spec gives a commit for resolves.
    void sdkLaneDataIsConsistent()
    {
        static const QRegularExpression pseudo(
            QStringLiteral("lattice-sdk (v[0-9.]+-0\\.([0-9]{14})-([0-9a-f]{12}))\\b"));
        Headers raw = githubHeaders(MaintainerPat);
        raw.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github.raw+json")));
        int pseudoPins = 0;
        for (const QString& repo : {ServerRepo, AgentRepo}) {
            const Reply tags =
                get(api(repo + QStringLiteral("/tags?per_page=100")), githubHeaders(MaintainerPat));
            QCOMPARE(tags.status, 200);
            for (const QJsonValue& tag : tags.array()) {
                const QString name = tag.toObject().value(QStringLiteral("name")).toString();
                const Reply goMod =
                    get(api(repo + QStringLiteral("/contents/go.mod?ref=") + name), raw);
                QVERIFY2(goMod.status == 200, qPrintable(repo + QLatin1Char(' ') + name));
                const QRegularExpressionMatch match = pseudo.match(QString::fromUtf8(goMod.body));
                if (!match.hasMatch())
                    continue;
                ++pseudoPins;
                const Reply commit =
                    get(api(SdkRepo + QStringLiteral("/commits/") + match.captured(3)),
                        githubHeaders(MaintainerPat));
                QVERIFY2(commit.status == 200, qPrintable(match.captured(1)));
                const QDateTime stamp =
                    QDateTime::fromString(commit.object()
                                              .value(QStringLiteral("commit"))
                                              .toObject()
                                              .value(QStringLiteral("committer"))
                                              .toObject()
                                              .value(QStringLiteral("date"))
                                              .toString(),
                                          Qt::ISODate);
                QCOMPARE(stamp.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")),
                         match.captured(2));
            }
        }
        QVERIFY(pseudoPins >= 12);

        QCOMPARE(
            get(api(SdkRepo + QStringLiteral("/commits/00943f6e")), githubHeaders(MaintainerPat))
                .object()
                .value(QStringLiteral("sha"))
                .toString(),
            get(api(SdkRepo + QStringLiteral("/commits/v0.2.18")), githubHeaders(MaintainerPat))
                .object()
                .value(QStringLiteral("sha"))
                .toString());
    }

    void sdkLaneFilesKeepTheSpecsMismatches()
    {
        Headers raw = githubHeaders(MaintainerPat);
        raw.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github.raw+json")));
        auto file = [&](const QString& repo, const QString& path, const QString& ref) {
            const Reply reply =
                get(api(repo + QStringLiteral("/contents/") + path + QStringLiteral("?ref=") + ref),
                    raw);
            return reply.status == 200 ? reply.body : QByteArray("<missing>");
        };
        // alpha-0.2.1a10 builds SDK v0.2.16 while go.mod says v0.2.15.
        QVERIFY(file(ServerRepo, QStringLiteral("go.mod"), QStringLiteral("alpha-0.2.1a10"))
                    .contains("\tgithub.com/LatticeNet/lattice-sdk v0.2.15\n"));
        QCOMPARE(file(ServerRepo, QStringLiteral("sdk.ref"), QStringLiteral("alpha-0.2.1a10")),
                 QByteArray("v0.2.16\n"));
        QVERIFY(file(ServerRepo, QStringLiteral("sdk.ref"), QStringLiteral("alpha-0.2.1a16"))
                    .startsWith("de6cdc7a61c8"));
        QVERIFY(file(ServerRepo, QStringLiteral("sdk.ref"), QStringLiteral("alpha-0.2.1a25"))
                    .startsWith("4623d3b58b50"));
        QCOMPARE(file(ServerRepo, QStringLiteral("sdk.ref"), QStringLiteral("v0.2.1")),
                 QByteArray("4623d3b58b50bd9406816779146532e33e10d32d\n"));
        QCOMPARE(file(ServerRepo, QStringLiteral("dashboard.ref"), QStringLiteral("v0.2.1")),
                 QByteArray("41fbd0fa3a1a7f2b778b31c479052455f3375962\n"));
        const QByteArray goSum =
            file(ServerRepo, QStringLiteral("go.sum"), QStringLiteral("v0.2.1"));
        QVERIFY(goSum.contains("github.com/LatticeNet/lattice-sdk v0.2.17 h1:"));
        QVERIFY(goSum.contains("github.com/LatticeNet/lattice-sdk v0.2.17/go.mod h1:"));
        // Before sdk.ref existed; v0.1.0 has the one-line require form.
        QCOMPARE(file(ServerRepo, QStringLiteral("sdk.ref"), QStringLiteral("alpha-0.2.1a2")),
                 QByteArray("<missing>"));
        QVERIFY(file(ServerRepo, QStringLiteral("go.mod"), QStringLiteral("v0.1.0"))
                    .contains("\nrequire github.com/LatticeNet/lattice-sdk v0.1.0\n"));
        QCOMPARE(file(ServerRepo, QStringLiteral("dashboard.ref"), QStringLiteral("v0.1.0")),
                 QByteArray("<missing>"));

        QCOMPARE(file(AgentRepo, QStringLiteral("go.sum"), QStringLiteral("v0.1.0")),
                 QByteArray("<missing>"));
        QVERIFY(file(AgentRepo, QStringLiteral("go.mod"), QStringLiteral("v0.2.6"))
                    .contains("require github.com/LatticeNet/lattice-sdk v0.2.7\n"));
        // The deliberately broken alpha: a local replace of the SDK.
        QVERIFY(file(AgentRepo, QStringLiteral("go.mod"), QStringLiteral("v0.3.3-alpha.1"))
                    .contains("\nreplace github.com/LatticeNet/lattice-sdk => ../lattice-sdk\n"));
        QVERIFY(!file(AgentRepo, QStringLiteral("go.mod"), QStringLiteral("v0.3.3-alpha.2"))
                     .contains("replace"));

        // The server publishes GitHub releases for its stable tags only.
        const Reply releases = get(api(ServerRepo + QStringLiteral("/releases")), githubHeaders());
        QCOMPARE(tagNames(releases.array()),
                 (QStringList{QStringLiteral("v0.2.1"), QStringLiteral("v0.2.0"),
                              QStringLiteral("v0.1.0")}));
        for (const QJsonValue& release : releases.array())
            QVERIFY(!release.toObject().value(QStringLiteral("prerelease")).toBool());
    }

    void docsSiteServesTheReleasePages()
    {
        const Reply listing = get(
            api(DocsRepo + QStringLiteral("/contents/docs/developers?ref=main")), githubHeaders());
        QCOMPARE(listing.status, 200);
        QStringList names;
        for (const QJsonValue& entry : listing.array())
            names.append(entry.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names,
                 (QStringList{QStringLiteral("index.md"), QStringLiteral("release-0.2.0.md"),
                              QStringLiteral("release-0.2.1.md"), QStringLiteral("releases.md")}));
        Headers raw = githubHeaders();
        raw.append(qMakePair(QByteArray("Accept"), QByteArray("application/vnd.github.raw+json")));
        const QByteArray page =
            get(api(DocsRepo + QStringLiteral("/contents/docs/developers/release-0.2.1.md")), raw)
                .body;
        QVERIFY(page.contains("| Surface | Version | Commit or artifact |\n"));
        QVERIFY(
            page.contains("| SDK | `v0.2.17` | `4623d3b58b50bd9406816779146532e33e10d32d` |\n"));
        // The matrix quotes the agent tag's commit as the agent repository has it.
        const QString agentSha = get(api(AgentRepo + QStringLiteral("/commits/v0.2.9")), raw)
                                     .object()
                                     .value(QStringLiteral("sha"))
                                     .toString();
        QVERIFY(page.contains("| Node agent | `v0.2.9` | `" + agentSha.toLatin1() + '`'));
        const QJsonObject package =
            QJsonDocument::fromJson(
                get(api(DocsRepo + QStringLiteral("/contents/package.json")), raw).body)
                .object();
        QCOMPARE(package.value(QStringLiteral("version")).toString(), QStringLiteral("0.2.1"));
    }

    void commitsJsonIsStrict()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString repo = dir.filePath(QStringLiteral("github/repos/Acme/lib"));
        QVERIFY(QDir().mkpath(repo));
        auto write = [&repo](const QString& name, const QJsonArray& array) {
            QFile file(repo + QLatin1Char('/') + name);
            return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(array).toJson()) > 0;
        };
        auto commit = [](const QString& sha) {
            const QJsonObject who{{QStringLiteral("name"), QStringLiteral("A")},
                                  {QStringLiteral("email"), QStringLiteral("a@example.com")},
                                  {QStringLiteral("date"), QStringLiteral("2026-01-01T00:00:00Z")}};
            return QJsonObject{{QStringLiteral("sha"), sha},
                               {QStringLiteral("commit"),
                                QJsonObject{{QStringLiteral("message"), QStringLiteral("m")},
                                            {QStringLiteral("author"), who},
                                            {QStringLiteral("committer"), who}}}};
        };
        const QString first = QStringLiteral("abcdef0") + QString(33, QLatin1Char('1'));
        const QString second = QStringLiteral("abcdef0") + QString(33, QLatin1Char('2'));
        QVERIFY(write(QStringLiteral("commits.json"), {commit(first), commit(second)}));
        const QJsonArray tags{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("v1.0.0")},
                        {QStringLiteral("commit"),
                         QJsonObject{{QStringLiteral("sha"), QString(40, QLatin1Char('9'))}}}}};
        QVERIFY(write(QStringLiteral("tags.json"), tags));

        // A tag whose commit is not in commits.json stops the server, naming both.
        QProcess broken;
        broken.start(qEnvironmentVariable("LATTICE_FIXTURE_SERVER"),
                     {QStringLiteral("--scenario"), dir.path()});
        QVERIFY(broken.waitForFinished(10000));
        QCOMPARE(broken.exitCode(), 2);
        QVERIFY(broken.readAllStandardOutput().isEmpty());
        const QByteArray diagnostics = broken.readAllStandardError();
        QVERIFY2(diagnostics.contains("commits.json") && diagnostics.contains("\"v1.0.0\""),
                 diagnostics.constData());

        QString error;
        QVERIFY(write(QStringLiteral("tags.json"), QJsonArray()));
        FixtureServerProcess other;
        QVERIFY2(other.start({QStringLiteral("--scenario"), dir.path()}, &error),
                 qPrintable(error));
        const QString base =
            other.baseUrl().toString() + QStringLiteral("/repos/acme/lib/commits/");
        // An abbreviation two commits share names neither, as in git.
        QCOMPARE(get(QUrl(base + QStringLiteral("abcdef0")), githubHeaders()).status, 422);
        QCOMPARE(get(QUrl(base + QStringLiteral("abcdef02")), githubHeaders())
                     .object()
                     .value(QStringLiteral("sha"))
                     .toString(),
                 second);
        QCOMPARE(get(QUrl(base + QStringLiteral("main")), githubHeaders())
                     .object()
                     .value(QStringLiteral("sha"))
                     .toString(),
                 first);
    }

    void packageVersionsNeedAClassicPat()
    {
        Reply reply = get(api(ServerPackage), githubHeaders());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Requires authentication"));
        QCOMPARE(get(api(ServerPackage), githubHeaders(FineGrainedPat)).status, 403);

        reply = get(api(ServerPackage), githubHeaders(PackagesReaderPat));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 30);
        const auto links = parseLinks(reply.header("link"));
        QCOMPARE(links.value(QStringLiteral("next")),
                 api(ServerPackage + QStringLiteral("?page=2")).toString());
        QCOMPARE(links.value(QStringLiteral("last")),
                 api(ServerPackage + QStringLiteral("?page=2")).toString());
        QCOMPARE(get(QUrl(links.value(QStringLiteral("next"))), githubHeaders(PackagesReaderPat))
                     .array()
                     .size(),
                 21);

        reply =
            get(api(ServerPackage + QStringLiteral("?per_page=100")), githubHeaders(MaintainerPat));
        QCOMPARE(reply.array().size(), 51);
        QVERIFY(!reply.hasHeader("link"));
        int untagged = 0;
        QSet<QString> tags;
        QString previous = QStringLiteral("9999");
        for (const QJsonValue& value : reply.array()) {
            const QJsonObject version = value.toObject();
            QVERIFY(QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{64}$"))
                        .match(version.value(QStringLiteral("name")).toString())
                        .hasMatch());
            const QString created = version.value(QStringLiteral("created_at")).toString();
            QVERIFY(created <= previous); // newest first
            previous = created;
            const QJsonArray versionTags = version.value(QStringLiteral("metadata"))
                                               .toObject()
                                               .value(QStringLiteral("container"))
                                               .toObject()
                                               .value(QStringLiteral("tags"))
                                               .toArray();
            untagged += versionTags.isEmpty() ? 1 : 0;
            for (const QJsonValue& tag : versionTags)
                tags.insert(tag.toString());
        }
        QCOMPARE(untagged, 36);
        for (const char* tag :
             {"latest", "0.2.1", "0.2", "0.2.0", "alpha", "alpha-0.2.2a41", "sha-993e56759a74"})
            QVERIFY2(tags.contains(QString::fromLatin1(tag)), tag);
    }

    void ghcrTokenEndpoint_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        const QString publicScope =
            QStringLiteral("service=ghcr.io&scope=repository:latticenet/lattice-server:pull");
        const QString privateScope =
            QStringLiteral("service=ghcr.io&scope=repository:latticenet/lattice-lab-internal:pull");
        const QByteArray maintainerBasic =
            "Basic " + ("mira-latticenet:" + MaintainerPat).toBase64();
        QTest::newRow("public, anonymous") << publicScope << QByteArray() << 200;
        QTest::newRow("private, anonymous") << privateScope << QByteArray() << 401;
        QTest::newRow("private, basic PAT") << privateScope << maintainerBasic << 200;
        QTest::newRow("private, basic packages reader")
            << privateScope << ("Basic " + ("reader:" + PackagesReaderPat).toBase64()) << 200;
        QTest::newRow("public, bearer PAT") << publicScope << ("Bearer " + MaintainerPat) << 401;
        QTest::newRow("private, basic fine-grained")
            << privateScope << ("Basic " + ("reader:" + FineGrainedPat).toBase64()) << 401;
        QTest::newRow("wrong service")
            << QStringLiteral(
                   "service=registry.example&scope=repository:latticenet/lattice-server:pull")
            << QByteArray() << 400;
        QTest::newRow("uppercase name")
            << QStringLiteral("service=ghcr.io&scope=repository:LatticeNet/lattice-server:pull")
            << QByteArray() << 400;
    }

    void ghcrTokenEndpoint()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply reply = get(api(QStringLiteral("/token?") + query), headers);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QVERIFY(!reply.object().value(QStringLiteral("token")).toString().isEmpty());
            QVERIFY(!reply.object().contains(QStringLiteral("expires_in")));
        } else {
            QVERIFY(!reply.object().value(QStringLiteral("errors")).toArray().isEmpty());
        }
    }

    void latticeBuildInfoAndHealth()
    {
        Reply reply = get(api(QStringLiteral("/api/version")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.endsWith("}\n"));
        QVERIFY(RequestIdPattern.match(QString::fromLatin1(reply.header("x-lattice-request-id")))
                    .hasMatch());
        const QJsonObject version = reply.object();
        QCOMPARE(version.value(QStringLiteral("server_version")).toString(),
                 QStringLiteral("v0.2.1"));
        QCOMPARE(version.value(QStringLiteral("server_commit")).toString(),
                 QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8"));
        QCOMPARE(version.value(QStringLiteral("dashboard_ref")).toString(),
                 QStringLiteral("41fbd0fa3a1a7f2b778b31c479052455f3375962"));
        QVERIFY(!version.contains(QStringLiteral("task_execution_disabled")));

        reply = send("POST", api(QStringLiteral("/api/version")), {}, "{}");
        QCOMPARE(reply.status, 405);
        const QJsonObject error = reply.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("method_not_allowed"));
        QCOMPARE(error.value(QStringLiteral("request_id")).toString(),
                 QString::fromLatin1(reply.header("x-lattice-request-id")));
        QVERIFY(reply.body.endsWith("}\n"));

        reply = send("POST", api(QStringLiteral("/api/health")), {}, "{}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\"status\":\"ok\"}\n"));
        reply = get(api(QStringLiteral("/readyz")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()
                     .value(QStringLiteral("checks"))
                     .toObject()
                     .value(QStringLiteral("audit_wal"))
                     .toString(),
                 QStringLiteral("disabled"));
    }

    void latticeMe_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << ("Bearer " + LatticeAdmin) << 200 << QString();
        QTest::newRow("lowercase scheme")
            << ("bearer " + LatticeAdmin) << 401 << QStringLiteral("missing session");
        QTest::newRow("no header") << QByteArray() << 401 << QStringLiteral("missing session");
        QTest::newRow("unknown token") << QByteArray("Bearer token_aaaaaaaaaaaaaaaa.nope") << 401
                                       << QStringLiteral("invalid bearer token");
        QTest::newRow("secret only")
            << ("Bearer " + LatticeAdmin.mid(LatticeAdmin.indexOf('.') + 1)) << 401
            << QStringLiteral("invalid bearer token");
    }

    void latticeMe()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, message);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply reply = get(api(QStringLiteral("/api/me")), headers);
        QCOMPARE(reply.status, status);
        const QString requestId = QString::fromLatin1(reply.header("x-lattice-request-id"));
        QVERIFY(RequestIdPattern.match(requestId).hasMatch());
        const QJsonObject body = reply.object();
        if (status == 200) {
            QCOMPARE(body.value(QStringLiteral("actor_id")).toString(),
                     QStringLiteral("user_mirac7q2x4b6n3pa"));
            QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("mira"));
            QCOMPARE(body.value(QStringLiteral("token_id")).toString(),
                     QStringLiteral("token_releasedeskadmin"));
            QCOMPARE(body.value(QStringLiteral("scopes")).toArray().size(), 6);
            QCOMPARE(body.value(QStringLiteral("server_allowlist")).toArray(), QJsonArray());
            QCOMPARE(body.value(QStringLiteral("csrf_token")).toString(), QString());
            QCOMPARE(body.value(QStringLiteral("mfa_required")).toBool(true), false);
        } else {
            const QJsonObject error = body.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(),
                     QStringLiteral("unauthorized"));
            QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
            QCOMPARE(error.value(QStringLiteral("request_id")).toString(), requestId);
        }
    }

    void latticeNodes()
    {
        Reply reply = get(api(QStringLiteral("/api/nodes")), bearer(LatticeAdmin));
        QCOMPARE(reply.status, 200);
        QStringList ids;
        for (const QJsonValue& node : reply.array())
            ids.append(node.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, (QStringList{QStringLiteral("core-ams-1"), QStringLiteral("dev-box-7"),
                                   QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2"),
                                   QStringLiteral("lab-mac-1"), QStringLiteral("new-node-1"),
                                   QStringLiteral("rpi-lab-3")}));
        const QJsonObject fra2 = reply.array().at(3).toObject();
        QCOMPARE(fra2.value(QStringLiteral("agent_version")).toString(), QStringLiteral("0.2.8"));
        QCOMPARE(fra2.value(QStringLiteral("host_facts"))
                     .toObject()
                     .value(QStringLiteral("arch"))
                     .toString(),
                 QStringLiteral("aarch64"));
        QCOMPARE(reply.array().at(5).toObject().value(QStringLiteral("last_seen")).toString(),
                 QStringLiteral("0001-01-01T00:00:00Z"));

        reply = get(api(QStringLiteral("/api/nodes")), bearer(LatticeAllowlisted));
        QCOMPARE(reply.array().size(), 2);
        QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("edge-fra-1"));
        QCOMPARE(reply.array().at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("edge-fra-2"));

        reply = get(api(QStringLiteral("/api/nodes")), bearer(LatticePluginVerifier));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("capability_denied"));
        QCOMPARE(send("POST", api(QStringLiteral("/api/nodes")), bearer(LatticeAdmin), "{}").status,
                 405);
    }

    void latticeUnknownPathsArePlainText()
    {
        const Reply first =
            get(api(QStringLiteral("/api/nodes/agent-updates/artifacts")), bearer(LatticeAdmin));
        QCOMPARE(first.status, 404);
        QCOMPARE(first.body, QByteArray("404 page not found\n"));
        QVERIFY(first.header("content-type").startsWith("text/plain"));
        QVERIFY(RequestIdPattern.match(QString::fromLatin1(first.header("x-lattice-request-id")))
                    .hasMatch());
        const Reply second = get(api(QStringLiteral("/api/nodes/")));
        QCOMPARE(second.status, 404);
        QVERIFY(second.header("x-lattice-request-id") != first.header("x-lattice-request-id"));
    }

    void recordsRequests()
    {
        Reply reply = send("POST", api(QStringLiteral("/api/health?a=1&b=two")),
                           {{"X-Desk-Trace", "abc"}, {"Content-Type", "application/json"}},
                           "{\"probe\":true}");
        QCOMPARE(reply.status, 200);
        const QByteArray binary("\xff\x00\x01\xfe", 4);
        QCOMPARE(send("POST", api(QStringLiteral("/api/health")), {}, binary).status, 200);
        QCOMPARE(get(api(QStringLiteral("/_fixture/faults"))).status, 200); // control: not recorded
        QCOMPARE(get(QUrl(m_server.downloadUrl().toString() + QStringLiteral("/nope/nope/main/x")))
                     .status,
                 404);

        const QJsonArray all = m_server.requests();
        QCOMPARE(all.size(), 3);
        const QJsonObject text = all.at(0).toObject();
        QCOMPARE(text.value(QStringLiteral("host")).toString(), QStringLiteral("api"));
        QCOMPARE(text.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(text.value(QStringLiteral("path")).toString(), QStringLiteral("/api/health"));
        QCOMPARE(text.value(QStringLiteral("query")).toString(), QStringLiteral("a=1&b=two"));
        QCOMPARE(text.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("x-desk-trace"))
                     .toString(),
                 QStringLiteral("abc"));
        QCOMPARE(text.value(QStringLiteral("body")).toString(), QStringLiteral("{\"probe\":true}"));
        QCOMPARE(text.value(QStringLiteral("body_base64")).toBool(), false);
        const QJsonObject bytes = all.at(1).toObject();
        QCOMPARE(bytes.value(QStringLiteral("body_base64")).toBool(), true);
        QCOMPARE(QByteArray::fromBase64(bytes.value(QStringLiteral("body")).toString().toLatin1()),
                 binary);

        QCOMPARE(m_server.requests(m_server.downloadUrl()).size(), 1);
        QCOMPARE(m_server.requests(m_server.baseUrl()).size(), 2);
        QVERIFY(m_server.clearRequests());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void faultReplacesResponse()
    {
        QVERIFY(m_server.injectFault(QJsonObject{
            {QStringLiteral("match"), QStringLiteral("^/api/version$")},
            {QStringLiteral("status"), 500},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("error"), QStringLiteral("boom")}}},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("X-Fault"), QStringLiteral("yes")}}},
            {QStringLiteral("content_type"), QStringLiteral("application/problem+json")}}));
        const Reply reply = get(api(QStringLiteral("/api/version")));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.header("x-fault"), QByteArray("yes"));
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.body, QByteArray("{\"error\":\"boom\"}\n"));
        QCOMPARE(m_server.requests().at(0).toObject().value(QStringLiteral("status")).toInt(), 500);
    }

    void faultTimesMethodAndHost()
    {
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/health$")},
                                      {QStringLiteral("status"), 503},
                                      {QStringLiteral("times"), 2}}));
        QCOMPARE(get(api(QStringLiteral("/api/health"))).status, 503);
        QCOMPARE(get(api(QStringLiteral("/api/health"))).status, 503);
        QCOMPARE(get(api(QStringLiteral("/api/health"))).status, 200);

        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/health$")},
                                      {QStringLiteral("method"), QStringLiteral("post")},
                                      {QStringLiteral("status"), 418}}));
        QCOMPARE(get(api(QStringLiteral("/api/health"))).status, 200);
        QCOMPARE(send("POST", api(QStringLiteral("/api/health")), {}, "{}").status, 418);

        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/")},
                                      {QStringLiteral("host"), QStringLiteral("download")},
                                      {QStringLiteral("status"), 502}}));
        QCOMPARE(get(api(QStringLiteral("/readyz"))).status, 200);
        QCOMPARE(get(QUrl(m_server.downloadUrl().toString() +
                          QStringLiteral("/LatticeNet/lattice-node-agent/main/go.mod")))
                     .status,
                 502);

        const Reply listed = get(api(QStringLiteral("/_fixture/faults")));
        QCOMPARE(listed.array().size(), 2);
        QVERIFY(m_server.clearFaults());
        QCOMPARE(send("POST", api(QStringLiteral("/api/health")), {}, "{}").status, 200);
    }

    void faultDelaysResponse()
    {
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/health$")},
                                      {QStringLiteral("delay_ms"), 400}}));
        QElapsedTimer timer;
        timer.start();
        const Reply reply = get(api(QStringLiteral("/api/health")));
        QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\"status\":\"ok\"}\n"));
    }

    void faultTruncatesBody()
    {
        const Reply whole = get(api(QStringLiteral("/api/version")));
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/version$")},
                                      {QStringLiteral("truncate_after"), 10}}));
        bool closed = false;
        QByteArray rest;
        const QByteArray raw = exchange(
            m_server.baseUrl(), {"GET /api/version HTTP/1.1\r\nHost: x\r\n\r\n"}, 1, 0, &closed);
        QVERIFY(parseResponses(raw, &rest).isEmpty()); // never completes
        QVERIFY(closed);
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        QVERIFY(
            raw.left(headEnd).contains("Content-Length: " + QByteArray::number(whole.body.size())));
        QCOMPARE(raw.mid(headEnd + 4), whole.body.left(10));

        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/version$")},
                                      {QStringLiteral("truncate_after"), 10}}));
        QVERIFY(get(api(QStringLiteral("/api/version"))).error != QNetworkReply::NoError);
    }

    void faultStallsBody()
    {
        const Reply whole = get(api(QStringLiteral("/api/version")));
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/version$")},
                                      {QStringLiteral("stall_after"), 10}}));
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/version HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray raw;
        qsizetype headEnd = -1;
        while ((headEnd < 0 || raw.size() < headEnd + 4 + 10) && socket.waitForReadyRead(5000)) {
            raw += socket.readAll();
            headEnd = raw.indexOf("\r\n\r\n");
        }
        QVERIFY(headEnd > 0);
        QVERIFY(
            raw.left(headEnd).contains("Content-Length: " + QByteArray::number(whole.body.size())));
        QCOMPARE(raw.mid(headEnd + 4), whole.body.left(10));
        // Unlike truncate_after, the server neither sends more nor closes.
        QVERIFY(!socket.waitForReadyRead(300));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        QString error;
        QVERIFY(!m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/version$")},
                                       {QStringLiteral("stall_after"), 10},
                                       {QStringLiteral("truncate_after"), 10}},
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("not both")), qPrintable(error));
    }

    void faultOversizesBody()
    {
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("/releases$")},
                                      {QStringLiteral("oversize_bytes"), 600000}}));
        const Reply reply = get(api(AgentRepo + QStringLiteral("/releases")), githubHeaders());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), 600000);
        QCOMPARE(reply.header("content-length"), QByteArray("600000"));
        QVERIFY(reply.body.startsWith('[') && reply.body.endsWith(']'));
        QCOMPARE(QJsonDocument::fromJson(reply.body).array().size(), 0);
    }

    void faultRedirects()
    {
        const QString target = m_server.downloadUrl().toString() + QStringLiteral("/elsewhere?x=1");
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/health$")},
                                      {QStringLiteral("redirect_to"), target}}));
        const Reply reply = get(api(QStringLiteral("/api/health")));
        QCOMPARE(reply.status, 302);
        QCOMPARE(QString::fromLatin1(reply.header("location")), target);
    }

    void invalidFaultsAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("bad regex") << QJsonObject{{QStringLiteral("match"), QStringLiteral("(")}};
        QTest::newRow("typo") << QJsonObject{{QStringLiteral("match"), QStringLiteral("x")},
                                             {QStringLiteral("statuz"), 500}};
        QTest::newRow("host") << QJsonObject{{QStringLiteral("match"), QStringLiteral("x")},
                                             {QStringLiteral("host"), QStringLiteral("github")}};
        QTest::newRow("status") << QJsonObject{{QStringLiteral("match"), QStringLiteral("x")},
                                               {QStringLiteral("status"), 99}};
        QTest::newRow("times") << QJsonObject{{QStringLiteral("match"), QStringLiteral("x")},
                                              {QStringLiteral("times"), 0}};
        QTest::newRow("relative redirect")
            << QJsonObject{{QStringLiteral("match"), QStringLiteral("x")},
                           {QStringLiteral("redirect_to"), QStringLiteral("/x")}};
        QTest::newRow("no match") << QJsonObject{{QStringLiteral("status"), 500}};
    }

    void invalidFaultsAreRejected()
    {
        QFETCH(QJsonObject, fault);
        QString error;
        QVERIFY(!m_server.injectFault(fault, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(get(api(QStringLiteral("/_fixture/faults"))).array().size(), 0);
    }

    void resetClearsFaults()
    {
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/readyz$")},
                                      {QStringLiteral("status"), 500}}));
        QCOMPARE(get(api(QStringLiteral("/readyz"))).status, 500);
        QVERIFY(m_server.reset());
        QCOMPARE(get(api(QStringLiteral("/readyz"))).status, 200);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void pipelinedAndPartialRequests()
    {
        // Two requests in one write: two responses, in order, on one connection.
        bool closed = true;
        QByteArray raw = exchange(
            m_server.baseUrl(),
            {"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /readyz HTTP/1.1\r\nHost: x\r\n\r\n"},
            2, 0, &closed);
        QList<RawResponse> responses = parseResponses(raw);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).body, QByteArray("{\"status\":\"ok\"}\n"));
        QVERIFY(responses.at(1).body.contains("\"checks\""));
        QCOMPARE(responses.at(1).headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(!closed);

        // A request dribbled in pieces, body included.
        raw = exchange(m_server.baseUrl(),
                       {"POST /api/hea", "lth HTTP/1.1\r\nHo", "st: x\r\nContent-Len",
                        "gth: 11\r\n\r\nhello", " world"},
                       1, 60);
        responses = parseResponses(raw);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 200);

        // Chunked bodies are decoded before recording.
        raw = exchange(m_server.baseUrl(),
                       {"POST /api/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n"});
        QCOMPARE(parseResponses(raw).value(0).status, 200);

        // A delayed response still comes before the one pipelined behind it.
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("^/api/version$")},
                                      {QStringLiteral("delay_ms"), 200}}));
        raw = exchange(m_server.baseUrl(),
                       {"GET /api/version HTTP/1.1\r\nHost: x\r\n\r\nGET /api/health "
                        "HTTP/1.1\r\nHost: x\r\n\r\n"},
                       2);
        responses = parseResponses(raw);
        QCOMPARE(responses.size(), 2);
        QVERIFY(responses.at(0).body.contains("server_commit"));
        QCOMPARE(responses.at(1).body, QByteArray("{\"status\":\"ok\"}\n"));

        const QJsonArray recorded = m_server.requests();
        QCOMPARE(recorded.size(), 6);
        QCOMPARE(recorded.at(2).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("hello world"));
        QCOMPARE(recorded.at(3).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("hello world"));
    }

    void connectionPersistence()
    {
        bool closed = false;
        QByteArray raw =
            exchange(m_server.baseUrl(), {"GET /api/health HTTP/1.0\r\n\r\n"}, 1, 0, &closed);
        QCOMPARE(parseResponses(raw).value(0).headers.value("connection"), QByteArray("close"));
        QVERIFY(closed);
        raw = exchange(m_server.baseUrl(),
                       {"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"}, 1, 0,
                       &closed);
        QCOMPARE(parseResponses(raw).value(0).status, 200);
        QVERIFY(closed);
        raw = exchange(m_server.baseUrl(), {"HEAD /api/version HTTP/1.1\r\nHost: x\r\n\r\n"}, 1, 0,
                       &closed, true);
        QVERIFY(!closed);
        QVERIFY(raw.endsWith("\r\n\r\n")); // headers only
        QVERIFY(raw.contains("Content-Length: "));
    }

    void malformedRequestsGetClientErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x01\x02\x00\xff\xfe\r\n\r\n", 9) << 400;
        QTest::newRow("no host") << QByteArray("GET /api/health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts")
            << QByteArray("GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET /api/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("bad version")
            << QByteArray("GET /api/health HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("space in header name")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n") << 400;
        QTest::newRow("bad length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n")
            << 400;
        QTest::newRow("gzip coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400;
        QTest::newRow("body too large")
            << QByteArray("POST /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 9437184\r\n\r\n")
            << 413;
        QTest::newRow("chunk too large")
            << QByteArray("POST /api/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n900000\r\n")
            << 413;
        QTest::newRow("request line too long") << ("GET /" + QByteArray(9000, 'a')) << 414;
        QTest::newRow("fragment") << QByteArray("GET /api/health#x HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << 400;
    }

    void malformedRequestsGetClientErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        bool closed = false;
        const QList<RawResponse> responses =
            parseResponses(exchange(m_server.baseUrl(), {request}, 1, 0, &closed));
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().status, status);
        QCOMPARE(responses.first().headers.value("connection"), QByteArray("close"));
        QVERIFY(closed);
        // The server survives and malformed requests are not recorded.
        QCOMPARE(get(api(QStringLiteral("/api/health"))).status, 200);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY(m_server.isRunning());
    }

    void stopsCleanlyOnTerminate()
    {
        FixtureServerProcess other;
        QString error;
        QVERIFY2(other.start({}, &error), qPrintable(error));
        // A second instance gets its own free ports.
        QVERIFY(other.baseUrl().port() != m_server.baseUrl().port());
        QCOMPARE(get(QUrl(other.baseUrl().toString() + QStringLiteral("/api/health"))).status, 200);
        other.stop();
        QVERIFY(!other.isRunning());
        QVERIFY(!other.baseUrl().isValid());
    }
};

QTEST_GUILESS_MAIN(TestFixtureServer)
#include "tst_fixtureserver.moc"
