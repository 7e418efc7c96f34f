#include "ApprovalsView.h"

#include "ActionGate.h"
#include "FollowUpView.h"
#include "StateBanner.h"
#include "StatusColors.h"

#include <QCheckBox>
#include <QColor>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lattice {

using Server::UpdateApproval;

namespace {
enum Column { NodeColumn, StatusColumn, StaleColumn, ReasonColumn, CreatedColumn, IdColumn };
constexpr int IdRole = Qt::UserRole + 1;

QColor statusColor(UpdateApproval::Status status)
{
    switch (status) {
    case UpdateApproval::Status::Pending:
        return StatusColors::info();
    case UpdateApproval::Status::Approved:
    case UpdateApproval::Status::Applied:
        return StatusColors::good();
    case UpdateApproval::Status::Rejected:
        return StatusColors::error();
    default:
        return StatusColors::muted();
    }
}
} // namespace

ApprovalsView::ApprovalsView(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("approvals-list"));
    m_list->setAccessibleName(tr("Agent update approvals"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Node"), tr("Status"), tr("Stale"), tr("Reason"), tr("Created"), tr("Approval")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalsView::showCurrent);
    auto* listLabel = new QLabel(tr("Appro&vals:"), this);
    listLabel->setBuddy(m_list);

    m_showDismissed = new QCheckBox(tr("Show &dismissed"), this);
    m_showDismissed->setObjectName(QStringLiteral("approvals-show-dismissed"));
    connect(m_showDismissed, &QCheckBox::toggled, this, &ApprovalsView::refreshRequested);
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_refresh->setObjectName(QStringLiteral("approvals-reload"));
    m_refresh->setToolTip(tr("List the approvals again; listing also marks stale ones rejected"));
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsView::refreshRequested);

    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approvals-approve"));
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto a = current())
            emit approveRequested(*a);
    });
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("approvals-reject"));
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const auto a = current())
            emit rejectRequested(a->id);
    });
    m_dismiss = new QPushButton(tr("Dis&miss"), this);
    m_dismiss->setObjectName(QStringLiteral("approvals-dismiss"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (const auto a = current())
            emit dismissRequested(a->id);
    });
    m_freshPlan = new QPushButton(tr("Create &fresh plan"), this);
    m_freshPlan->setObjectName(QStringLiteral("approvals-fresh-plan"));
    connect(m_freshPlan, &QPushButton::clicked, this, [this] {
        QString node = m_freshPlanNode;
        if (const auto a = current(); a && a->stale)
            node = a->nodeId;
        if (!node.isEmpty())
            emit freshPlanRequested(node);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addStretch(1);
    top->addWidget(m_showDismissed);
    top->addWidget(m_refresh);
    auto* decisions = new QHBoxLayout;
    decisions->addWidget(m_approve);
    decisions->addWidget(m_reject);
    decisions->addWidget(m_dismiss);
    decisions->addWidget(m_freshPlan);
    decisions->addStretch(1);

    m_hash = new QLabel(this);
    m_hash->setObjectName(QStringLiteral("approvals-plan-hash"));
    m_hash->setAccessibleName(tr("Plan SHA-256"));
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("approvals-reason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plan = new QPlainTextEdit(this);
    m_plan->setObjectName(QStringLiteral("approvals-plan"));
    m_plan->setAccessibleName(tr("Plan of the selected approval"));
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message = new StateBanner(this);
    m_message->setObjectName(QStringLiteral("approvals-message"));

    auto* facts = new QFormLayout;
    facts->addRow(tr("Plan SHA-256 (computed here):"), m_hash);
    facts->addRow(tr("Reason:"), m_reason);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_list, 2);
    upperLayout->addLayout(decisions);
    upperLayout->addWidget(m_message);
    upperLayout->addLayout(facts);
    upperLayout->addWidget(m_plan, 1);

    m_followUp = new FollowUpView(this);
    m_followUp->setObjectName(QStringLiteral("approvals-follow-up"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_followUp);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_list, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_dismiss);
    setTabOrder(m_dismiss, m_freshPlan);
    showCurrent();
}

void ApprovalsView::setApprovals(const QList<UpdateApproval>& approvals)
{
    const std::optional<UpdateApproval> before = current();
    m_approvals.clear();
    for (const UpdateApproval& a : approvals) {
        if (a.isAgentUpdate())
            m_approvals << a;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const UpdateApproval& a : m_approvals) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setData(0, IdRole, a.id);
            item->setText(NodeColumn, a.nodeId);
            item->setText(StatusColumn, a.statusText);
            item->setForeground(StatusColumn, statusColor(a.status));
            item->setText(StaleColumn, a.stale ? tr("stale") : QString());
            if (a.stale) {
                item->setForeground(StaleColumn, StatusColors::error());
                item->setToolTip(StaleColumn, a.staleCode);
            }
            item->setText(ReasonColumn, a.reason);
            item->setToolTip(ReasonColumn, a.reason);
            item->setText(CreatedColumn,
                          QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(IdColumn, a.id);
        }
    }
    if (!before || !select(before->id)) {
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showCurrent();
}

std::optional<UpdateApproval> ApprovalsView::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString id = item->data(0, IdRole).toString();
    for (const UpdateApproval& a : m_approvals) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool ApprovalsView::select(const QString& approvalId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toString() == approvalId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool ApprovalsView::includeDismissed() const
{
    return m_showDismissed->isChecked();
}

void ApprovalsView::setScopes(const QStringList& missingForDecisions,
                              const QStringList& missingForPlan, bool connected)
{
    m_missingDecisions = missingForDecisions;
    m_missingPlan = missingForPlan;
    m_connected = connected;
    updateButtons();
}

void ApprovalsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ApprovalsView::showMessage(int tone, const QString& text)
{
    if (text.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(StateBanner::Tone(tone), text);
}

QString ApprovalsView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ApprovalsView::offerFreshPlan(const QString& nodeId)
{
    m_freshPlanNode = nodeId;
    updateButtons();
}

void ApprovalsView::showCurrent()
{
    const std::optional<UpdateApproval> a = current();
    if (a) {
        m_plan->setPlainText(a->plan);
        // The hash Approve sends: of the plan exactly as shown here.
        m_hash->setText(Server::PlanText::sha256(a->plan));
        m_reason->setText(a->reason);
    } else {
        m_plan->clear();
        m_hash->clear();
        m_reason->clear();
    }
    updateButtons();
}

void ApprovalsView::updateButtons()
{
    const std::optional<UpdateApproval> a = current();
    const bool pending = a && a->status == UpdateApproval::Status::Pending;
    const QString notConnected = tr("Connect to a server with a token first");
    const QString busy = tr("Waiting for the server's answer");
    const auto why = [&](const QString& otherwise) {
        return !m_connected ? notConnected : m_busy ? busy : otherwise;
    };
    const bool ready = m_connected && !m_busy;
    ActionGate::apply(m_approve, m_missingDecisions, ready && pending,
                      tr("Approve with the SHA-256 of the plan shown and queue the install "
                         "(queue_apply: true)"),
                      why(tr("Only a pending approval can be approved")));
    ActionGate::apply(m_reject, m_missingDecisions, ready && pending,
                      tr("Reject this plan; nothing is installed"),
                      why(tr("Only a pending approval can be rejected")));
    ActionGate::apply(
        m_dismiss, m_missingDecisions,
        ready && a && a->stale && a->status != UpdateApproval::Status::Dismissed,
        tr("Hide this stale approval (the server keeps it as dismissed)"),
        why(tr("Only stale approvals can be dismissed; reject or approve the others")));
    const bool freshPlan = (a && a->stale) || !m_freshPlanNode.isEmpty();
    ActionGate::apply(m_freshPlan, m_missingPlan, ready && freshPlan,
                      tr("Plan the node again from its current policy"),
                      why(tr("Offered when a plan went stale")));
    m_refresh->setEnabled(m_connected && !m_busy);
}

} // namespace Lattice
