#include "UpdateApproval.h"

#include "UpdatePolicy.h"

#include <QCryptographicHash>
#include <QStringList>

namespace Lattice::Server {

namespace {

constexpr QLatin1StringView kAwaitingPrefix("awaiting agent version confirmation: ");

} // namespace

QString statusName(UpdateApproval::Status status)
{
    switch (status) {
    case UpdateApproval::Status::Pending:
        return QStringLiteral("pending");
    case UpdateApproval::Status::Approved:
        return QStringLiteral("approved");
    case UpdateApproval::Status::Rejected:
        return QStringLiteral("rejected");
    case UpdateApproval::Status::Applied:
        return QStringLiteral("applied");
    case UpdateApproval::Status::Dismissed:
        return QStringLiteral("dismissed");
    case UpdateApproval::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

UpdateApproval::Status statusFromName(const QString& name)
{
    for (const auto status : {UpdateApproval::Status::Pending, UpdateApproval::Status::Approved,
                              UpdateApproval::Status::Rejected, UpdateApproval::Status::Applied,
                              UpdateApproval::Status::Dismissed}) {
        if (statusName(status) == name)
            return status;
    }
    return UpdateApproval::Status::Unknown;
}

UpdateApproval UpdateApproval::fromJson(const QJsonObject& o)
{
    UpdateApproval a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.nodeId = o.value(QStringLiteral("node_id")).toString();
    a.plugin = o.value(QStringLiteral("plugin")).toString();
    a.action = o.value(QStringLiteral("action")).toString();
    a.plan = o.value(QStringLiteral("plan")).toString();
    a.statusText = o.value(QStringLiteral("status")).toString();
    a.status = statusFromName(a.statusText);
    a.reason = o.value(QStringLiteral("reason")).toString();
    a.stale = o.value(QStringLiteral("stale")).toBool();
    a.staleCode = o.value(QStringLiteral("stale_code")).toString();
    a.actorId = o.value(QStringLiteral("actor_id")).toString();
    a.approvedBy = o.value(QStringLiteral("approved_by")).toString();
    a.createdAt = parseServerTime(o.value(QStringLiteral("created_at")).toString());
    a.updatedAt = parseServerTime(o.value(QStringLiteral("updated_at")).toString());
    return a;
}

QString UpdateApproval::awaitingVersion() const
{
    return reason.startsWith(kAwaitingPrefix) ? reason.mid(kAwaitingPrefix.size()).trimmed()
                                              : QString();
}

bool UpdateApproval::executionFailed() const
{
    return reason.startsWith(QLatin1String("execution failed:"));
}

QString UpdateApproval::displayActor() const
{
    return actorId.isEmpty() || actorId == QLatin1String("system")
               ? QStringLiteral("lattice-server")
               : actorId;
}

QList<UpdateApproval> approvalsFromJson(const QJsonValue& value)
{
    const QJsonArray rows = value.isArray()
                                ? value.toArray()
                                : value.toObject().value(QStringLiteral("approvals")).toArray();
    QList<UpdateApproval> approvals;
    approvals.reserve(rows.size());
    for (const QJsonValue& row : rows)
        approvals.append(UpdateApproval::fromJson(row.toObject()));
    return approvals;
}

QString PlanText::sha256(const QString& plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<QPair<QString, QString>> PlanText::fields(const QString& plan)
{
    QList<QPair<QString, QString>> result;
    for (const QString& line : plan.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            break; // the Safety section follows the blank line
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon > 0)
            result.append({line.left(colon), line.mid(colon + 2)});
        else if (line.endsWith(QLatin1Char(':')))
            result.append({line.chopped(1), QString()});
    }
    return result;
}

QString PlanText::field(const QString& plan, const QString& key)
{
    for (const auto& [k, v] : fields(plan)) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace Lattice::Server
