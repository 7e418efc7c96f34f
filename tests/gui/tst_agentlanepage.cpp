#include "AgentLanePage.h"
#include "AgentLaneService.h"
#include "FixtureServerProcess.h"

#include <QLabel>
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
