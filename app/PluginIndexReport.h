#pragma once

#include "PluginIndex.h"
#include "PluginIndexValidator.h"
#include "PluginSignatures.h"

#include <optional>

namespace Lattice {

// Everything the desk says about one plugin index document: what it lists,
// which spec rules it breaks, and how its index-level signatures fare over
// the recommended (provisional) payload. Pure computation, safe on any thread.
struct PluginIndexReport
{
    PluginIndex index;
    QList<PluginIndexViolation> violations;
    QList<PluginSignatures::IndexSignatureResult> signatures;

    // nullopt with *error when the bytes are not a JSON object at all.
    static std::optional<PluginIndexReport> analyse(const QByteArray& bytes,
                                                    QString* error = nullptr);
};

} // namespace Lattice
