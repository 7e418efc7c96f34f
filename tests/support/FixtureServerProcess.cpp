#include "FixtureServerProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Lattice::Test {

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int ControlTimeoutMs = 15000;

bool sameHost(const QUrl& a, const QUrl& b)
{
    return a.host() == b.host() && a.port() == b.port();
}

} // namespace

FixtureServerProcess::~FixtureServerProcess()
{
    stop();
}

bool FixtureServerProcess::start(const QStringList& extraArgs, QString* error)
{
    auto fail = [this, error](const QString& message) {
        if (error)
            *error = message;
        stop();
        return false;
    };
    if (m_process.state() != QProcess::NotRunning)
        return fail(QStringLiteral("the fixture server is already running"));
    const QString program = fixtureServerExecutable();
    if (program.isEmpty())
        return fail(
            QStringLiteral("LATTICE_FIXTURE_SERVER is not set; run the test through CTest"));

    // The server exits when its stdin closes, so a crashed test leaves no
    // server behind. Its diagnostics go to the test's own stderr.
    m_process.setProgram(program);
    m_process.setArguments(extraArgs + QStringList{QStringLiteral("--exit-on-stdin-eof")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));

    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())) &&
            m_process.state() == QProcess::NotRunning)
            break;
    }
    if (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning) {
            return fail(QStringLiteral(
                            "the fixture server exited with status %1 before announcing its URLs")
                            .arg(m_process.exitCode()));
        }
        return fail(QStringLiteral("the fixture server did not announce its URLs in time"));
    }

    const QJsonObject announcement = QJsonDocument::fromJson(m_process.readLine()).object();
    m_base = QUrl(announcement.value(QStringLiteral("base")).toString());
    m_download = QUrl(announcement.value(QStringLiteral("download")).toString());
    m_scenario = announcement.value(QStringLiteral("scenario")).toString();
    if (!m_base.isValid() || m_base.port() <= 0 || !m_download.isValid() || m_download.port() <= 0)
        return fail(QStringLiteral("unexpected start-up line from the fixture server"));
    return true;
}

void FixtureServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_base.clear();
    m_download.clear();
    m_scenario.clear();
}

FixtureServerProcess::ControlReply FixtureServerProcess::control(const QByteArray& verb,
                                                                 const QString& pathAndQuery,
                                                                 const QByteArray& body) const
{
    ControlReply result;
    if (!m_base.isValid()) {
        result.error = QStringLiteral("the fixture server is not running");
        return result;
    }
    QNetworkAccessManager nam;
    // Loopback must never go through a proxy configured for the machine.
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_base.toString() + QStringLiteral("/_fixture") + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ControlTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("control request %1 timed out").arg(pathAndQuery);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.error = reply->errorString();
    }
    delete reply;
    return result;
}

QJsonArray FixtureServerProcess::requests(const QUrl& host) const
{
    QString query;
    if (!host.isEmpty()) {
        if (sameHost(host, m_base))
            query = QStringLiteral("?host=api");
        else if (sameHost(host, m_download))
            query = QStringLiteral("?host=download");
        else
            return {};
    }
    const ControlReply reply = control("GET", QStringLiteral("/requests") + query);
    return reply.status == 200 ? QJsonDocument::fromJson(reply.body).array() : QJsonArray();
}

bool FixtureServerProcess::clearRequests() const
{
    return control("DELETE", QStringLiteral("/requests")).status == 200;
}

bool FixtureServerProcess::postControl(const QString& path, const QJsonObject& body,
                                       QJsonObject* reply, QString* error) const
{
    const ControlReply r = control("POST", QLatin1Char('/') + path, QJsonDocument(body).toJson());
    if (reply)
        *reply = QJsonDocument::fromJson(r.body).object();
    if (r.status >= 200 && r.status < 300)
        return true;
    if (error)
        *error = r.error.isEmpty()
                     ? QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))
                     : r.error;
    return false;
}

bool FixtureServerProcess::injectFault(const QJsonObject& fault, QString* error) const
{
    const ControlReply reply =
        control("POST", QStringLiteral("/faults"), QJsonDocument(fault).toJson());
    if (reply.status == 201)
        return true;
    if (error) {
        *error = reply.error.isEmpty() ? QJsonDocument::fromJson(reply.body)
                                             .object()
                                             .value(QStringLiteral("error"))
                                             .toString()
                                       : reply.error;
    }
    return false;
}

bool FixtureServerProcess::clearFaults() const
{
    return control("DELETE", QStringLiteral("/faults")).status == 200;
}

bool FixtureServerProcess::reset() const
{
    return control("POST", QStringLiteral("/reset")).status == 200;
}

} // namespace Lattice::Test
