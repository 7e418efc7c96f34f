#include "ChannelBoardModel.h"
#include "ChildHealthModel.h"
#include "ChildHealthPanel.h"
#include "CleanupPreviewPanel.h"
#include "ImageLanePage.h"
#include "ImageLaneText.h"
#include "ImageTagFilterModel.h"
#include "ImageTagModel.h"
#include "RegistrySeeder.h"
#include "StateBanner.h"
#include "TagDiffModel.h"
#include "TagDiffPanel.h"
#include "TagTimelineModel.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Lattice;

// The Server image page against the real docker-registry of the "registry"
// fixture, seeded with a history shaped like ghcr.io/latticenet/lattice-server.
// Every expectation is read from what the seeder pushed.
class TestImageLanePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::SeededHistory m_history;
    Profile m_profile;
    std::unique_ptr<ImageLanePage> m_page;

    // The version and pinned tags on the same index as `tag`, as a maintainer
    // would write them after the channel.
    QString expectedEquation(const QString& channel) const
    {
        QStringList same;
        const QString digest = m_history.tags.value(channel);
        for (auto it = m_history.tags.cbegin(); it != m_history.tags.cend(); ++it) {
            const Oci::TagKind kind = Oci::classifyTag(it.key(), m_profile.movingChannels);
            if (it.key() != channel && it.value() == digest &&
                (kind == Oci::TagKind::Version || kind == Oci::TagKind::Pinned))
                same << it.key();
        }
        return (QStringList{channel} + Oci::sortedTags(same)).join(QStringLiteral(" = "));
    }

    static int diffRow(const TagDiffModel& model, const QString& field, const QString& platform)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& f = model.diff().fields.at(row);
            if (f.field == field && f.platform == platform)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        const QUrl registry = Test::registryUrl();
        QVERIFY2(registry.isValid() && !registry.isEmpty(), "the registry fixture did not start");
        const QString repository = QStringLiteral("latticenet/page-") +
                                   QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        const auto history = Test::seedRealisticHistory(registry, repository, &error);
        QVERIFY2(history, qPrintable(error));
        m_history = *history;

        m_profile = Profile::upstream();
        m_profile.name = QStringLiteral("seeded");
        m_profile.registryUrl = registry;
        m_profile.imageRepository = repository;
        // Nothing listens there: the cleanup preview must not get that far.
        m_profile.githubApiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_profile.allowInsecureLoopback = true;

        m_page = std::make_unique<ImageLanePage>(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_page->resize(1100, 700);
        m_page->setProfile(m_profile);
        QVERIFY(!m_page->isBusy()); // nothing starts before the page is shown
        QSignalSpy refreshed(m_page.get(), &ImageLanePage::tagsRefreshed);
        QSignalSpy shown(m_page.get(), &ImageLanePage::historyShown);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(refreshed.first().first().toString(), QString());
        QVERIFY(shown.count() > 0 || shown.wait(10000));
    }

    void headerNamesTheImage()
    {
        auto* reference = m_page->findChild<QLabel*>(QStringLiteral("image-reference"));
        QVERIFY(reference);
        QVERIFY(reference->text().endsWith(m_history.repository));
        auto* asOf = m_page->findChild<QLabel*>(QStringLiteral("image-as-of"));
        QVERIFY(asOf->text().startsWith(QStringLiteral("as of ")));
        QVERIFY(!m_page->isBusy());
        QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("image-cancel"))->isVisible());
        QVERIFY(!m_page->findChild<StateBanner*>(QStringLiteral("image-banner"))->isVisible());
    }

    void channelBoardShowsWhatEachChannelEquals()
    {
        ChannelBoardModel* board = m_page->channelBoardModel();
        QCOMPARE(board->rowCount(), int(m_profile.movingChannels.size()));
        for (int row = 0; row < board->rowCount(); ++row) {
            const QModelIndex channel = board->index(row, ChannelBoardModel::ChannelColumn);
            const QString name = channel.data().toString();
            QCOMPARE(name, m_profile.movingChannels.at(row));
            if (!m_history.tags.contains(name)) {
                QCOMPARE(board->index(row, ChannelBoardModel::MatchesColumn).data().toString(),
                         QStringLiteral("not published"));
                continue;
            }
            QCOMPARE(channel.data(ChannelBoardModel::EquationRole).toString(),
                     expectedEquation(name));
            QCOMPARE(channel.data(ChannelBoardModel::DigestRole).toString(),
                     m_history.tags.value(name));
            const Test::SeededIndex* index = m_history.indexForTag(name);
            QCOMPARE(board->rowCount(channel) >= int(index->children.size()), true);
            for (int p = 0; p < index->children.size(); ++p) {
                const QModelIndex child = board->index(p, ChannelBoardModel::DigestColumn, channel);
                QCOMPARE(child.data(ChannelBoardModel::DigestRole).toString(),
                         index->children.at(p).digest);
            }
        }
        // The seeded history moved latest onto v0.2.1 together with 0.2.
        QVERIFY(expectedEquation(QStringLiteral("latest")).contains(QStringLiteral("0.2.1")));
    }

    void tagTableListsEveryTag()
    {
        ImageTagModel* tags = m_page->tagModel();
        QCOMPARE(tags->rowCount(), int(m_history.tags.size()));
        for (auto it = m_history.tags.cbegin(); it != m_history.tags.cend(); ++it) {
            const int row = tags->rowOf(it.key());
            QVERIFY2(row >= 0, qPrintable(it.key()));
            QCOMPARE(tags->index(row, ImageTagModel::DigestColumn).data(Qt::ToolTipRole).toString(),
                     it.value());
        }
        auto* filter = m_page->findChild<QLineEdit*>(QStringLiteral("tag-filter"));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("tag-table"));
        filter->setText(QStringLiteral("0.2.1a"));
        // The filter looks at the tag and its version: the sha- tags of the
        // pinned alphas carry their version too.
        int matching = 0;
        for (auto it = m_history.tags.cbegin(); it != m_history.tags.cend(); ++it) {
            const QString version = m_history.indexForTag(it.key())->version;
            matching += it.key().contains(QStringLiteral("0.2.1a")) ||
                                version.contains(QStringLiteral("0.2.1a"))
                            ? 1
                            : 0;
        }
        QCOMPARE(table->model()->rowCount(), matching);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), int(m_history.tags.size()));
    }

    void diffHighlightsDifferingPlatformRows()
    {
        const QString a = QStringLiteral("0.2.1");
        const QString b = QStringLiteral("0.2.0");
        QVERIFY(m_history.tags.contains(a) && m_history.tags.contains(b));
        m_page->compareTags(a, b);
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->diffPanel());
        TagDiffModel* diff = m_page->diffModel();
        QCOMPARE(diff->diff().tagA, a);
        QCOMPARE(diff->diff().tagB, b);
        const Test::SeededIndex* ia = m_history.indexForTag(a);
        const Test::SeededIndex* ib = m_history.indexForTag(b);
        int differing = 0;
        for (const Test::SeededChild& child : ia->children) {
            QString other;
            for (const Test::SeededChild& c : ib->children) {
                if (c.platform == child.platform)
                    other = c.digest;
            }
            const int row = diffRow(*diff, QStringLiteral("Child digest"), child.platform);
            QVERIFY2(row >= 0, qPrintable(child.platform));
            const QModelIndex cell = diff->index(row, TagDiffModel::AColumn);
            QCOMPARE(cell.data(TagDiffModel::FullValueRole).toString(), child.digest);
            const bool same = other == child.digest;
            QCOMPARE(cell.data(TagDiffModel::SameRole).toBool(), same);
            QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), !same);
            if (!same) {
                ++differing;
                QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(),
                         TagDiffModel::differentBackground());
            }
        }
        QVERIFY(differing > 0);
        // Equal rows are dimmed, not highlighted.
        const int media = diffRow(*diff, QStringLiteral("Media type"), {});
        QVERIFY(diff->index(media, TagDiffModel::AColumn).data(TagDiffModel::SameRole).toBool());
        QCOMPARE(diff->index(media, TagDiffModel::AColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 TagDiffModel::sameText());
    }

    void swapAndCopyFromTheKeyboard()
    {
        m_page->compareTags(QStringLiteral("0.2.1"), QStringLiteral("0.2.0"));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto* table = m_page->diffPanel()->view();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());

        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_page->diffModel()->diff().tagA, QStringLiteral("0.2.0"));
        QCOMPARE(m_page->diffPanel()->tagA(), QStringLiteral("0.2.0"));
        QCOMPARE(m_page->diffPanel()->tagB(), QStringLiteral("0.2.1"));
        QCOMPARE(
            m_page->diffModel()->headerData(TagDiffModel::AColumn, Qt::Horizontal, Qt::DisplayRole),
            QVariant(QStringLiteral("0.2.0")));
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("diff-swap")),
                          Qt::LeftButton);
        QCOMPARE(m_page->diffModel()->diff().tagA, QStringLiteral("0.2.1"));

        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString markdown = QApplication::clipboard()->text();
        QCOMPARE(markdown, m_page->diffModel()->diff().toMarkdown());
        QVERIFY(markdown.startsWith(QStringLiteral("| Field | Platform | `0.2.1` | `0.2.0` |")));
        QVERIFY(markdown.contains(m_history.tags.value(QStringLiteral("0.2.1"))));
    }

    void healthCheckMarksTheBrokenTags()
    {
        m_page->tabs()->setCurrentWidget(m_page->healthPanel());
        QSignalSpy checked(m_page.get(), &ImageLanePage::childrenChecked);
        auto* checkAll = m_page->findChild<QPushButton*>(QStringLiteral("health-check-all"));
        QVERIFY(checkAll->isEnabled());
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QVERIFY(!checkAll->isEnabled());
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toString(), QString());

        QStringList expected = m_history.brokenTags();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        ChildHealthModel* health = m_page->healthModel();
        QCOMPARE(health->brokenTags(), expected);
        QCOMPARE(health->checkedTagCount(), int(m_history.tags.size()));
        for (int row = 0; row < health->rowCount(); ++row) {
            const QString tag = health->index(row, ChildHealthModel::TagColumn).data().toString();
            const QString platform =
                health->index(row, ChildHealthModel::PlatformColumn).data().toString();
            bool deleted = false;
            for (const Test::SeededChild& c : m_history.indexForTag(tag)->children)
                deleted = deleted || (c.platform == platform && c.deleted);
            QCOMPARE(health->state(row) == ChildHealthModel::State::Broken, deleted);
        }
        auto* banner = m_page->findChild<StateBanner*>(QStringLiteral("health-banner"));
        QCOMPARE(banner->tone(), StateBanner::Tone::Error);
        QVERIFY(banner->text().contains(expected.first()));
        // The broken tags are red in the tag table too.
        const int row = m_page->tagModel()->rowOf(expected.first());
        QVERIFY(m_page->tagModel()->index(row, 0).data(ImageTagModel::BrokenRole).toBool());

        // A plain refresh keeps what the check found: the cache cannot see deletions.
        QSignalSpy refreshed(m_page.get(), &ImageLanePage::tagsRefreshed);
        m_page->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(m_page->healthModel()->brokenTags(), expected);
    }

    void healthExportsJsonAndCsv()
    {
        const QString json = m_dir.filePath(QStringLiteral("health.json"));
        const QString csv = m_dir.filePath(QStringLiteral("health.csv"));
        QString error;
        QVERIFY2(m_page->healthPanel()->exportReport(json, &error), qPrintable(error));
        QVERIFY2(m_page->healthPanel()->exportReport(csv, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("image")).toString(), m_page->imageReference());
        QStringList broken;
        for (const QJsonValue& v : report.value(QStringLiteral("broken_tags")).toArray())
            broken << v.toString();
        QStringList expected = m_history.brokenTags();
        expected.sort();
        QCOMPARE(broken, expected);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray text = csvFile.readAll();
        QVERIFY(text.startsWith("tag,index_digest,platform,child_digest,http_status,state"));
        QVERIFY(text.contains(",404,broken,"));
    }

    void historyHasRowsAndTimelines()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->historyModel()->rowCount() > 0, 10000);
        // Nothing moved between the refreshes: one row per tag.
        QCOMPARE(m_page->historyModel()->rowCount(), int(m_history.tags.size()));
        TagTimelineModel* timeline = m_page->timelineModel();
        QVERIFY(timeline->rowCount() >= int(m_profile.movingChannels.size()));
        const QModelIndex latest = timeline->index(0, 0);
        QCOMPARE(latest.data().toString(), QStringLiteral("latest"));
        QCOMPARE(timeline->rowCount(latest), 1);
        const QModelIndex change = timeline->index(0, TagTimelineModel::VersionsColumn, latest);
        QCOMPARE(change.data(TagTimelineModel::DigestRole).toString(),
                 m_history.tags.value(QStringLiteral("latest")));
        QCOMPARE(QStringLiteral("latest = ") + change.data().toString(),
                 expectedEquation(QStringLiteral("latest")));
    }

    void cleanupPreviewSaysItNeedsAToken()
    {
        m_page->tabs()->setCurrentWidget(m_page->cleanupPanel());
        auto* notice = m_page->findChild<QLabel*>(QStringLiteral("cleanup-notice"));
        QVERIFY(notice->text().contains(QStringLiteral("never deletes anything")));
        QVERIFY(notice->text().contains(QStringLiteral("read:packages")));
        QCOMPARE(m_page->cleanupPanel()->keep(), 10);
        QSignalSpy shown(m_page.get(), &ImageLanePage::cleanupPreviewShown);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cleanup-preview")),
                          Qt::LeftButton);
        QVERIFY(shown.count() > 0 || shown.wait(40000));
        QVERIFY(!shown.first().first().toString().isEmpty());
        StateBanner* banner = m_page->cleanupPanel()->banner();
        QCOMPARE(banner->tone(), StateBanner::Tone::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("read:packages")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("Next step")));
        QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("cleanup-preview"))->isEnabled());
    }

    void cancelKeepsTheLastResults()
    {
        const int tags = m_page->tagModel()->rowCount();
        QSignalSpy refreshed(m_page.get(), &ImageLanePage::tagsRefreshed);
        m_page->refresh();
        QVERIFY(m_page->isBusy());
        QVERIFY(m_page->findChild<QProgressBar*>(QStringLiteral("image-progress"))->isVisible());
        auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("image-cancel"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!refreshed.first().first().toString().isEmpty());
        QTRY_VERIFY(!m_page->isBusy());
        QVERIFY(!cancel->isVisible());
        auto* banner = m_page->findChild<StateBanner*>(QStringLiteral("image-banner"));
        QCOMPARE(banner->tone(), StateBanner::Tone::Info);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Refresh cancelled; the tags below are "
                                                          "as of")),
                 qPrintable(banner->text()));
        QCOMPARE(m_page->tagModel()->rowCount(), tags);
    }

    void unreachableRegistryIsExplainedInline()
    {
        Profile dead = m_profile;
        dead.name = QStringLiteral("dead");
        dead.registryUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        ImageLanePage page(m_dir.filePath(QStringLiteral("dead.sqlite")));
        page.setProfile(dead);
        QSignalSpy refreshed(&page, &ImageLanePage::tagsRefreshed);
        page.show();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!refreshed.first().first().toString().isEmpty());
        auto* banner = page.findChild<StateBanner*>(QStringLiteral("image-banner"));
        QCOMPARE(banner->tone(), StateBanner::Tone::Error);
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("Could not read the tags of 127.0.0.1:9/")),
            qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("press Refresh")));
        QCOMPARE(page.channelBoardModel()->rowCount(), 0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("image-refresh"))->isEnabled());
    }

    void controlsHaveAccessibleNames()
    {
        for (const char* name : {"tag-filter", "tag-kind-filter", "tag-table", "diff-tag-a",
                                 "diff-tag-b", "diff-table", "health-table", "cleanup-keep",
                                 "history-timeline", "history-table", "channel-board"}) {
            auto* widget = m_page->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestImageLanePage)
#include "tst_imagelanepage.moc"
