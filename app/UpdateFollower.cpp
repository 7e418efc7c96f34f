#include "UpdateFollower.h"

#include "LatticeClient.h"

#include <QTimer>

namespace Lattice::Server {

UpdateFollower::UpdateFollower(LatticeClient* client, const QString& approvalId,
                               const QString& nodeId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_approvalId(approvalId)
    , m_nodeId(nodeId)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &UpdateFollower::poll);
}

void UpdateFollower::setInterval(int ms)
{
    m_timer->setInterval(qMax(100, ms));
}

void UpdateFollower::start()
{
    m_timer->start();
    poll();
}

void UpdateFollower::stop()
{
    m_timer->stop();
}

bool UpdateFollower::isRunning() const
{
    return m_timer->isActive();
}

void UpdateFollower::poll()
{
    // One poll at a time, three requests each: at the default interval that
    // is well under one request per second.
    if (m_polling || !m_client)
        return;
    m_polling = true;
    QPointer<UpdateFollower> self(this);
    m_client->approval(
        m_approvalId, [self](const UpdateApproval& approval, const ServerError& error) {
            if (!self)
                return;
            if (error) {
                self->m_polling = false;
                emit self->pollFailed(error.describe());
                return;
            }
            self->m_approval = approval;
            self->m_client->policies(
                [self](const QList<UpdatePolicy>& policies, const ServerError& policyError) {
                    if (!self)
                        return;
                    self->m_policy.reset();
                    if (!policyError) {
                        for (const UpdatePolicy& p : policies) {
                            if (p.nodeId == self->m_nodeId)
                                self->m_policy = p;
                        }
                    }
                    self->m_client->auditEvents(
                        self->m_nodeId, QStringLiteral("agent.update.*"),
                        [self](const QJsonArray& events, const ServerError& auditError) {
                            if (!self)
                                return;
                            // Audit needs audit:read; without it the stages still work.
                            if (!auditError)
                                self->m_events = events;
                            self->m_polling = false;
                            self->m_stage = updateStage(self->m_approval, self->m_policy);
                            emit self->updated(self->m_stage);
                            if (isFinalStage(self->m_stage)) {
                                self->m_timer->stop();
                                emit self->finished(self->m_stage);
                            }
                        });
                });
        });
}

} // namespace Lattice::Server
