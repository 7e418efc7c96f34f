#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lattice::Oci {

// One platform of a tagged image as the registry resolved it.
struct PlatformImage
{
    QString platform; // "linux/amd64"
    QString digest;   // the child manifest digest
    QString configDigest;
    int layerCount = -1; // -1 when the child could not be read
    QString created;     // from the config
    QString version;     // config label org.opencontainers.image.version
    QString revision;    // config label org.opencontainers.image.revision
    int childStatus = 0; // HTTP status of the child check; 404 = broken, 0 = not checked
    bool broken() const { return childStatus == 404; }
};

// A tag and what it points to.
struct TagInfo
{
    QString tag;
    QString digest; // the index digest (what `docker pull` prints)
    QString mediaType;
    QList<PlatformImage> platforms; // attestation entries excluded
    QStringList childDigests;       // every manifests[] digest, attestations included
    int attestationCount = 0;
    QString created; // index annotation, else the newest platform config
    QString version; // index annotation, else the platforms' label
    QString revision;
    QString error; // why the tag could not be read; empty when it was

    QStringList platformNames() const;
    const PlatformImage* platform(const QString& name) const;
    bool readable() const { return error.isEmpty() && !digest.isEmpty(); }
};

// How a tag behaves over time, which decides how the board shows it.
enum class TagKind {
    Moving,  // a channel such as latest, alpha, beta
    Version, // 0.2.1, 0.2, 0.3.3-alpha.2
    Pinned,  // alpha-0.2.2a41, beta-…: an immutable prerelease pin
    Build,   // sha-<hex>, alpha-<hex>: one per build, for readability
    Other,
};

TagKind classifyTag(const QString& tag, const QStringList& movingChannels);

} // namespace Lattice::Oci
