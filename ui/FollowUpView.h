#pragma once

#include "UpdateApproval.h"
#include "UpdatePolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QWidget>
#include <optional>

class QLabel;
class QTimer;
class QTreeWidget;

namespace Lattice {

// Where an approved update stands: approved → awaiting confirmation (and for
// how long, since a node that never reports the exact version waits
// forever) → applied, with the node's agent.update.* audit events.
class FollowUpView : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpView(QWidget* parent = nullptr);

    void start(const QString& approvalId, const QString& nodeId);
    void showStage(Server::UpdateStage stage, const Server::UpdateApproval& approval,
                   const std::optional<Server::UpdatePolicy>& policy, const QJsonArray& events);
    void showProblem(const QString& text);
    void stop(const QString& why);

    QString approvalId() const { return m_approvalId; }
    QString stageText() const;
    int eventCount() const;
    static QString stageName(Server::UpdateStage stage);
    static QString ageText(qint64 seconds);

private:
    void updateAge();

    QString m_approvalId;
    QString m_nodeId;
    Server::UpdateStage m_stage = Server::UpdateStage::Planned;
    QDateTime m_awaitingSince;
    QLabel* m_title;
    QLabel* m_steps;
    QLabel* m_stageLabel;
    QLabel* m_detail;
    QTreeWidget* m_events;
    QTimer* m_ageTimer;
};

} // namespace Lattice
