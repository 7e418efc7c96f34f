#pragma once

#include "ImageTag.h"

#include <QDateTime>

namespace Lattice::Oci {

// One recorded change of a tag: from observedAt on, the desk saw it point at
// digest. The store writes a row only when the digest differs from the last.
struct TagHistoryRow
{
    QString tag;
    QString digest;
    QDateTime observedAt;
};

// When a moving tag changed and to what, newest first, with the version tags
// that named the same image.
struct TagTimeline
{
    struct Entry
    {
        QDateTime observedAt;
        QString digest;
        QStringList versions; // version and pinned tags seen on this digest
        QDateTime until;      // when the next change was seen; invalid for the newest
    };

    QString tag;
    bool channel = false; // one of the profile's moving channels
    QList<Entry> entries;

    // Timelines for every moving channel (observed or not) and for every other
    // tag the history saw move. A digest is matched to version tags by the
    // current tag list and by the history of the immutable tags.
    static QList<TagTimeline> compute(const QList<TagHistoryRow>& history,
                                      const QList<TagInfo>& current, const QStringList& channels);
};

} // namespace Lattice::Oci
