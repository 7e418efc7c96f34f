#include "UpdatePolicy.h"

#include "UpdateApproval.h"

#include <QJsonArray>

namespace Lattice::Server {

namespace {

constexpr QLatin1StringView kAwaitingPrefix("awaiting agent version confirmation: ");

} // namespace

QDateTime parseServerTime(const QString& text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

UpdatePolicy::Mode UpdatePolicy::mode() const
{
    return binaryUrl.trimmed().isEmpty() && sha256.trimmed().isEmpty() ? Mode::Official
                                                                       : Mode::Custom;
}

QJsonObject UpdatePolicy::toRequestJson() const
{
    return QJsonObject{
        {QStringLiteral("node_id"), nodeId},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("auto_plan"), autoPlan},
        {QStringLiteral("target_version"), targetVersion},
        {QStringLiteral("binary_url"), binaryUrl},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("install_path"), installPath},
        {QStringLiteral("service_name"), serviceName},
    };
}

UpdatePolicy UpdatePolicy::fromJson(const QJsonObject& o)
{
    UpdatePolicy p;
    p.nodeId = o.value(QStringLiteral("node_id")).toString();
    p.enabled = o.value(QStringLiteral("enabled")).toBool();
    p.autoPlan = o.value(QStringLiteral("auto_plan")).toBool();
    p.targetVersion = o.value(QStringLiteral("target_version")).toString();
    p.binaryUrl = o.value(QStringLiteral("binary_url")).toString();
    p.sha256 = o.value(QStringLiteral("sha256")).toString();
    p.installPath = o.value(QStringLiteral("install_path")).toString();
    p.serviceName = o.value(QStringLiteral("service_name")).toString();
    p.lastPlannedVersion = o.value(QStringLiteral("last_planned_version")).toString();
    p.lastPlannedAt = parseServerTime(o.value(QStringLiteral("last_planned_at")).toString());
    p.lastAppliedVersion = o.value(QStringLiteral("last_applied_version")).toString();
    p.lastAppliedAt = parseServerTime(o.value(QStringLiteral("last_applied_at")).toString());
    p.lastError = o.value(QStringLiteral("last_error")).toString();
    p.createdAt = parseServerTime(o.value(QStringLiteral("created_at")).toString());
    p.updatedAt = parseServerTime(o.value(QStringLiteral("updated_at")).toString());
    return p;
}

QString UpdatePolicy::awaitingVersion() const
{
    return lastError.startsWith(kAwaitingPrefix) ? lastError.mid(kAwaitingPrefix.size()).trimmed()
                                                 : QString();
}

QString storedInstallPath(const QString& installPath)
{
    const QString path = installPath.trimmed();
    if (path.isEmpty() || path == QLatin1String(kLegacyInstallPath))
        return QString::fromLatin1(kDefaultInstallPath);
    return path;
}

QList<UpdatePolicy> policiesFromJson(const QJsonObject& object)
{
    QList<UpdatePolicy> policies;
    for (const QJsonValue& row : object.value(QStringLiteral("policies")).toArray())
        policies.append(UpdatePolicy::fromJson(row.toObject()));
    return policies;
}

QList<PolicyChange> policyChanges(const std::optional<UpdatePolicy>& current,
                                  const UpdatePolicy& proposed)
{
    const auto boolText = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    const auto serviceText = [](const QString& s) {
        return s.trimmed().isEmpty() ? QString::fromLatin1(kDefaultServiceName) : s.trimmed();
    };
    const auto fields = [&](const UpdatePolicy& p) {
        return QList<std::pair<QString, QString>>{
            {QStringLiteral("enabled"), boolText(p.enabled)},
            {QStringLiteral("auto_plan"), boolText(p.autoPlan)},
            {QStringLiteral("target_version"), p.targetVersion.trimmed()},
            {QStringLiteral("binary_url"), p.binaryUrl.trimmed()},
            {QStringLiteral("sha256"), p.sha256.trimmed().toLower()},
            {QStringLiteral("install_path"), storedInstallPath(p.installPath)},
            {QStringLiteral("service_name"), serviceText(p.serviceName)},
        };
    };
    const auto next = fields(proposed);
    QList<PolicyChange> changes;
    if (!current) {
        for (const auto& [field, value] : next)
            changes.append({field, QString(), value});
        return changes;
    }
    const auto now = fields(*current);
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (now[i].second != next[i].second)
            changes.append({next[i].first, now[i].second, next[i].second});
    }
    return changes;
}

UpdateStage updateStage(const UpdateApproval& approval, const std::optional<UpdatePolicy>& policy)
{
    switch (approval.status) {
    case UpdateApproval::Status::Applied:
        return UpdateStage::Applied;
    case UpdateApproval::Status::Rejected:
        // v0.2.x turns a failed apply task into a rejection with the failure
        // summary as the reason; the policy's last_error says which it was.
        if (policy && !policy->lastError.isEmpty() && policy->awaitingVersion().isEmpty() &&
            !approval.stale)
            return UpdateStage::Failed;
        return UpdateStage::Rejected;
    case UpdateApproval::Status::Dismissed:
        return UpdateStage::Dismissed;
    case UpdateApproval::Status::Approved:
        if (!approval.awaitingVersion().isEmpty() ||
            (policy && !policy->awaitingVersion().isEmpty()))
            return UpdateStage::AwaitingConfirmation;
        return UpdateStage::Approved;
    case UpdateApproval::Status::Pending:
        return approval.executionFailed() ? UpdateStage::Failed : UpdateStage::Planned;
    case UpdateApproval::Status::Unknown:
        break;
    }
    return UpdateStage::Planned;
}

bool isFinalStage(UpdateStage stage)
{
    return stage == UpdateStage::Applied || stage == UpdateStage::Failed ||
           stage == UpdateStage::Rejected || stage == UpdateStage::Dismissed;
}

} // namespace Lattice::Server
