#pragma once

#include "UpdateApproval.h"
#include "UpdatePolicy.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <optional>

class QTimer;

namespace Lattice::Server {

class LatticeClient;
struct ServerError;

// Follows one approved agent update to its end by polling, well inside the
// rate limit: the approval (approved → awaiting confirmation → applied), the
// node's policy, and its agent.update.* audit events. Listing approvals
// mutates them on the server (stale rows become rejected), so each poll
// reads fresh state and nothing is cached across polls.
class UpdateFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;

    UpdateFollower(LatticeClient* client, const QString& approvalId, const QString& nodeId,
                   QObject* parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();
    bool isRunning() const;

    UpdateStage stage() const { return m_stage; }
    const UpdateApproval& approval() const { return m_approval; }
    const std::optional<UpdatePolicy>& policy() const { return m_policy; }
    const QJsonArray& events() const { return m_events; }

signals:
    // After every poll that answered.
    void updated(Lattice::Server::UpdateStage stage);
    // A final stage: applied, rejected, dismissed or failed.
    void finished(Lattice::Server::UpdateStage stage);
    void pollFailed(const QString& description);

private:
    void poll();

    QPointer<LatticeClient> m_client;
    QString m_approvalId;
    QString m_nodeId;
    QTimer* m_timer;
    bool m_polling = false;
    UpdateStage m_stage = UpdateStage::Planned;
    UpdateApproval m_approval;
    std::optional<UpdatePolicy> m_policy;
    QJsonArray m_events;
};

} // namespace Lattice::Server
