#pragma once

#include "SdkOrder.h"

#include <QJsonDocument>
#include <QObject>
#include <functional>

namespace Lattice {

class GitHubClient;
class Store;

// Reads what the SDK order rule needs through the GitHub API: the tags of
// the SDK, server and agent repositories, the downstream releases (for
// prerelease flags and dates), go.mod, go.sum and sdk.ref at every
// downstream tag, and the commits the pins name; then judges each tag.
//
// A file at a tag's commit never changes, so with a store it is fetched
// once per commit and kept: anonymous GitHub allows 60 requests an hour,
// and a repository with many tags would otherwise exhaust it on every
// refresh.
class SdkOrderLoader : public QObject
{
    Q_OBJECT
public:
    struct Repositories
    {
        QString sdk;    // LatticeNet/lattice-sdk
        QString server; // LatticeNet/lattice-server
        QString agent;  // LatticeNet/lattice-node-agent
    };

    SdkOrderLoader(GitHubClient* github, const Repositories& repos, QObject* parent = nullptr);

    void setStore(Store* store) { m_store = store; }
    void start();

    const QList<Sdk::Verdict>& verdicts() const { return m_verdicts; }
    const Sdk::SdkFacts& sdkFacts() const { return m_facts; }
    // Requests answered from the immutable cache rather than the network.
    int cachedAnswers() const { return m_cached; }
    // The SDK the newest stable server and agent tags pin, for the docs lane.
    QString newestStablePin(const QString& repo) const;
    // Stable tags of a downstream repository, newest first.
    QStringList stableTags(const QString& repo) const;

signals:
    void progress(int done, int total);
    // error is empty when everything needed was read; a file that does not
    // exist is an answer, not an error.
    void finished(const QString& error);

private:
    struct Pending;
    void readLists();
    void readFiles();
    void readCommits();
    void complete();
    void request(const QString& path, const QString& query, const QString& immutableKey,
                 std::function<void(const QJsonDocument&, int status)> done);
    void settle();

    GitHubClient* m_github;
    Repositories m_repos;
    Store* m_store = nullptr;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_cached = 0;
    QString m_error;
    std::function<void()> m_next;
    QList<Sdk::Downstream> m_downstream;
    QHash<QString, QJsonArray> m_releases; // repo → releases
    Sdk::SdkFacts m_facts;
    QList<Sdk::Verdict> m_verdicts;
};

} // namespace Lattice
