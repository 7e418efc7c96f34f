#pragma once

#include "UpdateApproval.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Lattice {

class FollowUpView;
class StateBanner;

// The server's agent-update approvals with status and stale badges, the
// selected one's plan and locally computed hash, and the decisions: Approve
// (with that hash), Reject, Dismiss (stale rows only) and Create fresh plan
// when the server says the plan went stale. Below, the follow-up of the
// approval last approved.
class ApprovalsView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsView(QWidget* parent = nullptr);

    void setApprovals(const QList<Server::UpdateApproval>& approvals);
    const QList<Server::UpdateApproval>& approvals() const { return m_approvals; }
    std::optional<Server::UpdateApproval> current() const;
    bool select(const QString& approvalId);
    bool includeDismissed() const;

    // missing: scopes the token lacks for approve/reject/dismiss and for
    // planning (Create fresh plan).
    void setScopes(const QStringList& missingForDecisions, const QStringList& missingForPlan,
                   bool connected);
    void setBusy(bool busy);
    void showMessage(int tone, const QString& text); // StateBanner::Tone
    QString messageText() const;
    // After approval_stale: offer a fresh plan for the node.
    void offerFreshPlan(const QString& nodeId);

    FollowUpView* followUp() const { return m_followUp; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QPushButton* freshPlanButton() const { return m_freshPlan; }
    QTreeWidget* list() const { return m_list; }

signals:
    void approveRequested(const Server::UpdateApproval& approval);
    void rejectRequested(const QString& approvalId);
    void dismissRequested(const QString& approvalId);
    void freshPlanRequested(const QString& nodeId);
    void refreshRequested();

private:
    void showCurrent();
    void updateButtons();

    QList<Server::UpdateApproval> m_approvals;
    QStringList m_missingDecisions;
    QStringList m_missingPlan;
    bool m_connected = false;
    bool m_busy = false;
    QString m_freshPlanNode;
    QTreeWidget* m_list;
    QCheckBox* m_showDismissed;
    QPushButton* m_refresh;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_dismiss;
    QPushButton* m_freshPlan;
    QLabel* m_hash;
    QLabel* m_reason;
    QPlainTextEdit* m_plan;
    StateBanner* m_message;
    FollowUpView* m_followUp;
};

} // namespace Lattice
