#pragma once

#include "HttpExchange.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Lattice::Net {

class HttpJob;

// One QNetworkAccessManager and the rules every request of the desk obeys:
// HTTPS only (loopback HTTP by explicit permission), redirects followed by
// hand so credentials never cross origins and HTTPS never drops to HTTP,
// bounded bodies and times, at most N requests in flight, and back-off on
// 429 and 5xx. A session lives on one thread; its jobs finish on that thread.
class HttpSession : public QObject
{
    Q_OBJECT
public:
    explicit HttpSession(QObject* parent = nullptr);
    ~HttpSession() override;

    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; }
    // Extra CA certificates (PEM) trusted next to the system ones, for a
    // private reverse proxy. Returns false when the file holds none.
    bool addCaFile(const QString& path, QString* error = nullptr);
    // The first retry waits this long, then it doubles up to the cap, unless
    // the server says Retry-After. Tests shorten it.
    void setRetryDelays(int baseMs, int capMs);
    // No request of this session waits longer than idleMs for bytes, or
    // totalMs in all, whatever its own limits say (0: the request's own).
    // Tests shorten them so a stalled server costs milliseconds, not minutes.
    void setTimeoutCaps(int idleMs, int totalMs);
    void setUserAgent(const QByteArray& agent) { m_userAgent = agent; }

    // Starts (or queues) the request. The job is owned by the session and
    // deletes itself after emitting finished().
    HttpJob* send(HttpRequest request);

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    void cancelAll();

signals:
    // Every retry, for status lines ("rate limited, retrying in 4 s").
    void retryScheduled(const QUrl& url, int attempt, int delayMs, const QString& reason);

private:
    friend class HttpJob;
    void jobStarted();
    void jobEnded();
    void pump();

    QNetworkAccessManager* m_nam;
    QSslConfiguration m_ssl;
    QByteArray m_userAgent = "lattice-desk";
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    int m_retryBaseMs = 500;
    int m_retryCapMs = 30000;
    int m_maxIdleTimeoutMs = 0;
    int m_maxTotalTimeoutMs = 0;
    QQueue<QPointer<HttpJob>> m_queue;
};

// One request, through redirects and retries, to one HttpResponse.
class HttpJob : public QObject
{
    Q_OBJECT
public:
    const HttpRequest& request() const { return m_request; }
    void cancel();

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const Lattice::Net::HttpResponse& response);

private:
    friend class HttpSession;
    HttpJob(HttpSession* session, HttpRequest request);
    ~HttpJob() override;

    void start();
    void startAttempt(const QUrl& url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void retryOrFinish(const QString& reason, int retryAfterMs);
    void finish();
    void fail(HttpResponse::Error error, const QString& text);
    bool consume(const QByteArray& chunk);
    int idleTimeoutMs() const;
    int totalTimeoutMs() const;

    HttpSession* m_session;
    HttpRequest m_request;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QString m_credentialOrigin;
    struct Digest;
    std::unique_ptr<Digest> m_digest;
    qint64 m_received = 0;
    qint64 m_startedMs = 0;
    bool m_started = false;
    bool m_done = false;
    QTimer* m_deadline;
};

} // namespace Lattice::Net
