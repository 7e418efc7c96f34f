#include "AgentReleaseLoader.h"
#include "ArtifactDownloader.h"
#include "CleanupPreview.h"
#include "DocsLaneLoader.h"
#include "FixtureServerProcess.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "LatticeClient.h"
#include "PluginIndexFetcher.h"
#include "PolicyDraftStore.h"
#include "RegistryClient.h"
#include "ReleaseOrderService.h"
#include "SdkOrderLoader.h"
#include "Store.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Lattice;
using Net::HttpResponse;

namespace {

const QString kAgentRepo = QStringLiteral("LatticeNet/lattice-node-agent");
const QString kSdkRepo = QStringLiteral("LatticeNet/lattice-sdk");
const QString kServerRepo = QStringLiteral("LatticeNet/lattice-server");
const QString kDocsRepo = QStringLiteral("LatticeNet/latticenet.github.io");
const QString kMaintainer = QStringLiteral("ghp_LatticeFixtureMaintainer0000000000");
const QString kPackagesReader = QStringLiteral("ghp_LatticeFixturePackagesReader00000000");
const QString kLatticeAdmin =
    QStringLiteral("token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw");
const QString kAsset = QStringLiteral("lattice-agent-linux-amd64");
const QString kTag = QStringLiteral("v0.2.9");

// Short enough that a stalled server costs the test little, long enough
// that a loopback answer under a sanitizer never trips it.
constexpr int kIdleTimeoutMs = 500;
constexpr int kStallMs = 3000; // how long the fixture sits on a stalled answer
constexpr int kRetryBaseMs = 10;
constexpr int kRetryCapMs = 60;
constexpr int kRetryAfterSeconds = 1;
constexpr int kStormLength = 2; // 429s before the storm passes
constexpr int kTruncateAfter = 16;
const int kMaxAttempts = Net::HttpLimits{}.maxAttempts;

// Every client in app/ that talks to a server the desk does not control,
// each at one exchange of its real flow.
enum class Client {
    GitHubLatest,     // GitHubClient: GET releases/latest
    AgentReleases,    // AgentReleaseLoader: the release list
    AgentChecksums,   // AgentReleaseLoader: one SHA256SUMS on the download host
    SdkContents,      // SdkOrderLoader: go.mod at every agent tag (contents API)
    DocsContents,     // DocsLaneLoader: one release-notes page (contents API)
    PluginIndex,      // PluginIndexFetcher
    PackageVersions,  // CleanupPreview: the GitHub Packages API
    GhcrToken,        // RegistryClient: GHCR's token endpoint
    LatticeVersion,   // LatticeClient: GET /api/version
    LatticeNodes,     // LatticeClient: GET /api/nodes
    LatticePush,      // LatticeClient: POST a policy
    LatticePlan,      // LatticeClient: POST a plan after a push
    LatticeApprovals, // LatticeClient: GET approvals after a plan
    ArtifactAsset,    // ArtifactDownloader: the binary on the download host
};

const QList<std::pair<Client, const char*>> kClients = {
    {Client::GitHubLatest, "github latest release"},
    {Client::AgentReleases, "agent release list"},
    {Client::AgentChecksums, "agent SHA256SUMS"},
    {Client::SdkContents, "sdk go.mod"},
    {Client::DocsContents, "docs page"},
    {Client::PluginIndex, "plugin index"},
    {Client::PackageVersions, "package versions"},
    {Client::GhcrToken, "ghcr token"},
    {Client::LatticeVersion, "lattice version"},
    {Client::LatticeNodes, "lattice nodes"},
    {Client::LatticePush, "lattice push"},
    {Client::LatticePlan, "lattice plan"},
    {Client::LatticeApprovals, "lattice approvals"},
    {Client::ArtifactAsset, "artifact binary"},
};

enum class Hostile {
    Slow,              // answers after the client's idle timeout
    Truncated,         // headers promise more bytes than arrive
    Oversize,          // one byte over the client's cap for that answer
    WrongType,         // the real body labelled text/html
    HtmlPage,          // a 200 HTML page instead (captive portal, login page)
    RateLimitPasses,   // kStormLength 429s with Retry-After, then the real answer
    RateLimitPersists, // 429 without Retry-After, for ever
};

const QList<std::pair<Hostile, const char*>> kHostile = {
    {Hostile::Slow, "slow"},
    {Hostile::Truncated, "truncated"},
    {Hostile::Oversize, "oversize"},
    {Hostile::WrongType, "wrong content type"},
    {Hostile::HtmlPage, "html page"},
    {Hostile::RateLimitPasses, "429 storm that passes"},
    {Hostile::RateLimitPersists, "429 storm that persists"},
};

// What the error must say, so a maintainer knows what went wrong.
QString keywordFor(Hostile h)
{
    switch (h) {
    case Hostile::Slow:
        return QStringLiteral("timed out");
    case Hostile::Truncated:
        return QStringLiteral("truncated");
    case Hostile::Oversize:
        return QStringLiteral("too large");
    case Hostile::WrongType:
    case Hostile::HtmlPage:
        return QStringLiteral("text/html");
    case Hostile::RateLimitPersists:
        return QStringLiteral("429");
    case Hostile::RateLimitPasses:
        break;
    }
    return {};
}

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The non-empty parts, so an empty answer reads as nothing at all.
QString joined(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

bool waitFor(const bool& flag)
{
    return QTest::qWaitFor([&flag] { return flag; }, 60000);
}

// One run of a client: the error it reported (empty on success) and a
// digest of what it made of the answers, to compare with a clean run.
struct Outcome
{
    bool finished = false;
    QString error;
    QString result;
};

// The desk's local state for one test row: the store and the directory
// verified downloads go to.
struct Desk
{
    QTemporaryDir dir;
    Store store;
    QString storePath() const { return dir.filePath(QStringLiteral("desk.sqlite")); }
    QString artifacts() const { return dir.filePath(QStringLiteral("artifacts")); }
    bool open() { return dir.isValid() && QDir().mkpath(artifacts()) && store.open(storePath()); }
};

// Every row of every table, with blobs as size and hash, sorted: equal
// before and after means the store was not touched.
QMap<QString, QStringList> storeRows(const Store& store)
{
    QMap<QString, QStringList> tables;
    QSqlQuery names(store.database());
    names.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QStringList rows;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.typeId() == QMetaType::QByteArray ? QStringLiteral("blob:%1:%2")
                                                                    .arg(v.toByteArray().size())
                                                                    .arg(hexOf(v.toByteArray()))
                                                              : v.toString());
            }
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        tables.insert(table, rows);
    }
    return tables;
}

// Every entry under dir (hidden ones too: a temporary file left behind is a
// change) with its size, permissions and hash.
QStringList dirListing(const QString& dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line =
            QDir(dir).relativeFilePath(path) +
            QStringLiteral(" %1 %2").arg(info.size()).arg(int(info.permissions()), 0, 16);
        QFile f(path);
        if (info.isFile() && f.open(QIODevice::ReadOnly))
            line += QLatin1Char(' ') + hexOf(f.readAll());
        entries << line;
    }
    entries.sort();
    return entries;
}

// What the tables say that differs, for a failure message.
QString describeDifference(const QMap<QString, QStringList>& before,
                           const QMap<QString, QStringList>& after)
{
    QStringList lines;
    QSet<QString> tables(before.keyBegin(), before.keyEnd());
    for (const QString& t : after.keys())
        tables.insert(t);
    for (const QString& table : tables) {
        const QStringList a = before.value(table);
        const QStringList b = after.value(table);
        if (a == b)
            continue;
        QStringList gone;
        QStringList added;
        for (const QString& row : a) {
            if (!b.contains(row))
                gone << row.left(160);
        }
        for (const QString& row : b) {
            if (!a.contains(row))
                added << row.left(160);
        }
        lines << QStringLiteral("%1: -%2 +%3\n  - %4\n  + %5")
                     .arg(table)
                     .arg(gone.size())
                     .arg(added.size())
                     .arg(gone.join(QStringLiteral("\n  - ")),
                          added.join(QStringLiteral("\n  + ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Issue #9, "Hostile network": every network client of the desk against a
// fixture server that answers slowly, truncates, sends too much, sends the
// wrong kind of document, or rate-limits, and a 500 in the middle of every
// multi-request flow. Asserted on the receiving side where it matters: the
// fixture records every request that reached it, so retries are counted
// where they arrive, not where they were meant.
class TestHostileNetwork : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;
    QJsonObject m_pluginIndex;
    qint64 m_sumsAssetId = 0;
    qint64 m_binaryAssetId = 0;
    qint64 m_binarySize = 0;

    struct Clean
    {
        Outcome outcome;
        int requests = 0;
    };
    QHash<int, Clean> m_clean; // per client: a run without faults

    QUrl api(const QString& path = {}) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        return url;
    }

    static void tune(Net::HttpSession& session)
    {
        session.setRetryDelays(kRetryBaseMs, kRetryCapMs);
        session.setTimeoutCaps(kIdleTimeoutMs, 0);
    }

    bool fault(QJsonObject f)
    {
        QString error;
        const bool ok = m_server.injectFault(f, &error);
        if (!ok)
            qWarning() << "fault refused:" << error << f;
        return ok;
    }

    // The path (a regular expression) and host where the client gets the
    // hostile answer, and the cap the client sets for it.
    struct Target
    {
        QString match;
        QString host = QStringLiteral("api");
        QString method;
        qint64 cap = 0;
        bool idempotent = true; // a GET: replayed after a time-out or a cut
        bool streamed = false;  // a body written to a file: a cut one is not replayed
        // The path the client asks for, which its retries name: a download
        // host path is reached through a redirect from github.com's link.
        QString asked;
    };

    Target target(Client c) const
    {
        Target t;
        switch (c) {
        case Client::GitHubLatest:
            t.match = QStringLiteral("^/repos/%1/releases/latest$").arg(kAgentRepo);
            t.cap = GitHubClient::kMaxBodyBytes;
            break;
        case Client::AgentReleases:
            t.match = QStringLiteral("^/repos/%1/releases$").arg(kAgentRepo);
            t.cap = GitHubClient::kMaxBodyBytes;
            break;
        case Client::AgentChecksums:
            t.match = QStringLiteral("^/github-production-release-asset/%1$").arg(m_sumsAssetId);
            t.host = QStringLiteral("download");
            t.asked = QStringLiteral("^/%1/releases/download/%2/SHA256SUMS$").arg(kAgentRepo, kTag);
            t.cap = AgentReleaseLoader::kChecksumFileLimit;
            break;
        case Client::SdkContents:
            t.match = QStringLiteral("^/repos/%1/contents/go\\.mod$").arg(kAgentRepo);
            t.cap = GitHubClient::kMaxBodyBytes;
            break;
        case Client::DocsContents:
            t.match = QStringLiteral("^/repos/%1/contents/docs/developers/release-0\\.2\\.1\\.md$")
                          .arg(QRegularExpression::escape(kDocsRepo));
            t.cap = GitHubClient::kMaxBodyBytes;
            break;
        case Client::PluginIndex:
            t.match = QStringLiteral("^/plugins/index\\.json$");
            t.cap = PluginIndexFetcher::MaxIndexBytes;
            break;
        case Client::PackageVersions:
            t.match =
                QStringLiteral("^/orgs/LatticeNet/packages/container/lattice-server/versions$");
            t.cap = GitHubClient::kMaxBodyBytes;
            break;
        case Client::GhcrToken:
            t.match = QStringLiteral("^/token$");
            t.cap = RegistryClient::kMaxTokenBytes;
            break;
        case Client::LatticeVersion:
            t.match = QStringLiteral("^/api/version$");
            t.cap = Server::LatticeClient::kMaxBodyBytes;
            break;
        case Client::LatticeNodes:
            t.match = QStringLiteral("^/api/nodes$");
            t.cap = Server::LatticeClient::kMaxBodyBytes;
            break;
        case Client::LatticePush:
            t.match = QStringLiteral("^/api/nodes/agent-updates$");
            t.method = QStringLiteral("POST");
            t.cap = Server::LatticeClient::kMaxBodyBytes;
            t.idempotent = false;
            break;
        case Client::LatticePlan:
            t.match = QStringLiteral("^/api/nodes/agent-updates/plan$");
            t.method = QStringLiteral("POST");
            t.cap = Server::LatticeClient::kMaxBodyBytes;
            t.idempotent = false;
            break;
        case Client::LatticeApprovals:
            t.match = QStringLiteral("^/api/network/approvals$");
            t.cap = Server::LatticeClient::kMaxBodyBytes;
            break;
        case Client::ArtifactAsset:
            t.match = QStringLiteral("^/github-production-release-asset/%1$").arg(m_binaryAssetId);
            t.host = QStringLiteral("download");
            t.asked = QStringLiteral("^/%1/releases/download/%2/%3$").arg(kAgentRepo, kTag, kAsset);
            // The release says how large the binary is; more is not that binary.
            t.cap = m_binarySize;
            t.streamed = true;
            break;
        }
        if (t.asked.isEmpty())
            t.asked = t.match;
        return t;
    }

    QJsonObject where(const Target& t) const
    {
        QJsonObject f{{QStringLiteral("match"), t.match}, {QStringLiteral("host"), t.host}};
        if (!t.method.isEmpty())
            f.insert(QStringLiteral("method"), t.method);
        return f;
    }

    // The fixture has no route for a plugin index (the real one is a file on
    // GitHub); a fault stands in for it, and hostile decorations join it.
    QJsonObject pluginIndexAnswer(const Target& t) const
    {
        QJsonObject f = where(t);
        f.insert(QStringLiteral("body"), m_pluginIndex);
        return f;
    }

    // The registry's side of the token dance, played by the fixture: one 401
    // with a Bearer challenge naming the fixture's GHCR token endpoint, then
    // the tag list for whoever comes back with a token.
    bool registryStandIn(const QJsonObject& tagList = {})
    {
        const QString tags = QStringLiteral("^/v2/latticenet/lattice-server/tags/list$");
        return fault({{QStringLiteral("match"), tags},
                      {QStringLiteral("times"), 1},
                      {QStringLiteral("status"), 401},
                      {QStringLiteral("body"),
                       QJsonObject{{QStringLiteral("errors"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")},
                                        {QStringLiteral("message"),
                                         QStringLiteral("authentication required")}}}}}},
                      {QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("WWW-Authenticate"),
                                    QStringLiteral("Bearer realm=\"%1\",service=\"ghcr.io\","
                                                   "scope=\"repository:latticenet/"
                                                   "lattice-server:pull\"")
                                        .arg(api(QStringLiteral("/token")).toString())}}}}) &&
               fault(!tagList.isEmpty()
                         ? tagList
                         : QJsonObject{{QStringLiteral("match"), tags},
                                       {QStringLiteral("body"),
                                        QJsonObject{{QStringLiteral("name"),
                                                     QStringLiteral("latticenet/lattice-server")},
                                                    {QStringLiteral("tags"),
                                                     QJsonArray{QStringLiteral("0.2.1"),
                                                                QStringLiteral("latest")}}}}});
    }

    // The release-order service (SDK and docs lanes), which owns its session,
    // its store connection and the lane's snapshot. Its errors are the
    // report's; the result is what the lanes show, errors aside.
    Outcome runReleaseOrder(ReleaseOrderService& service)
    {
        Outcome out;
        service.setEndpoint(
            {api(), kSdkRepo, kServerRepo, kAgentRepo, kDocsRepo, true, kMaintainer});
        QObject scope;
        connect(&service, &ReleaseOrderService::reportChanged, &scope,
                [&](const ReleaseOrderReport& report, bool fromSnapshot) {
                    if (fromSnapshot)
                        return;
                    QStringList errors;
                    for (const QString& e : {report.sdkError, report.docsError}) {
                        if (!e.isEmpty())
                            errors << e;
                    }
                    out.error = errors.join(QLatin1Char('\n'));
                    QJsonObject shown = report.toJson();
                    shown.remove(QStringLiteral("sdk_error"));
                    shown.remove(QStringLiteral("docs_error"));
                    out.result = QString::fromUtf8(QJsonDocument(shown).toJson());
                    out.finished = true;
                });
        service.refresh();
        waitFor(out.finished);
        return out;
    }

    // Installs the hostile answer h for client c (and what the client needs
    // from the fixture besides).
    bool inject(Client c, Hostile h)
    {
        const Target t = target(c);
        QJsonObject f = where(t);
        const bool decorates =
            h == Hostile::Slow || h == Hostile::Truncated || h == Hostile::WrongType;
        if (c == Client::PluginIndex && decorates)
            f = pluginIndexAnswer(t);
        switch (h) {
        case Hostile::Slow:
            f.insert(QStringLiteral("delay_ms"), kStallMs);
            break;
        case Hostile::Truncated:
            f.insert(QStringLiteral("truncate_after"), kTruncateAfter);
            break;
        case Hostile::Oversize:
            // Once: where a path is asked for at many tags (go.mod), sixteen
            // MiB each would only measure the loopback.
            f.insert(QStringLiteral("oversize_bytes"), double(t.cap + 1));
            f.insert(QStringLiteral("times"), 1);
            break;
        case Hostile::WrongType:
            f.insert(QStringLiteral("content_type"), QStringLiteral("text/html; charset=utf-8"));
            break;
        case Hostile::HtmlPage:
            f.insert(QStringLiteral("status"), 200);
            f.insert(QStringLiteral("body"),
                     QStringLiteral("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                    "<body><form action=\"/login\"></form></body></html>"));
            f.insert(QStringLiteral("content_type"), QStringLiteral("text/html; charset=utf-8"));
            break;
        case Hostile::RateLimitPasses:
            f.insert(QStringLiteral("status"), 429);
            f.insert(QStringLiteral("times"), kStormLength);
            f.insert(QStringLiteral("body"),
                     QJsonObject{{QStringLiteral("message"), QStringLiteral("slow down")}});
            f.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"),
                                                             QString::number(kRetryAfterSeconds)}});
            break;
        case Hostile::RateLimitPersists:
            // The Lattice server's own 429 carries no Retry-After (§5).
            f.insert(QStringLiteral("status"), 429);
            break;
        }
        if (!fault(f))
            return false;
        if (c == Client::PluginIndex && !decorates && !fault(pluginIndexAnswer(t)))
            return false;
        if (c == Client::GhcrToken && !registryStandIn())
            return false;
        return true;
    }

    int recorded(const Target& t) const
    {
        const QRegularExpression match(t.match);
        int n = 0;
        const QUrl host =
            t.host == QLatin1String("download") ? m_server.downloadUrl() : m_server.baseUrl();
        for (const QJsonValue& v : m_server.requests(host)) {
            const QJsonObject r = v.toObject();
            if (match.match(r.value(QStringLiteral("path")).toString()).hasMatch() &&
                (t.method.isEmpty() || r.value(QStringLiteral("method")).toString() == t.method))
                ++n;
        }
        return n;
    }

    // "path?query", decoded, of the requests that got the hostile answer:
    // the first `limit` to reach the target, or all of them.
    QStringList hostileRequests(const Target& t, int limit) const
    {
        const QRegularExpression match(t.match);
        QStringList hit;
        const QUrl host =
            t.host == QLatin1String("download") ? m_server.downloadUrl() : m_server.baseUrl();
        for (const QJsonValue& v : m_server.requests(host)) {
            const QString path = v[QStringLiteral("path")].toString();
            if (!match.match(path).hasMatch() ||
                (!t.method.isEmpty() && v[QStringLiteral("method")].toString() != t.method))
                continue;
            if (limit >= 0 && hit.size() >= limit)
                break;
            hit << QUrl::fromPercentEncoding(
                (path + QLatin1Char('?') + v[QStringLiteral("query")].toString()).toLatin1());
        }
        return hit;
    }

    // The same for an http_cache key: a URL, or an immutable file's key.
    static QString requestOfCacheKey(const QString& key)
    {
        if (key.startsWith(QLatin1String("immutable:")))
            return QUrl::fromPercentEncoding(
                key.mid(10).section(QLatin1Char('#'), 0, 0).toLatin1());
        const QUrl url(key);
        return url.path(QUrl::FullyDecoded) + QLatin1Char('?') + url.query(QUrl::FullyDecoded);
    }

    // A GET on the fixture's API, for what the test needs to know up front.
    QJsonDocument apiGet(const QString& path)
    {
        Net::HttpSession session;
        Net::HttpRequest request;
        request.url = api(path);
        request.allowInsecureLoopback = true;
        request.authorization = "Bearer " + kMaintainer.toLatin1();
        Net::HttpJob* job = session.send(request);
        QSignalSpy done(job, &Net::HttpJob::finished);
        if (!done.wait(20000))
            return {};
        return QJsonDocument::fromJson(done.first().first().value<HttpResponse>().body);
    }

    GitHubClient* github(Net::HttpSession& session, Desk* desk, const QString& token,
                         QObject* parent) const
    {
        auto* client = new GitHubClient(&session, api(), true, parent);
        client->setToken(token);
        if (desk)
            client->setStore(&desk->store);
        return client;
    }

    // --- the clients, each in the flow the desk runs ---------------------

    static QString agentSummary(const AgentReleaseLoader& loader)
    {
        if (loader.reports().isEmpty())
            return {};
        QStringList lines;
        for (const Agent::ReleaseReport& r : loader.reports())
            lines << r.release.tag + QLatin1Char(':') + r.problems.join(QLatin1Char(';'));
        return lines.join(QLatin1Char('\n')) + QStringLiteral("\nlatest=") +
               loader.latest().serverTag.value_or(QString());
    }

    Outcome runAgentReleases(Net::HttpSession& session, Desk* desk, bool checksumErrors,
                             int pageSize = 100)
    {
        Outcome out;
        QObject scope;
        AgentReleaseLoader loader(github(session, desk, kMaintainer, &scope), kAgentRepo);
        loader.setPageSize(pageSize);
        connect(&loader, &AgentReleaseLoader::finished, &scope, [&](const QString& error) {
            out.error = error;
            out.result = agentSummary(loader);
            // A checksum that could not be fetched is not a lane error; the
            // release's report says it, and so must the reason.
            if (checksumErrors && error.isEmpty()) {
                QStringList problems;
                for (const Agent::ReleaseReport& r : loader.reports()) {
                    for (const QString& p : r.problems) {
                        if (p.contains(QLatin1String("could not be downloaded")))
                            problems << p;
                    }
                }
                out.error = problems.join(QLatin1Char('\n'));
            }
            out.finished = true;
        });
        loader.start();
        waitFor(out.finished);
        return out;
    }

    Outcome runSdk(Net::HttpSession& session, Desk* desk)
    {
        Outcome out;
        QObject scope;
        SdkOrderLoader loader(github(session, desk, kMaintainer, &scope),
                              {kSdkRepo, kServerRepo, kAgentRepo});
        if (desk)
            loader.setStore(&desk->store);
        connect(&loader, &SdkOrderLoader::finished, &scope, [&](const QString& error) {
            out.error = error;
            QStringList lines;
            for (const Sdk::Verdict& v : loader.verdicts())
                lines << QStringLiteral("%1@%2 %3 %4")
                             .arg(v.repo, v.tag, v.requirement)
                             .arg(int(v.gate));
            out.result = lines.join(QLatin1Char('\n'));
            out.finished = true;
        });
        loader.start();
        waitFor(out.finished);
        return out;
    }

    Outcome runDocs(Net::HttpSession& session, Desk* desk)
    {
        Outcome out;
        QObject scope;
        DocsLaneLoader loader(github(session, desk, kMaintainer, &scope), kDocsRepo);
        connect(&loader, &DocsLaneLoader::finished, &scope, [&](const QString& error) {
            out.error = error;
            QStringList lines{loader.latestCommit().sha};
            for (const Docs::ReleasePage& p : loader.pages())
                lines << p.path + QLatin1Char(' ') + p.line;
            out.result = lines.join(QLatin1Char('\n'));
            out.finished = true;
        });
        loader.start();
        waitFor(out.finished);
        return out;
    }

    Outcome runGitHubLatest(Net::HttpSession& session, Desk* desk)
    {
        Outcome out;
        QObject scope;
        github(session, desk, kMaintainer, &scope)
            ->get(QStringLiteral("/repos/%1/releases/latest").arg(kAgentRepo), {},
                  [&](const QJsonDocument& doc, const GitHubClient::Error& e) {
                      out.error = e.message;
                      out.result = doc[QStringLiteral("tag_name")].toString();
                      out.finished = true;
                  });
        waitFor(out.finished);
        return out;
    }

    Outcome runPluginIndex(Net::HttpSession& session)
    {
        Outcome out;
        PluginIndexFetcher fetcher(&session);
        connect(&fetcher, &PluginIndexFetcher::fetched, &fetcher, [&](const QByteArray& bytes) {
            out.result = hexOf(bytes);
            out.finished = true;
        });
        connect(&fetcher, &PluginIndexFetcher::failed, &fetcher, [&](const QString& error) {
            out.error = error;
            out.finished = true;
        });
        fetcher.fetch(api(QStringLiteral("/plugins/index.json")), true);
        waitFor(out.finished);
        return out;
    }

    Outcome runCleanupPreview(Net::HttpSession& session, Desk* desk)
    {
        Outcome out;
        QObject scope;
        // The registry inspection that follows is not under test: the
        // fixture stands in for the registry and knows no manifests, so
        // every tag reads as unreadable, the same way every run.
        RegistryClient registry(&session, api(), QStringLiteral("latticenet/lattice-server"), true);
        if (desk)
            registry.setStore(&desk->store);
        CleanupPreview preview(github(session, desk, kPackagesReader, &scope), &registry);
        connect(&preview, &CleanupPreview::finished, &scope, [&](const QString& error) {
            const Oci::CleanupPlan& plan = preview.plan();
            out.error = error;
            if (error.isEmpty())
                out.result = QStringLiteral("tags=%1 unreadable=%2 keep=%3 remove=%4")
                                 .arg(plan.tags.size())
                                 .arg(plan.unreadableTags.size())
                                 .arg(plan.keep.size())
                                 .arg(plan.remove.size());
            out.finished = true;
        });
        preview.start(QStringLiteral("LatticeNet"), QStringLiteral("lattice-server"), 5);
        waitFor(out.finished);
        return out;
    }

    Outcome runRegistryTags(Net::HttpSession& session, Desk* desk)
    {
        Outcome out;
        RegistryClient registry(&session, api(), QStringLiteral("latticenet/lattice-server"), true);
        if (desk)
            registry.setStore(&desk->store);
        registry.listTags([&](const QStringList& tags, const RegistryClient::Error& e) {
            out.error = e.message;
            out.result = tags.join(QLatin1Char(','));
            out.finished = true;
        });
        waitFor(out.finished);
        return out;
    }

    static Server::UpdatePolicy officialPolicy()
    {
        Server::UpdatePolicy p;
        p.nodeId = QStringLiteral("edge-fra-2"); // 0.2.8 on linux aarch64
        p.targetVersion = QStringLiteral("0.2.9");
        return p;
    }

    // The Policies page's flow, as far as step: version, nodes, push, plan,
    // approvals. Every earlier step must succeed; the outcome is the last.
    Outcome runLattice(Net::HttpSession& session, Client last)
    {
        Outcome out;
        Server::LatticeClient client(&session, api(), true);
        client.setToken(kLatticeAdmin);
        bool stepDone = false;
        auto step = [&](const QString& error, const QString& result) {
            out.error = error;
            out.result = result;
            stepDone = true;
        };
        const auto next = [&](Client c) {
            out.finished = !out.error.isEmpty() || c == last;
            return !out.finished;
        };

        client.version([&](const Server::ServerVersion& v, const Server::ServerError& e) {
            step(e ? e.describe() : QString(), joined({v.serverVersion, v.serverCommit}));
        });
        if (!waitFor(stepDone) || !next(Client::LatticeVersion))
            return out;
        stepDone = false;
        client.nodes([&](const QList<Server::ServerNode>& nodes, const Server::ServerError& e) {
            QStringList ids;
            for (const Server::ServerNode& n : nodes)
                ids << n.id + QLatin1Char('=') + n.agentVersion;
            step(e ? e.describe() : QString(), ids.join(QLatin1Char(',')));
        });
        if (!waitFor(stepDone) || !next(Client::LatticeNodes))
            return out;
        stepDone = false;
        client.pushPolicy(
            officialPolicy(), [&](const Server::UpdatePolicy& p, const Server::ServerError& e) {
                step(e ? e.describe() : QString(), joined({p.nodeId, p.targetVersion}));
            });
        if (!waitFor(stepDone) || !next(Client::LatticePush))
            return out;
        stepDone = false;
        client.plan(officialPolicy().nodeId, false,
                    [&](const Server::UpdateApproval& a, const Server::ServerError& e) {
                        step(e ? e.describe() : QString(),
                             joined({a.nodeId, a.statusText,
                                     a.plan.isEmpty() ? QString() : hexOf(a.plan.toUtf8())}));
                    });
        if (!waitFor(stepDone) || !next(Client::LatticePlan))
            return out;
        stepDone = false;
        client.approvals(
            false, [&](const QList<Server::UpdateApproval>& rows, const Server::ServerError& e) {
                QStringList lines;
                for (const Server::UpdateApproval& a : rows)
                    lines << a.nodeId + QLatin1Char(' ') + a.statusText;
                step(e ? e.describe() : QString(), lines.join(QLatin1Char(',')));
            });
        waitFor(stepDone);
        out.finished = true;
        return out;
    }

    Outcome runDownload(Net::HttpSession& session, Desk& desk)
    {
        Outcome out;
        QObject scope;
        ArtifactDownloader downloader(github(session, &desk, kMaintainer, &scope));
        downloader.setStore(&desk.store);
        connect(&downloader, &ArtifactDownloader::finished, &scope, [&] {
            if (downloader.outcome() == ArtifactDownloader::Outcome::Verified)
                out.result = QString::fromLatin1(downloader.actualSha256());
            else
                out.error = downloader.message();
            out.finished = true;
        });
        downloader.start(kAgentRepo, kTag, kAsset, desk.artifacts());
        waitFor(out.finished);
        return out;
    }

    Outcome run(Client c, Net::HttpSession& session, Desk& desk)
    {
        switch (c) {
        case Client::GitHubLatest:
            return runGitHubLatest(session, &desk);
        case Client::AgentReleases:
            return runAgentReleases(session, &desk, false);
        case Client::AgentChecksums:
            return runAgentReleases(session, &desk, true);
        case Client::SdkContents:
            return runSdk(session, &desk);
        case Client::DocsContents:
            return runDocs(session, &desk);
        case Client::PluginIndex:
            return runPluginIndex(session);
        case Client::PackageVersions:
            return runCleanupPreview(session, &desk);
        case Client::GhcrToken:
            return runRegistryTags(session, &desk);
        case Client::LatticeVersion:
        case Client::LatticeNodes:
        case Client::LatticePush:
        case Client::LatticePlan:
        case Client::LatticeApprovals:
            return runLattice(session, c);
        case Client::ArtifactAsset:
            return runDownload(session, desk);
        }
        return {};
    }

    // A run without faults: what the client makes of the fixture's real
    // answers, and how many requests reach the target.
    Clean clean(Client c)
    {
        const auto found = m_clean.constFind(int(c));
        if (found != m_clean.constEnd())
            return *found;
        Clean result;
        Desk desk;
        if (!m_server.reset() || !desk.open())
            return result;
        if (c == Client::PluginIndex && !fault(pluginIndexAnswer(target(c))))
            return result;
        if (c == Client::GhcrToken && !registryStandIn())
            return result;
        Net::HttpSession session;
        tune(session);
        result.outcome = run(c, session, desk);
        result.requests = recorded(target(c));
        m_clean.insert(int(c), result);
        return result;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<HttpResponse>();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));

        QFile index(Test::sharedDir() + QStringLiteral("/data/plugin-index/plugins.json"));
        QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.fileName()));
        m_pluginIndex = QJsonDocument::fromJson(index.readAll()).object();
        QVERIFY(!m_pluginIndex.isEmpty());

        const QJsonObject release =
            apiGet(QStringLiteral("/repos/%1/releases/tags/%2").arg(kAgentRepo, kTag)).object();
        for (const QJsonValue& a : release.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject asset = a.toObject();
            const QString name = asset.value(QStringLiteral("name")).toString();
            if (name == QLatin1String("SHA256SUMS"))
                m_sumsAssetId = qint64(asset.value(QStringLiteral("id")).toDouble());
            if (name == kAsset) {
                m_binaryAssetId = qint64(asset.value(QStringLiteral("id")).toDouble());
                m_binarySize = qint64(asset.value(QStringLiteral("size")).toDouble());
            }
        }
        QVERIFY(m_sumsAssetId > 0 && m_binaryAssetId > 0 && m_binarySize > 0);
    }

    void init() { QVERIFY(m_server.reset()); }

    // Every client with every hostile answer: a clear error that names the
    // failure (or, for a storm that passes, exactly what a clean run gives),
    // the retries the rules allow and no more, counted where they arrive, and
    // nothing of the hostile answer kept on disk.
    void hostileAnswersAreHandled_data()
    {
        QTest::addColumn<int>("client");
        QTest::addColumn<int>("hostile");
        for (const auto& [c, clientName] : kClients) {
            for (const auto& [h, hostileName] : kHostile)
                QTest::addRow("%s: %s", clientName, hostileName) << int(c) << int(h);
        }
    }

    void hostileAnswersAreHandled()
    {
        QFETCH(int, client);
        QFETCH(int, hostile);
        const Client c = Client(client);
        const Hostile h = Hostile(hostile);
        const Target t = target(c);

        const Clean baseline = clean(c);
        QVERIFY2(baseline.outcome.finished && baseline.outcome.error.isEmpty(),
                 qPrintable(QStringLiteral("a clean run failed: ") + baseline.outcome.error));
        QVERIFY(!baseline.outcome.result.isEmpty());
        QVERIFY(baseline.requests > 0);

        QVERIFY(m_server.reset());
        Desk desk;
        QVERIFY(desk.open());
        Net::HttpSession session;
        tune(session);
        // A verified copy of the binary is already there: a failed download
        // must leave it exactly as it was.
        if (c == Client::ArtifactAsset) {
            const Outcome first = run(c, session, desk);
            QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
            QVERIFY(m_server.clearRequests());
        }
        const QStringList filesBefore = dirListing(desk.artifacts());

        if (h == Hostile::Slow) {
            // The whole exchange is held to one idle timeout as well, so a
            // stalled answer ends after one attempt rather than four: what
            // is under test is the client's error, and the retry rule is
            // HttpSession's, the same for every client.
            session.setTimeoutCaps(kIdleTimeoutMs, kIdleTimeoutMs);
        }
        QVERIFY(inject(c, h));
        QSignalSpy retries(&session, &Net::HttpSession::retryScheduled);
        const Outcome out = run(c, session, desk);
        QVERIFY2(out.finished, "the client never finished");
        const int n = recorded(t);

        if (h == Hostile::RateLimitPasses) {
            QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
            QCOMPARE(out.result, baseline.outcome.result);
            // Each 429 was waited out for as long as Retry-After asked (the
            // session caps every wait; tests set the cap low).
            QCOMPARE(n, baseline.requests + kStormLength);
            int waits = 0;
            for (const QList<QVariant>& r : retries) {
                if (!QRegularExpression(t.asked).match(r.at(0).toUrl().path()).hasMatch())
                    continue;
                ++waits;
                QCOMPARE(r.at(2).toInt(), qMin(kRetryAfterSeconds * 1000, kRetryCapMs));
            }
            QCOMPARE(waits, kStormLength);
            return;
        }

        QVERIFY2(!out.error.isEmpty(),
                 qPrintable(QStringLiteral("no error; result: ") + out.result.left(300)));
        // Nothing was made of the hostile answer. (A checksum file that
        // failed is reported inside an otherwise complete release list.)
        if (c != Client::AgentChecksums)
            QVERIFY2(out.result.isEmpty(),
                     qPrintable(QStringLiteral("a partial result: ") + out.result.left(300)));
        QVERIFY2(
            out.error.contains(keywordFor(h), Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(out.error, keywordFor(h))));

        int perRequest = 1;
        if (h == Hostile::RateLimitPersists)
            perRequest = kMaxAttempts; // a 429 is replayed, POST included (§5)
        else if (h == Hostile::Truncated && t.idempotent && !t.streamed)
            perRequest = kMaxAttempts;
        if (h == Hostile::Truncated && perRequest > 1) {
            // A cut answer closes its connection, and an attempt Qt had
            // already queued on it can fail before it reaches the server: it
            // still counts against the attempts, so the arrivals are bounded
            // by them, not equal to them.
            QVERIFY2(
                n > baseline.requests && n <= baseline.requests * perRequest,
                qPrintable(
                    QStringLiteral("%1 arrivals for %2 requests").arg(n).arg(baseline.requests)));
        } else if (h == Hostile::Slow && baseline.requests > 1) {
            // The session holds several requests at once; when the first on
            // a connection times out, the connection closes, and a request
            // Qt had already queued behind it can end before the server
            // read it. Never more than the flow sends, though.
            QVERIFY2(
                n > 0 && n <= baseline.requests,
                qPrintable(
                    QStringLiteral("%1 arrivals for %2 requests").arg(n).arg(baseline.requests)));
        } else {
            QCOMPARE(n, baseline.requests * perRequest);
        }

        if (h == Hostile::RateLimitPersists) {
            // Without Retry-After every wait is longer than the one before.
            QHash<QString, int> lastWait;
            for (const QList<QVariant>& r : retries) {
                const QString url = r.at(0).toUrl().toString();
                if (!QRegularExpression(t.asked).match(r.at(0).toUrl().path()).hasMatch())
                    continue;
                QVERIFY2(r.at(2).toInt() > lastWait.value(url, 0),
                         qPrintable(QStringLiteral("wait %1 ms after %2 ms")
                                        .arg(r.at(2).toInt())
                                        .arg(lastWait.value(url))));
                lastWait[url] = r.at(2).toInt();
            }
            QVERIFY(!lastWait.isEmpty());
        }

        // Nothing of the hostile answer is kept: no cached body for a request
        // that got it, and the download directory is as it was.
        QCOMPARE(dirListing(desk.artifacts()), filesBefore);
        const QStringList hit = hostileRequests(t, h == Hostile::Oversize ? 1 : -1);
        QVERIFY(!hit.isEmpty());
        for (const QString& row : storeRows(desk.store).value(QStringLiteral("http_cache"))) {
            const QString key = row.section(QLatin1Char('|'), 0, 0);
            QVERIFY2(!hit.contains(requestOfCacheKey(key)),
                     qPrintable(QStringLiteral("cached after a failure: ") + key));
        }
    }

    // A 500 in the middle of each multi-request flow, after a clean run of
    // the same flow filled the store: the flow fails with the status named,
    // and the store (snapshots, tag history, content and HTTP caches,
    // artifacts, policy drafts) and the download directory are exactly as
    // they were. The 500 persists through the client's retries; Retry-After: 0
    // only keeps services with their own session (and its real back-off)
    // from spending seconds on them.
    void serverErrorMidFlowLeavesLocalStateUnchanged_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::newRow("agent releases: page 2 of 4") << QStringLiteral("agent-page-2");
        QTest::newRow("sdk lane: go.sum after go.mod") << QStringLiteral("sdk-go-sum");
        QTest::newRow("docs lane: a release page after the listing") << QStringLiteral("docs-page");
        QTest::newRow("ghcr: the tag list after the token") << QStringLiteral("registry-tags");
        QTest::newRow("lattice: plan after push") << QStringLiteral("lattice-plan");
        QTest::newRow("download: SHA256SUMS after the release") << QStringLiteral("download-sums");
        QTest::newRow("download: the binary after SHA256SUMS") << QStringLiteral("download-binary");
    }

    void serverErrorMidFlowLeavesLocalStateUnchanged()
    {
        QFETCH(QString, flow);
        Desk desk;
        QVERIFY(desk.open());
        Net::HttpSession session;
        tune(session);

        // What a maintainer's desk holds: a draft not pushed yet and a
        // verified binary.
        Server::PolicyDraftStore drafts(desk.store);
        Server::PolicyDraft draft;
        draft.serverUrl = api().toString();
        draft.nodeIds = {QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2")};
        draft.policy = officialPolicy();
        draft.policy.nodeId.clear();
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(drafts.save(draft));
        const Outcome seeded = runDownload(session, desk);
        QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));

        const bool releaseOrder =
            flow == QLatin1String("sdk-go-sum") || flow == QLatin1String("docs-page");
        // One service for both runs: what it shows after the failure is what
        // it showed before.
        std::unique_ptr<ReleaseOrderService> service;
        if (releaseOrder)
            service = std::make_unique<ReleaseOrderService>(desk.storePath());
        const auto runFlow = [&]() -> Outcome {
            if (flow == QLatin1String("agent-page-2"))
                return runAgentReleases(session, &desk, false, 5);
            if (releaseOrder)
                return runReleaseOrder(*service);
            if (flow == QLatin1String("registry-tags"))
                return runRegistryTags(session, &desk);
            if (flow == QLatin1String("lattice-plan"))
                return runLattice(session, Client::LatticeApprovals);
            return runDownload(session, desk);
        };

        // A clean run first, so every later answer has something to change.
        if (flow == QLatin1String("registry-tags"))
            QVERIFY(registryStandIn());
        const Outcome warm = runFlow();
        QVERIFY2(warm.finished && warm.error.isEmpty(), qPrintable(warm.error));
        QVERIFY(!warm.result.isEmpty());
        if (flow == QLatin1String("sdk-go-sum")) {
            // Files at a tag's commit are kept for good, so a warm store asks
            // for none of them. Forget the agents' go.sum files, as a refresh
            // stopped short (by a rate limit, say) would have left it.
            QSqlQuery forget(desk.store.database());
            QVERIFY(forget.exec(QStringLiteral(
                "DELETE FROM http_cache WHERE url LIKE "
                "'immutable:/repos/LatticeNet/lattice-node-agent/contents/go.sum?%'")));
            QVERIFY(forget.numRowsAffected() > 5);
        }
        QVERIFY(m_server.reset());
        const auto stateBefore = storeRows(desk.store);
        const QStringList filesBefore = dirListing(desk.artifacts());
        QVERIFY(!stateBefore.value(QStringLiteral("http_cache")).isEmpty());
        QCOMPARE(stateBefore.value(QStringLiteral("policy_drafts")).size(), 1);
        QCOMPARE(stateBefore.value(QStringLiteral("artifacts")).size(), 1);
        QCOMPARE(filesBefore.size(), 1);

        const QJsonObject serverError{
            {QStringLiteral("status"), 500},
            {QStringLiteral("body"), QStringLiteral("internal error")},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("0")}}}};
        const auto failAt = [&](const QString& match, const QString& host) {
            QJsonObject f = serverError;
            f.insert(QStringLiteral("match"), match);
            f.insert(QStringLiteral("host"), host);
            return fault(f);
        };
        const QString onApi = QStringLiteral("api");
        if (flow == QLatin1String("agent-page-2")) {
            const QString list = QStringLiteral("^/repos/%1/releases$").arg(kAgentRepo);
            // Faults match the path only: the first page passes untouched.
            QVERIFY(fault({{QStringLiteral("match"), list},
                           {QStringLiteral("times"), 1},
                           {QStringLiteral("delay_ms"), 0}}));
            QVERIFY(failAt(list, onApi));
        } else if (flow == QLatin1String("sdk-go-sum")) {
            QVERIFY(failAt(QStringLiteral("^/repos/%1/contents/go\\.sum$").arg(kAgentRepo), onApi));
        } else if (flow == QLatin1String("docs-page")) {
            QVERIFY(failAt(target(Client::DocsContents).match, onApi));
        } else if (flow == QLatin1String("registry-tags")) {
            QJsonObject tags = serverError;
            tags.insert(QStringLiteral("match"),
                        QStringLiteral("^/v2/latticenet/lattice-server/tags/list$"));
            QVERIFY(registryStandIn(tags));
        } else if (flow == QLatin1String("lattice-plan")) {
            QVERIFY(failAt(target(Client::LatticePlan).match, onApi));
        } else if (flow == QLatin1String("download-sums")) {
            QVERIFY(failAt(target(Client::AgentChecksums).match, QStringLiteral("download")));
        } else {
            QVERIFY(failAt(target(Client::ArtifactAsset).match, QStringLiteral("download")));
        }

        const Outcome failed = runFlow();
        QVERIFY2(failed.finished, "the flow never finished");
        QVERIFY2(failed.error.contains(QLatin1String("500")), qPrintable(failed.error));

        // The 500 came in the middle: something before it was answered.
        const QJsonArray requests = m_server.requests();
        int firstError = -1;
        for (int i = 0; i < requests.size() && firstError < 0; ++i) {
            if (requests.at(i)[QStringLiteral("status")].toInt() == 500)
                firstError = i;
        }
        QVERIFY2(firstError > 0, qPrintable(QString::number(firstError)));
        for (int i = 0; i < firstError; ++i)
            QVERIFY(requests.at(i)[QStringLiteral("status")].toInt() < 500);

        if (releaseOrder) {
            // The lanes keep showing the last good report, not part of one:
            // a docs page that failed must not read as a missing one.
            QCOMPARE(failed.result, warm.result);
        }
        const auto stateAfter = storeRows(desk.store);
        QVERIFY2(stateAfter == stateBefore,
                 qPrintable(describeDifference(stateBefore, stateAfter)));
        QCOMPARE(dirListing(desk.artifacts()), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
