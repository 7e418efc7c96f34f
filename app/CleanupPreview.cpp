#include "CleanupPreview.h"

#include "GitHubClient.h"
#include "ImageLaneRefresh.h"
#include "RegistryClient.h"
#include "Store.h"

#include <QJsonObject>

namespace Lattice {

QList<Oci::PackageVersion> packageVersionsFromJson(const QJsonArray& versions)
{
    QList<Oci::PackageVersion> result;
    for (const QJsonValue& v : versions) {
        const QJsonObject o = v.toObject();
        Oci::PackageVersion pv;
        pv.id = qint64(o.value(QStringLiteral("id")).toDouble());
        pv.digest = o.value(QStringLiteral("name")).toString();
        pv.createdAt = o.value(QStringLiteral("created_at")).toString();
        const QJsonArray tags = o.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("container"))
                                    .toObject()
                                    .value(QStringLiteral("tags"))
                                    .toArray();
        for (const QJsonValue& t : tags)
            pv.tags << t.toString();
        result.append(pv);
    }
    return result;
}

CleanupPreview::CleanupPreview(GitHubClient* github, RegistryClient* registry, QObject* parent)
    : QObject(parent)
    , m_github(github)
    , m_registry(registry)
{}

void CleanupPreview::start(const QString& org, const QString& package, int keep)
{
    const QString path = QStringLiteral("/orgs/%1/packages/container/%2/versions")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(org)),
                                  QString::fromUtf8(QUrl::toPercentEncoding(package)));
    m_github->getAllPages(path, QStringLiteral("per_page=100"),
                          [this, keep](const QJsonArray& all, const GitHubClient::Error& error) {
                              if (error) {
                                  emit finished(error.message);
                                  return;
                              }
                              inspect(packageVersionsFromJson(all), keep);
                          });
}

void CleanupPreview::inspect(const QList<Oci::PackageVersion>& versions, int keep)
{
    const QStringList tags = Oci::CleanupPlan::allTags(versions);
    if (tags.isEmpty()) {
        m_plan = Oci::CleanupPlan::compute(versions, {}, keep);
        emit finished({});
        return;
    }
    auto* refresh = new ImageLaneRefresh(m_registry, this);
    connect(refresh, &ImageLaneRefresh::finished, this,
            [this, refresh, versions, keep](const QString& error) {
                refresh->deleteLater();
                if (!error.isEmpty()) {
                    emit finished(error);
                    return;
                }
                QHash<QString, Oci::CleanupPlan::TagInspection> inspections;
                for (const Oci::TagInfo& info : refresh->tags()) {
                    Oci::CleanupPlan::TagInspection inspection;
                    inspection.readable = info.readable();
                    // `docker manifest inspect` lists every manifests[] entry,
                    // attestations included, so protection covers them too.
                    for (const QString& digest : info.childDigests)
                        inspection.childDigests << digest;
                    inspections.insert(info.tag, inspection);
                }
                m_plan = Oci::CleanupPlan::compute(versions, inspections, keep);
                emit finished({});
            });
    refresh->start({tags, false, false, false});
}

} // namespace Lattice
