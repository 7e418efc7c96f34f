#pragma once

#include "ImageTag.h"

namespace Lattice::Oci {

// What each moving channel points to and how it relates to the immutable
// tags: "latest = 0.2.1 = 0.2".
struct ChannelState
{
    QString channel;
    bool present = false;
    QString digest;
    QString mediaType;
    QStringList sameAs;    // version and pinned tags with the same index digest
    QStringList buildTags; // sha-… tags with the same digest
    QList<PlatformImage> platforms;
    QString created;
    QStringList warnings;
};

class ChannelBoard
{
public:
    static QList<ChannelState> compute(const QList<TagInfo>& tags, const QStringList& channels);
};

} // namespace Lattice::Oci
