#pragma once

#include "ImageTag.h"

#include <initializer_list>
#include <utility>

// Small, readable TagInfo values for the image-lane model tests: digests are
// one repeated hex character, so a test can say which image it means.
namespace Lattice::Samples {

inline QString digest(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

inline Oci::TagInfo tag(const QString& name, char index,
                        std::initializer_list<std::pair<const char*, char>> platforms,
                        const QString& created = QStringLiteral("2026-07-10T09:41:12Z"))
{
    Oci::TagInfo t;
    t.tag = name;
    t.digest = digest(index);
    t.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    t.created = created;
    for (const auto& [platform, child] : platforms) {
        Oci::PlatformImage p;
        p.platform = QString::fromLatin1(platform);
        p.digest = digest(child);
        p.configDigest = digest(char(child + 1));
        p.layerCount = 3;
        p.created = created;
        t.platforms.append(p);
        t.childDigests << p.digest;
    }
    return t;
}

inline QStringList channels()
{
    return {QStringLiteral("latest"), QStringLiteral("alpha"), QStringLiteral("beta")};
}

// latest = 0.2.1 = 0.2 on one index, alpha = 0.2.0 on another, no beta, and
// a pinned alpha whose arm64 child is gone.
inline QList<Oci::TagInfo> releaseTags()
{
    QList<Oci::TagInfo> tags{
        tag(QStringLiteral("latest"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
        tag(QStringLiteral("0.2.1"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
        tag(QStringLiteral("0.2"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
        tag(QStringLiteral("sha-993e56759a74"), '1', {{"linux/amd64", 'a'}, {"linux/arm64", 'c'}}),
        tag(QStringLiteral("alpha"), '5', {{"linux/amd64", 'e'}, {"linux/arm64", '7'}},
            QStringLiteral("2026-07-05T14:22:09Z")),
        tag(QStringLiteral("0.2.0"), '5', {{"linux/amd64", 'e'}, {"linux/arm64", '7'}},
            QStringLiteral("2026-07-05T14:22:09Z")),
        tag(QStringLiteral("alpha-0.2.1a9"), '9', {{"linux/amd64", '2'}, {"linux/arm64", '3'}},
            QStringLiteral("2026-07-08T10:55:37Z")),
    };
    tags[6].platforms[1].childStatus = 404;
    return tags;
}

} // namespace Lattice::Samples
