#include "RegistrySeeder.h"

#include "BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <utility>

namespace Lattice::Test {

namespace {

// Manifests are written by hand rather than through QJsonDocument: real tools
// emit keys in struct order (schemaVersion first), and QJsonDocument sorts
// them. Seeding bytes that a QJsonDocument round trip would reproduce exactly
// would hide the bug of hashing a re-serialised manifest.
using Member = std::pair<QByteArray, QByteArray>;

QByteArray jsonStringFromUtf8(const QByteArray& utf8)
{
    QByteArray out("\"");
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20) {
            out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray jsonString(const QString& text)
{
    return jsonStringFromUtf8(text.toUtf8());
}

QByteArray jsonObject(const QList<Member>& members)
{
    QByteArray out("{");
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += jsonStringFromUtf8(members[i].first) + ':' + members[i].second;
    }
    return out + '}';
}

QByteArray jsonArray(const QList<QByteArray>& items)
{
    return '[' + items.join(',') + ']';
}

// Go marshals maps with sorted keys, which is what QMap iterates in.
QByteArray jsonStringMap(const QMap<QString, QString>& map)
{
    QList<Member> members;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        members.append({it.key().toUtf8(), jsonString(it.value())});
    return jsonObject(members);
}

QByteArray jsonNumber(qint64 value)
{
    return QByteArray::number(value);
}

void newline(QByteArray& out, int depth, int width)
{
    out += '\n';
    out += QByteArray(depth * width, ' ');
}

// The layout of Go's json.MarshalIndent, which Docker uses for schema 2
// manifests and manifest lists (three spaces).
QByteArray indented(const QByteArray& compact, int width)
{
    QByteArray out;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            const char close = c == '{' ? '}' : ']';
            out += c;
            if (i + 1 < compact.size() && compact[i + 1] == close) {
                out += close;
                ++i;
                break;
            }
            newline(out, ++depth, width);
            break;
        }
        case '}':
        case ']':
            newline(out, --depth, width);
            out += c;
            break;
        case ',':
            out += c;
            newline(out, depth, width);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray descriptor(const QString& mediaType, const QString& digest, qint64 size,
                      ManifestFormat format)
{
    // Docker's descriptor struct lists size before digest; OCI's the reverse.
    if (format == ManifestFormat::Docker)
        return jsonObject({{"mediaType", jsonString(mediaType)},
                           {"size", jsonNumber(size)},
                           {"digest", jsonString(digest)}});
    return jsonObject({{"mediaType", jsonString(mediaType)},
                       {"digest", jsonString(digest)},
                       {"size", jsonNumber(size)}});
}

QByteArray platformJson(const Platform& platform)
{
    QList<Member> members{{"architecture", jsonString(platform.architecture)},
                          {"os", jsonString(platform.os)}};
    if (!platform.variant.isEmpty())
        members.append({"variant", jsonString(platform.variant)});
    return jsonObject(members);
}

// A one-file ustar archive, so that layers are real tar+gzip content that
// pulling tools can unpack.
QByteArray tarWithOneFile(const QByteArray& name, const QByteArray& content, qint64 mtime)
{
    QByteArray header(512, '\0');
    const auto put = [&header](int offset, const QByteArray& value) {
        header.replace(offset, value.size(), value);
    };
    const auto octal = [](qint64 value, int digits) {
        return QByteArray::number(value, 8).rightJustified(digits, '0');
    };
    put(0, name.left(99));
    put(100, octal(0644, 7));
    put(108, octal(0, 7));
    put(116, octal(0, 7));
    put(124, octal(content.size(), 11));
    put(136, octal(mtime, 11));
    put(148, QByteArray(8, ' ')); // the checksum is computed over spaces here
    header[156] = '0';
    put(257, QByteArray("ustar\0", 6));
    put(263, "00");
    put(265, "root");
    put(297, "root");
    unsigned int sum = 0;
    for (const char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    put(148, octal(sum, 6) + '\0' + ' ');

    QByteArray tar = header + content;
    tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    tar += QByteArray(1024, '\0'); // two zero blocks end the archive
    return tar;
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFFu);
}

// gzip with stored (uncompressed) deflate blocks: valid for every gunzip, and
// needs no compression library for a few hundred bytes.
QByteArray gzipStored(const QByteArray& data)
{
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    qsizetype offset = 0;
    do {
        const qsizetype chunk = std::min<qsizetype>(0xFFFF, data.size() - offset);
        const bool last = offset + chunk == data.size();
        out += static_cast<char>(last ? 1 : 0);
        appendLittleEndian(out, quint32(chunk), 2);
        appendLittleEndian(out, quint32(~chunk & 0xFFFF), 2);
        out += data.mid(offset, chunk);
        offset += chunk;
    } while (offset < data.size());
    appendLittleEndian(out, crc32(data), 4);
    appendLittleEndian(out, quint32(data.size()), 4);
    return out;
}

qint64 epochSeconds(const QString& created)
{
    const QDateTime time = QDateTime::fromString(created, Qt::ISODate);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

QByteArray imageConfig(const ImageSpec& spec, const QList<QString>& diffIds)
{
    QMap<QString, QString> labels = spec.labels;
    const auto setLabel = [&labels](const char* key, const QString& value) {
        if (!value.isEmpty())
            labels.insert(QString::fromLatin1(key), value);
    };
    setLabel("org.opencontainers.image.version", spec.version);
    setLabel("org.opencontainers.image.revision", spec.revision);
    setLabel("org.opencontainers.image.created", spec.created);

    QList<QByteArray> diffIdJson;
    for (const QString& id : diffIds)
        diffIdJson.append(jsonString(id));
    QList<Member> members{{"architecture", jsonString(spec.platform.architecture)}};
    if (!spec.platform.variant.isEmpty())
        members.append({"variant", jsonString(spec.platform.variant)});
    members.append({"os", jsonString(spec.platform.os)});
    members.append(
        {"config",
         jsonObject(
             {{"User", jsonString(QStringLiteral("lattice"))},
              {"ExposedPorts", jsonObject({{"8088/tcp", "{}"}})},
              {"Env", jsonArray({jsonString(QStringLiteral(
                          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"))})},
              {"Entrypoint",
               jsonArray({jsonString(QStringLiteral("/usr/local/bin/lattice-server"))})},
              {"WorkingDir", jsonString(QStringLiteral("/var/lib/lattice"))},
              {"Labels", jsonStringMap(labels)},
              {"Volumes", jsonObject({{"/plugins", "{}"}, {"/var/lib/lattice", "{}"}})}})});
    if (!spec.created.isEmpty())
        members.append({"created", jsonString(spec.created)});
    members.append({"rootfs", jsonObject({{"type", jsonString(QStringLiteral("layers"))},
                                          {"diff_ids", jsonArray(diffIdJson)}})});
    return jsonObject(members);
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

struct RegistrySeeder::Response
{
    QByteArray verb;
    QUrl url;
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString transportError;
    QMap<QByteArray, QByteArray> headers; // names lower-cased

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

RegistrySeeder::RegistrySeeder(const QUrl& registry, const QString& repository,
                               std::chrono::milliseconds timeout)
    : m_registry(registry)
    , m_repository(repository)
    , m_timeout(timeout)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const BaseUrlPolicy::Verdict verdict = BaseUrlPolicy::check(registry, true);
    if (!verdict.accepted) {
        failLocally(QStringLiteral("refusing registry URL \"%1\": %2")
                        .arg(registry.toString(QUrl::RemoveUserInfo), verdict.reason));
        return;
    }
    if (!isValidRepository(repository)) {
        failLocally(QStringLiteral("\"%1\" is not a valid repository name (lowercase [a-z0-9] "
                                   "components joined by '.', '_', '__' or '-', separated by '/')")
                        .arg(repository));
        return;
    }
    // A proxy from the environment must not intercept a loopback registry.
    if (BaseUrlPolicy::isLoopbackHost(registry.host()))
        m_nam.setProxy(QNetworkProxy::NoProxy);
    m_valid = true;
}

bool RegistrySeeder::isValidRepository(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return name.size() <= 255 && pattern.match(name).hasMatch();
}

bool RegistrySeeder::isValidTag(const QString& tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$"));
    return pattern.match(tag).hasMatch();
}

bool RegistrySeeder::isValidDigest(const QString& digest)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[a-f0-9]{64}$"));
    return pattern.match(digest).hasMatch();
}

QString RegistrySeeder::digestOf(const QByteArray& bytes)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QUrl RegistrySeeder::endpoint(const QString& suffix) const
{
    QUrl url = m_registry;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2/") + m_repository + suffix);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

RegistrySeeder::Response RegistrySeeder::send(const QByteArray& verb, const QUrl& url,
                                              const QByteArray& body, const QByteArray& contentType)
{
    Response response;
    response.verb = verb;
    response.url = url;
    if (!QCoreApplication::instance()) {
        response.transportError = QStringLiteral("no QCoreApplication exists to run requests");
        return response;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("lattice-registry-seed"));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(m_timeout);
    if (!reply->isFinished())
        loop.exec();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.body = reply->readAll();
    for (const QNetworkReply::RawHeaderPair& pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    if (timedOut)
        response.transportError =
            QStringLiteral("no answer within %1 ms").arg(qint64(m_timeout.count()));
    else if (response.status == 0)
        response.transportError = reply->errorString();
    return response;
}

bool RegistrySeeder::failLocally(const QString& message)
{
    m_error = {};
    m_error.message = message;
    return false;
}

bool RegistrySeeder::fail(const QString& what, const Response& response)
{
    m_error = {};
    m_error.httpStatus = response.status;
    QString text = QStringLiteral("%1 (%2 %3)")
                       .arg(what, QString::fromLatin1(response.verb),
                            response.url.toString(QUrl::RemoveQuery));
    if (response.status == 0) {
        text += QStringLiteral(": ") + response.transportError;
    } else {
        text += QStringLiteral(": HTTP %1").arg(response.status);
        const QJsonArray errors = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QLatin1String("errors"))
                                      .toArray();
        for (const QJsonValue& value : errors) {
            const QJsonObject error = value.toObject();
            const QString code = error.value(QLatin1String("code")).toString();
            m_error.codes.append(code);
            text += QLatin1Char(' ') + code + QStringLiteral(" \"") +
                    error.value(QLatin1String("message")).toString() + QLatin1Char('"');
            const QJsonValue detail = error.value(QLatin1String("detail"));
            if (detail.isString())
                text += QStringLiteral(" detail ") + detail.toString();
            else if (detail.isObject() || detail.isArray())
                text += QStringLiteral(" detail ") +
                        QString::fromUtf8(
                            detail.isObject()
                                ? QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
        }
        if (errors.isEmpty() && !response.body.isEmpty())
            text += QStringLiteral(": ") + QString::fromUtf8(response.body.left(200)).simplified();
    }
    m_error.message = text;
    return false;
}

std::optional<PushedBlob> RegistrySeeder::pushBlob(const QByteArray& content,
                                                   const QString& mediaType)
{
    if (!m_valid)
        return std::nullopt;
    m_error = {};
    const QString digest = digestOf(content);
    const Response started = send("POST", endpoint(QStringLiteral("/blobs/uploads/")));
    if (started.status != 202) {
        fail(QStringLiteral("starting the upload of blob %1 failed").arg(digest), started);
        return std::nullopt;
    }
    const QByteArray location = started.header("location");
    if (location.isEmpty()) {
        fail(QStringLiteral("the registry started an upload for blob %1 but sent no Location")
                 .arg(digest),
             started);
        return std::nullopt;
    }
    QUrl upload = started.url.resolved(QUrl::fromEncoded(location));
    // Blob content goes only to the registry this seeder was pointed at.
    if (!sameOrigin(upload, m_registry)) {
        failLocally(QStringLiteral("the registry sent an upload Location on another origin: %1")
                        .arg(upload.toString(QUrl::RemoveQuery)));
        return std::nullopt;
    }
    QString query = upload.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QStringLiteral("digest=") + QString::fromLatin1(QUrl::toPercentEncoding(digest));
    upload.setQuery(query);

    const Response finished = send("PUT", upload, content, "application/octet-stream");
    if (finished.status != 201) {
        fail(QStringLiteral("the registry rejected blob %1 (%2 bytes)")
                 .arg(digest)
                 .arg(content.size()),
             finished);
        return std::nullopt;
    }
    const QByteArray reported = finished.header("docker-content-digest");
    if (!reported.isEmpty() && QString::fromLatin1(reported) != digest) {
        failLocally(QStringLiteral("the registry stored blob %1 under digest %2")
                        .arg(digest, QString::fromLatin1(reported)));
        return std::nullopt;
    }
    return PushedBlob{digest, content.size(), mediaType};
}

std::optional<PushedManifest> RegistrySeeder::pushManifest(const QByteArray& bytes,
                                                           const QString& mediaType,
                                                           const QString& reference)
{
    if (!m_valid)
        return std::nullopt;
    m_error = {};
    const QString digest = digestOf(bytes);
    const QString target = reference.isEmpty() ? digest : reference;
    if (!isValidTag(target) && !isValidDigest(target)) {
        failLocally(
            QStringLiteral("\"%1\" is neither a valid tag nor a sha256 digest").arg(target));
        return std::nullopt;
    }
    const Response response =
        send("PUT", endpoint(QStringLiteral("/manifests/") + target), bytes, mediaType.toLatin1());
    if (response.status != 201) {
        fail(QStringLiteral("the registry rejected manifest %1 (%2) for %3")
                 .arg(digest, mediaType, target),
             response);
        return std::nullopt;
    }
    const QString reported = QString::fromLatin1(response.header("docker-content-digest"));
    if (reported != digest) {
        failLocally(QStringLiteral("the registry answered manifest %1 for %2 with digest \"%3\"")
                        .arg(digest, target, reported));
        return std::nullopt;
    }
    return PushedManifest{digest, bytes.size(), mediaType, bytes};
}

bool RegistrySeeder::tag(const PushedManifest& manifest, const QString& tag)
{
    if (!isValidTag(tag))
        return failLocally(QStringLiteral("\"%1\" is not a valid tag").arg(tag));
    return pushManifest(manifest.bytes, manifest.mediaType, tag).has_value();
}

bool RegistrySeeder::deleteManifest(const QString& digest)
{
    if (!m_valid)
        return false;
    m_error = {};
    // Distribution refuses deletes by tag, so only a digest is sent.
    if (!isValidDigest(digest))
        return failLocally(QStringLiteral("\"%1\" is not a sha256 digest").arg(digest));
    const Response response = send("DELETE", endpoint(QStringLiteral("/manifests/") + digest));
    if (response.status != 202)
        return fail(QStringLiteral("deleting manifest %1 failed").arg(digest), response);
    return true;
}

std::optional<PushedImage> RegistrySeeder::pushImage(const ImageSpec& spec, ManifestFormat format)
{
    if (!m_valid)
        return std::nullopt;
    const bool oci = format == ManifestFormat::Oci;
    if (!oci && !spec.annotations.isEmpty()) {
        failLocally(QStringLiteral("Docker v2 manifests cannot carry annotations"));
        return std::nullopt;
    }
    if (spec.platform.os.isEmpty() || spec.platform.architecture.isEmpty() || spec.layerCount < 0) {
        failLocally(QStringLiteral("an image needs an os, an architecture and a layer count >= 0"));
        return std::nullopt;
    }

    PushedImage image;
    image.platform = spec.platform;
    QList<QString> diffIds;
    for (int i = 0; i < spec.layerCount; ++i) {
        const QByteArray content =
            QStringLiteral("lattice-server %1\nrevision %2\nplatform %3\nlayer %4\n")
                .arg(spec.version, spec.revision, spec.platform.toString())
                .arg(i)
                .toUtf8();
        const QByteArray tar = tarWithOneFile("etc/lattice/layer-" + QByteArray::number(i), content,
                                              epochSeconds(spec.created));
        const auto layer =
            pushBlob(gzipStored(tar), QString::fromLatin1(oci ? MediaType::OciLayerGzip
                                                              : MediaType::DockerLayerGzip));
        if (!layer)
            return std::nullopt;
        image.layers.append(*layer);
        diffIds.append(digestOf(tar));
    }

    const auto config =
        pushBlob(imageConfig(spec, diffIds),
                 QString::fromLatin1(oci ? MediaType::OciConfig : MediaType::DockerConfig));
    if (!config)
        return std::nullopt;
    image.config = *config;

    QList<QByteArray> layers;
    for (const PushedBlob& layer : std::as_const(image.layers))
        layers.append(descriptor(layer.mediaType, layer.digest, layer.size, format));
    const QString mediaType =
        QString::fromLatin1(oci ? MediaType::OciManifest : MediaType::DockerManifest);
    QList<Member> members{
        {"schemaVersion", "2"},
        {"mediaType", jsonString(mediaType)},
        {"config", descriptor(config->mediaType, config->digest, config->size, format)},
        {"layers", jsonArray(layers)}};
    if (!spec.annotations.isEmpty())
        members.append({"annotations", jsonStringMap(spec.annotations)});
    const QByteArray bytes = oci ? jsonObject(members) : indented(jsonObject(members), 3);
    const auto manifest = pushManifest(bytes, mediaType);
    if (!manifest)
        return std::nullopt;
    image.manifest = *manifest;
    return image;
}

std::optional<PushedManifest> RegistrySeeder::pushAttestation(const PushedImage& subject,
                                                              const ImageSpec& spec)
{
    const QString predicateType = QStringLiteral("https://slsa.dev/provenance/v0.2");
    const QByteArray statement = jsonObject(
        {{"_type", jsonString(QStringLiteral("https://in-toto.io/Statement/v0.1"))},
         {"predicateType", jsonString(predicateType)},
         {"subject",
          jsonArray({jsonObject(
              {{"name",
                jsonString(QStringLiteral("pkg:docker/") + m_repository +
                           QStringLiteral("?platform=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(spec.platform.toString())))},
               {"digest",
                jsonObject({{"sha256", jsonString(subject.manifest.digest.mid(7))}})}})})},
         {"predicate",
          jsonObject(
              {{"buildType", jsonString(QStringLiteral("https://mobyproject.org/buildkit@v1"))},
               {"metadata", jsonObject({{"buildFinishedOn", jsonString(spec.created)}})}})}});
    const auto layer = pushBlob(statement, QString::fromLatin1(MediaType::InTotoStatement));
    if (!layer)
        return std::nullopt;
    const QByteArray configBytes = jsonObject(
        {{"architecture", jsonString(QStringLiteral("unknown"))},
         {"os", jsonString(QStringLiteral("unknown"))},
         {"config", "{}"},
         {"rootfs", jsonObject({{"type", jsonString(QStringLiteral("layers"))},
                                {"diff_ids", jsonArray({jsonString(layer->digest)})}})}});
    const auto config = pushBlob(configBytes, QString::fromLatin1(MediaType::OciConfig));
    if (!config)
        return std::nullopt;
    const QString mediaType = QString::fromLatin1(MediaType::OciManifest);
    const QByteArray bytes = jsonObject(
        {{"schemaVersion", "2"},
         {"mediaType", jsonString(mediaType)},
         {"config",
          descriptor(config->mediaType, config->digest, config->size, ManifestFormat::Oci)},
         {"layers",
          jsonArray({jsonObject({{"mediaType", jsonString(layer->mediaType)},
                                 {"digest", jsonString(layer->digest)},
                                 {"size", jsonNumber(layer->size)},
                                 {"annotations", jsonObject({{"in-toto.io/predicate-type",
                                                              jsonString(predicateType)}})}})})}});
    return pushManifest(bytes, mediaType);
}

std::optional<PushedIndex> RegistrySeeder::pushIndex(const IndexSpec& spec, const QStringList& tags)
{
    if (!m_valid)
        return std::nullopt;
    const bool oci = spec.format == ManifestFormat::Oci;
    if (!oci && (spec.attestations || !spec.annotations.isEmpty())) {
        failLocally(
            QStringLiteral("Docker manifest lists carry neither attestations nor annotations"));
        return std::nullopt;
    }
    if (spec.images.isEmpty()) {
        failLocally(QStringLiteral("an index needs at least one image"));
        return std::nullopt;
    }
    for (const QString& tag : tags) {
        if (!isValidTag(tag)) {
            failLocally(QStringLiteral("\"%1\" is not a valid tag").arg(tag));
            return std::nullopt;
        }
    }

    PushedIndex index;
    for (const ImageSpec& imageSpec : spec.images) {
        const auto image = pushImage(imageSpec, spec.format);
        if (!image)
            return std::nullopt;
        index.images.append(*image);
    }
    if (spec.attestations) {
        for (qsizetype i = 0; i < index.images.size(); ++i) {
            const auto attestation = pushAttestation(index.images[i], spec.images[i]);
            if (!attestation)
                return std::nullopt;
            index.attestations.append(*attestation);
        }
    }

    QList<QByteArray> entries;
    for (const PushedImage& image : std::as_const(index.images)) {
        const PushedManifest& m = image.manifest;
        if (oci)
            entries.append(jsonObject({{"mediaType", jsonString(m.mediaType)},
                                       {"digest", jsonString(m.digest)},
                                       {"size", jsonNumber(m.size)},
                                       {"platform", platformJson(image.platform)}}));
        else
            entries.append(jsonObject({{"mediaType", jsonString(m.mediaType)},
                                       {"size", jsonNumber(m.size)},
                                       {"digest", jsonString(m.digest)},
                                       {"platform", platformJson(image.platform)}}));
    }
    for (qsizetype i = 0; i < index.attestations.size(); ++i) {
        const PushedManifest& m = index.attestations[i];
        entries.append(jsonObject(
            {{"mediaType", jsonString(m.mediaType)},
             {"digest", jsonString(m.digest)},
             {"size", jsonNumber(m.size)},
             {"annotations", jsonObject({{"vnd.docker.reference.digest",
                                          jsonString(index.images[i].manifest.digest)},
                                         {"vnd.docker.reference.type",
                                          jsonString(QStringLiteral("attestation-manifest"))}})},
             {"platform",
              platformJson({QStringLiteral("unknown"), QStringLiteral("unknown"), {}})}}));
    }

    const QString mediaType =
        QString::fromLatin1(oci ? MediaType::OciIndex : MediaType::DockerManifestList);
    QList<Member> members{{"schemaVersion", "2"},
                          {"mediaType", jsonString(mediaType)},
                          {"manifests", jsonArray(entries)}};
    if (!spec.annotations.isEmpty())
        members.append({"annotations", jsonStringMap(spec.annotations)});
    const QByteArray bytes = oci ? jsonObject(members) : indented(jsonObject(members), 3);

    const auto manifest = pushManifest(bytes, mediaType, tags.value(0));
    if (!manifest)
        return std::nullopt;
    index.manifest = *manifest;
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (!tag(index.manifest, tags[i]))
            return std::nullopt;
    }
    return index;
}

bool SeededIndex::isBroken() const
{
    return std::any_of(children.cbegin(), children.cend(),
                       [](const SeededChild& child) { return child.deleted; });
}

const SeededIndex* SeededHistory::indexForDigest(const QString& digest) const
{
    for (const SeededIndex& index : indexes) {
        if (index.digest == digest)
            return &index;
    }
    return nullptr;
}

const SeededIndex* SeededHistory::indexForTag(const QString& tag) const
{
    const auto it = tags.constFind(tag);
    return it == tags.cend() ? nullptr : indexForDigest(it.value());
}

QStringList SeededHistory::brokenTags() const
{
    QStringList broken;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        const SeededIndex* index = indexForDigest(it.value());
        if (index && index->isBroken())
            broken.append(it.key());
    }
    return broken;
}

QStringList SeededHistory::untaggedDigests() const
{
    QStringList untagged;
    for (const SeededIndex& index : indexes) {
        if (index.tags.isEmpty())
            untagged.append(index.digest);
    }
    return untagged;
}

QJsonObject SeededHistory::toJson() const
{
    const auto childJson = [](const SeededChild& child) {
        return QJsonObject{{QStringLiteral("platform"), child.platform},
                           {QStringLiteral("digest"), child.digest},
                           {QStringLiteral("mediaType"), child.mediaType},
                           {QStringLiteral("size"), child.size},
                           {QStringLiteral("deleted"), child.deleted}};
    };
    QJsonObject tagJson;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagJson.insert(it.key(), it.value());
    QJsonArray indexJson;
    for (const SeededIndex& index : indexes) {
        QJsonArray children;
        for (const SeededChild& child : index.children)
            children.append(childJson(child));
        QJsonArray attestations;
        for (const SeededChild& child : index.attestations)
            attestations.append(childJson(child));
        indexJson.append(QJsonObject{
            {QStringLiteral("digest"), index.digest},
            {QStringLiteral("mediaType"), index.mediaType},
            {QStringLiteral("size"), index.size},
            {QStringLiteral("tags"), QJsonArray::fromStringList(index.tags)},
            {QStringLiteral("formerTags"), QJsonArray::fromStringList(index.formerTags)},
            {QStringLiteral("version"), index.version},
            {QStringLiteral("revision"), index.revision},
            {QStringLiteral("created"), index.created},
            {QStringLiteral("children"), children},
            {QStringLiteral("attestations"), attestations},
            {QStringLiteral("broken"), index.isBroken()},
            {QStringLiteral("note"), index.note}});
    }
    return QJsonObject{{QStringLiteral("registry"), registry.toString()},
                       {QStringLiteral("repository"), repository},
                       {QStringLiteral("tags"), tagJson},
                       {QStringLiteral("indexes"), indexJson},
                       {QStringLiteral("brokenTags"), QJsonArray::fromStringList(brokenTags())},
                       {QStringLiteral("untagged"), QJsonArray::fromStringList(untaggedDigests())}};
}

namespace {

// One workflow run of the server's container job.
struct Build
{
    QString ref;      // the pushed git tag
    QString version;  // the tagging action's version: tag without "v", or the ref
    QString commit;   // 40 hex
    QString created;  // build date, UTC
    QStringList tags; // image tags the run pushed
    ManifestFormat format = ManifestFormat::Oci;
    bool attestations = false;
    QString arm64Variant;
    bool deleteArm64 = false;
    QString note;
};

// The spec gives most commits only as 7-hex prefixes; the rest of each hash
// is filled in deterministically so seeded digests are stable across runs.
QString commitFor(const QString& prefix, const QString& ref)
{
    QString hex = QString::fromLatin1(
        QCryptographicHash::hash(QStringLiteral("lattice-server %1").arg(ref).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex());
    hex.replace(0, prefix.size(), prefix);
    return hex;
}

QString shaTag(const QString& commit)
{
    return QStringLiteral("sha-") + commit.left(12);
}

Build alphaBuild(const QString& ref, const QString& prefix, const QString& created)
{
    Build build;
    build.ref = ref;
    build.version = ref;
    build.commit = commitFor(prefix, ref);
    build.created = created;
    build.tags = {ref, shaTag(build.commit)};
    return build;
}

QList<Build> realisticBuilds()
{
    QList<Build> builds;

    Build v020;
    v020.ref = QStringLiteral("v0.2.0");
    v020.version = QStringLiteral("0.2.0");
    v020.commit = commitFor(QStringLiteral("58857f6"), v020.ref);
    v020.created = QStringLiteral("2026-07-05T14:22:09Z");
    // The `alpha` git tag was aligned to the same commit. The preset treats
    // both pushes as one build so that two channels share one index digest,
    // a case the dashboard must show as "aligned".
    v020.tags = {QStringLiteral("0.2.0"),
                 QStringLiteral("0.2"),
                 QStringLiteral("latest"),
                 QStringLiteral("alpha"),
                 QStringLiteral("alpha-") + v020.commit.left(12),
                 shaTag(v020.commit)};
    v020.note = QStringLiteral("v0.2.0, with the alpha channel aligned to it");
    builds.append(v020);

    Build a2 =
        alphaBuild(QStringLiteral("alpha-0.2.1a2"), {}, QStringLiteral("2026-07-06T09:12:44Z"));
    a2.format = ManifestFormat::Docker;
    a2.arm64Variant = QStringLiteral("v8");
    a2.note =
        QStringLiteral("built before the workflow used OCI media types: a Docker manifest list");
    builds.append(a2);
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.1a3"), {}, QStringLiteral("2026-07-06T15:40:02Z")));
    Build a5 =
        alphaBuild(QStringLiteral("alpha-0.2.1a5"), {}, QStringLiteral("2026-07-07T08:03:51Z"));
    a5.attestations = true;
    a5.note =
        QStringLiteral("built before provenance was turned off: BuildKit attestation entries");
    builds.append(a5);
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.1a6"), {}, QStringLiteral("2026-07-07T13:27:19Z")));
    Build a9 =
        alphaBuild(QStringLiteral("alpha-0.2.1a9"), {}, QStringLiteral("2026-07-08T10:55:37Z"));
    a9.deleteArm64 = true;
    a9.note = QStringLiteral("arm64 child deleted by the untagged-version cleanup: "
                             "arm64 pulls fail with manifest unknown");
    builds.append(a9);
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.1a14"), {}, QStringLiteral("2026-07-08T17:21:05Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.1a22"), {}, QStringLiteral("2026-07-09T11:48:30Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.1a37"), {}, QStringLiteral("2026-07-10T07:02:16Z")));

    const QString stableCommit = QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8");
    Build latest;
    latest.ref = QStringLiteral("latest");
    latest.version = QStringLiteral("latest");
    latest.commit = stableCommit;
    latest.created = QStringLiteral("2026-07-10T09:30:55Z");
    latest.tags = {QStringLiteral("latest"), shaTag(stableCommit)};
    latest.note = QStringLiteral("built for the `latest` git tag; the v0.2.1 build of the same "
                                 "commit took over both of its tags and left it untagged");
    builds.append(latest);

    Build v021;
    v021.ref = QStringLiteral("v0.2.1");
    v021.version = QStringLiteral("0.2.1");
    v021.commit = stableCommit;
    v021.created = QStringLiteral("2026-07-10T09:41:12Z");
    // latest=auto moves `latest` on every stable semver push.
    v021.tags = {QStringLiteral("0.2.1"), QStringLiteral("0.2"), QStringLiteral("latest"),
                 shaTag(stableCommit)};
    v021.note = QStringLiteral("v0.2.1, the current stable release");
    builds.append(v021);

    // a8 and a19 were never tagged.
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a1"), {}, QStringLiteral("2026-07-12T10:05:33Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a7"), {}, QStringLiteral("2026-07-16T16:44:20Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a9"), {}, QStringLiteral("2026-07-18T08:31:47Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a18"), {}, QStringLiteral("2026-07-25T13:09:58Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a20"), {}, QStringLiteral("2026-07-29T19:26:04Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a33"), {}, QStringLiteral("2026-08-09T07:53:11Z")));
    builds.append(
        alphaBuild(QStringLiteral("alpha-0.2.2a40"), {}, QStringLiteral("2026-08-20T15:38:42Z")));
    builds.append(alphaBuild(QStringLiteral("alpha-0.2.2a41"), QStringLiteral("4dfbf5d"),
                             QStringLiteral("2026-08-22T11:37:48Z")));
    return builds;
}

IndexSpec indexSpecFor(const Build& build)
{
    const QString source = QStringLiteral("https://github.com/LatticeNet/lattice-server");
    const QMap<QString, QString> fixed{
        {QStringLiteral("org.opencontainers.image.title"), QStringLiteral("Lattice Server")},
        {QStringLiteral("org.opencontainers.image.description"),
         QStringLiteral("Lattice control-plane server with embedded dashboard assets")},
        {QStringLiteral("org.opencontainers.image.vendor"), QStringLiteral("LatticeNet")},
        {QStringLiteral("org.opencontainers.image.licenses"), QStringLiteral("MIT")},
        {QStringLiteral("org.opencontainers.image.source"), source}};
    QMap<QString, QString> annotations = fixed;
    annotations.insert(QStringLiteral("org.opencontainers.image.created"), build.created);
    annotations.insert(QStringLiteral("org.opencontainers.image.revision"), build.commit);
    annotations.insert(QStringLiteral("org.opencontainers.image.url"), source);
    annotations.insert(QStringLiteral("org.opencontainers.image.version"), build.version);
    QMap<QString, QString> labels = fixed;
    labels.insert(
        QStringLiteral("org.opencontainers.image.latticenet.dashboard-revision"),
        QString::fromLatin1(
            QCryptographicHash::hash(QStringLiteral("lattice-dashboard %1").arg(build.ref).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex()));

    IndexSpec spec;
    spec.format = build.format;
    spec.attestations = build.attestations;
    const bool oci = build.format == ManifestFormat::Oci;
    if (oci)
        spec.annotations = annotations;
    for (const auto& [architecture, variant] :
         {std::pair{QStringLiteral("amd64"), QString()},
          std::pair{QStringLiteral("arm64"), build.arm64Variant}}) {
        ImageSpec image;
        image.platform = {QStringLiteral("linux"), architecture, variant};
        image.version = build.version;
        image.revision = build.commit;
        image.created = build.created;
        image.labels = labels;
        if (oci)
            image.annotations = annotations;
        spec.images.append(image);
    }
    return spec;
}

} // namespace

std::optional<SeededHistory> seedRealisticHistory(const QUrl& registryUrl,
                                                  const QString& repository, QString* error)
{
    RegistrySeeder seeder(registryUrl, repository);
    if (!seeder.isValid()) {
        if (error)
            *error = seeder.lastError().message;
        return std::nullopt;
    }

    SeededHistory history;
    history.registry = registryUrl;
    history.repository = repository;
    QList<QStringList> pushedTags;
    for (const Build& build : realisticBuilds()) {
        const auto pushed = seeder.pushIndex(indexSpecFor(build), build.tags);
        if (!pushed) {
            if (error)
                *error = QStringLiteral("seeding %1 failed: %2")
                             .arg(build.ref, seeder.lastError().message);
            return std::nullopt;
        }
        SeededIndex index;
        index.digest = pushed->manifest.digest;
        index.mediaType = pushed->manifest.mediaType;
        index.size = pushed->manifest.size;
        index.version = build.version;
        index.revision = build.commit;
        index.created = build.created;
        index.note = build.note;
        for (const PushedImage& image : pushed->images) {
            SeededChild child{image.platform.toString(), image.manifest.digest,
                              image.manifest.mediaType, image.manifest.size, false};
            if (build.deleteArm64 && image.platform.architecture == QLatin1String("arm64")) {
                if (!seeder.deleteManifest(child.digest)) {
                    if (error)
                        *error = QStringLiteral("deleting the arm64 child of %1 failed: %2")
                                     .arg(build.ref, seeder.lastError().message);
                    return std::nullopt;
                }
                child.deleted = true;
            }
            index.children.append(child);
        }
        for (const PushedManifest& attestation : pushed->attestations)
            index.attestations.append({QStringLiteral("unknown/unknown"), attestation.digest,
                                       attestation.mediaType, attestation.size, false});
        for (const QString& tag : build.tags)
            history.tags.insert(tag, index.digest);
        history.indexes.append(index);
        pushedTags.append(build.tags);
    }

    for (qsizetype i = 0; i < history.indexes.size(); ++i) {
        SeededIndex& index = history.indexes[i];
        for (const QString& tag : std::as_const(pushedTags[i])) {
            if (history.tags.value(tag) == index.digest)
                index.tags.append(tag);
            else
                index.formerTags.append(tag);
        }
    }
    return history;
}

} // namespace Lattice::Test
