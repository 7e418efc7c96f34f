// WWW-Authenticate challenges from registries and Link headers from paged
// GitHub and registry listings.
#include "HeaderParsers.h"

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const AuthChallenge& challenge : AuthChallenge::parse(header))
        challenge.params.value(QStringLiteral("realm"));
    AuthChallenge::bearer(header);
    static const QUrl base(QStringLiteral("https://api.github.com/repos/a/b/releases?page=1"));
    LinkHeader::find(header, QStringLiteral("next"), base);
    LinkHeader::find(header, QStringLiteral("last"), base);
    return 0;
}
