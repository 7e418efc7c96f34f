#include "MainWindow.h"
#include "PluginIndexPage.h"
#include "PluginTreeModel.h"
#include "PluginViolationModel.h"
#include "ProfileStore.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Lattice;

class TestPluginIndexPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString shared(const QString& relative)
    {
        return Lattice::Test::sharedDir() + QLatin1Char('/') + relative;
    }

    QString writeCopy(const QString& source, const QString& name,
                      const QList<QPair<QByteArray, QByteArray>>& replacements)
    {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(source));
        QByteArray bytes = in.readAll();
        for (const auto& [from, to] : replacements) {
            if (!bytes.contains(from))
                qFatal("%s not in %s", from.constData(), qPrintable(source));
            bytes.replace(from, to);
        }
        QFile out(m_dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        out.write(bytes);
        return out.fileName();
    }

    static QString bannerText(const PluginIndexPage& page)
    {
        return page.findChild<QLabel*>("plugin-status-banner")->text();
    }

    static bool load(PluginIndexPage& page, const QString& path)
    {
        QSignalSpy loaded(&page, &PluginIndexPage::indexLoaded);
        page.loadFile(path);
        return loaded.wait(10000);
    }

private slots:
    void realIndexShowsDraft()
    {
        PluginIndexPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(load(page, shared("data/plugin-index/plugins.json")));
        QVERIFY2(bannerText(page).contains("Status: draft"), qPrintable(bannerText(page)));
        QVERIFY(bannerText(page).contains("discovery only"));
        QCOMPARE(page.violationModel()->rowCount(), 0);
        QCOMPARE(page.pluginModel()->rowCount(), 4);
        QCOMPARE(page.findChild<QTableView*>("plugin-publishers")->model()->rowCount(), 1);
        QCOMPARE(page.findChild<QTableView*>("plugin-publishers")
                     ->model()
                     ->index(0, 2)
                     .data()
                     .toString(),
                 QStringLiteral("Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40="));
        QVERIFY(page.findChild<QLabel*>("plugin-summary")->text().contains("Releases: 32"));
    }

    void noInstallAndSaysWhy()
    {
        PluginIndexPage page;
        for (const QPushButton* b : page.findChildren<QPushButton*>())
            QVERIFY2(!b->text().contains("install", Qt::CaseInsensitive), qPrintable(b->text()));
        const QLabel* note = page.findChild<QLabel*>("plugin-install-note");
        QVERIFY(note);
        QVERIFY(note->text().contains("blocked by upstream policy"));
    }

    void brokenCopyListsItsViolations()
    {
        const QString broken = writeCopy(shared("data/plugin-index/plugins.json"), "broken.json",
                                         {{"\"status\": \"draft\"", "\"status\": \"official\""},
                                          {"\"type\": \"system\"", "\"type\": \"native\""}});
        PluginIndexPage page;
        page.show();
        QVERIFY(load(page, broken));
        QVERIFY(bannerText(page).contains("Status: official"));
        const QAbstractItemModel* table = page.findChild<QTableView*>("plugin-violations")->model();
        QCOMPARE(table->rowCount(), 5); // rule 5, and rule 13 for each of the four plugins
        QCOMPARE(table->index(0, PluginViolationModel::RuleColumn).data().toInt(), 5);
        QCOMPARE(table->index(0, PluginViolationModel::PathColumn).data().toString(),
                 QStringLiteral("signatures"));
        QCOMPARE(table->index(1, PluginViolationModel::RuleColumn).data().toInt(), 13);
        QCOMPARE(table->index(1, PluginViolationModel::PathColumn).data().toString(),
                 QStringLiteral("plugins[0].type"));
        QVERIFY(!table->index(1, PluginViolationModel::MessageColumn).data().toString().isEmpty());

        // And back: a later load replaces everything.
        QVERIFY(load(page, shared("data/plugin-index/plugins.example.json")));
        QVERIFY(bannerText(page).contains("Status: example"));
        QCOMPARE(table->rowCount(), 0);
    }

    void unreadableFileSaysSo()
    {
        const QString garbage = m_dir.filePath("garbage.json");
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\":");
        file.close();
        PluginIndexPage page;
        QSignalSpy failed(&page, &PluginIndexPage::loadFailed);
        page.loadFile(garbage);
        QVERIFY(failed.wait(10000));
        QVERIFY(bannerText(page).contains("Unreadable"));
    }

    void verifiesManifestsAndArtifacts()
    {
        PluginIndexPage page;
        page.show();
        QVERIFY(load(page, shared("data/plugin-index/plugins.json")));
        const QLabel* manifestResult = page.findChild<QLabel*>("manifest-result");

        for (const char* version : {"alpha.2", "alpha.7"}) {
            QSignalSpy verified(&page, &PluginIndexPage::manifestVerified);
            page.verifyManifestFile(
                shared(QStringLiteral("data/plugin-manifests/netguard-0.1.0-%1.manifest.json")
                           .arg(version)));
            QVERIFY(verified.wait(10000));
            QCOMPARE(verified.front().front().toBool(), true);
            QVERIFY(manifestResult->text().contains(
                QString::fromLatin1(version).endsWith("2") ? "Manifest v1" : "Manifest v2"));
            QVERIFY2(manifestResult->text().contains("valid"), qPrintable(manifestResult->text()));
        }
        QVERIFY(manifestResult->text().contains("same signature"));

        const QString tampered =
            writeCopy(shared("data/plugin-manifests/netguard-0.1.0-alpha.7.manifest.json"),
                      "tampered.json", {{"\"Shield\"", "\"Sword\""}});
        QSignalSpy rejected(&page, &PluginIndexPage::manifestVerified);
        page.verifyManifestFile(tampered);
        QVERIFY(rejected.wait(10000));
        QCOMPARE(rejected.front().front().toBool(), false);
        QVERIFY(manifestResult->text().contains("INVALID"));

        // Select netguard 0.1.0-alpha.7 and check a file that is not its
        // artifact against it and the verified alpha.7 manifest.
        QTreeView* tree = page.findChild<QTreeView*>("plugin-tree");
        const QAbstractItemModel* model = tree->model();
        QModelIndex release;
        for (int p = 0; p < model->rowCount(); ++p) {
            const QModelIndex plugin = model->index(p, 0);
            for (int r = 0; r < model->rowCount(plugin); ++r) {
                const QModelIndex candidate = model->index(r, 0, plugin);
                if (candidate.data(PluginTreeModel::VersionRole).toString() ==
                        QLatin1String("0.1.0-alpha.7") &&
                    candidate.data(PluginTreeModel::PluginIdRole).toString() ==
                        QLatin1String("latticenet.netguard"))
                    release = candidate;
            }
        }
        QVERIFY(release.isValid());
        tree->setCurrentIndex(release);
        const QString artifact =
            writeCopy(shared("data/plugin-index/plugins.example.json"), "artifact.bin", {});
        QSignalSpy hashed(&page, &PluginIndexPage::artifactVerified);
        page.verifyArtifactFile(artifact);
        QVERIFY(hashed.wait(10000));
        QCOMPARE(hashed.front().front().toBool(), false);
        const QString text = page.findChild<QLabel*>("artifact-result")->text();
        QVERIFY2(text.contains("does NOT match"), qPrintable(text));
        QVERIFY(text.contains("873c4461c68f2673c3792735ab8e67a675bc012bf5b6af55d88012b4c69bfcc4"));
    }

    void keyboardAndAccessibility()
    {
        PluginIndexPage page;
        for (const char* name : {"plugin-violations", "plugin-publishers"})
            QVERIFY(!page.findChild<QTableView*>(name)->accessibleName().isEmpty());
        QVERIFY(!page.findChild<QTreeView*>("plugin-tree")->accessibleName().isEmpty());
        QVERIFY(!page.findChild<QLabel*>("plugin-status-banner")->accessibleName().isEmpty());
        for (const QPushButton* b : page.findChildren<QPushButton*>()) {
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
            QVERIFY2(b->text().contains('&'), qPrintable(b->text())); // has a mnemonic
        }
    }

    void mainWindowShowsThePage()
    {
        ProfileStore profiles(m_dir.filePath("profiles.ini"));
        MainWindow window(&profiles, {true});
        window.showLane(Lane::PluginIndex);
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(qobject_cast<PluginIndexPage*>(pages->currentWidget()));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("plugin-index-page"));
    }
};

QTEST_MAIN(TestPluginIndexPage)
#include "tst_pluginindexpage.moc"
