#include "FixtureServerProcess.h"
#include "HttpSession.h"
#include "RegistryClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Lattice;
using Net::HttpRequest;
using Net::HttpResponse;

// The network rules every client relies on, asserted where it matters on the
// receiving side: the fixture server records exactly what arrived.
class TestHttpSession : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;

    QUrl api(const QString& path) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        return url;
    }

    HttpResponse run(Net::HttpSession& session, HttpRequest request)
    {
        request.allowInsecureLoopback = true;
        Net::HttpJob* job = session.send(request);
        QSignalSpy finished(job, &Net::HttpJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<HttpResponse>();
    }

    void fault(const QJsonObject& f)
    {
        QString error;
        QVERIFY2(m_server.injectFault(f, &error), qPrintable(error));
    }

    int recorded(const QString& pathPart, const QUrl& host = {})
    {
        int n = 0;
        for (const QJsonValue& v : m_server.requests(host)) {
            if (v.toObject().value(QStringLiteral("path")).toString().contains(pathPart))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<HttpResponse>();
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void authorizationNeverCrossesHosts()
    {
        // An asset download: the API host redirects to the download host,
        // which refuses (and records) any Authorization header.
        Net::HttpSession session;
        HttpRequest request;
        request.url = api(
            QStringLiteral("/LatticeNet/lattice-node-agent/releases/download/v0.2.9/SHA256SUMS"));
        request.headers.emplaceBack("X-GitHub-Api-Version", "2022-11-28");
        request.authorization = "Bearer ghp_LatticeFixtureMaintainer0000000000";
        const HttpResponse r = run(session, request);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.redirects.size(), 1);
        QCOMPARE(r.finalUrl.host(), m_server.downloadUrl().host());
        QVERIFY(r.body.contains("lattice-agent-linux-amd64"));
        const QJsonArray onApi = m_server.requests(m_server.baseUrl());
        QVERIFY(!onApi.isEmpty());
        QCOMPARE(onApi.first()
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString(),
                 QStringLiteral("Bearer ghp_LatticeFixtureMaintainer0000000000"));
        const QJsonArray onDownload = m_server.requests(m_server.downloadUrl());
        QCOMPARE(onDownload.size(), 1);
        QVERIFY(!onDownload.first()
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("authorization")));
    }

    void bodiesOverTheLimitAreCutOff()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/big$")},
               {QStringLiteral("oversize_bytes"), 5 * 1024 * 1024}});
        Net::HttpSession session;
        HttpRequest request;
        request.url = api(QStringLiteral("/big"));
        request.limits.maxBodyBytes = 1024 * 1024;
        const HttpResponse r = run(session, request);
        QCOMPARE(r.error, HttpResponse::Error::TooLarge);
        QVERIFY(r.body.size() <= 1024 * 1024);
    }

    void truncatedBodiesAreErrors()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/rate_limit$")},
               {QStringLiteral("truncate_after"), 10}});
        Net::HttpSession session;
        session.setRetryDelays(10, 20);
        HttpRequest request;
        request.url = api(QStringLiteral("/rate_limit"));
        request.headers.emplaceBack("X-GitHub-Api-Version", "2022-11-28");
        request.limits.maxAttempts = 1;
        const HttpResponse r = run(session, request);
        QVERIFY2(!r.ok(), qPrintable(r.describe()));
        QVERIFY(r.error != HttpResponse::Error::None);
    }

    void slowServersTimeOut()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/slow$")},
               {QStringLiteral("delay_ms"), 5000},
               {QStringLiteral("status"), 200}});
        Net::HttpSession session;
        HttpRequest request;
        request.url = api(QStringLiteral("/slow"));
        request.limits.idleTimeoutMs = 500;
        request.limits.maxAttempts = 1;
        const HttpResponse r = run(session, request);
        QCOMPARE(r.error, HttpResponse::Error::Timeout);
    }

    void rateLimitStormBacksOffThenSucceeds()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/rate_limit$")},
               {QStringLiteral("status"), 429},
               {QStringLiteral("times"), 3},
               {QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("0")}}}});
        Net::HttpSession session;
        session.setRetryDelays(50, 400);
        QSignalSpy retries(&session, &Net::HttpSession::retryScheduled);
        HttpRequest request;
        request.url = api(QStringLiteral("/rate_limit"));
        request.headers.emplaceBack("X-GitHub-Api-Version", "2022-11-28");
        const HttpResponse r = run(session, request);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.attempts, 4);
        QCOMPARE(retries.count(), 3);
        QCOMPARE(recorded(QStringLiteral("/rate_limit")), 4);
    }

    void backoffDoublesWithoutRetryAfter()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/rate_limit$")},
               {QStringLiteral("status"), 503},
               {QStringLiteral("times"), 10}});
        Net::HttpSession session;
        session.setRetryDelays(40, 10000);
        QSignalSpy retries(&session, &Net::HttpSession::retryScheduled);
        HttpRequest request;
        request.url = api(QStringLiteral("/rate_limit"));
        const HttpResponse r = run(session, request);
        QCOMPARE(r.status, 503);
        QCOMPARE(retries.count(), 3);
        QCOMPARE(retries.at(0).at(2).toInt(), 40);
        QCOMPARE(retries.at(1).at(2).toInt(), 80);
        QCOMPARE(retries.at(2).at(2).toInt(), 160);
    }

    void postIsNotRetriedOnServerErrors()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/api/nodes/agent-updates$")},
               {QStringLiteral("status"), 500}});
        Net::HttpSession session;
        session.setRetryDelays(10, 20);
        HttpRequest request;
        request.method = "POST";
        request.url = api(QStringLiteral("/api/nodes/agent-updates"));
        request.body = "{}";
        const HttpResponse r = run(session, request);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(recorded(QStringLiteral("/api/nodes/agent-updates")), 1);
    }

    void redirectToPlainHttpElsewhereIsRefused()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/away$")},
               {QStringLiteral("redirect_to"), QStringLiteral("http://192.0.2.10/steal")}});
        Net::HttpSession session;
        HttpRequest request;
        request.url = api(QStringLiteral("/away"));
        const HttpResponse r = run(session, request);
        QCOMPARE(r.error, HttpResponse::Error::Refused);
    }

    void redirectsCanBeLeftUnfollowed()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/moved$")},
               {QStringLiteral("redirect_to"),
                m_server.downloadUrl().toString() + QStringLiteral("/x")}});
        Net::HttpSession session;
        HttpRequest request;
        request.method = "HEAD";
        request.url = api(QStringLiteral("/moved"));
        request.followRedirects = false;
        const HttpResponse r = run(session, request);
        QCOMPARE(r.status, 302);
        QVERIFY(r.transportOk());
        QVERIFY(r.redirects.isEmpty());
        QVERIFY(m_server.requests(m_server.downloadUrl()).isEmpty());
    }

    void atMostNInFlight()
    {
        fault({{QStringLiteral("match"), QStringLiteral("^/slow/")},
               {QStringLiteral("delay_ms"), 300},
               {QStringLiteral("status"), 200}});
        Net::HttpSession session;
        session.setMaxInFlight(2);
        QList<Net::HttpJob*> jobs;
        int finishedCount = 0;
        int peak = 0;
        for (int i = 0; i < 6; ++i) {
            HttpRequest request;
            request.url = api(QStringLiteral("/slow/%1").arg(i));
            request.allowInsecureLoopback = true;
            Net::HttpJob* job = session.send(request);
            connect(job, &Net::HttpJob::finished, this, [&] { ++finishedCount; });
        }
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, session.inFlight()); });
        sampler.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 6, 20000);
        QCOMPARE(peak, 2);
        QCOMPARE(session.queued(), 0);
    }

    void sinkGetsOnlyTheSuccessfulBody()
    {
        Net::HttpSession session;
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        HttpRequest request;
        request.url =
            api(QStringLiteral("/repos/LatticeNet/lattice-node-agent/releases/tags/v0.2.9"));
        request.headers.emplaceBack("X-GitHub-Api-Version", "2022-11-28");
        request.sink = &sink;
        const HttpResponse r = run(session, request);
        QVERIFY(r.ok());
        QVERIFY(r.body.isEmpty());
        QCOMPARE(sink.data().size(), r.bodySize);
        QVERIFY(QJsonDocument::fromJson(sink.data()).isObject());
    }

    void manifestWhoseBytesDoNotMatchItsDigestIsRefused()
    {
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        const QByteArray body = "{\"schemaVersion\":2,\"mediaType\":\"application/"
                                "vnd.oci.image.index.v1+json\",\"manifests\":[]}";
        fault(
            {{QStringLiteral("match"), QStringLiteral("^/v2/latticenet/lattice-server/manifests/")},
             {QStringLiteral("status"), 200},
             {QStringLiteral("body"), QString::fromLatin1(body)},
             {QStringLiteral("content_type"),
              QStringLiteral("application/vnd.oci.image.index.v1+json")},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("Docker-Content-Digest"), digest}}}});
        Net::HttpSession session;
        RegistryClient client(&session, m_server.baseUrl(),
                              QStringLiteral("latticenet/lattice-server"), true);
        RegistryClient::Error error;
        bool done = false;
        client.manifest(digest,
                        [&](const RegistryClient::Manifest&, const RegistryClient::Error& e) {
                            error = e;
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.kind, RegistryClient::Error::Kind::BadContent);
        QVERIFY2(error.message.contains(QStringLiteral("refused")), qPrintable(error.message));
    }

    void registryTokenDance()
    {
        // The registry answers 401 with a Bearer challenge naming the GHCR
        // token endpoint; the client fetches an anonymous token and retries.
        const QString realm = m_server.baseUrl().toString() + QStringLiteral("/token");
        fault(
            {{QStringLiteral("match"), QStringLiteral("^/v2/latticenet/lattice-server/tags/list$")},
             {QStringLiteral("times"), 1},
             {QStringLiteral("status"), 401},
             {QStringLiteral("body"), QStringLiteral("{\"errors\":[{\"code\":\"UNAUTHORIZED\","
                                                     "\"message\":\"authentication required\"}]}")},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("WWW-Authenticate"),
                           QStringLiteral("Bearer "
                                          "realm=\"%1\",service=\"ghcr.io\",scope=\"repository:"
                                          "latticenet/lattice-server:pull\"")
                               .arg(realm)}}}});
        fault(
            {{QStringLiteral("match"), QStringLiteral("^/v2/latticenet/lattice-server/tags/list$")},
             {QStringLiteral("status"), 200},
             {QStringLiteral("body"),
              QStringLiteral(
                  "{\"name\":\"latticenet/lattice-server\",\"tags\":[\"latest\",\"0.2.1\"]}")},
             {QStringLiteral("content_type"), QStringLiteral("application/json")}});
        Net::HttpSession session;
        RegistryClient client(&session, m_server.baseUrl(),
                              QStringLiteral("latticenet/lattice-server"), true);
        QStringList tags;
        RegistryClient::Error error;
        bool done = false;
        client.listTags([&](const QStringList& t, const RegistryClient::Error& e) {
            tags = t;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(tags, (QStringList{"0.2.1", "latest"}));
        QCOMPARE(client.stats().tokenRequests, 1);
        const QJsonArray requests = m_server.requests();
        QStringList seen;
        QString retriedAuth;
        for (const QJsonValue& v : requests) {
            const QJsonObject o = v.toObject();
            seen << o.value(QStringLiteral("path")).toString();
            if (o.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("tags/list")))
                retriedAuth = o.value(QStringLiteral("headers"))
                                  .toObject()
                                  .value(QStringLiteral("authorization"))
                                  .toString();
        }
        QCOMPARE(seen, (QStringList{"/v2/latticenet/lattice-server/tags/list", "/token",
                                    "/v2/latticenet/lattice-server/tags/list"}));
        QVERIFY2(retriedAuth.startsWith(QStringLiteral("Bearer ")) && retriedAuth.size() > 20,
                 qPrintable(retriedAuth));
        // The anonymous token request carried no credentials at all.
        QVERIFY(!requests.at(1)
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("authorization")));
    }

    void privateImageSendsBasicCredentialsToTheRealmOnly()
    {
        const QString realm = m_server.baseUrl().toString() + QStringLiteral("/token");
        fault({{QStringLiteral("match"),
                QStringLiteral("^/v2/latticenet/lattice-lab-internal/tags/list$")},
               {QStringLiteral("times"), 1},
               {QStringLiteral("status"), 401},
               {QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("WWW-Authenticate"),
                             QStringLiteral("Bearer "
                                            "realm=\"%1\",service=\"ghcr.io\",scope=\"repository:"
                                            "latticenet/lattice-lab-internal:pull\"")
                                 .arg(realm)}}}});
        fault({{QStringLiteral("match"),
                QStringLiteral("^/v2/latticenet/lattice-lab-internal/tags/list$")},
               {QStringLiteral("status"), 200},
               {QStringLiteral("body"), QStringLiteral("{\"name\":\"x\",\"tags\":[\"1.0\"]}")}});
        Net::HttpSession session;
        RegistryClient client(&session, m_server.baseUrl(),
                              QStringLiteral("latticenet/lattice-lab-internal"), true);
        client.setCredentials(QStringLiteral("maintainer"),
                              QStringLiteral("ghp_LatticeFixtureMaintainer0000000000"));
        bool done = false;
        RegistryClient::Error error;
        client.listTags([&](const QStringList&, const RegistryClient::Error& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error, qPrintable(error.message));
        const QJsonArray requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        const QString basic = requests.at(1)
                                  .toObject()
                                  .value(QStringLiteral("headers"))
                                  .toObject()
                                  .value(QStringLiteral("authorization"))
                                  .toString();
        QCOMPARE(
            basic,
            QStringLiteral("Basic ") +
                QString::fromLatin1(
                    QByteArray("maintainer:ghp_LatticeFixtureMaintainer0000000000").toBase64()));
        // The PAT itself never went to the registry endpoint.
        for (int i : {0, 2}) {
            const QString auth = requests.at(i)
                                     .toObject()
                                     .value(QStringLiteral("headers"))
                                     .toObject()
                                     .value(QStringLiteral("authorization"))
                                     .toString();
            QVERIFY(!auth.contains(QStringLiteral("ghp_")));
        }
    }

    void tokenRealmOnAnotherSchemeIsRefused()
    {
        fault(
            {{QStringLiteral("match"), QStringLiteral("^/v2/latticenet/lattice-server/tags/list$")},
             {QStringLiteral("status"), 401},
             {QStringLiteral("headers"),
              QJsonObject{
                  {QStringLiteral("WWW-Authenticate"),
                   QStringLiteral("Bearer realm=\"http://192.0.2.1/token\",service=\"x\"")}}}});
        Net::HttpSession session;
        RegistryClient client(&session, m_server.baseUrl(),
                              QStringLiteral("latticenet/lattice-server"), true);
        client.setCredentials(QStringLiteral("u"), QStringLiteral("secret-pat"));
        bool done = false;
        RegistryClient::Error error;
        client.listTags([&](const QStringList&, const RegistryClient::Error& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        // The refusal is what is reported, not the registry's bare 401.
        QCOMPARE(error.kind, RegistryClient::Error::Kind::Refused);
        QVERIFY2(error.message.contains(QLatin1String("not https")), qPrintable(error.message));
        QCOMPARE(client.stats().tokenRequests, 0);
        QCOMPARE(m_server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_httpsession.moc"
