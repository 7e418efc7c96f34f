#include "SettingsDialog.h"

#include "ConnectionCheck.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "StateBanner.h"
#include "TokenField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Lattice {

namespace {
QLineEdit* lineEdit(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QUrl urlFromText(const QString& text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

// A URL good enough to name a keychain entry or to be probed; the policy
// (HTTPS, loopback) is judged by validate() and by the HTTP session.
bool isUsable(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() && !url.scheme().isEmpty();
}

std::optional<EndpointProbe::Target> targetById(const Profile& profile, const QString& id)
{
    for (const EndpointProbe::Target& t : EndpointProbe::targetsFor(profile)) {
        if (t.id == id) {
            if (!isUsable(t.url))
                return std::nullopt;
            return t;
        }
    }
    return std::nullopt;
}
} // namespace

SettingsDialog::SettingsDialog(ProfileStore* profiles, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("settings-dialog"));
    setWindowTitle(tr("Settings"));
    resize(960, 640);

    m_profileList = new QListWidget(this);
    m_profileList->setObjectName(QStringLiteral("settings-profile-list"));
    m_profileList->setAccessibleName(tr("Profiles"));
    auto* profilesLabel = new QLabel(tr("Pro&files:"), this);
    profilesLabel->setBuddy(m_profileList);
    m_addProfile = new QPushButton(tr("&Add"), this);
    m_addProfile->setObjectName(QStringLiteral("settings-add-profile"));
    m_addProfile->setToolTip(tr("Add a profile with the upstream endpoints"));
    m_duplicateProfile = new QPushButton(tr("&Duplicate"), this);
    m_duplicateProfile->setObjectName(QStringLiteral("settings-duplicate-profile"));
    m_removeProfile = new QPushButton(tr("Re&move"), this);
    m_removeProfile->setObjectName(QStringLiteral("settings-remove-profile"));
    m_useProfile = new QPushButton(tr("&Use this profile"), this);
    m_useProfile->setObjectName(QStringLiteral("settings-use-profile"));
    m_useProfile->setToolTip(tr("Open every lane on the selected profile"));

    auto* profileButtons = new QGridLayout;
    profileButtons->addWidget(m_addProfile, 0, 0);
    profileButtons->addWidget(m_duplicateProfile, 0, 1);
    profileButtons->addWidget(m_removeProfile, 1, 0);
    profileButtons->addWidget(m_useProfile, 1, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(profilesLabel);
    leftLayout->addWidget(m_profileList, 1);
    leftLayout->addLayout(profileButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settings-tabs"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildEndpointsTab(), tr("&Endpoints"));
    m_tabs->addTab(buildServersTab(), tr("La&ttice servers"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_keychainBanner = new StateBanner(this);
    m_keychainBanner->setObjectName(QStringLiteral("settings-keychain-banner"));
    m_validation = new StateBanner(this);
    m_validation->setObjectName(QStringLiteral("settings-validation"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save profile"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("settings-save"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("settings-revert"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_validation);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_revert, &QPushButton::clicked, this, &SettingsDialog::revertProfile);
    connect(m_addProfile, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_duplicateProfile, &QPushButton::clicked, this, &SettingsDialog::duplicateProfile);
    connect(m_removeProfile, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_useProfile, &QPushButton::clicked, this, &SettingsDialog::useProfile);
    connect(m_profileList, &QListWidget::currentTextChanged, this, [this](const QString&) {
        QListWidgetItem* item = m_profileList->currentItem();
        if (!item || m_loading)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        if (name != m_originalName)
            selectProfile(name);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &SettingsDialog::reloadProfileList);
    connect(m_profiles, &ProfileStore::currentChanged, this, &SettingsDialog::reloadProfileList);

    for (TokenField* field : {m_registryToken, m_githubToken, m_serverToken}) {
        connect(field, &TokenField::keychainUnavailable, this, [this] {
            m_keychainBanner->showMessage(
                StateBanner::Tone::Warning,
                tr("No keychain is available (no Secret Service answered). A token you set now "
                   "is kept in memory for this session only and is never written to disk; "
                   "start or unlock a keychain to keep tokens across sessions."));
        });
    }

    // Enter in a field (above all the token field) must never press Save or
    // Close behind the maintainer's back.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    selectProfile(m_profiles->currentName());
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildGeneralTab()
{
    auto* page = new QWidget(this);
    m_name = lineEdit(QStringLiteral("settings-name"), tr("Profile name"), page);
    m_channels = lineEdit(QStringLiteral("settings-channels"), tr("Moving channels"), page);
    m_channels->setToolTip(tr("Image tags that move from release to release, separated by "
                              "commas (latest, alpha, beta)"));
    m_insecure = new QCheckBox(tr("Allow plain &HTTP to loopback addresses"), page);
    m_insecure->setObjectName(QStringLiteral("settings-insecure"));
    m_insecure->setToolTip(tr("For local test stacks only: applies to the registry, GitHub, docs "
                              "and plugin index URLs of this profile"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Moving &channels:"), m_channels);
    form->addRow(QString(), m_insecure);
    for (QLineEdit* edit : {m_name, m_channels})
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::formEdited);
    connect(m_insecure, &QCheckBox::toggled, this, &SettingsDialog::formEdited);
    return page;
}

QWidget* SettingsDialog::buildEndpointsTab()
{
    auto* page = new QWidget(this);
    m_registryUrl = lineEdit(QStringLiteral("settings-registry-url"), tr("Registry URL"), page);
    m_imageRepository =
        lineEdit(QStringLiteral("settings-image-repository"), tr("Image repository"), page);
    m_githubApiUrl = lineEdit(QStringLiteral("settings-github-url"), tr("GitHub API URL"), page);
    m_serverRepo = lineEdit(QStringLiteral("settings-server-repo"), tr("Server repository"), page);
    m_agentRepo = lineEdit(QStringLiteral("settings-agent-repo"), tr("Agent repository"), page);
    m_sdkRepo = lineEdit(QStringLiteral("settings-sdk-repo"), tr("SDK repository"), page);
    m_docsRepo = lineEdit(QStringLiteral("settings-docs-repo"), tr("Docs repository"), page);
    m_docsSiteUrl = lineEdit(QStringLiteral("settings-docs-url"), tr("Docs site URL"), page);
    m_pluginIndexUrl =
        lineEdit(QStringLiteral("settings-plugin-index-url"), tr("Plugin index URL"), page);

    m_registryCheck = new ConnectionCheck(
        QStringLiteral("settings-registry"),
        [this] { return targetById(m_draft, QStringLiteral("registry")); }, page);
    m_githubCheck = new ConnectionCheck(
        QStringLiteral("settings-github"),
        [this] { return targetById(m_draft, QStringLiteral("github")); }, page);
    m_docsCheck = new ConnectionCheck(
        QStringLiteral("settings-docs"),
        [this] { return targetById(m_draft, QStringLiteral("docs")); }, page);
    m_pluginIndexCheck = new ConnectionCheck(
        QStringLiteral("settings-plugin-index"),
        [this] { return targetById(m_draft, QStringLiteral("plugin-index")); }, page);
    m_registryToken = new TokenField(m_secrets, QStringLiteral("settings-registry"), page);
    m_githubToken = new TokenField(m_secrets, QStringLiteral("settings-github"), page);

    auto* registry = new QGroupBox(tr("Container registry"), page);
    auto* registryForm = new QFormLayout(registry);
    registryForm->addRow(tr("U&RL:"), m_registryUrl);
    registryForm->addRow(QString(), m_registryCheck);
    registryForm->addRow(tr("Image repositor&y:"), m_imageRepository);
    registryForm->addRow(tr("Token:"), m_registryToken);

    auto* github = new QGroupBox(tr("GitHub"), page);
    auto* githubForm = new QFormLayout(github);
    githubForm->addRow(tr("API UR&L:"), m_githubApiUrl);
    githubForm->addRow(QString(), m_githubCheck);
    githubForm->addRow(tr("Token:"), m_githubToken);
    githubForm->addRow(tr("Server re&pository:"), m_serverRepo);
    githubForm->addRow(tr("Agent rep&ository:"), m_agentRepo);
    githubForm->addRow(tr("SD&K repository:"), m_sdkRepo);
    githubForm->addRow(tr("Docs repos&itory:"), m_docsRepo);

    auto* sites = new QGroupBox(tr("Docs and plugins"), page);
    auto* sitesForm = new QFormLayout(sites);
    sitesForm->addRow(tr("Docs &web site:"), m_docsSiteUrl);
    sitesForm->addRow(QString(), m_docsCheck);
    sitesForm->addRow(tr("Plugin inde&x:"), m_pluginIndexUrl);
    sitesForm->addRow(QString(), m_pluginIndexCheck);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(registry);
    layout->addWidget(github);
    layout->addWidget(sites);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_registryUrl, m_imageRepository, m_githubApiUrl, m_serverRepo,
                            m_agentRepo, m_sdkRepo, m_docsRepo, m_docsSiteUrl, m_pluginIndexUrl})
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::formEdited);
    // A changed URL makes the last answer meaningless.
    connect(m_registryUrl, &QLineEdit::textEdited, m_registryCheck, &ConnectionCheck::reset);
    connect(m_githubApiUrl, &QLineEdit::textEdited, m_githubCheck, &ConnectionCheck::reset);
    connect(m_docsSiteUrl, &QLineEdit::textEdited, m_docsCheck, &ConnectionCheck::reset);
    connect(m_pluginIndexUrl, &QLineEdit::textEdited, m_pluginIndexCheck, &ConnectionCheck::reset);
    // The keychain is asked once the URL is typed, not at every keystroke.
    connect(m_registryUrl, &QLineEdit::editingFinished, this, &SettingsDialog::updateTokenKeys);
    connect(m_githubApiUrl, &QLineEdit::editingFinished, this, &SettingsDialog::updateTokenKeys);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* SettingsDialog::buildServersTab()
{
    auto* page = new QWidget(this);
    m_serverList = new QListWidget(page);
    m_serverList->setObjectName(QStringLiteral("settings-server-list"));
    m_serverList->setAccessibleName(tr("Lattice servers"));
    m_addServer = new QPushButton(tr("Add serve&r"), page);
    m_addServer->setObjectName(QStringLiteral("settings-add-server"));
    m_removeServer = new QPushButton(tr("Remove server"), page);
    m_removeServer->setObjectName(QStringLiteral("settings-remove-server"));

    m_serverForm = new QWidget(page);
    m_serverLabel =
        lineEdit(QStringLiteral("settings-server-label"), tr("Server label"), m_serverForm);
    m_serverUrl = lineEdit(QStringLiteral("settings-server-url"), tr("Server URL"), m_serverForm);
    m_serverUrl->setPlaceholderText(QStringLiteral("https://lattice.example.com"));
    m_serverInsecure =
        new QCheckBox(tr("Allow plain HTTP if this is a loopback address"), m_serverForm);
    m_serverInsecure->setObjectName(QStringLiteral("settings-server-insecure"));
    m_serverCaFile =
        lineEdit(QStringLiteral("settings-server-ca-file"), tr("CA file"), m_serverForm);
    m_serverCaFile->setPlaceholderText(tr("System certificate authorities"));
    m_serverCaFile->setToolTip(tr("An extra CA bundle (PEM) for a server behind a private "
                                  "reverse proxy; leave empty for the system CAs"));
    auto* browse = new QPushButton(tr("Bro&wse…"), m_serverForm);
    browse->setObjectName(QStringLiteral("settings-server-ca-browse"));
    m_serverCheck = new ConnectionCheck(
        QStringLiteral("settings-server"),
        [this]() -> std::optional<EndpointProbe::Target> {
            const int row = currentServerRow();
            if (row < 0)
                return std::nullopt;
            return targetById(m_draft,
                              QStringLiteral("server:") + m_draft.servers.at(row).url.toString());
        },
        m_serverForm);
    m_serverToken = new TokenField(m_secrets, QStringLiteral("settings-server"), m_serverForm);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_serverCaFile, 1);
    caRow->addWidget(browse);
    auto* form = new QFormLayout(m_serverForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("La&bel:"), m_serverLabel);
    form->addRow(tr("UR&L:"), m_serverUrl);
    form->addRow(QString(), m_serverInsecure);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(QString(), m_serverCheck);
    form->addRow(tr("Token:"), m_serverToken);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addServer);
    listButtons->addWidget(m_removeServer);
    listButtons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_serverList, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_serverForm);

    connect(m_addServer, &QPushButton::clicked, this, &SettingsDialog::addServer);
    connect(m_removeServer, &QPushButton::clicked, this, &SettingsDialog::removeServer);
    connect(m_serverList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            loadServerForm();
    });
    for (QLineEdit* edit : {m_serverLabel, m_serverUrl, m_serverCaFile})
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::formEdited);
    connect(m_serverInsecure, &QCheckBox::toggled, this, &SettingsDialog::formEdited);
    connect(m_serverUrl, &QLineEdit::textEdited, m_serverCheck, &ConnectionCheck::reset);
    connect(m_serverUrl, &QLineEdit::editingFinished, this, &SettingsDialog::updateTokenKeys);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA bundle"), m_serverCaFile->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (file.isEmpty())
            return;
        m_serverCaFile->setText(file);
        formEdited();
    });
    return page;
}

void SettingsDialog::selectProfile(const QString& name)
{
    for (const Profile& p : m_profiles->profiles()) {
        if (p.name == name) {
            loadDraft(p);
            return;
        }
    }
}

void SettingsDialog::loadDraft(const Profile& profile)
{
    m_loading = true;
    m_draft = profile;
    m_originalName = profile.name;
    m_dirty = false;
    m_name->setText(profile.name);
    m_channels->setText(profile.movingChannels.join(QStringLiteral(", ")));
    m_insecure->setChecked(profile.allowInsecureLoopback);
    m_registryUrl->setText(profile.registryUrl.toString());
    m_imageRepository->setText(profile.imageRepository);
    m_githubApiUrl->setText(profile.githubApiUrl.toString());
    m_serverRepo->setText(profile.serverRepo);
    m_agentRepo->setText(profile.agentRepo);
    m_sdkRepo->setText(profile.sdkRepo);
    m_docsRepo->setText(profile.docsRepo);
    m_docsSiteUrl->setText(profile.docsSiteUrl.toString());
    m_pluginIndexUrl->setText(profile.pluginIndexUrl.toString());
    for (ConnectionCheck* check : {m_registryCheck, m_githubCheck, m_docsCheck, m_pluginIndexCheck})
        check->reset();
    m_loading = false;
    reloadServerList();
    if (!m_draft.servers.isEmpty())
        m_serverList->setCurrentRow(0);
    loadServerForm();
    reloadProfileList();
    updateTokenKeys();
    updateState();
}

void SettingsDialog::reloadProfileList()
{
    m_loading = true;
    m_profileList->clear();
    const QString current = m_profiles->currentName();
    for (const Profile& p : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(m_profileList);
        item->setData(Qt::UserRole, p.name);
        if (p.name == current) {
            item->setText(tr("%1 (in use)").arg(p.name));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else {
            item->setText(p.name);
        }
        if (p.name == m_originalName)
            m_profileList->setCurrentItem(item);
    }
    m_loading = false;
    updateState();
}

void SettingsDialog::readForm()
{
    m_draft.name = m_name->text().trimmed();
    QStringList channels;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& c : m_channels->text().split(separators, Qt::SkipEmptyParts))
        channels << c;
    m_draft.movingChannels = channels;
    m_draft.allowInsecureLoopback = m_insecure->isChecked();
    m_draft.registryUrl = urlFromText(m_registryUrl->text());
    m_draft.imageRepository = m_imageRepository->text().trimmed();
    m_draft.githubApiUrl = urlFromText(m_githubApiUrl->text());
    m_draft.serverRepo = m_serverRepo->text().trimmed();
    m_draft.agentRepo = m_agentRepo->text().trimmed();
    m_draft.sdkRepo = m_sdkRepo->text().trimmed();
    m_draft.docsRepo = m_docsRepo->text().trimmed();
    m_draft.docsSiteUrl = urlFromText(m_docsSiteUrl->text());
    m_draft.pluginIndexUrl = urlFromText(m_pluginIndexUrl->text());
}

int SettingsDialog::currentServerRow() const
{
    const int row = m_serverList->currentRow();
    return row >= 0 && row < m_draft.servers.size() ? row : -1;
}

void SettingsDialog::readServerForm()
{
    const int row = currentServerRow();
    if (row < 0)
        return;
    ServerEndpoint& s = m_draft.servers[row];
    s.label = m_serverLabel->text().trimmed();
    s.url = urlFromText(m_serverUrl->text());
    s.allowInsecureLoopback = m_serverInsecure->isChecked();
    s.caFile = m_serverCaFile->text().trimmed();
    if (QListWidgetItem* item = m_serverList->item(row))
        item->setText(s.label.isEmpty() ? s.url.toString() : s.label);
}

void SettingsDialog::reloadServerList()
{
    m_loading = true;
    const int keep = m_serverList->currentRow();
    m_serverList->clear();
    for (const ServerEndpoint& s : m_draft.servers)
        m_serverList->addItem(s.label.isEmpty() ? s.url.toString() : s.label);
    if (keep >= 0 && keep < m_serverList->count())
        m_serverList->setCurrentRow(keep);
    m_loading = false;
}

void SettingsDialog::loadServerForm()
{
    const int row = currentServerRow();
    m_loading = true;
    const ServerEndpoint s = row >= 0 ? m_draft.servers.at(row) : ServerEndpoint{};
    m_serverLabel->setText(s.label);
    m_serverUrl->setText(s.url.toString());
    m_serverInsecure->setChecked(s.allowInsecureLoopback);
    m_serverCaFile->setText(s.caFile);
    m_serverCheck->reset();
    m_serverForm->setEnabled(row >= 0);
    m_removeServer->setEnabled(row >= 0);
    m_loading = false;
    updateTokenKeys();
}

void SettingsDialog::formEdited()
{
    if (m_loading)
        return;
    readForm();
    readServerForm();
    m_dirty = true;
    updateState();
}

void SettingsDialog::updateTokenKeys()
{
    m_registryToken->setKey(
        isUsable(m_draft.registryUrl) ? SecretStore::registryKey(m_draft.registryUrl) : QString());
    m_githubToken->setKey(
        isUsable(m_draft.githubApiUrl) ? SecretStore::githubKey(m_draft.githubApiUrl) : QString());
    const int row = currentServerRow();
    const QUrl serverUrl = row >= 0 ? m_draft.servers.at(row).url : QUrl();
    m_serverToken->setKey(isUsable(serverUrl) ? SecretStore::serverKey(serverUrl) : QString());
}

void SettingsDialog::updateState()
{
    m_problems = m_draft.validate();
    if (m_draft.name != m_originalName && m_profiles->contains(m_draft.name))
        m_problems.prepend(tr("A profile named \"%1\" already exists.").arg(m_draft.name));
    if (!m_problems.isEmpty())
        m_validation->showMessage(StateBanner::Tone::Error, m_problems.join(QLatin1Char('\n')));
    else if (m_dirty)
        m_validation->showMessage(StateBanner::Tone::Info,
                                  tr("Unsaved changes: save or revert them to work with another "
                                     "profile."));
    else
        m_validation->clear();

    const bool many = m_profiles->profiles().size() > 1;
    m_save->setEnabled(m_dirty && m_problems.isEmpty());
    m_revert->setEnabled(m_dirty);
    m_profileList->setEnabled(!m_dirty);
    m_addProfile->setEnabled(!m_dirty);
    m_duplicateProfile->setEnabled(!m_dirty);
    m_removeProfile->setEnabled(!m_dirty && many);
    m_useProfile->setEnabled(!m_dirty && m_originalName != m_profiles->currentName());
}

QString SettingsDialog::uniqueName(const QString& base) const
{
    if (!m_profiles->contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(i);
        if (!m_profiles->contains(candidate))
            return candidate;
    }
}

bool SettingsDialog::saveProfile()
{
    readForm();
    readServerForm();
    updateState();
    if (!m_problems.isEmpty())
        return false;
    if (m_draft.name != m_originalName && m_profiles->contains(m_originalName)) {
        if (!m_profiles->rename(m_originalName, m_draft.name))
            return false;
    }
    m_originalName = m_draft.name;
    m_dirty = false;
    m_profiles->save(m_draft);
    reloadProfileList();
    return true;
}

void SettingsDialog::revertProfile()
{
    const QString name = m_originalName;
    m_dirty = false;
    selectProfile(name);
}

void SettingsDialog::persistImplicitProfile()
{
    // With nothing saved the store offers the upstream profile without
    // writing it; saving another one alone would make it disappear.
    const QList<Profile> existing = m_profiles->profiles();
    if (existing.size() == 1)
        m_profiles->save(existing.front());
}

void SettingsDialog::addProfile()
{
    Profile p = Profile::upstream();
    p.name = uniqueName(tr("New profile"));
    persistImplicitProfile();
    m_profiles->save(p);
    selectProfile(p.name);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SettingsDialog::duplicateProfile()
{
    Profile p = m_draft;
    p.name = uniqueName(tr("%1 (copy)").arg(m_originalName));
    persistImplicitProfile();
    m_profiles->save(p);
    selectProfile(p.name);
}

bool SettingsDialog::removeProfile()
{
    if (m_dirty || !m_profiles->remove(m_originalName))
        return false;
    selectProfile(m_profiles->currentName());
    return true;
}

bool SettingsDialog::useProfile()
{
    if (m_dirty)
        return false;
    return m_profiles->setCurrent(m_originalName);
}

void SettingsDialog::addServer()
{
    readServerForm();
    ServerEndpoint s;
    s.label = tr("New server");
    m_draft.servers.append(s);
    reloadServerList();
    m_serverList->setCurrentRow(int(m_draft.servers.size()) - 1);
    m_dirty = true;
    updateState();
    m_serverUrl->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::removeServer()
{
    const int row = currentServerRow();
    if (row < 0)
        return;
    m_draft.servers.removeAt(row);
    reloadServerList();
    m_serverList->setCurrentRow(qMin(row, int(m_draft.servers.size()) - 1));
    loadServerForm();
    m_dirty = true;
    updateState();
}

} // namespace Lattice
