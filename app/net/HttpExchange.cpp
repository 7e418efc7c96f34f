#include "HttpExchange.h"

namespace Lattice::Net {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResponse::describe() const
{
    const QString where = finalUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (error != Error::None)
        return QStringLiteral("%1: %2").arg(where, errorText);
    return QStringLiteral("%1: HTTP %2").arg(where).arg(status);
}

QString originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    int port = url.port();
    if (port < 0)
        port = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

QString redactedHeaders(const HeaderList& headers)
{
    QStringList lines;
    for (const auto& [key, value] : headers) {
        const bool secret = key.compare("authorization", Qt::CaseInsensitive) == 0 ||
                            key.compare("proxy-authorization", Qt::CaseInsensitive) == 0 ||
                            key.compare("cookie", Qt::CaseInsensitive) == 0 ||
                            key.compare("set-cookie", Qt::CaseInsensitive) == 0;
        lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(key),
                                              secret ? QStringLiteral("<redacted>")
                                                     : QString::fromLatin1(value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Lattice::Net
