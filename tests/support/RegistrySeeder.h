#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>

namespace Lattice::Test {

// Media types of the OCI image spec and of Docker's v2 schema.
namespace MediaType {
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char OciLayerGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr char DockerManifestList[] =
    "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
inline constexpr char DockerLayerGzip[] = "application/vnd.docker.image.rootfs.diff.tar.gzip";
inline constexpr char InTotoStatement[] = "application/vnd.in-toto+json";
} // namespace MediaType

enum class ManifestFormat {
    Oci,    // OCI image index / image manifest
    Docker, // Docker manifest list / v2 schema 2 manifest
};

struct Platform
{
    QString os = QStringLiteral("linux");
    QString architecture;
    QString variant; // e.g. "v8"; empty when absent

    QString toString() const; // "linux/arm64" or "linux/arm64/v8"
};

// One platform image: its config blob carries the OCI version/revision/created
// labels, and each layer is a small real tar+gzip.
struct ImageSpec
{
    Platform platform;
    QString version;
    QString revision;
    QString created;                    // UTC "YYYY-MM-DDTHH:MM:SSZ"
    QMap<QString, QString> labels;      // further config labels
    QMap<QString, QString> annotations; // manifest level; OCI only
    int layerCount = 1;
};

struct IndexSpec
{
    ManifestFormat format = ManifestFormat::Oci;
    QList<ImageSpec> images;
    // BuildKit provenance: one attestation manifest per image, listed as
    // platform unknown/unknown after the images. OCI only.
    bool attestations = false;
    QMap<QString, QString> annotations; // index level; OCI only
};

struct PushedBlob
{
    QString digest;
    qint64 size = 0;
    QString mediaType;
};

struct PushedManifest
{
    QString digest; // sha256 of bytes, exactly as pushed
    qint64 size = 0;
    QString mediaType;
    QByteArray bytes;
};

struct PushedImage
{
    PushedManifest manifest;
    Platform platform;
    PushedBlob config;
    QList<PushedBlob> layers;
};

struct PushedIndex
{
    PushedManifest manifest;
    QList<PushedImage> images;
    QList<PushedManifest> attestations; // same order as images
};

// What went wrong on the last call, phrased so it can go straight into a test
// failure or onto stderr.
struct SeedError
{
    int httpStatus = 0; // 0 when no HTTP answer arrived (or a local check failed)
    QStringList codes;  // registry error codes, e.g. "MANIFEST_BLOB_UNKNOWN"
    QString message;    // one line naming the request, status, codes and details

    bool isEmpty() const { return message.isEmpty(); }
};

// Pushes content to a real distribution registry through the standard upload
// API, without authentication. Calls block on a local event loop, so a
// QCoreApplication must exist; each request is bounded by the timeout.
// Plain http:// is accepted only for loopback hosts.
class RegistrySeeder
{
public:
    RegistrySeeder(const QUrl& registry, const QString& repository,
                   std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // False when the URL or repository name was refused; lastError() says why.
    bool isValid() const { return m_valid; }
    const SeedError& lastError() const { return m_error; }
    QUrl registry() const { return m_registry; }
    QString repository() const { return m_repository; }

    // POST /v2/<name>/blobs/uploads/ then a monolithic PUT ?digest=.
    std::optional<PushedBlob> pushBlob(const QByteArray& content, const QString& mediaType);
    // PUT /v2/<name>/manifests/<reference>; an empty reference pushes by digest.
    std::optional<PushedManifest> pushManifest(const QByteArray& bytes, const QString& mediaType,
                                               const QString& reference = {});
    // Points a tag at an already pushed manifest by pushing the same bytes.
    bool tag(const PushedManifest& manifest, const QString& tag);
    // DELETE /v2/<name>/manifests/<digest>.
    bool deleteManifest(const QString& digest);

    // Config, layers and manifest of one platform image, pushed untagged.
    std::optional<PushedImage> pushImage(const ImageSpec& spec, ManifestFormat format);
    // Every image (and attestation) first, then the index under each tag, or
    // by digest alone when tags is empty.
    std::optional<PushedIndex> pushIndex(const IndexSpec& spec, const QStringList& tags);

    static bool isValidRepository(const QString& name);
    static bool isValidTag(const QString& tag);
    static bool isValidDigest(const QString& digest);
    static QString digestOf(const QByteArray& bytes); // "sha256:<hex>"

private:
    struct Response;
    Response send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
                  const QByteArray& contentType = {});
    QUrl endpoint(const QString& suffix) const;
    bool fail(const QString& what, const Response& response);
    bool failLocally(const QString& message);
    std::optional<PushedManifest> pushAttestation(const PushedImage& subject,
                                                  const ImageSpec& spec);

    QUrl m_registry;
    QString m_repository;
    std::chrono::milliseconds m_timeout;
    bool m_valid = false;
    SeedError m_error;
    QNetworkAccessManager m_nam;
};

// What seedRealisticHistory() pushed, for tests and the demo to compare with.
struct SeededChild
{
    QString platform; // "linux/amd64", "linux/arm64/v8", "unknown/unknown"
    QString digest;
    QString mediaType;
    qint64 size = 0;
    bool deleted = false; // removed from the registry after the push
};

struct SeededIndex
{
    QString digest;
    QString mediaType;
    qint64 size = 0;
    QStringList tags;       // tags pointing here once seeding finished
    QStringList formerTags; // tags that pointed here and moved on
    QString version;
    QString revision;
    QString created;
    QList<SeededChild> children;     // per platform
    QList<SeededChild> attestations; // unknown/unknown entries
    QString note;                    // why this index is in the preset

    bool isBroken() const;
};

struct SeededHistory
{
    QUrl registry;
    QString repository;
    QList<SeededIndex> indexes;  // in push order, untagged ones included
    QMap<QString, QString> tags; // every tag -> index digest

    const SeededIndex* indexForTag(const QString& tag) const;
    const SeededIndex* indexForDigest(const QString& digest) const;
    QStringList brokenTags() const;      // tags whose index lost a child
    QStringList untaggedDigests() const; // indexes no tag points to
    QJsonObject toJson() const;
};

// A history shaped like ghcr.io/latticenet/lattice-server (release-lanes.md
// a.2/a.3): stable, moving, sha- and pinned alpha tags over two-platform OCI
// indexes, plus the awkward cases a dashboard must handle: an old Docker
// manifest list, an index with attestation entries, a tag whose arm64 child
// was deleted, and an index left untagged when `latest` moved.
std::optional<SeededHistory>
seedRealisticHistory(const QUrl& registryUrl, const QString& repository, QString* error = nullptr);

} // namespace Lattice::Test
