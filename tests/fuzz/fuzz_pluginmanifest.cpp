// A signed plugin manifest: the strict JSON reader and the payload the
// publisher's signature is checked over (v1 lines, v2 Go re-encoding).
#include "OrderedJson.h"
#include "PluginManifest.h"

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto manifest = PluginManifest::parse(bytes, &error))
        PluginManifest::schemaId(manifest->schema);
    if (const auto json = OrderedJson::parse(bytes, &error)) {
        // Go's compact encoding of a parsed value is itself valid JSON that
        // encodes to the same bytes again; the v2 payload depends on it.
        const QByteArray compact = json->toGoCompact();
        const auto again = OrderedJson::parse(compact, &error);
        if (!again || again->toGoCompact() != compact)
            __builtin_trap();
    }
    return 0;
}
