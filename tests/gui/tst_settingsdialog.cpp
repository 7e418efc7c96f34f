#include "ProfileStore.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "TokenField.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Lattice;

// Drives the dialog the way a maintainer does, against the real
// gnome-keyring Secret Service of the "keyring" CTest fixture.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    // Outlives every dialog: a keychain job still in flight when its store
    // is destroyed would call back into freed memory.
    SecretStore m_secrets{uniqueService()};

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        // Leaving the field is when the dialog looks the token up.
        emit edit->editingFinished();
    }

    static QString uniqueService()
    {
        return QStringLiteral("lattice-desk-test-") +
               QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .startsWith(QStringLiteral("unix:path=")),
                 "the keyring fixture's session bus is not configured");
    }

    void addEditSwitchRemove()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        SettingsDialog dialog(&profiles, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* list = child<QListWidget>(&dialog, "settings-profile-list");
        QCOMPARE(list->count(), 1);
        QVERIFY(!child<QPushButton>(&dialog, "settings-remove-profile")->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "settings-add-profile"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.selectedProfileName(), QStringLiteral("New profile"));

        // Every field of the profile, edited through its widget.
        typeInto(child<QLineEdit>(&dialog, "settings-name"), QStringLiteral("Fork"));
        QVERIFY(dialog.isDirty());
        QVERIFY(!list->isEnabled()); // switching now would lose the edits
        typeInto(child<QLineEdit>(&dialog, "settings-channels"), QStringLiteral("latest, edge"));
        typeInto(child<QLineEdit>(&dialog, "settings-registry-url"),
                 QStringLiteral("http://127.0.0.1:5000"));
        // Live validation: plain HTTP needs the loopback switch.
        auto* save = child<QPushButton>(&dialog, "settings-save");
        auto* validation = child<QLabel>(&dialog, "settings-validation");
        QVERIFY(!save->isEnabled());
        QVERIFY2(validation->text().contains(QStringLiteral("Registry URL")),
                 qPrintable(validation->text()));
        child<QCheckBox>(&dialog, "settings-insecure")->click();
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        typeInto(child<QLineEdit>(&dialog, "settings-image-repository"),
                 QStringLiteral("fork/lattice-server"));
        typeInto(child<QLineEdit>(&dialog, "settings-github-url"),
                 QStringLiteral("http://127.0.0.1:5001"));
        typeInto(child<QLineEdit>(&dialog, "settings-server-repo"),
                 QStringLiteral("Fork/lattice-server"));
        typeInto(child<QLineEdit>(&dialog, "settings-agent-repo"),
                 QStringLiteral("Fork/lattice-node-agent"));
        typeInto(child<QLineEdit>(&dialog, "settings-sdk-repo"), QStringLiteral("Fork/sdk"));
        typeInto(child<QLineEdit>(&dialog, "settings-docs-repo"), QStringLiteral("Fork/docs"));
        typeInto(child<QLineEdit>(&dialog, "settings-docs-url"),
                 QStringLiteral("http://127.0.0.1:5002/"));
        typeInto(child<QLineEdit>(&dialog, "settings-plugin-index-url"),
                 QStringLiteral("http://127.0.0.1:5003/plugins.json"));
        typeInto(child<QLineEdit>(&dialog, "settings-image-repository"),
                 QStringLiteral("Not/Lower"));
        QVERIFY(!save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("Not/Lower")));
        typeInto(child<QLineEdit>(&dialog, "settings-image-repository"),
                 QStringLiteral("fork/lattice-server"));

        QTest::mouseClick(child<QPushButton>(&dialog, "settings-add-server"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&dialog, "settings-server-label"), QStringLiteral("Staging"));
        typeInto(child<QLineEdit>(&dialog, "settings-server-url"),
                 QStringLiteral("http://127.0.0.1:8088"));
        QVERIFY(!save->isEnabled());
        child<QCheckBox>(&dialog, "settings-server-insecure")->click();
        typeInto(child<QLineEdit>(&dialog, "settings-server-ca-file"),
                 QStringLiteral("/etc/ssl/staging-ca.pem"));
        QCOMPARE(child<QListWidget>(&dialog, "settings-server-list")->item(0)->text(),
                 QStringLiteral("Staging"));
        QVERIFY2(save->isEnabled(), qPrintable(validation->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isDirty());

        QVERIFY(!profiles.contains(QStringLiteral("New profile")));
        QVERIFY(profiles.contains(QStringLiteral("Fork")));
        Profile saved;
        for (const Profile& p : profiles.profiles()) {
            if (p.name == QStringLiteral("Fork"))
                saved = p;
        }
        QCOMPARE(saved.movingChannels,
                 (QStringList{QStringLiteral("latest"), QStringLiteral("edge")}));
        QVERIFY(saved.allowInsecureLoopback);
        QCOMPARE(saved.registryUrl, QUrl(QStringLiteral("http://127.0.0.1:5000")));
        QCOMPARE(saved.imageRepository, QStringLiteral("fork/lattice-server"));
        QCOMPARE(saved.githubApiUrl, QUrl(QStringLiteral("http://127.0.0.1:5001")));
        QCOMPARE(saved.serverRepo, QStringLiteral("Fork/lattice-server"));
        QCOMPARE(saved.agentRepo, QStringLiteral("Fork/lattice-node-agent"));
        QCOMPARE(saved.sdkRepo, QStringLiteral("Fork/sdk"));
        QCOMPARE(saved.docsRepo, QStringLiteral("Fork/docs"));
        QCOMPARE(saved.docsSiteUrl, QUrl(QStringLiteral("http://127.0.0.1:5002/")));
        QCOMPARE(saved.pluginIndexUrl, QUrl(QStringLiteral("http://127.0.0.1:5003/plugins.json")));
        QCOMPARE(saved.servers.size(), 1);
        QCOMPARE(saved.servers.first().label, QStringLiteral("Staging"));
        QCOMPARE(saved.servers.first().url, QUrl(QStringLiteral("http://127.0.0.1:8088")));
        QVERIFY(saved.servers.first().allowInsecureLoopback);
        QCOMPARE(saved.servers.first().caFile, QStringLiteral("/etc/ssl/staging-ca.pem"));

        // Switch.
        QSignalSpy switched(&profiles, &ProfileStore::currentChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-use-profile"), Qt::LeftButton);
        QCOMPARE(profiles.currentName(), QStringLiteral("Fork"));
        QCOMPARE(switched.count(), 1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("Fork")));
        QVERIFY(!child<QPushButton>(&dialog, "settings-use-profile")->isEnabled());

        // Edit the profile in use: saving re-applies it.
        typeInto(child<QLineEdit>(&dialog, "settings-sdk-repo"), QStringLiteral("Fork/sdk2"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(switched.count(), 2);
        QCOMPARE(profiles.current().sdkRepo, QStringLiteral("Fork/sdk2"));

        // Remove a server, then revert.
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-remove-server"), Qt::LeftButton);
        QCOMPARE(dialog.draft().servers.size(), 0);
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-revert"), Qt::LeftButton);
        QCOMPARE(dialog.draft().servers.size(), 1);
        QVERIFY(!dialog.isDirty());

        // Remove the profile in use: the other one takes over.
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-remove-profile"), Qt::LeftButton);
        QVERIFY(!profiles.contains(QStringLiteral("Fork")));
        QCOMPARE(list->count(), 1);
        QCOMPARE(profiles.currentName(), Profile::upstream().name);
        QCOMPARE(dialog.selectedProfileName(), Profile::upstream().name);
    }

    void duplicateNameIsRefused()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("dup.ini")));
        profiles.save(Profile::upstream());
        SettingsDialog dialog(&profiles, &m_secrets);
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-duplicate-profile"),
                          Qt::LeftButton);
        QCOMPARE(profiles.profiles().size(), 2);
        typeInto(child<QLineEdit>(&dialog, "settings-name"), Profile::upstream().name);
        QVERIFY(!child<QPushButton>(&dialog, "settings-save")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "settings-validation")
                    ->text()
                    .contains(QStringLiteral("already exists")));
    }

    void tokenIsSetInTheKeychainOnlyAndRemoved()
    {
        const QString settingsFile = m_dir.filePath(QStringLiteral("tokens.ini"));
        ProfileStore profiles(settingsFile);
        Profile withServer = Profile::upstream();
        withServer.servers.append({QUrl(QStringLiteral("https://lattice.example.com")),
                                   QStringLiteral("Prod"),
                                   false,
                                   {}});
        profiles.save(withServer);
        SettingsDialog dialog(&profiles, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString token =
            QStringLiteral("ghp_settingsDialogTest") + QUuid::createUuid().toString(QUuid::Id128);
        struct Case
        {
            const char* field;
            QString key;
        };
        const Case cases[] = {
            {"settings-github-token",
             SecretStore::githubKey(QUrl(QStringLiteral("https://api.github.com")))},
            {"settings-registry-token",
             SecretStore::registryKey(QUrl(QStringLiteral("https://ghcr.io")))},
            {"settings-server-token",
             SecretStore::serverKey(QUrl(QStringLiteral("https://lattice.example.com")))},
        };
        for (const Case& c : cases) {
            auto* field = child<TokenField>(&dialog, c.field);
            QTRY_COMPARE(field->state(), TokenField::State::NotSet);
            QCOMPARE(field->key(), c.key);
            const QString prefix = QString::fromLatin1(c.field);
            auto* replace = field->findChild<QPushButton*>(prefix + QStringLiteral("-replace"));
            auto* input = field->findChild<QLineEdit*>(prefix + QStringLiteral("-input"));
            QVERIFY(replace && input);
            QTest::mouseClick(replace, Qt::LeftButton);
            QCOMPARE(input->echoMode(), QLineEdit::Password);
            QTest::keyClicks(input, token);
            QTest::keyClick(input, Qt::Key_Return);
            QVERIFY(input->text().isEmpty()); // the widget keeps no copy
            QTRY_COMPARE(field->state(), TokenField::State::Set);
            QCOMPARE(field->statusText(), QStringLiteral("Set (in the keychain)"));
            QVERIFY(!field->statusText().contains(token));

            // In the keychain, seen through another client of the same service…
            SecretStore other(m_secrets.service());
            const SecretStore::Result stored = other.readBlocking(c.key);
            QCOMPARE(stored.status, SecretStore::Status::Ok);
            QVERIFY(!stored.sessionOnly);
            QCOMPARE(stored.secret, token);
        }

        // …and nowhere in the settings file, even after a save.
        typeInto(child<QLineEdit>(&dialog, "settings-channels"), QStringLiteral("latest"));
        QVERIFY(dialog.saveProfile());
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = file.readAll();
        QVERIFY(settingsBytes.contains("lattice.example.com"));
        QVERIFY(!settingsBytes.contains(token.toUtf8()));
        QVERIFY(!settingsBytes.contains("ghp_"));

        for (const Case& c : cases) {
            auto* field = child<TokenField>(&dialog, c.field);
            auto* remove = field->findChild<QPushButton*>(QString::fromLatin1(c.field) +
                                                          QStringLiteral("-remove"));
            QTest::mouseClick(remove, Qt::LeftButton);
            QTRY_COMPARE(field->state(), TokenField::State::NotSet);
            QCOMPARE(field->statusText(), QStringLiteral("Not set"));
            QCOMPARE(SecretStore(m_secrets.service()).readBlocking(c.key).status,
                     SecretStore::Status::NotFound);
        }
        QVERIFY(child<QLabel>(&dialog, "settings-keychain-banner")->isHidden());
    }

    void failingConnectionTestSaysWhy()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("probe.ini")));
        SettingsDialog dialog(&profiles, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Port 9 (discard) on loopback is closed: the connection is refused.
        child<QCheckBox>(&dialog, "settings-insecure")->click();
        typeInto(child<QLineEdit>(&dialog, "settings-registry-url"),
                 QStringLiteral("http://127.0.0.1:9"));
        auto* result = child<QLabel>(&dialog, "settings-registry-test-result");
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-registry-test"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Failed: ")), 15000);
        QVERIFY2(result->text().size() > QStringLiteral("Failed: ").size(),
                 qPrintable(result->text()));
        QVERIFY(child<QPushButton>(&dialog, "settings-registry-test")->isEnabled());

        // A plain-HTTP server that is not on loopback is refused before any
        // packet is sent, and the reason says so.
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-add-server"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&dialog, "settings-server-url"),
                 QStringLiteral("http://lattice.example.com"));
        auto* serverResult = child<QLabel>(&dialog, "settings-server-test-result");
        QTest::mouseClick(child<QPushButton>(&dialog, "settings-server-test"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(serverResult->text().startsWith(QStringLiteral("Failed: ")),
                                 15000);
        QVERIFY2(serverResult->text().contains(QStringLiteral("HTTP"), Qt::CaseInsensitive),
                 qPrintable(serverResult->text()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
