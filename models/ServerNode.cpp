#include "ServerNode.h"

#include "UpdatePolicy.h"

#include <QJsonArray>

namespace Lattice::Server {

namespace {

std::optional<bool> optionalBool(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

} // namespace

ServerNode ServerNode::fromJson(const QJsonObject& o)
{
    ServerNode node;
    node.id = o.value(QStringLiteral("id")).toString();
    node.name = o.value(QStringLiteral("name")).toString();
    node.agentVersion = o.value(QStringLiteral("agent_version")).toString();
    node.online = o.value(QStringLiteral("online")).toBool();
    node.lastSeen = parseServerTime(o.value(QStringLiteral("last_seen")).toString());
    node.disabled = o.value(QStringLiteral("disabled")).toBool();
    const QJsonObject facts = o.value(QStringLiteral("host_facts")).toObject();
    node.os = facts.value(QStringLiteral("os")).toString();
    node.arch = facts.value(QStringLiteral("arch")).toString();
    node.platform = facts.value(QStringLiteral("platform")).toString();
    const QJsonObject runtime = o.value(QStringLiteral("agent_runtime")).toObject();
    node.allowExec = optionalBool(runtime, QStringLiteral("allow_exec"));
    node.allowRootExec = optionalBool(runtime, QStringLiteral("allow_root_exec"));

    // Servers before alpha a31 send no reachability; derive it as they would.
    const QString reach = o.value(QStringLiteral("reachability")).toString();
    if (reach == QLatin1String("online"))
        node.reachability = Reachability::Online;
    else if (reach == QLatin1String("offline"))
        node.reachability = Reachability::Offline;
    else if (reach == QLatin1String("never"))
        node.reachability = Reachability::Never;
    else
        node.reachability = node.online               ? Reachability::Online
                            : node.lastSeen.isValid() ? Reachability::Offline
                                                      : Reachability::Never;
    return node;
}

QString ServerNode::normalizedOs() const
{
    const QString reported = os.toLower();
    if (!reported.isEmpty())
        return reported;
    const QString p = platform.toLower();
    return p.contains(QLatin1String("darwin")) || p.contains(QLatin1String("mac"))
               ? QStringLiteral("darwin")
               : QStringLiteral("linux");
}

QString ServerNode::normalizedArch() const
{
    if (arch.isEmpty() || arch == QLatin1String("x86_64") || arch == QLatin1String("amd64"))
        return QStringLiteral("amd64");
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("arm64"))
        return QStringLiteral("arm64");
    return {};
}

QString ServerNode::updateRefusal(bool officialMode) const
{
    const QString system = normalizedOs();
    if (system == QLatin1String("darwin"))
        return QStringLiteral("server-controlled agent updates currently require linux/systemd "
                              "nodes; darwin release artifacts are manual-only");
    if (system != QLatin1String("linux"))
        return QStringLiteral("server-controlled agent updates currently require linux/systemd "
                              "nodes; got os \"%1\"")
            .arg(system);
    if (officialMode && normalizedArch().isEmpty())
        return QStringLiteral("official lattice-agent releases do not support arch \"%1\"")
            .arg(arch);
    return {};
}

QString ServerNode::artifactName() const
{
    const QString a = normalizedArch();
    if (a.isEmpty())
        return {};
    return QStringLiteral("lattice-agent-%1-%2").arg(normalizedOs(), a);
}

QList<ServerNode> nodesFromJson(const QJsonArray& array)
{
    QList<ServerNode> nodes;
    nodes.reserve(array.size());
    for (const QJsonValue& row : array)
        nodes.append(ServerNode::fromJson(row.toObject()));
    return nodes;
}

} // namespace Lattice::Server
