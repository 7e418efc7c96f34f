#pragma once

#include "ImageTag.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lattice {

// Values a maintainer wants to hear about when they move between two looks:
// what each moving image channel points to, and the release the Lattice
// server resolves as the agents' "latest".
struct WatchedChange
{
    QString key;    // "image/latest", "agent/server-latest"
    QString before; // as last seen
    QString after;

    QString describe() const; // one translated sentence
};

// The watched values of the image lane: per moving channel, the most
// specific version tag sharing its digest, else the short digest.
QMap<QString, QString> imageWatchedValues(const QList<Oci::TagInfo>& tags,
                                          const QStringList& movingChannels);

// What moved. A key never seen before is not a change: the first look only
// records it.
QList<WatchedChange> watchedChanges(const QMap<QString, QString>& lastSeen,
                                    const QMap<QString, QString>& now);

} // namespace Lattice
