#include "ServerScopes.h"

#include <algorithm>

namespace Lattice::Server {

namespace {

QStringList aliasesOf(const QString& required)
{
    if (required == QLatin1String("vpncore:read") || required == QLatin1String("substore:read"))
        return {QStringLiteral("proxy:read")};
    if (required == QLatin1String("vpncore:admin") || required == QLatin1String("substore:admin"))
        return {QStringLiteral("proxy:admin")};
    if (required == QLatin1String("proxy:read"))
        return {QStringLiteral("vpncore:read")};
    if (required == QLatin1String("proxy:admin"))
        return {QStringLiteral("vpncore:admin")};
    return {};
}

} // namespace

ServerScopes::ServerScopes(QStringList held, QStringList allowlist)
    : m_held(std::move(held))
    , m_allowlist(std::move(allowlist))
{}

bool ServerScopes::grants(const QString& held, const QString& required)
{
    if (held == QLatin1String("*"))
        return true;
    const QStringList candidates = QStringList{required} + aliasesOf(required);
    return std::any_of(candidates.cbegin(), candidates.cend(), [&held](const QString& c) {
        return held == c || (held.endsWith(QLatin1String(":*")) && c.startsWith(held.chopped(1)));
    });
}

bool ServerScopes::has(const QString& required) const
{
    return std::any_of(m_held.cbegin(), m_held.cend(),
                       [&required](const QString& h) { return grants(h, required); });
}

QStringList ServerScopes::required(Action action)
{
    switch (action) {
    case Action::ListNodes:
        return {QStringLiteral("node:read")};
    case Action::PushPolicy:
        return {QStringLiteral("node:admin")};
    case Action::Plan:
    case Action::SeeApprovals:
        return {QStringLiteral("node:admin"), QStringLiteral("network:plan")};
    case Action::Approve:
        return {QStringLiteral("network:apply"), QStringLiteral("node:admin")};
    case Action::FollowTasks:
        return {QStringLiteral("task:read")};
    case Action::ReadAudit:
        return {QStringLiteral("audit:read")};
    }
    return {};
}

QStringList ServerScopes::missing(Action action) const
{
    QStringList result;
    for (const QString& scope : required(action)) {
        if (!has(scope))
            result.append(scope);
    }
    return result;
}

bool ServerScopes::allowsNode(const QString& nodeId) const
{
    return m_allowlist.isEmpty() || m_allowlist.contains(QStringLiteral("*")) ||
           m_allowlist.contains(nodeId);
}

} // namespace Lattice::Server
