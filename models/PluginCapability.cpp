#include "PluginCapability.h"

#include <QCoreApplication>
#include <QHash>

namespace Lattice::PluginCapability {

const QStringList& allowlist()
{
    static const QStringList list = {
        QStringLiteral("audit:read"),
        QStringLiteral("ddns:admin"),
        QStringLiteral("http:egress"),
        QStringLiteral("http:operator-target"),
        QStringLiteral("kv:read"),
        QStringLiteral("kv:write"),
        QStringLiteral("log:write"),
        QStringLiteral("monitor:admin"),
        QStringLiteral("monitor:read"),
        QStringLiteral("netguard:admin"),
        QStringLiteral("netguard:read"),
        QStringLiteral("netpolicy:admin"),
        QStringLiteral("netpolicy:read"),
        QStringLiteral("network:apply"),
        QStringLiteral("network:plan"),
        QStringLiteral("node:admin"),
        QStringLiteral("node:read"),
        QStringLiteral("notify:send"),
        QStringLiteral("rpc:call"),
        QStringLiteral("rpc:expose"),
        QStringLiteral("secret:read"),
        QStringLiteral("secret:write"),
        QStringLiteral("static:read"),
        QStringLiteral("static:write"),
        QStringLiteral("subscription:serve"),
        QStringLiteral("task:read"),
        QStringLiteral("task:run"),
        QStringLiteral("tunnel:admin"),
        QStringLiteral("wireguard:admin"),
        QStringLiteral("wireguard:read"),
        QStringLiteral("worker:route"),
    };
    return list;
}

bool isAllowlisted(const QString& capability)
{
    return allowlist().contains(capability);
}

RiskTier riskTier(const QString& capability)
{
    // The alpha server line's tiers. Tiers differ by server version (main
    // has no wireguard entries), so anything outside this table is unknown.
    static const QHash<QString, RiskTier> tiers = [] {
        QHash<QString, RiskTier> t;
        for (const char* c :
             {"audit:read", "kv:read", "monitor:read", "netguard:read", "netpolicy:read",
              "node:read", "static:read", "task:read", "wireguard:read"})
            t.insert(QLatin1String(c), RiskTier::Read);
        for (const char* c : {"kv:write", "log:write", "notify:send", "worker:route"})
            t.insert(QLatin1String(c), RiskTier::Write);
        for (const char* c :
             {"http:egress", "http:operator-target", "ddns:admin", "monitor:admin",
              "netguard:admin", "network:apply", "network:plan", "netpolicy:admin", "node:admin",
              "static:write", "subscription:serve", "task:run", "tunnel:admin", "wireguard:admin",
              "rpc:call", "rpc:expose", "secret:read", "secret:write"})
            t.insert(QLatin1String(c), RiskTier::Host);
        return t;
    }();
    return tiers.value(capability, RiskTier::Unknown);
}

QString tierId(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Read:
        return QStringLiteral("read");
    case RiskTier::Write:
        return QStringLiteral("write");
    case RiskTier::Host:
        return QStringLiteral("host");
    case RiskTier::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString tierName(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Read:
        return QCoreApplication::translate("Lattice::PluginCapability", "read risk");
    case RiskTier::Write:
        return QCoreApplication::translate("Lattice::PluginCapability", "write risk");
    case RiskTier::Host:
        return QCoreApplication::translate("Lattice::PluginCapability", "host risk");
    case RiskTier::Unknown:
        break;
    }
    return QCoreApplication::translate("Lattice::PluginCapability", "unknown risk");
}

} // namespace Lattice::PluginCapability
