#pragma once

#include "ServerError.h"
#include "UpdateApproval.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Lattice {

// Planning an update for one node and reading the result: the plan text as
// the server wrote it, the SHA-256 computed here from its exact bytes (what
// Approve will send), the approval's status, or the server's error with code,
// message and request id. "Already at target" is the one refusal that offers
// Force plan.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);

    void setNodes(const QStringList& nodeIds);
    QString currentNode() const;
    void setCurrentNode(const QString& nodeId);

    void showPlanning(const QString& nodeId);
    void showApproval(const QString& nodeId, const Server::UpdateApproval& approval);
    void showError(const QString& nodeId, const Server::ServerError& error);
    void setPlanAllowed(const QStringList& missingScopes, bool connected);

    QString planText() const;
    QString planHash() const;
    QString statusText() const;
    QString errorText() const;
    bool forceOffered() const;
    QPushButton* planButton() const { return m_plan; }
    QPushButton* forceButton() const { return m_force; }

signals:
    void planRequested(const QString& nodeId, bool force);
    void planAllRequested();
    void openApprovalRequested(const QString& approvalId);

private:
    struct Result
    {
        bool busy = false;
        std::optional<Server::UpdateApproval> approval;
        Server::ServerError error;
    };
    void display();
    void updateButtons();

    QHash<QString, Result> m_results;
    QStringList m_missing;
    bool m_connected = false;
    QComboBox* m_node;
    QPushButton* m_plan;
    QPushButton* m_planAll;
    QPushButton* m_force;
    QPushButton* m_openApproval;
    QLabel* m_status;
    QLabel* m_hash;
    QLabel* m_error;
    QPlainTextEdit* m_text;
};

} // namespace Lattice
