#pragma once

#include "CleanupPlan.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Lattice {

class GitHubClient;
class RegistryClient;
class Store;

// Reproduces one run of the upstream weekly cleanup without deleting
// anything: page through the package's versions (GitHub Packages API, token
// needed), inspect every tag anonymously on the registry, then apply
// CleanupPlan. The registry client must carry no credentials, like the
// workflow's anonymous `docker manifest inspect`.
class CleanupPreview : public QObject
{
    Q_OBJECT
public:
    CleanupPreview(GitHubClient* github, RegistryClient* registry, QObject* parent = nullptr);

    void setStore(Store* store) { m_store = store; }
    void start(const QString& org, const QString& package, int keep);

    const Oci::CleanupPlan& plan() const { return m_plan; }

signals:
    void finished(const QString& error); // empty on success; plan() holds the result

private:
    void inspect(const QList<Oci::PackageVersion>& versions, int keep);

    QPointer<GitHubClient> m_github;
    QPointer<RegistryClient> m_registry;
    Store* m_store = nullptr;
    Oci::CleanupPlan m_plan;
};

QList<Oci::PackageVersion> packageVersionsFromJson(const QJsonArray& versions);

} // namespace Lattice
