#pragma once

#include <QString>
#include <QStringList>

namespace Lattice::PluginCapability {

// The server's risk tiers for plugin capabilities (release-lanes spec e.3).
// Host-tier capabilities need a trusted publisher signature on the server.
enum class RiskTier { Read, Write, Host, Unknown };

// The 31 capabilities the index validator allows.
const QStringList& allowlist();
bool isAllowlisted(const QString& capability);

// Unknown means the desk has no tier for it; it is never shown as read.
RiskTier riskTier(const QString& capability);
QString tierId(RiskTier tier);   // "read", "write", "host", "unknown"
QString tierName(RiskTier tier); // translated, e.g. "host risk"

} // namespace Lattice::PluginCapability
