#include "RegistrySeeder.h"
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

using namespace Lattice::Test;

namespace {

const QByteArray AcceptAllManifests = "application/vnd.oci.image.index.v1+json, "
                                      "application/vnd.oci.image.manifest.v1+json, "
                                      "application/vnd.docker.distribution.manifest.list.v2+json, "
                                      "application/vnd.docker.distribution.manifest.v2+json";

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QString error;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    QString mediaType() const
    {
        return QString::fromLatin1(header("content-type").split(';').first().trimmed());
    }
    QString digestHeader() const { return QString::fromLatin1(header("docker-content-digest")); }
    QStringList errorCodes() const
    {
        QStringList codes;
        const QJsonArray errors =
            QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
        for (const QJsonValue& e : errors)
            codes.append(e.toObject().value(QLatin1String("code")).toString());
        return codes;
    }
};

// Checks go through this plain client, not the seeder, so that a seeder bug
// cannot confirm itself.
class PlainHttp
{
public:
    PlainHttp()
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam.setProxy(QNetworkProxy::NoProxy); // the registry is on loopback
    }

    HttpReply get(const QUrl& url, const QByteArray& accept = {})
    {
        return run(false, url, accept);
    }
    HttpReply head(const QUrl& url, const QByteArray& accept = {})
    {
        return run(true, url, accept);
    }

private:
    HttpReply run(bool headOnly, const QUrl& url, const QByteArray& accept)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        std::unique_ptr<QNetworkReply> reply(headOnly ? m_nam.head(request) : m_nam.get(request));
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        HttpReply result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        result.status = status.isValid() ? status.toInt() : 0;
        result.body = reply->readAll();
        for (const QNetworkReply::RawHeaderPair& pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        if (result.status == 0)
            result.error = reply->errorString();
        return result;
    }

    QNetworkAccessManager m_nam;
};

QString sha256(const QByteArray& bytes)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QString platformOf(const QJsonObject& entry)
{
    const QJsonObject platform = entry.value(QLatin1String("platform")).toObject();
    Platform p{platform.value(QLatin1String("os")).toString(),
               platform.value(QLatin1String("architecture")).toString(),
               platform.value(QLatin1String("variant")).toString()};
    return p.toString();
}

// RFC 5988 `<url>; rel="next"`; the target may be relative to the request.
QUrl nextLink(const QByteArray& link, const QUrl& requestUrl)
{
    static const QRegularExpression pattern(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?next\"?"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(link));
    if (!match.hasMatch())
        return {};
    return requestUrl.resolved(QUrl::fromEncoded(match.captured(1).toLatin1()));
}

ImageSpec smallImage(const QString& architecture, const QString& version)
{
    ImageSpec image;
    image.platform = {QStringLiteral("linux"), architecture, {}};
    image.version = version;
    image.revision = QString(40, QLatin1Char('a'));
    image.created = QStringLiteral("2026-09-01T12:00:00Z");
    return image;
}

} // namespace

// Runs against the real Distribution registry started by the "registry" CTest
// fixture. It must not skip: without the fixture it fails.
class TestRegistryHarness : public QObject
{
    Q_OBJECT

private:
    QUrl endpoint(const QString& repository, const QString& suffix, const QString& query = {}) const
    {
        QUrl url = m_registry;
        url.setPath(QStringLiteral("/v2/") + repository + suffix);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }
    QUrl manifestUrl(const QString& reference, const QString& repository = {}) const
    {
        return endpoint(repository.isEmpty() ? m_repository : repository,
                        QStringLiteral("/manifests/") + reference);
    }

    // Walks every page of a listing the way the spec tells clients to:
    // follow Link until it is absent, staying on the same host.
    struct Walk
    {
        QStringList items;
        int pages = 0;
        int linkedPages = 0;
        int largestPage = 0;
    };
    Walk walk(const QUrl& first, const char* arrayKey)
    {
        Walk result;
        QUrl next = first;
        while (next.isValid() && result.pages < 1000) {
            const HttpReply reply = m_http.get(next);
            if (reply.status != 200) {
                qWarning("GET %s -> %d", qPrintable(next.toString()), reply.status);
                return {};
            }
            const QStringList page = stringList(
                QJsonDocument::fromJson(reply.body).object().value(QLatin1String(arrayKey)));
            result.items += page;
            result.largestPage = std::max(result.largestPage, int(page.size()));
            ++result.pages;
            const QUrl following = nextLink(reply.header("link"), next);
            if (!following.isValid())
                break;
            if (following.host() != next.host() || following.port() != next.port()) {
                qWarning("Link left the registry: %s", qPrintable(following.toString()));
                return {};
            }
            ++result.linkedPages;
            next = following;
        }
        return result;
    }

    QUrl m_registry;
    QString m_repository;
    std::optional<SeededHistory> m_history;
    PlainHttp m_http;

private slots:
    void initTestCase()
    {
        m_registry = registryUrl();
        if (m_registry.isEmpty())
            QFAIL("no registry URL: run this test through ctest so the \"registry\" fixture starts "
                  "the real registry");
        m_repository = QStringLiteral("harness/lattice-server-%1-%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer timer;
        timer.start();
        QString error;
        m_history = seedRealisticHistory(m_registry, m_repository, &error);
        QVERIFY2(m_history, qPrintable(error));
        qInfo("seeded %lld tags over %lld indexes into %s in %lld ms",
              qint64(m_history->tags.size()), qint64(m_history->indexes.size()),
              qPrintable(m_repository), timer.elapsed());
    }

    void presetHasTheShapeOfTheRealHistory()
    {
        const SeededHistory& h = *m_history;
        QCOMPARE(h.tags.size(), 40);
        // Moving tags and aliases as in release-lanes.md a.2/a.3.
        QCOMPARE(h.tags.value(QStringLiteral("0.2")), h.tags.value(QStringLiteral("0.2.1")));
        QCOMPARE(h.tags.value(QStringLiteral("latest")), h.tags.value(QStringLiteral("0.2.1")));
        QCOMPARE(h.tags.value(QStringLiteral("alpha")), h.tags.value(QStringLiteral("0.2.0")));
        QCOMPARE(h.tags.value(QStringLiteral("sha-993e56759a74")),
                 h.tags.value(QStringLiteral("0.2.1")));
        QVERIFY(h.tags.value(QStringLiteral("0.2.0")) != h.tags.value(QStringLiteral("0.2.1")));
        QCOMPARE(h.indexForTag(QStringLiteral("0.2.1"))->revision,
                 QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8"));
        QVERIFY(
            h.indexForTag(QStringLiteral("0.2.0"))->revision.startsWith(QStringLiteral("58857f6")));
        QVERIFY(h.indexForTag(QStringLiteral("alpha-0.2.2a41"))
                    ->revision.startsWith(QStringLiteral("4dfbf5d")));
        QVERIFY(!h.tags.contains(QStringLiteral("alpha-0.2.2a8")));
        QVERIFY(!h.tags.contains(QStringLiteral("alpha-0.2.2a19")));
        int pinnedAlphas = 0;
        int shaTags = 0;
        for (const QString& tag : h.tags.keys()) {
            if (tag.startsWith(QStringLiteral("alpha-0.2.")))
                ++pinnedAlphas;
            if (QRegularExpression(QStringLiteral("^sha-[0-9a-f]{12}$")).match(tag).hasMatch())
                ++shaTags;
        }
        QCOMPARE(pinnedAlphas, 16);
        QCOMPARE(shaTags, 18);

        int dockerLists = 0;
        int withAttestations = 0;
        for (const SeededIndex& index : h.indexes) {
            if (index.mediaType == QLatin1String(MediaType::DockerManifestList))
                ++dockerLists;
            else
                QCOMPARE(index.mediaType, QString::fromLatin1(MediaType::OciIndex));
            if (!index.attestations.isEmpty())
                ++withAttestations;
            QCOMPARE(index.children.size(), 2);
            QVERIFY(index.children[0].platform == QLatin1String("linux/amd64"));
            QVERIFY(index.children[1].platform.startsWith(QLatin1String("linux/arm64")));
        }
        QCOMPARE(dockerLists, 1);
        QCOMPARE(withAttestations, 1);

        QStringList broken = h.brokenTags();
        broken.sort();
        const SeededIndex* a9 = h.indexForTag(QStringLiteral("alpha-0.2.1a9"));
        QVERIFY(a9);
        QCOMPARE(broken, (QStringList{QStringLiteral("alpha-0.2.1a9"),
                                      QStringLiteral("sha-") + a9->revision.left(12)}));

        // The `latest` git-tag build lost both its tags to the v0.2.1 build.
        const QStringList untagged = h.untaggedDigests();
        QCOMPARE(untagged.size(), 1);
        const SeededIndex* orphan = h.indexForDigest(untagged.first());
        QCOMPARE(orphan->formerTags,
                 (QStringList{QStringLiteral("latest"), QStringLiteral("sha-993e56759a74")}));
        QCOMPARE(orphan->revision, h.indexForTag(QStringLiteral("latest"))->revision);
    }

    void tagsListHoldsEverySeededTag()
    {
        const HttpReply reply = m_http.get(endpoint(m_repository, QStringLiteral("/tags/list")));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QLatin1String("name")).toString(), m_repository);
        QStringList tags = stringList(body.value(QLatin1String("tags")));
        tags.sort();
        QCOMPARE(tags, m_history->tags.keys());
    }

    void tagsListPagesFollowedByLinkYieldEveryTagOnce()
    {
        // Distribution 2.8 ignores n and last on tags/list and sends no Link,
        // so this registry answers in one page; a client that follows Link
        // until it is absent must still end up with every tag exactly once.
        const int n = 7;
        const Walk w = walk(
            endpoint(m_repository, QStringLiteral("/tags/list"), QStringLiteral("n=%1").arg(n)),
            "tags");
        QVERIFY(w.pages > 0);
        QCOMPARE(QSet<QString>(w.items.cbegin(), w.items.cend()).size(), w.items.size());
        QStringList tags = w.items;
        tags.sort();
        QCOMPARE(tags, m_history->tags.keys());
        if (w.linkedPages > 0)
            QVERIFY2(w.largestPage <= n, "a page held more than n tags");
        else
            qInfo("tags/list ignored n=%d: one page of %lld tags and no Link", n,
                  qint64(w.items.size()));
    }

    void catalogPagesAreLinkedRelativeToTheRequest()
    {
        // The catalog is where this registry really paginates, with a
        // relative Link; it proves the Link walk against real headers.
        RegistrySeeder second(m_registry, m_repository + QStringLiteral("-catalog"));
        IndexSpec spec;
        spec.images = {smallImage(QStringLiteral("amd64"), QStringLiteral("catalog"))};
        QVERIFY2(second.pushIndex(spec, {QStringLiteral("only")}),
                 qPrintable(second.lastError().message));

        const Walk w =
            walk(endpoint({}, QStringLiteral("_catalog"), QStringLiteral("n=1")), "repositories");
        QVERIFY(w.linkedPages >= 1);
        QCOMPARE(w.largestPage, 1);
        QVERIFY(w.items.contains(m_repository));
        QVERIFY(w.items.contains(m_repository + QStringLiteral("-catalog")));
        QCOMPARE(QSet<QString>(w.items.cbegin(), w.items.cend()).size(), w.items.size());
    }

    void everyTagServesTheSeededIndexBytes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("mediaType");
        QVERIFY(m_history);
        for (auto it = m_history->tags.cbegin(); it != m_history->tags.cend(); ++it)
            QTest::newRow(qPrintable(it.key()))
                << it.key() << it.value() << m_history->indexForDigest(it.value())->mediaType;
    }

    void everyTagServesTheSeededIndexBytes()
    {
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, mediaType);

        const HttpReply got = m_http.get(manifestUrl(tag), AcceptAllManifests);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.mediaType(), mediaType);
        QCOMPARE(got.header("content-length").toLongLong(), qint64(got.body.size()));
        QCOMPARE(sha256(got.body), digest);
        QCOMPARE(got.digestHeader(), digest);
        QCOMPARE(
            QJsonDocument::fromJson(got.body).object().value(QLatin1String("mediaType")).toString(),
            got.mediaType());

        const HttpReply head = m_http.head(manifestUrl(tag), AcceptAllManifests);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.digestHeader(), digest);
        QCOMPARE(head.mediaType(), mediaType);
        QCOMPARE(head.header("content-length").toLongLong(), qint64(got.body.size()));

        const HttpReply byDigest = m_http.get(manifestUrl(digest), AcceptAllManifests);
        QCOMPARE(byDigest.status, 200);
        QCOMPARE(byDigest.body, got.body);
    }

    void indexContentsMatchTheSeeder_data()
    {
        QTest::addColumn<int>("position");
        QVERIFY(m_history);
        for (int i = 0; i < m_history->indexes.size(); ++i) {
            const SeededIndex& index = m_history->indexes[i];
            const QString name = index.tags.isEmpty()
                                     ? QStringLiteral("untagged ") + index.digest.left(19)
                                     : index.tags.first();
            QTest::newRow(qPrintable(name)) << i;
        }
    }

    void indexContentsMatchTheSeeder()
    {
        QFETCH(int, position);
        const SeededIndex& seeded = m_history->indexes[position];
        const HttpReply got = m_http.get(manifestUrl(seeded.digest), AcceptAllManifests);
        QCOMPARE(got.status, 200);
        QCOMPARE(sha256(got.body), seeded.digest);
        QCOMPARE(qint64(got.body.size()), seeded.size);

        // The bytes are not what a QJsonDocument round trip produces, so a
        // client that hashes re-serialised JSON gets caught by this data.
        const QJsonObject index = QJsonDocument::fromJson(got.body).object();
        QVERIFY(QJsonDocument(index).toJson(QJsonDocument::Compact) != got.body);
        QCOMPARE(index.value(QLatin1String("schemaVersion")).toInt(), 2);

        const bool oci = seeded.mediaType == QLatin1String(MediaType::OciIndex);
        const QString childType =
            QString::fromLatin1(oci ? MediaType::OciManifest : MediaType::DockerManifest);
        QStringList platforms;
        QStringList childDigests;
        QStringList attestedSubjects;
        for (const QJsonValue& value : index.value(QLatin1String("manifests")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QJsonObject annotations = entry.value(QLatin1String("annotations")).toObject();
            QCOMPARE(entry.value(QLatin1String("mediaType")).toString(), childType);
            if (platformOf(entry) == QLatin1String("unknown/unknown")) {
                QCOMPARE(annotations.value(QLatin1String("vnd.docker.reference.type")).toString(),
                         QStringLiteral("attestation-manifest"));
                attestedSubjects.append(
                    annotations.value(QLatin1String("vnd.docker.reference.digest")).toString());
                continue;
            }
            platforms.append(platformOf(entry));
            childDigests.append(entry.value(QLatin1String("digest")).toString());
        }
        QStringList seededPlatforms;
        QStringList seededDigests;
        for (const SeededChild& child : seeded.children) {
            seededPlatforms.append(child.platform);
            seededDigests.append(child.digest);
            QCOMPARE(child.mediaType, childType);
        }
        QCOMPARE(platforms, seededPlatforms);
        QCOMPARE(childDigests, seededDigests);
        QCOMPARE(attestedSubjects.size(), seeded.attestations.size());
        if (!attestedSubjects.isEmpty())
            QCOMPARE(attestedSubjects, seededDigests);

        const QJsonObject annotations = index.value(QLatin1String("annotations")).toObject();
        if (oci) {
            QCOMPARE(
                annotations.value(QLatin1String("org.opencontainers.image.version")).toString(),
                seeded.version);
            QCOMPARE(
                annotations.value(QLatin1String("org.opencontainers.image.revision")).toString(),
                seeded.revision);
            QCOMPARE(
                annotations.value(QLatin1String("org.opencontainers.image.created")).toString(),
                seeded.created);
            QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.title")).toString(),
                     QStringLiteral("Lattice Server"));
        } else {
            QVERIFY(annotations.isEmpty());
            QVERIFY(seeded.children[1].platform == QLatin1String("linux/arm64/v8"));
        }
    }

    void childrenCarryTheirConfigLabels()
    {
        for (const SeededIndex& index : m_history->indexes) {
            for (const SeededChild& child : index.children) {
                const HttpReply got = m_http.get(manifestUrl(child.digest), AcceptAllManifests);
                if (child.deleted) {
                    QCOMPARE(got.status, 404);
                    continue;
                }
                QCOMPARE(got.status, 200);
                QCOMPARE(got.mediaType(), child.mediaType);
                QCOMPARE(sha256(got.body), child.digest);
                QCOMPARE(got.digestHeader(), child.digest);

                const QJsonObject manifest = QJsonDocument::fromJson(got.body).object();
                const QJsonObject config = manifest.value(QLatin1String("config")).toObject();
                const QString configDigest = config.value(QLatin1String("digest")).toString();
                const HttpReply blob =
                    m_http.get(endpoint(m_repository, QStringLiteral("/blobs/") + configDigest));
                QCOMPARE(blob.status, 200);
                QCOMPARE(sha256(blob.body), configDigest);
                QCOMPARE(qint64(blob.body.size()),
                         qint64(config.value(QLatin1String("size")).toInteger()));
                const QJsonObject labels = QJsonDocument::fromJson(blob.body)
                                               .object()
                                               .value(QLatin1String("config"))
                                               .toObject()
                                               .value(QLatin1String("Labels"))
                                               .toObject();
                QCOMPARE(labels.value(QLatin1String("org.opencontainers.image.version")).toString(),
                         index.version);
                QCOMPARE(
                    labels.value(QLatin1String("org.opencontainers.image.revision")).toString(),
                    index.revision);
                QCOMPARE(labels.value(QLatin1String("org.opencontainers.image.created")).toString(),
                         index.created);

                // Layers are real gzip streams (magic bytes) of the stated size.
                for (const QJsonValue& value : manifest.value(QLatin1String("layers")).toArray()) {
                    const QJsonObject layer = value.toObject();
                    const HttpReply layerBlob = m_http.get(endpoint(
                        m_repository, QStringLiteral("/blobs/") +
                                          layer.value(QLatin1String("digest")).toString()));
                    QCOMPARE(layerBlob.status, 200);
                    QVERIFY(layerBlob.body.startsWith("\x1f\x8b\x08"));
                    QCOMPARE(qint64(layerBlob.body.size()),
                             qint64(layer.value(QLatin1String("size")).toInteger()));
                }
            }
            for (const SeededChild& attestation : index.attestations) {
                const HttpReply head =
                    m_http.head(manifestUrl(attestation.digest), AcceptAllManifests);
                QCOMPARE(head.status, 200);
                QCOMPARE(head.digestHeader(), attestation.digest);
            }
        }
    }

    void deletedChildIsUnknownWhileItsTagResolves()
    {
        const QStringList broken = m_history->brokenTags();
        QVERIFY(!broken.isEmpty());
        for (const QString& tag : broken) {
            const SeededIndex* index = m_history->indexForTag(tag);
            const HttpReply head = m_http.head(manifestUrl(tag), AcceptAllManifests);
            QCOMPARE(head.status, 200);
            QCOMPARE(head.digestHeader(), index->digest);
            for (const SeededChild& child : index->children) {
                const HttpReply childHead =
                    m_http.head(manifestUrl(child.digest), AcceptAllManifests);
                if (!child.deleted) {
                    QCOMPARE(childHead.status, 200);
                    continue;
                }
                QVERIFY(child.platform.startsWith(QLatin1String("linux/arm64")));
                QCOMPARE(childHead.status, 404);
                // HEAD has no body; the error code comes with GET.
                const HttpReply childGet =
                    m_http.get(manifestUrl(child.digest), AcceptAllManifests);
                QCOMPARE(childGet.status, 404);
                QCOMPARE(childGet.errorCodes(), QStringList{QStringLiteral("MANIFEST_UNKNOWN")});
            }
        }
    }

    void untaggedIndexStaysReachableByDigest()
    {
        for (const QString& digest : m_history->untaggedDigests()) {
            QVERIFY(!m_history->tags.values().contains(digest));
            const HttpReply got = m_http.get(manifestUrl(digest), AcceptAllManifests);
            QCOMPARE(got.status, 200);
            QCOMPARE(sha256(got.body), digest);
        }
        const HttpReply latest =
            m_http.head(manifestUrl(QStringLiteral("latest")), AcceptAllManifests);
        QCOMPARE(latest.digestHeader(), m_history->tags.value(QStringLiteral("0.2.1")));
    }

    void deletingAChildThroughTheApi()
    {
        const QString repository = m_repository + QStringLiteral("-delete");
        RegistrySeeder seeder(m_registry, repository);
        IndexSpec spec;
        spec.images = {smallImage(QStringLiteral("amd64"), QStringLiteral("delete-probe")),
                       smallImage(QStringLiteral("arm64"), QStringLiteral("delete-probe"))};
        const auto pushed = seeder.pushIndex(spec, {QStringLiteral("probe")});
        QVERIFY2(pushed, qPrintable(seeder.lastError().message));
        const QString amd64 = pushed->images[0].manifest.digest;
        const QString arm64 = pushed->images[1].manifest.digest;
        QCOMPARE(m_http.head(manifestUrl(arm64, repository), AcceptAllManifests).status, 200);

        QVERIFY2(seeder.deleteManifest(arm64), qPrintable(seeder.lastError().message));
        QCOMPARE(m_http.head(manifestUrl(arm64, repository), AcceptAllManifests).status, 404);
        QCOMPARE(m_http.head(manifestUrl(amd64, repository), AcceptAllManifests).status, 200);
        const HttpReply tag =
            m_http.get(manifestUrl(QStringLiteral("probe"), repository), AcceptAllManifests);
        QCOMPARE(tag.status, 200);
        QCOMPARE(sha256(tag.body), pushed->manifest.digest);

        // Deleting it again is reported, with the registry's code.
        QVERIFY(!seeder.deleteManifest(arm64));
        QCOMPARE(seeder.lastError().httpStatus, 404);
        QCOMPARE(seeder.lastError().codes, QStringList{QStringLiteral("MANIFEST_UNKNOWN")});
        QVERIFY(seeder.lastError().message.contains(arm64));

        // Deleting the index itself takes its tag with it.
        QVERIFY2(seeder.deleteManifest(pushed->manifest.digest),
                 qPrintable(seeder.lastError().message));
        const HttpReply gone =
            m_http.get(manifestUrl(QStringLiteral("probe"), repository), AcceptAllManifests);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCodes(), QStringList{QStringLiteral("MANIFEST_UNKNOWN")});
    }

    void manifestReferencingAMissingBlobIsRejected()
    {
        const QString repository = m_repository + QStringLiteral("-rejects");
        RegistrySeeder seeder(m_registry, repository);
        const QString missing = sha256("a config blob that was never uploaded");
        const QByteArray manifest =
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" +
            missing.toLatin1() + "\",\"size\":37},\"layers\":[]}";

        QVERIFY(!seeder.pushManifest(manifest, QString::fromLatin1(MediaType::OciManifest),
                                     QStringLiteral("missing-blob")));
        const SeedError& error = seeder.lastError();
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.codes, QStringList{QStringLiteral("MANIFEST_BLOB_UNKNOWN")});
        QVERIFY2(error.message.contains(QLatin1String("MANIFEST_BLOB_UNKNOWN")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(missing), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("missing-blob")), qPrintable(error.message));
        QCOMPARE(
            m_http.head(manifestUrl(QStringLiteral("missing-blob"), repository), AcceptAllManifests)
                .status,
            404);
    }

    void indexReferencingAMissingChildIsRejected()
    {
        const QString repository = m_repository + QStringLiteral("-rejects");
        RegistrySeeder seeder(m_registry, repository);
        const QString missing = sha256("a platform manifest that was never pushed");
        const QByteArray index =
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
            "\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            "\"digest\":\"" +
            missing.toLatin1() +
            "\",\"size\":400,\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\"}}]}";

        QVERIFY(!seeder.pushManifest(index, QString::fromLatin1(MediaType::OciIndex),
                                     QStringLiteral("missing-child")));
        QCOMPARE(seeder.lastError().httpStatus, 400);
        QCOMPARE(seeder.lastError().codes, QStringList{QStringLiteral("MANIFEST_BLOB_UNKNOWN")});
        QVERIFY2(seeder.lastError().message.contains(missing),
                 qPrintable(seeder.lastError().message));
    }

    void badInputIsRefusedBeforeAnyRequest()
    {
        RegistrySeeder remote(QUrl(QStringLiteral("http://registry.example.com")),
                              QStringLiteral("a/b"));
        QVERIFY(!remote.isValid());
        QVERIFY2(remote.lastError().message.contains(QLatin1String("loopback")),
                 qPrintable(remote.lastError().message));
        QVERIFY(!remote.pushBlob("x", QStringLiteral("application/octet-stream")));

        QString error;
        QVERIFY(!seedRealisticHistory(QUrl(QStringLiteral("http://10.0.0.1:5000")),
                                      QStringLiteral("a/b"), &error));
        QVERIFY2(error.contains(QLatin1String("loopback")), qPrintable(error));

        RegistrySeeder upper(m_registry, QStringLiteral("LatticeNet/lattice-server"));
        QVERIFY(!upper.isValid());
        QVERIFY(upper.lastError().message.contains(QLatin1String("repository name")));

        RegistrySeeder seeder(m_registry, m_repository + QStringLiteral("-rejects"));
        QVERIFY(seeder.isValid());
        PushedManifest any{sha256("{}"), 2, QString::fromLatin1(MediaType::OciManifest), "{}"};
        QVERIFY(!seeder.tag(any, QStringLiteral("not a tag")));
        QCOMPARE(seeder.lastError().httpStatus, 0);
        QVERIFY(!seeder.deleteManifest(QStringLiteral("latest")));
        QVERIFY(seeder.lastError().message.contains(QLatin1String("not a sha256 digest")));

        IndexSpec dockerWithAttestations;
        dockerWithAttestations.format = ManifestFormat::Docker;
        dockerWithAttestations.attestations = true;
        dockerWithAttestations.images = {smallImage(QStringLiteral("amd64"), QStringLiteral("x"))};
        QVERIFY(!seeder.pushIndex(dockerWithAttestations, {}));
        QVERIFY(seeder.lastError().message.contains(QLatin1String("Docker manifest lists")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryHarness)
#include "tst_registryharness.moc"
