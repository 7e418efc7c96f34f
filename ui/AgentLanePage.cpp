#include "AgentLanePage.h"

#include "AgentLaneService.h"
#include "Store.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lattice {

namespace {

enum Column { NameColumn, StateColumn, SumsColumn, FileColumn, GitHubColumn, ColumnCount };

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
                             tr(".sha256 file"), tr("GitHub digest")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);

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
}

AgentLanePage::~AgentLanePage() = default;

AgentLaneService* AgentLanePage::service()
{
    if (!m_service) {
        m_service = new AgentLaneService(m_storePath, this);
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
}

void AgentLanePage::setOffline(bool offline)
{
    m_offline = offline;
    m_refresh->setEnabled(!offline);
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

void AgentLanePage::display(const QList<Agent::ReleaseReport>& reports,
                            const Agent::LatestResolution& latest, const QString& error,
                            const QDateTime& at, int rateRemaining)
{
    if (!error.isEmpty()) {
        m_state->setText(tr("Could not read the releases: %1").arg(error));
        emit refreshed(error);
        return;
    }
    m_latest->setText(latest.serverTag
                          ? tr("The server will resolve latest to %1").arg(*latest.serverTag)
                          : tr("The server will find no stable release for latest"));
    m_explanation->setText(latest.explanation);
    m_tree->clear();
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
            item->setForeground(StateColumn, QColor(0xb0, 0x20, 0x20));
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

} // namespace Lattice
