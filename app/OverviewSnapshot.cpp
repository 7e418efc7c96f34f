#include "OverviewSnapshot.h"

#include "Store.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent>

namespace Lattice {

OverviewSnapshot::OverviewSnapshot(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
{}

void OverviewSnapshot::save(const LaneHealth& health)
{
    if (health.stored || m_storePath.isEmpty() || !health.asOf.isValid())
        return;
    const QString lane = QLatin1String(kLanePrefix) + laneId(health.lane);
    const QByteArray payload = QJsonDocument(health.toJson()).toJson(QJsonDocument::Compact);
    const QDateTime at = health.asOf;
    // Fire and forget: losing one card's snapshot costs only its "as of".
    (void)QtConcurrent::run([path = m_storePath, lane, payload, at] {
        Store store;
        if (store.open(path))
            store.putSnapshot(lane, payload, at);
    });
}

void OverviewSnapshot::load()
{
    if (m_storePath.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QList<LaneHealth>>(this);
    connect(watcher, &QFutureWatcher<QList<LaneHealth>>::finished, this, [this, watcher] {
        emit loaded(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath] {
        QList<LaneHealth> lanes;
        Store store;
        if (!store.open(path))
            return lanes;
        for (Lane lane : allLanes()) {
            const auto stored = store.snapshot(QLatin1String(kLanePrefix) + laneId(lane));
            if (!stored)
                continue;
            if (const auto health =
                    LaneHealth::fromJson(QJsonDocument::fromJson(stored->payload).object()))
                lanes.append(*health);
        }
        return lanes;
    }));
}

} // namespace Lattice
