#include "HttpSession.h"

#include "BaseUrlPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <openssl/evp.h>

namespace Lattice::Net {

// QT_LOGGING_RULES="lattice.net.debug=true" traces every exchange for support
// cases; the headers go through redactedHeaders(), so a pasted log holds no
// credential.
Q_LOGGING_CATEGORY(lcNet, "lattice.net", QtWarningMsg)

// Streaming SHA-256 of the body as it arrives, so a caller never needs to
// hash a large buffer on its own (GUI) thread afterwards.
struct HttpJob::Digest
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    Digest() { reset(); }
    ~Digest() { EVP_MD_CTX_free(ctx); }
    void reset() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    void add(const QByteArray& data)
    {
        EVP_DigestUpdate(ctx, data.constData(), size_t(data.size()));
    }
    QByteArray hex()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx, out, &len);
        return QByteArray(reinterpret_cast<const char*>(out), int(len)).toHex();
    }
};

namespace {
bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isIdempotent(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

// Retry-After is either delta-seconds or an HTTP-date.
int retryAfterMs(const QByteArray& value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 3600) * 1000);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(
        qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when), qint64(3600) * 1000));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// "300 ms" or "30 s": a shortened timeout must not read as "0 s".
QString duration(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
}
} // namespace

// ---------------------------------------------------------------- HttpSession

HttpSession::HttpSession(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

HttpSession::~HttpSession()
{
    cancelAll();
}

void HttpSession::setMaxInFlight(int n)
{
    m_maxInFlight = qMax(1, n);
    pump();
}

bool HttpSession::addCaFile(const QString& path, QString* error)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = QStringLiteral("no PEM certificate in %1").arg(path);
        return false;
    }
    m_ssl.addCaCertificates(certs);
    return true;
}

void HttpSession::setRetryDelays(int baseMs, int capMs)
{
    m_retryBaseMs = qMax(0, baseMs);
    m_retryCapMs = qMax(m_retryBaseMs, capMs);
}

void HttpSession::setTimeoutCaps(int idleMs, int totalMs)
{
    m_maxIdleTimeoutMs = qMax(0, idleMs);
    m_maxTotalTimeoutMs = qMax(0, totalMs);
}

HttpJob* HttpSession::send(HttpRequest request)
{
    auto* job = new HttpJob(this, std::move(request));
    m_queue.enqueue(job);
    // Started from the event loop so callers can connect to the job first.
    QMetaObject::invokeMethod(this, &HttpSession::pump, Qt::QueuedConnection);
    return job;
}

void HttpSession::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QPointer<HttpJob> job = m_queue.dequeue();
        if (job)
            job->start();
    }
}

void HttpSession::jobStarted()
{
    ++m_inFlight;
}

void HttpSession::jobEnded()
{
    --m_inFlight;
    QMetaObject::invokeMethod(this, &HttpSession::pump, Qt::QueuedConnection);
}

void HttpSession::cancelAll()
{
    const auto queued = m_queue;
    m_queue.clear();
    for (const QPointer<HttpJob>& job : queued) {
        if (job)
            job->cancel();
    }
    const auto running = findChildren<HttpJob*>(Qt::FindDirectChildrenOnly);
    for (HttpJob* job : running)
        job->cancel();
}

// -------------------------------------------------------------------- HttpJob

HttpJob::HttpJob(HttpSession* session, HttpRequest request)
    : QObject(session)
    , m_session(session)
    , m_request(std::move(request))
    , m_digest(std::make_unique<Digest>())
    , m_deadline(new QTimer(this))
{
    m_credentialOrigin =
        originOf(m_request.credentialOrigin.isEmpty() ? m_request.url : m_request.credentialOrigin);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(HttpResponse::Error::Timeout, QStringLiteral("timed out: no complete answer within %1")
                                               .arg(duration(totalTimeoutMs())));
    });
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    if (m_done)
        return;
    m_started = true;
    m_session->jobStarted();
    m_startedMs = nowMs();
    m_deadline->start(totalTimeoutMs());
    const BaseUrlPolicy::Verdict verdict =
        BaseUrlPolicy::check(m_request.url, m_request.allowInsecureLoopback);
    if (!verdict.accepted) {
        m_response.finalUrl = m_request.url;
        fail(HttpResponse::Error::Refused, verdict.reason);
        return;
    }
    startAttempt(m_request.url);
}

void HttpJob::startAttempt(const QUrl& url)
{
    m_currentUrl = url;
    m_response.finalUrl = url;
    m_response.status = 0;
    m_response.headers.clear();
    m_response.body.clear();
    m_received = 0;
    m_digest->reset();
    ++m_response.attempts;

    QNetworkRequest req(url);
    req.setTransferTimeout(idleTimeoutMs());
    req.setSslConfiguration(m_session->m_ssl);
    // Cookies would be a second, unscoped credential: never stored or sent.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(m_session->m_userAgent));
    for (const auto& [key, value] : m_request.headers)
        req.setRawHeader(key, value);
    if (!m_request.authorization.isEmpty() && originOf(url) == m_credentialOrigin)
        req.setRawHeader("Authorization", m_request.authorization);
    if (lcNet().isDebugEnabled()) {
        HeaderList sent;
        for (const QByteArray& name : req.rawHeaderList())
            sent.append({name, req.rawHeader(name)});
        qCDebug(lcNet).noquote() << m_request.method << url.toDisplayString(QUrl::RemoveUserInfo)
                                 << "attempt" << m_response.attempts << '\n'
                                 << redactedHeaders(sent);
    }

    const QByteArray& method = m_request.method;
    QNetworkReply* reply = nullptr;
    if (method == "GET")
        reply = m_session->m_nam->get(req);
    else if (method == "HEAD")
        reply = m_session->m_nam->head(req);
    else
        reply = m_session->m_nam->sendCustomRequest(req, method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { emit progress(received, total); });
}

void HttpJob::onMetaData()
{
    if (!m_reply)
        return;
    if (lcNet().isDebugEnabled()) {
        HeaderList received;
        for (const auto& [name, value] : m_reply->rawHeaderPairs())
            received.append({name, value});
        qCDebug(lcNet).noquote()
            << m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
            << m_currentUrl.toDisplayString(QUrl::RemoveUserInfo) << '\n'
            << redactedHeaders(received);
    }
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_request.limits.maxBodyBytes) {
        fail(HttpResponse::Error::TooLarge,
             QStringLiteral("too large: the server announced %1 bytes, over the %2-byte limit")
                 .arg(declared)
                 .arg(m_request.limits.maxBodyBytes));
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->rawHeader("Content-Type");
    if (m_request.refuseHtml && status >= 200 && status < 300 &&
        type.trimmed().toLower().startsWith("text/html")) {
        fail(HttpResponse::Error::WrongType,
             QStringLiteral("wrong content type: HTTP %1 with an HTML page (%2) instead of the "
                            "data asked for (a login page, captive portal or proxy in the way?)")
                 .arg(status)
                 .arg(QString::fromLatin1(type.left(100))));
    }
}

int HttpJob::idleTimeoutMs() const
{
    const int own = m_request.limits.idleTimeoutMs;
    const int cap = m_session->m_maxIdleTimeoutMs;
    return cap > 0 ? qMin(own, cap) : own;
}

int HttpJob::totalTimeoutMs() const
{
    const int own = m_request.limits.totalTimeoutMs;
    const int cap = m_session->m_maxTotalTimeoutMs;
    return cap > 0 ? qMin(own, cap) : own;
}

bool HttpJob::consume(const QByteArray& chunk)
{
    m_received += chunk.size();
    if (m_received > m_request.limits.maxBodyBytes) {
        fail(HttpResponse::Error::TooLarge,
             QStringLiteral("too large: the body passed the %1-byte limit")
                 .arg(m_request.limits.maxBodyBytes));
        return false;
    }
    m_digest->add(chunk);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Only a successful final body goes to the sink; error pages and
    // redirect bodies stay in memory for the error message.
    if (m_request.sink && status >= 200 && status < 300) {
        if (m_request.sink->write(chunk) != chunk.size()) {
            fail(HttpResponse::Error::SinkFailed, m_request.sink->errorString());
            return false;
        }
    } else {
        m_response.body.append(chunk);
    }
    return true;
}

void HttpJob::onReadyRead()
{
    if (m_reply)
        consume(m_reply->readAll());
}

void HttpJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    if (reply->bytesAvailable() > 0 && !consume(reply->readAll()))
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.status = status;
    m_response.headers.clear();
    for (const auto& [key, value] : reply->rawHeaderPairs())
        m_response.headers.append({key, value});

    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        const QString reason =
            timedOut ? QStringLiteral("timed out: no data for %1").arg(duration(idleTimeoutMs()))
                     : reply->errorString();
        // A partly streamed body cannot be replayed into the sink.
        const bool replayable =
            isIdempotent(m_request.method) && !(m_request.sink && m_received > 0);
        if (replayable && !(reply->error() == QNetworkReply::SslHandshakeFailedError)) {
            m_response.error =
                timedOut ? HttpResponse::Error::Timeout : HttpResponse::Error::Network;
            m_response.errorText = reason;
            retryOrFinish(reason, -1);
        } else {
            fail(timedOut ? HttpResponse::Error::Timeout : HttpResponse::Error::Network, reason);
        }
        return;
    }

    // A status line arrived but the connection failed before the body was
    // complete (truncated transfer): the bytes received are not the resource.
    const int code = int(reply->error());
    const bool transportFailed = (code > 0 && code < 100) || (code >= 300 && code < 400);
    const QByteArray declared = reply->rawHeader("Content-Length");
    const bool shortBody = m_request.method != "HEAD" && !declared.isEmpty() &&
                           reply->rawHeader("Content-Encoding").isEmpty() &&
                           declared.toLongLong() != m_received;
    if (transportFailed || shortBody) {
        const QString reason = QStringLiteral("truncated: %1 of %2 bytes arrived (%3)")
                                   .arg(m_received)
                                   .arg(QString::fromLatin1(declared.isEmpty() ? "?" : declared))
                                   .arg(reply->errorString());
        const bool replayable =
            isIdempotent(m_request.method) && !(m_request.sink && m_received > 0);
        m_response.status = 0;
        if (replayable) {
            m_response.error = HttpResponse::Error::Network;
            m_response.errorText = reason;
            retryOrFinish(reason, -1);
        } else {
            fail(HttpResponse::Error::Network, reason);
        }
        return;
    }

    if (isRedirect(status) && m_request.followRedirects) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            finish();
            return;
        }
        if (m_response.redirects.size() >= m_request.limits.maxRedirects) {
            fail(HttpResponse::Error::TooManyRedirects,
                 QStringLiteral("more than %1 redirects").arg(m_request.limits.maxRedirects));
            return;
        }
        const QUrl next = m_currentUrl.resolved(QUrl::fromEncoded(location));
        if (m_currentUrl.scheme() == QLatin1String("https") &&
            next.scheme() != QLatin1String("https")) {
            fail(HttpResponse::Error::Refused,
                 QStringLiteral("refused a redirect from HTTPS to %1").arg(next.scheme()));
            return;
        }
        const BaseUrlPolicy::Verdict verdict =
            BaseUrlPolicy::check(next, m_request.allowInsecureLoopback);
        if (!verdict.accepted) {
            fail(HttpResponse::Error::Refused,
                 QStringLiteral("refused a redirect to %1: %2").arg(next.host(), verdict.reason));
            return;
        }
        m_response.redirects.append(next);
        if (status == 303 || ((status == 301 || status == 302) && m_request.method == "POST")) {
            m_request.method = "GET";
            m_request.body.clear();
        }
        --m_response.attempts; // a redirect is part of the same attempt
        startAttempt(next);
        return;
    }

    const bool retryable =
        status == 429 || (isIdempotent(m_request.method) &&
                          (status == 500 || status == 502 || status == 503 || status == 504));
    if (retryable && !(m_request.sink && m_received > 0 && status < 300)) {
        retryOrFinish(QStringLiteral("HTTP %1").arg(status),
                      retryAfterMs(reply->rawHeader("Retry-After")));
        return;
    }
    finish();
}

void HttpJob::retryOrFinish(const QString& reason, int retryAfter)
{
    const int attempt = m_response.attempts;
    if (attempt >= m_request.limits.maxAttempts) {
        finish();
        return;
    }
    int delay = retryAfter;
    if (delay < 0) {
        delay = m_session->m_retryBaseMs;
        for (int i = 1; i < attempt && delay < m_session->m_retryCapMs; ++i)
            delay *= 2;
    }
    delay = qMin(delay, m_session->m_retryCapMs);
    const qint64 remaining = totalTimeoutMs() - (nowMs() - m_startedMs);
    if (delay >= remaining) {
        finish();
        return;
    }
    emit m_session->retryScheduled(m_request.url, attempt + 1, delay, reason);
    const QUrl url = m_request.url;
    QTimer::singleShot(delay, this, [this, url] {
        if (m_done)
            return;
        m_response.error = HttpResponse::Error::None;
        m_response.errorText.clear();
        m_response.redirects.clear();
        startAttempt(url);
    });
}

void HttpJob::fail(HttpResponse::Error error, const QString& text)
{
    if (m_done)
        return;
    m_response.error = error;
    m_response.errorText = text;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish();
}

void HttpJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    m_response.bodySize = m_received;
    m_response.sha256 = m_digest->hex();
    if (m_started)
        m_session->jobEnded();
    emit finished(m_response);
    deleteLater();
}

void HttpJob::cancel()
{
    fail(HttpResponse::Error::Cancelled, QStringLiteral("cancelled"));
}

} // namespace Lattice::Net
