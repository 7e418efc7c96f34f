#include "TagTimeline.h"

#include "ImageLaneText.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Lattice::Oci {

namespace {
bool namesAVersion(const QString& tag, const QStringList& channels)
{
    const TagKind kind = classifyTag(tag, channels);
    return kind == TagKind::Version || kind == TagKind::Pinned;
}
} // namespace

QList<TagTimeline> TagTimeline::compute(const QList<TagHistoryRow>& history,
                                        const QList<TagInfo>& current, const QStringList& channels)
{
    QHash<QString, QSet<QString>> versionsByDigest;
    for (const TagInfo& t : current) {
        if (!t.digest.isEmpty() && namesAVersion(t.tag, channels))
            versionsByDigest[t.digest].insert(t.tag);
    }
    QHash<QString, QList<TagHistoryRow>> rowsByTag;
    for (const TagHistoryRow& row : history) {
        rowsByTag[row.tag].append(row);
        if (!row.digest.isEmpty() && namesAVersion(row.tag, channels))
            versionsByDigest[row.digest].insert(row.tag);
    }

    QStringList tags = channels;
    QStringList moved;
    for (auto it = rowsByTag.cbegin(); it != rowsByTag.cend(); ++it) {
        if (!channels.contains(it.key()) && it.value().size() > 1)
            moved << it.key();
    }
    tags << sortedTags(moved);

    QList<TagTimeline> timelines;
    for (const QString& tag : std::as_const(tags)) {
        TagTimeline timeline;
        timeline.tag = tag;
        timeline.channel = channels.contains(tag);
        QList<TagHistoryRow> rows = rowsByTag.value(tag);
        std::sort(rows.begin(), rows.end(), [](const TagHistoryRow& a, const TagHistoryRow& b) {
            return a.observedAt > b.observedAt;
        });
        QDateTime until;
        for (const TagHistoryRow& row : std::as_const(rows)) {
            Entry entry;
            entry.observedAt = row.observedAt;
            entry.digest = row.digest;
            const QSet<QString> versions = versionsByDigest.value(row.digest);
            entry.versions = sortedTags(QStringList(versions.cbegin(), versions.cend()));
            entry.versions.removeAll(tag);
            entry.until = until;
            until = row.observedAt;
            timeline.entries.append(entry);
        }
        timelines.append(timeline);
    }
    return timelines;
}

} // namespace Lattice::Oci
