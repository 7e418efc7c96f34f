#include "SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using Lattice::SecretStore;

// Runs against the real gnome-keyring Secret Service started by the
// "keyring" CTest fixture. It must not skip: without the fixture it fails.
class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QStringLiteral("unix:path=")),
                 "the keyring fixture's session bus is not configured");
    }

    void writeReadRemove()
    {
        SecretStore store(QStringLiteral("lattice-desk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString key = SecretStore::serverKey(QUrl(QStringLiteral("https://lattice.example.com/some/path")));
        QCOMPARE(key, QStringLiteral("server:https://lattice.example.com"));
        const QString token = QStringLiteral("token_abcdefghijklmnop.") + QString(43, QLatin1Char('x'));

        const SecretStore::Result missing = store.readBlocking(key);
        QCOMPARE(missing.status, SecretStore::Status::NotFound);

        const SecretStore::Result written = store.writeBlocking(key, token);
        QVERIFY2(written.status == SecretStore::Status::Ok, qPrintable(written.errorText));
        QVERIFY(!written.sessionOnly);

        const SecretStore::Result read = store.readBlocking(key);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.secret, token);

        // A second store instance (another process would be the same) sees
        // it: the value really is in the keyring, not in memory.
        SecretStore other(store.service());
        QCOMPARE(other.readBlocking(key).secret, token);

        QCOMPARE(store.removeBlocking(key).status, SecretStore::Status::Ok);
        QCOMPARE(store.readBlocking(key).status, SecretStore::Status::NotFound);
        // Removing again is not an error.
        QCOMPARE(store.removeBlocking(key).status, SecretStore::Status::Ok);
    }

    void visibleToOtherSecretServiceClients()
    {
        // secret-tool is an independent Secret Service client: if it finds the
        // entry, QtKeychain really wrote to the keyring daemon.
        const QString service = QStringLiteral("lattice-desk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecretStore store(service);
        const QString key = SecretStore::githubKey(QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(store.writeBlocking(key, QStringLiteral("ghp_testvalue")).status, SecretStore::Status::Ok);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), service,
                                                   QStringLiteral("user"), key});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.readAllStandardOutput(), QByteArray("ghp_testvalue"));
        QCOMPARE(store.removeBlocking(key).status, SecretStore::Status::Ok);
    }

    void keysAreOriginsOnly()
    {
        QCOMPARE(SecretStore::registryKey(QUrl(QStringLiteral("https://GHCR.io/v2/"))), QStringLiteral("registry:https://ghcr.io"));
        QCOMPARE(SecretStore::serverKey(QUrl(QStringLiteral("https://user:pw@host:8443/x?y#z"))), QStringLiteral("server:https://host:8443"));
        QVERIFY(SecretStore::serverKey(QUrl(QStringLiteral("https://a.example"))) !=
                SecretStore::serverKey(QUrl(QStringLiteral("https://b.example"))));
    }

    void sessionOnlyWhenNoKeychain()
    {
        SecretStore store(QStringLiteral("lattice-desk-test-session"));
        store.holdForSession(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(store.hasSessionSecret(QStringLiteral("k")));
        QCOMPARE(store.removeBlocking(QStringLiteral("k")).status, SecretStore::Status::Ok);
        QVERIFY(!store.hasSessionSecret(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
