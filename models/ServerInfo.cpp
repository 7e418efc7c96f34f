#include "ServerInfo.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Lattice::Server {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

} // namespace

ServerVersion ServerVersion::fromJson(const QJsonObject& o)
{
    ServerVersion v;
    v.present = true;
    v.serverVersion = o.value(QStringLiteral("server_version")).toString();
    v.serverCommit = o.value(QStringLiteral("server_commit")).toString();
    v.serverDate = o.value(QStringLiteral("server_date")).toString();
    v.dashboardRef = o.value(QStringLiteral("dashboard_ref")).toString();
    v.dashboardBuilt = o.value(QStringLiteral("dashboard_built")).toString();
    v.taskExecutionDisabled = o.value(QStringLiteral("task_execution_disabled")).toBool(false);
    return v;
}

int ServerVersion::alphaBuild() const
{
    static const QRegularExpression alpha(QStringLiteral("^alpha-[0-9.]+a([0-9]+)$"));
    const auto m = alpha.match(serverVersion);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

TokenIdentity TokenIdentity::fromJson(const QJsonObject& o)
{
    TokenIdentity t;
    t.actorId = o.value(QStringLiteral("actor_id")).toString();
    t.username = o.value(QStringLiteral("username")).toString();
    t.tokenId = o.value(QStringLiteral("token_id")).toString();
    t.scopes = stringList(o.value(QStringLiteral("scopes")));
    t.serverAllowlist = stringList(o.value(QStringLiteral("server_allowlist")));
    return t;
}

} // namespace Lattice::Server
