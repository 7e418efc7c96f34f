#include "BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace Lattice {

bool BaseUrlPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QUrl normalises IPv6 literals, so [0:0::1] arrives here as "::1".
    if (host == QLatin1String("::1"))
        return true;
    // Only a strict dotted quad counts: "127.1" or "0x7f.0.0.1" are rejected
    // rather than guessed at, so the check cannot be talked round.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255 ||
            !part.front().isDigit())
            return false;
    }
    return parts.front() == QLatin1String("127");
}

BaseUrlPolicy::Verdict BaseUrlPolicy::check(const QUrl& url, bool allowInsecureLoopback)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Lattice::BaseUrlPolicy", text);
    };
    if (!url.isValid() || url.host().isEmpty())
        return {false, tr("not a valid absolute URL")};
    if (!url.userInfo().isEmpty())
        return {false, tr("credentials in the URL are not allowed; use the keychain")};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {true, {}};
    if (scheme != QLatin1String("http"))
        return {false, tr("only https:// URLs are supported")};
    if (!isLoopbackHost(url.host()))
        return {false, tr("plain http:// is only allowed for loopback addresses")};
    if (!allowInsecureLoopback)
        return {false, tr("plain http:// to a loopback address needs --insecure-loopback "
                          "(or the profile's \"allow insecure loopback\" setting)")};
    return {true, {}};
}

} // namespace Lattice
