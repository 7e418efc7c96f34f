#include "WatchedValues.h"

#include <QCoreApplication>

namespace Lattice {

QString WatchedChange::describe() const
{
    if (key.startsWith(QLatin1String("image/")))
        return QCoreApplication::translate("Lattice::WatchedChange",
                                           "The image channel %1 moved from %2 to %3 since you "
                                           "last looked.")
            .arg(key.mid(6), before, after);
    return QCoreApplication::translate("Lattice::WatchedChange",
                                       "The server now resolves the agents' latest to %2 (was "
                                       "%1).")
        .arg(before, after);
}

QMap<QString, QString> imageWatchedValues(const QList<Oci::TagInfo>& tags,
                                          const QStringList& movingChannels)
{
    QMap<QString, QString> values;
    for (const QString& channel : movingChannels) {
        const auto moving = std::find_if(tags.cbegin(), tags.cend(), [&](const Oci::TagInfo& t) {
            return t.tag == channel && t.readable();
        });
        if (moving == tags.cend())
            continue;
        QString best;
        for (const Oci::TagInfo& t : tags) {
            if (t.digest == moving->digest &&
                Oci::classifyTag(t.tag, movingChannels) == Oci::TagKind::Version &&
                t.tag.size() > best.size())
                best = t.tag;
        }
        // The digest decides; the version only names it for the reader.
        const QString shortDigest = moving->digest.section(QLatin1Char(':'), 1).left(12);
        values.insert(QStringLiteral("image/") + channel,
                      best.isEmpty() ? shortDigest
                                     : QStringLiteral("%1 (%2)").arg(best, shortDigest));
    }
    return values;
}

QList<WatchedChange> watchedChanges(const QMap<QString, QString>& lastSeen,
                                    const QMap<QString, QString>& now)
{
    QList<WatchedChange> changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QString before = lastSeen.value(it.key());
        if (!before.isEmpty() && !it.value().isEmpty() && before != it.value())
            changes.append({it.key(), before, it.value()});
    }
    return changes;
}

} // namespace Lattice
