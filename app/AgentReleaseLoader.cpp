#include "AgentReleaseLoader.h"

#include "GitHubClient.h"
#include "HttpSession.h"

#include <QJsonObject>
#include <QTimer>

namespace Lattice {

AgentReleaseLoader::AgentReleaseLoader(GitHubClient* github, const QString& repository,
                                       QObject* parent)
    : QObject(parent)
    , m_github(github)
    , m_repository(repository)
{}

void AgentReleaseLoader::start()
{
    m_releases.clear();
    m_checksums.clear();
    m_reports.clear();
    m_latest = {};
    m_failedDownloads = 0;
    m_github->getAllPages(QStringLiteral("/repos/%1/releases").arg(m_repository),
                          QStringLiteral("per_page=%1").arg(m_perPage),
                          [this](const QJsonArray& list, const GitHubClient::Error& error) {
                              if (error) {
                                  emit finished(error.message);
                                  return;
                              }
                              for (const QJsonValue& v : list)
                                  m_releases.append(Agent::ReleaseInfo::fromJson(v.toObject()));
                              fetchChecksums();
                          });
}

void AgentReleaseLoader::fetchChecksums()
{
    m_checksums.resize(m_releases.size());
    m_pending = 1; // held until every request is out, so a fast answer cannot complete early
    for (int i = 0; i < m_releases.size(); ++i) {
        const Agent::ReleaseInfo& release = m_releases.at(i);
        for (const Agent::ReleaseAsset& asset : release.assets) {
            if (asset.name != QLatin1String("SHA256SUMS") &&
                !asset.name.endsWith(QLatin1String(".sha256")))
                continue;
            // Drafts have no public download link; their API url needs the
            // token that made them visible.
            const QUrl url(release.draft || asset.downloadUrl.isEmpty() ? asset.apiUrl
                                                                        : asset.downloadUrl);
            ++m_pending;
            const QString name = asset.name;
            m_github->download(url, nullptr, kChecksumFileLimit,
                               [this, i, name](const Net::HttpResponse& r) {
                                   Agent::ReleaseChecksums& c = m_checksums[i];
                                   if (!r.ok()) {
                                       c.fetchErrors.insert(name, r.describe());
                                       ++m_failedDownloads;
                                   } else {
                                       if (name == QLatin1String("SHA256SUMS"))
                                           c.sha256Sums = r.body;
                                       else
                                           c.sha256Files.insert(name, r.body);
                                       c.localHashes.insert(name, r.sha256);
                                   }
                                   if (--m_pending == 0)
                                       complete();
                               });
        }
    }
    if (--m_pending == 0)
        QTimer::singleShot(0, this, &AgentReleaseLoader::complete);
}

void AgentReleaseLoader::complete()
{
    for (int i = 0; i < m_releases.size(); ++i) {
        m_reports.append(Agent::ReleaseReport::build(m_releases.at(i), m_checksums.at(i)));
    }
    m_latest = Agent::LatestResolution::resolve(m_releases);
    emit finished({});
}

} // namespace Lattice
