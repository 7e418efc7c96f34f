#include "OciDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lattice::Oci {

QByteArray manifestAcceptHeader()
{
    return QByteArray(MediaType::OciIndex) + ", " + MediaType::OciManifest + ", " +
           MediaType::DockerList + ", " + MediaType::DockerManifest;
}

bool isIndexMediaType(const QString& mediaType)
{
    return mediaType == QLatin1String(MediaType::OciIndex) ||
           mediaType == QLatin1String(MediaType::DockerList);
}

bool isManifestMediaType(const QString& mediaType)
{
    return mediaType == QLatin1String(MediaType::OciManifest) ||
           mediaType == QLatin1String(MediaType::DockerManifest);
}

bool isValidDigest(const QString& digest)
{
    static const QRegularExpression re(
        QStringLiteral("^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$"));
    return re.match(digest).hasMatch();
}

bool isValidTag(const QString& tag)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$"));
    return re.match(tag).hasMatch();
}

bool isValidRepository(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(
        "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return name.size() <= 255 && re.match(name).hasMatch();
}

QString Platform::toString() const
{
    QString s = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}

bool Descriptor::isAttestation() const
{
    return annotations.value(QStringLiteral("vnd.docker.reference.type")) ==
           QLatin1String("attestation-manifest");
}

namespace {
QMap<QString, QString> stringMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.value().isString())
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

std::optional<Descriptor> parseDescriptor(const QJsonValue& value, const QString& where,
                                          QString* error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1 is not an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject obj = value.toObject();
    Descriptor d;
    d.mediaType = obj.value(QStringLiteral("mediaType")).toString();
    d.digest = obj.value(QStringLiteral("digest")).toString();
    if (!isValidDigest(d.digest)) {
        *error = QStringLiteral("%1 has an invalid digest \"%2\"").arg(where, d.digest.left(80));
        return std::nullopt;
    }
    const QJsonValue size = obj.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0) {
        *error = QStringLiteral("%1 has no valid size").arg(where);
        return std::nullopt;
    }
    d.size = qint64(size.toDouble());
    if (obj.contains(QStringLiteral("platform"))) {
        const QJsonObject p = obj.value(QStringLiteral("platform")).toObject();
        Platform platform{p.value(QStringLiteral("os")).toString(),
                          p.value(QStringLiteral("architecture")).toString(),
                          p.value(QStringLiteral("variant")).toString()};
        if (platform.os.isEmpty() || platform.architecture.isEmpty()) {
            *error = QStringLiteral("%1 has a platform without os or architecture").arg(where);
            return std::nullopt;
        }
        d.platform = platform;
    }
    d.annotations = stringMap(obj.value(QStringLiteral("annotations")));
    return d;
}

QString stripParameters(const QString& contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}
} // namespace

std::optional<Document> Document::parse(const QByteArray& bytes, const QString& contentType,
                                        QString* error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!json.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject obj = json.object();
    Document doc;
    doc.schemaVersion = obj.value(QStringLiteral("schemaVersion")).toInt();
    if (doc.schemaVersion != 2) {
        *error = QStringLiteral("schemaVersion is %1, expected 2").arg(doc.schemaVersion);
        return std::nullopt;
    }
    const QString declared = stripParameters(contentType);
    const QString bodyType = obj.value(QStringLiteral("mediaType")).toString();
    if (!bodyType.isEmpty() && !declared.isEmpty() && bodyType != declared) {
        *error = QStringLiteral("Content-Type %1 disagrees with the body's mediaType %2")
                     .arg(declared, bodyType);
        return std::nullopt;
    }
    doc.mediaType = bodyType.isEmpty() ? declared : bodyType;
    // An OCI index may omit mediaType; its manifests array still says what it is.
    if (doc.mediaType.isEmpty())
        doc.mediaType = obj.contains(QStringLiteral("manifests"))
                            ? QString::fromLatin1(MediaType::OciIndex)
                            : QString::fromLatin1(MediaType::OciManifest);
    doc.annotations = stringMap(obj.value(QStringLiteral("annotations")));
    if (isIndexMediaType(doc.mediaType)) {
        doc.kind = Kind::Index;
        const QJsonValue manifests = obj.value(QStringLiteral("manifests"));
        if (!manifests.isArray()) {
            *error = QStringLiteral("index has no manifests array");
            return std::nullopt;
        }
        const QJsonArray list = manifests.toArray();
        for (int i = 0; i < list.size(); ++i) {
            auto d = parseDescriptor(list.at(i), QStringLiteral("manifests[%1]").arg(i), error);
            if (!d)
                return std::nullopt;
            doc.manifests.append(*d);
        }
        return doc;
    }
    if (isManifestMediaType(doc.mediaType)) {
        doc.kind = Kind::Manifest;
        auto config =
            parseDescriptor(obj.value(QStringLiteral("config")), QStringLiteral("config"), error);
        if (!config)
            return std::nullopt;
        doc.config = *config;
        const QJsonArray layers = obj.value(QStringLiteral("layers")).toArray();
        for (int i = 0; i < layers.size(); ++i) {
            auto d = parseDescriptor(layers.at(i), QStringLiteral("layers[%1]").arg(i), error);
            if (!d)
                return std::nullopt;
            doc.layers.append(*d);
        }
        return doc;
    }
    *error = QStringLiteral("unsupported media type \"%1\"").arg(doc.mediaType.left(120));
    return std::nullopt;
}

QList<Descriptor> Document::platformManifests() const
{
    QList<Descriptor> result;
    for (const Descriptor& d : manifests) {
        if (d.isAttestation() || !d.platform || d.platform->isUnknown())
            continue;
        result.append(d);
    }
    return result;
}

QList<Descriptor> Document::attestations() const
{
    QList<Descriptor> result;
    for (const Descriptor& d : manifests) {
        if (d.isAttestation() || (d.platform && d.platform->isUnknown()))
            result.append(d);
    }
    return result;
}

std::optional<ImageConfig> ImageConfig::parse(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error)
            *error = QStringLiteral("image config is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject obj = json.object();
    ImageConfig config;
    config.os = obj.value(QStringLiteral("os")).toString();
    config.architecture = obj.value(QStringLiteral("architecture")).toString();
    config.created = obj.value(QStringLiteral("created")).toString();
    config.labels =
        stringMap(obj.value(QStringLiteral("config")).toObject().value(QStringLiteral("Labels")));
    return config;
}

} // namespace Lattice::Oci

namespace Lattice::Oci {

std::optional<ImageReference> ImageReference::parse(const QString& text, QString* error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (text.contains(QLatin1Char('@')) || text.contains(QLatin1String("://"))) {
        *error =
            QStringLiteral("expected [registry/]namespace/name, without a scheme, tag or digest");
        return std::nullopt;
    }
    QStringList parts = text.split(QLatin1Char('/'));
    ImageReference ref;
    ref.registryHost = QStringLiteral("ghcr.io");
    if (parts.size() > 1) {
        const QString first = parts.front();
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
            first == QLatin1String("localhost")) {
            ref.registryHost = first.toLower();
            parts.removeFirst();
        }
    }
    ref.repository = parts.join(QLatin1Char('/'));
    if (!ref.repository.contains(QLatin1Char('/')) || !isValidRepository(ref.repository)) {
        *error = QStringLiteral("\"%1\" is not a lower-case namespace/name repository")
                     .arg(ref.repository);
        return std::nullopt;
    }
    return ref;
}

} // namespace Lattice::Oci
