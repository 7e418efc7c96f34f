#pragma once

#include "DocsCoverage.h"

#include <QObject>

namespace Lattice {

class GitHubClient;

// Reads the docs site's repository: the release-notes pages under
// docs/developers on the default branch with their version matrices, and
// the newest commit, which is what the site deploys (every push to the
// default branch is deployed; tags play no part).
class DocsLaneLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr char kPagesDir[] = "docs/developers";

    DocsLaneLoader(GitHubClient* github, const QString& repository, QObject* parent = nullptr);

    void start();

    const QList<Docs::ReleasePage>& pages() const { return m_pages; }
    const Docs::DocsCommit& latestCommit() const { return m_commit; }

signals:
    // pages() and latestCommit() are empty unless error is.
    void finished(const QString& error);

private:
    void readPages(const QString& branch);
    void fail(const QString& error);
    void settle();

    GitHubClient* m_github;
    QString m_repository;
    QList<Docs::ReleasePage> m_pages;
    Docs::DocsCommit m_commit;
    int m_pending = 0;
    QString m_error;
};

} // namespace Lattice
