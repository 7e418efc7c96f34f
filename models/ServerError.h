#pragma once

#include <QByteArray>
#include <QString>

namespace Lattice::Server {

// A failed exchange with a Lattice server, from the error envelope
// {"error":{"code","message","request_id"}} (lattice-server-api §4). Callers
// branch on code, never on message: 5xx messages are generic placeholders.
struct ServerError
{
    int status = 0;               // 0: no HTTP answer at all
    QString code;                 // business code or the status's default code
    QString message;              // the server's text, or a transport description
    QString requestId;            // X-Lattice-Request-ID; quoted in every report
    bool endpointMissing = false; // plain-text 404: this server version lacks the route

    explicit operator bool() const { return status != 0 || !message.isEmpty(); }

    // From an HTTP answer that was not 2xx. A body that is not the envelope
    // still yields the status's default code.
    static ServerError fromResponse(int status, const QByteArray& body,
                                    const QByteArray& requestIdHeader);
    static ServerError transport(const QString& description);
    static QString defaultCode(int status);

    // "code: message (request req_…)", the one line CLI and GUI show.
    QString describe() const;
};

} // namespace Lattice::Server
