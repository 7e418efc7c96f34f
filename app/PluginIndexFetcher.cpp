#include "PluginIndexFetcher.h"

#include "HttpSession.h"

#include <QFile>

namespace Lattice {

PluginIndexFetcher::PluginIndexFetcher(Net::HttpSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void PluginIndexFetcher::fetch(const QUrl& url, bool allowInsecureLoopback)
{
    cancel();
    Net::HttpRequest request;
    request.url = url;
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
    request.limits.maxBodyBytes = MaxIndexBytes;
    // Raw GitHub serves the index as text/plain and Pages as JSON; an HTML
    // page is a portal or an error page, never an index.
    request.refuseHtml = true;
    request.allowInsecureLoopback = allowInsecureLoopback;
    m_job = m_session->send(std::move(request));
    connect(m_job, &Net::HttpJob::finished, this, [this](const Net::HttpResponse& response) {
        m_job.clear();
        if (response.error == Net::HttpResponse::Error::Cancelled)
            return;
        if (!response.ok()) {
            emit failed(response.describe());
            return;
        }
        emit fetched(response.body, response.finalUrl);
    });
}

void PluginIndexFetcher::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job.clear();
    }
}

std::optional<QByteArray> PluginIndexFetcher::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(MaxIndexBytes + 1);
    if (bytes.size() > MaxIndexBytes) {
        if (error)
            *error = tr("%1 is larger than %2 MiB").arg(path).arg(MaxIndexBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace Lattice
