#include "HttpSession.h"
#include "ImageLaneRefresh.h"
#include "ImageLaneService.h"
#include "RegistryClient.h"
#include "RegistrySeeder.h"
#include "Store.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Lattice;

// Against the real docker-registry started by the "registry" fixture, seeded
// with a history shaped like ghcr.io/latticenet/lattice-server.
class TestRegistryClient : public QObject
{
    Q_OBJECT

    QUrl m_registry;
    QString m_repository;
    Test::SeededHistory m_history;
    QTemporaryDir m_dir;

    QList<Oci::TagInfo> refresh(RegistryClient& client, const ImageLaneRefresh::Options& options,
                                Store* store = nullptr)
    {
        ImageLaneRefresh refresh(&client);
        if (store)
            refresh.setStore(store);
        QSignalSpy finished(&refresh, &ImageLaneRefresh::finished);
        refresh.start(options);
        if (!finished.wait(60000))
            return {};
        if (!finished.first().first().toString().isEmpty())
            qWarning("refresh failed: %s", qPrintable(finished.first().first().toString()));
        return refresh.tags();
    }

private slots:
    void initTestCase()
    {
        m_registry = Test::registryUrl();
        QVERIFY2(m_registry.isValid() && !m_registry.isEmpty(),
                 "the registry fixture did not start");
        m_repository = QStringLiteral("latticenet/client-") +
                       QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        const auto history = Test::seedRealisticHistory(m_registry, m_repository, &error);
        QVERIFY2(history, qPrintable(error));
        m_history = *history;
    }

    void listsEveryTag()
    {
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, m_repository, true);
        QStringList tags;
        RegistryClient::Error error;
        bool done = false;
        client.listTags([&](const QStringList& t, const RegistryClient::Error& e) {
            tags = t;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(!error, qPrintable(error.message));
        QStringList expected = m_history.tags.keys();
        expected.sort();
        QCOMPARE(tags, expected);
    }

    void refreshMatchesWhatWasPushed()
    {
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, m_repository, true);
        const QList<Oci::TagInfo> tags = refresh(client, {});
        QCOMPARE(tags.size(), m_history.tags.size());
        for (const Oci::TagInfo& t : tags) {
            QVERIFY2(t.error.isEmpty(), qPrintable(t.tag + QStringLiteral(": ") + t.error));
            QCOMPARE(t.digest, m_history.tags.value(t.tag));
            const Test::SeededIndex* index = m_history.indexForTag(t.tag);
            QVERIFY(index);
            QCOMPARE(t.mediaType, index->mediaType);
            QCOMPARE(t.platforms.size(), index->children.size());
            for (const Test::SeededChild& child : index->children) {
                const Oci::PlatformImage* p = t.platform(child.platform);
                QVERIFY2(p, qPrintable(t.tag + QStringLiteral(" lacks ") + child.platform));
                QCOMPARE(p->digest, child.digest);
                QCOMPARE(p->childStatus == 404, child.deleted);
                if (!child.deleted) {
                    QVERIFY(p->configDigest.startsWith(QStringLiteral("sha256:")));
                    QVERIFY(p->layerCount > 0);
                }
            }
            QCOMPARE(t.attestationCount, int(index->attestations.size()));
            QCOMPARE(t.version, index->version);
            QCOMPARE(t.revision, index->revision);
        }
    }

    void warmRefreshSendsOnlyTagListAndOneHeadPerTag()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("warm.sqlite"))));
        Net::HttpSession session;
        {
            RegistryClient cold(&session, m_registry, m_repository, true);
            cold.setStore(&store);
            refresh(cold, {}, &store);
            QVERIFY(cold.stats().manifestGets > m_history.tags.size());
        }
        RegistryClient warm(&session, m_registry, m_repository, true);
        warm.setStore(&store);
        const QList<Oci::TagInfo> tags = refresh(warm, {}, &store);
        QCOMPARE(tags.size(), m_history.tags.size());
        const RegistryClient::Stats stats = warm.stats();
        QCOMPARE(stats.tagPages, 1);
        QCOMPARE(stats.heads, int(m_history.tags.size()));
        // Deleted children were never cached, so each broken tag still asks
        // for its missing child; everything else comes from the store.
        QCOMPARE(stats.manifestGets, int(m_history.brokenTags().size()));
        QCOMPARE(stats.blobGets, 0);
        QVERIFY(stats.cacheHits > 0);
        // History holds one row per tag, since nothing moved between runs.
        QCOMPARE(store.tagHistory(m_repository).size(), m_history.tags.size());
    }

    void healthCheckFindsDeletedChildrenEvenWhenCached()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("health.sqlite"))));
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, m_repository, true);
        client.setStore(&store);
        refresh(client, {});
        const QList<Oci::TagInfo> checked = refresh(client, {{}, true, false});
        QStringList broken;
        for (const Oci::TagInfo& t : checked) {
            for (const Oci::PlatformImage& p : t.platforms) {
                if (p.childStatus == 404)
                    broken << t.tag;
                else
                    QCOMPARE(p.childStatus, 200);
            }
        }
        broken.sort();
        QStringList expected = m_history.brokenTags();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(broken, expected);
    }

    void deletingAChildThroughTheApiBreaksTheTag()
    {
        // A fresh repository so the shared history stays intact.
        const QString repo = m_repository + QStringLiteral("-del");
        Test::RegistrySeeder seeder(m_registry, repo);
        QVERIFY2(seeder.isValid(), qPrintable(seeder.lastError().message));
        Test::IndexSpec spec;
        spec.images = {{{QStringLiteral("linux"), QStringLiteral("amd64"), {}},
                        QStringLiteral("1.0.0"),
                        QStringLiteral("abc"),
                        QStringLiteral("2026-07-10T00:00:00Z"),
                        {},
                        {}},
                       {{QStringLiteral("linux"), QStringLiteral("arm64"), {}},
                        QStringLiteral("1.0.0"),
                        QStringLiteral("abc"),
                        QStringLiteral("2026-07-10T00:00:00Z"),
                        {},
                        {}}};
        const auto pushed = seeder.pushIndex(spec, {QStringLiteral("1.0.0")});
        QVERIFY2(pushed, qPrintable(seeder.lastError().message));

        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("del.sqlite"))));
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, repo, true);
        client.setStore(&store);
        QList<Oci::TagInfo> before = refresh(client, {{}, true, false});
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().platforms.size(), 2);
        QCOMPARE(before.first().platforms.at(1).childStatus, 200);

        const QString arm = pushed->images.at(1).manifest.digest;
        QVERIFY2(seeder.deleteManifest(arm), qPrintable(seeder.lastError().message));
        const QList<Oci::TagInfo> after = refresh(client, {{}, true, false});
        QCOMPARE(after.first().digest, before.first().digest); // the tag still resolves
        const Oci::PlatformImage* p = after.first().platform(QStringLiteral("linux/arm64"));
        QVERIFY(p);
        QCOMPARE(p->digest, arm);
        QCOMPARE(p->childStatus, 404);
        QCOMPARE(after.first().platform(QStringLiteral("linux/amd64"))->childStatus, 200);
    }

    void serviceRefreshesOffTheGuiThread()
    {
        ImageLaneService service(m_dir.filePath(QStringLiteral("service.sqlite")));
        ImageLaneService::Endpoint endpoint;
        endpoint.registry = m_registry;
        endpoint.repository = m_repository;
        endpoint.allowInsecureLoopback = true;
        service.setEndpoint(endpoint);
        QSignalSpy refreshed(&service, &ImageLaneService::refreshed);
        QSignalSpy progress(&service, &ImageLaneService::progress);
        QSignalSpy busy(&service, &ImageLaneService::busyChanged);
        service.refresh();
        QVERIFY(service.isBusy());
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!service.isBusy());
        QCOMPARE(busy.count(), 2);
        const auto tags = refreshed.first().at(0).value<QList<Oci::TagInfo>>();
        QCOMPARE(refreshed.first().at(1).toString(), QString());
        QCOMPARE(tags.size(), m_history.tags.size());
        QVERIFY(progress.count() >= tags.size());
        QCOMPARE(progress.last().at(0).toInt(), int(tags.size()));

        QSignalSpy history(&service, &ImageLaneService::historyLoaded);
        service.loadHistory();
        QVERIFY(history.wait(10000));
        QCOMPARE(history.first().first().value<QList<Store::TagObservation>>().size(), tags.size());

        // A second refresh started while one runs cancels the first cleanly:
        // two answers, the first one "cancelled", and busy ends at false.
        refreshed.clear();
        service.refresh();
        service.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 60000);
        QCOMPARE(refreshed.at(0).at(1).toString(), QStringLiteral("cancelled"));
        QCOMPARE(refreshed.at(1).at(1).toString(), QString());
        QVERIFY(!service.isBusy());
    }

    void missingTagIsNotFound()
    {
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, m_repository, true);
        const QList<Oci::TagInfo> tags =
            refresh(client, {{QStringLiteral("no-such-tag")}, false, false});
        QCOMPARE(tags.size(), 1);
        QVERIFY(!tags.first().readable());
        QVERIFY(tags.first().error.contains(QStringLiteral("404")));
    }

    void plainHttpNeedsPermission()
    {
        Net::HttpSession session;
        RegistryClient client(&session, m_registry, m_repository, false);
        RegistryClient::Error error;
        bool done = false;
        client.listTags([&](const QStringList&, const RegistryClient::Error& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.kind, RegistryClient::Error::Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
