#include "PluginManifest.h"

#include "OrderedJson.h"
#include "PluginFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace Lattice {

namespace {
// The context lupdate files these tr() calls under, so lookups find them.
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice", text);
}

// A Go string field: absent and null leave it empty; any other non-string
// makes json.Unmarshal fail, and so the manifest.
bool readString(const OrderedJson& manifest, const QString& key, QString* out, QString* error)
{
    const OrderedJson* value = manifest.member(key);
    if (!value || value->isNull()) {
        out->clear();
        return true;
    }
    if (!value->isString()) {
        *error = tr("%1 must be a string").arg(key);
        return false;
    }
    *out = value->string();
    return true;
}

bool readStringList(const OrderedJson& manifest, const QString& key, QStringList* out,
                    QString* error)
{
    out->clear();
    const OrderedJson* value = manifest.member(key);
    if (!value || value->isNull())
        return true;
    if (!value->isArray()) {
        *error = tr("%1 must be an array of strings").arg(key);
        return false;
    }
    for (const OrderedJson& e : value->elements()) {
        if (!e.isString()) {
            *error = tr("%1 must be an array of strings").arg(key);
            return false;
        }
        out->append(e.string());
    }
    return true;
}

// lattice-plugin-manifest-v1, seven fields, the capabilities sorted byte-wise
// and NUL-joined, and, only when there is a ui or a non-empty interfaces
// list, the compact Go encodings of both.
QByteArray v1Payload(const OrderedJson& manifest, const QStringList& fields,
                     const QStringList& capabilities)
{
    QList<QByteArray> lines{QByteArrayLiteral("lattice-plugin-manifest-v1")};
    for (const QString& f : fields)
        lines.append(f.toUtf8());
    QList<QByteArray> caps;
    for (const QString& c : capabilities)
        caps.append(c.toUtf8());
    std::sort(caps.begin(), caps.end());
    lines.append(caps.join('\0'));
    const OrderedJson* ui = manifest.member(QStringLiteral("ui"));
    const OrderedJson* interfaces = manifest.member(QStringLiteral("interfaces"));
    const bool hasUi = ui && !ui->isNull();
    const bool hasInterfaces =
        interfaces && interfaces->isArray() && !interfaces->elements().empty();
    if (hasUi || hasInterfaces) {
        lines.append(hasUi ? ui->toGoCompact() : QByteArrayLiteral("null"));
        lines.append(interfaces && !interfaces->isNull() ? interfaces->toGoCompact()
                                                         : QByteArrayLiteral("null"));
    }
    return lines.join('\n');
}
} // namespace

std::optional<PluginManifest> PluginManifest::parse(const QByteArray& bytes, QString* error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<OrderedJson> doc = OrderedJson::parse(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = tr("the manifest is not a JSON object");
        return std::nullopt;
    }
    PluginManifest m;
    QString schemaText;
    // v1 manifests predate the schema member; anything but the v2 value is v1.
    const OrderedJson* schema = doc->member(QStringLiteral("schema"));
    if (schema && schema->isString())
        schemaText = schema->string();
    m.schema =
        schemaText == QLatin1String(PluginFormat::ManifestV2Schema) ? Schema::V2 : Schema::V1;

    QString type;
    QString entrypoint;
    if (!readString(*doc, QStringLiteral("id"), &m.id, error) ||
        !readString(*doc, QStringLiteral("name"), &m.name, error) ||
        !readString(*doc, QStringLiteral("version"), &m.version, error) ||
        !readString(*doc, QStringLiteral("publisher"), &m.publisher, error) ||
        !readString(*doc, QStringLiteral("signature_ed25519"), &m.signatureText, error) ||
        !readStringList(*doc, QStringLiteral("capabilities"), &m.capabilities, error))
        return std::nullopt;

    if (m.schema == Schema::V1) {
        if (!readString(*doc, QStringLiteral("type"), &type, error) ||
            !readString(*doc, QStringLiteral("entrypoint"), &entrypoint, error) ||
            !readString(*doc, QStringLiteral("digest_sha256"), &m.artifactDigest, error))
            return std::nullopt;
        m.signedPayload = v1Payload(
            *doc, {m.id, m.name, type, m.version, entrypoint, m.publisher, m.artifactDigest},
            m.capabilities);
    } else {
        if (const OrderedJson* bundle = doc->member(QStringLiteral("bundle"));
            bundle && bundle->isObject() &&
            !readString(*bundle, QStringLiteral("digest_sha256"), &m.artifactDigest, error))
            return std::nullopt;
        m.signedPayload = QByteArrayLiteral("LATTICE-PLUGIN-MANIFEST-V2\n") +
                          doc->withoutMember(QStringLiteral("signature_ed25519")).toGoCompact();
    }

    if (const auto decoded = PluginFormat::decodeServerBase64(m.signatureText);
        decoded && decoded->size() == 64)
        m.signature = *decoded;
    return m;
}

QString PluginManifest::schemaId(Schema schema)
{
    return schema == Schema::V2 ? QStringLiteral("v2") : QStringLiteral("v1");
}

} // namespace Lattice
