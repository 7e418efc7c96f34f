#include "ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void emptySettingsGiveTheUpstreamProfile()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.current(), Profile::upstream());
    }

    void lastSeenValuesArePerProfileAndSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        const QMap<QString, QString> seen{
            {QStringLiteral("image/latest"), QStringLiteral("0.2.1 (aaaaaaaaaaaa)")},
            {QStringLiteral("agent/server-latest"), QStringLiteral("v0.2.9")}};
        {
            ProfileStore store(file);
            store.setLastSeen(QStringLiteral("Upstream / fork"), seen);
        }
        ProfileStore reopened(file);
        QCOMPARE(reopened.lastSeen(QStringLiteral("Upstream / fork")), seen);
        QVERIFY(reopened.lastSeen(QStringLiteral("other")).isEmpty());
        // Watched values never turn into profiles.
        QCOMPARE(reopened.profiles().size(), 1);
    }

    void saveSwitchRemove()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            ProfileStore store(file);
            store.save(Profile::upstream());
            Profile demo = Profile::upstream();
            demo.name = QStringLiteral("demo");
            demo.registryUrl = QUrl(QStringLiteral("http://127.0.0.1:5000"));
            demo.allowInsecureLoopback = true;
            store.save(demo);
            QSignalSpy spy(&store, &ProfileStore::currentChanged);
            QVERIFY(store.setCurrent(QStringLiteral("demo")));
            QCOMPARE(spy.count(), 1);
            QVERIFY(!store.setCurrent(QStringLiteral("missing")));
        }
        ProfileStore reopened(file);
        QCOMPARE(reopened.currentName(), QStringLiteral("demo"));
        QCOMPARE(reopened.current().registryUrl, QUrl(QStringLiteral("http://127.0.0.1:5000")));
        QVERIFY(reopened.remove(QStringLiteral("demo")));
        QCOMPARE(reopened.currentName(), Profile::upstream().name);
        QVERIFY2(!reopened.remove(Profile::upstream().name), "the last profile must stay");
    }

    void renameKeepsCurrent()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        store.save(Profile::upstream());
        QVERIFY(store.rename(Profile::upstream().name, QStringLiteral("mine")));
        QCOMPARE(store.currentName(), QStringLiteral("mine"));
        QVERIFY(!store.rename(QStringLiteral("mine"), QString()));
    }

    void settingsHoldNoSecretsByConstruction()
    {
        // The settings file is readable by anything running as the user, so
        // nothing token-shaped may be written there. A profile has no token
        // field at all; this pins the keys that are written.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            ProfileStore store(file);
            Profile p = Profile::upstream();
            p.servers.append({QUrl(QStringLiteral("https://lattice.example.com")),
                              QStringLiteral("prod"),
                              false,
                              {}});
            store.save(p);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("secret"));
        QVERIFY(text.contains("lattice.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
