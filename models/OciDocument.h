#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Lattice::Oci {

namespace MediaType {
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char DockerList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
} // namespace MediaType

// The Accept header every manifest request sends: without the list/index
// types a registry may answer with one platform's manifest instead of the
// multi-arch index, and channel comparisons would compare the wrong digest.
QByteArray manifestAcceptHeader();

bool isIndexMediaType(const QString& mediaType);
bool isManifestMediaType(const QString& mediaType);

// Grammar checks from the distribution spec.
bool isValidDigest(const QString& digest); // sha256:<64 lower hex> or sha512:<128 lower hex>
bool isValidTag(const QString& tag);
bool isValidRepository(const QString& name);

struct Platform
{
    QString os;
    QString architecture;
    QString variant;

    QString toString() const; // "linux/arm64" or "linux/arm/v7"
    bool isUnknown() const
    {
        return os == QLatin1String("unknown") && architecture == QLatin1String("unknown");
    }
    bool operator==(const Platform&) const = default;
};

struct Descriptor
{
    QString mediaType;
    QString digest;
    qint64 size = -1;
    std::optional<Platform> platform;
    QMap<QString, QString> annotations;

    // BuildKit provenance/SBOM entries ride along in an index as
    // unknown/unknown platforms; they are not something anyone pulls.
    bool isAttestation() const;
};

// An image index (OCI or Docker list) or a single-platform image manifest.
struct Document
{
    enum class Kind { Index, Manifest };
    Kind kind = Kind::Manifest;
    QString mediaType;
    int schemaVersion = 0;
    QList<Descriptor> manifests; // index only
    Descriptor config;           // manifest only
    QList<Descriptor> layers;    // manifest only
    QMap<QString, QString> annotations;

    // contentType is the response's Content-Type (parameters allowed). When
    // the body names a mediaType too, the two must agree.
    static std::optional<Document> parse(const QByteArray& bytes, const QString& contentType,
                                         QString* error);

    QList<Descriptor> platformManifests() const; // without attestations and unknown/unknown
    QList<Descriptor> attestations() const;
};

// What an image config blob says about the build.
struct ImageConfig
{
    QString os;
    QString architecture;
    QString created;
    QMap<QString, QString> labels;

    static std::optional<ImageConfig> parse(const QByteArray& bytes, QString* error);
};

namespace Annotation {
inline constexpr char Version[] = "org.opencontainers.image.version";
inline constexpr char Revision[] = "org.opencontainers.image.revision";
inline constexpr char Created[] = "org.opencontainers.image.created";
} // namespace Annotation

} // namespace Lattice::Oci

namespace Lattice::Oci {

// "[registry/]namespace/name" as the CLI takes it; the registry defaults to
// ghcr.io. A first component is a registry host when it has a dot or a port,
// or is localhost, as docker decides it.
struct ImageReference
{
    QString registryHost; // "ghcr.io", "127.0.0.1:5000"
    QString repository;   // "latticenet/lattice-server"

    static std::optional<ImageReference> parse(const QString& text, QString* error);
};

} // namespace Lattice::Oci
