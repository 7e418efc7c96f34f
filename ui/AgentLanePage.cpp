#include "AgentLanePage.h"

#include "AgentIdentityProbe.h"
#include "AgentLaneService.h"
#include "ArtifactDownloader.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "SecretStore.h"
#include "StatusColors.h"
#include "Store.h"

#include <QAction>
#include <QColor>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Lattice {

namespace {

enum Column {
    NameColumn,
    StateColumn,
    SumsColumn,
    FileColumn,
    GitHubColumn,
    LocalColumn,
    IdentityColumn,
    ColumnCount
};

// Marks the rows that show identity checks, so a refresh of the asset row
// replaces them instead of adding more.
constexpr int IdentityRowRole = Qt::UserRole + 1;
const QColor kRed(0xb0, 0x20, 0x20);

QString digestText(const std::optional<QByteArray>& digest)
{
    return digest ? QString::fromLatin1(*digest) : QStringLiteral("—");
}

} // namespace

AgentLanePage::AgentLanePage(QWidget* parent)
    : AgentLanePage(Store::defaultPath(), parent)
{}

AgentLanePage::AgentLanePage(const QString& storePath, QWidget* parent)
    : QWidget(parent)
    , m_storePath(storePath)
{
    m_secrets = new SecretStore(this);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Node agent</h2>"), this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("agent-source"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_latest = new QLabel(this);
    m_latest->setObjectName(QStringLiteral("agent-latest"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("agent-latest-explanation"));
    m_explanation->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("agent-state"));
    m_refresh = new QPushButton(tr("&Refresh releases"), this);
    m_refresh->setObjectName(QStringLiteral("agent-refresh"));
    connect(m_refresh, &QPushButton::clicked, this, &AgentLanePage::refresh);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("agent-releases"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Release / asset"), tr("State"), tr("SHA256SUMS"),
                             tr(".sha256 file"), tr("GitHub digest"), tr("Downloaded"),
                             tr("Identity")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);

    m_createPolicy = new QAction(tr("Create &policy from this asset"), this);
    m_createPolicy->setObjectName(QStringLiteral("agent-create-policy"));
    m_createPolicy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_createPolicy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_createPolicy, &QAction::triggered, this, [this] {
        if (const std::optional<Server::UpdatePolicy> policy = assetPolicy())
            emit policyRequested(*policy);
    });
    m_pinVersion = new QAction(tr("Pin this &version"), this);
    m_pinVersion->setObjectName(QStringLiteral("agent-pin-version"));
    connect(m_pinVersion, &QAction::triggered, this, [this] {
        const Agent::ReleaseReport* release = selectedRelease();
        if (!release || release->release.draft)
            return;
        Server::UpdatePolicy policy;
        policy.targetVersion = Agent::LatestResolution::versionOf(release->release.tag);
        emit policyRequested(policy);
    });
    m_tree->addAction(m_createPolicy);
    m_tree->addAction(m_pinVersion);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AgentLanePage::updatePolicyActions);
    updatePolicyActions();

    auto* top = new QHBoxLayout;
    top->addWidget(m_latest, 1);
    top->addWidget(m_refresh);
    layout->addWidget(title);
    layout->addWidget(m_source);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_state);
    layout->addWidget(m_tree, 1);
    m_latest->setText(tr("Not loaded yet"));

    m_download = new QPushButton(tr("&Download"), this);
    m_download->setObjectName(QStringLiteral("agent-download"));
    m_download->setToolTip(tr("Download the selected agent binary; it is kept only when its "
                              "SHA-256 matches the release's SHA256SUMS"));
    connect(m_download, &QPushButton::clicked, this, &AgentLanePage::startDownload);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("agent-download-progress"));
    m_progress->setVisible(false);
    m_cancelDownload = new QPushButton(tr("Cancel"), this);
    m_cancelDownload->setObjectName(QStringLiteral("agent-download-cancel"));
    m_cancelDownload->setVisible(false);
    connect(m_cancelDownload, &QPushButton::clicked, this, [this] {
        if (m_downloader)
            m_downloader->cancel();
    });
    m_checkIdentity = new QPushButton(tr("Check &identity"), this);
    m_checkIdentity->setObjectName(QStringLiteral("agent-check-identity"));
    m_checkIdentity->setToolTip(tr("Run the downloaded binary's -version and -compat-json in a "
                                   "sandbox (bubblewrap: no network, read-only system, empty "
                                   "environment, 5 seconds)"));
    connect(m_checkIdentity, &QPushButton::clicked, this, &AgentLanePage::checkIdentity);
    m_artifactState = new QLabel(this);
    m_artifactState->setObjectName(QStringLiteral("agent-artifact-state"));
    m_artifactState->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_download);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancelDownload);
    actions->addWidget(m_checkIdentity);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(m_artifactState);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AgentLanePage::updateArtifactActions);
    updateArtifactActions();
}

AgentLanePage::~AgentLanePage() = default;

AgentLaneService* AgentLanePage::service()
{
    if (!m_service) {
        m_service = new AgentLaneService(m_storePath, this);
        m_service->setSecretStore(m_secrets);
        connect(m_service, &AgentLaneService::refreshed, this, &AgentLanePage::display);
        connect(m_service, &AgentLaneService::busyChanged, this, [this](bool busy) {
            m_refresh->setEnabled(!busy);
            if (busy)
                m_state->setText(tr("Reading releases and checksum files…"));
        });
    }
    return m_service;
}

void AgentLanePage::setProfile(const Profile& profile)
{
    if (m_hasProfile && profile.agentRepo == m_profile.agentRepo &&
        profile.githubApiUrl == m_profile.githubApiUrl &&
        profile.allowInsecureLoopback == m_profile.allowInsecureLoopback)
        return; // the same releases; nothing to read again
    m_profile = profile;
    m_hasProfile = true;
    m_needsRefresh = true;
    m_source->setText(tr("Releases of %1 from %2")
                          .arg(profile.agentRepo, profile.githubApiUrl.toDisplayString()));
    m_tree->clear();
    m_latest->setText(tr("Not loaded yet"));
    m_explanation->clear();
    m_state->clear();
    // Another repository or API: what was downloaded belongs to the old one.
    if (m_downloader)
        m_downloader->cancel();
    if (m_probe)
        m_probe->cancel();
    m_assetChecks.clear();
    m_artifacts.clear();
    m_artifactState->clear();
    updateArtifactActions();
}

void AgentLanePage::setOffline(bool offline)
{
    m_offline = offline;
    m_refresh->setEnabled(!offline);
    updateArtifactActions();
    if (offline)
        m_state->setText(tr("Offline mode: GitHub is not contacted."));
}

void AgentLanePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Network work starts only once the maintainer looks at the lane.
    if (m_needsRefresh && m_hasProfile && !m_offline)
        refresh();
}

void AgentLanePage::refresh()
{
    if (!m_hasProfile || m_offline)
        return;
    m_needsRefresh = false;
    AgentLaneService::Endpoint endpoint;
    endpoint.githubApi = m_profile.githubApiUrl;
    endpoint.repository = m_profile.agentRepo;
    endpoint.allowInsecureLoopback = m_profile.allowInsecureLoopback;
    service()->setEndpoint(endpoint);
    service()->refresh();
}

QString AgentLanePage::latestText() const
{
    return m_latest->text();
}

void AgentLanePage::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
    if (m_service)
        m_service->setSecretStore(secrets);
}

void AgentLanePage::setPublishedVersions(const std::optional<QStringList>& server,
                                         const std::optional<QStringList>& dashboard)
{
    m_publishedServer = server;
    m_publishedDashboard = dashboard;
}

QString AgentLanePage::artifactDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/artifacts");
}

QString AgentLanePage::artifactKey(const QString& tag, const QString& asset)
{
    return tag + QLatin1Char('/') + asset;
}

QTreeWidgetItem* AgentLanePage::selectedAgentBinary() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    // A check row below an asset stands for its asset.
    while (item && item->parent() && item->parent()->parent())
        item = item->parent();
    if (!item || !item->parent() || !Agent::agentAssetPlatform(item->text(NameColumn)))
        return nullptr;
    const QString key = artifactKey(item->parent()->text(NameColumn), item->text(NameColumn));
    return m_assetChecks.contains(key) ? item : nullptr;
}

QTreeWidgetItem* AgentLanePage::assetItem(const QString& key) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* release = m_tree->topLevelItem(i);
        for (int j = 0; j < release->childCount(); ++j) {
            QTreeWidgetItem* asset = release->child(j);
            if (artifactKey(release->text(NameColumn), asset->text(NameColumn)) == key)
                return asset;
        }
    }
    return nullptr;
}

void AgentLanePage::updateArtifactActions()
{
    const QTreeWidgetItem* item = selectedAgentBinary();
    const bool downloading = m_downloader && m_downloader->isRunning();
    const bool probing = m_probe && m_probe->isRunning();
    m_download->setEnabled(item && m_hasProfile && !m_offline && !downloading);
    const bool verified = item && m_artifacts.contains(artifactKey(item->parent()->text(NameColumn),
                                                                   item->text(NameColumn)));
    // Only bytes that matched the release's SHA256SUMS are ever run.
    m_checkIdentity->setEnabled(verified && !probing);
}

void AgentLanePage::startDownload()
{
    const QTreeWidgetItem* item = selectedAgentBinary();
    if (!item || m_offline || (m_downloader && m_downloader->isRunning()))
        return;
    const QString tag = item->parent()->text(NameColumn);
    const QString asset = item->text(NameColumn);
    const QString dir = artifactDirectory() + QLatin1Char('/') + tag;
    if (!QDir().mkpath(dir)) {
        m_artifactState->setText(tr("Could not create the artifact directory %1").arg(dir));
        return;
    }
    if (!m_session)
        m_session = new Net::HttpSession(this);
    if (m_downloader)
        m_downloader->deleteLater();
    m_downloadGithub = std::make_unique<GitHubClient>(m_session, m_profile.githubApiUrl,
                                                      m_profile.allowInsecureLoopback);
    // The token the release list was read with, from the keychain.
    if (m_service && !m_service->token().isEmpty())
        m_downloadGithub->setToken(m_service->token());
    m_downloader = new ArtifactDownloader(m_downloadGithub.get(), this);
    connect(m_downloader, &ArtifactDownloader::progress, this,
            [this](qint64 received, qint64 total) {
                if (total > 0 && total <= std::numeric_limits<int>::max()) {
                    m_progress->setRange(0, int(total));
                    m_progress->setValue(int(received));
                } else {
                    m_progress->setRange(0, 0); // size unknown: a busy bar
                }
            });
    connect(m_downloader, &ArtifactDownloader::finished, this, &AgentLanePage::downloadDone);
    m_downloadKey = artifactKey(tag, asset);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelDownload->setVisible(true);
    m_artifactState->setText(tr("Downloading %1 of %2…").arg(asset, tag));
    m_downloader->start(m_profile.agentRepo, tag, asset, dir);
    updateArtifactActions();
}

void AgentLanePage::downloadDone()
{
    m_progress->setVisible(false);
    m_cancelDownload->setVisible(false);
    const QString key = m_downloadKey;
    const ArtifactDownloader::Outcome outcome = m_downloader->outcome();
    const bool verified = outcome == ArtifactDownloader::Outcome::Verified;
    if (verified) {
        Artifact artifact;
        artifact.path = m_downloader->path();
        artifact.sha256 = m_downloader->actualSha256();
        m_artifacts.insert(key, artifact);
        if (auto check = m_assetChecks.find(key); check != m_assetChecks.end())
            check->localHash = artifact.sha256;
        m_artifactState->setText(tr("Kept %1: its SHA-256 matches SHA256SUMS.").arg(artifact.path));
        // Reading the headers touches up to 256 MiB: not on the GUI thread.
        const QString path = artifact.path;
        auto* watcher = new QFutureWatcher<Agent::GoBuildInfo>(this);
        connect(watcher, &QFutureWatcher<Agent::GoBuildInfo>::finished, this,
                [this, watcher, key, path] {
                    const Agent::GoBuildInfo info = watcher->result();
                    watcher->deleteLater();
                    const auto artifact = m_artifacts.find(key);
                    if (artifact == m_artifacts.end() || artifact->path != path)
                        return; // downloaded again, or the profile changed
                    artifact->buildInfo = info;
                    if (QTreeWidgetItem* item = assetItem(key))
                        showArtifact(item, key);
                });
        watcher->setFuture(
            QtConcurrent::run([path] { return Agent::GoBuildInfo::readFile(path); }));
    } else if (outcome == ArtifactDownloader::Outcome::Cancelled) {
        m_artifactState->setText(tr("Download cancelled; nothing was kept."));
    } else {
        m_artifactState->setText(tr("Not kept: %1").arg(m_downloader->message()));
    }
    if (QTreeWidgetItem* item = assetItem(key))
        showArtifact(item, key);
    updateArtifactActions();
    emit downloadFinished(verified, m_downloader->message());
}

void AgentLanePage::checkIdentity()
{
    const QTreeWidgetItem* item = selectedAgentBinary();
    if (!item)
        return;
    const QString key = artifactKey(item->parent()->text(NameColumn), item->text(NameColumn));
    const auto artifact = m_artifacts.constFind(key);
    if (artifact == m_artifacts.constEnd() || (m_probe && m_probe->isRunning()))
        return;
    if (!m_probe) {
        m_probe = new AgentIdentityProbe(this);
        connect(m_probe, &AgentIdentityProbe::finished, this, &AgentLanePage::identityDone);
    }
    m_probeKey = key;
    m_artifactState->setText(
        tr("Running %1 -version and -compat-json in the sandbox…").arg(item->text(NameColumn)));
    // The probe hashes its own copy again and runs it only if it still
    // matches what SHA256SUMS verified.
    m_probe->start({artifact->path, item->text(NameColumn), artifact->sha256});
    updateArtifactActions();
}

void AgentLanePage::identityDone()
{
    const AgentIdentityProbe::Result& r = m_probe->result();
    const auto artifact = m_artifacts.find(m_probeKey);
    if (r.status == AgentIdentityProbe::Status::Cancelled || artifact == m_artifacts.end()) {
        updateArtifactActions();
        return;
    }
    const QString tag = m_probeKey.section(QLatin1Char('/'), 0, 0);
    const QString asset = m_probeKey.section(QLatin1Char('/'), 1);
    artifact->checks.clear();
    artifact->identityProblem.clear();
    if (r.buildInfo.ok())
        artifact->buildInfo = r.buildInfo;
    switch (r.status) {
    case AgentIdentityProbe::Status::Ran:
        artifact->checks = Agent::checkIdentity(
            {tag, r.version, r.compat, m_publishedServer, m_publishedDashboard});
        artifact->identity = tr("-version %1").arg(r.version.value_or(QString()));
        m_artifactState->setText(tr("%1 ran in the sandbox.").arg(asset));
        break;
    case AgentIdentityProbe::Status::CannotRunHere:
        artifact->identity = tr("cannot run here");
        artifact->identityProblem = r.message;
        m_artifactState->setText(tr("%1 was not run: %2").arg(asset, r.message));
        break;
    case AgentIdentityProbe::Status::SandboxUnavailable:
        artifact->identity = tr("sandbox unavailable");
        artifact->identityProblem = r.message;
        m_artifactState->setText(tr("%1 was not run: %2").arg(asset, r.message));
        break;
    case AgentIdentityProbe::Status::NotGo:
    case AgentIdentityProbe::Status::NotVerified:
    case AgentIdentityProbe::Status::Failed:
    case AgentIdentityProbe::Status::Cancelled:
        artifact->identity = tr("FAILED");
        artifact->identityProblem = r.message;
        m_artifactState->setText(tr("Identity check of %1 failed: %2").arg(asset, r.message));
        break;
    }
    if (QTreeWidgetItem* item = assetItem(m_probeKey))
        showArtifact(item, m_probeKey);
    updateArtifactActions();
    emit identityChecked(asset);
}

void AgentLanePage::showArtifact(QTreeWidgetItem* item, const QString& key)
{
    for (int i = item->childCount() - 1; i >= 0; --i) {
        if (item->child(i)->data(NameColumn, IdentityRowRole).toBool())
            delete item->takeChild(i);
    }
    const auto artifact = m_artifacts.constFind(key);
    if (artifact == m_artifacts.constEnd())
        return;
    const QBrush normal = palette().text();
    const auto addRow = [item](const QString& name, const QString& text, bool red) {
        auto* row = new QTreeWidgetItem(item);
        row->setData(NameColumn, IdentityRowRole, true);
        row->setText(NameColumn, name);
        row->setText(StateColumn, text);
        row->setToolTip(StateColumn, text);
        if (red)
            row->setForeground(StateColumn, kRed);
    };

    item->setText(LocalColumn, QString::fromLatin1(artifact->sha256));
    if (const auto check = m_assetChecks.constFind(key); check != m_assetChecks.constEnd()) {
        item->setText(StateColumn, check->consistent() ? tr("consistent") : tr("INCONSISTENT"));
        item->setForeground(StateColumn, check->consistent() ? normal : QBrush(kRed));
    }

    bool red = false;
    QString identity;
    if (!artifact->buildInfo) {
        identity = tr("reading build info…");
    } else if (!artifact->buildInfo->ok()) {
        identity = tr("not a Go binary");
        addRow(tr("Build info"), artifact->buildInfo->errorText, true);
        red = true;
    } else {
        const Agent::GoBuildInfo& info = *artifact->buildInfo;
        identity = QStringLiteral("%1 %2/%3").arg(info.goVersion, info.goos, info.goarch);
        QStringList details{tr("%1, %2").arg(info.formatName(), info.headerArch),
                            tr("module %1").arg(info.module())};
        for (const auto& setting : info.settings)
            details << QStringLiteral("%1=%2").arg(setting.first, setting.second);
        item->setToolTip(IdentityColumn, details.join(QLatin1Char('\n')));
        for (const QString& problem : info.problems(item->text(NameColumn))) {
            addRow(tr("Build info"), problem, true);
            red = true;
        }
    }
    if (!artifact->identity.isEmpty())
        identity += QStringLiteral("; ") + artifact->identity;
    if (!artifact->identityProblem.isEmpty()) {
        const bool failed = artifact->identity == tr("FAILED");
        addRow(tr("Identity"), artifact->identityProblem, failed);
        red = red || failed;
    }
    for (const Agent::IdentityCheck& c : artifact->checks) {
        const bool failed = c.state == Agent::CheckState::Failed;
        const QString state = c.state == Agent::CheckState::Passed ? tr("passed")
                              : failed                             ? tr("FAILED")
                                                                   : tr("not checked");
        addRow(tr("Identity: %1").arg(c.what), tr("%1 — %2").arg(state, c.detail), failed);
        red = red || failed;
    }
    item->setText(IdentityColumn, identity);
    item->setForeground(IdentityColumn, red ? QBrush(kRed) : normal);
}

void AgentLanePage::display(const QList<Agent::ReleaseReport>& reports,
                            const Agent::LatestResolution& latest, const QString& error,
                            const QDateTime& at, int rateRemaining)
{
    if (rateRemaining >= 0)
        emit rateLimitSeen(rateRemaining);
    if (!error.isEmpty()) {
        m_state->setText(tr("Could not read the releases: %1").arg(error));
        emit refreshed(error);
        return;
    }
    m_reports = reports;
    m_latest->setText(latest.serverTag
                          ? tr("The server will resolve latest to %1").arg(*latest.serverTag)
                          : tr("The server will find no stable release for latest"));
    m_explanation->setText(latest.explanation);
    m_tree->clear();
    m_assetChecks.clear();
    int withProblems = 0;
    for (const Agent::ReleaseReport& r : reports) {
        QStringList flags{Agent::channelName(r.channel)};
        if (r.release.draft)
            flags << tr("draft");
        if (r.release.prerelease)
            flags << tr("prerelease");
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, r.release.tag);
        item->setText(StateColumn, r.problems.isEmpty()
                                       ? flags.join(QStringLiteral(", "))
                                       : tr("%1 — %n problem(s)", nullptr, int(r.problems.size()))
                                             .arg(flags.join(QStringLiteral(", "))));
        item->setToolTip(StateColumn, r.problems.join(QLatin1Char('\n')));
        if (!r.problems.isEmpty()) {
            item->setForeground(StateColumn, StatusColors::error());
            if (!r.release.draft)
                ++withProblems;
        }
        for (const Agent::AssetCheck& a : r.assets) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(NameColumn, a.name);
            child->setText(StateColumn, a.consistent() ? tr("consistent") : tr("INCONSISTENT"));
            child->setText(SumsColumn, digestText(a.sha256Sums));
            child->setText(FileColumn, digestText(a.sha256File));
            child->setText(GitHubColumn, digestText(a.githubDigest));
            const QString key = artifactKey(r.release.tag, a.name);
            m_assetChecks.insert(key, a);
            showArtifact(child, key);
        }
        for (const QString& p : r.problems) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(NameColumn, tr("Problem"));
            child->setText(StateColumn, p);
        }
    }
    QString state =
        tr("%n release(s), %1 published with problems; read %2", nullptr, int(reports.size()))
            .arg(withProblems)
            .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    if (rateRemaining >= 0)
        state += QLatin1Char(' ') + tr("(%n GitHub API request(s) left)", nullptr, rateRemaining);
    m_state->setText(state);
    emit refreshed({});
}

const Agent::ReleaseReport* AgentLanePage::selectedRelease() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    if (item->parent())
        item = item->parent();
    for (const Agent::ReleaseReport& r : m_reports) {
        if (r.release.tag == item->text(NameColumn))
            return &r;
    }
    return nullptr;
}

const Agent::AssetCheck* AgentLanePage::selectedAsset() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const Agent::ReleaseReport* release = selectedRelease();
    if (!item || !item->parent() || !release)
        return nullptr;
    for (const Agent::AssetCheck& a : release->assets) {
        if (a.name == item->text(NameColumn))
            return &a;
    }
    return nullptr;
}

std::optional<Server::UpdatePolicy> AgentLanePage::assetPolicy(QString* whyNot) const
{
    const Agent::ReleaseReport* release = selectedRelease();
    const Agent::AssetCheck* asset = selectedAsset();
    const auto refuse = [whyNot](const QString& why) {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    if (!release || !asset)
        return refuse(tr("Select an agent binary of a release"));
    // Managed updates exist only for Linux nodes (lattice-server-api §6).
    if (asset->checksumFile || !asset->name.startsWith(QLatin1String("lattice-agent-linux-")) ||
        asset->name.endsWith(QLatin1String(".sha256")))
        return refuse(tr("The server updates only Linux nodes: select a lattice-agent-linux-* "
                         "binary"));
    if (!asset->sha256Sums)
        return refuse(tr("SHA256SUMS of %1 does not list this binary").arg(release->release.tag));
    Server::UpdatePolicy policy;
    policy.targetVersion = Agent::LatestResolution::versionOf(release->release.tag);
    policy.sha256 = QString::fromLatin1(*asset->sha256Sums);
    const Agent::ReleaseAsset* published = release->release.asset(asset->name);
    const QUrl download(published ? published->downloadUrl : QString());
    // The node downloads the binary itself, over HTTPS only; a loopback
    // mirror's plain-HTTP URL would be refused, so the public release URL
    // of the same tag and asset stands in for it.
    policy.binaryUrl = download.scheme() == QLatin1String("https")
                           ? download.toString()
                           : QStringLiteral("https://github.com/%1/releases/download/%2/%3")
                                 .arg(m_profile.agentRepo, release->release.tag, asset->name);
    return policy;
}

void AgentLanePage::updatePolicyActions()
{
    QString whyNot;
    const bool fromAsset = assetPolicy(&whyNot).has_value();
    m_createPolicy->setEnabled(fromAsset);
    m_createPolicy->setToolTip(fromAsset ? tr("Open the Policies page with this binary's URL, "
                                              "its SHA-256 from SHA256SUMS and its version")
                                         : whyNot);
    const Agent::ReleaseReport* release = selectedRelease();
    const bool pin = release && !release->release.draft;
    m_pinVersion->setEnabled(pin);
    m_pinVersion->setToolTip(pin ? tr("Open the Policies page with this official release pinned")
                                 : tr("Select a published release"));
}

} // namespace Lattice
