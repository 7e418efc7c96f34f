#include "PlanView.h"

#include "ActionGate.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lattice {

namespace {
const char kNoopCode[] = "agent_update_noop";

QLabel* selectable(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
{
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("plan-node"));
    m_node->setAccessibleName(tr("Node to plan"));
    auto* nodeLabel = new QLabel(tr("No&de:"), this);
    nodeLabel->setBuddy(m_node);
    connect(m_node, &QComboBox::currentIndexChanged, this, &PlanView::display);

    m_plan = new QPushButton(tr("&Plan"), this);
    m_plan->setObjectName(QStringLiteral("plan-create"));
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (!currentNode().isEmpty())
            emit planRequested(currentNode(), false);
    });
    m_planAll = new QPushButton(tr("Plan &all"), this);
    m_planAll->setObjectName(QStringLiteral("plan-all"));
    connect(m_planAll, &QPushButton::clicked, this, &PlanView::planAllRequested);
    m_force = new QPushButton(tr("&Force plan"), this);
    m_force->setObjectName(QStringLiteral("plan-force"));
    m_force->hide();
    connect(m_force, &QPushButton::clicked, this, [this] {
        if (!currentNode().isEmpty())
            emit planRequested(currentNode(), true);
    });
    m_openApproval = new QPushButton(tr("Go to appro&val"), this);
    m_openApproval->setObjectName(QStringLiteral("plan-open-approval"));
    m_openApproval->setToolTip(tr("Show this plan's approval to approve or reject it"));
    connect(m_openApproval, &QPushButton::clicked, this, [this] {
        const Result r = m_results.value(currentNode());
        if (r.approval)
            emit openApprovalRequested(r.approval->id);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(nodeLabel);
    top->addWidget(m_node, 1);
    top->addWidget(m_plan);
    top->addWidget(m_planAll);
    top->addWidget(m_force);
    top->addWidget(m_openApproval);

    m_status = selectable(QStringLiteral("plan-status"), this);
    m_status->setAccessibleName(tr("Plan status"));
    m_hash = selectable(QStringLiteral("plan-hash"), this);
    m_hash->setAccessibleName(tr("Plan SHA-256"));
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error = selectable(QStringLiteral("plan-error"), this);
    m_error->setAccessibleName(tr("Server error"));
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(StatusColors::error().name()));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("plan-text"));
    m_text->setAccessibleName(tr("Plan text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Plan SHA-256 (computed here):"), m_hash);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(facts);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    display();
}

void PlanView::setNodes(const QStringList& nodeIds)
{
    const QString before = currentNode();
    {
        const QSignalBlocker blocker(m_node);
        m_node->clear();
        m_node->addItems(nodeIds);
        const int keep = m_node->findText(before);
        if (keep >= 0)
            m_node->setCurrentIndex(keep);
    }
    display();
}

QString PlanView::currentNode() const
{
    return m_node->currentText();
}

void PlanView::setCurrentNode(const QString& nodeId)
{
    int row = m_node->findText(nodeId);
    if (row < 0) {
        m_node->addItem(nodeId);
        row = m_node->count() - 1;
    }
    m_node->setCurrentIndex(row);
    display();
}

void PlanView::showPlanning(const QString& nodeId)
{
    m_results.insert(nodeId, Result{true, std::nullopt, {}});
    if (nodeId == currentNode())
        display();
}

void PlanView::showApproval(const QString& nodeId, const Server::UpdateApproval& approval)
{
    m_results.insert(nodeId, Result{false, approval, {}});
    if (nodeId == currentNode())
        display();
}

void PlanView::showError(const QString& nodeId, const Server::ServerError& error)
{
    m_results.insert(nodeId, Result{false, std::nullopt, error});
    if (nodeId == currentNode())
        display();
}

void PlanView::setPlanAllowed(const QStringList& missingScopes, bool connected)
{
    m_missing = missingScopes;
    m_connected = connected;
    updateButtons();
}

void PlanView::display()
{
    const Result r = m_results.value(currentNode());
    m_text->clear();
    m_hash->clear();
    m_error->clear();
    m_error->hide();
    if (currentNode().isEmpty()) {
        m_status->setText(tr("Push a policy or pick a node with a policy to plan."));
    } else if (r.busy) {
        m_status->setText(tr("Planning…"));
    } else if (r.approval) {
        const Server::UpdateApproval& a = *r.approval;
        QString status = tr("%1 (approval %2)").arg(a.statusText, a.id);
        if (a.status != Server::UpdateApproval::Status::Pending)
            // Planning can answer an existing approval (dedup) or one an
            // auto-approve rule already handled.
            status += QLatin1Char(' ') + tr("— not pending: %1").arg(a.reason);
        m_status->setText(status);
        m_text->setPlainText(a.plan);
        m_hash->setText(Server::PlanText::sha256(a.plan));
    } else if (r.error) {
        if (r.error.code == QLatin1String(kNoopCode))
            m_status->setText(tr("Already at target: the node reports the target version. The "
                                 "server closed its open update approvals and marked the "
                                 "policy applied. Force plan to reinstall anyway."));
        else
            m_status->setText(tr("The server refused to plan."));
        m_error->setText(r.error.describe());
        m_error->show();
    } else {
        m_status->setText(tr("Not planned yet."));
    }
    updateButtons();
}

void PlanView::updateButtons()
{
    const Result r = m_results.value(currentNode());
    const bool ready = m_connected && !currentNode().isEmpty() && !r.busy;
    const QString notReady = !m_connected ? tr("Connect to a server with a token first")
                                          : tr("Pick a node whose policy is pushed");
    ActionGate::apply(m_plan, m_missing, ready,
                      tr("Ask the server for the update plan of this node"), notReady);
    ActionGate::apply(m_planAll, m_missing, m_connected && m_node->count() > 0,
                      tr("Plan every node in the list, one after the other"), notReady);
    const bool noop = !r.busy && r.error.code == QLatin1String(kNoopCode);
    m_force->setVisible(noop);
    ActionGate::apply(m_force, m_missing, ready && noop,
                      tr("Plan although the node already reports the target version (skips "
                         "only the no-op and downgrade checks)"));
    m_openApproval->setEnabled(!r.busy && r.approval.has_value());
}

QString PlanView::planText() const
{
    return m_text->toPlainText();
}

QString PlanView::planHash() const
{
    return m_hash->text();
}

QString PlanView::statusText() const
{
    return m_status->text();
}

QString PlanView::errorText() const
{
    return m_error->text();
}

bool PlanView::forceOffered() const
{
    return !m_force->isHidden() && m_force->isEnabled();
}

} // namespace Lattice
