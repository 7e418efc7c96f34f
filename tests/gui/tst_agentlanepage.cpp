#include "AgentLanePage.h"
#include "AgentLaneService.h"
#include "FixtureServerProcess.h"
#include "GoAgents.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lattice;

// The Node agent page against the fixture server: the work runs on the
// service's thread and the page renders the reports it answers.
class TestAgentLanePage : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;
    QTemporaryDir m_dir;

    Profile profile() const
    {
        Profile p = Profile::upstream();
        p.githubApiUrl = m_server.baseUrl();
        p.allowInsecureLoopback = true;
        return p;
    }

    static QTreeWidgetItem* child(QTreeWidgetItem* parent, const QString& name)
    {
        for (int i = 0; parent && i < parent->childCount(); ++i) {
            if (parent->child(i)->text(0) == name)
                return parent->child(i);
        }
        return nullptr;
    }

    static QTreeWidgetItem* item(QTreeWidget* tree, const QString& tag)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == tag)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void showsReleasesAndLatest()
    {
        AgentLanePage page(m_dir.filePath(QStringLiteral("store.sqlite")));
        page.setProfile(profile());
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(page.service()->isBusy());
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(refreshed.first().first().toString(), QString());
        QVERIFY(!page.service()->isBusy());
        QCOMPARE(page.latestText(), QStringLiteral("The server will resolve latest to v0.2.9"));

        QTreeWidget* tree = page.releaseTree();
        QCOMPARE(tree->topLevelItemCount(), 16); // anonymous: no draft
        QTreeWidgetItem* early = item(tree, QStringLiteral("v0.2.0"));
        QVERIFY(early);
        QCOMPARE(early->childCount(), 5);
        QCOMPARE(early->child(1)->text(1), QStringLiteral("consistent"));
        QTreeWidgetItem* explored = item(tree, QStringLiteral("v0.3.0"));
        QVERIFY(explored);
        QCOMPARE(explored->childCount(), 10); // nine assets and one problem
        QVERIFY(explored->toolTip(1).contains(QLatin1String("published as a prerelease")));
        const QLabel* state = page.findChild<QLabel*>(QStringLiteral("agent-state"));
        QVERIFY(state && state->text().contains(QLatin1String("GitHub API request")));
    }

    void loadsWhenFirstShown()
    {
        QVERIFY(m_server.clearRequests());
        AgentLanePage page(m_dir.filePath(QStringLiteral("store3.sqlite")));
        page.setProfile(profile());
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(page.releaseTree()->topLevelItemCount(), 16);
        // The same profile again reads nothing new.
        page.setProfile(profile());
        QCOMPARE(page.releaseTree()->topLevelItemCount(), 16);
    }

    void offlineContactsNothing()
    {
        QVERIFY(m_server.clearRequests());
        AgentLanePage page(m_dir.filePath(QStringLiteral("store4.sqlite")));
        page.setOffline(true);
        page.setProfile(profile());
        page.show();
        page.refresh();
        QTest::qWait(200);
        QVERIFY(!page.releaseTree()->topLevelItemCount());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void tokenComesFromKeychain()
    {
        // The test keyring (CTest fixture "keyring") holds the maintainer
        // token for the API base; with it the draft release is visible.
        SecretStore secrets(QStringLiteral("lattice-desk-agent-test"));
        const QString key = SecretStore::githubKey(m_server.baseUrl());
        QCOMPARE(
            secrets.writeBlocking(key, QStringLiteral("ghp_LatticeFixtureMaintainer0000000000"))
                .status,
            SecretStore::Status::Ok);
        AgentLanePage page(m_dir.filePath(QStringLiteral("store5.sqlite")));
        page.setSecretStore(&secrets);
        page.setProfile(profile());
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(page.releaseTree()->topLevelItemCount(), 17);
        QVERIFY(item(page.releaseTree(), QStringLiteral("v0.3.3-alpha.3")));
        QCOMPARE(page.service()->token(), QStringLiteral("ghp_LatticeFixtureMaintainer0000000000"));
        secrets.removeBlocking(key);
    }

    void downloadAndCheckIdentity()
    {
        const QString scenario = m_dir.filePath(QStringLiteral("go-scenario"));
        QVERIFY(Lattice::Test::copyScenarioWithGoAgent(m_server.scenarioDir(), scenario));
        Test::FixtureServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--scenario"), scenario}, &error), qPrintable(error));
        Profile p = profile();
        p.githubApiUrl = server.baseUrl();

        AgentLanePage page(m_dir.filePath(QStringLiteral("store6.sqlite")));
        page.setProfile(p);
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(60000));
        QTreeWidget* tree = page.releaseTree();
        QTreeWidgetItem* asset = child(item(tree, QStringLiteral("v0.2.9")),
                                       QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(asset);
        QVERIFY(!page.downloadButton()->isEnabled());
        tree->setCurrentItem(asset);
        QVERIFY(page.downloadButton()->isEnabled());
        // Nothing is run before its bytes matched the release.
        QVERIFY(!page.checkIdentityButton()->isEnabled());

        QSignalSpy downloaded(&page, &AgentLanePage::downloadFinished);
        page.downloadButton()->click();
        QVERIFY(page.downloadProgress()->isVisibleTo(&page));
        QVERIFY(page.cancelDownloadButton()->isVisibleTo(&page));
        QVERIFY(downloaded.wait(60000));
        QVERIFY2(downloaded.first().first().toBool(),
                 qPrintable(downloaded.first().at(1).toString()));
        QVERIFY(!page.downloadProgress()->isVisibleTo(&page));
        const QString kept =
            page.artifactDirectory() + QStringLiteral("/v0.2.9/lattice-agent-linux-amd64");
        QVERIFY(QFile::exists(kept));
        QVERIFY(QFileInfo(kept).isExecutable());

        asset = child(item(tree, QStringLiteral("v0.2.9")),
                      QStringLiteral("lattice-agent-linux-amd64"));
        QCOMPARE(asset->text(5), QString::fromLatin1(Lattice::Test::fileSha256(kept)));
        QCOMPARE(asset->text(1), QStringLiteral("consistent"));
        QTRY_VERIFY_WITH_TIMEOUT(asset->text(6).contains(QLatin1String("linux/amd64")), 10000);
        QVERIFY(asset->text(6).startsWith(QLatin1String("go1.")));

        QVERIFY(page.checkIdentityButton()->isEnabled());
        QSignalSpy checked(&page, &AgentLanePage::identityChecked);
        page.checkIdentityButton()->click();
        QVERIFY(checked.wait(30000));
        asset = child(item(tree, QStringLiteral("v0.2.9")),
                      QStringLiteral("lattice-agent-linux-amd64"));
        if (!Lattice::Test::bwrapSandboxWorks()) {
            QVERIFY2(asset->text(6).contains(QLatin1String("sandbox unavailable")),
                     qPrintable(asset->text(6)));
            return;
        }
        QVERIFY2(asset->text(6).contains(QLatin1String("-version 0.2.9")),
                 qPrintable(asset->text(6)));
        QTreeWidgetItem* version = child(asset, QStringLiteral("Identity: version"));
        QVERIFY(version);
        QVERIFY2(version->text(1).startsWith(QLatin1String("passed")),
                 qPrintable(version->text(1)));
        QTreeWidgetItem* floor = child(asset, QStringLiteral("Identity: server floor"));
        QVERIFY(floor && floor->text(1).startsWith(QLatin1String("not checked")));

        // With the server's published versions the floor is checked.
        page.setPublishedVersions(QStringList{QStringLiteral("0.2.0")}, std::nullopt);
        page.releaseTree()->setCurrentItem(asset);
        page.checkIdentityButton()->click();
        QVERIFY(checked.wait(30000));
        asset = child(item(tree, QStringLiteral("v0.2.9")),
                      QStringLiteral("lattice-agent-linux-amd64"));
        floor = child(asset, QStringLiteral("Identity: server floor"));
        QVERIFY(floor && floor->text(1).startsWith(QLatin1String("FAILED")));
    }

    void cancelDownload()
    {
        QVERIFY(m_server.reset());
        QString error;
        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"), QStringLiteral("lattice-agent-linux-arm64$")},
             {QStringLiteral("delay_ms"), 20000},
             {QStringLiteral("times"), 2}},
            &error));
        AgentLanePage page(m_dir.filePath(QStringLiteral("store7.sqlite")));
        page.setProfile(profile());
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(60000));
        QTreeWidgetItem* asset = child(item(page.releaseTree(), QStringLiteral("v0.2.9")),
                                       QStringLiteral("lattice-agent-linux-arm64"));
        QVERIFY(asset);
        page.releaseTree()->setCurrentItem(asset);
        QSignalSpy downloaded(&page, &AgentLanePage::downloadFinished);
        page.downloadButton()->click();
        QTest::qWait(1500); // the release and SHA256SUMS arrive; the asset hangs
        QVERIFY(page.cancelDownloadButton()->isVisibleTo(&page));
        page.cancelDownloadButton()->click();
        QVERIFY2(
            downloaded.count() || downloaded.wait(10000),
            qPrintable(page.findChild<QLabel*>(QStringLiteral("agent-artifact-state"))->text()));
        QVERIFY(!downloaded.first().first().toBool());
        QVERIFY(downloaded.first().at(1).toString().contains(QLatin1String("cancelled")));
        const QDir dir(page.artifactDirectory() + QStringLiteral("/v0.2.9"));
        QVERIFY(!dir.exists(QStringLiteral("lattice-agent-linux-arm64")));
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("arm64")),
                 QStringList());
        QVERIFY(m_server.clearFaults());
    }

    void listFailureIsShown()
    {
        QString error;
        QVERIFY(m_server.injectFault({{QStringLiteral("match"), QStringLiteral("/releases$")},
                                      {QStringLiteral("status"), 404},
                                      {QStringLiteral("body"), QStringLiteral("gone")},
                                      {QStringLiteral("times"), 1}},
                                     &error));
        AgentLanePage page(m_dir.filePath(QStringLiteral("store2.sqlite")));
        page.setProfile(profile());
        QSignalSpy refreshed(&page, &AgentLanePage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!refreshed.first().first().toString().isEmpty());
        QCOMPARE(page.releaseTree()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestAgentLanePage)
#include "tst_agentlanepage.moc"
