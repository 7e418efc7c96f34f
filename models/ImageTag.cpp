#include "ImageTag.h"

#include <QRegularExpression>

namespace Lattice::Oci {

QStringList TagInfo::platformNames() const
{
    QStringList names;
    for (const PlatformImage& p : platforms)
        names << p.platform;
    names.sort();
    return names;
}

const PlatformImage* TagInfo::platform(const QString& name) const
{
    for (const PlatformImage& p : platforms) {
        if (p.platform == name)
            return &p;
    }
    return nullptr;
}

TagKind classifyTag(const QString& tag, const QStringList& movingChannels)
{
    if (movingChannels.contains(tag))
        return TagKind::Moving;
    static const QRegularExpression version(
        QStringLiteral("^v?\\d+\\.\\d+(\\.\\d+(-[0-9A-Za-z.-]+)?)?$"));
    static const QRegularExpression build(QStringLiteral("^(sha|alpha|beta)-[0-9a-f]{7,40}$"));
    static const QRegularExpression pinned(QStringLiteral("^(alpha|beta)-.+$"));
    if (version.match(tag).hasMatch())
        return TagKind::Version;
    // alpha-<short sha> is a build tag; alpha-0.2.2a41 is a pin. A pin always
    // holds a dot, a short sha never does.
    if (build.match(tag).hasMatch())
        return TagKind::Build;
    if (pinned.match(tag).hasMatch())
        return TagKind::Pinned;
    return TagKind::Other;
}

} // namespace Lattice::Oci
