#include "PluginIndex.h"

#include "OrderedJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lattice {

namespace {
QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

PluginIndex::Release releaseFrom(const QJsonObject& o)
{
    PluginIndex::Release r;
    r.version = o.value(QLatin1String("version")).toString();
    r.channel = o.value(QLatin1String("channel")).toString();
    r.hasCapabilities = o.contains(QLatin1String("capabilities"));
    r.capabilities = stringList(o.value(QLatin1String("capabilities")));
    r.manifestUrl = o.value(QLatin1String("manifest_url")).toString();
    r.artifactUrl = o.value(QLatin1String("artifact_url")).toString();
    r.artifactSha256 = o.value(QLatin1String("artifact_sha256")).toString();
    r.signature = o.value(QLatin1String("signature_ed25519")).toString();
    return r;
}

PluginIndex::Plugin pluginFrom(const QJsonObject& o)
{
    PluginIndex::Plugin p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = o.value(QLatin1String("name")).toString();
    p.publisher = o.value(QLatin1String("publisher")).toString();
    p.type = o.value(QLatin1String("type")).toString();
    p.summary = o.value(QLatin1String("summary")).toString();
    p.latest = o.value(QLatin1String("latest")).toString();
    const QJsonObject channels = o.value(QLatin1String("channels")).toObject();
    for (const char* name : {"stable", "alpha"}) {
        if (channels.contains(QLatin1String(name)))
            p.channels.append(
                {QLatin1String(name), channels.value(QLatin1String(name)).toString()});
    }
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        if (it.key() != QLatin1String("stable") && it.key() != QLatin1String("alpha"))
            p.channels.append({it.key(), it.value().toString()});
    }
    p.capabilities = stringList(o.value(QLatin1String("capabilities")));
    const QJsonArray releases = o.value(QLatin1String("releases")).toArray();
    for (const QJsonValue& r : releases)
        p.releases.append(releaseFrom(r.toObject()));
    return p;
}
} // namespace

QStringList PluginIndex::Plugin::capabilitiesOf(const Release& release) const
{
    return release.hasCapabilities ? release.capabilities : capabilities;
}

QStringList PluginIndex::Plugin::channelsSelecting(const QString& version) const
{
    QStringList names;
    for (const Channel& c : channels) {
        if (c.version == version)
            names.append(c.name);
    }
    return names;
}

std::optional<PluginIndex> PluginIndex::parse(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                QCoreApplication::translate("Lattice::PluginIndex", "not valid JSON (byte %1: %2)")
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Lattice::PluginIndex",
                                                 "the index is not a JSON object");
        return std::nullopt;
    }
    return fromObject(doc.object());
}

PluginIndex PluginIndex::fromObject(const QJsonObject& o)
{
    PluginIndex index;
    index.schema = o.value(QLatin1String("schema")).toString();
    index.generatedAt = o.value(QLatin1String("generated_at")).toString();
    index.statusText = o.value(QLatin1String("status")).toString();
    index.status = statusFromText(index.statusText);
    const QJsonArray publishers = o.value(QLatin1String("publishers")).toArray();
    for (const QJsonValue& v : publishers) {
        const QJsonObject p = v.toObject();
        index.publishers.append({p.value(QLatin1String("id")).toString(),
                                 p.value(QLatin1String("name")).toString(),
                                 p.value(QLatin1String("public_key_ed25519")).toString()});
    }
    const QJsonArray plugins = o.value(QLatin1String("plugins")).toArray();
    for (const QJsonValue& v : plugins)
        index.plugins.append(pluginFrom(v.toObject()));
    const QJsonArray signatures = o.value(QLatin1String("signatures")).toArray();
    for (const QJsonValue& v : signatures) {
        const QJsonObject s = v.toObject();
        index.signatures.append({s.value(QLatin1String("publisher")).toString(),
                                 s.value(QLatin1String("signature_ed25519")).toString()});
    }
    return index;
}

PluginIndex::Status PluginIndex::statusFromText(const QString& text)
{
    if (text == QLatin1String("draft"))
        return Status::Draft;
    if (text == QLatin1String("official"))
        return Status::Official;
    if (text == QLatin1String("example"))
        return Status::Example;
    return Status::Unknown;
}

int PluginIndex::releaseCount() const
{
    int count = 0;
    for (const Plugin& p : plugins)
        count += int(p.releases.size());
    return count;
}

const PluginIndex::Publisher* PluginIndex::publisher(const QString& id) const
{
    for (const Publisher& p : publishers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const PluginIndex::Plugin* PluginIndex::plugin(const QString& id) const
{
    for (const Plugin& p : plugins) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const PluginIndex::Release* PluginIndex::release(const QString& pluginId,
                                                 const QString& version) const
{
    if (const Plugin* p = plugin(pluginId)) {
        for (const Release& r : p->releases) {
            if (r.version == version)
                return &r;
        }
    }
    return nullptr;
}

std::optional<QByteArray> PluginIndex::recommendedSigningPayload(const QByteArray& bytes,
                                                                 QString* error)
{
    const std::optional<OrderedJson> doc = OrderedJson::parse(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = QCoreApplication::translate("Lattice::PluginIndex",
                                                 "the index is not a JSON object");
        return std::nullopt;
    }
    return QByteArray("LATTICE-PLUGIN-INDEX-V1\n") +
           doc->withoutMember(QStringLiteral("signatures")).toCanonical();
}

} // namespace Lattice
