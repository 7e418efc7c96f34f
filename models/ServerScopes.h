#pragma once

#include <QString>
#include <QStringList>

namespace Lattice::Server {

// What a personal access token may do, judged from GET /api/me, so actions
// can be disabled with the missing scope named instead of failing with 403.
class ServerScopes
{
public:
    enum class Action {
        ListNodes,
        PushPolicy,
        Plan,
        SeeApprovals,
        Approve,
        FollowTasks,
        ReadAudit
    };

    ServerScopes() = default;
    ServerScopes(QStringList held, QStringList allowlist);

    // Exact, "*", "<domain>:*", and the vpncore/substore ⇄ proxy aliases.
    static bool grants(const QString& held, const QString& required);
    bool has(const QString& required) const;
    static QStringList required(Action action);
    // The scopes the action needs that the token lacks, empty when allowed.
    QStringList missing(Action action) const;
    // Empty allowlist or "*": every node.
    bool allowsNode(const QString& nodeId) const;

    QStringList held() const { return m_held; }
    QStringList allowlist() const { return m_allowlist; }

private:
    QStringList m_held;
    QStringList m_allowlist;
};

} // namespace Lattice::Server
