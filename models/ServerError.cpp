#include "ServerError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Lattice::Server {

QString ServerError::defaultCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 429:
        return QStringLiteral("rate_limited");
    case 502:
        return QStringLiteral("bad_gateway");
    default:
        break;
    }
    return status >= 500 ? QStringLiteral("internal_error") : QStringLiteral("request_failed");
}

ServerError ServerError::fromResponse(int status, const QByteArray& body,
                                      const QByteArray& requestIdHeader)
{
    ServerError e;
    e.status = status;
    e.requestId = QString::fromLatin1(requestIdHeader);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject envelope = doc.object().value(QStringLiteral("error")).toObject();
    if (parseError.error == QJsonParseError::NoError && !envelope.isEmpty()) {
        e.code = envelope.value(QStringLiteral("code")).toString();
        e.message = envelope.value(QStringLiteral("message")).toString();
        if (e.requestId.isEmpty())
            e.requestId = envelope.value(QStringLiteral("request_id")).toString();
    }
    if (e.code.isEmpty())
        e.code = defaultCode(status);
    if (e.message.isEmpty()) {
        // Go's plain-text 404 for a route this server version does not have.
        e.endpointMissing = status == 404;
        const QString text = QString::fromUtf8(body.left(200)).trimmed();
        e.message = text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text;
    }
    return e;
}

ServerError ServerError::transport(const QString& description)
{
    ServerError e;
    e.code = QStringLiteral("network_error");
    e.message = description;
    return e;
}

QString ServerError::describe() const
{
    QString text = QStringLiteral("%1: %2").arg(code, message);
    if (status > 0)
        text += QStringLiteral(" (HTTP %1").arg(status) +
                (requestId.isEmpty() ? QString() : QStringLiteral(", request ") + requestId) +
                QLatin1Char(')');
    return text;
}

} // namespace Lattice::Server
