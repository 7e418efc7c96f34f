#include "AgentLanePage.h"
#include "ApprovalsView.h"
#include "ConnectionCheck.h"
#include "FixtureServerProcess.h"
#include "GoAgents.h"
#include "Lane.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "PoliciesPage.h"
#include "PolicyForm.h"
#include "PolicyReviewView.h"
#include "ProcessHardening.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "ServerNodeModel.h"
#include "ServerPanel.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "TokenField.h"
#include "TokenScan.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <unistd.h>

using namespace Lattice;

namespace {
// Tokens the fixture server accepts (tests/fixtures/data/default/*/tokens.json)
// and one it has never heard of, each recognisable wherever it turns up.
constexpr char kLatticeToken[] =
    "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
constexpr char kGitHubToken[] = "ghp_LatticeFixtureMaintainer0000000000";
constexpr char kRegistryToken[] = "ghp_DeskLeakCanaryRegistryPat000000000000";
constexpr int kWaitMs = 60000;

// Every Qt message of the process, whatever thread it came from.
QMutex g_messagesMutex;
QByteArray g_messages;
QtMessageHandler g_testlibHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_messagesMutex);
        g_messages += QByteArray(context.category ? context.category : "default") + ": " +
                      message.toUtf8() + '\n';
    }
    // Qt Test prints the rest, so the suite's log holds it as well. The
    // network trace (about a thousand lines) is searched here and not
    // printed, or it would bury any failure.
    const bool trace =
        type == QtDebugMsg && context.category && qstrncmp(context.category, "lattice.", 8) == 0;
    if (g_testlibHandler && !trace)
        g_testlibHandler(type, context, message);
}

QList<Test::Secret> secrets()
{
    return {{QStringLiteral("the fixture's admin Lattice token"), kLatticeToken},
            {QStringLiteral("the fixture's maintainer GitHub token"), kGitHubToken},
            {QStringLiteral("the registry canary token"), kRegistryToken}};
}
} // namespace

// Drives the desk's token-carrying flows in this process, the way the
// maintainer does, with the tokens in the test keyring under the desk's own
// keychain service and lattice.* debug logging on: the Policies page (server
// version, nodes, push, plan, approve), the Node agent lane (list, download
// and the sandboxed identity check, with a GitHub token) and Settings' Test
// connection. Then it searches every Qt message, the private settings, data
// and cache directories (settings, store, downloads), the process
// environment and what the sandbox was started with: no token may be there.
class TestDeskTokenLeaks : public QObject
{
    Q_OBJECT

    const QString m_home; // the XDG directories main() set up
    Test::FixtureServerProcess m_server;
    QTemporaryDir m_work;
    QString m_sandboxLog; // argv and environment of every bwrap the desk started
    QStringList m_expectedFiles;

    Profile profile() const
    {
        Profile p = Profile::upstream();
        p.name = QStringLiteral("Fixture");
        // Every endpoint on the fixture: nothing leaves the machine.
        const QString base = m_server.baseUrl().toString();
        p.registryUrl = m_server.baseUrl();
        p.githubApiUrl = m_server.baseUrl();
        p.docsSiteUrl = QUrl(base + QStringLiteral("/docs/"));
        p.pluginIndexUrl = QUrl(base + QStringLiteral("/plugins.json"));
        p.allowInsecureLoopback = true;
        p.servers = {{m_server.baseUrl(), QStringLiteral("Fixture Lattice"), true, {}}};
        return p;
    }

    QJsonObject fixtureState() const
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply* reply = nam.get(QNetworkRequest(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/_fixture/lattice/state"))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return state;
    }

    static QTreeWidgetItem* asset(QTreeWidget* tree, const QString& tag, const QString& name)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* release = tree->topLevelItem(i);
            for (int j = 0; release->text(0) == tag && j < release->childCount(); ++j) {
                if (release->child(j)->text(0) == name)
                    return release->child(j);
            }
        }
        return nullptr;
    }

    static bool anyAuthorization(const QJsonArray& requests)
    {
        for (const QJsonValue& r : requests) {
            if (r[QStringLiteral("headers")].toObject().contains(QStringLiteral("authorization")))
                return true;
        }
        return false;
    }

    // A bwrap first in PATH that writes down its argv and environment, then
    // runs the real one: what the desk hands a child is what lands here.
    bool installSandboxRecorder()
    {
        const QString real = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        const QString bin = m_work.filePath(QStringLiteral("bin"));
        m_sandboxLog = m_work.filePath(QStringLiteral("bwrap-calls.log"));
        if (!QDir().mkpath(bin))
            return false;
        QFile script(bin + QStringLiteral("/bwrap"));
        if (!script.open(QIODevice::WriteOnly))
            return false;
        const QString text =
            QStringLiteral("#!/bin/sh\n{ printf 'argv:'; printf ' %s' \"$0\" \"$@\"; "
                           "printf '\\nenvironment:\\n'; tr '\\000' '\\n' </proc/$$/environ; "
                           "printf '\\n'; } >>'%1'\n")
                .arg(m_sandboxLog) +
            (real.isEmpty() ? QStringLiteral("exit 127\n")
                            : QStringLiteral("exec '%1' \"$@\"\n").arg(real));
        script.write(text.toUtf8());
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner);
        qputenv("PATH", (bin + QLatin1Char(':')).toUtf8() + qgetenv("PATH"));
        return QStandardPaths::findExecutable(QStringLiteral("bwrap")) == script.fileName();
    }

public:
    explicit TestDeskTokenLeaks(const QString& home)
        : m_home(home)
    {}

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .startsWith(QStringLiteral("unix:path=")),
                 "the keyring fixture's session bus is not configured");
        QVERIFY(!m_home.isEmpty());
        QVERIFY(m_work.isValid());
        g_testlibHandler = qInstallMessageHandler(captureMessage);
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        QVERIFY(installSandboxRecorder());
        // The desk's own keychain service, in the test keyring.
        SecretStore keychain;
        QCOMPARE(keychain.service(), QStringLiteral("lattice-desk"));
        QCOMPARE(keychain
                     .writeBlocking(SecretStore::serverKey(m_server.baseUrl()),
                                    QString::fromLatin1(kLatticeToken))
                     .status,
                 SecretStore::Status::Ok);
        QCOMPARE(keychain
                     .writeBlocking(SecretStore::githubKey(m_server.baseUrl()),
                                    QString::fromLatin1(kGitHubToken))
                     .status,
                 SecretStore::Status::Ok);
        QCOMPARE(keychain
                     .writeBlocking(SecretStore::registryKey(m_server.baseUrl()),
                                    QString::fromLatin1(kRegistryToken))
                     .status,
                 SecretStore::Status::Ok);
        ProfileStore profiles;
        QVERIFY2(profiles.fileName().startsWith(m_home), qPrintable(profiles.fileName()));
        profiles.save(profile());
        QVERIFY(profiles.setCurrent(QStringLiteral("Fixture")));
        m_expectedFiles << profiles.fileName() << Store::defaultPath();
    }

    void cleanupTestCase()
    {
        // The keyring outlives this test; the next one starts without these.
        SecretStore keychain;
        keychain.removeBlocking(SecretStore::serverKey(m_server.baseUrl()));
        keychain.removeBlocking(SecretStore::githubKey(m_server.baseUrl()));
        keychain.removeBlocking(SecretStore::registryKey(m_server.baseUrl()));
        qInstallMessageHandler(g_testlibHandler);
    }

    void policiesPage()
    {
        ProfileStore profiles;
        Store store;
        QVERIFY(store.open(Store::defaultPath()));
        MainWindow window(&profiles, {});
        window.setStore(&store);
        auto* page = window.findChild<PoliciesPage*>();
        QVERIFY(page);
        page->setFollowInterval(200);

        // Showing the page reads the token from the keychain and connects.
        QSignalSpy refreshed(page, &PoliciesPage::refreshed);
        window.showLane(Lane::Policies);
        window.show();
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(refreshed.last().first().toString(), QString());
        QVERIFY(page->serverPanel()->versionText().contains(QLatin1String("v0.2.1")));
        // Scopes are the token's: proof that it was sent.
        QVERIFY(page->serverPanel()->scopesText().contains(QLatin1String("network:apply")));
        QVERIFY(page->nodeModel()->rowCount() >= 4);

        // Push, plan and approve.
        Server::UpdatePolicy policy;
        policy.targetVersion = QStringLiteral("0.2.9");
        policy.binaryUrl = QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/"
                                          "releases/download/v0.2.9/lattice-agent-linux-amd64");
        policy.sha256 = QString(64, QLatin1Char('c'));
        page->prefill(policy);
        page->nodeModel()->setCheckedIds({QStringLiteral("edge-fra-2")});
        auto* review = page->form()->findChild<QPushButton*>(QStringLiteral("policy-review"));
        QVERIFY(review && review->isEnabled());
        review->click();
        auto* push = page->review()->findChild<QPushButton*>(QStringLiteral("review-push"));
        QVERIFY(push && push->isEnabled());
        QSignalSpy pushed(page, &PoliciesPage::pushFinished);
        push->click();
        QVERIFY(pushed.wait(kWaitMs));
        QVERIFY(pushed.first().first().toBool());

        QSignalSpy planned(page, &PoliciesPage::planFinished);
        page->planView()->setCurrentNode(QStringLiteral("edge-fra-2"));
        page->planView()->planButton()->click();
        QVERIFY(planned.wait(kWaitMs));
        QVERIFY2(page->planView()->errorText().isEmpty(),
                 qPrintable(page->planView()->errorText()));
        QString approvalId;
        for (const QJsonValue& v : fixtureState()[QStringLiteral("approvals")].toArray()) {
            if (v[QStringLiteral("node_id")].toString() == QLatin1String("edge-fra-2"))
                approvalId = v[QStringLiteral("id")].toString();
        }
        QVERIFY(!approvalId.isEmpty());
        ApprovalsView* approvals = page->approvalsView();
        QTRY_VERIFY_WITH_TIMEOUT(approvals->select(approvalId), kWaitMs);
        QSignalSpy decided(page, &PoliciesPage::decisionFinished);
        approvals->approveButton()->click();
        QVERIFY(decided.wait(kWaitMs));
        QVERIFY2(approvals->messageText().contains(QLatin1String("Approved")),
                 qPrintable(approvals->messageText()));
        // The window's background refresh of the other lanes used the GitHub
        // token too; it ends with the window.
    }

    void agentDownloadAndIdentityCheck()
    {
        const QString scenario = m_work.filePath(QStringLiteral("go-scenario"));
        QVERIFY(Test::copyScenarioWithGoAgent(m_server.scenarioDir(), scenario));
        Test::FixtureServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--scenario"), scenario}, &error), qPrintable(error));
        SecretStore keychain;
        const QString key = SecretStore::githubKey(server.baseUrl());
        QCOMPARE(keychain.writeBlocking(key, QString::fromLatin1(kGitHubToken)).status,
                 SecretStore::Status::Ok);
        Profile p = profile();
        p.githubApiUrl = server.baseUrl();

        AgentLanePage page(Store::defaultPath());
        page.setProfile(p);
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(refreshed.first().first().toString(), QString());
        // The draft release is visible to the token's owner only.
        QCOMPARE(page.releaseTree()->topLevelItemCount(), 17);

        QTreeWidgetItem* binary = asset(page.releaseTree(), QStringLiteral("v0.2.9"),
                                        QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(binary);
        page.releaseTree()->setCurrentItem(binary);
        QSignalSpy downloaded(&page, &AgentLanePage::downloadFinished);
        page.downloadButton()->click();
        QVERIFY(downloaded.wait(kWaitMs));
        QVERIFY2(downloaded.first().first().toBool(),
                 qPrintable(downloaded.first().at(1).toString()));
        const QString kept =
            page.artifactDirectory() + QStringLiteral("/v0.2.9/lattice-agent-linux-amd64");
        QVERIFY(QFile::exists(kept));
        m_expectedFiles << kept;
        // The download host (another origin) never saw the token.
        QVERIFY(!server.requests(server.downloadUrl()).isEmpty());
        QVERIFY(!anyAuthorization(server.requests(server.downloadUrl())));

        binary = asset(page.releaseTree(), QStringLiteral("v0.2.9"),
                       QStringLiteral("lattice-agent-linux-amd64"));
        page.releaseTree()->setCurrentItem(binary);
        QVERIFY(page.checkIdentityButton()->isEnabled());
        QSignalSpy checked(&page, &AgentLanePage::identityChecked);
        page.checkIdentityButton()->click();
        QVERIFY(checked.wait(kWaitMs));
        // Whether or not namespaces work here, the sandbox was started.
        QVERIFY2(QFileInfo(m_sandboxLog).size() > 0, "the identity check started no bwrap");
        keychain.removeBlocking(key);
    }

    void settingsTestConnection()
    {
        ProfileStore profiles;
        SecretStore keychain;
        QVERIFY(m_server.clearRequests());
        SettingsDialog dialog(&profiles, &keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The dialog holds each token only to say whether it is set.
        for (const char* field :
             {"settings-registry-token", "settings-github-token", "settings-server-token"}) {
            auto* token = dialog.findChild<TokenField*>(QString::fromLatin1(field));
            QVERIFY(token);
            QTRY_COMPARE_WITH_TIMEOUT(token->state(), TokenField::State::Set, kWaitMs);
        }
        for (const char* prefix : {"settings-registry", "settings-github", "settings-server"}) {
            auto* check = dialog.findChild<ConnectionCheck*>(QString::fromLatin1(prefix) +
                                                             QStringLiteral("-check"));
            QVERIFY(check);
            QSignalSpy finished(check, &ConnectionCheck::finished);
            check->test();
            QVERIFY(finished.count() || finished.wait(kWaitMs));
            QVERIFY2(finished.first().first().toBool(), qPrintable(check->resultText()));
        }
        // Test connection sends no credentials, asserted where they would arrive.
        const QJsonArray requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(!anyAuthorization(requests));
    }

    // Last: searches everything the flows above left behind.
    void noTokenAnywhere()
    {
        QByteArray messages;
        {
            const QMutexLocker lock(&g_messagesMutex);
            messages = g_messages;
        }
        // The debug log was on and captured: the search below is not vacuous.
        QVERIFY(messages.contains("lattice.net: "));
        QVERIFY(messages.contains("Authorization: <redacted>"));
        QList<Test::Finding> found =
            Test::findSecrets(messages, QStringLiteral("Qt messages"), secrets());

        const QStringList files = Test::filesUnder(m_home);
        for (const QString& expected : std::as_const(m_expectedFiles))
            QVERIFY2(files.contains(expected), qPrintable(expected + QStringLiteral(" missing")));
        found += Test::findSecretsInFiles(files, secrets());

        QFile sandbox(m_sandboxLog);
        QVERIFY(sandbox.open(QIODevice::ReadOnly));
        found += Test::findSecrets(sandbox.readAll(),
                                   QStringLiteral("bwrap's argv and environment"), secrets());

        // Whatever a child inherits.
        QByteArray environment;
        for (char** e = environ; *e; ++e)
            environment += QByteArray(*e) + '\n';
        found +=
            Test::findSecrets(environment, QStringLiteral("the process environment"), secrets());
        QVERIFY2(found.isEmpty(), qPrintable(Test::describe(found)));
    }
};

int main(int argc, char* argv[])
{
    // Private XDG directories for this run, so that every file the desk
    // writes (settings, store, downloads) is searched at the end.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char* dir : {"CONFIG", "DATA", "CACHE"}) {
        qputenv((QByteArray("XDG_") + dir + "_HOME").constData(),
                (home.path() + QLatin1Char('/') + QString::fromLatin1(dir).toLower()).toUtf8());
    }
    qputenv("QT_LOGGING_RULES", "lattice.*.debug=true");
    // As the desk's main() does.
    keepSecretsOutOfCoreDumps();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("latticenet"));
    QCoreApplication::setApplicationName(QStringLiteral("lattice-desk"));
    TestDeskTokenLeaks test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktokenleaks.moc"
