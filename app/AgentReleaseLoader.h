#pragma once

#include "AgentRelease.h"

#include <QObject>

namespace Lattice {

class GitHubClient;

// Reads the node agent's releases the way the lane shows them: the whole
// release list (every page), then each release's SHA256SUMS and .sha256
// assets, and turns them into one report per release plus the "latest"
// resolution. Lives on the thread of the GitHubClient it uses.
class AgentReleaseLoader : public QObject
{
    Q_OBJECT
public:
    // The server caps bodies at 512 KiB; a checksum file larger than that is
    // not one the release workflow wrote.
    static constexpr qint64 kChecksumFileLimit = 512 * 1024;

    AgentReleaseLoader(GitHubClient* github, const QString& repository, QObject* parent = nullptr);

    void setPageSize(int perPage) { m_perPage = perPage; }
    void start();

    QString repository() const { return m_repository; }
    const QList<Agent::ReleaseReport>& reports() const { return m_reports; }
    const Agent::LatestResolution& latest() const { return m_latest; }
    // Checksum assets that could not be downloaded (network or HTTP error);
    // the reports name them among their problems as well.
    int failedDownloads() const { return m_failedDownloads; }

signals:
    // error is empty when the release list was read; per-asset failures are
    // in the reports.
    void finished(const QString& error);

private:
    void fetchChecksums();
    void complete();

    GitHubClient* m_github;
    QString m_repository;
    int m_perPage = 100;
    QList<Agent::ReleaseInfo> m_releases;
    QList<Agent::ReleaseChecksums> m_checksums;
    QList<Agent::ReleaseReport> m_reports;
    Agent::LatestResolution m_latest;
    int m_pending = 0;
    int m_failedDownloads = 0;
};

} // namespace Lattice
