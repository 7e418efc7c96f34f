#include "ProfileStore.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "TokenField.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

// Run without the keyring fixture: the harness disables the session bus, so
// no Secret Service can answer, as on a server without a desktop session.
class TestSettingsNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void tokenIsHeldForTheSessionOnlyAndTheDialogSaysSo()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") == QStringLiteral("disabled:"),
                 "this test must run without a session bus");
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("profiles.ini"));
        ProfileStore profiles(settingsFile);
        profiles.save(Profile::upstream());
        SecretStore secrets(QStringLiteral("lattice-desk-test-nokeychain"));
        SettingsDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* field = dialog.findChild<TokenField*>(QStringLiteral("settings-github-token"));
        QVERIFY(field);
        QTRY_VERIFY_WITH_TIMEOUT(field->state() != TokenField::State::Checking, 35000);
        QVERIFY2(field->state() == TokenField::State::NotSet, qPrintable(field->statusText()));
        auto* banner = dialog.findChild<QLabel*>(QStringLiteral("settings-keychain-banner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("No keychain is available")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("this session only")));

        const QString token = QStringLiteral("ghp_sessionOnlyTokenValue");
        auto* replace =
            field->findChild<QPushButton*>(QStringLiteral("settings-github-token-replace"));
        auto* input = field->findChild<QLineEdit*>(QStringLiteral("settings-github-token-input"));
        QTest::mouseClick(replace, Qt::LeftButton);
        QTest::keyClicks(input, token);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(field->state(), TokenField::State::SetForSession, 35000);
        QVERIFY2(field->statusText().contains(QStringLiteral("this session only")),
                 qPrintable(field->statusText()));
        QVERIFY(secrets.hasSessionSecret(field->key()));

        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));

        auto* remove =
            field->findChild<QPushButton*>(QStringLiteral("settings-github-token-remove"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(field->state(), TokenField::State::NotSet, 35000);
        QVERIFY(!secrets.hasSessionSecret(field->key()));
    }
};

QTEST_MAIN(TestSettingsNoKeychain)
#include "tst_settingsnokeychain.moc"
