#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Server {

// A node row of GET /api/nodes, reduced to what update decisions need.
struct ServerNode
{
    enum class Reachability { Online, Offline, Never };

    QString id;
    QString name;
    QString agentVersion;
    bool online = false;
    Reachability reachability = Reachability::Never;
    QDateTime lastSeen; // null when never seen
    QString os;         // host_facts.os as reported, may be empty
    QString arch;       // host_facts.arch as reported, may be empty
    QString platform;
    bool disabled = false;
    std::optional<bool> allowExec;     // agent_runtime, absent after a server restart
    std::optional<bool> allowRootExec; // and for agents older than 0.2.7

    static ServerNode fromJson(const QJsonObject& object);

    // The server's normalisation (§6): empty arch is amd64, empty os is
    // linux (or darwin for a mac platform).
    QString normalizedOs() const;
    QString normalizedArch() const; // empty when unsupported
    bool factsMissing() const { return os.isEmpty() || arch.isEmpty(); }

    // Why the server would refuse to update this node, in its own words;
    // empty when it can. The arch gate applies only to official releases.
    QString updateRefusal(bool officialMode) const;
    // lattice-agent-<os>-<arch>, empty when the server cannot name one.
    QString artifactName() const;
};

QList<ServerNode> nodesFromJson(const QJsonArray& array);

} // namespace Lattice::Server
