#include "PolicyForm.h"

#include "ActionGate.h"
#include "AgentVersionOrder.h"
#include "StatusColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Lattice {

using Server::AgentVersionOrder;

namespace {
QLabel* problemLabel(const QString& name, const QString& color, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    label->hide();
    return label;
}

const QString kErrorColor = StatusColors::error().name();
const QString kWarningColor = StatusColors::warning().name();

// A field with its error line right under it.
QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

PolicyForm::PolicyForm(QWidget* parent)
    : QWidget(parent)
{
    m_official = new QRadioButton(tr("&Official release"), this);
    m_official->setObjectName(QStringLiteral("policy-mode-official"));
    m_official->setToolTip(tr("The server resolves the artifact and its SHA-256 from the official "
                              "GitHub release when planning"));
    m_custom = new QRadioButton(tr("Custom &artifact"), this);
    m_custom->setObjectName(QStringLiteral("policy-mode-custom"));
    m_custom->setToolTip(tr("A binary URL and SHA-256 used literally (emergency or forked "
                            "builds); never a signed or token-bearing URL"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_official);
    modes->addButton(m_custom);
    m_official->setChecked(true);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_official);
    modeRow->addWidget(m_custom);
    modeRow->addStretch(1);

    m_latest = new QRadioButton(tr("&Latest stable"), this);
    m_latest->setObjectName(QStringLiteral("policy-target-latest"));
    m_latest->setToolTip(tr("The first stable v* release in GitHub's list, resolved by the server "
                            "at plan and approve time"));
    m_pinned = new QRadioButton(tr("&Version:"), this);
    m_pinned->setObjectName(QStringLiteral("policy-target-pinned"));
    auto* targets = new QButtonGroup(this);
    targets->addButton(m_latest);
    targets->addButton(m_pinned);
    m_latest->setChecked(true);
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("policy-version"));
    m_version->setAccessibleName(tr("Target version"));
    m_version->setPlaceholderText(tr("e.g. 0.2.9"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_latest);
    targetRow->addWidget(m_pinned);
    targetRow->addWidget(m_version, 1);
    auto* targetBox = new QWidget(this);
    targetBox->setLayout(targetRow);
    targetRow->setContentsMargins(0, 0, 0, 0);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("policy-binary-url"));
    m_url->setAccessibleName(tr("Binary URL"));
    m_url->setPlaceholderText(QStringLiteral("https://…/lattice-agent-linux-amd64"));
    m_sha256 = new QLineEdit(this);
    m_sha256->setObjectName(QStringLiteral("policy-sha256"));
    m_sha256->setAccessibleName(tr("Binary SHA-256"));
    m_sha256->setPlaceholderText(tr("64 hex digits"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_sha256->setFont(mono);
    m_installPath = new QLineEdit(this);
    m_installPath->setObjectName(QStringLiteral("policy-install-path"));
    m_installPath->setAccessibleName(tr("Install path"));
    m_installPath->setPlaceholderText(tr("default (follows the running agent): %1")
                                          .arg(QLatin1String(Server::kDefaultInstallPath)));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("policy-service"));
    m_service->setAccessibleName(tr("Service name"));
    m_service->setPlaceholderText(tr("default (follows the running unit): %1")
                                      .arg(QLatin1String(Server::kDefaultServiceName)));
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("policy-enabled"));
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("The server plans and approves updates only for enabled policies"));
    m_autoPlan = new QCheckBox(tr("A&uto-plan hourly"), this);
    m_autoPlan->setObjectName(QStringLiteral("policy-auto-plan"));
    m_autoPlan->setToolTip(tr("The server plans every hour; it never approves on its own"));
    auto* options = new QHBoxLayout;
    options->addWidget(m_enabled);
    options->addWidget(m_autoPlan);
    options->addStretch(1);

    const QStringList fields{QString(),
                             QStringLiteral("node_id"),
                             QStringLiteral("target_version"),
                             QStringLiteral("binary_url"),
                             QStringLiteral("sha256"),
                             QStringLiteral("install_path"),
                             QStringLiteral("service_name")};
    for (const QString& field : fields) {
        const QString name = field.isEmpty() ? QStringLiteral("policy-error")
                                             : QStringLiteral("policy-error-") + field;
        m_errors.insert(field, problemLabel(name, kErrorColor, this));
    }
    m_warnings = problemLabel(QStringLiteral("policy-warnings"), kWarningColor, this);
    m_downgrades = problemLabel(QStringLiteral("policy-downgrades"), kWarningColor, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Mode:"), modeRow);
    auto* targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_latest);
    form->addRow(targetLabel,
                 withError(targetBox, m_errors.value(QStringLiteral("target_version")), this));
    auto* urlLabel = new QLabel(tr("Binary U&RL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, withError(m_url, m_errors.value(QStringLiteral("binary_url")), this));
    auto* shaLabel = new QLabel(tr("S&HA-256:"), this);
    shaLabel->setBuddy(m_sha256);
    form->addRow(shaLabel, withError(m_sha256, m_errors.value(QStringLiteral("sha256")), this));
    auto* pathLabel = new QLabel(tr("Install &path:"), this);
    pathLabel->setBuddy(m_installPath);
    form->addRow(pathLabel,
                 withError(m_installPath, m_errors.value(QStringLiteral("install_path")), this));
    auto* serviceLabel = new QLabel(tr("Ser&vice:"), this);
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel,
                 withError(m_service, m_errors.value(QStringLiteral("service_name")), this));
    form->addRow(tr("Options:"), options);

    m_drafts = new QComboBox(this);
    m_drafts->setObjectName(QStringLiteral("policy-drafts"));
    m_drafts->setAccessibleName(tr("Saved drafts"));
    auto* draftsLabel = new QLabel(tr("&Drafts:"), this);
    draftsLabel->setBuddy(m_drafts);
    m_openDraft = new QPushButton(tr("&Open"), this);
    m_openDraft->setObjectName(QStringLiteral("policy-open-draft"));
    m_openDraft->setToolTip(tr("Fill the form and the node selection from this draft"));
    m_deleteDraft = new QPushButton(tr("Dele&te"), this);
    m_deleteDraft->setObjectName(QStringLiteral("policy-delete-draft"));
    m_deleteDraft->setToolTip(tr("Remove this draft from the local store"));
    m_saveDraft = new QPushButton(tr("&Save draft"), this);
    m_saveDraft->setObjectName(QStringLiteral("policy-save-draft"));
    m_saveDraft->setToolTip(tr("Keep the form and the selected nodes in the local store"));
    m_review = new QPushButton(tr("Re&view…"), this);
    m_review->setObjectName(QStringLiteral("policy-review"));
    m_review->setDefault(true);
    auto* draftRow = new QHBoxLayout;
    draftRow->addWidget(draftsLabel);
    draftRow->addWidget(m_drafts, 1);
    draftRow->addWidget(m_openDraft);
    draftRow->addWidget(m_deleteDraft);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_saveDraft);
    actions->addWidget(m_review);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_errors.value(QStringLiteral("node_id")));
    layout->addWidget(m_errors.value(QString()));
    layout->addWidget(m_warnings);
    layout->addWidget(m_downgrades);
    layout->addStretch(1);
    layout->addLayout(draftRow);
    layout->addLayout(actions);

    setTabOrder(m_official, m_custom);
    setTabOrder(m_custom, m_latest);
    setTabOrder(m_latest, m_pinned);
    setTabOrder(m_pinned, m_version);
    setTabOrder(m_version, m_url);
    setTabOrder(m_url, m_sha256);
    setTabOrder(m_sha256, m_installPath);
    setTabOrder(m_installPath, m_service);
    setTabOrder(m_service, m_enabled);
    setTabOrder(m_enabled, m_autoPlan);
    setTabOrder(m_autoPlan, m_drafts);
    setTabOrder(m_drafts, m_openDraft);
    setTabOrder(m_openDraft, m_deleteDraft);
    setTabOrder(m_deleteDraft, m_saveDraft);
    setTabOrder(m_saveDraft, m_review);

    const auto edited = [this] {
        if (m_loading)
            return;
        updateModeWidgets();
        revalidate();
        emit changed();
    };
    connect(m_official, &QRadioButton::toggled, this, [this, edited](bool official) {
        edited();
        if (!m_loading)
            emit modeChanged(official);
    });
    connect(m_latest, &QRadioButton::toggled, this, edited);
    for (QLineEdit* edit : {m_version, m_url, m_sha256, m_installPath, m_service})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QCheckBox* box : {m_enabled, m_autoPlan})
        connect(box, &QCheckBox::toggled, this, edited);
    connect(m_version, &QLineEdit::textEdited, this, [this] {
        if (!m_version->text().isEmpty())
            m_pinned->setChecked(true);
    });
    connect(m_review, &QPushButton::clicked, this, &PolicyForm::reviewRequested);
    connect(m_saveDraft, &QPushButton::clicked, this, &PolicyForm::saveDraftRequested);
    connect(m_openDraft, &QPushButton::clicked, this, [this] {
        if (m_drafts->currentIndex() >= 0)
            emit draftOpenRequested(m_drafts->currentData().toLongLong());
    });
    connect(m_deleteDraft, &QPushButton::clicked, this, [this] {
        if (m_drafts->currentIndex() >= 0)
            emit draftDeleteRequested(m_drafts->currentData().toLongLong());
    });

    updateModeWidgets();
    revalidate();
    setDrafts({});
}

bool PolicyForm::isOfficial() const
{
    return m_official->isChecked();
}

Server::UpdatePolicy PolicyForm::policy() const
{
    Server::UpdatePolicy p;
    p.enabled = m_enabled->isChecked();
    p.autoPlan = m_autoPlan->isChecked();
    if (isOfficial()) {
        p.targetVersion = m_latest->isChecked() ? QStringLiteral("latest") : m_version->text();
    } else {
        p.targetVersion = m_version->text();
        p.binaryUrl = m_url->text();
        p.sha256 = m_sha256->text();
    }
    p.installPath = m_installPath->text();
    p.serviceName = m_service->text();
    return p;
}

void PolicyForm::setPolicy(const Server::UpdatePolicy& policy)
{
    m_loading = true;
    const bool official = policy.mode() == Server::UpdatePolicy::Mode::Official;
    (official ? m_official : m_custom)->setChecked(true);
    const bool latest =
        official &&
        (policy.targetVersion.trimmed().isEmpty() ||
         policy.targetVersion.trimmed().compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0);
    (latest ? m_latest : m_pinned)->setChecked(true);
    m_version->setText(latest ? QString() : policy.targetVersion);
    m_url->setText(policy.binaryUrl);
    m_sha256->setText(policy.sha256);
    m_installPath->setText(policy.installPath);
    m_service->setText(policy.serviceName);
    m_enabled->setChecked(policy.enabled);
    m_autoPlan->setChecked(policy.autoPlan);
    m_loading = false;
    updateModeWidgets();
    revalidate();
    emit modeChanged(official);
    emit changed();
}

void PolicyForm::setNodes(const QList<Server::ServerNode>& selected, const QStringList& knownIds)
{
    m_selected = selected;
    m_knownIds = knownIds;
    revalidate();
}

void PolicyForm::setDrafts(const QList<Server::PolicyDraft>& drafts)
{
    const qint64 before = m_drafts->currentData().toLongLong();
    m_drafts->clear();
    for (const Server::PolicyDraft& d : drafts) {
        const QString target =
            d.policy.targetVersion.isEmpty() ? QStringLiteral("latest") : d.policy.targetVersion;
        m_drafts->addItem(
            tr("#%1 %2 → %3, %4")
                .arg(d.id)
                .arg(target, d.nodeIds.join(QStringLiteral(", ")),
                     QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat)),
            d.id);
    }
    const int keep = m_drafts->findData(before ? before : m_currentDraft);
    if (keep >= 0)
        m_drafts->setCurrentIndex(keep);
    m_openDraft->setEnabled(!drafts.isEmpty());
    m_deleteDraft->setEnabled(!drafts.isEmpty());
    m_drafts->setEnabled(!drafts.isEmpty());
    if (drafts.isEmpty())
        m_drafts->setPlaceholderText(tr("no saved drafts"));
}

void PolicyForm::setCurrentDraftId(qint64 id)
{
    m_currentDraft = id;
    const int row = m_drafts->findData(id);
    if (row >= 0)
        m_drafts->setCurrentIndex(row);
}

void PolicyForm::setPushScopes(const QStringList& missingScopes, bool connected)
{
    m_missingPushScopes = missingScopes;
    m_connected = connected;
    updateButtons();
}

void PolicyForm::updateModeWidgets()
{
    const bool official = isOfficial();
    m_url->setEnabled(!official);
    m_sha256->setEnabled(!official);
    // A custom artifact has no "latest": the node checks the binary's
    // -version output against the text.
    m_latest->setEnabled(official);
    if (!official && m_latest->isChecked()) {
        const bool was = m_loading;
        m_loading = true;
        m_pinned->setChecked(true);
        m_loading = was;
    }
    m_version->setEnabled(m_pinned->isChecked());
}

QLabel* PolicyForm::errorLabel(const QString& field)
{
    return m_errors.value(field, m_errors.value(QString()));
}

void PolicyForm::revalidate()
{
    Server::UpdatePolicy p = policy();
    const std::optional<QStringList> known =
        m_knownIds.isEmpty() ? std::nullopt : std::optional<QStringList>(m_knownIds);
    m_validation = {};
    if (m_selected.isEmpty()) {
        m_validation = Server::PolicyValidator::validate(p, known);
    } else {
        for (const Server::ServerNode& node : m_selected) {
            p.nodeId = node.id;
            m_validation = Server::PolicyValidator::validate(p, known);
            if (!m_validation.isValid())
                break;
        }
    }

    QHash<QString, QStringList> byField;
    for (const Server::FieldProblem& e : m_validation.errors)
        byField[m_errors.contains(e.field) ? e.field : QString()] << e.message;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        // The server's messages are its contract: quoted, never translated.
        const QString text = byField.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    const QHash<QString, QLineEdit*> edits{{QStringLiteral("target_version"), m_version},
                                           {QStringLiteral("binary_url"), m_url},
                                           {QStringLiteral("sha256"), m_sha256},
                                           {QStringLiteral("install_path"), m_installPath},
                                           {QStringLiteral("service_name"), m_service}};
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        it.value()->setAccessibleDescription(byField.value(it.key()).join(QLatin1Char('\n')));

    QStringList warnings;
    for (const Server::FieldProblem& w : m_validation.warnings)
        warnings << w.message;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    QStringList downgrades;
    const QString target = m_validation.normalized.targetVersion;
    if (m_validation.isValid() && target != QLatin1String("latest")) {
        for (const Server::ServerNode& node : m_selected) {
            const QString current = node.agentVersion.trimmed();
            switch (AgentVersionOrder::planRisk(current, target)) {
            case AgentVersionOrder::PlanRisk::None:
                break;
            case AgentVersionOrder::PlanRisk::AlreadyAtTarget:
                downgrades << tr("%1 already reports %2: planning answers \"already at target\" "
                                 "unless forced.")
                                  .arg(node.id, current);
                break;
            case AgentVersionOrder::PlanRisk::DowngradeByBoth:
                downgrades << tr("%1: %2 → %3 is a downgrade; the server refuses to plan it "
                                 "without Force plan.")
                                  .arg(node.id, current, target);
                break;
            case AgentVersionOrder::PlanRisk::DowngradeStrictOnly:
                downgrades << tr("%1: %2 → %3 is a downgrade. Servers from alpha a20 on refuse "
                                 "it without Force plan; v0.2.x servers cannot compare these "
                                 "versions and plan it unchecked.")
                                  .arg(node.id, current, target);
                break;
            case AgentVersionOrder::PlanRisk::DowngradeLegacyOnly:
                downgrades << tr("%1: %2 → %3 is a downgrade by the v0.2.x rule, which refuses "
                                 "it without Force plan.")
                                  .arg(node.id, current, target);
                break;
            case AgentVersionOrder::PlanRisk::UnsupportedStrict:
                downgrades << tr("%1: %2 → %3 cannot be ordered by servers from alpha a20 on "
                                 "(unsupported agent version syntax); they refuse to plan "
                                 "without Force plan.")
                                  .arg(node.id, current, target);
                break;
            }
        }
    }
    m_downgrades->setText(downgrades.join(QLatin1Char('\n')));
    m_downgrades->setVisible(!downgrades.isEmpty());
    updateButtons();
}

void PolicyForm::updateButtons()
{
    QString notReady;
    if (!m_connected)
        notReady = tr("Connect to a server with a token first");
    else if (m_selected.isEmpty())
        notReady = tr("Check at least one node");
    else if (!m_validation.isValid())
        notReady = tr("Fix the problems the server would refuse first");
    ActionGate::apply(m_review, m_missingPushScopes, notReady.isEmpty(),
                      tr("Show the exact request for each node and what it changes, then push "
                         "(Alt+V)"),
                      notReady);
    m_saveDraft->setEnabled(true);
}

QString PolicyForm::errorText(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label ? label->text() : QString();
}

QString PolicyForm::warningsText() const
{
    return m_warnings->text();
}

QString PolicyForm::downgradeText() const
{
    return m_downgrades->text();
}

} // namespace Lattice
