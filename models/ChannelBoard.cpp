#include "ChannelBoard.h"

#include <QCoreApplication>
#include <QHash>

namespace Lattice::Oci {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::Oci::ChannelBoard", text);
}
} // namespace

QList<ChannelState> ChannelBoard::compute(const QList<TagInfo>& tags, const QStringList& channels)
{
    QHash<QString, const TagInfo*> byTag;
    for (const TagInfo& t : tags)
        byTag.insert(t.tag, &t);

    QList<ChannelState> states;
    for (const QString& channel : channels) {
        ChannelState state;
        state.channel = channel;
        const TagInfo* info = byTag.value(channel);
        if (!info) {
            state.warnings << tr("The channel is not published.");
            states.append(state);
            continue;
        }
        state.present = true;
        state.digest = info->digest;
        state.mediaType = info->mediaType;
        state.platforms = info->platforms;
        state.created = info->created;
        if (!info->readable()) {
            state.warnings << tr("The tag could not be read: %1").arg(info->error);
            states.append(state);
            continue;
        }
        for (const TagInfo& other : tags) {
            if (other.tag == channel || other.digest != info->digest)
                continue;
            switch (classifyTag(other.tag, channels)) {
            case TagKind::Version:
            case TagKind::Pinned:
                state.sameAs << other.tag;
                break;
            case TagKind::Build:
                state.buildTags << other.tag;
                break;
            default:
                break;
            }
        }
        state.sameAs.sort();
        state.buildTags.sort();
        if (state.sameAs.isEmpty())
            state.warnings << tr("Matches no version tag: nothing immutable pins this image.");
        for (const PlatformImage& p : info->platforms) {
            if (p.broken())
                state.warnings
                    << tr("The %1 child %2 is gone from the registry (manifest unknown).")
                           .arg(p.platform, p.digest);
        }
        states.append(state);
    }

    // Platforms that differ between channels usually mean a build matrix
    // changed or a platform failed to publish.
    for (ChannelState& state : states) {
        if (!state.present || state.platforms.isEmpty())
            continue;
        QStringList mine;
        for (const PlatformImage& p : state.platforms)
            mine << p.platform;
        mine.sort();
        for (const ChannelState& other : states) {
            if (&other == &state || !other.present || other.platforms.isEmpty())
                continue;
            QStringList theirs;
            for (const PlatformImage& p : other.platforms)
                theirs << p.platform;
            theirs.sort();
            if (mine != theirs) {
                state.warnings << tr("Platforms differ from %1: %2 here, %3 there.")
                                      .arg(other.channel, mine.join(QStringLiteral(", ")),
                                           theirs.join(QStringLiteral(", ")));
            }
        }
    }
    return states;
}

} // namespace Lattice::Oci
