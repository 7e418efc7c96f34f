#include "MainWindow.h"

#include "AboutDialog.h"
#include "AgentLanePage.h"
#include "CommandPalette.h"
#include "DocsLanePage.h"
#include "EndpointProbe.h"
#include "EndpointStatusModel.h"
#include "ImageLanePage.h"
#include "LaneHealth.h"
#include "LaneListModel.h"
#include "LanePage.h"
#include "LaneView.h"
#include "OverviewPage.h"
#include "OverviewSnapshot.h"
#include "PluginIndexPage.h"
#include "PluginIndexReport.h"
#include "PoliciesPage.h"
#include "ProfileStore.h"
#include "ReleaseOrderService.h"
#include "SdkLanePage.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "VerifyPage.h"
#include "WatchedValues.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace Lattice {

MainWindow::MainWindow(ProfileStore* profiles, const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_options(options)
    , m_laneModel(new LaneListModel(this))
    , m_endpointStatus(new EndpointStatusModel(this))
    , m_probe(new EndpointProbe(this))
    , m_sidebar(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(m_endpointStatus, this))
{
    setObjectName(QStringLiteral("main-window"));
    setWindowTitle(tr("Lattice Release Desk"));
    resize(1200, 760);

    m_sidebar->setObjectName(QStringLiteral("lane-sidebar"));
    m_sidebar->setAccessibleName(tr("Lanes"));
    m_sidebar->setModel(m_laneModel);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setMaximumWidth(260);

    for (Lane lane : allLanes()) {
        QWidget* page = createPage(lane);
        if (auto* view = dynamic_cast<LaneView*>(page))
            view->setOffline(m_options.offline);
        m_pageForLane.insert(lane, page);
        m_pages->addWidget(page);
    }

    auto* agentPage = qobject_cast<AgentLanePage*>(m_pageForLane.value(Lane::NodeAgent));
    auto* policiesPage = qobject_cast<PoliciesPage*>(m_pageForLane.value(Lane::Policies));
    if (agentPage && policiesPage) {
        connect(agentPage, &AgentLanePage::policyRequested, this,
                [this, policiesPage](const Server::UpdatePolicy& prefill) {
                    showLane(Lane::Policies);
                    policiesPage->prefill(prefill);
                });
    }

    connectOverview();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const Lane lane = Lane(current.data(LaneListModel::LaneRole).toInt());
                m_pages->setCurrentWidget(m_pageForLane.value(lane));
            });

    buildMenus();
    buildToolbar();
    buildStatusBar();

    connect(m_probe, &EndpointProbe::resultReady, this, [this](const EndpointProbe::Result& r) {
        const QString detail = r.reachable ? QStringLiteral("HTTP %1").arg(r.httpStatus) : r.error;
        m_endpointStatus->setResult(r.target.id, r.reachable, detail,
                                    QDateTime::currentDateTimeUtc());
        m_progress->setValue(m_progress->value() + 1);
    });
    connect(m_probe, &EndpointProbe::finished, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
        m_refreshAction->setEnabled(true);
        const int down = m_endpointStatus->unreachableCount();
        m_laneModel->setLaneState(
            Lane::Overview, down ? tr("%n endpoint(s) unreachable", nullptr, down) : QString(),
            down ? LaneListModel::Severity::Error : LaneListModel::Severity::Ok);
        m_freshness->setText(tr("Checked %1")
                                 .arg(QLocale().toString(QDateTime::currentDateTime().time(),
                                                         QLocale::ShortFormat)));
        emit refreshFinished();
    });
    connect(m_profiles, &ProfileStore::currentChanged, this, &MainWindow::applyProfile);

    applyProfile(m_profiles->current());
    showLane(Lane::Overview);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setObjectName(QStringLiteral("refresh-action"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_cancelAction = view->addAction(tr("&Cancel refresh"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRefresh);
    m_paletteAction =
        view->addAction(tr("Command &palette…"), this, &MainWindow::showCommandPalette);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addSeparator();
    const QList<Lane> lanes = allLanes();
    for (int i = 0; i < lanes.size(); ++i) {
        const Lane lane = lanes.at(i);
        QAction* go = view->addAction(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(laneIconName(lane))), laneTitle(lane));
        // Ctrl+1 … Ctrl+8 jump straight to a lane.
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setObjectName(QStringLiteral("lane-action-") + laneId(lane));
        connect(go, &QAction::triggered, this, [this, lane] { showLane(lane); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        help->addAction(tr("&About Lattice Release Desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showSettings()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    SettingsDialog dialog(m_profiles, m_secrets, this);
    dialog.exec();
    // Tokens may have changed for endpoints of the profile in use.
    applyProfile(m_profiles->current());
}

void MainWindow::showCommandPalette()
{
    if (!m_palette) {
        m_palette = new CommandPalette(this);
        const QList<Lane> lanes = allLanes();
        for (int i = 0; i < lanes.size(); ++i) {
            const Lane lane = lanes.at(i);
            m_palette->addPage(
                laneTitle(lane), QIcon(QStringLiteral(":/icons/%1.svg").arg(laneIconName(lane))),
                QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, lane] { showLane(lane); });
        }
        // The View menu's lane actions are the pages above.
        QList<QAction*> actions;
        for (QAction* menuAction : menuBar()->actions()) {
            const QMenu* menu = menuAction->menu();
            for (QAction* a : menu ? menu->actions() : QList<QAction*>{}) {
                if (a != m_paletteAction &&
                    !a->objectName().startsWith(QStringLiteral("lane-action-")))
                    actions << a;
            }
        }
        m_palette->addActions(actions);
    }
    m_palette->popup();
}

void MainWindow::buildToolbar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("main-toolbar"));
    bar->setMovable(false);
    auto* label = new QLabel(tr("&Profile:"), bar);
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profile-combo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_profileCombo);
    bar->addWidget(label);
    bar->addWidget(m_profileCombo);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    reloadProfileCombo();
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { m_profiles->setCurrent(m_profileCombo->itemText(index)); });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfileCombo);
}

void MainWindow::reloadProfileCombo()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile& p : m_profiles->profiles())
        m_profileCombo->addItem(p.name);
    m_profileCombo->setCurrentText(m_profiles->currentName());
}

void MainWindow::buildStatusBar()
{
    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("freshness-label"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refresh-progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setObjectName(QStringLiteral("refresh-cancel"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_rateLimit = new QLabel(this);
    m_rateLimit->setObjectName(QStringLiteral("github-rate-limit"));
    m_rateLimit->setToolTip(tr("GitHub API requests left in this hour, as GitHub last said"));
    statusBar()->addPermanentWidget(m_rateLimit);
    statusBar()->addPermanentWidget(m_freshness);
}

void MainWindow::applyProfile(const Profile& profile)
{
    m_overview->setProfile(profile);
    // The service first: pages that refresh on setProfile read its endpoint.
    releaseOrder()->setEndpoint({profile.githubApiUrl,
                                 profile.sdkRepo,
                                 profile.serverRepo,
                                 profile.agentRepo,
                                 profile.docsRepo,
                                 profile.allowInsecureLoopback,
                                 {}});
    for (QWidget* page : std::as_const(m_pageForLane)) {
        if (auto* view = dynamic_cast<LaneView*>(page))
            view->setProfile(profile);
    }
    QList<EndpointStatusModel::Row> rows;
    for (const EndpointProbe::Target& t : EndpointProbe::targetsFor(profile))
        rows.append({t.id, t.label, t.url, EndpointStatusModel::State::Unknown, {}, {}});
    m_endpointStatus->setEndpoints(rows);
    reloadProfileCombo();
    setWindowTitle(tr("%1 — Lattice Release Desk").arg(profile.name));
    refreshLanesInBackground();
    refresh();
}

void MainWindow::refreshLanesInBackground()
{
    // The overview's cards and checklist need every release lane, not only
    // the page in front; each reads on its own worker or asynchronously, and
    // refresh() below takes care of the current page.
    if (m_options.offline)
        return;
    for (Lane lane : {Lane::ServerImage, Lane::NodeAgent, Lane::Sdk, Lane::PluginIndex}) {
        QWidget* page = m_pageForLane.value(lane);
        if (page == m_pages->currentWidget())
            continue;
        if (auto* view = dynamic_cast<LaneView*>(page))
            view->refresh();
    }
}

void MainWindow::refresh()
{
    // F5 refreshes the page in front as well as the endpoint check.
    if (auto* view = dynamic_cast<LaneView*>(m_pages->currentWidget()))
        view->refresh();
    if (m_options.offline) {
        m_overview->updateSummary(true);
        m_freshness->setText(tr("Offline"));
        return;
    }
    const QList<EndpointProbe::Target> targets = EndpointProbe::targetsFor(m_profiles->current());
    m_endpointStatus->markAllChecking();
    m_overview->updateSummary(false);
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_refreshAction->setEnabled(false);
    m_probe->start(targets);
}

void MainWindow::cancelRefresh()
{
    if (auto* view = dynamic_cast<LaneView*>(m_pages->currentWidget()); view && view->isBusy())
        view->cancel();
    if (!m_probe->isRunning())
        return;
    m_probe->cancel();
    m_progress->hide();
    m_cancelButton->hide();
    m_refreshAction->setEnabled(true);
    m_freshness->setText(tr("Refresh cancelled"));
    emit refreshFinished();
}

QWidget* MainWindow::createPage(Lane lane)
{
    switch (lane) {
    case Lane::Overview:
        return m_overview;
    case Lane::ServerImage:
        return new ImageLanePage(this);
    case Lane::NodeAgent:
        return new AgentLanePage(this);
    case Lane::Sdk:
        return new SdkLanePage(releaseOrder(), this);
    case Lane::Docs:
        return new DocsLanePage(releaseOrder(), this);
    case Lane::PluginIndex:
        return new PluginIndexPage(this);
    case Lane::Policies: {
        auto* policies = new PoliciesPage(this);
        connect(policies, &PoliciesPage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
        return policies;
    }
    case Lane::Verify:
        return new VerifyPage(this);
    }
    return new LanePage(lane, this);
}

void MainWindow::connectOverview()
{
    // Each lane reports to its overview card after it has shown new data;
    // every card is also stored, so the next start (or an offline one)
    // opens on the last known state of each lane.
    connect(m_overview, &OverviewPage::laneActivated, this, &MainWindow::showLane);
    auto* snapshot = new OverviewSnapshot(Store::defaultPath(), this);
    connect(m_overview, &OverviewPage::laneHealthChanged, snapshot, &OverviewSnapshot::save);
    connect(snapshot, &OverviewSnapshot::loaded, this, [this](const QList<LaneHealth>& lanes) {
        for (const LaneHealth& health : lanes)
            m_overview->setStoredLaneHealth(health);
    });
    snapshot->load();
    connect(releaseOrder(), &ReleaseOrderService::reportChanged, this,
            [this](const ReleaseOrderReport& report, bool stored) {
                if (!stored)
                    showRateLimit(report.rateRemaining);
                m_overview->setReleaseOrder(report);
                m_overview->setLaneHealth(sdkHealth(report, stored));
                m_overview->setLaneHealth(docsHealth(report, stored));
            });
    auto* image = qobject_cast<ImageLanePage*>(m_pageForLane.value(Lane::ServerImage));
    auto* agentPage = qobject_cast<AgentLanePage*>(m_pageForLane.value(Lane::NodeAgent));
    if (image) {
        connect(image, &ImageLanePage::tagsRefreshed, this,
                [this, image, agentPage](const QString& error) {
                    m_overview->setLaneHealth(
                        imageHealth(image->tags(), error, QDateTime::currentDateTimeUtc()));
                    if (!error.isEmpty())
                        return;
                    noticeChanges(
                        imageWatchedValues(image->tags(), m_profiles->current().movingChannels));
                    if (!agentPage)
                        return;
                    // The image tags are the published server releases an agent's
                    // compatibility floor is held against. The dashboard ships inside
                    // the server image under the server's version (the release notes'
                    // version matrix), so the same list stands for its floor.
                    QStringList published;
                    for (const Oci::TagInfo& t : image->tags()) {
                        const Oci::TagKind kind =
                            Oci::classifyTag(t.tag, m_profiles->current().movingChannels);
                        if (kind == Oci::TagKind::Version || kind == Oci::TagKind::Pinned)
                            published.append(t.tag);
                    }
                    agentPage->setPublishedVersions(published, published);
                });
    }
    if (auto* agent = qobject_cast<AgentLanePage*>(m_pageForLane.value(Lane::NodeAgent))) {
        connect(agent, &AgentLanePage::rateLimitSeen, this, &MainWindow::showRateLimit);
        connect(agent, &AgentLanePage::refreshed, this, [this, agent](const QString& error) {
            QList<Agent::ReleaseInfo> releases;
            int problems = 0;
            for (const Agent::ReleaseReport& r : agent->reports()) {
                releases.append(r.release);
                problems += !r.release.draft && !r.problems.isEmpty();
            }
            const Agent::LatestResolution latest = Agent::LatestResolution::resolve(releases);
            if (error.isEmpty() && latest.serverTag)
                noticeChanges({{QStringLiteral("agent/server-latest"), *latest.serverTag}});
            m_overview->setLaneHealth(agentHealth(latest.serverTag.value_or(QString()), problems,
                                                  error, QDateTime::currentDateTimeUtc()));
        });
    }
    if (auto* plugins = qobject_cast<PluginIndexPage*>(m_pageForLane.value(Lane::PluginIndex))) {
        connect(plugins, &PluginIndexPage::indexLoaded, this, [this, plugins] {
            const PluginIndexReport* report = plugins->report();
            m_overview->setLaneHealth(pluginHealth(report ? report->index.statusText : QString(),
                                                   report ? int(report->violations.size()) : 0, {},
                                                   QDateTime::currentDateTimeUtc()));
        });
        connect(plugins, &PluginIndexPage::loadFailed, this, [this](const QString& error) {
            m_overview->setLaneHealth(pluginHealth({}, 0, error, QDateTime::currentDateTimeUtc()));
        });
    }
}

void MainWindow::showRateLimit(int remaining)
{
    if (remaining >= 0)
        m_rateLimit->setText(tr("GitHub: %n request(s) left", nullptr, remaining));
}

void MainWindow::noticeChanges(const QMap<QString, QString>& now)
{
    // One notice per move: what is shown now is what was looked at.
    const QString profile = m_profiles->currentName();
    QStringList notices;
    for (const WatchedChange& change : watchedChanges(m_profiles->lastSeen(profile), now))
        notices.append(change.describe());
    m_profiles->setLastSeen(profile, now);
    if (notices.isEmpty())
        return;
    m_overview->showChanges(notices);
    statusBar()->showMessage(notices.first(), 15000);
    QApplication::alert(this);
}

ReleaseOrderService* MainWindow::releaseOrder()
{
    // One service feeds the SDK and docs lanes (and the overview): both come
    // from the same tags, and the docs lane needs the SDK lane's pins.
    if (!m_releaseOrder) {
        m_releaseOrder = new ReleaseOrderService(Store::defaultPath(), this);
        m_releaseOrder->setSecretStore(new SecretStore(m_releaseOrder));
        m_releaseOrder->loadSnapshot();
    }
    return m_releaseOrder;
}

void MainWindow::showLane(Lane lane)
{
    m_sidebar->setCurrentIndex(m_laneModel->index(m_laneModel->rowForLane(lane)));
    m_pages->setCurrentWidget(m_pageForLane.value(lane));
}

Lane MainWindow::currentLane() const
{
    return m_pageForLane.key(m_pages->currentWidget(), Lane::Overview);
}

void MainWindow::setStore(Store* store)
{
    m_store = store;
    if (auto* policies = qobject_cast<PoliciesPage*>(m_pageForLane.value(Lane::Policies)))
        policies->setStore(store);
}

void MainWindow::showStoreError(const QString& error)
{
    // Not modal: the desk still works without its store, it just cannot
    // remember snapshots between runs.
    statusBar()->showMessage(
        tr("The local store could not be opened (%1); snapshots will not be kept.").arg(error));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_store ? m_store->sqliteVersion() : QString(), this);
    dialog.exec();
}

} // namespace Lattice
