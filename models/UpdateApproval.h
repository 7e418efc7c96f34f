#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Lattice::Server {

// One row of GET /api/network/approvals (lattice-server-api §11.1).
struct UpdateApproval
{
    enum class Status { Pending, Approved, Rejected, Applied, Dismissed, Unknown };

    QString id;
    QString nodeId;
    QString plugin;
    QString action;
    QString plan;
    Status status = Status::Unknown;
    QString statusText; // as sent, so an unknown status can still be shown
    QString reason;
    bool stale = false;
    QString staleCode;
    QString actorId;
    QString approvedBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    static UpdateApproval fromJson(const QJsonObject& object);

    bool isAgentUpdate() const { return plugin == QLatin1String("agentupdate"); }
    // Approved and installed, waiting for the node's heartbeat to confirm.
    QString awaitingVersion() const;
    // "execution failed: …" (alphas ≥ a15) or a failure summary kept as the reason.
    bool executionFailed() const;
    // The actor as the dashboard shows it: scheduler plans have none.
    QString displayActor() const;
};

QString statusName(UpdateApproval::Status status);
UpdateApproval::Status statusFromName(const QString& name);

// Accepts both list shapes: the bare array and the alpha ≥ a22 wrapper.
QList<UpdateApproval> approvalsFromJson(const QJsonValue& value);

// The plan as the server wrote it. The hash covers the exact UTF-8 bytes of
// the decoded string, trailing newline included (§10.2); the plan's own
// "sha256:" line is the binary digest, a different thing.
struct PlanText
{
    static QString sha256(const QString& plan);
    // "key: value" lines before the blank line, best effort and for display
    // only: the plan is not a schema and gains lines between versions.
    static QList<QPair<QString, QString>> fields(const QString& plan);
    static QString field(const QString& plan, const QString& key);
};

} // namespace Lattice::Server
