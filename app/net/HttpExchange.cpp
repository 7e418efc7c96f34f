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
    // After retries the last answer alone would hide that the desk insisted.
    const QString tries =
        attempts > 1 ? QStringLiteral(" (after %1 attempts)").arg(attempts) : QString();
    if (error != Error::None)
        return QStringLiteral("%1: %2%3").arg(where, errorText, tries);
    const QString rateLimited = status == 429 ? QStringLiteral(" Too Many Requests") : QString();
    return QStringLiteral("%1: HTTP %2%3%4")
        .arg(where, QString::number(status), rateLimited, tries);
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
