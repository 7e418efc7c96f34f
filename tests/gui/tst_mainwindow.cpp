#include "AboutDialog.h"
#include "EndpointStatusModel.h"
#include "FixtureServerProcess.h"
#include "LaneCard.h"
#include "LaneListModel.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "OverviewSnapshot.h"
#include "ProfileStore.h"
#include "Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Profile unreachableProfile(const QString& name)
    {
        // Every endpoint on a refused loopback port: the window must open and
        // say what it could not reach, as it would with no network at all.
        Profile p = Profile::upstream();
        p.name = name;
        const QUrl dead(QStringLiteral("http://127.0.0.1:9"));
        p.registryUrl = dead;
        p.githubApiUrl = dead;
        p.pluginIndexUrl = QUrl(QStringLiteral("http://127.0.0.1:9/plugins.json"));
        p.docsSiteUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        p.allowInsecureLoopback = true;
        return p;
    }

private slots:
    void overviewOpensOnTheStoredStateOfEachLane()
    {
        // What an earlier run saw of the image lane, stored the way the
        // window stores it; an offline start must show it, marked stored.
        LaneHealth seen;
        seen.lane = Lane::ServerImage;
        seen.state = LaneHealth::State::Attention;
        seen.summary = QStringLiteral("40 tag(s)");
        seen.attention = QStringLiteral("latest matches no version tag.");
        seen.asOf = QDateTime::currentDateTimeUtc().addSecs(-3600);
        OverviewSnapshot writer(Store::defaultPath());
        writer.save(seen);
        QVERIFY(QTest::qWaitFor(
            [] {
                Store store;
                return store.open(Store::defaultPath()) &&
                       store.snapshot(QStringLiteral("overview/server-image")).has_value();
            },
            10000));

        ProfileStore profiles(m_dir.filePath(QStringLiteral("snapshot.ini")));
        MainWindow window(&profiles, {true});
        window.show();
        auto* overview = window.findChild<OverviewPage*>();
        QVERIFY(overview);
        QVERIFY(QTest::qWaitFor(
            [overview] {
                return overview->card(Lane::ServerImage)->health().state ==
                       LaneHealth::State::Attention;
            },
            10000));
        const LaneHealth shown = overview->card(Lane::ServerImage)->health();
        QVERIFY(shown.stored);
        QCOMPARE(shown.attention, seen.attention);
        QCOMPARE(shown.asOf.toSecsSinceEpoch(), seen.asOf.toSecsSinceEpoch());
    }

    void tellsWhenTheServersLatestMovedSinceTheLastLook()
    {
        Test::FixtureServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        ProfileStore profiles(m_dir.filePath(QStringLiteral("seen.ini")));
        Profile p = unreachableProfile(QStringLiteral("Fixture"));
        p.githubApiUrl = server.baseUrl();
        p.sdkRepo = QStringLiteral("LatticeNet/not-here"); // keeps the SDK lane's reads short
        profiles.save(p);
        profiles.setCurrent(p.name);
        // The last look saw v0.2.8; the fixture's agent releases resolve v0.2.9.
        profiles.setLastSeen(p.name,
                             {{QStringLiteral("agent/server-latest"), QStringLiteral("v0.2.8")}});

        MainWindow window(&profiles, {false});
        window.show();
        auto* overview = window.findChild<OverviewPage*>();
        QVERIFY(QTest::qWaitFor([overview] { return !overview->changesText().isEmpty(); }, 60000));
        QVERIFY2(overview->changesText().contains(QLatin1String("v0.2.9")),
                 qPrintable(overview->changesText()));
        QVERIFY(overview->changesText().contains(QLatin1String("v0.2.8")));
        // The agent lane's refresh also told how much GitHub budget is left.
        auto* rate = window.findChild<QLabel*>(QStringLiteral("github-rate-limit"));
        QVERIFY(rate);
        QVERIFY2(rate->text().contains(QLatin1String("left")), qPrintable(rate->text()));
        // Shown once: the new value is now what was last seen.
        QCOMPARE(profiles.lastSeen(p.name).value(QStringLiteral("agent/server-latest")),
                 QStringLiteral("v0.2.9"));
    }

    void opensOnOverviewWithEveryLane()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow window(&profiles, {true});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentLane(), Lane::Overview);
        auto* sidebar = window.findChild<QListView*>(QStringLiteral("lane-sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->model()->rowCount(), 8);
        QVERIFY(!sidebar->accessibleName().isEmpty());
    }

    void sidebarAndShortcutsSwitchPages()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow window(&profiles, {true});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListView*>(QStringLiteral("lane-sidebar"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentLane(), Lane::ServerImage);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentLane(), Lane::Verify);
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("verify-page"));
    }

    void saysWhatItCouldNotReach()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("c.ini")));
        profiles.save(unreachableProfile(QStringLiteral("dead")));
        profiles.setCurrent(QStringLiteral("dead"));
        MainWindow window(&profiles, {});
        QSignalSpy finished(&window, &MainWindow::refreshFinished);
        window.show();
        QVERIFY(finished.wait(20000) || finished.count() > 0);
        QCOMPARE(window.endpointStatus()->unreachableCount(), 4);
        auto* summary = window.findChild<QLabel*>(QStringLiteral("overview-summary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Could not reach 4 of 4 endpoints")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(window.refreshAction()->isEnabled());
    }

    void switchingProfileRetitlesAndRechecks()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("d.ini")));
        profiles.save(Profile::upstream());
        profiles.save(unreachableProfile(QStringLiteral("other")));
        MainWindow window(&profiles, {true});
        window.show();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("profile-combo"));
        QCOMPARE(combo->count(), 2);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(profiles.currentName(), QStringLiteral("other"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("other")));
        QCOMPARE(window.endpointStatus()->rows().first().url.port(), 9);
    }

    void aboutNamesVersions()
    {
        AboutDialog about(QStringLiteral("3.40.1"));
        QVERIFY(about.text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.text().contains(QStringLiteral("OpenSSL")));
        QVERIFY(about.text().contains(QStringLiteral("libarchive")));
        QVERIFY(about.text().contains(QStringLiteral("3.40.1")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
