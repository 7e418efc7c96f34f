#include "ArtifactDownloader.h"

#include "AgentRelease.h"
#include "ChecksumList.h"
#include "GitHubClient.h"
#include "GoBuildInfo.h"
#include "HttpSession.h"
#include "Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace Lattice {

ArtifactDownloader::ArtifactDownloader(GitHubClient* github, QObject* parent)
    : QObject(parent)
    , m_github(github)
{}

ArtifactDownloader::~ArtifactDownloader() = default;

void ArtifactDownloader::start(const QString& repository, const QString& tag, const QString& asset,
                               const QString& directory)
{
    m_asset = asset;
    m_directory = directory;
    m_running = true;
    m_cancelled = false;
    m_expected.clear();
    m_actual.clear();
    m_path = QDir(directory).filePath(asset);
    const QString path = QStringLiteral("/repos/%1/releases/tags/%2")
                             .arg(repository, QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    m_github->get(path, {}, [this, tag](const QJsonDocument& doc, const GitHubClient::Error& e) {
        if (stopIfCancelled())
            return;
        if (e) {
            finish(Outcome::NetworkError, QStringLiteral("release %1: %2").arg(tag, e.message));
            return;
        }
        const Agent::ReleaseInfo release = Agent::ReleaseInfo::fromJson(doc.object());
        const Agent::ReleaseAsset* target = release.asset(m_asset);
        const Agent::ReleaseAsset* sums = release.asset(QStringLiteral("SHA256SUMS"));
        if (!target) {
            finish(Outcome::NotPublished,
                   QStringLiteral("release %1 has no asset %2").arg(tag, m_asset));
            return;
        }
        if (!sums) {
            finish(Outcome::NotPublished,
                   QStringLiteral("release %1 publishes no SHA256SUMS").arg(tag));
            return;
        }
        const QUrl assetUrl(target->downloadUrl.isEmpty() ? target->apiUrl : target->downloadUrl);
        const QUrl sumsUrl(sums->downloadUrl.isEmpty() ? sums->apiUrl : sums->downloadUrl);
        // The release says how large the asset is; a longer body is not that
        // asset, and stops before it is written rather than at the digest.
        m_maxAssetBytes = target->size > 0 ? qMin(target->size, kMaxAssetBytes) : kMaxAssetBytes;
        m_github->download(
            sumsUrl, nullptr, 512 * 1024, [this, assetUrl](const Net::HttpResponse& r) {
                if (stopIfCancelled())
                    return;
                if (!r.ok()) {
                    finish(Outcome::NetworkError,
                           QStringLiteral("SHA256SUMS: %1").arg(r.describe()));
                    return;
                }
                const ChecksumList list = ChecksumList::parse(r.body);
                const QString key = ChecksumList::keyFor(m_asset);
                for (const ChecksumList::Entry& entry : list.entries()) {
                    if (entry.key == key && entry.refusal == ChecksumList::Refusal::None) {
                        m_expected = entry.digest;
                        break;
                    }
                }
                if (m_expected.isEmpty()) {
                    finish(Outcome::NotPublished,
                           QStringLiteral("SHA256SUMS has no line for %1").arg(m_asset));
                    return;
                }
                if (list.conflicts().contains(m_asset)) {
                    finish(
                        Outcome::NotPublished,
                        QStringLiteral("SHA256SUMS lists %1 with different digests").arg(m_asset));
                    return;
                }
                fetchAsset(assetUrl);
            });
    });
}

void ArtifactDownloader::fetchAsset(const QUrl& url)
{
    m_sourceUrl = url.toString();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(Outcome::LocalError, QStringLiteral("%1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    m_job =
        m_github->download(url, m_file.get(), m_maxAssetBytes, [this](const Net::HttpResponse& r) {
            if (stopIfCancelled())
                return;
            if (!r.ok()) {
                finish(r.error == Net::HttpResponse::Error::SinkFailed ? Outcome::LocalError
                                                                       : Outcome::NetworkError,
                       QStringLiteral("%1: %2").arg(m_asset, r.describe()));
                return;
            }
            m_actual = r.sha256;
            if (m_actual != m_expected) {
                finish(Outcome::Mismatch,
                       QStringLiteral("%1: SHA-256 %2 does not match SHA256SUMS %3")
                           .arg(m_asset, QLatin1String(m_actual), QLatin1String(m_expected)));
                return;
            }
            if (!m_file->commit()) {
                const QString error = m_file->errorString();
                m_file.reset();
                finish(Outcome::LocalError, QStringLiteral("%1: %2").arg(m_path, error));
                return;
            }
            m_file.reset();
            // Agent binaries are kept to be run (by Check identity, or copied to
            // a node), so they get the mode install.sh gives them.
            // Execute follows read, so the umask still decides who may.
            if (Agent::agentAssetPlatform(m_asset)) {
                QFile::Permissions mode = QFile::permissions(m_path);
                if (mode & QFileDevice::ReadOwner)
                    mode |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
                if (mode & QFileDevice::ReadGroup)
                    mode |= QFileDevice::ExeGroup;
                if (mode & QFileDevice::ReadOther)
                    mode |= QFileDevice::ExeOther;
                QFile::setPermissions(m_path, mode);
            }
            if (m_store) {
                Store::Artifact record{QString::fromLatin1(m_actual),
                                       m_asset,
                                       QFileInfo(m_path).absoluteFilePath(),
                                       r.bodySize,
                                       m_sourceUrl,
                                       QDateTime::currentDateTimeUtc()};
                m_store->recordArtifact(record);
            }
            finish(Outcome::Verified, QStringLiteral("%1: SHA-256 %2 matches SHA256SUMS")
                                          .arg(m_asset, QLatin1String(m_actual)));
        });
    if (m_job)
        connect(m_job, &Net::HttpJob::progress, this, &ArtifactDownloader::progress);
}

void ArtifactDownloader::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // A running asset download ends at once; a pending API request ends in
    // its callback, which sees the flag.
    if (m_job)
        m_job->cancel();
}

bool ArtifactDownloader::stopIfCancelled()
{
    if (!m_cancelled)
        return false;
    finish(Outcome::Cancelled, QStringLiteral("%1: download cancelled").arg(m_asset));
    return true;
}

void ArtifactDownloader::finish(Outcome outcome, const QString& message)
{
    // Dropping an uncommitted QSaveFile removes its temporary file.
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_job.clear();
    m_running = false;
    m_outcome = outcome;
    m_message = message;
    emit finished();
}

} // namespace Lattice
