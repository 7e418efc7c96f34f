#include "Store.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

using Lattice::Store;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void freshStoreIsAtLatestSchema()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("nested/a.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(!store.sqliteVersion().isEmpty());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const char* t :
             {"artifacts", "http_cache", "manifests", "policy_drafts", "snapshots", "tag_history"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void reopeningDoesNotRerunMigrations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(store.putSnapshot(QStringLiteral("agent"), "payload-1",
                                      QDateTime::currentDateTimeUtc()));
        }
        Store again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.snapshot(QStringLiteral("agent"))->payload, QByteArray("payload-1"));
    }

    void snapshotReplacesPerLane()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("c.sqlite"))));
        const QDateTime first = QDateTime(QDate(2026, 8, 22), QTime(12, 1, 32, 5), Qt::UTC);
        QVERIFY(store.putSnapshot(QStringLiteral("image"), "one", first));
        QVERIFY(store.putSnapshot(QStringLiteral("image"), "two", first.addSecs(60)));
        QVERIFY(store.putSnapshot(QStringLiteral("docs"), "three", first));
        const auto image = store.snapshot(QStringLiteral("image"));
        QVERIFY(image.has_value());
        QCOMPARE(image->payload, QByteArray("two"));
        QCOMPARE(image->takenAt, first.addSecs(60));
        QVERIFY(!store.snapshot(QStringLiteral("sdk")).has_value());
    }

    void refusesAStoreFromTheFuture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(error.contains(QStringLiteral("newer version")));
        QVERIFY(!store.isOpen());
        // The file is left exactly as it was.
        Store check;
        QVERIFY(!check.open(path));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(junk.open(QIODevice::ReadOnly));
        QCOMPARE(junk.readAll(), QByteArray(4096, 'x'));
    }

    void contentIsWrittenOnce()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("e.sqlite"))));
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QVERIFY(!store.content(digest).has_value());
        QVERIFY(store.putContent(digest, QStringLiteral("application/vnd.oci.image.index.v1+json"),
                                 "{\"a\":1}"));
        // Content-addressed: a second write for the same digest changes nothing.
        QVERIFY(store.putContent(digest, QStringLiteral("other"), "different"));
        const auto cached = store.content(digest);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->body, QByteArray("{\"a\":1}"));
        QCOMPARE(cached->mediaType, QStringLiteral("application/vnd.oci.image.index.v1+json"));
    }

    void tagHistoryRecordsChangesOnly()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("f.sqlite"))));
        const QString repo = QStringLiteral("latticenet/lattice-server");
        const QDateTime t0(QDate(2026, 7, 5), QTime(8, 0), Qt::UTC);
        bool changed = false;
        QVERIFY(store.recordTag(repo, QStringLiteral("latest"), QStringLiteral("sha256:1"), t0,
                                &changed));
        QVERIFY(changed);
        QVERIFY(store.recordTag(repo, QStringLiteral("latest"), QStringLiteral("sha256:1"),
                                t0.addDays(1), &changed));
        QVERIFY(!changed);
        QVERIFY(store.recordTag(repo, QStringLiteral("latest"), QStringLiteral("sha256:2"),
                                t0.addDays(2), &changed));
        QVERIFY(changed);
        QVERIFY(store.recordTag(repo, QStringLiteral("alpha"), QStringLiteral("sha256:1"),
                                t0.addDays(2), &changed));
        QVERIFY(store.recordTag(QStringLiteral("other/repo"), QStringLiteral("latest"),
                                QStringLiteral("sha256:9"), t0, &changed));
        const auto latest = store.tagHistory(repo, QStringLiteral("latest"));
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).digest, QStringLiteral("sha256:1"));
        QCOMPARE(latest.at(1).digest, QStringLiteral("sha256:2"));
        QCOMPARE(latest.at(1).observedAt, t0.addDays(2));
        QCOMPARE(store.tagHistory(repo).size(), 3);
    }

    // On a first start the window, the overview and each lane's worker open
    // the same new file at once, each on its own thread. Every one of them
    // must open it, whoever runs the migrations.
    void storesOpeningANewFileAtOnceAllSucceed()
    {
        QTemporaryDir dir;
        constexpr int kRounds = 10;
        constexpr int kOpeners = 6;
        for (int round = 0; round < kRounds; ++round) {
            const QString path = dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
            QMutex mutex;
            QStringList failures;
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads.emplace_back(QThread::create([&] {
                    Store store;
                    QString error;
                    const bool ok = store.open(path, &error) &&
                                    store.schemaVersion() == Store::latestSchemaVersion();
                    if (!ok) {
                        const QMutexLocker lock(&mutex);
                        failures << error;
                    }
                }));
            }
            for (auto& t : threads)
                t->start();
            for (auto& t : threads)
                QVERIFY(t->wait(60000));
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        }
    }

    void twoStoresOnOneThreadAreIndependent()
    {
        QTemporaryDir dir;
        Store a;
        Store b;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(b.open(dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(a.putSnapshot(QStringLiteral("x"), "a", QDateTime::currentDateTimeUtc()));
        QVERIFY(!b.snapshot(QStringLiteral("x")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
