#pragma once

#include "LaneHealth.h"

#include <QList>
#include <QObject>

namespace Lattice {

// The overview's last known state of every lane, kept in the store so the
// window opens on it, offline too, with its "as of" times. Reads and writes
// run on the thread pool, each with its own store connection: the GUI thread
// never waits for the disk.
class OverviewSnapshot : public QObject
{
    Q_OBJECT
public:
    static constexpr char kLanePrefix[] = "overview/";

    explicit OverviewSnapshot(const QString& storePath, QObject* parent = nullptr);

    // A health from a live refresh; stored ones are not written back.
    void save(const LaneHealth& health);
    void load();

signals:
    void loaded(const QList<Lattice::LaneHealth>& lanes);

private:
    QString m_storePath;
};

} // namespace Lattice
