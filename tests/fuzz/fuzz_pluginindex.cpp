// A plugin index (plugins.json) as the Plugins page and `plugin check` read
// it: the model, all validator rules and the index-signature payload.
#include "PluginIndexReport.h"

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto report = PluginIndexReport::analyse(bytes, &error)) {
        for (const PluginIndexViolation& violation : report->violations)
            PluginIndexValidator::ruleSummary(violation.rule);
    }
    PluginIndex::parse(bytes, &error);
    PluginIndex::recommendedSigningPayload(bytes, &error);
    return 0;
}
