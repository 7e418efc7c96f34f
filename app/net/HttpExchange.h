#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <utility>

class QIODevice;

namespace Lattice::Net {

// Bounds every exchange with a server the desk does not control.
struct HttpLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024; // larger bodies are cut off and reported
    int idleTimeoutMs = 30000;             // no bytes for this long ends the attempt
    int totalTimeoutMs = 120000;           // the whole exchange, redirects and retries included
    int maxRedirects = 5;
    int maxAttempts = 4; // first try plus retries on 429, 5xx and network errors
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // A credential is bound to one origin (scheme, host, port). It is sent
    // only while the request stays on that origin: a redirect elsewhere
    // continues without it.
    QByteArray authorization;
    QUrl credentialOrigin; // empty = the origin of url
    HttpLimits limits;
    bool allowInsecureLoopback = false;
    // Off: a 3xx is the answer, not followed (a probe wants the first reply).
    bool followRedirects = true;
    // When set, the body is streamed here instead of being kept in memory;
    // the size limit and the digest still apply.
    QIODevice* sink = nullptr;
    // On: a 2xx labelled text/html is refused before its body is read. No API,
    // checksum file or release asset is an HTML page; one that arrives is a
    // captive portal, a login page or a proxy's error page, and reading it as
    // data would misreport it (a "missing" checksum, a "tampered" binary).
    bool refuseHtml = false;
};

struct HttpResponse
{
    enum class Error {
        None,
        Network, // DNS, connection, TLS
        Timeout,
        TooLarge, // the body passed limits.maxBodyBytes
        Refused,  // a URL or redirect the policy does not allow
        TooManyRedirects,
        Cancelled,
        SinkFailed, // writing the streamed body failed
        WrongType,  // refuseHtml and the answer was an HTML page
    };

    Error error = Error::None;
    QString errorText;
    int status = 0;
    HeaderList headers; // of the final response
    QByteArray body;    // empty when a sink was used
    QByteArray sha256;  // lowercase hex SHA-256 of the body bytes as received
    qint64 bodySize = 0;
    QUrl finalUrl;
    QList<QUrl> redirects;
    int attempts = 0;

    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
    bool transportOk() const { return error == Error::None && status > 0; }
    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
    QString describe() const; // one line for error messages, never containing credentials
};

// An origin as "scheme://host:port", lower-cased, with the default port
// filled in, so two spellings of one origin compare equal.
QString originOf(const QUrl& url);

// Header lines for a debug log with credentials replaced by "<redacted>".
QString redactedHeaders(const HeaderList& headers);

} // namespace Lattice::Net

Q_DECLARE_METATYPE(Lattice::Net::HttpResponse)
