#pragma once

#include <QString>
#include <QUrl>

namespace Lattice {

// Decides whether a base URL may be used for an endpoint. HTTPS is always
// accepted; plain HTTP only for a loopback host, and only when the caller has
// explicitly opted in (a CLI flag or a profile setting), because loopback HTTP
// exists for local test servers and nothing else.
class BaseUrlPolicy
{
public:
    struct Verdict
    {
        bool accepted = false;
        QString reason; // why it was refused; empty when accepted
    };

    static Verdict check(const QUrl& url, bool allowInsecureLoopback);
    static bool isLoopbackHost(const QString& host);
};

} // namespace Lattice
