#include "ServerPanel.h"

#include "StateBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lattice {

namespace {
QLabel* valueLabel(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ServerPanel::ServerPanel(QWidget* parent)
    : QWidget(parent)
{
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("policies-server"));
    m_picker->setAccessibleName(tr("Lattice server"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* pickerLabel = new QLabel(tr("&Server:"), this);
    pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] { emit serverChanged(); });

    m_setToken = new QPushButton(tr("Set &token…"), this);
    m_setToken->setObjectName(QStringLiteral("policies-set-token"));
    m_setToken->setToolTip(
        tr("Store a personal access token for this server in the system keychain"));
    connect(m_setToken, &QPushButton::clicked, this, &ServerPanel::askForToken);
    m_forgetToken = new QPushButton(tr("&Forget token"), this);
    m_forgetToken->setObjectName(QStringLiteral("policies-forget-token"));
    m_forgetToken->setToolTip(tr("Remove this server's token from the keychain"));
    connect(m_forgetToken, &QPushButton::clicked, this, &ServerPanel::forgetTokenRequested);
    m_tokenState = valueLabel(QStringLiteral("policies-token-state"), tr("Token"), this);

    auto* row = new QHBoxLayout;
    row->addWidget(pickerLabel);
    row->addWidget(m_picker);
    row->addWidget(m_setToken);
    row->addWidget(m_forgetToken);
    row->addWidget(m_tokenState, 1);

    m_version = valueLabel(QStringLiteral("server-version"), tr("Server version"), this);
    m_commit = valueLabel(QStringLiteral("server-commit"), tr("Server commit"), this);
    m_built = valueLabel(QStringLiteral("server-built"), tr("Server build date"), this);
    m_dashboard = valueLabel(QStringLiteral("server-dashboard"), tr("Dashboard"), this);
    m_health = valueLabel(QStringLiteral("server-health"), tr("Health"), this);
    m_identity = valueLabel(QStringLiteral("server-identity"), tr("Signed in as"), this);
    m_scopes = valueLabel(QStringLiteral("server-scopes"), tr("Token scopes"), this);

    auto* about = new QGroupBox(tr("About the server"), this);
    auto* build = new QFormLayout;
    build->addRow(tr("Version:"), m_version);
    build->addRow(tr("Commit:"), m_commit);
    build->addRow(tr("Built:"), m_built);
    build->addRow(tr("Dashboard:"), m_dashboard);
    auto* access = new QFormLayout;
    access->addRow(tr("Health:"), m_health);
    access->addRow(tr("Signed in as:"), m_identity);
    access->addRow(tr("Scopes:"), m_scopes);
    auto* columns = new QHBoxLayout(about);
    columns->addLayout(build, 1);
    columns->addLayout(access, 1);

    m_killSwitch = new StateBanner(this);
    m_killSwitch->setObjectName(QStringLiteral("server-kill-switch"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(about);
    layout->addWidget(m_killSwitch);
    clearServerInfo();
}

void ServerPanel::setServers(const QList<ServerEndpoint>& servers)
{
    const std::optional<ServerEndpoint> before = currentServer();
    m_servers = servers;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const ServerEndpoint& s : servers) {
            const QString url = s.url.toDisplayString();
            m_picker->addItem(s.label.isEmpty() ? url : tr("%1 (%2)").arg(s.label, url));
        }
        if (before)
            setCurrentUrl(before->url);
    }
    const bool any = !servers.isEmpty();
    m_picker->setEnabled(any);
    m_setToken->setEnabled(any);
    m_forgetToken->setEnabled(any);
    if (!any)
        showTokenState(tr("No Lattice server in this profile. Add one to the profile's servers "
                          "to manage update policies."));
    emit serverChanged();
}

std::optional<ServerEndpoint> ServerPanel::currentServer() const
{
    const int i = m_picker->currentIndex();
    if (i < 0 || i >= m_servers.size())
        return std::nullopt;
    return m_servers.at(i);
}

void ServerPanel::setCurrentUrl(const QUrl& url)
{
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).url == url) {
            m_picker->setCurrentIndex(i);
            return;
        }
    }
}

void ServerPanel::clearServerInfo()
{
    for (QLabel* label :
         {m_version, m_commit, m_built, m_dashboard, m_health, m_identity, m_scopes})
        label->setText(tr("—"));
    m_killSwitch->clear();
}

void ServerPanel::showTokenState(const QString& text)
{
    m_tokenState->setText(text);
}

void ServerPanel::showVersion(const Server::ServerVersion& version,
                              const Server::ServerError& error)
{
    m_killSwitch->clear();
    if (error) {
        m_version->setText(tr("unknown (%1)").arg(error.describe()));
        for (QLabel* label : {m_commit, m_built, m_dashboard})
            label->setText(tr("—"));
        return;
    }
    if (!version.present) {
        m_version->setText(tr("older than 0.2.0 (no /api/version): no agent update policies"));
        return;
    }
    // The version is a git ref, not semver; the commit identifies the build.
    m_version->setText(version.serverVersion);
    m_commit->setText(version.serverCommit);
    m_built->setText(version.serverDate);
    m_dashboard->setText(
        version.dashboardBuilt.isEmpty()
            ? version.dashboardRef
            : tr("%1, built %2").arg(version.dashboardRef, version.dashboardBuilt));
    if (version.taskExecutionDisabled)
        m_killSwitch->showMessage(
            StateBanner::Tone::Danger,
            tr("Task execution is disabled on this server (fleet kill switch). Approving an "
               "update will fail with task_execution_disabled until an operator turns it back "
               "on."));
}

void ServerPanel::showHealth(const Server::ServerError& error)
{
    m_health->setText(error ? tr("not healthy: %1").arg(error.describe()) : tr("ok"));
}

void ServerPanel::showIdentity(const Server::TokenIdentity& identity,
                               const Server::ServerError& error)
{
    if (error) {
        m_identity->setText(tr("token refused: %1").arg(error.describe()));
        m_scopes->setText(tr("—"));
        return;
    }
    QString who = identity.username.isEmpty() ? identity.actorId : identity.username;
    if (!identity.tokenId.isEmpty())
        who = tr("%1 (token %2)").arg(who, identity.tokenId);
    m_identity->setText(who);
    QString scopes = identity.scopes.join(QStringLiteral(" "));
    if (!identity.serverAllowlist.isEmpty() &&
        !identity.serverAllowlist.contains(QStringLiteral("*")))
        scopes +=
            QLatin1Char('\n') +
            tr("limited to nodes: %1").arg(identity.serverAllowlist.join(QStringLiteral(", ")));
    m_scopes->setText(scopes);
}

QString ServerPanel::versionText() const
{
    return m_version->text();
}

QString ServerPanel::identityText() const
{
    return m_identity->text();
}

QString ServerPanel::scopesText() const
{
    return m_scopes->text();
}

QString ServerPanel::killSwitchText() const
{
    return m_killSwitch->isHidden() ? QString() : m_killSwitch->text();
}

void ServerPanel::askForToken()
{
    const std::optional<ServerEndpoint> server = currentServer();
    if (!server)
        return;
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("Set token"),
        tr("Personal access token for %1 (created in the server's Settings → Access Tokens). "
           "It is stored in the system keychain, never in settings or logs.")
            .arg(server->url.toDisplayString()),
        QLineEdit::Password, QString(), &ok);
    if (ok && !token.trimmed().isEmpty())
        emit tokenEntered(token.trimmed());
}

} // namespace Lattice
